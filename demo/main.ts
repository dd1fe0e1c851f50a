/**
 * `npm start`: the demo trading pipeline of {@link Demo}.
 *
 * Without `KALSHI_API_KEY_ID` it starts the embedded exchange of `@kalshi-effect/testkit` and runs
 * the whole pipeline there, orders included. With credentials (`KALSHI_API_KEY_ID` and
 * `KALSHI_PRIVATE_KEY` or `KALSHI_PRIVATE_KEY_PATH`) it runs against Kalshi's demo exchange
 * (`KALSHI_ENV=demo`, the default; production is refused), read-only unless `--trade` is passed.
 *
 * Options: `--trade`, `--market <ticker>`, `--seconds <n>` (how long to watch the market).
 * Ctrl-C interrupts it; every subscription, connection and the embedded exchange are closed.
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { KalshiConfig } from "@kalshi-effect/core"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { parseArgs } from "node:util"
import * as Demo from "./Demo.js"

const { values } = parseArgs({
  options: {
    trade: { type: "boolean", default: false },
    market: { type: "string" },
    seconds: { type: "string" }
  }
})

const seconds = (fallback: number) => {
  const n = Number(values.seconds ?? fallback)
  return Number.isFinite(n) && n >= 0 ? n : fallback
}

const main = Effect.gen(function*() {
  const apiKeyId = yield* Config.option(Config.nonEmptyString(KalshiConfig.variables.apiKeyId))
  if (Option.isNone(apiKeyId)) {
    yield* Demo.embedded({ watch: `${seconds(6)} seconds`, market: values.market, contracts: 2 })
    return
  }
  const environment = yield* Config.string(KalshiConfig.variables.environment).pipe(Config.withDefault("demo"))
  if (environment !== "demo") {
    return yield* Effect.fail("KALSHI_ENV is not demo: this demo runs against Kalshi's demo exchange only (KALSHI_ENV=demo)")
  }
  const program = Effect.gen(function*() {
    const config = yield* KalshiConfig.KalshiConfig
    yield* Console.log(
      `Running against ${config.restUrl} ${values.trade ? "(--trade: orders will be placed)" : "(read-only: pass --trade to place orders)"}`
    )
    return yield* Demo.pipeline({ trade: values.trade === true, watch: `${seconds(20)} seconds`, market: values.market })
  })
  yield* program.pipe(Effect.provide(Demo.layerSdk.pipe(Layer.provideMerge(KalshiConfig.layerConfig))))
})

// On Node.js: KALSHI_PRIVATE_KEY_PATH is read through NodeFileSystem, and requests sign with node:crypto.
NodeRuntime.runMain(
  main.pipe(
    Effect.provide(Layer.merge(NodeFileSystem.layer, NodeSigner.layer)),
    Effect.onInterrupt(() => Console.log("interrupted: closing subscriptions and connections"))
  )
)
