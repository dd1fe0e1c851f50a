/**
 * Orders: V2 create, batch create, cancel, batch cancel, cancel all, amend, decrease, and the
 * order queries (one, a list, queue positions).
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as Engine from "../../../Engine.js"
import type { ExchangeState } from "../../../exchange/state.js"
import * as Wire from "../../wire.js"
import {
  asObject,
  badRequest,
  enumParam,
  fromEngine,
  type Handler,
  intParam,
  type Json,
  listParam,
  ok,
  optBool,
  optDecimal,
  optInt,
  optString,
  paginate,
  type Reject,
  reject,
  reqDecimal,
  reqEnum,
  reqString,
  strParam,
  subaccountParam,
  tsRange,
  unmarshal,
  userOf
} from "../params.js"

const parseCreate = (body: unknown, user: string): Either.Either<Engine.CreateOrder, Reject> =>
  Either.gen(function*() {
    const o = yield* asObject(body)
    const subaccount = yield* optInt(o, "subaccount")
    const clientOrderId = yield* optString(o, "client_order_id")
    const postOnly = yield* optBool(o, "post_only")
    const reduceOnly = yield* optBool(o, "reduce_only")
    const orderGroupId = yield* optString(o, "order_group_id")
    const cancelOrderOnPause = yield* optBool(o, "cancel_order_on_pause")
    const expirationTime = yield* optInt(o, "expiration_time")
    yield* optInt(o, "exchange_index")
    return {
      user,
      ticker: yield* reqString(o, "ticker"),
      side: yield* reqEnum(o, "side", ["bid", "ask"] as const),
      count: yield* reqDecimal(o, "count", 2),
      price: yield* reqDecimal(o, "price", 6),
      timeInForce: yield* reqEnum(
        o,
        "time_in_force",
        ["fill_or_kill", "good_till_canceled", "immediate_or_cancel"] as const
      ),
      selfTradePreventionType: yield* reqEnum(o, "self_trade_prevention_type", ["taker_at_cross", "maker"] as const),
      ...(subaccount !== undefined ? { subaccount } : {}),
      ...(clientOrderId !== undefined ? { clientOrderId } : {}),
      ...(postOnly !== undefined ? { postOnly } : {}),
      ...(reduceOnly !== undefined ? { reduceOnly } : {}),
      ...(orderGroupId !== undefined ? { orderGroupId } : {}),
      ...(cancelOrderOnPause !== undefined ? { cancelOrderOnPause } : {}),
      ...(expirationTime !== undefined ? { expirationTime } : {})
    }
  })

const renderCreate = (r: Engine.CreateOrderResult): Json => ({
  order_id: r.order.orderId,
  client_order_id: r.order.clientOrderId,
  fill_count: Wire.count(r.fillCount),
  remaining_count: Wire.count(r.remainingCount),
  ...(Option.isSome(r.averageFillPrice) ? { average_fill_price: Wire.price(r.averageFillPrice.value) } : {}),
  ...(Option.isSome(r.averageFeePaid) ? { average_fee_paid: Wire.money(r.averageFeePaid.value) } : {}),
  ts_ms: r.tsMs
})

/** `CreateOrderV2`. */
export const createOrder: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const command = yield* parseCreate(req.body, yield* userOf(req))
    const result = yield* fromEngine(state.run((nowMs) => state.engine.createOrder({ ...command, nowMs })))
    return ok(renderCreate(result), 201)
  })

const ordersArray = (body: unknown): Either.Either<ReadonlyArray<unknown>, Reject> =>
  Either.flatMap(asObject(body), (o) => {
    const orders = o["orders"]
    if (orders === undefined || orders === null) return Either.left(badRequest("orders is required"))
    if (!Array.isArray(orders)) return Either.left(unmarshal("orders", orders, "[]"))
    if (orders.length === 0) return Either.left(badRequest("orders must not be empty"))
    if (orders.length > 20) return Either.left(badRequest("at most 20 orders per batch"))
    return Either.right(orders)
  })

