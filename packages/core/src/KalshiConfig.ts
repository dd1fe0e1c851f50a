/**
 * Where the SDK talks to and with which credentials.
 *
 * `KalshiConfig.layer` takes options from code; `KalshiConfig.layerConfig()` reads the `KALSHI_*`
 * environment variables (or any other `ConfigProvider`). The API key id and the private key are
 * always held as `Redacted`, so printing, logging or JSON-encoding the configuration never shows them.
 *
 * @since 0.1.0
 */
import type { PlatformError } from "@effect/platform/Error"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { InvalidInput, InvalidKey } from "./KalshiError.js"

/**
 * The REST and WebSocket base URLs of Kalshi's two public environments.
 *
 * @since 0.1.0
 * @category constants
 */
export const environments = {
  production: {
    restUrl: "https://external-api.kalshi.com/trade-api/v2",
    wsUrl: "wss://external-api-ws.kalshi.com/trade-api/ws/v2"
  },
  demo: {
    restUrl: "https://external-api.demo.kalshi.co/trade-api/v2",
    wsUrl: "wss://demo-api.kalshi.co/trade-api/ws/v2"
  }
} as const

/**
 * A custom environment: a Kalshi-compatible server of your own, such as the testkit's exchange on 127.0.0.1.
 * `restUrl` includes the API prefix (e.g. `http://127.0.0.1:8080/trade-api/v2`), `wsUrl` the full
 * WebSocket path (e.g. `ws://127.0.0.1:8080/trade-api/ws/v2`).
 *
 * @since 0.1.0
 * @category models
 */
export interface CustomEnvironment {
  readonly restUrl: string
  readonly wsUrl: string
}

/**
 * `"production"`, `"demo"`, or a custom pair of URLs.
 *
 * @since 0.1.0
 * @category models
 */
export type Environment = "production" | "demo" | CustomEnvironment

/**
 * An API key: its id and its private key in PEM form (PKCS#1 or PKCS#8, RSA or Ed25519).
 *
 * @since 0.1.0
 * @category models
 */
export interface Credentials {
  readonly apiKeyId: Redacted.Redacted<string>
  readonly privateKey: Redacted.Redacted<string>
}

/**
 * The resolved configuration.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** The name of the environment: `"custom"` when URLs were given or overridden. */
  readonly environment: "production" | "demo" | "custom"
  /** REST base URL including `/trade-api/v2`, without a trailing slash. */
  readonly restUrl: string
  /** WebSocket URL including `/trade-api/ws/v2`. */
  readonly wsUrl: string
  /** The API key, when configured; public operations work without it. */
  readonly credentials: Option.Option<Credentials>
}

/**
 * The configuration service.
 *
 * @since 0.1.0
 * @category tags
 */
export class KalshiConfig extends Context.Tag("@kalshi-effect/core/KalshiConfig")<KalshiConfig, Service>() {}

/**
 * Options for {@link make} and {@link layer}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Defaults to `"demo"`: production must be chosen explicitly. */
  readonly environment?: Environment | undefined
  /** Overrides the environment's REST URL. */
  readonly restUrl?: string | undefined
  /** Overrides the environment's WebSocket URL. */
  readonly wsUrl?: string | undefined
  /** The API key id (a UUID): printable ASCII, surrounding whitespace trimmed. */
  readonly apiKeyId?: Redacted.Redacted<string> | string | undefined
  /** The private key as PEM text; {@link readKeyFile} reads it from a file. */
  readonly privateKey?: Redacted.Redacted<string> | string | undefined
}

/**
 * What errors call each setting: the option names for {@link make}, the variable names for
 * {@link makeConfig}. Errors name the setting and say what is wrong with it; they never show its
 * value, since a value in the wrong place may be a key.
 */
interface Names {
  readonly environment: string
  readonly restUrl: string
  readonly wsUrl: string
  readonly apiKeyId: string
  readonly privateKey: string
}

const optionNames: Names = {
  environment: "environment",
  restUrl: "restUrl",
  wsUrl: "wsUrl",
  apiKeyId: "apiKeyId",
  privateKey: "privateKey"
}

