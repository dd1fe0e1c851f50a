/**
 * The exchange's state around the matching engine: the catalog (series, events, market
 * metadata), the accounts and their keys, the fill and trade histories, the clock with its
 * offset, and the listeners that turn engine events into WebSocket messages.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import type { KeyObject } from "node:crypto"
import * as Engine from "../Engine.js"
import { COUNT_DECIMALS, Prng, toSafeInteger } from "../engine/units.js"
import { ApiKeys } from "./apiKeys.js"
import { Catalog } from "./catalog.js"
import { Fcms } from "./fcm.js"
import { History } from "./history.js"
import { Money } from "./money.js"
import { type CommunicationEvent, Communications } from "./rfq.js"

const levelKey = (ticker: string, side: Engine.BookSide, price: BigDecimal.BigDecimal): string =>
  `${ticker}\u0000${side}\u0000${BigDecimal.format(BigDecimal.normalize(price))}`

export interface SeriesRecord {
  readonly ticker: string
  readonly title: string
  readonly category: string
  readonly frequency: string
  readonly tags: ReadonlyArray<string>
  readonly feeType: string
  readonly feeMultiplier: number
  readonly updatedMs: number
}

export interface EventRecord {
  readonly eventTicker: string
  readonly seriesTicker: string
  readonly title: string
  readonly subTitle: string
  readonly mutuallyExclusive: boolean
  readonly category: string
  /** A multivariate event: its markets' lifecycle is also published on `multivariate_market_lifecycle`. */
  readonly multivariate: boolean
  readonly updatedMs: number
}

export interface MarketRecord {
  readonly ticker: string
  readonly marketId: string
  readonly eventTicker: string
  readonly seriesTicker: string
  readonly title: string
  readonly yesSubTitle: string
  readonly noSubTitle: string
  readonly priceLevelStructure: string
  readonly priceRanges: ReadonlyArray<Engine.PriceRange>
  readonly createdMs: number
  updatedMs: number
  readonly openMs: number
  readonly closeMs: number
  readonly rulesPrimary: string
}

export interface AccountRecord {
  readonly user: string
  readonly apiKeyId: string
  readonly publicKey: KeyObject
}

export interface FillRecord {
  readonly fillId: string
  readonly fill: Engine.Fill
}

export interface SettlementRecord {
  readonly user: string
  readonly subaccount: number
  readonly ticker: string
  readonly eventTicker: string
  readonly result: "yes" | "no"
  readonly yesCount: BigDecimal.BigDecimal
  readonly yesCost: BigDecimal.BigDecimal
  readonly noCount: BigDecimal.BigDecimal
  readonly noCost: BigDecimal.BigDecimal
  /** The payout in dollars. */
  readonly revenue: BigDecimal.BigDecimal
  readonly settledMs: number
}

export type Listener = (events: ReadonlyArray<Engine.EngineEvent>) => void

/** A trailing average of index values, as the `cfbenchmarks_value` channel reports it (values in 1e-8 USD). */
export interface IndexAverage {
  readonly value: bigint
  readonly windowSize: number
  readonly windowStartTsMs: number
  readonly windowEndTsExclusive: number
}

/** A value of an external index or price feed (values in 1e-8 USD). */
export type FeedTick =
  | {
    readonly _tag: "cfbenchmarks_value"
    readonly id: string
    readonly value: bigint
    readonly sourceTsMs: number
    readonly avg60s: IndexAverage
    readonly last60sWindowedAverage15min: IndexAverage | undefined
  }
  | {
    readonly _tag: "cfbenchmarks_value_5hz"
    readonly id: string
    readonly value: bigint
    readonly sourceTsMs: number
  }
  | { readonly _tag: "pyth_value"; readonly id: string; readonly value: bigint; readonly sourceTsMs: number }

/** The channels of external feeds. */
export type FeedChannel = FeedTick["_tag"]

