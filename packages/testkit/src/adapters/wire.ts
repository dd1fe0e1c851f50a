/**
 * Renders the engine's values in the exchange's wire shapes (3.31.0): fixed-point strings with
 * the decimals Kalshi writes (prices 4, counts 2, order costs and fees 6), RFC 3339 times, and
 * the three error body shapes.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Option from "effect/Option"
import type * as Engine from "../Engine.js"
import type { Candle, Ohlc } from "../engine/candlesticks.js"

/** A decimal with at least `decimals` decimals, and more when the value needs them (never rounds). */
export const fixed = (d: BigDecimal.BigDecimal, decimals: number): string => {
  const n = BigDecimal.normalize(d)
  const scale = Math.max(n.scale, decimals)
  const value = n.value * 10n ** BigInt(scale - n.scale)
  const negative = value < 0n
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0")
  const body = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`
  return negative ? `-${body}` : body
}

/** A price: `"0.5600"`. */
export const price = (d: BigDecimal.BigDecimal): string => fixed(d, 4)
/** A count: `"10.00"`. */
export const count = (d: BigDecimal.BigDecimal): string => fixed(d, 2)
/** A cost or a fee: `"0.017500"`. */
export const money = (d: BigDecimal.BigDecimal): string => fixed(d, 6)
/** A balance or a position value: `"12.3400"`. */
export const dollars = (d: BigDecimal.BigDecimal): string => fixed(d, 4)

/** An RFC 3339 time. */
export const time = (ms: number): string => new Date(ms).toISOString()

/** Dollars as integer cents, truncated toward zero. */
export const cents = (d: BigDecimal.BigDecimal): number => {
  const n = BigDecimal.normalize(d)
  const scaled = n.scale <= 2 ? n.value * 10n ** BigInt(2 - n.scale) : n.value / 10n ** BigInt(n.scale - 2)
  return Number(scaled)
}

const ONE = BigDecimal.fromBigInt(1n)
/** `1 - p`. */
export const complement = (p: BigDecimal.BigDecimal): BigDecimal.BigDecimal => BigDecimal.subtract(ONE, p)

/** An error body, nested (most 4xx/5xx answers). */
export interface ErrorBody {
  readonly code: string
  readonly message: string
  readonly details?: string | undefined
  readonly service?: string | undefined
}

/** `{"error":{code,message,details?,service?}}`. */
export const nestedError = (e: ErrorBody): unknown => ({
  error: {
    code: e.code,
    message: e.message,
    ...(e.details !== undefined ? { details: e.details } : {}),
    ...(e.service !== undefined ? { service: e.service } : {})
  }
})

/** The flat `{code,message,details?}` body of a JSON-decode 400. */
export const flatError = (e: ErrorBody): unknown => ({
  code: e.code,
  message: e.message,
  ...(e.details !== undefined ? { details: e.details } : {})
})

/** The bare `{"msg"}` body of a query-validation 400. */
export const queryError = (msg: string): unknown => ({ msg: `Parameter validation failed: ${msg}` })

// ---------------------------------------------------------------------------------------------
// REST records
// ---------------------------------------------------------------------------------------------

/** The spec's `Order`. */
export const order = (o: Engine.Order): Record<string, unknown> => ({
  order_id: o.orderId,
  user_id: o.user,
  client_order_id: o.clientOrderId,
  ticker: o.ticker,
  side: o.outcomeSide,
  action: "buy",
  outcome_side: o.outcomeSide,
  book_side: o.side,
  type: "limit",
  status: o.status,
  yes_price_dollars: price(o.price),
  no_price_dollars: price(o.noPrice),
  fill_count_fp: count(o.fillCount),
  remaining_count_fp: count(o.remainingCount),
  initial_count_fp: count(o.initialCount),
  taker_fill_cost_dollars: money(o.takerFillCost),
  maker_fill_cost_dollars: money(o.makerFillCost),
  taker_fees_dollars: money(o.takerFees),
  maker_fees_dollars: money(o.makerFees),
  expiration_time: o.expirationTsMs === undefined ? null : time(o.expirationTsMs),
  created_time: time(o.createdTsMs),
  last_update_time: time(o.lastUpdatedTsMs),
  self_trade_prevention_type: o.selfTradePreventionType,
  order_group_id: o.orderGroupId ?? null,
  cancel_order_on_pause: o.cancelOrderOnPause,
  subaccount_number: o.subaccount,
  exchange_index: 0
})

/** The spec's `Fill`. */
export const fill = (f: Engine.Fill, fillId: string): Record<string, unknown> => ({
  fill_id: fillId,
  exchange_index: 0,
  trade_id: f.tradeId,
  order_id: f.orderId,
  ticker: f.ticker,
  market_ticker: f.ticker,
  side: f.outcomeSide,
  action: "buy",
  outcome_side: f.outcomeSide,
  book_side: f.side,
  count_fp: count(f.count),
  yes_price_dollars: price(f.price),
  no_price_dollars: price(f.noPrice),
  is_taker: f.isTaker,
  created_time: time(f.tsMs),
  fee_cost: money(f.feeCost),
  subaccount_number: f.subaccount,
  ts: Math.floor(f.tsMs / 1000)
})

/** The spec's `Trade`. */
export const trade = (t: Engine.Trade): Record<string, unknown> => ({
  trade_id: t.tradeId,
  ticker: t.ticker,
  count_fp: count(t.count),
  yes_price_dollars: price(t.yesPrice),
  no_price_dollars: price(t.noPrice),
  taker_side: t.takerOutcomeSide,
  taker_outcome_side: t.takerOutcomeSide,
  taker_book_side: t.takerSide,
  created_time: time(t.tsMs),
  is_block_trade: t.blockTrade === true
})

/** The spec's `MarketPosition`. */
export const marketPosition = (p: Engine.Position): Record<string, unknown> => ({
  ticker: p.ticker,
  exchange_index: 0,
  total_traded_dollars: dollars(p.totalTraded),
  position_fp: count(p.position),
  market_exposure_dollars: dollars(p.marketExposure),
  realized_pnl_dollars: dollars(p.realizedPnl),
  fees_paid_dollars: dollars(p.feesPaid),
  last_updated_ts: time(p.lastUpdatedTsMs)
})

/** Book levels as `[price, count]` pairs, ascending by price. */
export const levels = (
  ls: ReadonlyArray<Engine.BookLevel>,
  map: (p: BigDecimal.BigDecimal) => BigDecimal.BigDecimal = (p) => p
): Array<[string, string]> =>
  ls.map((l) => ({ p: map(l.price), c: l.count }))
    .sort((a, b) => BigDecimal.Order(a.p, b.p))
    .map((l) => [price(l.p), count(l.c)])

// ---------------------------------------------------------------------------------------------
// WebSocket messages
// ---------------------------------------------------------------------------------------------

/** `user_order`. */
export const userOrder = (o: Engine.Order): Record<string, unknown> => ({
  order_id: o.orderId,
  user_id: o.user,
  ticker: o.ticker,
  exchange_index: 0,
  status: o.status,
  side: o.outcomeSide,
  is_yes: o.outcomeSide === "yes",
  outcome_side: o.outcomeSide,
  book_side: o.side,
  yes_price_dollars: price(o.price),
  fill_count_fp: count(o.fillCount),
  remaining_count_fp: count(o.remainingCount),
  initial_count_fp: count(o.initialCount),
  taker_fill_cost_dollars: money(o.takerFillCost),
  maker_fill_cost_dollars: money(o.makerFillCost),
  taker_fees_dollars: money(o.takerFees),
  maker_fees_dollars: money(o.makerFees),
  client_order_id: o.clientOrderId,
  ...(o.orderGroupId !== undefined ? { order_group_id: o.orderGroupId } : {}),
  self_trade_prevention_type: o.selfTradePreventionType,
  created_time: time(o.createdTsMs),
  last_update_time: time(o.lastUpdatedTsMs),
  ...(o.expirationTsMs !== undefined
    ? { expiration_time: time(o.expirationTsMs), expiration_ts_ms: o.expirationTsMs }
    : {}),
  created_ts_ms: o.createdTsMs,
  last_updated_ts_ms: o.lastUpdatedTsMs,
  ...(o.lastUpdateReason !== undefined && wsUpdateReasons.has(o.lastUpdateReason)
    ? { last_update_reason: o.lastUpdateReason }
    : {}),
  subaccount_number: o.subaccount
})

const wsUpdateReasons = new Set<string>([
  "Decrease",
  "Amend",
  "MarginCancel",
  "SelfTradeCancel",
  "ExpiryCancel",
  "CloseCancel",
  "HaltCancel",
  "Trade",
  "PostOnlyCrossCancel",
  "ReduceOnlyCancel"
])

/** `fill`. */
export const wsFill = (f: Engine.Fill): Record<string, unknown> => ({
  trade_id: f.tradeId,
  order_id: f.orderId,
  ...(f.clientOrderId !== "" ? { client_order_id: f.clientOrderId } : {}),
  market_ticker: f.ticker,
  exchange_index: 0,
  is_taker: f.isTaker,
  side: f.outcomeSide,
  ts: Math.floor(f.tsMs / 1000),
  ts_ms: f.tsMs,
  yes_price_dollars: price(f.price),
  count_fp: count(f.count),
  fee_cost: money(f.feeCost),
  action: "buy",
  post_position_fp: count(f.postPosition),
  purchased_side: f.outcomeSide,
  outcome_side: f.outcomeSide,
  book_side: f.side,
  subaccount: f.subaccount
})

/** `trade`. */
export const wsTrade = (t: Engine.Trade): Record<string, unknown> => ({
  trade_id: t.tradeId,
  market_ticker: t.ticker,
  yes_price_dollars: price(t.yesPrice),
  no_price_dollars: price(t.noPrice),
  count_fp: count(t.count),
  taker_side: t.takerOutcomeSide,
  taker_outcome_side: t.takerOutcomeSide,
  taker_book_side: t.takerSide,
  is_block_trade: false,
  ts: Math.floor(t.tsMs / 1000),
  ts_ms: t.tsMs
})

/** `market_position`. */
export const wsPosition = (p: Engine.Position): Record<string, unknown> => ({
  user_id: p.user,
  market_ticker: p.ticker,
  position_fp: count(p.position),
  position_cost_dollars: dollars(p.marketExposure),
  realized_pnl_dollars: dollars(p.realizedPnl),
  fees_paid_dollars: dollars(p.feesPaid),
  position_fee_cost_dollars: dollars(p.feesPaid),
  volume_fp: count(p.volume),
  subaccount: p.subaccount
})

const ZERO = BigDecimal.fromBigInt(0n)

/** `ticker`. */
export const wsTicker = (m: Engine.Market, marketId: string, tsMs: number): Record<string, unknown> => {
  const last = Option.getOrElse(m.lastPrice, () => ZERO)
  return {
    market_id: marketId,
    market_ticker: m.ticker,
    price_dollars: price(last),
    yes_bid_dollars: price(Option.match(m.yesBid, { onNone: () => ZERO, onSome: (l) => l.price })),
    yes_ask_dollars: price(Option.match(m.yesAsk, { onNone: () => ONE, onSome: (l) => l.price })),
    volume_fp: count(m.volume),
    open_interest_fp: count(m.openInterest),
    dollar_volume: wholeDollars(BigDecimal.multiply(m.volume, last)),
    dollar_open_interest: wholeDollars(BigDecimal.multiply(m.openInterest, last)),
    yes_bid_size_fp: count(Option.match(m.yesBid, { onNone: () => ZERO, onSome: (l) => l.count })),
    yes_ask_size_fp: count(Option.match(m.yesAsk, { onNone: () => ZERO, onSome: (l) => l.count })),
    last_trade_size_fp: count(m.lastTradeCount),
    ts: Math.floor(tsMs / 1000),
    ts_ms: tsMs,
    time: time(tsMs)
  }
}

const wholeDollars = (d: BigDecimal.BigDecimal): number => Number(BigDecimal.truncate(d, 0).value)

// ---------------------------------------------------------------------------------------------
// candlesticks
// ---------------------------------------------------------------------------------------------

const ohlcDollars = (o: Ohlc) => ({
  open_dollars: price(o.open),
  low_dollars: price(o.low),
  high_dollars: price(o.high),
  close_dollars: price(o.close)
})

/** The spec's `MarketCandlestick`: a candle without trades has only `previous_dollars` in its price. */
export const candle = (c: Candle): Record<string, unknown> => ({
  end_period_ts: c.endTs,
  yes_bid: ohlcDollars(c.yesBid),
  yes_ask: ohlcDollars(c.yesAsk),
  price: {
    ...(c.price === undefined ? {} : { ...ohlcDollars(c.price), mean_dollars: price(c.price.mean) }),
    ...(c.previous === undefined ? {} : { previous_dollars: price(c.previous) })
  },
  volume_fp: count(c.volume),
  open_interest_fp: count(c.openInterest)
})

const ohlcPlain = (o: Ohlc) => ({ open: price(o.open), low: price(o.low), high: price(o.high), close: price(o.close) })

/** The spec's `MarketCandlestickHistorical`: the older names, `null` where a value is missing. */
export const historicalCandle = (c: Candle): Record<string, unknown> => ({
  end_period_ts: c.endTs,
  yes_bid: ohlcPlain(c.yesBid),
  yes_ask: ohlcPlain(c.yesAsk),
  price: {
    open: c.price === undefined ? null : price(c.price.open),
    low: c.price === undefined ? null : price(c.price.low),
    high: c.price === undefined ? null : price(c.price.high),
    close: c.price === undefined ? null : price(c.price.close),
    mean: c.price === undefined ? null : price(c.price.mean),
    previous: c.previous === undefined ? null : price(c.previous)
  },
  volume: count(c.volume),
  open_interest: count(c.openInterest)
})

/** Drops the `undefined` fields of a record (the wire leaves out what a record does not have). */
export const compact = (o: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v
  return out
}
