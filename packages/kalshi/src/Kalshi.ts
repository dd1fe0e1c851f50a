/**
 * The whole SDK as one layer: every REST service, the WebSocket service, the signer, the rate
 * limiter and the configuration, over `fetch` (portable: Node.js, Bun, Deno, browsers), through the
 * SDK's `fetch` transport (`@kalshi-effect/core/FetchHttpClient`: `@effect/platform`'s
 * `FetchHttpClient` with a direct way for the signed client, which calls `fetch` with a URL string and
 * a plain `init`; `FetchHttpClient.Fetch` and `FetchHttpClient.RequestInit` in the context are
 * honoured).
 *
 * `Kalshi.layer(options)` takes the configuration from code, `Kalshi.layerConfig(configs)` from
 * `Config`s (by default the `KALSHI_*` environment variables). On Node.js, `KalshiNode` offers the
 * same over the faster undici transport, with key files read from disk.
 *
 * @since 0.1.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as FetchHttpClient from "@kalshi-effect/core/FetchHttpClient"
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import type * as KalshiError from "@kalshi-effect/core/KalshiError"
import type * as KalshiHttpClient from "@kalshi-effect/core/KalshiHttpClient"
import type * as KalshiRateLimiter from "@kalshi-effect/core/KalshiRateLimiter"
import type * as Signer from "@kalshi-effect/core/Signer"
import * as KalshiRest from "@kalshi-effect/rest/KalshiRest"
import * as KalshiWebSocket from "@kalshi-effect/ws/KalshiWebSocket"
import type * as KalshiWebSocketError from "@kalshi-effect/ws/KalshiWebSocketError"
import type * as ConfigError from "effect/ConfigError"
import * as Layer from "effect/Layer"

/**
 * Everything the SDK's layers provide: every REST service (`MarketApi`, `OrdersApi`, `PortfolioApi`, ...),
 * the `KalshiWebSocket` connection, and core's `KalshiHttpClient`, `Signer`, `KalshiRateLimiter` and
 * `KalshiConfig`.
 *
 * @since 0.1.0
 * @category models
 */
export type Services =
  | KalshiRest.AllApis
  | KalshiWebSocket.KalshiWebSocket
  | KalshiHttpClient.KalshiHttpClient
  | Signer.Signer
  | KalshiRateLimiter.KalshiRateLimiter
  | KalshiConfig.KalshiConfig

/**
 * What building the SDK can fail with: a malformed option or key, a WebSocket without credentials, or
 * a first WebSocket connect refused.
 *
 * @since 0.1.0
 * @category models
 */
export type LayerError =
  | KalshiError.InvalidKey
  | KalshiError.InvalidInput
  | KalshiError.MissingCredentials
  | KalshiWebSocketError.ConnectionError

/**
 * How the clients behave, beyond where they connect and with which key.
 *
 * @since 0.1.0
 * @category models
 */
export interface ClientOptions {
  /** The REST client: retries, timeouts and client-side rate limits. */
  readonly rest?:
    | (KalshiHttpClient.Options & { readonly rateLimits?: KalshiRateLimiter.Options | undefined })
    | undefined
  /** The WebSocket connection: reconnects, heartbeats, buffers. */
  readonly webSocket?: KalshiWebSocket.Options | undefined
}

/**
 * Options of {@link layer}: the configuration (environment, URLs, key), and how the clients behave.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends KalshiConfig.Options, ClientOptions {}

/**
 * The SDK over a `KalshiConfig` and a platform `HttpClient` you provide: the building block of the
 * other layers, for a transport or a configuration of your own.
 *
 * The WebSocket signs its handshake through `isows` (the `ws` package on Node.js, the built-in
 * WebSocket on Bun and Deno); a browser cannot set handshake headers, see the ws package's README.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (
  options: ClientOptions = {}
): Layer.Layer<
  Exclude<Services, KalshiConfig.KalshiConfig>,
  LayerError,
  KalshiConfig.KalshiConfig | HttpClient.HttpClient
> =>
  KalshiWebSocket.layerNode(options.webSocket).pipe(
    Layer.provideMerge(KalshiRest.layerWithClient(options.rest))
  )

/**
 * The whole SDK from options, over `fetch`.
 *
 * @example
 * ```ts
 * import { Kalshi } from "@kalshi-effect/kalshi"
 * import { Redacted } from "effect"
 *
 * const Sdk = Kalshi.layer({
 *   environment: "demo",
 *   apiKeyId: Redacted.make("a952bcbe-..."),
 *   privateKey: Redacted.make(pemText)
 * })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<Services, LayerError> =>
  layerWith(options).pipe(
    Layer.provideMerge(KalshiConfig.layer(options)),
    Layer.provide(FetchHttpClient.layer)
  )

/**
 * The whole SDK configured through `Config`s, over `fetch`: by default the `KALSHI_*` environment
 * variables, any of them replaced by a `Config` of your own (see `KalshiConfig.Configs`). A key file
 * (`KALSHI_PRIVATE_KEY_PATH`) is read through the `FileSystem` the program provides, if any;
 * `KalshiNode.layerConfig` provides Node's.
 *
 * @example
 * ```ts
 * import { Kalshi } from "@kalshi-effect/kalshi"
 * import { Config } from "effect"
 *
 * const Sdk = Kalshi.layerConfig({
 *   apiKeyId: Config.redacted("TRADING_KEY_ID"),
 *   privateKey: Config.redacted("TRADING_KEY_PEM")
 * })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  configs: KalshiConfig.Configs = {},
  options: ClientOptions = {}
): Layer.Layer<Services, LayerError | ConfigError.ConfigError> =>
  layerWith(options).pipe(
    Layer.provideMerge(KalshiConfig.layerConfig(configs)),
    Layer.provide(FetchHttpClient.layer)
  )
