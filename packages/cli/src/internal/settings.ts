/**
 * Where the CLI connects and with which key: the `--env` flag, the SDK's `KALSHI_*` variables, then
 * the config file (`$XDG_CONFIG_HOME/kalshi/config.json`, `~/.config/kalshi/config.json`,
 * `%APPDATA%\kalshi\config.json` on Windows, or the file named by `KALSHI_CONFIG`), in that order.
 * Production is used only when `--env production` is on the command line.
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import * as Config from "effect/Config"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as os from "node:os"
import * as path from "node:path"
import { type CliError, failed, usage } from "./errors.js"

/** The environment chosen on the command line, if any. */
export type EnvFlag = "demo" | "production"

const Section = Schema.Struct({
  apiKeyId: Schema.optional(Schema.String),
  privateKeyPath: Schema.optional(Schema.String),
  restUrl: Schema.optional(Schema.String),
  wsUrl: Schema.optional(Schema.String)
})

/** The config file: settings for every environment, and per environment in `demo` / `production`. */
export const ConfigFile = Schema.Struct({
  ...Section.fields,
  env: Schema.optional(Schema.Literal("demo", "production")),
  demo: Schema.optional(Section),
  production: Schema.optional(Section)
})
export type ConfigFile = typeof ConfigFile.Type

/** Where the config file is looked for. */
export const configPath = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.KALSHI_CONFIG !== undefined && env.KALSHI_CONFIG !== "") return env.KALSHI_CONFIG
  if (env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== "") {
    return path.join(env.XDG_CONFIG_HOME, "kalshi", "config.json")
  }
  if (process.platform === "win32" && env.APPDATA !== undefined) return path.join(env.APPDATA, "kalshi", "config.json")
  return path.join(os.homedir(), ".config", "kalshi", "config.json")
}

const decodeFile = Schema.decodeUnknownEither(ConfigFile, { onExcessProperty: "error", errors: "first" })

/** Reads the config file; none when there is no file. Never echoes the file's values. */
export const readConfigFile = (
  file: string
): Effect.Effect<Option.Option<ConfigFile>, CliError, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const exists = yield* fs.exists(file).pipe(Effect.orElseSucceed(() => false))
    if (!exists) return Option.none()
    const textOf = yield* fs.readFileString(file).pipe(
      Effect.mapError(() => failed(`cannot read the config file ${file}`, "check its permissions"))
    )
    let parsed: unknown
    try {
      parsed = JSON.parse(textOf)
    } catch {
      return yield* failed(`the config file ${file} is not valid JSON`, "fix the file or remove it")
    }
    if (typeof parsed === "object" && parsed !== null && "privateKey" in parsed) {
      return yield* failed(
        `the config file ${file} holds a private key (privateKey)`,
        "keep the key in a file of its own and name it with privateKeyPath"
      )
    }
    const decoded = decodeFile(parsed)
    if (decoded._tag === "Left") {
      const issue = decoded.left.message.split("\n").slice(-1)[0]?.trim() ?? "unexpected content"
      return yield* failed(
        `the config file ${file} is not valid (${issue.replace(/actual .*/, "").trim()})`,
        "allowed: env, apiKeyId, privateKeyPath, restUrl, wsUrl, and demo / production sections with the same keys"
      )
    }
    return Option.some(decoded.right)
  })

const productionHosts = ["external-api.kalshi.com", "external-api-ws.kalshi.com", "api.elections.kalshi.com"]

const isProductionUrl = (url: string | undefined): boolean => {
  if (url === undefined) return false
  try {
    return productionHosts.includes(new URL(url).hostname)
  } catch {
    return false
  }
}

/** What was resolved, for `doctor` and for the configuration layer. */
export interface Resolved {
  readonly environment: "demo" | "production"
  /** Where the environment was chosen. */
  readonly environmentFrom: "--env" | "KALSHI_ENV" | "config file" | "default"
  readonly configFile: string
  readonly configFileFound: boolean
  /** The `KALSHI_*` settings as the SDK reads them: the variables, then the file. */
  readonly provider: ConfigProvider.ConfigProvider
  /** Where each credential comes from, for `doctor` (never the values). */
  readonly keyIdFrom: "KALSHI_API_KEY_ID" | "config file" | undefined
  readonly keyFrom: "KALSHI_PRIVATE_KEY" | "KALSHI_PRIVATE_KEY_PATH" | "config file" | undefined
}

const envVar = (name: string) =>
  Config.option(Config.string(name)).pipe(Config.map(Option.filter((s) => s.trim() !== "")))

