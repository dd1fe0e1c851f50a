/**
 * The whole SDK for Node.js (and Bun): {@link Kalshi} over undici ({@link layerHttpClient}: undici's
 * `request` with a keep-alive `Agent`, several times as fast as `fetch` on Node.js), signing with `node:crypto` (`NodeSigner`, faster than WebCrypto), with a key
 * file named by `KALSHI_PRIVATE_KEY_PATH` read through Node's file system. Needs `@effect/platform-node`
 * and `undici`;
 * everything else is in {@link Kalshi}.
 *
 * @since 0.1.0
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import * as UndiciHttpClient from "@kalshi-effect/core/UndiciHttpClient"
import type * as ConfigError from "effect/ConfigError"
import * as Layer from "effect/Layer"
import * as Kalshi from "./Kalshi.js"

/**
 * The SDK's transport on Node.js: `UndiciHttpClient.layer`, a lean `HttpClient` over undici's
 * `request` with a keep-alive `Agent` of its own (closed with the layer). Any other `HttpClient`
 * (e.g. `NodeHttpClient.layerUndici`, or one with a proxy) can be given to `Kalshi.layerWith`
 * instead.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient> = UndiciHttpClient.layer

/**
 * The whole SDK from options, over undici.
 *
 * @example
 * ```ts
 * import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
 * import { Redacted } from "effect"
 *
 * const Sdk = KalshiNode.layer({ environment: "demo", apiKeyId: Redacted.make("a952bcbe-..."), privateKey })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Kalshi.Options = {}): Layer.Layer<Kalshi.Services, Kalshi.LayerError> =>
  Kalshi.layerWith(options).pipe(
    Layer.provideMerge(KalshiConfig.layer(options)),
    Layer.provide(layerHttpClient),
    Layer.provide(NodeSigner.layer)
  )

/**
 * The whole SDK configured through `Config`s (by default the `KALSHI_*` environment variables, a key
 * file read from disk), over undici.
 *
 * @example
 * ```ts
 * import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
 *
 * // KALSHI_ENV, KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY or KALSHI_PRIVATE_KEY_PATH
 * const Sdk = KalshiNode.layerConfig()
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  configs: KalshiConfig.Configs = {},
  options: Kalshi.ClientOptions = {}
): Layer.Layer<Kalshi.Services, Kalshi.LayerError | ConfigError.ConfigError> =>
  Kalshi.layerWith(options).pipe(
    Layer.provideMerge(KalshiConfig.layerConfig(configs).pipe(Layer.provide(NodeFileSystem.layer))),
    Layer.provide(layerHttpClient),
    Layer.provide(NodeSigner.layer)
  )
