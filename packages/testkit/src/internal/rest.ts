/**
 * The REST operations the exchange serves: parse and validate the request, run the engine
 * command, render the 3.31.0 response. Handlers are synchronous; the server around them does
 * authentication, rate limits, faults and I/O.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as Engine from "../Engine.js"
import { candlesticks, PERIOD_INTERVALS } from "../engine/candlesticks.js"
import {
  type AccountRecord,
  type EventRecord,
  type ExchangeState,
  type MarketRecord,
  parseDecimal,
  type SeriesRecord
} from "./state.js"
import * as Wire from "./wire.js"

export interface RestRequest {
  readonly method: string
  readonly path: string
  readonly params: Readonly<Record<string, string>>
  readonly query: URLSearchParams
  readonly body: unknown
  readonly account: AccountRecord | undefined
}

export interface RestResponse {
  readonly status: number
  readonly body: unknown
}

/** A rejection thrown by a handler and answered as is. */
export class Reject {
  constructor(readonly status: number, readonly body: unknown) {}
}

export interface Context {
  readonly state: ExchangeState
  readonly exchangeStatus: () => { readonly exchangeActive: boolean; readonly tradingActive: boolean }
  readonly limits: (user: string) => {
    readonly read: { readonly refillRate: number; readonly capacity: number }
    readonly write: { readonly refillRate: number; readonly capacity: number }
  }
  readonly costs: () => {
    readonly defaultCost: number
    readonly endpointCosts: ReadonlyArray<{ readonly method: string; readonly path: string; readonly cost: number }>
  }
}

export interface Route {
  readonly method: string
  readonly route: string
  readonly signed: boolean
  readonly handle: (req: RestRequest, ctx: Context) => RestResponse
}

const ok = (body: unknown, status = 200): RestResponse => ({ status, body })
const reject = (status: number, code: string, message: string, details?: string): Reject =>
  new Reject(status, Wire.nestedError({ code, message, details }))
const badRequest = (details: string): Reject => reject(400, "bad_request", "bad request", details)
const notFound = (details: string): Reject => reject(404, "not_found", "not found", details)
const engineError = (e: Engine.EngineError): Reject =>
  new Reject(e.status, Wire.nestedError({ code: e.code, message: e.message, details: e.details }))
const unwrap = <A>(result: Either.Either<A, Engine.EngineError>): A => {
  if (Either.isLeft(result)) throw engineError(result.left)
  return result.right
}
const userOf = (req: RestRequest): string => {
  if (req.account === undefined) {
    throw reject(401, "signature_is_missing_from_headers", "signature is missing from headers")
  }
  return req.account.user
}

// ---------------------------------------------------------------------------------------------
// query parameters
// ---------------------------------------------------------------------------------------------

const intParam = (q: URLSearchParams, name: string, min?: number, max?: number): number | undefined => {
  const raw = q.get(name)
  if (raw === null || raw === "") return undefined
  if (!/^-?\d+$/.test(raw)) throw new Reject(400, Wire.queryError(`${name} must be an integer`))
  const n = Number(raw)
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    throw new Reject(
      400,
      Wire.queryError(
        `${name} must be ${min !== undefined ? `>= ${min}` : ""}${
          min !== undefined && max !== undefined ? " and " : ""
        }${max !== undefined ? `<= ${max}` : ""}`
      )
    )
  }
  return n
}
const strParam = (q: URLSearchParams, name: string): string | undefined => {
  const raw = q.get(name)
  return raw === null || raw === "" ? undefined : raw
}
const boolParam = (q: URLSearchParams, name: string): boolean => {
  const raw = q.get(name)
  if (raw === null || raw === "") return false
  if (raw !== "true" && raw !== "false") throw new Reject(400, Wire.queryError(`${name} must be a boolean`))
  return raw === "true"
}
const enumParam = <A extends string>(q: URLSearchParams, name: string, values: ReadonlyArray<A>): A | undefined => {
  const raw = strParam(q, name)
  if (raw === undefined) return undefined
  if (!(values as ReadonlyArray<string>).includes(raw)) {
    throw new Reject(400, Wire.queryError(`${name} must be one of ${values.join(", ")}`))
  }
  return raw as A
}
const listParam = (q: URLSearchParams, name: string): ReadonlyArray<string> | undefined => {
  const all = q.getAll(name).flatMap((v) => v.split(",")).map((s) => s.trim()).filter((s) => s !== "")
  return all.length === 0 ? undefined : all
}
const subaccountParam = (q: URLSearchParams): number | undefined => intParam(q, "subaccount", 0, 63)

