/**
 * The catalog and the market data: series, events, markets, order books and public trades.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as Engine from "../../../Engine.js"
import type { EventRecord, ExchangeState, MarketRecord, SeriesRecord } from "../../../exchange/state.js"
import * as Wire from "../../wire.js"
import {
  boolParam,
  enumParam,
  type Handler,
  intParam,
  listParam,
  notFound,
  ok,
  paginate,
  queryError,
  type Reject,
  strParam,
  tsRange
} from "../params.js"

const ZERO = BigDecimal.fromBigInt(0n)
const ONE = BigDecimal.fromBigInt(1n)

const renderSeries = (s: SeriesRecord): Record<string, unknown> => ({
  ticker: s.ticker,
  frequency: s.frequency,
  title: s.title,
  category: s.category,
  categories: [s.category],
  tags: s.tags,
  settlement_sources: [],
  contract_url: "",
  contract_terms_url: "",
  fee_type: s.feeType,
  fee_multiplier: s.feeMultiplier,
  additional_prohibitions: [],
  last_updated_ts: Wire.time(s.updatedMs),
  exchange_index: 0
})

/** The markets of an event, in listing order. */
export const marketsOfEvent = (state: ExchangeState, eventTicker: string): ReadonlyArray<MarketRecord> =>
  [...state.markets.values()].filter((m) => m.eventTicker === eventTicker)

export const renderEvent = (state: ExchangeState, e: EventRecord, nested: boolean): Record<string, unknown> => ({
  event_ticker: e.eventTicker,
  series_ticker: e.seriesTicker,
  sub_title: e.subTitle,
  title: e.title,
  collateral_return_type: "",
  mutually_exclusive: e.mutuallyExclusive,
  category: e.category,
  strike_date: null,
  strike_period: null,
  ...(nested ? { markets: marketsOfEvent(state, e.eventTicker).map((m) => renderMarket(state, m)) } : {}),
  settlement_sources: [],
  last_updated_ts: Wire.time(e.updatedMs),
  exchange_index: 0
})

/** The spec's `Market`. */
export const renderMarket = (state: ExchangeState, rec: MarketRecord): Record<string, unknown> => {
  const m = Option.getOrThrow(state.engine.getMarket(rec.ticker))
  const yesBid = Option.match(m.yesBid, { onNone: () => ZERO, onSome: (l) => l.price })
  const yesAsk = Option.match(m.yesAsk, { onNone: () => ONE, onSome: (l) => l.price })
  const last = Option.getOrElse(m.lastPrice, () => ZERO)
  const settled = state.results.get(rec.ticker)
  return {
    ticker: rec.ticker,
    event_ticker: rec.eventTicker,
    market_type: "binary",
    title: rec.title,
    subtitle: "",
    yes_sub_title: rec.yesSubTitle,
    no_sub_title: rec.noSubTitle,
    created_time: Wire.time(rec.createdMs),
    updated_time: Wire.time(rec.updatedMs),
    open_time: Wire.time(rec.openMs),
    close_time: Wire.time(rec.closeMs),
    expected_expiration_time: Wire.time(rec.closeMs),
    expiration_time: Wire.time(rec.closeMs),
    latest_expiration_time: Wire.time(rec.closeMs),
    settlement_timer_seconds: 0,
    status: m.status,
    yes_bid_dollars: Wire.price(yesBid),
    yes_bid_size_fp: Wire.count(Option.match(m.yesBid, { onNone: () => ZERO, onSome: (l) => l.count })),
    yes_ask_dollars: Wire.price(yesAsk),
    yes_ask_size_fp: Wire.count(Option.match(m.yesAsk, { onNone: () => ZERO, onSome: (l) => l.count })),
    no_bid_dollars: Wire.price(Wire.complement(yesAsk)),
    no_ask_dollars: Wire.price(Wire.complement(yesBid)),
    last_price_dollars: Wire.price(last),
    volume_fp: Wire.count(m.volume),
    volume_24h_fp: Wire.count(m.volume),
    result: settled?.result ?? "",
    can_close_early: false,
    open_interest_fp: Wire.count(m.openInterest),
    notional_value_dollars: Wire.price(ONE),
    previous_yes_bid_dollars: Wire.price(yesBid),
    previous_yes_ask_dollars: Wire.price(yesAsk),
    previous_price_dollars: Wire.price(last),
    // omitted until the market is settled, as the exchange does (`x-omitempty`)
    ...(settled === undefined ? {} : {
      settlement_value_dollars: Wire.price(settled.result === "yes" ? ONE : ZERO),
      settlement_ts: Wire.time(settled.settledMs)
    }),
    settlement_bounds_type: "default",
    expiration_value: "",
    rules_primary: rec.rulesPrimary,
    rules_secondary: "",
    price_level_structure: rec.priceLevelStructure,
    price_ranges: rec.priceRanges.map((r) => ({
      start: Wire.price(r.start),
      end: Wire.price(r.end),
      step: Wire.price(r.step)
    })),
    exchange_index: 0
  }
}

