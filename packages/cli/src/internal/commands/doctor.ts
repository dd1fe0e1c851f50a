/**
 * `kalshi doctor`: checks the configuration, the key, the clock against the exchange's, REST and
 * WebSocket reachability, each on its own, and says what to fix. Exit code 1 when a check fails.
 */
import * as Command from "@effect/cli/Command"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import * as KalshiHttpClient from "@kalshi-effect/core/KalshiHttpClient"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import * as KalshiWebSocket from "@kalshi-effect/ws/KalshiWebSocket"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { failed, render } from "../errors.js"
import { Output } from "../output.js"
import { common, configLayer, Globals, help, run } from "../session.js"
import * as Settings from "../settings.js"

/** One check's outcome. */
interface Check {
  readonly check: string
  readonly status: "ok" | "warn" | "fail" | "skipped"
  readonly detail: string
  readonly fix?: string | undefined
}

/** How far the local clock may be from the exchange's before doctor warns (the exchange accepts 5 s). */
const skewWarnMs = 2000

const problemOf = (error: unknown) => render(error).line

const checks = Effect.gen(function*() {
  const globals = yield* Globals
  const results: Array<Check> = []
  const add = (c: Check) => Effect.sync(() => results.push(c))

  // configuration
  const settings = globals.local ? Either.right(undefined) : yield* Effect.either(Settings.resolve(globals.env))
  const config = yield* Effect.either(Layer.build(configLayer(globals)))
  if (Either.isLeft(settings) || Either.isLeft(config)) {
    const error = Either.isLeft(settings) ? settings.left : Either.isLeft(config) ? config.left : undefined
    yield* add({ check: "configuration", status: "fail", detail: problemOf(error) })
    return results
  }
  const cfg = Context.get(config.right, KalshiConfig.KalshiConfig)
  const from = settings.right === undefined
    ? "a local exchange (--local)"
    : `${settings.right.environment} (chosen by ${settings.right.environmentFrom}); config file ${settings.right.configFile} ${
      settings.right.configFileFound ? "read" : "not found"
    }`
  yield* add({ check: "configuration", status: "ok", detail: `${from}; REST ${cfg.restUrl}; WebSocket ${cfg.wsUrl}` })

  // key
  const client = yield* Effect.either(
    Layer.build(
      KalshiHttpClient.layer().pipe(
        Layer.provide(Layer.succeedContext(config.right)),
        Layer.provide(NodeHttpClient.layerUndici),
        Layer.provide(NodeSigner.layer)
      )
    )
  )
  if (Either.isLeft(client)) {
    yield* add({ check: "key", status: "fail", detail: problemOf(client.left) })
    return results
  }
  const http = Context.get(client.right, KalshiHttpClient.KalshiHttpClient)
  const keyType = http.signer.keyType
  const hasKey = Option.isSome(cfg.credentials)
  yield* add(
    hasKey
      ? {
        check: "key",
        status: "ok",
        detail: `${Option.getOrElse(keyType, () => "unknown")} private key read${
          settings.right?.keyFrom !== undefined ? ` from ${settings.right.keyFrom}` : ""
        }, key id from ${settings.right?.keyIdFrom ?? "the local exchange"}`
      }
      : {
        check: "key",
        status: "warn",
        detail: "no API key: market data works, the account and orders do not",
        fix: "set KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH, or apiKeyId and privateKeyPath in the config file"
      }
  )

  // REST and the clock
  const before = yield* Clock.currentTimeMillis
  const status = yield* Effect.either(
    http.execute({ operation: "GetExchangeStatus", method: "GET", path: "/exchange/status", auth: "public" })
  )
  const after = yield* Clock.currentTimeMillis
  if (Either.isLeft(status)) {
    yield* add({ check: "rest", status: "fail", detail: problemOf(status.left) })
    yield* add({ check: "clock", status: "skipped", detail: "needs the REST API" })
  } else {
    yield* add({ check: "rest", status: "ok", detail: `${cfg.restUrl} answered in ${after - before} ms` })
    const date = Date.parse(status.right.headers["date"] ?? "")
    if (Number.isNaN(date)) {
      yield* add({ check: "clock", status: "skipped", detail: "the exchange sent no Date header" })
    } else {
      // the Date header has a resolution of a second: it is at most 1 s behind the server's clock
      const skew = date + 500 - Math.round((before + after) / 2)
      const text = `${skew >= 0 ? "+" : ""}${(skew / 1000).toFixed(1)} s against the exchange (±0.5 s)`
      yield* add(
        Math.abs(skew) <= skewWarnMs
          ? { check: "clock", status: "ok", detail: text }
          : {
            check: "clock",
            status: Math.abs(skew) < 5000 ? "warn" : "fail",
            detail: `${text}; the exchange refuses signatures more than 5 s off`,
            fix: "synchronise the system clock (e.g. enable NTP)"
          }
      )
    }
  }
  if (hasKey && Either.isRight(status)) {
    const balance = yield* Effect.either(
      http.execute({ operation: "GetBalance", method: "GET", path: "/portfolio/balance", auth: "signed" })
    )
    yield* add(
      Either.isRight(balance)
        ? { check: "signature", status: "ok", detail: "the exchange accepted a signed request" }
        : { check: "signature", status: "fail", detail: problemOf(balance.left) }
    )
  }

  // WebSocket
  if (!hasKey) {
    yield* add({ check: "websocket", status: "skipped", detail: "the WebSocket needs an API key" })
  } else {
    const opened = yield* Clock.currentTimeMillis
    const ws = yield* Effect.either(
      Effect.scoped(
        Effect.gen(function*() {
          const context = yield* Layer.build(
            KalshiWebSocket.layerNode().pipe(
              Layer.provide(Layer.succeedContext(client.right)),
              Layer.provide(Layer.succeedContext(config.right))
            )
          )
          return yield* Context.get(context, KalshiWebSocket.KalshiWebSocket).listSubscriptions
        })
      ).pipe(
        Effect.timeoutFail({
          duration: "10 seconds",
          onTimeout: () => failed("no answer in 10 s", "check the network")
        })
      )
    )
    const took = (yield* Clock.currentTimeMillis) - opened
    yield* add(
      Either.isRight(ws)
        ? { check: "websocket", status: "ok", detail: `${cfg.wsUrl} connected and answered in ${took} ms` }
        : { check: "websocket", status: "fail", detail: problemOf(ws.left) }
    )
  }
  return results
}).pipe(Effect.scoped)