// ---------------------------------------------------------------------------------------------
// pagination: the cursor is an opaque offset; a cursor that does not decode starts over
// ---------------------------------------------------------------------------------------------

const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`, "utf8").toString("base64url")
const decodeCursor = (cursor: string | undefined): number => {
  if (cursor === undefined) return 0
  const text = Buffer.from(cursor, "base64url").toString("utf8")
  const m = /^o:(\d+)$/.exec(text)
  return m === null ? 0 : Number(m[1])
}

const paginate = <A>(
  q: URLSearchParams,
  items: ReadonlyArray<A>,
  limits: { readonly min: number; readonly max: number; readonly def: number }
): { readonly page: ReadonlyArray<A>; readonly cursor: string } => {
  const requested = intParam(q, "limit", limits.min, limits.max)
  const limit = requested === undefined || requested === 0 ? limits.def : requested
  const offset = decodeCursor(strParam(q, "cursor"))
  const page = items.slice(offset, offset + limit)
  return { page, cursor: offset + limit < items.length ? encodeCursor(offset + limit) : "" }
}

const inTsRange = (q: URLSearchParams, tsMs: number, min = "min_ts", max = "max_ts"): boolean => {
  const lo = intParam(q, min)
  const hi = intParam(q, max)
  const s = Math.floor(tsMs / 1000)
  return (lo === undefined || s >= lo) && (hi === undefined || s <= hi)
}

// ---------------------------------------------------------------------------------------------
// catalog
// ---------------------------------------------------------------------------------------------

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

export const renderEvent = (
  state: ExchangeState,
  e: EventRecord,
  nested: boolean
): Record<string, unknown> => ({
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

const marketsOfEvent = (state: ExchangeState, eventTicker: string): ReadonlyArray<MarketRecord> =>
  [...state.markets.values()].filter((m) => m.eventTicker === eventTicker)

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
    result: state.results.get(rec.ticker)?.result ?? "",
    can_close_early: false,
    open_interest_fp: Wire.count(m.openInterest),
    notional_value_dollars: Wire.price(ONE),
    previous_yes_bid_dollars: Wire.price(yesBid),
    previous_yes_ask_dollars: Wire.price(yesAsk),
    previous_price_dollars: Wire.price(last),
    // an unsettled market has no settlement value: the field is left out
    ...(settled === undefined ? {} : { settlement_value_dollars: Wire.price(settled.result === "yes" ? ONE : ZERO) }),
    settlement_ts: settled === undefined ? null : Wire.time(settled.settledMs),
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

const statusFilter: Record<string, ReadonlyArray<Engine.MarketStatus>> = {
  unopened: ["initialized"],
  open: ["active"],
  paused: ["inactive"],
  closed: ["closed"],
  settled: ["determined", "disputed", "amended", "finalized"]
}

const getMarkets = (req: RestRequest, { state }: Context): RestResponse => {
  const q = req.query
  const status = enumParam(q, "status", ["unopened", "open", "paused", "closed", "settled"] as const)
  const eventTicker = strParam(q, "event_ticker")
  const seriesTicker = strParam(q, "series_ticker")
  const tickers = listParam(q, "tickers")
  const minClose = intParam(q, "min_close_ts")
  const maxClose = intParam(q, "max_close_ts")
  const minCreated = intParam(q, "min_created_ts")
  const maxCreated = intParam(q, "max_created_ts")
  const minUpdated = intParam(q, "min_updated_ts")
  const maxUpdated = intParam(q, "max_updated_ts")
  enumParam(q, "mve_filter", ["only", "exclude"] as const)
  const s = (ms: number) => Math.floor(ms / 1000)
  const all = [...state.markets.values()].filter((m) =>
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
  const { cursor, page } = paginate(q, all, { min: 0, max: 1000, def: 100 })
  return ok({ markets: page.map((m) => renderMarket(state, m)), cursor })
}

const marketRecord = (state: ExchangeState, ticker: string): MarketRecord => {
  const rec = state.markets.get(ticker)
  if (rec === undefined) throw notFound("market not found")
  return rec
}

const getOrderbook = (req: RestRequest, { state }: Context): RestResponse => {
  const depth = intParam(req.query, "depth", 0, 100) ?? 0
  const rec = marketRecord(state, req.params["ticker"]!)
  const book = Option.getOrThrow(state.engine.getBook(rec.ticker))
  const cut = <A>(xs: ReadonlyArray<A>) => (depth === 0 ? xs : xs.slice(0, depth))
  return ok({
    orderbook_fp: {
      yes_dollars: Wire.levels(cut(book.bids)),
      no_dollars: Wire.levels(cut(book.asks), Wire.complement)
    }
  })
}

const getOrderbooks = (req: RestRequest, { state }: Context): RestResponse => {
  const tickers = listParam(req.query, "tickers")
  if (tickers === undefined) throw new Reject(400, Wire.queryError("tickers is required"))
  if (tickers.length > 100) throw new Reject(400, Wire.queryError("tickers must have at most 100 items"))
  return ok({
    orderbooks: tickers.filter((t) => state.markets.has(t)).map((ticker) => {
      const book = Option.getOrThrow(state.engine.getBook(ticker))
      return {
        ticker,
        orderbook_fp: { yes_dollars: Wire.levels(book.bids), no_dollars: Wire.levels(book.asks, Wire.complement) }
      }
    })
  })
}

const getTrades = (req: RestRequest, { state }: Context): RestResponse => {
  const q = req.query
  const ticker = strParam(q, "ticker")
  boolParam(q, "is_block_trade")
  const all = [...state.trades].reverse().filter((t) =>
    (ticker === undefined || t.ticker === ticker) && inTsRange(q, t.tsMs)
  )
  const { cursor, page } = paginate(q, all, { min: 0, max: 1000, def: 100 })
  return ok({ trades: page.map(Wire.trade), cursor })
}

const requiredInt = (q: URLSearchParams, name: string, min?: number, max?: number): number => {
  const n = intParam(q, name, min, max)
  if (n === undefined) throw new Reject(400, Wire.queryError(`${name} is required`))
  return n
}

/** `GetMarketCandlesticks`: the market's candles (see `engine/candlesticks.ts`). */
const getCandlesticks = (req: RestRequest, { state }: Context): RestResponse => {
  const q = req.query
  const rec = marketRecord(state, req.params["ticker"]!)
  if (rec.seriesTicker !== req.params["series_ticker"]) throw notFound("market not found in series")
  const startTs = requiredInt(q, "start_ts", 0)
  const endTs = requiredInt(q, "end_ts", 0)
  const interval = requiredInt(q, "period_interval")
  if (!PERIOD_INTERVALS.includes(interval)) {
    throw new Reject(400, Wire.queryError("period_interval must be one of 1, 60, 1440"))
  }
  if (startTs > endTs) throw new Reject(400, Wire.queryError("start_ts must be <= end_ts"))
  const candles = candlesticks(
    state.trades.filter((t) => t.ticker === rec.ticker),
    state.tickerHistory.get(rec.ticker) ?? [],
    { startTs, endTs, periodInterval: interval, includeLatestBeforeStart: boolParam(q, "include_latest_before_start") }
  )
  return ok({ ticker: rec.ticker, candlesticks: candles.map(Wire.candle) })
}

const getSeriesList = (req: RestRequest, { state }: Context): RestResponse => {
  const category = strParam(req.query, "category")
  const tags = listParam(req.query, "tags")
  boolParam(req.query, "include_product_metadata")
  boolParam(req.query, "include_volume")
  const series = [...state.series.values()].filter((s) =>
    (category === undefined || s.category === category) &&
    (tags === undefined || tags.some((t) => s.tags.includes(t)))
  )
  return ok({ series: series.map(renderSeries) })
}

const getSeries = (req: RestRequest, { state }: Context): RestResponse => {
  const s = state.series.get(req.params["series_ticker"]!)
  if (s === undefined) throw notFound("series not found")
  return ok({ series: renderSeries(s) })
}

const getEvents = (req: RestRequest, { state }: Context): RestResponse => {
  const q = req.query
  const nested = boolParam(q, "with_nested_markets")
  boolParam(q, "with_milestones")
  const status = enumParam(q, "status", ["unopened", "open", "closed", "settled"] as const)
  const seriesTicker = strParam(q, "series_ticker")
  const tickers = listParam(q, "tickers")
  const all = [...state.events.values()].filter((e) =>
    (seriesTicker === undefined || e.seriesTicker === seriesTicker) &&
    (tickers === undefined || tickers.includes(e.eventTicker)) &&
    (status === undefined ||
      marketsOfEvent(state, e.eventTicker).some((m) => statusFilter[status]!.includes(state.marketStatus(m.ticker)!)))
  )
  const { cursor, page } = paginate(q, all, { min: 1, max: 200, def: 200 })
  return ok({ events: page.map((e) => renderEvent(state, e, nested)), cursor })
}

const getEvent = (req: RestRequest, { state }: Context): RestResponse => {
  const e = state.events.get(req.params["event_ticker"]!)
  if (e === undefined) throw notFound("event not found")
  const nested = boolParam(req.query, "with_nested_markets")
  return ok({
    event: renderEvent(state, e, nested),
    markets: marketsOfEvent(state, e.eventTicker).map((m) => renderMarket(state, m))
  })
}

// ---------------------------------------------------------------------------------------------
// portfolio
// ---------------------------------------------------------------------------------------------

const getBalance = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const sub = subaccountParam(req.query) ?? 0
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
}

const getPositions = (req: RestRequest, { state }: Context): RestResponse => {
  const q = req.query
  const user = userOf(req)
  const sub = subaccountParam(q) ?? 0
  const ticker = strParam(q, "ticker")
  const eventTicker = strParam(q, "event_ticker")
  const filters = listParam(q, "count_filter") ?? []
  const all = state.engine.getPositions(user, sub).filter((p) => {
    const rec = state.markets.get(p.ticker)
    // a market where the account only ever had orders that never filled holds no position
    const touched = !BigDecimal.isZero(p.position) || !BigDecimal.isZero(p.totalTraded)
    return touched && !state.results.has(p.ticker) && (ticker === undefined || p.ticker === ticker) &&
      (eventTicker === undefined || rec?.eventTicker === eventTicker) &&
      (!filters.includes("position") || !BigDecimal.isZero(p.position)) &&
      (!filters.includes("total_traded") || !BigDecimal.isZero(p.totalTraded))
  })
  const { cursor, page } = paginate(q, all, { min: 1, max: 1000, def: 100 })
  return ok(positionsBody(state, page, cursor))
}

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
  const sum = (ps: ReadonlyArray<Engine.Position>, f: (p: Engine.Position) => BigDecimal.BigDecimal) =>
    ps.reduce((acc, p) => BigDecimal.sum(acc, f(p)), ZERO)
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

const getFills = (req: RestRequest, { state }: Context): RestResponse => {
  const q = req.query
  const user = userOf(req)
  const sub = subaccountParam(q)
  const ticker = strParam(q, "ticker")
  const orderId = strParam(q, "order_id")
  const all = [...state.fills].reverse().filter(({ fill }) =>
    fill.user === user && (sub === undefined || fill.subaccount === sub) &&
    (ticker === undefined || fill.ticker === ticker) && (orderId === undefined || fill.orderId === orderId) &&
    inTsRange(q, fill.tsMs)
  )
  const { cursor, page } = paginate(q, all, { min: 1, max: 1000, def: 100 })
  return ok({ fills: page.map((f) => Wire.fill(f.fill, f.fillId)), cursor })
}

const getSettlements = (req: RestRequest, { state }: Context): RestResponse => {
  const q = req.query
  const user = userOf(req)
  const ticker = strParam(q, "ticker")
  const eventTicker = strParam(q, "event_ticker")
  const sub = subaccountParam(q)
  const all = [...state.settlements].reverse().filter((s) =>
    s.user === user && (sub === undefined || s.subaccount === sub) && (ticker === undefined || s.ticker === ticker) &&
    (eventTicker === undefined || s.eventTicker === eventTicker) && inTsRange(q, s.settledMs)
  )
  const { cursor, page } = paginate(q, all, { min: 1, max: 1000, def: 100 })
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
}

const getRestingOrderValue = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const total = state.engine.getOrders({ user, status: "resting" }).reduce(
    (acc, o) => BigDecimal.sum(acc, BigDecimal.multiply(o.remainingCount, o.side === "bid" ? o.price : o.noPrice)),
    ZERO
  )
  return ok({
    total_resting_order_value: Wire.cents(total),
    resting_order_value_breakdown: [{ exchange_index: 0, balance: Wire.dollars(total) }]
  })
}

// ---------------------------------------------------------------------------------------------
// orders
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>

const asObject = (body: unknown): Json => {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new Reject(400, Wire.flatError({ code: "bad_request", message: "request body must be a JSON object" }))
  }
  return body as Json
}

const unmarshal = (field: string, value: unknown, expected: string): Reject =>
  new Reject(
    400,
    Wire.flatError({
      code: "bad_request",
      message: `json: cannot unmarshal ${
        Array.isArray(value) ? "array" : value === null ? "null" : typeof value
      } into Go struct field .${field} of type ${expected}`
    })
  )

const optString = (o: Json, field: string): string | undefined => {
  const v = o[field]
  if (v === undefined || v === null) return undefined
  if (typeof v !== "string") throw unmarshal(field, v, "string")
  return v
}
const reqString = (o: Json, field: string): string => {
  const v = optString(o, field)
  if (v === undefined || v === "") throw badRequest(`${field} is required`)
  return v
}
const optBool = (o: Json, field: string): boolean | undefined => {
  const v = o[field]
  if (v === undefined || v === null) return undefined
  if (typeof v !== "boolean") throw unmarshal(field, v, "bool")
  return v
}
const optInt = (o: Json, field: string): number | undefined => {
  const v = o[field]
  if (v === undefined || v === null) return undefined
  if (typeof v !== "number" || !Number.isInteger(v)) throw unmarshal(field, v, "int64")
  return v
}
const reqEnum = <A extends string>(o: Json, field: string, values: ReadonlyArray<A>): A => {
  const v = reqString(o, field)
  if (!(values as ReadonlyArray<string>).includes(v)) throw badRequest(`${field} must be one of ${values.join(", ")}`)
  return v as A
}
function decimalField(o: Json, field: string, maxDecimals: number, required: true): BigDecimal.BigDecimal
function decimalField(o: Json, field: string, maxDecimals: number, required: false): BigDecimal.BigDecimal | undefined
function decimalField(
  o: Json,
  field: string,
  maxDecimals: number,
  required: boolean
): BigDecimal.BigDecimal | undefined {
  const raw = required ? reqString(o, field) : optString(o, field)
  if (raw === undefined) return undefined
  const d = parseDecimal(raw)
  if (d === undefined || BigDecimal.normalize(d).scale > maxDecimals) {
    throw badRequest(`${field} must be a decimal string with at most ${maxDecimals} decimals`)
  }
  return d
}

const parseCreate = (body: unknown, user: string): Engine.CreateOrder => {
  const o = asObject(body)
  const subaccount = optInt(o, "subaccount")
  const clientOrderId = optString(o, "client_order_id")
  const postOnly = optBool(o, "post_only")
  const reduceOnly = optBool(o, "reduce_only")
  const orderGroupId = optString(o, "order_group_id")
  const cancelOrderOnPause = optBool(o, "cancel_order_on_pause")
  const expirationTime = optInt(o, "expiration_time")
  optInt(o, "exchange_index")
  return {
    user,
    ticker: reqString(o, "ticker"),
    side: reqEnum(o, "side", ["bid", "ask"] as const),
    count: decimalField(o, "count", 2, true),
    price: decimalField(o, "price", 6, true),
    timeInForce: reqEnum(o, "time_in_force", ["fill_or_kill", "good_till_canceled", "immediate_or_cancel"] as const),
    selfTradePreventionType: reqEnum(o, "self_trade_prevention_type", ["taker_at_cross", "maker"] as const),
    ...(subaccount !== undefined ? { subaccount } : {}),
    ...(clientOrderId !== undefined ? { clientOrderId } : {}),
    ...(postOnly !== undefined ? { postOnly } : {}),
    ...(reduceOnly !== undefined ? { reduceOnly } : {}),
    ...(orderGroupId !== undefined ? { orderGroupId } : {}),
    ...(cancelOrderOnPause !== undefined ? { cancelOrderOnPause } : {}),
    ...(expirationTime !== undefined ? { expirationTime } : {})
  }
}

const renderCreate = (r: Engine.CreateOrderResult): Json => ({
  order_id: r.order.orderId,
  client_order_id: r.order.clientOrderId,
  fill_count: Wire.count(r.fillCount),
  remaining_count: Wire.count(r.remainingCount),
  ...(Option.isSome(r.averageFillPrice) ? { average_fill_price: Wire.price(r.averageFillPrice.value) } : {}),
  ...(Option.isSome(r.averageFeePaid) ? { average_fee_paid: Wire.money(r.averageFeePaid.value) } : {}),
  ts_ms: r.tsMs
})

const createOrder = (req: RestRequest, { state }: Context): RestResponse => {
  const command = parseCreate(req.body, userOf(req))
  const result = unwrap(state.run((nowMs) => state.engine.createOrder({ ...command, nowMs })))
  return ok(renderCreate(result), 201)
}

const ordersArray = (body: unknown): ReadonlyArray<unknown> => {
  const o = asObject(body)
  const orders = o["orders"]
  if (orders === undefined || orders === null) throw badRequest("orders is required")
  if (!Array.isArray(orders)) throw unmarshal("orders", orders, "[]")
  if (orders.length === 0) throw badRequest("orders must not be empty")
  if (orders.length > 20) throw badRequest("at most 20 orders per batch")
  return orders
}

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

const batchCreate = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const commands = ordersArray(req.body).map((o) => parseCreate(o, user))
  const results = unwrap(state.run((nowMs) => state.engine.batchCreateOrders({ orders: commands, nowMs })))
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
}

const renderCancel = (r: Engine.CancelOrderResult): Json => ({
  order_id: r.order.orderId,
  client_order_id: r.order.clientOrderId,
  reduced_by: Wire.count(r.reducedBy),
  ts_ms: r.tsMs
})

const cancelOrder = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const subaccount = subaccountParam(req.query)
  strParam(req.query, "market_ticker")
  const orderId = req.params["order_id"]!
  const result = unwrap(
    state.run((nowMs) =>
      state.engine.cancelOrder({ user, orderId, nowMs, ...(subaccount !== undefined ? { subaccount } : {}) })
    )
  )
  return ok(renderCancel(result))
}

const batchCancel = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const items = ordersArray(req.body).map((item) => {
    const o = asObject(item)
    const subaccount = optInt(o, "subaccount")
    optString(o, "market_ticker")
    return { user, orderId: reqString(o, "order_id"), ...(subaccount !== undefined ? { subaccount } : {}) }
  })
  const results = unwrap(state.run((nowMs) => state.engine.batchCancelOrders({ orders: items, nowMs })))
  return ok({
    orders: results.map((r, i) =>
      Either.isRight(r)
        ? renderCancel(r.right)
        : { order_id: items[i]!.orderId, reduced_by: "0.00", ts_ms: null, error: errorItem(r.left) }
    )
  })
}

const cancelAll = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const subaccount = subaccountParam(req.query)
  unwrap(
    state.run((nowMs) =>
      state.engine.cancelAllOrders({ user, nowMs, ...(subaccount !== undefined ? { subaccount } : {}) })
    )
  )
  return ok(undefined, 204)
}

const amendOrder = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const o = asObject(req.body)
  const subaccount = subaccountParam(req.query)
  const updatedClientOrderId = optString(o, "updated_client_order_id")
  const expirationTime = optInt(o, "expiration_time")
  optString(o, "client_order_id")
  optInt(o, "exchange_index")
  const result = unwrap(state.run((nowMs) =>
    state.engine.amendOrder({
      user,
      orderId: req.params["order_id"]!,
      ticker: reqString(o, "ticker"),
      side: reqEnum(o, "side", ["bid", "ask"] as const),
      price: decimalField(o, "price", 6, true),
      count: decimalField(o, "count", 2, true),
      nowMs,
      ...(subaccount !== undefined ? { subaccount } : {}),
      ...(updatedClientOrderId !== undefined ? { updatedClientOrderId } : {}),
      ...(expirationTime !== undefined ? { expirationTime } : {})
    })
  ))
  // The V2 amend answer has the create answer's fields.
  return ok(renderCreate(result))
}

const decreaseOrder = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const o = asObject(req.body)
  const subaccount = subaccountParam(req.query)
  const reduceBy = decimalField(o, "reduce_by", 2, false)
  const reduceTo = decimalField(o, "reduce_to", 2, false)
  optString(o, "market_ticker")
  const result = unwrap(state.run((nowMs) =>
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
}

const getOrder = (req: RestRequest, { state }: Context): RestResponse =>
  ok({ order: Wire.order(unwrap(state.engine.getOrder(userOf(req), req.params["order_id"]!))) })

const restingOrder = (state: ExchangeState, user: string, orderId: string): Engine.Order => {
  const order = unwrap(state.engine.getOrder(user, orderId))
  if (order.status !== "resting") throw reject(404, "not_found", "not found")
  return order
}

const getQueuePosition = (req: RestRequest, { state }: Context): RestResponse => {
  const order = restingOrder(state, userOf(req), req.params["order_id"]!)
  return ok({ queue_position_fp: Wire.count(state.queuePosition(order)) })
}

const getQueuePositions = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const tickers = listParam(req.query, "market_tickers")
  const eventTicker = strParam(req.query, "event_ticker")
  const subaccount = subaccountParam(req.query)
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
}

const getOrders = (req: RestRequest, { state }: Context): RestResponse => {
  const q = req.query
  const user = userOf(req)
  const subaccount = subaccountParam(q)
  const ticker = strParam(q, "ticker")
  const events = listParam(q, "event_ticker")
  const status = enumParam(q, "status", ["resting", "canceled", "executed"] as const)
  intParam(q, "exchange_index")
  const all = [...state.engine.getOrders({
    user,
    ...(subaccount !== undefined ? { subaccount } : {}),
    ...(ticker !== undefined ? { ticker } : {}),
    ...(status !== undefined ? { status } : {})
  })].reverse().filter((o) =>
    (events === undefined || events.includes(state.markets.get(o.ticker)?.eventTicker ?? "")) &&
    inTsRange(q, o.createdTsMs)
  )
  const { cursor, page } = paginate(q, all, { min: 1, max: 1000, def: 100 })
  return ok({ orders: page.map(Wire.order), cursor })
}

// ---------------------------------------------------------------------------------------------
// order groups
// ---------------------------------------------------------------------------------------------

const limitField = (o: Json): BigDecimal.BigDecimal => {
  const fp = decimalField(o, "contracts_limit_fp", 2, false)
  if (fp !== undefined) return fp
  const n = optInt(o, "contracts_limit")
  if (n === undefined) throw badRequest("contracts_limit or contracts_limit_fp is required")
  return BigDecimal.fromNumber(n)
}

const getOrderGroups = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const subaccount = subaccountParam(req.query)
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
}

const createOrderGroup = (req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  const o = asObject(req.body ?? {})
  const subaccount = optInt(o, "subaccount") ?? 0
  const contractsLimit = limitField(o)
  const group = unwrap(state.run((nowMs) => state.engine.createOrderGroup({ user, subaccount, contractsLimit, nowMs })))
  return ok({ order_group_id: group.orderGroupId, subaccount: group.subaccount, exchange_index: 0 }, 201)
}

const getOrderGroup = (req: RestRequest, { state }: Context): RestResponse => {
  const g = unwrap(state.engine.getOrderGroup(userOf(req), req.params["order_group_id"]!))
  return ok({
    is_auto_cancel_enabled: g.triggered,
    contracts_limit_fp: Wire.count(g.contractsLimit),
    orders: g.orders,
    exchange_index: 0
  })
}

const groupCommand = (
  run: (
    state: ExchangeState,
    actor: { user: string; orderGroupId: string },
    body: Json
  ) => Either.Either<unknown, Engine.EngineError>
) =>
(req: RestRequest, { state }: Context): RestResponse => {
  const user = userOf(req)
  subaccountParam(req.query)
  const body = req.body === undefined ? {} : asObject(req.body)
  unwrap(run(state, { user, orderGroupId: req.params["order_group_id"]! }, body))
  return ok({})
}

// ---------------------------------------------------------------------------------------------
// exchange and account
// ---------------------------------------------------------------------------------------------

const getExchangeStatus = (_: RestRequest, ctx: Context): RestResponse => {
  const s = ctx.exchangeStatus()
  return ok({
    exchange_active: s.exchangeActive,
    trading_active: s.tradingActive,
    exchange_estimated_resume_time: null
  })
}

const getLimits = (req: RestRequest, ctx: Context): RestResponse => {
  const l = ctx.limits(userOf(req))
  return ok({
    usage_tier: "basic",
    read: { refill_rate: l.read.refillRate, bucket_capacity: l.read.capacity },
    write: { refill_rate: l.write.refillRate, bucket_capacity: l.write.capacity },
    grants: []
  })
}

const getCosts = (_: RestRequest, ctx: Context): RestResponse => {
  const c = ctx.costs()
  return ok({
    default_cost: c.defaultCost,
    endpoint_costs: c.endpointCosts.map((e) => ({ method: e.method, path: e.path, cost: e.cost }))
  })
}

/** Every served operation. */
export const routes: ReadonlyArray<Route> = [
  { method: "GET", route: "/exchange/status", signed: false, handle: getExchangeStatus },
  {
    method: "GET",
    route: "/exchange/user_data_timestamp",
    signed: false,
    handle: (_, { state }) => ok({ as_of_time: Wire.time(state.now()) })
  },
  { method: "GET", route: "/series", signed: false, handle: getSeriesList },
  { method: "GET", route: "/series/{series_ticker}", signed: false, handle: getSeries },
  { method: "GET", route: "/events", signed: false, handle: getEvents },
  { method: "GET", route: "/events/{event_ticker}", signed: false, handle: getEvent },
  { method: "GET", route: "/markets", signed: false, handle: getMarkets },
  { method: "GET", route: "/markets/trades", signed: false, handle: getTrades },
  { method: "GET", route: "/markets/orderbooks", signed: false, handle: getOrderbooks },
  {
    method: "GET",
    route: "/markets/{ticker}",
    signed: false,
    handle: (req, { state }) => ok({ market: renderMarket(state, marketRecord(state, req.params["ticker"]!)) })
  },
  { method: "GET", route: "/markets/{ticker}/orderbook", signed: false, handle: getOrderbook },
  {
    method: "GET",
    route: "/series/{series_ticker}/markets/{ticker}/candlesticks",
    signed: false,
    handle: getCandlesticks
  },
  { method: "GET", route: "/portfolio/balance", signed: true, handle: getBalance },
  { method: "GET", route: "/portfolio/positions", signed: true, handle: getPositions },
  { method: "GET", route: "/portfolio/fills", signed: true, handle: getFills },
  { method: "GET", route: "/portfolio/settlements", signed: true, handle: getSettlements },
  { method: "GET", route: "/portfolio/summary/total_resting_order_value", signed: true, handle: getRestingOrderValue },
  { method: "GET", route: "/portfolio/orders", signed: true, handle: getOrders },
  { method: "GET", route: "/portfolio/orders/queue_positions", signed: true, handle: getQueuePositions },
  { method: "GET", route: "/portfolio/orders/{order_id}", signed: true, handle: getOrder },
  { method: "GET", route: "/portfolio/orders/{order_id}/queue_position", signed: true, handle: getQueuePosition },
  { method: "POST", route: "/portfolio/events/orders", signed: true, handle: createOrder },
  { method: "DELETE", route: "/portfolio/events/orders", signed: true, handle: cancelAll },
  { method: "POST", route: "/portfolio/events/orders/batched", signed: true, handle: batchCreate },
  { method: "DELETE", route: "/portfolio/events/orders/batched", signed: true, handle: batchCancel },
  { method: "DELETE", route: "/portfolio/events/orders/{order_id}", signed: true, handle: cancelOrder },
  { method: "POST", route: "/portfolio/events/orders/{order_id}/amend", signed: true, handle: amendOrder },
  { method: "POST", route: "/portfolio/events/orders/{order_id}/decrease", signed: true, handle: decreaseOrder },
  { method: "GET", route: "/portfolio/order_groups", signed: true, handle: getOrderGroups },
  { method: "POST", route: "/portfolio/order_groups/create", signed: true, handle: createOrderGroup },
  { method: "GET", route: "/portfolio/order_groups/{order_group_id}", signed: true, handle: getOrderGroup },
  {
    method: "DELETE",
    route: "/portfolio/order_groups/{order_group_id}",
    signed: true,
    handle: groupCommand((state, actor) => state.run((nowMs) => state.engine.deleteOrderGroup({ ...actor, nowMs })))
  },
  {
    method: "PUT",
    route: "/portfolio/order_groups/{order_group_id}/reset",
    signed: true,
    handle: groupCommand((state, actor) => state.run((nowMs) => state.engine.resetOrderGroup({ ...actor, nowMs })))
  },
  {
    method: "PUT",
    route: "/portfolio/order_groups/{order_group_id}/trigger",
    signed: true,
    handle: groupCommand((state, actor) => state.run((nowMs) => state.engine.triggerOrderGroup({ ...actor, nowMs })))
  },
  {
    method: "PUT",
    route: "/portfolio/order_groups/{order_group_id}/limit",
    signed: true,
    handle: groupCommand((state, actor, body) => {
      const contractsLimit = limitField(body)
      return state.run((nowMs) => state.engine.updateOrderGroupLimit({ ...actor, contractsLimit, nowMs }))
    })
  },
  { method: "GET", route: "/account/limits", signed: true, handle: getLimits },
  { method: "GET", route: "/account/endpoint_costs", signed: false, handle: getCosts }
]

/** Matches a concrete path against a route template; returns the path parameters. */
export const matchRoute = (template: string, path: string): Record<string, string> | undefined => {
  const t = template.split("/")
  const p = path.split("/")
  if (t.length !== p.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < t.length; i++) {
    const seg = t[i]!
    if (seg.startsWith("{") && seg.endsWith("}")) {
      if (p[i] === "") return undefined
      params[seg.slice(1, -1)] = decodeURIComponent(p[i]!)
    } else if (seg !== p[i]) return undefined
  }
  return params
}
