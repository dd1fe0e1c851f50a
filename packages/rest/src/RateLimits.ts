/**
 * Loads the account's real rate limits (`GET /account/limits`) and the exchange's endpoint costs
 * (`GET /account/endpoint_costs`) and applies them to core's rate limiter, so that the client waits
 * exactly as long as the exchange requires.
 *
 * @since 0.1.0
 */
import { DecodeError } from "@kalshi-effect/core/KalshiError"
import type * as KalshiError from "@kalshi-effect/core/KalshiError"
import { KalshiHttpClient } from "@kalshi-effect/core/KalshiHttpClient"
import type * as KalshiRateLimiter from "@kalshi-effect/core/KalshiRateLimiter"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Operations from "./generated/Operations.js"
import type * as Schemas from "./generated/Schemas.js"
import { AccountApi } from "./generated/Services.js"
import type { ErrorOf } from "./internal/executor.js"

/**
 * The limits and costs read from the exchange, in the rate limiter's terms.
 *
 * @since 0.1.0
 * @category models
 */
export interface Loaded {
  readonly usageTier: string | undefined
  readonly limits: KalshiRateLimiter.Limits
  readonly defaultCost: number
  readonly endpointCosts: ReadonlyArray<KalshiRateLimiter.EndpointCost>
}

/**
 * What loading can fail with.
 *
 * @since 0.1.0
 * @category models
 */
export type LoadError =
  | ErrorOf<typeof Operations.GetAccountApiLimits>
  | ErrorOf<typeof Operations.GetAccountEndpointCosts>

const required = <A>(operation: string, path: string, value: A | undefined): Effect.Effect<A, DecodeError> =>
  value === undefined
    ? Effect.fail(new DecodeError({ operation, path, description: "required to apply the rate limits, but absent" }))
    : Effect.succeed(value)

const bucket = (operation: string, name: string, limit: Schemas.BucketLimit | undefined) =>
  Effect.gen(function*() {
    const b = yield* required(operation, name, limit)
    return {
      refillRate: yield* required(operation, `${name}.refill_rate`, b.refill_rate),
      capacity: yield* required(operation, `${name}.bucket_capacity`, b.bucket_capacity)
    }
  })

/**
 * Reads the account's limits and the endpoint costs.
 *
 * @since 0.1.0
 * @category loading
 */
export const load: Effect.Effect<Loaded, LoadError, AccountApi> = Effect.gen(function*() {
  const account = yield* AccountApi
  const [limits, costs] = yield* Effect.all([account.getAccountApiLimits(), account.getAccountEndpointCosts()], {
    concurrency: 2
  })
  const endpointCosts: Array<KalshiRateLimiter.EndpointCost> = []
  for (const [i, c] of costs.endpoint_costs.entries()) {
    const at = `endpoint_costs.${i}`
    endpointCosts.push({
      method: yield* required("GetAccountEndpointCosts", `${at}.method`, c.method),
      path: yield* required("GetAccountEndpointCosts", `${at}.path`, c.path),
      cost: yield* required("GetAccountEndpointCosts", `${at}.cost`, c.cost)
    })
  }
  return {
    usageTier: limits.usage_tier,
    limits: {
      read: yield* bucket("GetAccountApiLimits", "read", limits.read),
      write: yield* bucket("GetAccountApiLimits", "write", limits.write)
    },
    defaultCost: yield* required("GetAccountEndpointCosts", "default_cost", costs.default_cost),
    endpointCosts
  }
})

/**
 * Reads the limits and costs and applies them to the rate limiter of the `KalshiHttpClient`.
 *
 * @since 0.1.0
 * @category applying
 */
export const apply: Effect.Effect<Loaded, LoadError | KalshiError.InvalidInput, AccountApi | KalshiHttpClient> = Effect
  .gen(function*() {
    const loaded = yield* load
    const { rateLimiter } = yield* KalshiHttpClient
    yield* rateLimiter.setLimits(loaded.limits)
    yield* rateLimiter.setCosts({ defaultCost: loaded.defaultCost, endpointCosts: loaded.endpointCosts })
    return loaded
  })

/**
 * A layer that applies the account's limits and costs when it is built.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<never, LoadError | KalshiError.InvalidInput, AccountApi | KalshiHttpClient> = Layer
  .effectDiscard(apply)