/** The engine statuses each `status` filter of `GetMarkets` / `GetEvents` selects. */
export const statusFilter: Record<string, ReadonlyArray<Engine.MarketStatus>> = {
  unopened: ["initialized"],
  open: ["active"],
  paused: ["inactive"],
  closed: ["closed"],
  settled: ["determined", "disputed", "amended", "finalized"]
}

/** A listed market, or 404. */
export const marketRecord = (state: ExchangeState, ticker: string): Either.Either<MarketRecord, Reject> => {
  const rec = state.markets.get(ticker)
  return rec === undefined ? Either.left(notFound("market not found")) : Either.right(rec)
}

/** `GetMarkets`. */
export const getMarkets: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const status = yield* enumParam(q, "status", ["unopened", "open", "paused", "closed", "settled"] as const)
    const eventTicker = strParam(q, "event_ticker")
    const seriesTicker = strParam(q, "series_ticker")
    const tickers = listParam(q, "tickers")
    const minClose = yield* intParam(q, "min_close_ts")
    const maxClose = yield* intParam(q, "max_close_ts")
    const minCreated = yield* intParam(q, "min_created_ts")
    const maxCreated = yield* intParam(q, "max_created_ts")
    const minUpdated = yield* intParam(q, "min_updated_ts")
    const maxUpdated = yield* intParam(q, "max_updated_ts")
    const mve = yield* enumParam(q, "mve_filter", ["only", "exclude"] as const)
    const s = (ms: number) => Math.floor(ms / 1000)
    // markets settled before the historical cutoff are served by GetHistoricalMarkets
    const cutoff = state.history.cutoffMs(state.now())
    const all = [...state.markets.values()].filter((m) =>
      !((state.results.get(m.ticker)?.settledMs ?? Infinity) < cutoff) &&
      (mve === undefined || (mve === "only") === state.catalog.combos.has(m.eventTicker)) &&
      (status === undefined || statusFilter[status]!.includes(state.marketStatus(m.ticker)!)) &&
      (eventTicker === undefined || eventTicker.split(",").includes(m.eventTicker)) &&
      (seriesTicker === undefined || m.seriesTicker === seriesTicker) &&
      (tickers === undefined || tickers.includes(m.ticker)) &&
      (minClose === undefined || s(m.closeMs) >= minClose) &&
      (maxClose === undefined || s(m.closeMs) <= maxClose) &&
      (minCreated === undefined || s(m.createdMs) >= minCreated) &&
      (maxCreated === undefined || s(m.createdMs) <= maxCreated) &&
      (minUpdated === undefined || s(m.updatedMs) >= minUpdated) &&
      (maxUpdated === undefined || s(m.updatedMs) <= maxUpdated)
    )
    const { cursor, page } = yield* paginate(q, all, { min: 0, max: 1000, def: 100 })
    return ok({ markets: page.map((m) => renderMarket(state, m)), cursor })
  })

/** `GetMarket`. */
export const getMarket: Handler = (req, { state }) =>
  Effect.map(marketRecord(state, req.params["ticker"]!), (rec) => ok({ market: renderMarket(state, rec) }))