/** Items of a batch request, for per-item rate-limit costs. */
export const batchItems = (body: unknown): number => {
  if (typeof body !== "object" || body === null) return 1
  const orders = (body as Json)["orders"]
  return Array.isArray(orders) ? Math.max(1, orders.length) : 1
}

const errorItem = (e: Engine.EngineError): Json => ({
  code: e.code,
  message: e.message,
  ...(e.details !== undefined ? { details: e.details } : {})
})

/** `BatchCreateOrdersV2`: each item answered on its own. */
export const batchCreate: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const commands = yield* Either.all((yield* ordersArray(req.body)).map((o) => parseCreate(o, user)))
    const results = yield* fromEngine(state.run((nowMs) => state.engine.batchCreateOrders({ orders: commands, nowMs })))
    return ok(
      {
        orders: results.map((r, i) =>
          Either.isRight(r)
            ? renderCreate(r.right)
            : {
              client_order_id: commands[i]!.clientOrderId ?? null,
              fill_count: null,
              remaining_count: null,
              average_fill_price: null,
              average_fee_paid: null,
              ts_ms: null,
              error: errorItem(r.left)
            }
        )
      },
      201
    )
  })

const renderCancel = (r: Engine.CancelOrderResult): Json => ({
  order_id: r.order.orderId,
  client_order_id: r.order.clientOrderId,
  reduced_by: Wire.count(r.reducedBy),
  ts_ms: r.tsMs
})

/** `CancelOrderV2`. */
export const cancelOrder: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const subaccount = yield* subaccountParam(req.query)
    const orderId = req.params["order_id"]!
    const result = yield* fromEngine(
      state.run((nowMs) =>
        state.engine.cancelOrder({ user, orderId, nowMs, ...(subaccount !== undefined ? { subaccount } : {}) })
      )
    )
    return ok(renderCancel(result))
  })

const parseCancelItem = (item: unknown, user: string) =>
  Either.gen(function*() {
    const o = yield* asObject(item)
    const subaccount = yield* optInt(o, "subaccount")
    yield* optString(o, "market_ticker")
    return { user, orderId: yield* reqString(o, "order_id"), ...(subaccount !== undefined ? { subaccount } : {}) }
  })

/** `BatchCancelOrdersV2`: each item answered on its own. */
export const batchCancel: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const items = yield* Either.all((yield* ordersArray(req.body)).map((item) => parseCancelItem(item, user)))
    const results = yield* fromEngine(state.run((nowMs) => state.engine.batchCancelOrders({ orders: items, nowMs })))
    return ok({
      orders: results.map((r, i) =>
        Either.isRight(r)
          ? renderCancel(r.right)
          : { order_id: items[i]!.orderId, reduced_by: "0.00", ts_ms: null, error: errorItem(r.left) }
      )
    })
  })

/** `CancelAllOrders`. */
export const cancelAll: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const subaccount = yield* subaccountParam(req.query)
    yield* fromEngine(
      state.run((nowMs) =>
        state.engine.cancelAllOrders({ user, nowMs, ...(subaccount !== undefined ? { subaccount } : {}) })
      )
    )
    return ok(undefined, 204)
  })

/** `AmendOrderV2`: answered with the create answer's fields. */
export const amendOrder: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const subaccount = yield* subaccountParam(req.query)
    const updatedClientOrderId = yield* optString(o, "updated_client_order_id")
    const expirationTime = yield* optInt(o, "expiration_time")
    yield* optString(o, "client_order_id")
    yield* optInt(o, "exchange_index")
    const command: Engine.AmendOrder = {
      user,
      orderId: req.params["order_id"]!,
      ticker: yield* reqString(o, "ticker"),
      side: yield* reqEnum(o, "side", ["bid", "ask"] as const),
      price: yield* reqDecimal(o, "price", 6),
      count: yield* reqDecimal(o, "count", 2),
      ...(subaccount !== undefined ? { subaccount } : {}),
      ...(updatedClientOrderId !== undefined ? { updatedClientOrderId } : {}),
      ...(expirationTime !== undefined ? { expirationTime } : {})
    }
    const result = yield* fromEngine(state.run((nowMs) => state.engine.amendOrder({ ...command, nowMs })))
    return ok(renderCreate(result))
  })

