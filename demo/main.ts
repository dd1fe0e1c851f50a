/**
 * `npm start`: the demo trading pipeline of {@link Demo}, run as a command ({@link Cli}).
 *
 * Without `KALSHI_API_KEY_ID` it starts the embedded exchange of `@kalshi-effect/testkit` and runs
 * the whole pipeline there, orders included. With credentials (`KALSHI_API_KEY_ID` and
 * `KALSHI_PRIVATE_KEY` or `KALSHI_PRIVATE_KEY_PATH`) it runs against Kalshi's demo exchange
 * (`KALSHI_ENV=demo`, the default), read-only unless `--trade` is passed. Production (by
 * `KALSHI_ENV`, or by the host of `KALSHI_REST_URL` / `KALSHI_WS_URL`) is refused unless
 * `--production` is passed.
 *
 * Exit codes: 0 done, 1 failed (or refused), 2 bad command line, 130 interrupted (Ctrl-C, after
 * the cleanup: the resting order canceled, every subscription, connection and the embedded
 * exchange closed).
 */
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import * as Cause from "effect/Cause"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { guardProduction, type Options, parseOptions, usage } from "./Cli.js"
import type * as DemoModule from "./Demo.js"

/** The pipeline's module (`typeof DemoModule`), loaded once the command line is known to be good. */
const main = (Demo: typeof DemoModule, options: Options) =>
  Effect.gen(function*() {
    const apiKeyId = yield* Config.option(Config.nonEmptyString(KalshiConfig.variables.apiKeyId))
    if (Option.isNone(apiKeyId)) {
      yield* Demo.embedded({ watch: Duration.seconds(options.seconds ?? 6), market: options.market, contracts: 2 })
      return
    }
    // resolved and checked before anything is sent
    const config = yield* KalshiConfig.makeConfig()
    yield* guardProduction(config, options.production)
    yield* Console.log(
      `Running against ${config.restUrl} ${
        options.trade ? "(--trade: orders will be placed)" : "(read-only: pass --trade to place orders)"
      }`
    )
    yield* Demo.pipeline({
      trade: options.trade,
      watch: Duration.seconds(options.seconds ?? 20),
      market: options.market
    }).pipe(
      // the whole SDK from the same KALSHI_* variables, over Node's fastest transport
      Effect.provide(KalshiNode.layerConfig())
    )
  })

/** After the cleanup: one line for an interruption or an expected failure, the cause for a defect. */
const report = <A, E>(exit: Exit.Exit<A, E>): Effect.Effect<void> => {
  if (Exit.isSuccess(exit)) return Effect.void
  if (Cause.isInterruptedOnly(exit.cause)) {
    return Console.log("interrupted: cleaned up (resting order canceled, subscriptions and connections closed)")
  }
  return Option.match(Cause.failureOption(exit.cause), {
    onNone: () => Console.error(Cause.pretty(exit.cause)),
    onSome: (error) => Console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  })
}

const parsed = parseOptions(process.argv.slice(2))
if ("help" in parsed) {
  process.stdout.write(usage)
} else if ("error" in parsed) {
  process.stderr.write(`${parsed.error}\n\n${usage}`)
  process.exitCode = 2
} else {
  // The runtime handles the first Ctrl-C (it interrupts the program, whose cleanup then runs to its
  // end) and stops listening: a second one (pressed again, or relayed by a wrapper) would then kill
  // the process mid-cleanup. This listener ignores the signals of the next 2 seconds; one sent later
  // ends the process at once (the cleanup is bounded anyway).
  let first: number | undefined
  const onSignal = () => {
    if (first === undefined) first = Date.now()
    else if (Date.now() - first >= 2_000) {
      process.stderr.write("interrupted again: exiting before the cleanup finished\n")
      process.exit(130)
    }
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  const [NodeRuntime, NodeFileSystem, NodeSigner, Demo] = await Promise.all([
    import("@effect/platform-node/NodeRuntime"),
    import("@effect/platform-node/NodeFileSystem"),
    import("@kalshi-effect/core/NodeSigner"),
    import("./Demo.js")
  ])
  // On Node.js: KALSHI_PRIVATE_KEY_PATH is read through NodeFileSystem, and requests sign with node:crypto.
  const program = main(Demo, parsed.options).pipe(Effect.provide(Layer.merge(NodeFileSystem.layer, NodeSigner.layer)))
  NodeRuntime.runMain(program.pipe(Effect.onExit(report)), {
    disableErrorReporting: true,
    teardown: (exit, onExit) => onExit(Exit.isSuccess(exit) ? 0 : Cause.isInterruptedOnly(exit.cause) ? 130 : 1)
  })
}
