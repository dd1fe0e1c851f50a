/**
 * One WebSocket connection of the exchange: its subscriptions, the command replies of the API
 * (with the error codes of the AsyncAPI spec), per-subscription `seq` on the channels that carry
 * it, and the data messages (`messages.ts`) of the engine's events and the external feeds it
 * follows. Faults reach it through {@link WsFaults} and {@link Session.drop}.
 *
 * @internal
 */
import * as Messages from "@kalshi-effect/ws/Messages"
import type { WebSocket } from "ws"
import type * as Engine from "../../Engine.js"
import type { CommunicationEvent } from "../../exchange/rfq.js"
import type { ExchangeState, FeedChannel, FeedTick } from "../../exchange/state.js"
import { communicationMessages } from "./communications.js"
import * as Render from "./messages.js"

/**
 * The channels a subscription may name, and those whose messages carry `seq`: the SDK's own
 * lists of the AsyncAPI spec's channels (checked against the spec by the ws package's tests and
 * this package's), so a channel the spec adds is accepted here without a second list to keep in
 * step.
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

/** The external feeds: the parameter naming their ids and the `update_subscription` actions. */
const feeds: Record<FeedChannel, {
  readonly param: string
  readonly add: string
  readonly remove: string
  readonly list: string
  readonly listType: string
  readonly missing: readonly [number, string]
}> = {
  cfbenchmarks_value: {
    param: "index_ids",
    add: "subscribe_indices",
    remove: "unsubscribe_indices",
    list: "indexlist",
    listType: "cfbenchmarks_value_indexlist",
    missing: [24, "Index IDs required"]
  },
  cfbenchmarks_value_5hz: {
    param: "index_ids",
    add: "subscribe_indices",
    remove: "unsubscribe_indices",
    list: "indexlist",
    listType: "cfbenchmarks_value_5hz_indexlist",
    missing: [24, "Index IDs required"]
  },
  pyth_value: {
    param: "underlying_tickers",
    add: "subscribe_underlyings",
    remove: "unsubscribe_underlyings",
    list: "underlying_list",
    listType: "pyth_value_underlying_list",
    missing: [28, "Underlying tickers required"]
  }
}

const isFeed = (channel: string): channel is FeedChannel => channel in feeds

export interface Subscription {
  readonly sid: number
  readonly channel: string
  /** The markets it follows; undefined follows all. */
  markets: Array<string> | undefined
  /** The feed ids it follows (`"all"` for every one), on a feed channel. */
  ids: Array<string>
  seq: number
  readonly useYesPrice: boolean
  /** `communications`: only the user's own RFQs (`user_filter: "self"`). */
  readonly selfOnly?: boolean | undefined
}

/** Fault switches the sessions read. */
export interface WsFaults {
  /** Pending seq skips: a channel name, or "*" for any seq-carrying channel. */
  readonly skips: Array<string>
  /** Pending subscribe refusals: the next subscribe of `channel` ("*": of every channel) gets error `code`. */
  readonly refusals: Array<{ readonly channel: string; readonly code: number }>
}

