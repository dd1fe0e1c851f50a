/**
 * The portfolio: balance, positions, fills, settlements and the value of resting orders.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import type * as Engine from "../../../Engine.js"
import type { ExchangeState } from "../../../exchange/state.js"
import * as Wire from "../../wire.js"
import { type Handler, listParam, ok, paginate, strParam, subaccountParam, tsRange, userOf } from "../params.js"

const ZERO = BigDecimal.fromBigInt(0n)

/** `GetBalance`. */
export const getBalance: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const sub = (yield* subaccountParam(req.query)) ?? 0
    const b = state.engine.getBalance(user, sub)
    const exposure = state.engine.getPositions(user, sub).filter((p) => !state.results.has(p.ticker)).reduce(
      (acc, p) => BigDecimal.sum(acc, p.marketExposure),
      ZERO
    )
    return ok({
      balance: Wire.cents(b.balance),
      balance_dollars: Wire.dollars(b.balance),
      portfolio_value: Wire.cents(BigDecimal.sum(b.balance, exposure)),
      updated_ts: Math.floor(b.updatedTsMs / 1000)
    })
  })

const sum = (ps: ReadonlyArray<Engine.Position>, f: (p: Engine.Position) => BigDecimal.BigDecimal) =>
  ps.reduce((acc, p) => BigDecimal.sum(acc, f(p)), ZERO)

/**
 * `GetPositions`: the market positions of a page (markets the account traded in and that are not
 * settled), and the event positions they add up to.
 */
export const getPositions: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const user = yield* userOf(req)
    const sub = (yield* subaccountParam(q)) ?? 0
    const ticker = strParam(q, "ticker")
    const eventTicker = strParam(q, "event_ticker")
    const filters = listParam(q, "count_filter") ?? []
    // a market appears once the account traded in it (not for orders that never filled)
    const all = state.engine.getPositions(user, sub).filter((p) => {
      const rec = state.markets.get(p.ticker)
      return !BigDecimal.isZero(p.volume) && !state.results.has(p.ticker) &&
        (ticker === undefined || p.ticker === ticker) &&
        (eventTicker === undefined || rec?.eventTicker === eventTicker) &&
        (!filters.includes("position") || !BigDecimal.isZero(p.position)) &&
        (!filters.includes("total_traded") || !BigDecimal.isZero(p.totalTraded))
    })
    const { cursor, page } = yield* paginate(q, all, { min: 1, max: 1000, def: 100 })
    return ok(positionsBody(state, page, cursor))
  })

/** A `GetPositionsResponse`: the positions of a page and their sums per event. */
export const positionsBody = (
  state: ExchangeState,
  page: ReadonlyArray<Engine.Position>,
  cursor: string
): Record<string, unknown> => {
  const byEvent = new Map<string, Array<Engine.Position>>()
  for (const p of page) {
    const ev = state.markets.get(p.ticker)?.eventTicker ?? p.ticker
    const list = byEvent.get(ev) ?? []
    list.push(p)
    byEvent.set(ev, list)
  }
  return {
    market_positions: page.map(Wire.marketPosition),
    event_positions: [...byEvent.entries()].map(([ev, ps]) => ({
      event_ticker: ev,
      total_cost_dollars: Wire.dollars(sum(ps, (p) => p.marketExposure)),
      total_cost_shares_fp: Wire.count(sum(ps, (p) => BigDecimal.abs(p.position))),
      event_exposure_dollars: Wire.dollars(sum(ps, (p) => p.marketExposure)),
      realized_pnl_dollars: Wire.dollars(sum(ps, (p) => p.realizedPnl)),
      fees_paid_dollars: Wire.dollars(sum(ps, (p) => p.feesPaid))
    })),
    cursor
  }
}

/** `GetFills`, newest first. */
export const getFills: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const user = yield* userOf(req)
    const sub = yield* subaccountParam(q)
    const ticker = strParam(q, "ticker")
    const orderId = strParam(q, "order_id")
    const inRange = yield* tsRange(q)
    // fills older than the historical cutoff are served by GetFillsHistorical
    const cutoff = state.history.cutoffMs(state.now())
    const all = [...state.fills].reverse().filter(({ fill }) =>
      fill.tsMs >= cutoff && fill.user === user && (sub === undefined || fill.subaccount === sub) &&
      (ticker === undefined || fill.ticker === ticker) && (orderId === undefined || fill.orderId === orderId) &&
      inRange(fill.tsMs)
    )
    const { cursor, page } = yield* paginate(q, all, { min: 1, max: 1000, def: 100 })
    return ok({ fills: page.map((f) => Wire.fill(f.fill, f.fillId)), cursor })
  })

/** `GetSettlements`, newest first. */
export const getSettlements: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const user = yield* userOf(req)
    const ticker = strParam(q, "ticker")
    const eventTicker = strParam(q, "event_ticker")
    const sub = yield* subaccountParam(q)
    const inRange = yield* tsRange(q)
    const all = [...state.settlements].reverse().filter((s) =>
      s.user === user && (sub === undefined || s.subaccount === sub) && (ticker === undefined || s.ticker === ticker) &&
      (eventTicker === undefined || s.eventTicker === eventTicker) && inRange(s.settledMs)
    )
    const { cursor, page } = yield* paginate(q, all, { min: 1, max: 1000, def: 100 })
    return ok({
      settlements: page.map((s) => ({
        ticker: s.ticker,
        exchange_index: 0,
        event_ticker: s.eventTicker,
        market_result: s.result,
        yes_count_fp: Wire.count(s.yesCount),
        yes_total_cost_dollars: Wire.dollars(s.yesCost),
        no_count_fp: Wire.count(s.noCount),
        no_total_cost_dollars: Wire.dollars(s.noCost),
        revenue: Wire.cents(s.revenue),
        settled_time: Wire.time(s.settledMs),
        fee_cost: Wire.money(ZERO),
        value: s.result === "yes" ? 100 : 0
      })),
      cursor
    })
  })

/** `GetPortfolioRestingOrderTotalValue`. */
export const getRestingOrderValue: Handler = (req, { state }) =>
  Effect.map(userOf(req), (user) => {
    const total = state.engine.getOrders({ user, status: "resting" }).reduce(
      (acc, o) => BigDecimal.sum(acc, BigDecimal.multiply(o.remainingCount, o.side === "bid" ? o.price : o.noPrice)),
      ZERO
    )
    return ok({
      total_resting_order_value: Wire.cents(total),
      resting_order_value_breakdown: [{ exchange_index: 0, balance: Wire.dollars(total) }]
    })
  })