export class ExchangeState {
  readonly engine: Engine.Engine
  readonly ids: Prng
  readonly series = new Map<string, SeriesRecord>()
  readonly events = new Map<string, EventRecord>()
  readonly markets = new Map<string, MarketRecord>()
  readonly accountsByKey = new Map<string, AccountRecord>()
  readonly fills: Array<FillRecord> = []
  readonly trades: Array<Engine.Trade> = []
  /** Every `TickerChanged` view of each market, in time order (the candlesticks' bid, ask and open interest). */
  readonly tickerHistory = new Map<string, Array<{ readonly tsMs: number; readonly market: Engine.Market }>>()
  readonly listeners = new Set<Listener>()
  readonly settlements: Array<SettlementRecord> = []
  /** Accounts (user and subaccount) that ever held a position, per market. */
  readonly holders = new Map<string, Map<string, { readonly user: string; readonly subaccount: number }>>()
  /** Results of settled markets; their positions are reported as settled, not open. */
  readonly results = new Map<string, { readonly result: "yes" | "no"; readonly settledMs: number }>()
  offsetMs = 0
  /** Expiration times of the resting orders that have one, by order id. */
  readonly expiries = new Map<string, number>()
  /**
   * The FIFO of each book level (`ticker`, side, price), rebuilt from the engine's book deltas: an
   * order joins the back when it is added to the book and shrinks in place when contracts leave it,
   * which is the engine's price-time priority. Counts in hundredths of a contract.
   */
  readonly queues = new Map<string, Array<{ readonly orderId: string; remaining: number }>>()
  /** Listeners of the external feeds (index values, prices). */
  readonly feedListeners = new Set<(tick: FeedTick) => void>()
  /** The ids each external feed has published (what `indexlist` / `underlying_list` answer). */
  readonly feedIds: Record<FeedChannel, Set<string>> = {
    cfbenchmarks_value: new Set(),
    cfbenchmarks_value_5hz: new Set(),
    pyth_value: new Set()
  }
  /** Called when an expiration is added or removed. */
  onExpiriesChanged: () => void = () => {}
  /** Called when a market is listed while the exchange runs (a multivariate combination). */
  onMarketCreated: (ticker: string) => void = () => {}
  /** Listeners of the RFQ and quote flow (the `communications` channel). */
  readonly communicationListeners = new Set<(events: ReadonlyArray<CommunicationEvent>) => void>()
  readonly comms: Communications
  readonly money: Money
  readonly keys: ApiKeys
  readonly fcms = new Fcms()
  readonly catalog: Catalog
  history: History

  constructor(seed: number, private readonly clockMs: () => number) {
    this.engine = Engine.make({ seed })
    this.ids = new Prng((seed ^ 0x5bd1e995) >>> 0)
    const uuid = () => this.ids.uuid()
    this.comms = new Communications({
      uuid,
      marketError: (ticker) => {
        const status = this.marketStatus(ticker)
        if (status === undefined) {
          return new Engine.EngineError({
            status: 404,
            code: "not_found",
            message: "not found",
            details: "market not found"
          })
        }
        return status === "active" ? undefined : new Engine.EngineError({
          status: 400,
          code: "market_closed",
          message: "market closed",
          details: `market status is ${status}`
        })
      },
      execute: (trade) => this.run((nowMs) => this.engine.blockTrade({ ...trade, nowMs }))
    })
    this.money = new Money({
      available: (user, subaccount) => this.engine.getBalance(user, subaccount).balance,
      deposit: (user, subaccount, amount) => {
        this.run((nowMs) => this.engine.deposit({ user, subaccount, amount, nowMs }))
      },
      transfer: (user, from, to, amount) =>
        Either.map(this.run((nowMs) => this.engine.transfer({ user, from, to, amount, nowMs })), () => undefined),
      withdraw: (user, subaccount, amount) =>
        Either.map(this.run((nowMs) => this.engine.withdraw({ user, subaccount, amount, nowMs })), () => undefined)
    }, uuid)
    this.keys = new ApiKeys(this.accountsByKey, uuid)
    this.catalog = new Catalog(uuid)
    this.history = new History({ startMs: this.now() })
  }

  /** Publishes the RFQ flow's events after a command. */
  publishCommunications(): void {
    const events = this.comms.drain()
    if (events.length === 0) return
    for (const l of this.communicationListeners) {
      try {
        l(events)
      } catch {
        // a listener must not break the command
      }
    }
  }

  /** The exchange's time: the clock plus the injected offset. */
  now(): number {
    return this.clockMs() + this.offsetMs
  }

  /** Runs an engine command at the exchange's time, records and publishes its events. */
  run<A>(command: (nowMs: number) => Engine.Outcome<A>): Either.Either<A, Engine.EngineError> {
    const outcome = command(this.now())
    this.record(outcome.events)
    return outcome.result
  }

