/**
 * The exchange and the account: status, the user data timestamp, the historical cutoff, the
 * account's rate limits and the endpoint costs.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Wire from "../../wire.js"
import { type Handler, ok, userOf } from "../params.js"

/** `GetExchangeStatus`. */
export const getExchangeStatus: Handler = (_, ctx) => {
  const s = ctx.exchangeStatus()
  return Effect.succeed(ok({
    exchange_active: s.exchangeActive,
    trading_active: s.tradingActive,
    exchange_estimated_resume_time: null
  }))
}

/** `GetUserDataTimestamp`. */
export const getUserDataTimestamp: Handler = (_, { state }) =>
  Effect.succeed(ok({ as_of_time: Wire.time(state.now()) }))

/** `GetAccountApiLimits`. */
export const getLimits: Handler = (req, ctx) =>
  Effect.map(userOf(req), (user) => {
    const l = ctx.limits(user)
    return ok({
      usage_tier: "basic",
      read: { refill_rate: l.read.refillRate, bucket_capacity: l.read.capacity },
      write: { refill_rate: l.write.refillRate, bucket_capacity: l.write.capacity },
      grants: []
    })
  })

/** `GetAccountEndpointCosts`. */
export const getCosts: Handler = (_, ctx) => {
  const c = ctx.costs()
  return Effect.succeed(ok({
    default_cost: c.defaultCost,
    endpoint_costs: c.endpointCosts.map((e) => ({ method: e.method, path: e.path, cost: e.cost }))
  }))
}