const invalid = (field: string, reason: string) => new InvalidInput({ operation: "KalshiConfig", field, reason })

/**
 * Whether a text looks like private key material: a PEM armour line, or a long run of base64 (a
 * key body pasted without its armour). It only chooses the hint of an error.
 */
const looksLikeKey = (text: string): boolean =>
  /-----(BEGIN|END) /.test(text) || text.includes("PRIVATE KEY") ||
  /^[A-Za-z0-9+/]{40,}={0,2}$/.test(text.replace(/\\n|\s/g, ""))

const keyMaterial = (what: string, keyName: string) =>
  `holds what looks like private key material, not ${what}: the key goes in ${keyName}`

/** The JavaScript type of a value, for an error message: never the value itself. */
const typeOf = (value: unknown): string =>
  value === undefined
    ? "nothing"
    : value === null
    ? "null"
    : Array.isArray(value)
    ? "an array"
    : Redacted.isRedacted(value)
    ? "a Redacted value"
    : typeof value === "object"
    ? "an object"
    : `a ${typeof value}`

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !Redacted.isRedacted(value)

const isRedactedString = (value: unknown): value is Redacted.Redacted<string> =>
  Redacted.isRedacted(value) && typeof Redacted.value(value) === "string"

const checkUrl = (
  field: string,
  value: unknown,
  protocols: ReadonlyArray<string>,
  names: Names
): Effect.Effect<string, InvalidInput> => {
  if (typeof value !== "string") {
    return Effect.fail(invalid(field, `expected a URL string, got ${typeOf(value)}`))
  }
  if (looksLikeKey(value)) return Effect.fail(invalid(field, keyMaterial("a URL", names.privateKey)))
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return Effect.fail(invalid(field, "not a valid URL"))
  }
  if (!protocols.includes(url.protocol)) {
    return Effect.fail(invalid(field, `expected a ${protocols.join(" or ")} URL`))
  }
  if (url.username !== "" || url.password !== "") {
    return Effect.fail(invalid(field, "must not carry a user name or a password"))
  }
  if (url.search !== "" || url.hash !== "") {
    return Effect.fail(invalid(field, "must not carry a query string or a fragment"))
  }
  return Effect.succeed(value.replace(/\/+$/, ""))
}

const expectedEnvironment = `expected "production", "demo", or an object with restUrl and wsUrl`

const checkEnvironment = (
  value: unknown,
  names: Names
): Effect.Effect<"production" | "demo" | CustomEnvironment, InvalidInput> => {
  if (value === undefined || value === "demo") return Effect.succeed("demo")
  if (value === "production") return Effect.succeed("production")
  if (isRecord(value)) {
    const { restUrl, wsUrl } = value
    if (typeof restUrl !== "string") {
      return Effect.fail(invalid(`${names.environment}.restUrl`, `expected a URL string, got ${typeOf(restUrl)}`))
    }
    if (typeof wsUrl !== "string") {
      return Effect.fail(invalid(`${names.environment}.wsUrl`, `expected a URL string, got ${typeOf(wsUrl)}`))
    }
    return Effect.succeed({ restUrl, wsUrl })
  }
  return Effect.fail(
    invalid(
      names.environment,
      typeof value !== "string"
        ? `${expectedEnvironment}, got ${typeOf(value)}`
        : looksLikeKey(value)
        ? `${keyMaterial("an environment", names.privateKey)} (${expectedEnvironment})`
        : expectedEnvironment
    )
  )
}

/** A `string` or `Redacted<string>` option as a `Redacted` (kept as given when it is one). */
const checkSecret = (
  field: string,
  value: unknown
): Effect.Effect<Redacted.Redacted<string> | undefined, InvalidInput> =>
  value === undefined
    ? Effect.succeed(undefined)
    : typeof value === "string"
    ? Effect.succeed(Redacted.make(value))
    : isRedactedString(value)
    ? Effect.succeed(value)
    : Effect.fail(invalid(field, `expected a string or a Redacted string, got ${typeOf(value)}`))