const mark = { ok: "✓", warn: "!", fail: "✗", skipped: "-" } as const

/** `kalshi doctor` */
export const doctor = Command.make("doctor", common, (args) =>
  run(
    args,
    "none",
    Effect.gen(function*() {
      const output = yield* Output
      const results = yield* checks
      if (output.json) yield* output.printJson(results)
      else {
        const width = Math.max(...results.map((r) => r.check.length))
        for (const r of results) {
          const color = r.status === "ok" ? output.green : r.status === "fail" ? output.red : output.yellow
          yield* output.line(
            `${color(mark[r.status])} ${output.bold(r.check.padEnd(width))}  ${r.detail}${
              r.fix !== undefined ? `; ${r.fix}` : ""
            }`
          )
        }
      }
      const failures = results.filter((r) => r.status === "fail")
      if (failures.length > 0) {
        return yield* failed(
          `${failures.length} check${failures.length === 1 ? "" : "s"} failed (${
            failures.map((f) => f.check).join(", ")
          })`,
          "fix what is reported above and run kalshi doctor again"
        )
      }
    })
  )).pipe(
    Command.withDescription(
      help(
        "Check the configuration, the key, the clock against the exchange's, and that REST and the WebSocket answer.",
        "kalshi doctor --env demo"
      )
    )
  )
