/**
 * The data messages of the WebSocket channels: rendered from the engine's events, the catalog and
 * the external feeds, in the 3.31.0 shapes. Pure: a session decides who receives them.
 *
 * @internal
 */
import * as Option from "effect/Option"
import type * as Engine from "../../Engine.js"
import type { ExchangeState, FeedTick, IndexAverage, MarketRecord } from "../../exchange/state.js"
import * as Wire from "../wire.js"

/** What a subscription follows, as far as rendering cares. */
export interface Follower {
  readonly channel: string
  /** The markets it follows; undefined follows all. */
  readonly markets: ReadonlyArray<string> | undefined
  readonly useYesPrice: boolean
}

/** A data message: its `type` and `msg`. */
export interface Data {
  readonly type: string
  readonly msg: unknown
}

const follows = (sub: Follower, ticker: string): boolean => sub.markets === undefined || sub.markets.includes(ticker)

const marketId = (state: ExchangeState, ticker: string): string => state.markets.get(ticker)?.marketId ?? ""

const isMultivariate = (state: ExchangeState, ticker: string): boolean => {
  const rec = state.markets.get(ticker)
  return rec !== undefined && state.events.get(rec.eventTicker)?.multivariate === true
}

/** The lifecycle channels a market's lifecycle is published on, with their message type. */
const lifecycleType = (state: ExchangeState, channel: string, ticker: string): string | undefined =>
  channel === "market_lifecycle_v2"
    ? "market_lifecycle_v2"
    : channel === "multivariate_market_lifecycle" && isMultivariate(state, ticker)
    ? "multivariate_market_lifecycle"
    : undefined

/** An `orderbook_snapshot` of one market. */
export const snapshot = (state: ExchangeState, sub: Follower, ticker: string): Data => {
  const book = state.engine.getBook(ticker)
  const msg: Record<string, unknown> = { market_ticker: ticker, market_id: marketId(state, ticker) }
  if (Option.isSome(book)) {
    const yes = Wire.levels(book.value.bids)
    const no = Wire.levels(book.value.asks, sub.useYesPrice ? undefined : Wire.complement)
    if (yes.length > 0) msg["yes_dollars_fp"] = yes
    if (no.length > 0) msg["no_dollars_fp"] = no
  }
  return { type: "orderbook_snapshot", msg }
}

/** A `ticker` message of one market now, if it is listed. */
export const tickerNow = (state: ExchangeState, ticker: string): Data | undefined => {
  const m = state.engine.getMarket(ticker)
  return Option.isSome(m)
    ? { type: "ticker", msg: Wire.wsTicker(m.value, marketId(state, ticker), state.now()) }
    : undefined
}

/**
 * The message an engine event means for a subscription of `user`'s connection, if any: private
 * channels only carry the user's own orders, fills, positions and groups.
 */
export const forEvent = (
  state: ExchangeState,
  user: string,
  sub: Follower,
  e: Engine.EngineEvent
): Data | undefined => {
  switch (sub.channel) {
    case "orderbook_delta": {
      if (e._tag !== "BookDelta" || !follows(sub, e.ticker)) return undefined
      const own = e.user === user
      const yes = e.side === "bid"
      return {
        type: "orderbook_delta",
        msg: {
          market_ticker: e.ticker,
          market_id: marketId(state, e.ticker),
          price_dollars: Wire.price(yes || sub.useYesPrice ? e.price : Wire.complement(e.price)),
          delta_fp: Wire.count(e.delta),
          side: yes ? "yes" : "no",
          ...(own && e.clientOrderId !== "" ? { client_order_id: e.clientOrderId } : {}),
          ...(own ? { subaccount: e.subaccount } : {}),
          ts_ms: e.tsMs
        }
      }
    }
    case "ticker":
      if (e._tag !== "TickerChanged" || !follows(sub, e.market.ticker)) return undefined
      return { type: "ticker", msg: Wire.wsTicker(e.market, marketId(state, e.market.ticker), e.tsMs) }
    case "trade":
      if (e._tag !== "Trade" || !follows(sub, e.trade.ticker)) return undefined
      return { type: "trade", msg: Wire.wsTrade(e.trade) }
    case "fill":
      if (e._tag !== "Fill" || e.fill.user !== user || !follows(sub, e.fill.ticker)) return undefined
      return { type: "fill", msg: Wire.wsFill(e.fill) }
    case "market_positions":
      if (e._tag !== "PositionChanged" || e.position.user !== user || !follows(sub, e.position.ticker)) {
        return undefined
      }
      return { type: "market_position", msg: Wire.wsPosition(e.position) }
    case "user_orders":
      if (e._tag !== "OrderCreated" && e._tag !== "OrderUpdated" && e._tag !== "OrderCanceled") return undefined
      if (e.order.user !== user || !follows(sub, e.order.ticker)) return undefined
      return { type: "user_order", msg: Wire.userOrder(e.order) }
    case "order_group_updates":
      if (e._tag !== "OrderGroupChanged" || e.orderGroup.user !== user) return undefined
      return {
        type: "order_group_updates",
        msg: {
          event_type: e.eventType,
          order_group_id: e.orderGroup.orderGroupId,
          contracts_limit_fp: Wire.count(e.orderGroup.contractsLimit),
          ts_ms: e.tsMs
        }
      }
    case "market_lifecycle_v2":
    case "multivariate_market_lifecycle": {
      if (e._tag !== "MarketStatusChanged") return undefined
      const type = lifecycleType(state, sub.channel, e.ticker)
      const msg = type === undefined ? undefined : lifecycle(e, state.results.get(e.ticker)?.result)
      return type === undefined || msg === undefined ? undefined : { type, msg }
    }
    default:
      return undefined
  }
}