/**
 * An API key id must be something that can travel in an HTTP header: printable ASCII with no
 * spaces. Surrounding whitespace (a trailing newline from a file) is trimmed.
 */
const checkKeyId = (
  apiKeyId: Redacted.Redacted<string>,
  names: Names
): Effect.Effect<Redacted.Redacted<string>, InvalidInput | InvalidKey> => {
  const text = Redacted.value(apiKeyId)
  const trimmed = text.trim()
  if (trimmed === "") {
    return Effect.fail(
      new InvalidKey({ reason: "Missing", description: `the API key id (${names.apiKeyId}) is empty` })
    )
  }
  if (looksLikeKey(trimmed)) {
    return Effect.fail(
      invalid(
        names.apiKeyId,
        `${keyMaterial("a key id", names.privateKey)}; the key id is the id Kalshi shows next to the key`
      )
    )
  }
  if (!/^[\x21-\x7e]+$/.test(trimmed)) {
    return Effect.fail(
      invalid(names.apiKeyId, "must be printable ASCII with no spaces or line breaks (Kalshi's key ids are UUIDs)")
    )
  }
  return Effect.succeed(trimmed === text ? apiKeyId : Redacted.make(trimmed))
}

const makeWith = (options: unknown, names: Names): Effect.Effect<Service, InvalidInput | InvalidKey> =>
  Effect.gen(function*() {
    if (options !== undefined && !isRecord(options)) {
      return yield* invalid(
        "options",
        `expected an object with environment, restUrl, wsUrl, apiKeyId and privateKey (all optional), got ${
          typeOf(options)
        }`
      )
    }
    const given = options ?? {}
    const env = yield* checkEnvironment(given.environment, names)
    const base = typeof env === "string" ? environments[env] : env
    const overridden = typeof env !== "string" || given.restUrl !== undefined || given.wsUrl !== undefined
    const restUrl = yield* checkUrl(names.restUrl, given.restUrl ?? base.restUrl, ["http:", "https:"], names)
    const wsUrl = yield* checkUrl(names.wsUrl, given.wsUrl ?? base.wsUrl, ["ws:", "wss:"], names)
    const givenKeyId = yield* checkSecret(names.apiKeyId, given.apiKeyId)
    const privateKey = yield* checkSecret(names.privateKey, given.privateKey)
    const apiKeyId = givenKeyId === undefined ? undefined : yield* checkKeyId(givenKeyId, names)
    if ((apiKeyId === undefined) !== (privateKey === undefined)) {
      return yield* new InvalidKey({
        reason: "Missing",
        description: apiKeyId === undefined
          ? "a private key is configured without an API key id (KALSHI_API_KEY_ID)"
          : "an API key id is configured without a private key (KALSHI_PRIVATE_KEY or KALSHI_PRIVATE_KEY_PATH)"
      })
    }
    return KalshiConfig.of({
      environment: typeof env === "string" && !overridden ? env : "custom",
      restUrl,
      wsUrl,
      credentials: apiKeyId !== undefined && privateKey !== undefined
        ? Option.some({ apiKeyId, privateKey })
        : Option.none()
    })
  })

/**
 * Resolves options into a configuration, checking the URLs and that an API key id and a private
 * key come together (a key id alone, or a key alone, is an error rather than a silent downgrade to
 * unsigned requests).
 *
 * Options are checked at run time too, for callers without type checking: a malformed option
 * (an unknown environment name, a URL or key that is not a string, a key id that cannot travel in
 * a header) fails with `InvalidInput` naming the option. No error ever shows an option's value,
 * since a value in the wrong place may be a key.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<Service, InvalidInput | InvalidKey> =>
  makeWith(options, optionNames)

/**
 * A configuration from code.
 *
 * @example
 * ```ts
 * import { KalshiConfig } from "@kalshi-effect/core"
 * import { Redacted } from "effect"
 *
 * const Demo = KalshiConfig.layer({
 *   environment: "demo",
 *   apiKeyId: Redacted.make("a952bcbe-..."),
 *   privateKey: Redacted.make(pemText)
 * })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<KalshiConfig, InvalidInput | InvalidKey> =>
  Layer.effect(KalshiConfig, make(options))

/**
 * A configuration with no credentials pointing at a custom server: what tests and the testkit use.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerCustom = (
  environment: CustomEnvironment,
  credentials?: Credentials
): Layer.Layer<KalshiConfig, InvalidInput | InvalidKey> =>
  layer({ environment, apiKeyId: credentials?.apiKeyId, privateKey: credentials?.privateKey })

/**
 * The environment variables {@link layerConfig} reads.
 *
 * @since 0.1.0
 * @category constants
 */
