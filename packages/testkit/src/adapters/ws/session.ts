/**
 * The WebSocket side of the exchange: one session per connection with its subscriptions, the
 * command replies of the API (with the error codes of the AsyncAPI spec), per-subscription `seq`
 * on the channels that carry it, and the data messages rendered from the engine's events.
 *
 * @internal
 */
import * as Messages from "@kalshi-effect/ws/Messages"
import * as Option from "effect/Option"
import type { WebSocket } from "ws"
import type * as Engine from "../../Engine.js"
import type { CommunicationEvent } from "../../exchange/rfq.js"
import type { ExchangeState } from "../../exchange/state.js"
import * as Wire from "../wire.js"
import { communicationMessages } from "./communications.js"

/**
 * The channels a subscription may name, and those whose messages carry `seq`: the SDK's own
 * lists of the AsyncAPI spec's channels (checked against the spec by the ws package's tests), so
 * a channel the spec adds is accepted here without a second list to keep in step.
 */
export const channels: ReadonlyArray<string> = Messages.channels
const seqChannels: ReadonlySet<string> = Messages.sequencedChannels
const marketChannels = new Set<string>([
  "orderbook_delta",
  "ticker",
  "trade",
  "fill",
  "market_positions",
  "user_orders"
])

export interface Subscription {
  readonly sid: number
  readonly channel: string
  /** The markets it follows; undefined follows all. */
  markets: Array<string> | undefined
  seq: number
  readonly useYesPrice: boolean
  /** `communications`: only the user's own RFQs (`user_filter: "self"`). */
  readonly selfOnly?: boolean | undefined
}

/** Fault switches the sessions read when they send. */
export interface WsFaults {
  /** Pending seq skips: a channel name, or "*" for any seq-carrying channel. */
  readonly skips: Array<string>
}

export class Session {
  readonly subs = new Map<number, Subscription>()
  private nextSid = 1

  constructor(
    readonly socket: WebSocket,
    readonly user: string,
    private readonly state: ExchangeState,
    private readonly faults: WsFaults
  ) {}

