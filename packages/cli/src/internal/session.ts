/**
 * What every command shares: the global options, the configuration they resolve to, and the SDK
 * layers a command runs on (REST only, or REST and the WebSocket), over the exchange configured or
 * a local one started for the command (`--local`).
 */
import * as Command from "@effect/cli/Command"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as Span from "@effect/cli/HelpDoc/Span"
import * as Options from "@effect/cli/Options"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as FileSystem from "@effect/platform/FileSystem"
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import type * as KalshiError from "@kalshi-effect/core/KalshiError"
import type * as KalshiHttpClient from "@kalshi-effect/core/KalshiHttpClient"
import type * as KalshiRateLimiter from "@kalshi-effect/core/KalshiRateLimiter"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import type * as Signer from "@kalshi-effect/core/Signer"
import * as Kalshi from "@kalshi-effect/kalshi/Kalshi"
import * as KalshiRest from "@kalshi-effect/rest/KalshiRest"
import * as TestExchange from "@kalshi-effect/testkit/TestExchange"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { type CliError, usage } from "./errors.js"
import * as Output from "./output.js"
import * as Settings from "./settings.js"

const json = Options.boolean("json").pipe(Options.withDescription("Print JSON for scripts instead of a table"))

/** The options of the root command, which may also be given after a command's name (see {@link hoist}). */
export const globalOptions = {
  env: Options.choice("env", ["demo", "production"]).pipe(
    Options.withDescription("The exchange: demo (the default) or production (only when given here)"),
    Options.optional
  ),
  local: Options.boolean("local").pipe(
    Options.withDescription("Run against a local exchange started for this command (demo catalog, funded account)")
  ),
  json,
  verbose: Options.boolean("verbose").pipe(Options.withDescription("Show details of failures"))
}

/** The options every command takes itself. */
export const common = { json }

/** The global options as parsed. */
export interface GlobalArgs {
  readonly env: Option.Option<Settings.EnvFlag>
  readonly local: boolean
  readonly json: boolean
  readonly verbose: boolean
}

/** A command's own common options as parsed. */
export interface CommonArgs {
  readonly json: boolean
}

/** The root command: without a command's name it is a usage error. */
export const root = Command.make(
  "kalshi",
  globalOptions,
  () => Effect.fail(usage("no command given", "run kalshi --help to list the commands"))
)

/**
 * Moves the global options that follow a command's name (`kalshi markets --local`) in front of it,
 * where the parser reads the root command's options. Everything after `--` stays.
 */
export const hoist = (args: ReadonlyArray<string>): Array<string> => {
  const globals: Array<string> = []
  const rest: Array<string> = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === "--") return [...globals, ...rest, ...args.slice(i)]
    if (arg === "--local" || arg === "--verbose") globals.push(arg)
    else if (arg.startsWith("--env=")) globals.push(arg)
    else if (arg === "--env" && i + 1 < args.length) globals.push(arg, args[++i]!)
    else rest.push(arg)
  }
  return [...globals, ...rest]
}

/** The global options of one run, from before and after the command's name. */
export class Globals extends Context.Tag("@kalshi-effect/cli/Globals")<Globals, GlobalArgs>() {}

/** What the terminal can do, decided when the program starts. */
export class Terminal extends Context.Tag("@kalshi-effect/cli/Terminal")<Terminal, Output.Capabilities>() {}

const merge = (before: GlobalArgs, after: CommonArgs): GlobalArgs => ({ ...before, json: before.json || after.json })

/** How fast the local exchange's simulated traders trade. */
export const localInterval = "500 millis"

/** A local exchange for the command: the demo catalog, a funded account, simulated flow. */
export const localConfig: Layer.Layer<KalshiConfig.KalshiConfig, TestExchange.SeedError> = Layer.scoped(
  KalshiConfig.KalshiConfig,
  Effect.gen(function*() {
    const exchange = yield* TestExchange.make({ seedData: TestExchange.demoSeed })
    const account = yield* exchange.addAccount({ balance: "10000" })
    yield* exchange.simulate({ interval: localInterval })
    return yield* exchange.configFor(account)
  })
)

/** The configuration of a run: a local exchange, or the flags, the variables and the config file. */
export const configLayer = (
  globals: GlobalArgs
): Layer.Layer<
  KalshiConfig.KalshiConfig,
  CliError | ConfigError.ConfigError | KalshiError.InvalidInput | KalshiError.InvalidKey | TestExchange.SeedError,
  FileSystem.FileSystem
> =>
  globals.local
    ? Option.isSome(globals.env)
      ? Layer.fail(usage("--local runs a local exchange and cannot be combined with --env", "drop one of them"))
      : localConfig
    : Layer.unwrapEffect(
      Effect.map(
        Settings.resolve(globals.env),
        (resolved) => KalshiConfig.layerConfig().pipe(Layer.provide(Layer.setConfigProvider(resolved.provider)))
      )
    )

/** The REST services, over undici, signing with `node:crypto`. */
export type RestServices =
  | KalshiRest.AllApis
  | KalshiHttpClient.KalshiHttpClient
  | Signer.Signer
  | KalshiRateLimiter.KalshiRateLimiter
  | KalshiConfig.KalshiConfig

const rest = (globals: GlobalArgs) =>
  KalshiRest.layerWithClient().pipe(
    Layer.provideMerge(configLayer(globals)),
    Layer.provide(NodeHttpClient.layerUndici),
    Layer.provide(NodeSigner.layer)
  )

/** The whole SDK (REST and the WebSocket): `Kalshi.layerWith` over undici, as `KalshiNode` composes it. */
const sdk = (globals: GlobalArgs) =>
  Kalshi.layerWith().pipe(
    Layer.provideMerge(configLayer(globals)),
    Layer.provide(NodeHttpClient.layerUndici),
    Layer.provide(NodeSigner.layer)
  )

/** What a command needs: nothing of the SDK, its REST services, or REST and the WebSocket. */
export type Needs = "none" | "rest" | "live"

type Provided<N extends Needs> = N extends "none" ? never : N extends "rest" ? RestServices : Kalshi.Services

type Base = Globals | Output.Output | Terminal

/**
 * Runs a command's program with the global options merged, the output service, and the SDK layer it
 * needs (built only then: a command that needs nothing of the SDK makes no connection).
 */
export const run = <N extends Needs, A, E, R extends Base | Provided<N> | FileSystem.FileSystem>(
  args: CommonArgs,
  needs: N,
  program: Effect.Effect<A, E, R>
) =>
  Effect.gen(function*() {
    const before = yield* root
    const globals = merge(before, args)
    const terminal = yield* Terminal
    const base = Layer.mergeAll(
      Layer.succeed(Globals, globals),
      Output.layer(terminal, globals.json),
      Layer.succeed(Terminal, terminal)
    )
    if (needs === "none") {
      return yield* Effect.provide(program as Effect.Effect<A, E, Base | FileSystem.FileSystem>, base)
    }
    if (needs === "rest") {
      return yield* Effect.provide(
        program as Effect.Effect<A, E, Base | RestServices | FileSystem.FileSystem>,
        Layer.merge(base, rest(globals))
      )
    }
    return yield* Effect.provide(
      program as Effect.Effect<A, E, Base | Kalshi.Services | FileSystem.FileSystem>,
      Layer.merge(base, sdk(globals))
    )
  })

/** A command's help: what it does, and an example. */
export const help = (description: string, example: string): HelpDoc.HelpDoc =>
  HelpDoc.p(Span.spans([Span.text(`${description} Example: `), Span.code(example)]))
