/**
 * Candlesticks from the exchange's own trades and ticker history (`engine/candlesticks.ts`): of a
 * market, of an event's markets, of many markets at once, and of a market that aged into the
 * historical data.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import { candlesticks, PERIOD_INTERVALS } from "../../../engine/candlesticks.js"
import type { ExchangeState, MarketRecord } from "../../../exchange/state.js"
import * as Wire from "../../wire.js"
import type { OperationId } from "../operations.js"
import { boolParam, type Handler, listParam, notFound, ok, queryError, requiredInt } from "../params.js"
import { marketRecord } from "./catalog.js"
import { agedMarket } from "./history.js"

/** `GetMarketCandlesticks`. */
export const getCandlesticks: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const rec = yield* marketRecord(state, req.params["ticker"]!)
    if (rec.seriesTicker !== req.params["series_ticker"]) return yield* notFound("market not found in series")
    const query = yield* candleQuery(req.query)
    return ok({ ticker: rec.ticker, candlesticks: candlesOf(state, rec.ticker, query).map(Wire.candle) })
  })

const candleQuery = (q: URLSearchParams) =>
  Effect.gen(function*() {
    const startTs = yield* requiredInt(q, "start_ts", 0)
    const endTs = yield* requiredInt(q, "end_ts", 0)
    const periodInterval = yield* requiredInt(q, "period_interval")
    if (!PERIOD_INTERVALS.includes(periodInterval)) {
      return yield* queryError("period_interval must be one of 1, 60, 1440")
    }
    if (startTs > endTs) return yield* queryError("start_ts must be <= end_ts")
    const includeLatestBeforeStart = (yield* boolParam(q, "include_latest_before_start")) ?? false
    return { startTs, endTs, periodInterval, includeLatestBeforeStart }
  })

const candlesOf = (state: ExchangeState, ticker: string, query: Parameters<typeof candlesticks>[2]) =>
  candlesticks(state.trades.filter((t) => t.ticker === ticker), state.tickerHistory.get(ticker) ?? [], query)

const marketsOf = (state: ExchangeState, eventTicker: string): ReadonlyArray<MarketRecord> =>
  [...state.markets.values()].filter((m) => m.eventTicker === eventTicker)

const getEventCandlesticks: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const event = state.events.get(req.params.ticker!)
    if (event === undefined || event.seriesTicker !== req.params.series_ticker) {
      return yield* notFound("event not found")
    }
    const query = yield* candleQuery(req.query)
    const markets = marketsOf(state, event.eventTicker)
    return ok({
      market_tickers: markets.map((m) => m.ticker),
      market_candlesticks: markets.map((m) => candlesOf(state, m.ticker, query).map(Wire.candle)),
      adjusted_end_ts: query.endTs
    })
  })

const getBatchCandlesticks: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const tickers = listParam(req.query, "market_tickers")
    if (tickers === undefined) return yield* queryError("market_tickers is required")
    if (tickers.length > 100) return yield* queryError("at most 100 market_tickers")
    const query = yield* candleQuery(req.query)
    for (const t of tickers) if (!state.markets.has(t)) return yield* notFound(`market ${t} not found`)
    return ok({
      markets: tickers.map((t) => ({ market_ticker: t, candlesticks: candlesOf(state, t, query).map(Wire.candle) }))
    })
  })

const getHistoricalCandlesticks: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const ticker = req.params.ticker!
    if (!state.markets.has(ticker) || !agedMarket(state, ticker)) {
      return yield* notFound("market not found in the historical data")
    }
    const query = yield* candleQuery(req.query)
    return ok({ ticker, candlesticks: candlesOf(state, ticker, query).map(Wire.historicalCandle) })
  })

/** The handlers of this module, by operationId. */
export const candlestickHandlers: { readonly [K in OperationId]?: Handler } = {
  GetMarketCandlesticksByEvent: getEventCandlesticks,
  BatchGetMarketCandlesticks: getBatchCandlesticks,
  GetMarketCandlesticksHistorical: getHistoricalCandlesticks
}
