/**
 * The types the umbrella layers promise (checked by the compiler when the tests are type-checked).
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import { describe, expectTypeOf, it } from "@effect/vitest"
import type { KalshiConfig, KalshiError, KalshiHttpClient, KalshiRateLimiter, Signer } from "@kalshi-effect/core"
import type { KalshiRest } from "@kalshi-effect/rest"
import type { KalshiWebSocket, KalshiWebSocketError } from "@kalshi-effect/ws"
import type * as ConfigError from "effect/ConfigError"
import type * as Layer from "effect/Layer"
import type { Kalshi } from "../src/index.js"
import type * as KalshiNode from "../src/KalshiNode.js"

type Everything =
  | KalshiRest.AllApis
  | KalshiWebSocket.KalshiWebSocket
  | KalshiHttpClient.KalshiHttpClient
  | Signer.Signer
  | KalshiRateLimiter.KalshiRateLimiter
  | KalshiConfig.KalshiConfig

type Failure =
  | KalshiError.InvalidKey
  | KalshiError.InvalidInput
  | KalshiError.MissingCredentials
  | KalshiWebSocketError.ConnectionError

describe("types", () => {
  it("Kalshi.layer and KalshiNode.layer provide everything, need nothing, and fail only with what building can raise", () => {
    expectTypeOf<Kalshi.Services>().toEqualTypeOf<Everything>()
    expectTypeOf<Kalshi.LayerError>().toEqualTypeOf<Failure>()
    expectTypeOf<ReturnType<typeof Kalshi.layer>>().toEqualTypeOf<Layer.Layer<Everything, Failure, never>>()
    expectTypeOf<ReturnType<typeof KalshiNode.layer>>().toEqualTypeOf<Layer.Layer<Everything, Failure, never>>()
  })

  it("the Config layers add ConfigError; layerWith needs a KalshiConfig and an HttpClient", () => {
    expectTypeOf<ReturnType<typeof Kalshi.layerConfig>>().toEqualTypeOf<
      Layer.Layer<Everything, Failure | ConfigError.ConfigError, never>
    >()
    expectTypeOf<ReturnType<typeof KalshiNode.layerConfig>>().toEqualTypeOf<
      Layer.Layer<Everything, Failure | ConfigError.ConfigError, never>
    >()
    expectTypeOf<ReturnType<typeof Kalshi.layerWith>>().toEqualTypeOf<
      Layer.Layer<
        Exclude<Everything, KalshiConfig.KalshiConfig>,
        Failure,
        KalshiConfig.KalshiConfig | HttpClient.HttpClient
      >
    >()
    expectTypeOf<Parameters<typeof Kalshi.layerConfig>[0]>().toEqualTypeOf<KalshiConfig.Configs | undefined>()
  })
})