  record(events: ReadonlyArray<Engine.EngineEvent>): void {
    if (events.length === 0) return
    let expiriesChanged = false
    for (const e of events) {
      if (e._tag === "OrderCreated" || e._tag === "OrderUpdated" || e._tag === "OrderCanceled") {
        const o = e.order
        if (o.status === "resting" && o.expirationTsMs !== undefined) {
          if (this.expiries.get(o.orderId) !== o.expirationTsMs) {
            this.expiries.set(o.orderId, o.expirationTsMs)
            expiriesChanged = true
          }
        } else if (this.expiries.delete(o.orderId)) {
          expiriesChanged = true
        }
      }
      if (e._tag === "BookDelta") this.queue(e)
      if (e._tag === "Fill") this.fills.push({ fillId: this.ids.uuid(), fill: e.fill })
      else if (e._tag === "Trade") this.trades.push(e.trade)
      else if (e._tag === "PositionChanged") {
        const { subaccount, ticker, user } = e.position
        let holders = this.holders.get(ticker)
        if (holders === undefined) {
          holders = new Map()
          this.holders.set(ticker, holders)
        }
        holders.set(`${user}\u0000${subaccount}`, { user, subaccount })
      } else if (e._tag === "TickerChanged") {
        const m = this.markets.get(e.market.ticker)
        if (m !== undefined) m.updatedMs = e.tsMs
        let history = this.tickerHistory.get(e.market.ticker)
        if (history === undefined) {
          history = []
          this.tickerHistory.set(e.market.ticker, history)
        }
        history.push({ tsMs: e.tsMs, market: e.market })
      }
    }
    if (expiriesChanged) this.onExpiriesChanged()
    for (const l of this.listeners) {
      try {
        l(events)
      } catch {
        // a listener (a WebSocket session) must not break the command that caused the events
      }
    }
  }

  /** Publishes a value of an external feed. */
  publishFeed(tick: FeedTick): void {
    this.feedIds[tick._tag].add(tick.id)
    for (const l of this.feedListeners) {
      try {
        l(tick)
      } catch {
        // a listener (a WebSocket session) must not stop the feed
      }
    }
  }

  /** Expires the orders whose time has come; forgets expirations the engine did not act on. */
  expire(): void {
    this.run((nowMs) => this.engine.tick(nowMs))
    const now = this.now()
    for (const [id, at] of this.expiries) {
      if (at <= now) this.expiries.delete(id)
    }
  }

  private queue(e: Engine.BookDelta): void {
    const key = levelKey(e.ticker, e.side, e.price)
    const delta = toSafeInteger(e.delta, COUNT_DECIMALS) ?? 0
    let queue = this.queues.get(key)
    if (queue === undefined) {
      queue = []
      this.queues.set(key, queue)
    }
    const i = queue.findIndex((q) => q.orderId === e.orderId)
    if (delta > 0) {
      if (i !== -1) queue.splice(i, 1)
      queue.push({ orderId: e.orderId, remaining: delta })
    } else if (i !== -1) {
      queue[i]!.remaining += delta
      if (queue[i]!.remaining <= 0) queue.splice(i, 1)
    }
    if (queue.length === 0) this.queues.delete(key)
  }

  /** Contracts ahead of a resting order at its price level. */
  queuePosition(order: Engine.Order): BigDecimal.BigDecimal {
    const queue = this.queues.get(levelKey(order.ticker, order.side, order.price)) ?? []
    let ahead = 0
    for (const q of queue) {
      if (q.orderId === order.orderId) break
      ahead += q.remaining
    }
    return BigDecimal.make(BigInt(ahead), COUNT_DECIMALS)
  }

  /** The next expiration time, if any. */
  nextExpiry(): number | undefined {
    let next: number | undefined
    for (const at of this.expiries.values()) if (next === undefined || at < next) next = at
    return next
  }

  marketStatus(ticker: string): Engine.MarketStatus | undefined {
    const m = this.engine.getMarket(ticker)
    return m._tag === "Some" ? m.value.status : undefined
  }
}

/** Parses a wire decimal (`"0.56"`, `"10"`), rejecting anything else. */
export const parseDecimal = (s: unknown): BigDecimal.BigDecimal | undefined => {
  if (typeof s !== "string" || !/^-?\d+(\.\d+)?$/.test(s)) return undefined
  const d = BigDecimal.fromString(s)
  return d._tag === "Some" ? d.value : undefined
}