export const variables = {
  apiKeyId: "KALSHI_API_KEY_ID",
  privateKey: "KALSHI_PRIVATE_KEY",
  privateKeyPath: "KALSHI_PRIVATE_KEY_PATH",
  environment: "KALSHI_ENV",
  restUrl: "KALSHI_REST_URL",
  wsUrl: "KALSHI_WS_URL"
} as const

const optionalString = (name: string) =>
  Config.option(Config.string(name)).pipe(Config.map(Option.filter((s) => s.trim() !== "")))
const optionalRedacted = (name: string) =>
  Config.option(Config.redacted(name)).pipe(Config.map(Option.filter((s) => Redacted.value(s).trim() !== "")))

/**
 * One setting read through a `Config`: its value, or an `Option` of it for a setting that may be absent
 * (`Config.option(...)`). A blank string counts as absent.
 *
 * @since 0.1.0
 * @category models
 */
export type Setting<A> = Config.Config<A | Option.Option<A>>

/**
 * Where {@link layerConfig} and {@link makeConfig} read each setting from. Every field is optional and
 * defaults to its `KALSHI_*` variable (see {@link variables}); give a `Config` to read a setting from
 * elsewhere: other variable names, a nested `ConfigProvider`, a secrets manager's provider, or a constant
 * (`Config.succeed(...)`).
 *
 * @example
 * ```ts
 * import { KalshiConfig } from "@kalshi-effect/core"
 * import { Config } from "effect"
 *
 * const Prod = KalshiConfig.layerConfig({
 *   environment: Config.succeed("production"),
 *   apiKeyId: Config.redacted("TRADING_KEY_ID"),
 *   privateKey: Config.redacted("TRADING_KEY_PEM")
 * })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Configs {
  /** `"production"` or `"demo"`; defaults to `KALSHI_ENV`, and to `"demo"` when that is unset. */
  readonly environment?: Setting<string> | undefined
  /** Overrides the environment's REST URL; defaults to `KALSHI_REST_URL`. */
  readonly restUrl?: Setting<string> | undefined
  /** Overrides the environment's WebSocket URL; defaults to `KALSHI_WS_URL`. */
  readonly wsUrl?: Setting<string> | undefined
  /** The API key id; defaults to `KALSHI_API_KEY_ID`. */
  readonly apiKeyId?: Setting<Redacted.Redacted<string> | string> | undefined
  /** The private key as PEM text; defaults to `KALSHI_PRIVATE_KEY`. */
  readonly privateKey?: Setting<Redacted.Redacted<string> | string> | undefined
  /** A file holding the private key; defaults to `KALSHI_PRIVATE_KEY_PATH`. */
  readonly privateKeyPath?: Setting<string> | undefined
}

type SettingName = keyof typeof variables

/** A setting as an `Option` of a non-blank value, from the `Config` given or from its variable. */
const readSetting = <A extends string | Redacted.Redacted<string>>(
  given: Setting<A> | undefined,
  fallback: Config.Config<Option.Option<A>>
): Effect.Effect<Option.Option<A>, ConfigError.ConfigError> =>
  Effect.map(given ?? fallback, (value) =>
    Option.filter(
      Option.isOption(value) ? value : Option.some(value),
      (a) => (typeof a === "string" ? a : Redacted.value(a)).trim() !== ""
    ))

