/**
 * Every failure as one line naming the problem and the fix, and the exit code it ends the program
 * with: 2 for a usage error (the command line is wrong), 1 for anything else that failed.
 * No message shows a configuration value: a value in the wrong place may be a key.
 */
import * as ValidationError from "@effect/cli/ValidationError"
import * as KalshiError from "@kalshi-effect/core/KalshiError"
import * as Cause from "effect/Cause"
import * as ConfigError from "effect/ConfigError"
import * as Data from "effect/Data"
import * as Predicate from "effect/Predicate"

/** A failure of the CLI itself, with the fix to suggest and the exit code. */
export class CliError extends Data.TaggedError("CliError")<{
  readonly problem: string
  readonly fix: string
  /** 2: the command line is wrong; 1: anything else. */
  readonly exitCode: 1 | 2
}> {
  override get message(): string {
    return `${this.problem}; ${this.fix}`
  }
}

/** A usage error: the command line is wrong. */
export const usage = (problem: string, fix: string): CliError => new CliError({ problem, fix, exitCode: 2 })

/** A failure that is not the command line's fault. */
export const failed = (problem: string, fix: string): CliError => new CliError({ problem, fix, exitCode: 1 })

/** A line to print and the exit code of a failure. */
export interface Rendered {
  readonly line: string
  readonly exitCode: 1 | 2
  /** The parser already printed its own message (`@effect/cli` usage errors). */
  readonly printed: boolean
}

const flagOf: Readonly<Record<string, string>> = {
  price: "--price",
  count: "--count",
  side: "--side",
  action: "the command (buy or sell)",
  ticker: "TICKER"
}

const tagOf = (error: unknown): string | undefined =>
  Predicate.hasProperty(error, "_tag") && typeof error._tag === "string" ? error._tag : undefined

const text = (error: unknown, key: string): string | undefined =>
  Predicate.hasProperty(error, key) && typeof error[key] === "string" ? error[key] : undefined

const doctor = "`kalshi doctor` checks the configuration and the connection"

/** Renders an expected failure (the error channel). */
export const render = (error: unknown): Rendered => {
  if (error instanceof CliError) {
    return { line: `${error.problem}; ${error.fix}`, exitCode: error.exitCode, printed: false }
  }
  if (ValidationError.isValidationError(error)) return { line: "", exitCode: 2, printed: true }
  if (ConfigError.isConfigError(error)) {
    return {
      line: `configuration: ${String(error)}; fix the variable named (or its entry in the config file)`,
      exitCode: 1,
      printed: false
    }
  }
  if (KalshiError.isKalshiError(error)) return renderKalshi(error)
  switch (tagOf(error)) {
    case "ConnectionError": {
      const reason = text(error, "reason")
      return {
        line: reason === "Unauthorized"
          ? `the WebSocket refused the API key (${
            text(error, "description") ?? "unauthorized"
          }); check KALSHI_API_KEY_ID and the private key, and the clock (${doctor})`
          : `cannot connect to the WebSocket (${reason ?? "error"}${
            text(error, "code") !== undefined ? `, ${text(error, "code")}` : ""
          }); check the network and KALSHI_WS_URL (${doctor})`,
        exitCode: 1,
        printed: false
      }
    }
    case "SubscriptionOverflow":
      return {
        line: "the live feed fell too far behind and was stopped; run the command again",
        exitCode: 1,
        printed: false
      }
    case "ServerError":
    case "CommandTimeout":
    case "SequenceGap":
    case "UndecodableFrame":
      return {
        line: `the WebSocket failed: ${errorMessage(error)}; run the command again (${doctor})`,
        exitCode: 1,
        printed: false
      }
    case "SeedError":
      return {
        line: `the local exchange could not start: ${errorMessage(error)}; run with --verbose and report it`,
        exitCode: 1,
        printed: false
      }
  }
  return {
    line: `unexpected error: ${errorMessage(error)}; run with --verbose for details`,
    exitCode: 1,
    printed: false
  }
}

const errorMessage = (error: unknown): string =>
  error instanceof Error
    ? error.message
    : Predicate.hasProperty(error, "message")
    ? String(error.message)
    : String(error)

const renderKalshi = (error: KalshiError.KalshiError): Rendered => {
  const fail = (line: string, exitCode: 1 | 2 = 1): Rendered => ({ line, exitCode, printed: false })
  switch (error._tag) {
    case "InvalidInput": {
      const flag = flagOf[error.field]
      return error.operation === "KalshiConfig"
        ? fail(`configuration: invalid ${error.field}: ${error.reason}; fix ${error.field} (${doctor})`)
        : fail(`invalid ${flag ?? error.field}: ${error.reason} (nothing was sent); correct ${flag ?? error.field}`, 2)
    }
    case "MissingCredentials":
      return fail(
        `${error.operation} needs an API key and none is configured; set KALSHI_API_KEY_ID and ` +
          "KALSHI_PRIVATE_KEY_PATH (or put apiKeyId and privateKeyPath in the config file), or try --local"
      )
    case "InvalidKey":
      return fail(
        `the private key cannot be used (${error.reason}): ${error.description}; check KALSHI_PRIVATE_KEY_PATH ` +
          "or privateKeyPath in the config file (a PEM private key)"
      )
    case "TransportError":
      return fail(
        `cannot reach the exchange (${error.reason}: ${error.description}); check the network and KALSHI_REST_URL (${doctor})`
      )
    case "Timeout":
      return fail(
        `the exchange did not answer ${error.operation} within ${error.timeoutMillis} ms; try again (${doctor})`
      )
    case "RateLimited":
      return fail(`rate limited by the exchange on ${error.operation}; wait a moment and try again`)
    case "DecodeError":
      return fail(`${error.message}; run with --verbose and report it`)
    case "OutcomeUnknown":
      return fail(
        `the exchange may or may not have executed ${error.operation}${
          error.clientOrderId !== undefined ? ` (client_order_id ${error.clientOrderId})` : ""
        }; check \`kalshi orders\` before trying again`
      )
    case "HttpError": {
      const said = [error.code, error.errorMessage, error.details].filter(Predicate.isNotUndefined).join(": ")
      const detail = said === "" ? `HTTP ${error.status}` : `HTTP ${error.status}, ${said}`
      if (error.isAuthentication) {
        return fail(
          `the exchange refused the API key (${detail}); check KALSHI_API_KEY_ID matches the private key and ` +
            `that the key belongs to this environment (--env) (${doctor})`
        )
      }
      if (error.status === 404) return fail(`not found: ${error.operation} (${detail}); check the ticker or the id`)
      if (error.status >= 400 && error.status < 500) {
        return fail(`the exchange refused ${error.operation} (${detail}); correct the request and try again`)
      }
      return fail(`the exchange failed ${error.operation} (${detail}); try again later`)
    }
  }
}

/** Renders a defect or an unexpected cause: one line unless `verbose`, then the whole cause. */
export const renderCause = (cause: Cause.Cause<unknown>, verbose: boolean): Rendered => {
  const failure = Cause.failureOption(cause)
  if (failure._tag === "Some") {
    const rendered = render(failure.value)
    return verbose && !rendered.printed ? { ...rendered, line: `${rendered.line}\n${Cause.pretty(cause)}` } : rendered
  }
  const defect = Cause.squash(cause)
  return {
    line: verbose
      ? `unexpected error: ${Cause.pretty(cause)}`
      : `unexpected error: ${errorMessage(defect)}; run with --verbose for details`,
    exitCode: 1,
    printed: false
  }
}