/** `GetMarketOrderbook`. */
export const getOrderbook: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const depth = (yield* intParam(req.query, "depth", 0, 100)) ?? 0
    const rec = yield* marketRecord(state, req.params["ticker"]!)
    const book = Option.getOrThrow(state.engine.getBook(rec.ticker))
    const cut = <A>(xs: ReadonlyArray<A>) => (depth === 0 ? xs : xs.slice(0, depth))
    return ok({
      orderbook_fp: {
        yes_dollars: Wire.levels(cut(book.bids)),
        no_dollars: Wire.levels(cut(book.asks), Wire.complement)
      }
    })
  })

/** `GetMarketOrderbooks`. */
export const getOrderbooks: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const tickers = listParam(req.query, "tickers")
    if (tickers === undefined) return yield* queryError("tickers is required")
    if (tickers.length > 100) return yield* queryError("tickers must have at most 100 items")
    return ok({
      orderbooks: tickers.filter((t) => state.markets.has(t)).map((ticker) => {
        const book = Option.getOrThrow(state.engine.getBook(ticker))
        return {
          ticker,
          orderbook_fp: { yes_dollars: Wire.levels(book.bids), no_dollars: Wire.levels(book.asks, Wire.complement) }
        }
      })
    })
  })

/** `GetTrades`. */
export const getTrades: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const ticker = strParam(q, "ticker")
    const blockOnly = q.get("is_block_trade") === null ? undefined : yield* boolParam(q, "is_block_trade")
    const inRange = yield* tsRange(q)
    // trades older than the historical cutoff are served by GetTradesHistorical
    const cutoff = state.history.cutoffMs(state.now())
    const all = [...state.trades].reverse().filter((t) =>
      t.tsMs >= cutoff && (ticker === undefined || t.ticker === ticker) && inRange(t.tsMs) &&
      (blockOnly === undefined || (t.blockTrade === true) === blockOnly)
    )
    const { cursor, page } = yield* paginate(q, all, { min: 0, max: 1000, def: 100 })
    return ok({ trades: page.map(Wire.trade), cursor })
  })

/** `GetSeriesList`. */
export const getSeriesList: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const category = strParam(req.query, "category")
    const tags = listParam(req.query, "tags")
    yield* boolParam(req.query, "include_product_metadata")
    yield* boolParam(req.query, "include_volume")
    const series = [...state.series.values()].filter((s) =>
      (category === undefined || s.category === category) &&
      (tags === undefined || tags.some((t) => s.tags.includes(t)))
    )
    return ok({ series: series.map(renderSeries) })
  })

/** `GetSeries`. */
export const getSeries: Handler = (req, { state }) => {
  const s = state.series.get(req.params["series_ticker"]!)
  return s === undefined ? Effect.fail(notFound("series not found")) : Effect.succeed(ok({ series: renderSeries(s) }))
}

/** `GetEvents`. */
export const getEvents: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const nested = yield* boolParam(q, "with_nested_markets")
    yield* boolParam(q, "with_milestones")
    const status = yield* enumParam(q, "status", ["unopened", "open", "closed", "settled"] as const)
    const seriesTicker = strParam(q, "series_ticker")
    const tickers = listParam(q, "tickers")
    const all = [...state.events.values()].filter((e) =>
      (seriesTicker === undefined || e.seriesTicker === seriesTicker) &&
      (tickers === undefined || tickers.includes(e.eventTicker)) &&
      (status === undefined ||
        marketsOfEvent(state, e.eventTicker).some((m) => statusFilter[status]!.includes(state.marketStatus(m.ticker)!)))
    )
    const { cursor, page } = yield* paginate(q, all, { min: 1, max: 200, def: 200 })
    return ok({ events: page.map((e) => renderEvent(state, e, nested)), cursor })
  })

/** `GetEvent`. */
export const getEvent: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const e = state.events.get(req.params["event_ticker"]!)
    if (e === undefined) return yield* notFound("event not found")
    const nested = yield* boolParam(req.query, "with_nested_markets")
    return ok({
      event: renderEvent(state, e, nested),
      markets: marketsOfEvent(state, e.eventTicker).map((m) => renderMarket(state, m))
    })
  })
