/**
 * Order groups: list, create, get, delete, reset, trigger and a new limit.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Engine from "../../../Engine.js"
import type { ExchangeState } from "../../../exchange/state.js"
import * as Wire from "../../wire.js"
import {
  asObject,
  badRequest,
  fromEngine,
  type Handler,
  type Json,
  ok,
  optDecimal,
  optInt,
  type Reject,
  subaccountParam,
  userOf
} from "../params.js"

const limitField = (o: Json): Either.Either<BigDecimal.BigDecimal, Reject> =>
  Either.gen(function*() {
    const fp = yield* optDecimal(o, "contracts_limit_fp", 2)
    if (fp !== undefined) return fp
    const n = yield* optInt(o, "contracts_limit")
    if (n === undefined) return yield* Either.left(badRequest("contracts_limit or contracts_limit_fp is required"))
    return BigDecimal.fromNumber(n)
  })

/** `GetOrderGroups`. */
export const getOrderGroups: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const subaccount = yield* subaccountParam(req.query)
    return ok({
      order_groups: state.engine.getOrderGroups(user)
        .filter((g) => subaccount === undefined || g.subaccount === subaccount)
        .map((g) => ({
          id: g.orderGroupId,
          contracts_limit_fp: Wire.count(g.contractsLimit),
          is_auto_cancel_enabled: g.triggered,
          exchange_index: 0
        }))
    })
  })

/** `CreateOrderGroup`. */
export const createOrderGroup: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body ?? {})
    const subaccount = (yield* optInt(o, "subaccount")) ?? 0
    const contractsLimit = yield* limitField(o)
    const group = yield* fromEngine(
      state.run((nowMs) => state.engine.createOrderGroup({ user, subaccount, contractsLimit, nowMs }))
    )
    return ok({ order_group_id: group.orderGroupId, subaccount: group.subaccount, exchange_index: 0 }, 201)
  })

/** `GetOrderGroup`. */
export const getOrderGroup: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const g = yield* fromEngine(state.engine.getOrderGroup(yield* userOf(req), req.params["order_group_id"]!))
    return ok({
      is_auto_cancel_enabled: g.triggered,
      contracts_limit_fp: Wire.count(g.contractsLimit),
      orders: g.orders,
      exchange_index: 0
    })
  })

type GroupActor = { readonly user: string; readonly orderGroupId: string }

/** A command on one of the user's groups, answered with `{}`. */
const groupCommand = (
  run: (state: ExchangeState, actor: GroupActor, body: Json) => Either.Either<unknown, Reject>
): Handler =>
(req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    yield* subaccountParam(req.query)
    const body = req.body === undefined ? {} : yield* asObject(req.body)
    yield* run(state, { user, orderGroupId: req.params["order_group_id"]! }, body)
    return ok({})
  })

const engineCommand = (
  command: (engine: Engine.Engine, actor: GroupActor & { readonly nowMs: number }) => Engine.Outcome<unknown>
) => groupCommand((state, actor) => fromEngine(state.run((nowMs) => command(state.engine, { ...actor, nowMs }))))

/** `DeleteOrderGroup`. */
export const deleteOrderGroup: Handler = engineCommand((engine, command) => engine.deleteOrderGroup(command))

/** `ResetOrderGroup`. */
export const resetOrderGroup: Handler = engineCommand((engine, command) => engine.resetOrderGroup(command))

/** `TriggerOrderGroup`. */
export const triggerOrderGroup: Handler = engineCommand((engine, command) => engine.triggerOrderGroup(command))

/** `UpdateOrderGroupLimit`. */
export const updateOrderGroupLimit: Handler = groupCommand((state, actor, body) =>
  Either.flatMap(
    limitField(body),
    (contractsLimit) =>
      fromEngine(state.run((nowMs) => state.engine.updateOrderGroupLimit({ ...actor, contractsLimit, nowMs })))
  )
)