type Params = Record<string, unknown>

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

  private publish(sub: Subscription, data: Render.Data, id?: number): void {
    this.send({
      type: data.type,
      sid: sub.sid,
      ...(seqChannels.has(sub.channel) ? { seq: this.nextSeq(sub) } : {}),
      ...(id !== undefined ? { id } : {}),
      msg: data.msg
    })
  }

  /**
   * An error reply; with `sub`, scoped to that subscription. A command's error carries no `seq`; an
   * error the exchange sends by itself on a subscription (`sequenced`) takes the next `seq` of a
   * sequenced channel.
   */
  private error(id: number | undefined, code: number, msg: string, sub?: Subscription, sequenced = false): void {
    this.send({
      type: "error",
      ...(id !== undefined ? { id } : {}),
      ...(sub !== undefined ? { sid: sub.sid } : {}),
      ...(sub !== undefined && sequenced && seqChannels.has(sub.channel) ? { seq: this.nextSeq(sub) } : {}),
      msg: { code, msg }
    })
  }

  private ok(id: number | undefined, sub: Subscription, msg: unknown): void {
    this.send({ type: "ok", ...(id !== undefined ? { id } : {}), sid: sub.sid, seq: this.nextSeq(sub), msg })
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
    const c = command as Params
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
    const p = params as Params
    if (cmd === "subscribe") return this.subscribe(id, p)
    if (cmd === "unsubscribe") return this.unsubscribe(id, p)
    return this.update(id, p)
  }

  private tickersOf(p: Params): Array<string> | "invalid" {
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

  /** The feed ids a command names (`index_ids` or `underlying_tickers`), none when absent. */
  private idsOf(channel: FeedChannel, p: Params): Array<string> | undefined | "invalid" {
    const raw = p[feeds[channel].param]
    if (raw === undefined) return undefined
    if (!Array.isArray(raw) || raw.some((x) => typeof x !== "string")) return "invalid"
    return [...new Set(raw as Array<string>)]
  }

  private refused(channel: string): number | undefined {
    const i = this.faults.refusals.findIndex((r) => r.channel === "*" || r.channel === channel)
    if (i === -1) return undefined
    return this.faults.refusals.splice(i, 1)[0]!.code
  }

  private subscribe(id: number | undefined, p: Params): void {
    const list = p["channels"]
    if (!Array.isArray(list) || list.length === 0) return this.error(id, 3, "Channels required")
    const unknown = list.find((ch) => typeof ch !== "string" || !channels.includes(ch))
    if (unknown !== undefined) return this.error(id, 8, "Unknown channel name")
    const tickers = this.tickersOf(p)
    if (tickers === "invalid") return this.error(id, 11, "Invalid parameter")
    if (list.includes("orderbook_delta") && tickers.length === 0) return this.error(id, 14, "Market Ticker required")
    for (const channel of list as Array<string>) {
      if (isFeed(channel) && this.idsOf(channel, p) === "invalid") return this.error(id, 11, "Invalid parameter")
    }
    for (const channel of list as Array<string>) {
      const refusal = this.refused(channel)
      if (refusal !== undefined) {
        this.error(id, refusal, Messages.errorCodes[refusal] ?? "Channel error")
        continue
      }
      const ids = isFeed(channel) ? this.idsOf(channel, p) : undefined
      const sub: Subscription = {
        sid: this.nextSid++,
        channel,
        markets: marketChannels.has(channel) && tickers.length > 0 ? [...tickers] : undefined,
        ids: Array.isArray(ids) ? ids : [],
        seq: 0,
        useYesPrice: p["use_yes_price"] === true,
        selfOnly: p["user_filter"] === "self"
      }
      this.subs.set(sub.sid, sub)
      this.send({ type: "subscribed", ...(id !== undefined ? { id } : {}), msg: { channel, sid: sub.sid } })
      if (channel === "orderbook_delta") {
        for (const t of tickers) this.publish(sub, Render.snapshot(this.state, sub, t))
      }
      if (channel === "ticker" && p["send_initial_snapshot"] === true) {
        for (const t of sub.markets ?? [...this.state.markets.keys()]) this.tickerOf(sub, t)
      }
    }
  }

  private unsubscribe(id: number | undefined, p: Params): void {
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

  private update(id: number | undefined, p: Params): void {
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
    if (action === undefined) return this.error(id, 15, "Action required", sub)
    if (isFeed(sub.channel)) return this.updateFeed(id, sub, sub.channel, action, p)
    if (action !== "add_markets" && action !== "delete_markets" && action !== "get_snapshot") {
      return this.error(id, 13, "Unsupported action", sub)
    }
    if (!marketChannels.has(sub.channel) || (action === "get_snapshot" && sub.channel !== "orderbook_delta")) {
      return this.error(id, 13, "Unsupported action", sub)
    }
    const tickers = this.tickersOf(p)
    if (tickers === "invalid") return this.error(id, 11, "Invalid parameter", sub)
    if (action === "get_snapshot") {
      for (const t of tickers.length > 0 ? tickers : sub.markets ?? []) {
        this.publish(sub, Render.snapshot(this.state, sub, t), id)
      }
      return
    }
    if (tickers.length === 0) return this.error(id, 14, "Market Ticker required", sub)
    if (action === "add_markets") {
      const current = sub.markets ?? []
      const added = tickers.filter((t) => !current.includes(t))
      sub.markets = [...current, ...added]
      this.ok(id, sub, { market_tickers: sub.markets })
      if (sub.channel === "orderbook_delta") {
        for (const t of added) this.publish(sub, Render.snapshot(this.state, sub, t))
      }
      if (sub.channel === "ticker" && p["send_initial_snapshot"] === true) {
        for (const t of added) this.tickerOf(sub, t)
      }
      return
    }
    sub.markets = (sub.markets ?? []).filter((t) => !tickers.includes(t))
    this.ok(id, sub, { market_tickers: sub.markets })
  }

  /** `update_subscription` on a feed channel: add or remove ids, or list the ids the feed publishes. */
  private updateFeed(id: number | undefined, sub: Subscription, channel: FeedChannel, action: unknown, p: Params) {
    const feed = feeds[channel]
    if (action === feed.list) {
      return this.publish(sub, { type: feed.listType, msg: { [feed.param]: [...this.state.feedIds[channel]] } }, id)
    }
    if (action !== feed.add && action !== feed.remove) return this.error(id, 13, "Unsupported action", sub)
    const ids = this.idsOf(channel, p)
    if (ids === "invalid") return this.error(id, 11, "Invalid parameter", sub)
    if (ids === undefined || ids.length === 0) return this.error(id, feed.missing[0], feed.missing[1], sub)
    sub.ids = action === feed.add
      ? [...sub.ids, ...ids.filter((x) => !sub.ids.includes(x))]
      : sub.ids.filter((x) => !ids.includes(x))
    this.ok(id, sub, { [feed.param]: sub.ids })
  }

  // ------------------------------------------------------------------ data

  private tickerOf(sub: Subscription, ticker: string): void {
    const data = Render.tickerNow(this.state, ticker)
    if (data !== undefined) this.publish(sub, data)
  }

  /** Sends the RFQ flow's messages to the `communications` subscriptions. */
  onCommunications(events: ReadonlyArray<CommunicationEvent>): void {
    for (const sub of this.subs.values()) {
      if (sub.channel !== "communications") continue
      for (const e of events) {
        for (const m of communicationMessages(this.state, e, this.user, sub.selfOnly === true)) {
          this.publish(sub, m)
        }
      }
    }
  }

  /** Sends the messages the events mean for this session's subscriptions. */
  onEvents(events: ReadonlyArray<Engine.EngineEvent>): void {
    if (this.subs.size === 0) return
    for (const e of events) {
      for (const sub of this.subs.values()) {
        const data = Render.forEvent(this.state, this.user, sub, e)
        if (data !== undefined) this.publish(sub, data)
      }
    }
  }

  /** Sends a feed value to the subscriptions that follow its id. */
  onFeed(tick: FeedTick): void {
    for (const sub of this.subs.values()) {
      if (sub.channel !== tick._tag || !(sub.ids.includes("all") || sub.ids.includes(tick.id))) continue
      this.publish(sub, Render.forFeed(tick, this.state.now()))
    }
  }

  /** Announces a new market on the lifecycle channels. */
  onMarketCreated(ticker: string): void {
    const rec = this.state.markets.get(ticker)
    if (rec === undefined) return
    for (const sub of this.subs.values()) {
      const data = Render.created(this.state, sub.channel, rec)
      if (data !== undefined) this.publish(sub, data)
    }
  }

  /**
   * Ends the subscriptions of `channel` (every one with `"*"`) with error `code` (10 "Channel error"
   * or 25 "Subscription buffer overflow"): the client must subscribe again. Returns how many.
   */
  drop(channel: string, code: number): number {
    let n = 0
    for (const sub of [...this.subs.values()]) {
      if (channel !== "*" && sub.channel !== channel) continue
      this.error(undefined, code, Messages.errorCodes[code] ?? "Channel error", sub, true)
      this.subs.delete(sub.sid)
      n += 1
    }
    return n
  }
}
