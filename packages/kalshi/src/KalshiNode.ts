/**
 * The whole SDK for Node.js (and Bun): {@link Kalshi} over undici (`NodeHttpClient.layerUndici`, faster
 * than `fetch` on Node.js), signing with `node:crypto` (`NodeSigner`, faster than WebCrypto), with a key
 * file named by `KALSHI_PRIVATE_KEY_PATH` read through Node's file system. Needs `@effect/platform-node`;
 * everything else is in {@link Kalshi}.
 *
 * @since 0.1.0
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import type * as ConfigError from "effect/ConfigError"
import * as Layer from "effect/Layer"
import * as Kalshi from "./Kalshi.js"

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
    Layer.provide(NodeHttpClient.layerUndici),
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
    Layer.provide(NodeHttpClient.layerUndici),
    Layer.provide(NodeSigner.layer)
  )