const expandHome = (file: string, base: string): string =>
  file === "~" || file.startsWith("~/") ? path.join(os.homedir(), file.slice(1)) : path.resolve(base, file)

/**
 * Resolves the environment and builds the `ConfigProvider` the SDK's `KalshiConfig.layerConfig()` reads:
 * the variables, then the config file's values under the same names.
 */
export const resolve = (
  flag: Option.Option<EnvFlag>
): Effect.Effect<Resolved, CliError, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const file = configPath()
    const contents = yield* readConfigFile(file)
    const fromVar = yield* Effect.orDie(envVar(KalshiConfig.variables.environment))
    const fromFile = Option.flatMap(contents, (c) => Option.fromNullable(c.env))
    if (Option.isSome(fromVar) && fromVar.value !== "demo" && fromVar.value !== "production") {
      return yield* usage("KALSHI_ENV must be demo or production", "fix KALSHI_ENV or unset it")
    }
    const environment: "demo" | "production" = Option.isSome(flag)
      ? flag.value
      : Option.isSome(fromVar)
      ? (fromVar.value as "demo" | "production")
      : Option.getOrElse(fromFile, () => "demo" as const)
    const environmentFrom = Option.isSome(flag)
      ? "--env" as const
      : Option.isSome(fromVar)
      ? "KALSHI_ENV" as const
      : Option.isSome(fromFile)
      ? "config file" as const
      : "default" as const
    const explicit = Option.isSome(flag) && flag.value === "production"
    if (environment === "production" && !explicit) {
      return yield* usage(
        `production was chosen by ${environmentFrom}, but production needs an explicit --env production`,
        "add --env production to trade with real money, or choose demo"
      )
    }
    const section = Option.match(contents, {
      onNone: () => ({}) as typeof Section.Type,
      onSome: (c) => ({ ...c, ...(environment === "production" ? c.production : c.demo) })
    })
    const vars = {
      keyId: yield* Effect.orDie(envVar(KalshiConfig.variables.apiKeyId)),
      key: yield* Effect.orDie(envVar(KalshiConfig.variables.privateKey)),
      keyPath: yield* Effect.orDie(envVar(KalshiConfig.variables.privateKeyPath)),
      restUrl: yield* Effect.orDie(envVar(KalshiConfig.variables.restUrl)),
      wsUrl: yield* Effect.orDie(envVar(KalshiConfig.variables.wsUrl))
    }
    const restUrl = Option.getOrElse(vars.restUrl, () => section.restUrl)
    const wsUrl = Option.getOrElse(vars.wsUrl, () => section.wsUrl)
    if (!explicit && (isProductionUrl(restUrl) || isProductionUrl(wsUrl))) {
      return yield* usage(
        "the REST or WebSocket URL points at Kalshi's production exchange, which needs an explicit --env production",
        "add --env production, or point KALSHI_REST_URL / KALSHI_WS_URL elsewhere"
      )
    }
    // the file fills in what the variables leave unset; a key from the variables replaces the file's
    const keyFromVars = Option.isSome(vars.key) || Option.isSome(vars.keyPath)
    const fileValues = new Map<string, string>()
    fileValues.set(KalshiConfig.variables.environment, environment)
    if (section.apiKeyId !== undefined) fileValues.set(KalshiConfig.variables.apiKeyId, section.apiKeyId)
    if (section.privateKeyPath !== undefined && !keyFromVars) {
      fileValues.set(KalshiConfig.variables.privateKeyPath, expandHome(section.privateKeyPath, path.dirname(file)))
    }
    if (section.restUrl !== undefined) fileValues.set(KalshiConfig.variables.restUrl, section.restUrl)
    if (section.wsUrl !== undefined) fileValues.set(KalshiConfig.variables.wsUrl, section.wsUrl)
    const chosen = ConfigProvider.fromMap(new Map([[KalshiConfig.variables.environment, environment]]))
    const provider = chosen.pipe(
      ConfigProvider.orElse(() => ConfigProvider.fromEnv()),
      ConfigProvider.orElse(() => ConfigProvider.fromMap(fileValues))
    )
    return {
      environment,
      environmentFrom,
      configFile: file,
      configFileFound: Option.isSome(contents),
      provider,
      keyIdFrom: Option.isSome(vars.keyId)
        ? "KALSHI_API_KEY_ID"
        : section.apiKeyId !== undefined
        ? "config file"
        : undefined,
      keyFrom: Option.isSome(vars.key)
        ? "KALSHI_PRIVATE_KEY"
        : Option.isSome(vars.keyPath)
        ? "KALSHI_PRIVATE_KEY_PATH"
        : section.privateKeyPath !== undefined
        ? "config file"
        : undefined
    }
  })