  private send(frame: Record<string, unknown>): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(frame))
  }

  private nextSeq(sub: Subscription): number {
    const i = this.faults.skips.findIndex((c) => c === "*" || c === sub.channel)
    if (i !== -1) {
      this.faults.skips.splice(i, 1)
      sub.seq += 1
    }
    sub.seq += 1
    return sub.seq
  }

  private publish(sub: Subscription, type: string, msg: unknown, id?: number): void {
    this.send({
      type,
      sid: sub.sid,
      ...(seqChannels.has(sub.channel) ? { seq: this.nextSeq(sub) } : {}),
      ...(id !== undefined ? { id } : {}),
      msg
    })
  }

  private error(id: number | undefined, code: number, msg: string, sid?: number): void {
    this.send({
      type: "error",
      ...(id !== undefined ? { id } : {}),
      ...(sid !== undefined ? { sid } : {}),
      msg: { code, msg }
    })
  }

  // ------------------------------------------------------------------ commands

  onMessage(text: string): void {
    let command: unknown
    try {
      command = JSON.parse(text)
    } catch {
      return this.error(undefined, 1, "Unable to process message")
    }
    if (typeof command !== "object" || command === null || Array.isArray(command)) {
      return this.error(undefined, 1, "Unable to process message")
    }
    const c = command as Record<string, unknown>
    const id = typeof c["id"] === "number" ? c["id"] : undefined
    const cmd = c["cmd"]
    const params = c["params"]
    if (cmd === "list_subscriptions") {
      return this.send({
        type: "ok",
        ...(id !== undefined ? { id } : {}),
        msg: [...this.subs.values()].map((s) => ({ channel: s.channel, sid: s.sid }))
      })
    }
    if (cmd !== "subscribe" && cmd !== "unsubscribe" && cmd !== "update_subscription") {
      return this.error(id, 5, "Unknown command")
    }
    if (typeof params !== "object" || params === null || Array.isArray(params)) {
      return this.error(id, 2, "Params required")
    }
    const p = params as Record<string, unknown>
    if (cmd === "subscribe") return this.subscribe(id, p)
    if (cmd === "unsubscribe") return this.unsubscribe(id, p)
    return this.update(id, p)
  }

  private tickersOf(p: Record<string, unknown>): Array<string> | "invalid" {
    const out: Array<string> = []
    const one = p["market_ticker"]
    const many = p["market_tickers"]
    if (one !== undefined) {
      if (typeof one !== "string") return "invalid"
      out.push(one)
    }
    if (many !== undefined) {
      if (!Array.isArray(many) || many.some((t) => typeof t !== "string")) return "invalid"
      for (const item of many as Array<string>) out.push(item)
    }
    const ids: Array<unknown> = [
      ...(p["market_id"] !== undefined ? [p["market_id"]] : []),
      ...(Array.isArray(p["market_ids"]) ? p["market_ids"] : p["market_ids"] !== undefined ? [null] : [])
    ]
    for (const id of ids) {
      if (typeof id !== "string") return "invalid"
      const market = [...this.state.markets.values()].find((m) => m.marketId === id)
      if (market === undefined) return "invalid"
      out.push(market.ticker)
    }
    return [...new Set(out)]
  }

  private subscribe(id: number | undefined, p: Record<string, unknown>): void {
    const list = p["channels"]
    if (!Array.isArray(list) || list.length === 0) return this.error(id, 3, "Channels required")
    const unknown = list.find((ch) => typeof ch !== "string" || !channels.includes(ch))
    if (unknown !== undefined) return this.error(id, 8, "Unknown channel name")
    const tickers = this.tickersOf(p)
    if (tickers === "invalid") return this.error(id, 11, "Invalid parameter")
    if (list.includes("orderbook_delta") && tickers.length === 0) return this.error(id, 14, "Market Ticker required")
    const useYesPrice = p["use_yes_price"] === true
    for (const channel of list as Array<string>) {
      const sub: Subscription = {
        sid: this.nextSid++,
        channel,
        markets: marketChannels.has(channel) && tickers.length > 0 ? [...tickers] : undefined,
        seq: 0,
        useYesPrice,
        selfOnly: p["user_filter"] === "self"
      }
      this.subs.set(sub.sid, sub)
      this.send({ type: "subscribed", ...(id !== undefined ? { id } : {}), msg: { channel, sid: sub.sid } })
      if (channel === "orderbook_delta") { for (const t of tickers) this.snapshot(sub, t) }
      if (channel === "ticker" && p["send_initial_snapshot"] === true) {
        for (const t of sub.markets ?? [...this.state.markets.keys()]) this.tickerOf(sub, t)
      }
    }
  }

  private unsubscribe(id: number | undefined, p: Record<string, unknown>): void {
    const sids = p["sids"]
    if (!Array.isArray(sids) || sids.length === 0) return this.error(id, 4, "Subscription IDs required")
    for (const sid of sids) {
      const sub = typeof sid === "number" ? this.subs.get(sid) : undefined
      if (sub === undefined) {
        this.error(id, 7, "Unknown subscription ID")
        continue
      }
      this.subs.delete(sub.sid)
      this.send({ type: "unsubscribed", ...(id !== undefined ? { id } : {}), sid: sub.sid, seq: this.nextSeq(sub) })
    }
  }

  private update(id: number | undefined, p: Record<string, unknown>): void {
    const single = p["sid"]
    const many = p["sids"]
    if ((single === undefined) === (many === undefined)) {
      return this.error(id, 12, "Exactly one subscription ID is required")
    }
    if (many !== undefined && (!Array.isArray(many) || many.length !== 1)) {
      return this.error(id, 12, "Exactly one subscription ID is required")
    }
    const sid = single ?? (many as Array<unknown>)[0]
    const sub = typeof sid === "number" ? this.subs.get(sid) : undefined
    if (sub === undefined) return this.error(id, 7, "Unknown subscription ID")
    const action = p["action"]
    if (action === undefined) return this.error(id, 15, "Action required", sub.sid)
    if (action !== "add_markets" && action !== "delete_markets" && action !== "get_snapshot") {
      return this.error(id, 13, "Unsupported action", sub.sid)
    }
    if (!marketChannels.has(sub.channel) || (action === "get_snapshot" && sub.channel !== "orderbook_delta")) {
      return this.error(id, 13, "Unsupported action", sub.sid)
    }
    const tickers = this.tickersOf(p)
    if (tickers === "invalid") return this.error(id, 11, "Invalid parameter", sub.sid)
    if (action === "get_snapshot") {
      for (const t of tickers.length > 0 ? tickers : sub.markets ?? []) this.snapshot(sub, t, id)
      return
    }
    if (tickers.length === 0) return this.error(id, 14, "Market Ticker required", sub.sid)
    if (action === "add_markets") {
      const current = sub.markets ?? []
      const added = tickers.filter((t) => !current.includes(t))
      sub.markets = [...current, ...added]
      this.send({
        type: "ok",
        ...(id !== undefined ? { id } : {}),
        sid: sub.sid,
        seq: this.nextSeq(sub),
        msg: { market_tickers: sub.markets }
      })
      if (sub.channel === "orderbook_delta") { for (const t of added) this.snapshot(sub, t) }
      if (sub.channel === "ticker" && p["send_initial_snapshot"] === true) {
        for (const t of added) this.tickerOf(sub, t)
      }
      return
    }
    sub.markets = (sub.markets ?? []).filter((t) => !tickers.includes(t))
    this.send({
      type: "ok",
      ...(id !== undefined ? { id } : {}),
      sid: sub.sid,
      seq: this.nextSeq(sub),
      msg: { market_tickers: sub.markets }
    })
  }

  // ------------------------------------------------------------------ data

  private marketId(ticker: string): string {
    return this.state.markets.get(ticker)?.marketId ?? ""
  }

  private snapshot(sub: Subscription, ticker: string, id?: number): void {
    const book = this.state.engine.getBook(ticker)
    const msg: Record<string, unknown> = { market_ticker: ticker, market_id: this.marketId(ticker) }
    if (Option.isSome(book)) {
      const yes = Wire.levels(book.value.bids)
      const no = Wire.levels(book.value.asks, sub.useYesPrice ? undefined : Wire.complement)
      if (yes.length > 0) msg["yes_dollars_fp"] = yes
      if (no.length > 0) msg["no_dollars_fp"] = no
    }
    this.publish(sub, "orderbook_snapshot", msg, id)
  }

  private tickerOf(sub: Subscription, ticker: string): void {
    const m = this.state.engine.getMarket(ticker)
    if (Option.isSome(m)) this.publish(sub, "ticker", Wire.wsTicker(m.value, this.marketId(ticker), this.state.now()))
  }

  private follows(sub: Subscription, ticker: string): boolean {
    return sub.markets === undefined || sub.markets.includes(ticker)
  }

  /** Sends the RFQ flow's messages to the `communications` subscriptions. */
  onCommunications(events: ReadonlyArray<CommunicationEvent>): void {
    for (const sub of this.subs.values()) {
      if (sub.channel !== "communications") continue
      for (const e of events) {
        for (const m of communicationMessages(this.state, e, this.user, sub.selfOnly === true)) {
          this.publish(sub, m.type, m.msg)
        }
      }
    }
  }

  /** Sends the messages the events mean for this session's subscriptions. */
  onEvents(events: ReadonlyArray<Engine.EngineEvent>): void {
    if (this.subs.size === 0) return
    for (const e of events) {
      for (const sub of this.subs.values()) this.dispatch(sub, e)
    }
  }

  private dispatch(sub: Subscription, e: Engine.EngineEvent): void {
    switch (sub.channel) {
      case "orderbook_delta": {
        if (e._tag !== "BookDelta" || !this.follows(sub, e.ticker)) return
        const own = e.user === this.user
        const yes = e.side === "bid"
        return this.publish(sub, "orderbook_delta", {
          market_ticker: e.ticker,
          market_id: this.marketId(e.ticker),
          price_dollars: Wire.price(yes || sub.useYesPrice ? e.price : Wire.complement(e.price)),
          delta_fp: Wire.count(e.delta),
          side: yes ? "yes" : "no",
          ...(own && e.clientOrderId !== "" ? { client_order_id: e.clientOrderId } : {}),
          ...(own ? { subaccount: e.subaccount } : {}),
          ts_ms: e.tsMs
        })
      }
      case "ticker":
        if (e._tag !== "TickerChanged" || !this.follows(sub, e.market.ticker)) return
        return this.publish(sub, "ticker", Wire.wsTicker(e.market, this.marketId(e.market.ticker), e.tsMs))
      case "trade":
        if (e._tag !== "Trade" || !this.follows(sub, e.trade.ticker)) return
        return this.publish(sub, "trade", Wire.wsTrade(e.trade))
      case "fill":
        if (e._tag !== "Fill" || e.fill.user !== this.user || !this.follows(sub, e.fill.ticker)) return
        return this.publish(sub, "fill", Wire.wsFill(e.fill))
      case "market_positions":
        if (e._tag !== "PositionChanged" || e.position.user !== this.user || !this.follows(sub, e.position.ticker)) {
          return
        }
        return this.publish(sub, "market_position", Wire.wsPosition(e.position))
      case "user_orders": {
        if (e._tag !== "OrderCreated" && e._tag !== "OrderUpdated" && e._tag !== "OrderCanceled") return
        if (e.order.user !== this.user || !this.follows(sub, e.order.ticker)) return
        return this.publish(sub, "user_order", Wire.userOrder(e.order))
      }
      case "order_group_updates":
        if (e._tag !== "OrderGroupChanged" || e.orderGroup.user !== this.user) return
        return this.publish(sub, "order_group_updates", {
          event_type: e.eventType,
          order_group_id: e.orderGroup.orderGroupId,
          contracts_limit_fp: Wire.count(e.orderGroup.contractsLimit),
          ts_ms: e.tsMs
        })
      case "market_lifecycle_v2": {
        if (e._tag !== "MarketStatusChanged") return
        const msg = lifecycle(e, this.state.results.get(e.ticker)?.result)
        if (msg !== undefined) this.publish(sub, "market_lifecycle_v2", msg)
        return
      }
    }
  }

  /** Announces a new market on `market_lifecycle_v2`. */
  onMarketCreated(ticker: string): void {
    const rec = this.state.markets.get(ticker)
    if (rec === undefined) return
    for (const sub of this.subs.values()) {
      if (sub.channel !== "market_lifecycle_v2") continue
      this.publish(sub, "market_lifecycle_v2", {
        market_ticker: ticker,
        exchange_index: 0,
        event_type: "created",
        open_ts: Math.floor(rec.openMs / 1000),
        close_ts: Math.floor(rec.closeMs / 1000),
        price_level_structure: rec.priceLevelStructure,
        price_ranges: rec.priceRanges.map((r) => ({
          start: Wire.price(r.start),
          end: Wire.price(r.end),
          step: Wire.price(r.step)
        })),
        additional_metadata: { name: rec.title, event_ticker: rec.eventTicker }
      })
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