/** The `created` lifecycle message of a new market on a lifecycle channel, if it carries it. */
export const created = (state: ExchangeState, channel: string, rec: MarketRecord): Data | undefined => {
  const type = lifecycleType(state, channel, rec.ticker)
  if (type === undefined) return undefined
  return {
    type,
    msg: {
      market_ticker: rec.ticker,
      exchange_index: 0,
      event_type: "created",
      open_ts: Math.floor(rec.openMs / 1000),
      close_ts: Math.floor(rec.closeMs / 1000),
      price_level_structure: rec.priceLevelStructure,
      ...(type === "market_lifecycle_v2"
        ? {
          price_ranges: rec.priceRanges.map((r) => ({
            start: Wire.price(r.start),
            end: Wire.price(r.end),
            step: Wire.price(r.step)
          }))
        }
        : {}),
      additional_metadata: {
        name: rec.title,
        title: rec.title,
        yes_sub_title: rec.yesSubTitle,
        no_sub_title: rec.noSubTitle,
        rules_primary: rec.rulesPrimary,
        rules_secondary: "",
        can_close_early: false,
        event_ticker: rec.eventTicker,
        expected_expiration_ts: Math.floor(rec.closeMs / 1000)
      }
    }
  }
}

const lifecycle = (
  e: Engine.MarketStatusChanged,
  result: "yes" | "no" | undefined
): Record<string, unknown> | undefined => {
  const base = { market_ticker: e.ticker, exchange_index: 0 }
  const s = Math.floor(e.tsMs / 1000)
  switch (e.status) {
    case "active":
      return { ...base, event_type: "activated", is_deactivated: false }
    case "inactive":
      return { ...base, event_type: "deactivated", is_deactivated: true }
    case "closed":
      return { ...base, event_type: "close_date_updated", close_ts: s }
    case "determined":
      return { ...base, event_type: "determined", determination_ts: s, ...outcome(result) }
    case "finalized":
      return { ...base, event_type: "settled", settled_ts: s, ...outcome(result) }
    default:
      return undefined
  }
}

const outcome = (result: "yes" | "no" | undefined): Record<string, unknown> =>
  result === undefined ? {} : { result, settlement_value: result === "yes" ? "1.0000" : "0.0000" }

/** 1e-8 USD as a string with exactly 8 decimals. */
export const usd8 = (value: bigint): string => {
  const negative = value < 0n
  const digits = (negative ? -value : value).toString().padStart(9, "0")
  return `${negative ? "-" : ""}${digits.slice(0, -8)}.${digits.slice(-8)}`
}

const average = (a: IndexAverage) => ({
  value: usd8(a.value),
  window_size: a.windowSize,
  window_start_ts_ms: a.windowStartTsMs,
  window_end_ts_exclusive: a.windowEndTsExclusive
})

/** The upstream CF Benchmarks frame, as the `data` string carries it. */
const upstream = (id: string, tsMs: number, value: bigint): string =>
  JSON.stringify({ type: "value", id, time: tsMs, value: usd8(value).replace(/0+$/, "").replace(/\.$/, "") })

/** The message of an external feed's value, received by the exchange at `receivedAt`. */
export const forFeed = (tick: FeedTick, receivedAt: number): Data => {
  switch (tick._tag) {
    case "cfbenchmarks_value":
      return {
        type: "cfbenchmarks_value",
        msg: {
          index_id: tick.id,
          received_at: receivedAt,
          data: upstream(tick.id, tick.sourceTsMs, tick.value),
          avg_60s_data: average(tick.avg60s),
          ...(tick.last60sWindowedAverage15min !== undefined
            ? { last_60s_windowed_average_15min: average(tick.last60sWindowedAverage15min) }
            : {})
        }
      }
    case "cfbenchmarks_value_5hz":
      return {
        type: "cfbenchmarks_value_5hz",
        msg: {
          index_id: tick.id,
          value_usd: usd8(tick.value),
          source_ts_ms: tick.sourceTsMs,
          received_at: receivedAt,
          data: upstream(tick.id, tick.sourceTsMs, tick.value)
        }
      }
    case "pyth_value":
      return {
        type: "pyth_value",
        msg: {
          underlying_ticker: tick.id,
          value_usd: usd8(tick.value),
          source_ts_ms: tick.sourceTsMs,
          received_at: receivedAt
        }
      }
  }
}
