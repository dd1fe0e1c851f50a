/**
 * The FCM operations: subtraders, their daily caps and blocked categories, and the FCM's view of
 * their orders, positions and fills.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Engine from "../../../Engine.js"
import * as Wire from "../../wire.js"
import type { OperationId } from "../operations.js"
import {
  asObject,
  badRequest,
  type Context,
  enumParam,
  fromEngine,
  type Handler,
  listParam,
  ok,
  paginate,
  queryError,
  reqDecimal,
  reqString,
  type RestRequest,
  strParam,
  tsRange,
  userOf
} from "../params.js"
import { positionsBody } from "./portfolio.js"

// ------------------------------------------------------------------ FCM subtraders

const fcmUser = (req: RestRequest, { state }: Context) =>
  Either.flatMap(userOf(req), (user) => Either.map(fromEngine(state.fcms.check(user)), () => user))

const createSubtrader: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const user = yield* fcmUser(req, ctx)
    const o = yield* asObject(req.body)
    const s = yield* fromEngine(ctx.state.fcms.create(user, yield* reqString(o, "subtrader_suffix"), ctx.state.now()))
    return ok({ subtrader_id: s.subtraderId }, 201)
  })

const listSubtraders: Handler = (req, ctx) =>
  Effect.map(fcmUser(req, ctx), (user) =>
    ok({
      subtraders: ctx.state.fcms.of(user).map((s) => ({
        subtrader_id: s.subtraderId,
        exchange_indices: [0],
        trading_blocked: false,
        fcm_trading_blocked: false,
        propagation_pending: false
      }))
    }))

const subtraderParam = (req: RestRequest) => {
  const id = strParam(req.query, "subtrader_id")
  return id === undefined ? Either.left(badRequest("subtrader_id is required")) : Either.right(id)
}

const getDailyCap: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const user = yield* fcmUser(req, ctx)
    const id = yield* subtraderParam(req)
    const cap = yield* fromEngine(ctx.state.fcms.cap(user, id))
    const now = ctx.state.now()
    const dayStart = now - (now % 86_400_000)
    const zero = BigDecimal.fromBigInt(0n)
    const spent = ctx.state.fills
      .filter((f) => f.fill.user === id && f.fill.tsMs >= dayStart)
      .reduce(
        (acc, f) =>
          BigDecimal.sum(acc, BigDecimal.multiply(f.fill.count, f.fill.side === "bid" ? f.fill.price : f.fill.noPrice)),
        zero
      )
    const resting = ctx.state.engine.getOrders({ user: id, status: "resting" })
      .reduce(
        (acc, o) => BigDecimal.sum(acc, BigDecimal.multiply(o.remainingCount, o.side === "bid" ? o.price : o.noPrice)),
        zero
      )
    return ok({
      subtrader_id: id,
      limit: cap === undefined ? "0.0000" : Wire.dollars(cap.limit),
      executed_utilization: Wire.dollars(spent),
      resting_order_utilization: Wire.dollars(resting),
      pending_order_utilization: "0.0000",
      cap_date: new Date(dayStart).toISOString().slice(0, 10)
    })
  })

const updateDailyCap: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const user = yield* fcmUser(req, ctx)
    const o = yield* asObject(req.body)
    const id = yield* reqString(o, "subtrader_id")
    const limit = yield* reqDecimal(o, "limit", 4)
    yield* fromEngine(ctx.state.fcms.setCap(user, id, limit))
    return ok({})
  })

const deleteDailyCap: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const user = yield* fcmUser(req, ctx)
    yield* fromEngine(ctx.state.fcms.deleteCap(user, yield* subtraderParam(req)))
    return ok({})
  })

const getBlockedCategories: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const user = yield* fcmUser(req, ctx)
    const s = yield* fromEngine(ctx.state.fcms.get(user, yield* subtraderParam(req)))
    return ok({ categories: s.blockedCategories })
  })

const updateBlockedCategories: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const user = yield* fcmUser(req, ctx)
    const o = yield* asObject(req.body)
    const id = yield* reqString(o, "subtrader_id")
    const category = yield* reqString(o, "category")
    const blocked = o.blocked
    if (typeof blocked !== "boolean") return yield* badRequest("blocked is required")
    const s = yield* fromEngine(ctx.state.fcms.get(user, id))
    const next = blocked
      ? [...s.blockedCategories, category]
      : s.blockedCategories.filter((c) => c !== category)
    const updated = yield* fromEngine(ctx.state.fcms.setBlockedCategories(user, id, next))
    return ok({ categories: updated.blockedCategories })
  })

// ------------------------------------------------------------------ FCM trading views

const subtradersOf = (req: RestRequest, { state }: Context) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    yield* fromEngine(state.fcms.check(user))
    const id = strParam(req.query, "subtrader_id")
    if (id !== undefined) return [(yield* fromEngine(state.fcms.get(user, id))).subtraderId]
    return state.fcms.of(user).map((s) => s.subtraderId)
  })

const getFcmOrders: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const users = yield* subtradersOf(req, ctx)
    const q = req.query
    const status = yield* enumParam(q, "status", ["resting", "canceled", "executed"] as const)
    const ticker = strParam(q, "ticker")
    const eventTicker = strParam(q, "event_ticker")
    const clientIds = listParam(q, "client_order_ids")
    const inRange = yield* tsRange(q)
    const all = users.flatMap((user) => [...ctx.state.engine.getOrders({ user })]).reverse().filter((o) =>
      (status === undefined || o.status === status) && (ticker === undefined || o.ticker === ticker) &&
      (eventTicker === undefined || ctx.state.markets.get(o.ticker)?.eventTicker === eventTicker) &&
      (clientIds === undefined || clientIds.includes(o.clientOrderId)) && inRange(o.createdTsMs)
    )
    const p = yield* paginate(q, all, { min: 0, max: 1000, def: 100 })
    return ok({ orders: p.page.map(Wire.order), cursor: p.cursor })
  })

const getFcmPositions: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const q = req.query
    if (strParam(q, "subtrader_id") === undefined) return yield* queryError("subtrader_id is required")
    const [user] = yield* subtradersOf(req, ctx)
    const state = ctx.state
    const settlement = (yield* enumParam(q, "settlement_status", ["all", "unsettled", "settled"] as const)) ??
      "unsettled"
    const ticker = strParam(q, "ticker")
    const eventTicker = strParam(q, "event_ticker")
    const filters = listParam(q, "count_filter") ?? []
    const all = state.engine.getPositions(user!, 0).filter((p) => {
      const settled = state.results.has(p.ticker)
      return (!BigDecimal.isZero(p.position) || !BigDecimal.isZero(p.totalTraded)) &&
        (settlement === "all" || (settlement === "settled") === settled) &&
        (ticker === undefined || p.ticker === ticker) &&
        (eventTicker === undefined || state.markets.get(p.ticker)?.eventTicker === eventTicker) &&
        (!filters.includes("position") || !BigDecimal.isZero(p.position)) &&
        (!filters.includes("total_traded") || !BigDecimal.isZero(p.totalTraded))
    })
    const p = yield* paginate(q, all, { min: 0, max: 1000, def: 100 })
    return ok(positionsBody(state, p.page, p.cursor))
  })

/** The trades with a subtrader of the FCM on either side. */
const getFcmFills: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const users = new Set(yield* subtradersOf(req, ctx))
    const inRange = yield* tsRange(req.query)
    const byTrade = new Map<string, { taker?: Engine.Fill; maker?: Engine.Fill; fillId: string }>()
    for (const { fill, fillId } of ctx.state.fills) {
      const entry = byTrade.get(fill.tradeId) ?? { fillId }
      if (fill.isTaker) entry.taker = fill
      else entry.maker = fill
      byTrade.set(fill.tradeId, entry)
    }
    const rows = [...byTrade.values()].filter((e) =>
      (users.has(e.taker?.user ?? "") || users.has(e.maker?.user ?? "")) &&
      inRange((e.taker ?? e.maker)!.tsMs)
    ).reverse()
    const p = yield* paginate(req.query, rows, { min: 0, max: 1000, def: 100 })
    return ok({
      fills: p.page.map((e) => {
        const leg = (e.taker ?? e.maker)!
        const side = (f: Engine.Fill | undefined, role: "maker" | "taker") =>
          f === undefined || !users.has(f.user) ? {} : {
            [`${role}_order_id`]: f.orderId,
            [`${role}_subtrader_id`]: f.user,
            [`${role}_fee_cost`]: Wire.dollars(f.feeCost)
          }
        return {
          fill_id: e.fillId,
          exchange_index: 0,
          ticker: leg.ticker,
          taker_outcome_side: e.taker?.outcomeSide ?? leg.outcomeSide,
          count_fp: Wire.count(leg.count),
          yes_price_dollars: Wire.price(leg.price),
          created_time: Wire.time(leg.tsMs),
          ...side(e.maker, "maker"),
          ...side(e.taker, "taker")
        }
      }),
      cursor: p.cursor
    })
  })

/** The handlers of this module, by operationId. */
/** The handlers of this module, by operationId. */
export const fcmHandlers: { readonly [K in OperationId]?: Handler } = {
  CreateFCMSubtrader: createSubtrader,
  ListFCMSubtraders: listSubtraders,
  GetFCMEventContractDailyCap: getDailyCap,
  UpdateFCMEventContractDailyCap: updateDailyCap,
  DeleteFCMEventContractDailyCap: deleteDailyCap,
  GetFCMSubtraderBlockedCategories: getBlockedCategories,
  UpdateFCMSubtraderBlockedCategories: updateBlockedCategories,
  GetFCMOrders: getFcmOrders,
  GetFCMPositions: getFcmPositions,
  GetFCMFills: getFcmFills
}