/** What errors call each setting: the variable when it is read from there, the field when a `Config` is given. */
const settingNames = (configs: Configs): Names & { readonly privateKeyPath: string } => {
  const name = (key: SettingName) => configs[key] === undefined ? variables[key] : key
  return {
    environment: name("environment"),
    restUrl: name("restUrl"),
    wsUrl: name("wsUrl"),
    apiKeyId: name("apiKeyId"),
    privateKey: name("privateKey"),
    privateKeyPath: name("privateKeyPath")
  }
}

/** The environment's name, checked here rather than by `Config.literal`, whose error would show the value. */
const checkEnvironmentName = (
  value: Option.Option<string>,
  names: Names
): Effect.Effect<"production" | "demo", ConfigError.ConfigError> => {
  const name = Option.getOrElse(Option.map(value, (s) => s.trim()), () => "demo")
  if (name === "production" || name === "demo") return Effect.succeed(name)
  return Effect.fail(
    ConfigError.InvalidData(
      [names.environment],
      looksLikeKey(name)
        ? `${keyMaterial("an environment name", names.privateKey)} (expected production or demo)`
        : "expected production or demo"
    )
  )
}

/**
 * Reads the configuration through the current `ConfigProvider`, each setting from the `Config` given
 * in `configs` or, by default, from its environment variable:
 *
 * - `KALSHI_ENV`: `production` or `demo` (default `demo`);
 * - `KALSHI_REST_URL`, `KALSHI_WS_URL`: override the environment's URLs;
 * - `KALSHI_API_KEY_ID`: the API key id;
 * - `KALSHI_PRIVATE_KEY`: the private key as PEM text, or `KALSHI_PRIVATE_KEY_PATH`: a file holding it,
 *   read through `@effect/platform`'s `FileSystem` (provide `NodeFileSystem.layer` or `NodeContext.layer`
 *   from `@effect/platform-node`, or `BunFileSystem.layer`; without one, a path fails with `InvalidKey`).
 *
 * Credentials are optional; a key id without a key (or the reverse), a key file that cannot be read,
 * or both a key and a key path set, fail with `InvalidKey`. An unknown environment fails with a
 * `ConfigError` at `KALSHI_ENV` (or at `environment` when a `Config` is given for it); a malformed URL
 * or key id fails with `InvalidInput` whose `field` is the variable's name (or the field's name when a
 * `Config` is given for it). No error ever shows a setting's value: it says which setting is wrong and
 * why (for instance that `KALSHI_PRIVATE_KEY_PATH` holds key material rather than a path), since a
 * value in the wrong place may be a key.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeConfig = (
  configs: Configs = {}
): Effect.Effect<Service, ConfigError.ConfigError | InvalidInput | InvalidKey> =>
  Effect.gen(function*() {
    const names = settingNames(configs)
    const environment = yield* Effect.flatMap(
      readSetting(configs.environment, optionalString(variables.environment)),
      (value) => checkEnvironmentName(value, names)
    )
    const restUrl = yield* readSetting(configs.restUrl, optionalString(variables.restUrl))
    const wsUrl = yield* readSetting(configs.wsUrl, optionalString(variables.wsUrl))
    const apiKeyId = yield* readSetting(configs.apiKeyId, optionalRedacted(variables.apiKeyId))
    const pem = yield* readSetting(configs.privateKey, optionalRedacted(variables.privateKey))
    const path = yield* readSetting(configs.privateKeyPath, optionalString(variables.privateKeyPath))
    if (Option.isSome(pem) && Option.isSome(path)) {
      return yield* new InvalidKey({
        reason: "Conflicting",
        description: `set either ${names.privateKey} or ${names.privateKeyPath}, not both`
      })
    }
    const privateKey = Option.isSome(path)
      ? Option.some(yield* readKey(path.value, names.privateKeyPath, names.privateKey))
      : pem
    return yield* makeWith({
      environment,
      restUrl: Option.getOrUndefined(restUrl),
      wsUrl: Option.getOrUndefined(wsUrl),
      apiKeyId: Option.getOrUndefined(apiKeyId),
      privateKey: Option.getOrUndefined(privateKey)
    }, names)
  })

/**
 * The configuration read through `Config`s: by default the `KALSHI_*` environment variables, any
 * of them replaced by a `Config` of your own; see {@link makeConfig}.
 *
 * @example
 * ```ts
 * import { KalshiConfig } from "@kalshi-effect/core"
 * import { Config } from "effect"
 *
 * // the KALSHI_* variables
 * const FromEnv = KalshiConfig.layerConfig()
 * // the key from other variables, the rest from KALSHI_*
 * const Mine = KalshiConfig.layerConfig({
 *   apiKeyId: Config.redacted("MY_KALSHI_KEY_ID"),
 *   privateKey: Config.redacted("MY_KALSHI_KEY")
 * })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  configs: Configs = {}
): Layer.Layer<KalshiConfig, ConfigError.ConfigError | InvalidInput | InvalidKey> =>
  Layer.effect(KalshiConfig, makeConfig(configs))

/**
 * Reads a PEM file into a `Redacted` string through `@effect/platform`'s `FileSystem`, which the
 * program provides (`NodeFileSystem.layer` or `NodeContext.layer` from `@effect/platform-node`,
 * `BunFileSystem.layer` from `@effect/platform-bun`). Without one it fails with `InvalidKey`
 * (`Unreadable`) saying so. A failure says why (e.g. `ENOENT`) but never shows the path, which may
 * hold a key given in the wrong place.
 *
 * @example
 * ```ts
 * import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
 * import { KalshiConfig } from "@kalshi-effect/core"
 * import { Effect, Layer } from "effect"
 *
 * const Demo = Layer.unwrapEffect(
 *   Effect.map(KalshiConfig.readKeyFile("./demo-key.pem"), (privateKey) =>
 *     KalshiConfig.layer({ environment: "demo", apiKeyId: "a952bcbe-...", privateKey }))
 * ).pipe(Layer.provide(NodeFileSystem.layer))
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const readKeyFile = (path: string): Effect.Effect<Redacted.Redacted<string>, InvalidKey> =>
  readKey(path, "the private key path", "the private key itself (KALSHI_PRIVATE_KEY or the privateKey option)")

const readKey = (path: string, name: string, keyName: string): Effect.Effect<Redacted.Redacted<string>, InvalidKey> =>
  looksLikeKey(path) || path.includes("\n")
    ? Effect.fail(
      new InvalidKey({
        reason: "Unreadable",
        description: `${name} ${keyMaterial("a file path", keyName)}`
      })
    )
    : Effect.flatMap(Effect.serviceOption(FileSystem.FileSystem), (fs) =>
      Option.isNone(fs)
        ? Effect.fail(
          new InvalidKey({
            reason: "Unreadable",
            description: `cannot read the private key file named by ${name}: no FileSystem is provided; ` +
              "provide one (NodeFileSystem.layer or NodeContext.layer from @effect/platform-node, " +
              `BunFileSystem.layer from @effect/platform-bun), or give ${keyName} instead`
          })
        )
        : fs.value.readFileString(path, "utf8").pipe(
          Effect.mapBoth({
            onFailure: (error) =>
              new InvalidKey({
                reason: "Unreadable",
                description: `cannot read the private key file named by ${name}: ${errorCode(error)}`
              }),
            onSuccess: (text) => Redacted.make(text)
          })
        ))

/**
 * Why a file could not be read: the system error code (such as `ENOENT` or `EACCES`) when the
 * file system gives one, otherwise the platform's reason (such as `NotFound`). Nothing else of the
 * error, whose message holds the path.
 */
const errorCode = (error: PlatformError): string => {
  const cause: unknown = error.cause
  const code = typeof cause === "object" && cause !== null && "code" in cause ? cause.code : undefined
  if (typeof code === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code
  return error._tag === "SystemError" ? error.reason : "BadArgument"
}