/** `DecreaseOrderV2`. */
export const decreaseOrder: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const subaccount = yield* subaccountParam(req.query)
    const reduceBy = yield* optDecimal(o, "reduce_by", 2)
    const reduceTo = yield* optDecimal(o, "reduce_to", 2)
    yield* optString(o, "market_ticker")
    const result = yield* fromEngine(state.run((nowMs) =>
      state.engine.decreaseOrder({
        user,
        orderId: req.params["order_id"]!,
        nowMs,
        ...(subaccount !== undefined ? { subaccount } : {}),
        ...(reduceBy !== undefined ? { reduceBy } : {}),
        ...(reduceTo !== undefined ? { reduceTo } : {})
      })
    ))
    return ok({
      order_id: result.order.orderId,
      client_order_id: result.order.clientOrderId,
      remaining_count: Wire.count(result.remainingCount),
      ts_ms: result.tsMs
    })
  })

/** `GetOrder`. */
export const getOrder: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const order = yield* fromEngine(state.engine.getOrder(yield* userOf(req), req.params["order_id"]!))
    return ok({ order: Wire.order(order) })
  })

const restingOrder = (state: ExchangeState, user: string, orderId: string): Either.Either<Engine.Order, Reject> =>
  Either.flatMap(
    fromEngine(state.engine.getOrder(user, orderId)),
    (order) => order.status === "resting" ? Either.right(order) : Either.left(reject(404, "not_found", "not found"))
  )

/** `GetOrderQueuePosition`. */
export const getQueuePosition: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const order = yield* restingOrder(state, yield* userOf(req), req.params["order_id"]!)
    return ok({ queue_position_fp: Wire.count(state.queuePosition(order)) })
  })

/** `GetOrderQueuePositions`. */
export const getQueuePositions: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const tickers = listParam(req.query, "market_tickers")
    const eventTicker = strParam(req.query, "event_ticker")
    const subaccount = yield* subaccountParam(req.query)
    const orders = state.engine.getOrders({
      user,
      status: "resting",
      ...(subaccount !== undefined ? { subaccount } : {})
    }).filter((o) =>
      (tickers === undefined || tickers.includes(o.ticker)) &&
      (eventTicker === undefined || state.markets.get(o.ticker)?.eventTicker === eventTicker)
    )
    return ok({
      queue_positions: orders.map((o) => ({
        order_id: o.orderId,
        market_ticker: o.ticker,
        queue_position_fp: Wire.count(state.queuePosition(o))
      }))
    })
  })

/** `GetOrders`, newest first. */
export const getOrders: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const user = yield* userOf(req)
    const subaccount = yield* subaccountParam(q)
    const ticker = strParam(q, "ticker")
    const events = listParam(q, "event_ticker")
    const status = yield* enumParam(q, "status", ["resting", "canceled", "executed"] as const)
    yield* intParam(q, "exchange_index")
    const inRange = yield* tsRange(q)
    // orders closed before the historical cutoff are served by GetHistoricalOrders
    const cutoff = state.history.cutoffMs(state.now())
    const all = [...state.engine.getOrders({
      user,
      ...(subaccount !== undefined ? { subaccount } : {}),
      ...(ticker !== undefined ? { ticker } : {}),
      ...(status !== undefined ? { status } : {})
    })].reverse().filter((o) =>
      (o.status === "resting" || o.lastUpdatedTsMs >= cutoff) &&
      (events === undefined || events.includes(state.markets.get(o.ticker)?.eventTicker ?? "")) &&
      inRange(o.createdTsMs)
    )
    const { cursor, page } = yield* paginate(q, all, { min: 1, max: 1000, def: 100 })
    return ok({ orders: page.map(Wire.order), cursor })
  })
