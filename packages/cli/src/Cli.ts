/**
 * The `kalshi` command-line tool: markets, order books, trades, orders and the account, on the SDK's
 * own services, built with `@effect/cli`.
 *
 * `Cli.main` runs it on Node.js the way the `kalshi` binary does: it parses the arguments, prints
 * tables (or JSON with `--json`), and ends the process with exit code 0, 1 (failed), 2 (usage) or
 * 130 (interrupted). `Cli.command` is the command tree, to embed it or run it with your own runtime.
 *
 * @since 0.1.0
 */
import * as Command from "@effect/cli/Command"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Cause from "effect/Cause"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import { book } from "./internal/commands/book.js"
import { doctor } from "./internal/commands/doctor.js"
import { events, market, markets, series } from "./internal/commands/markets.js"
import { order } from "./internal/commands/order.js"
import { balance, fills, limits, orders, positions, settlements } from "./internal/commands/portfolio.js"
import { trades } from "./internal/commands/trades.js"
import { renderCause } from "./internal/errors.js"
import * as Output from "./internal/output.js"
import { hoist, root, Terminal } from "./internal/session.js"

/**
 * The version printed by `kalshi --version`.
 *
 * @since 0.1.0
 * @category constants
 */
export const version = "0.1.0"

/**
 * The command tree: `kalshi` and its commands.
 *
 * @since 0.1.0
 * @category commands
 */
export const command = root.pipe(
  Command.withSubcommands([
    markets,
    market,
    events,
    series,
    book,
    trades,
    balance,
    positions,
    fills,
    orders,
    settlements,
    order,
    limits,
    doctor
  ])
)

/**
 * Runs the tool on a command line (`process.argv`: the runtime and the script first), with the
 * terminal's capabilities given; fails with the command's error, or a `ValidationError` for a usage
 * error (already printed).
 *
 * @since 0.1.0
 * @category running
 */
export const run = (
  argv: ReadonlyArray<string>,
  capabilities: Output.Capabilities = Output.detect()
) =>
  Command.run(command, {
    name: "kalshi",
    version,
    executable: "kalshi"
  })([...argv.slice(0, 2), ...hoist(argv.slice(2))]).pipe(
    Effect.provideService(Terminal, capabilities),
    Effect.provide(NodeContext.layer)
  )

const ansiConsole = (color: boolean, colorStderr: boolean): Console.Console => {
  const format = (args: ReadonlyArray<unknown>) => args.map((a) => (typeof a === "string" ? a : String(a))).join(" ")
  const out = (on: boolean, text: string) => (on ? text : Output.stripAnsi(text))
  const log = (...args: ReadonlyArray<unknown>) => process.stdout.write(`${out(color, format(args))}\n`)
  const error = (...args: ReadonlyArray<unknown>) => process.stderr.write(`${out(colorStderr, format(args))}\n`)
  const unsafe: Console.UnsafeConsole = {
    ...globalThis.console,
    log,
    info: log,
    error,
    warn: error
  }
  return {
    [Console.TypeId]: Console.TypeId,
    unsafe,
    assert: (condition, ...args) => Effect.sync(() => unsafe.assert(condition, ...args)),
    clear: Effect.sync(() => unsafe.clear()),
    count: (label) => Effect.sync(() => unsafe.count(label)),
    countReset: (label) => Effect.sync(() => unsafe.countReset(label)),
    debug: (...args) => Effect.sync(() => unsafe.debug(...args)),
    dir: (item, options) => Effect.sync(() => unsafe.dir(item, options)),
    dirxml: (...args) => Effect.sync(() => unsafe.dirxml(...args)),
    error: (...args) => Effect.sync(() => error(...args)),
    group: (options) =>
      Effect.sync(() =>
        options?.collapsed === true ? unsafe.groupCollapsed(options.label) : unsafe.group(options?.label)
      ),
    groupEnd: Effect.sync(() => unsafe.groupEnd()),
    info: (...args) => Effect.sync(() => log(...args)),
    log: (...args) => Effect.sync(() => log(...args)),
    table: (data, properties) => Effect.sync(() => unsafe.table(data, properties)),
    time: (label) => Effect.sync(() => unsafe.time(label)),
    timeEnd: (label) => Effect.sync(() => unsafe.timeEnd(label)),
    timeLog: (label, ...args) => Effect.sync(() => unsafe.timeLog(label, ...args)),
    trace: (...args) => Effect.sync(() => unsafe.trace(...args)),
    warn: (...args) => Effect.sync(() => error(...args))
  }
}

/**
 * Runs the tool as the `kalshi` binary does: on `process.argv`, with colors only on a terminal, log
 * lines on stderr (warnings and errors; everything with `--verbose`), failures as one line on stderr,
 * and the process's exit code set to 0, 1, 2 or 130.
 *
 * @since 0.1.0
 * @category running
 */
export const main = (argv: ReadonlyArray<string> = process.argv): void => {
  const capabilities = Output.detect()
  const verbose = argv.includes("--verbose")
  // a closed stdout (`kalshi markets | head`) ends the program quietly
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0)
  })
  const program = run(argv, capabilities).pipe(
    Effect.withConsole(ansiConsole(capabilities.color, capabilities.colorStderr)),
    Effect.provide(
      Logger.replace(Logger.defaultLogger, Logger.prettyLogger({ stderr: true, colors: capabilities.colorStderr }))
    ),
    Logger.withMinimumLogLevel(verbose ? LogLevel.Debug : LogLevel.Warning),
    Effect.provide(Layer.empty)
  )
  NodeRuntime.runMain(program, {
    disableErrorReporting: true,
    disablePrettyLogger: true,
    teardown: (exit, onExit) => {
      if (Exit.isSuccess(exit)) return onExit(0)
      if (Cause.isInterruptedOnly(exit.cause)) {
        return onExit(130)
      }
      const rendered = renderCause(exit.cause, verbose)
      if (!rendered.printed) {
        const prefix = capabilities.colorStderr ? "\u001b[31mkalshi:\u001b[39m" : "kalshi:"
        process.stderr.write(`${prefix} ${rendered.line}\n`)
      }
      onExit(rendered.exitCode)
    }
  })
}
