/**
 * The layers that provide every service of the Trade API (`ExchangeApi`, `MarketApi`, …,
 * `HistoricalApi`) over one `KalshiHttpClient`.
 *
 * `createOrderV2` and `batchCreateOrdersV2` fill in a fresh `client_order_id` (a random UUID) for
 * every order that has none, so that a write whose outcome is unknown can always be reconciled
 * (see `Orders.reconcileCreate`).
 *
 * @since 0.1.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type { KalshiConfig } from "@kalshi-effect/core/KalshiConfig"
import type * as KalshiError from "@kalshi-effect/core/KalshiError"
import * as KalshiHttpClient from "@kalshi-effect/core/KalshiHttpClient"
import type * as KalshiRateLimiter from "@kalshi-effect/core/KalshiRateLimiter"
import type * as Signer from "@kalshi-effect/core/Signer"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Operations from "./generated/Operations.js"
import * as Services from "./generated/Services.js"
import type { OperationDescriptor } from "./internal/descriptor.js"
import * as Executor from "./internal/executor.js"

/**
 * Every service of the Trade API.
 *
 * @since 0.1.0
 * @category models
 */
export type AllApis = Services.AllApis

/**
 * The errors an operation can raise, from its descriptor: e.g.
 * `KalshiRest.ErrorOf<typeof Operations.GetMarkets>`.
 *
 * @since 0.1.0
 * @category models
 */
export type ErrorOf<D extends Pick<OperationDescriptor, "auth" | "access">> = Executor.ErrorOf<D>

/**
 * The stream input of a paginated operation: its input without `cursor`.
 *
 * @since 0.1.0
 * @category models
 */
export type StreamInput<I> = Executor.StreamInput<I>

/**
 * A fresh `client_order_id`: a random UUID.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeClientOrderId: Effect.Effect<string> = Effect.sync(() => crypto.randomUUID())

const withClientOrderId = <A extends { readonly client_order_id?: string }>(order: A): Effect.Effect<A> =>
  order.client_order_id !== undefined
    ? Effect.succeed(order)
    : Effect.map(makeClientOrderId, (client_order_id) => ({ ...order, client_order_id }))

/**
 * Builds every service over core's client.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeApis = (client: KalshiHttpClient.Service): Services.Apis => {
  const apis = Services.makeApis(Executor.make(client))
  const orders = apis.OrdersApi
  return {
    ...apis,
    OrdersApi: {
      ...orders,
      createOrderV2: (input: Operations.CreateOrderV2Input) =>
        Effect.flatMap(withClientOrderId(input), orders.createOrderV2),
      batchCreateOrdersV2: (input: Operations.BatchCreateOrdersV2Input) =>
        Effect.flatMap(
          Effect.forEach(input.orders, withClientOrderId),
          (filled) => orders.batchCreateOrdersV2({ ...input, orders: filled })
        )
    }
  }
}

/**
 * Every service of the Trade API over the `KalshiHttpClient` of the context.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<AllApis, never, KalshiHttpClient.KalshiHttpClient> = Layer.effectContext(
  Effect.map(KalshiHttpClient.KalshiHttpClient, (client) => Services.toContext(makeApis(client)))
)

/**
 * Every service of the Trade API together with core's client (and its signer and rate limiter),
 * built from a `KalshiConfig` and a platform `HttpClient`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWithClient = (
  options: KalshiHttpClient.Options & { readonly rateLimits?: KalshiRateLimiter.Options | undefined } = {}
): Layer.Layer<
  AllApis | KalshiHttpClient.KalshiHttpClient | Signer.Signer | KalshiRateLimiter.KalshiRateLimiter,
  KalshiError.InvalidKey | KalshiError.InvalidInput,
  KalshiConfig | HttpClient.HttpClient
> => layer.pipe(Layer.provideMerge(KalshiHttpClient.layer(options)))
