/**
 * The command line of `npm start` (`main.ts`): its options and usage, and the production guard.
 * Pure, so that every case is tested without starting a process.
 */
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { parseArgs } from "node:util"

/** What `npm start -- --help` prints, and what a bad command line is told. */
export const usage = `Usage: npm start -- [options]

  --trade             place orders on Kalshi's demo exchange (always on against the embedded exchange)
  --market <ticker>   the market to follow (default: the most traded open market)
  --seconds <n>       how long to watch the market, a positive number (default 6 embedded, 20 on Kalshi)
  --production        allow Kalshi's production exchange (refused otherwise)
  -h, --help          print this help

Without KALSHI_API_KEY_ID it runs against an embedded local exchange. Exit codes: 0 done, 1 failed or
refused, 2 bad command line, 130 interrupted.
`

/** The options of the command line. */
export interface Options {
  readonly trade: boolean
  readonly market: string | undefined
  readonly seconds: number | undefined
  readonly production: boolean
}

/** A positive, finite number written in decimal (`1`, `2.5`), or null. */
const positive = (text: string): number | null => {
  const n = Number(text)
  return /^\s*\d+(\.\d+)?\s*$/.test(text) && Number.isFinite(n) && n > 0 ? n : null
}

/** The options, a request for help, or what is wrong with the command line. */
export const parseOptions = (
  args: ReadonlyArray<string>
): { readonly options: Options } | { readonly help: true } | { readonly error: string } => {
  let values
  try {
    values = parseArgs({
      args: [...args],
      options: {
        trade: { type: "boolean", default: false },
        market: { type: "string" },
        seconds: { type: "string" },
        production: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    }).values
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  if (values.help === true) return { help: true }
  const seconds = values.seconds === undefined ? undefined : positive(values.seconds)
  if (seconds === null) return { error: `--seconds must be a positive number of seconds, got "${values.seconds}"` }
  if (values.market !== undefined && values.market.trim() === "") {
    return { error: "--market needs a market ticker" }
  }
  return {
    options: { trade: values.trade === true, market: values.market, seconds, production: values.production === true }
  }
}

/** The demo refuses to run where it was not allowed to. */
export class Refused extends Schema.TaggedError<Refused>("@kalshi-effect/demo/Refused")("Refused", {
  message: Schema.String
}) {}

/** A host as compared: lower case, without the trailing dots of a fully qualified name. */
const hostOf = (url: string): string => new URL(url).hostname.toLowerCase().replace(/\.+$/, "")

const productionHosts = new Set([
  hostOf(KalshiConfig.environments.production.restUrl),
  hostOf(KalshiConfig.environments.production.wsUrl)
])

/**
 * Refuses Kalshi's production exchange unless `--production` was passed: chosen by `KALSHI_ENV`, or
 * reached through `KALSHI_REST_URL` / `KALSHI_WS_URL`, whatever the case of the host or a trailing dot.
 */
export const guardProduction = (config: KalshiConfig.Service, allowed: boolean): Effect.Effect<void, Refused> => {
  if (allowed) return Effect.void
  const reason = config.environment === "production"
    ? `${KalshiConfig.variables.environment}=production selects`
    : productionHosts.has(hostOf(config.restUrl))
    ? `${KalshiConfig.variables.restUrl} points at`
    : productionHosts.has(hostOf(config.wsUrl))
    ? `${KalshiConfig.variables.wsUrl} points at`
    : undefined
  return reason === undefined ? Effect.void : Effect.fail(
    new Refused({
      message:
        `${reason} Kalshi's production exchange: this demo runs against Kalshi's demo exchange (or the embedded one); pass --production to run it against production anyway`
    })
  )
}
