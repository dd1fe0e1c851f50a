/**
 * Where the SDK talks to and with which credentials.
 *
 * `KalshiConfig.layer` takes options from code; `KalshiConfig.layerConfig` reads the `KALSHI_*`
 * environment variables (or any other `ConfigProvider`). The API key id and the private key are
 * always held as `Redacted`, so printing, logging or JSON-encoding the configuration never shows them.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { readFile } from "node:fs/promises"
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
  readonly apiKeyId?: Redacted.Redacted<string> | string | undefined
  readonly privateKey?: Redacted.Redacted<string> | string | undefined
}

const toRedacted = (value: Redacted.Redacted<string> | string | undefined): Redacted.Redacted<string> | undefined =>
  value === undefined ? undefined : Redacted.isRedacted(value) ? value : Redacted.make(value)

const checkUrl = (field: string, value: string, protocols: ReadonlyArray<string>) => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return Effect.fail(new InvalidInput({ operation: "KalshiConfig", field, reason: "not a valid URL" }))
  }
  if (!protocols.includes(url.protocol)) {
    return Effect.fail(
      new InvalidInput({
        operation: "KalshiConfig",
        field,
        reason: `expected a ${protocols.join(" or ")} URL, got ${url.protocol}`
      })
    )
  }
  if (url.search !== "" || url.hash !== "") {
    return Effect.fail(
      new InvalidInput({ operation: "KalshiConfig", field, reason: "must not carry a query string or a fragment" })
    )
  }
  return Effect.succeed(value.replace(/\/+$/, ""))
}

/**
 * Resolves options into a configuration, checking the URLs and that an API key id and a private
 * key come together (a key id alone, or a key alone, is an error rather than a silent downgrade to
 * unsigned requests).
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<Service, InvalidInput | InvalidKey> =>
  Effect.gen(function*() {
    const env = options.environment ?? "demo"
    const base = typeof env === "string" ? environments[env] : env
    const overridden = typeof env !== "string" || options.restUrl !== undefined || options.wsUrl !== undefined
    const restUrl = yield* checkUrl("restUrl", options.restUrl ?? base.restUrl, ["http:", "https:"])
    const wsUrl = yield* checkUrl("wsUrl", options.wsUrl ?? base.wsUrl, ["ws:", "wss:"])
    const apiKeyId = toRedacted(options.apiKeyId)
    const privateKey = toRedacted(options.privateKey)
    if (apiKeyId !== undefined && Redacted.value(apiKeyId).trim() === "") {
      return yield* new InvalidKey({ reason: "Missing", description: "the API key id is empty" })
    }
    if ((apiKeyId === undefined) !== (privateKey === undefined)) {
      return yield* new InvalidKey({
        reason: "Missing",
        description: apiKeyId === undefined
          ? "a private key is configured without an API key id (KALSHI_API_KEY_ID)"
          : "an API key id is configured without a private key (KALSHI_PRIVATE_KEY or KALSHI_PRIVATE_KEY_PATH)"
      })
    }
    return KalshiConfig.of({
      environment: overridden ? "custom" : (env as "production" | "demo"),
      restUrl,
      wsUrl,
      credentials: apiKeyId !== undefined && privateKey !== undefined
        ? Option.some({ apiKeyId, privateKey })
        : Option.none()
    })
  })

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

const environmentConfig = Config.literal("production", "demo")(variables.environment).pipe(
  Config.withDefault("demo" as const)
)

const optionalString = (name: string) =>
  Config.option(Config.string(name)).pipe(Config.map(Option.filter((s) => s.trim() !== "")))
const optionalRedacted = (name: string) =>
  Config.option(Config.redacted(name)).pipe(Config.map(Option.filter((s) => Redacted.value(s).trim() !== "")))

/**
 * Reads the configuration from the environment (through the current `ConfigProvider`):
 *
 * - `KALSHI_ENV`: `production` or `demo` (default `demo`);
 * - `KALSHI_REST_URL`, `KALSHI_WS_URL`: override the environment's URLs;
 * - `KALSHI_API_KEY_ID`: the API key id;
 * - `KALSHI_PRIVATE_KEY`: the private key as PEM text, or `KALSHI_PRIVATE_KEY_PATH`: a file holding it.
 *
 * Credentials are optional; a key id without a key (or the reverse), a key file that cannot be read,
 * or both `KALSHI_PRIVATE_KEY` and `KALSHI_PRIVATE_KEY_PATH` set, fail the layer.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeConfig: Effect.Effect<Service, ConfigError.ConfigError | InvalidInput | InvalidKey> = Effect.gen(
  function*() {
    const environment = yield* environmentConfig
    const restUrl = yield* optionalString(variables.restUrl)
    const wsUrl = yield* optionalString(variables.wsUrl)
    const apiKeyId = yield* optionalRedacted(variables.apiKeyId)
    const pem = yield* optionalRedacted(variables.privateKey)
    const path = yield* optionalString(variables.privateKeyPath)
    if (Option.isSome(pem) && Option.isSome(path)) {
      return yield* new InvalidKey({
        reason: "Conflicting",
        description: `set either ${variables.privateKey} or ${variables.privateKeyPath}, not both`
      })
    }
    const privateKey = Option.isSome(path) ? Option.some(yield* readKeyFile(path.value)) : pem
    return yield* make({
      environment,
      restUrl: Option.getOrUndefined(restUrl),
      wsUrl: Option.getOrUndefined(wsUrl),
      apiKeyId: Option.getOrUndefined(apiKeyId),
      privateKey: Option.getOrUndefined(privateKey)
    })
  }
)

/**
 * The configuration from the `KALSHI_*` environment variables; see {@link makeConfig}.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig: Layer.Layer<KalshiConfig, ConfigError.ConfigError | InvalidInput | InvalidKey> = Layer
  .effect(KalshiConfig, makeConfig)

/**
 * Reads a PEM file into a `Redacted` string.
 *
 * @since 0.1.0
 * @category constructors
 */
export const readKeyFile = (path: string): Effect.Effect<Redacted.Redacted<string>, InvalidKey> =>
  Effect.tryPromise({
    try: () => readFile(path, "utf8"),
    catch: (error) =>
      new InvalidKey({
        reason: "Unreadable",
        description: `cannot read the private key file ${path}: ${errorCode(error)}`
      })
  }).pipe(Effect.map((text) => Redacted.make(text)))

const errorCode = (error: unknown): string => {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code
  }
  return "unknown error"
}
