/**
 * The historical split: `GET /historical/cutoff` and what aged past it (markets settled, trades
 * made, fills and orders closed, positions of aged markets) under `/historical/*`.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import type { ExchangeState } from "../../../exchange/state.js"
import * as Wire from "../../wire.js"
import type { OperationId } from "../operations.js"
import {
  boolParam,
  enumParam,
  type Handler,
  intParam,
  listParam,
  notFound,
  ok,
  paginate,
  strParam,
  tsRange,
  userOf
} from "../params.js"
import { renderMarket } from "./catalog.js"
import { positionsBody } from "./portfolio.js"

const cutoff = (state: ExchangeState) => state.history.cutoffMs(state.now())

/** A market has aged when it settled before the cutoff. */
export const agedMarket = (state: ExchangeState, ticker: string): boolean => {
  const settled = state.results.get(ticker)
  return settled !== undefined && settled.settledMs < cutoff(state)
}

const getHistoricalCutoff: Handler = (_req, { state }) => {
  const c = state.history.cutoffs(state.now())
  return Effect.succeed(ok({
    market_settled_ts: Wire.time(c.marketSettledMs),
    trades_created_ts: Wire.time(c.tradesCreatedMs),
    orders_updated_ts: Wire.time(c.ordersUpdatedMs),
    market_positions_last_updated_ts: Wire.time(c.positionsUpdatedMs)
  }))
}

const getHistoricalMarkets: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const tickers = listParam(q, "tickers")
    const eventTicker = strParam(q, "event_ticker")
    const seriesTicker = strParam(q, "series_ticker")
    const mve = yield* enumParam(q, "mve_filter", ["exclude"] as const)
    const all = [...state.markets.values()].filter((m) =>
      agedMarket(state, m.ticker) && (tickers === undefined || tickers.includes(m.ticker)) &&
      (eventTicker === undefined || m.eventTicker === eventTicker) &&
      (seriesTicker === undefined || m.seriesTicker === seriesTicker) &&
      (mve === undefined || !state.catalog.combos.has(m.eventTicker))
    )
    const p = yield* paginate(q, all, { min: 0, max: 1000, def: 100 })
    return ok({ markets: p.page.map((m) => renderMarket(state, m)), cursor: p.cursor })
  })

const getHistoricalMarket: Handler = (req, { state }) => {
  const m = state.markets.get(req.params.ticker!)
  return m === undefined || !agedMarket(state, m.ticker)
    ? Effect.fail(notFound("market not found in the historical data"))
    : Effect.succeed(ok({ market: renderMarket(state, m) }))
}

const getHistoricalTrades: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const ticker = strParam(q, "ticker")
    const inRange = yield* tsRange(q)
    const blockOnly = yield* boolParam(q, "is_block_trade")
    const at = cutoff(state)
    const all = [...state.trades].reverse().filter((t) =>
      t.tsMs < at && (ticker === undefined || t.ticker === ticker) && inRange(t.tsMs) && blockOnly !== true
    )
    const p = yield* paginate(q, all, { min: 0, max: 1000, def: 100 })
    return ok({ trades: p.page.map(Wire.trade), cursor: p.cursor })
  })

const getHistoricalFills: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const q = req.query
    const ticker = strParam(q, "ticker")
    const sub = yield* intParam(q, "subaccount", 0, 63)
    const inRange = yield* tsRange(q)
    const at = cutoff(state)
    const all = [...state.fills].reverse().filter(({ fill }) =>
      fill.user === user && fill.tsMs < at && (sub === undefined || fill.subaccount === sub) &&
      (ticker === undefined || fill.ticker === ticker) && inRange(fill.tsMs)
    )
    const p = yield* paginate(q, all, { min: 0, max: 1000, def: 100 })
    return ok({ fills: p.page.map((f) => Wire.fill(f.fill, f.fillId)), cursor: p.cursor })
  })

const getHistoricalOrders: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const q = req.query
    const ticker = strParam(q, "ticker")
    const sub = yield* intParam(q, "subaccount", 0, 63)
    const inRange = yield* tsRange(q)
    const at = cutoff(state)
    const all = [...state.engine.getOrders({ user })].reverse().filter((o) =>
      o.status !== "resting" && o.lastUpdatedTsMs < at && (sub === undefined || o.subaccount === sub) &&
      (ticker === undefined || o.ticker === ticker) && inRange(o.createdTsMs)
    )
    const p = yield* paginate(q, all, { min: 0, max: 1000, def: 100 })
    return ok({ orders: p.page.map(Wire.order), cursor: p.cursor })
  })

/** The positions of markets that aged (settled before the cutoff), as they stood when they closed. */
const getHistoricalPositions: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const q = req.query
    const ticker = strParam(q, "ticker")
    const eventTicker = strParam(q, "event_ticker")
    const sub = (yield* intParam(q, "subaccount", 0, 63)) ?? 0
    const all = state.engine.getPositions(user, sub).filter((p) =>
      agedMarket(state, p.ticker) && !BigDecimal.isZero(p.totalTraded) &&
      (ticker === undefined || p.ticker === ticker) &&
      (eventTicker === undefined || state.markets.get(p.ticker)?.eventTicker === eventTicker)
    )
    const p = yield* paginate(q, all, { min: 0, max: 1000, def: 100 })
    return ok(positionsBody(state, p.page, p.cursor))
  })

/** The handlers of this module, by operationId. */
export const historyHandlers: { readonly [K in OperationId]?: Handler } = {
  GetHistoricalCutoff: getHistoricalCutoff,
  GetHistoricalMarkets: getHistoricalMarkets,
  GetHistoricalMarket: getHistoricalMarket,
  GetTradesHistorical: getHistoricalTrades,
  GetFillsHistorical: getHistoricalFills,
  GetHistoricalOrders: getHistoricalOrders,
  GetHistoricalPositions: getHistoricalPositions
}
