/**
 * Local order books for Kalshi markets, built from `orderbook_snapshot` and `orderbook_delta` messages.
 *
 * Kalshi publishes bids only: YES bids and NO bids. A NO bid at `p` is a YES ask at `1 - p`, so the
 * best YES ask is `1 - best NO bid` and the best NO ask is `1 - best YES bid`.
 *
 * Prices and sizes are exact. Inside the book they are integers: prices in millionths of a dollar
 * (the finest price the exchange emits has 6 decimals) and sizes in hundredths of a contract (the
 * finest count). Each side is a pair of sorted arrays, so applying a delta is a binary search plus at
 * most one splice of a short array, and the best bid is the last element: both are cheap enough for
 * the hot path of a market data feed. Values leave the book as `BigDecimal`s.
 *
 * `OrderBook` is mutable and meant to be owned by one fiber; {@link OrderBook.state} takes an
 * immutable {@link OrderBookState} to hand to other code.
 *
 * {@link subscribe} and {@link fromSubscription} keep the books of an `orderbook_delta`
 * subscription of `KalshiWebSocket` and stream an immutable state of a market's book after every
 * snapshot and delta. They follow the subscription's protocol: a `Resync` or `Reconnected` drops
 * the affected books until their fresh snapshots arrive, and a delta the local book cannot apply
 * (a level would go negative) drops that book and asks the exchange for a new snapshot.
 *
 * @example
 * ```ts
 * import { OrderBook } from "@kalshi-effect/ws"
 * import { Effect, Stream } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const books = yield* OrderBook.subscribe({ market_tickers: ["KXBTCD-26AUG2017-T73749.99"] })
 *   yield* books.pipe(
 *     Stream.runForEach(({ book }) => Effect.log(book.marketTicker, book.bestYesBid, book.bestYesAsk))
 *   )
 * }).pipe(Effect.scoped)
 * ```
 *
 * @since 0.1.0
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { isControlEvent, KalshiWebSocket, type Subscription, type SubscriptionEvent } from "./KalshiWebSocket.js"
import type { CommandError, SubscriptionOverflow } from "./KalshiWebSocketError.js"
import type { OrderbookParams } from "./Messages.js"

/**
 * The two sides of a Kalshi book: bids to buy YES and bids to buy NO.
 *
 * @since 0.1.0
 * @category models
 */
export type Side = "yes" | "no"

/**
 * One price level.
 *
 * @since 0.1.0
 * @category models
 */
export interface Level {
  readonly price: BigDecimal.BigDecimal
  readonly size: BigDecimal.BigDecimal
}

/** Decimals of the internal integer price (millionths of a dollar). */
const PRICE_DECIMALS = 6
/** Decimals of the internal integer size (hundredths of a contract). */
const SIZE_DECIMALS = 2
/** One dollar in price ticks. */
const ONE = 10 ** PRICE_DECIMALS

/**
 * Converts a price to integer millionths of a dollar; undefined when it is not a multiple of
 * 0.000001 or out of range.
 *
 * @since 0.1.0
 * @category conversions
 */
export const priceToTicks = (price: BigDecimal.BigDecimal): number | undefined => toInteger(price, PRICE_DECIMALS)

/**
 * Converts a size to integer hundredths of a contract; undefined when it is finer than 0.01.
 *
 * @since 0.1.0
 * @category conversions
 */
export const sizeToCenti = (size: BigDecimal.BigDecimal): number | undefined => toInteger(size, SIZE_DECIMALS)

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)
/** `10 ** i` for the scales a book converts from. */
const POWERS_OF_TEN = Array.from({ length: PRICE_DECIMALS + 1 }, (_, i) => 10 ** i)

const toInteger = (d: BigDecimal.BigDecimal, decimals: number): number | undefined => {
  let value = d.value
  let scale = d.scale
  if (scale >= 0 && scale <= decimals && value <= MAX_SAFE && value >= -MAX_SAFE) {
    // The common case, in doubles: a product of two safe integers is exact while it is safe.
    const scaled = Number(value) * POWERS_OF_TEN[decimals - scale]!
    return Number.isSafeInteger(scaled) ? scaled : undefined
  }
  if (scale > decimals) {
    const n = BigDecimal.normalize(d)
    if (n.scale > decimals) return undefined
    value = n.value
    scale = n.scale
  }
  const scaled = scale === decimals ? value : value * 10n ** BigInt(decimals - scale)
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER) || scaled < -BigInt(Number.MAX_SAFE_INTEGER)) return undefined
  return Number(scaled)
}

/**
 * Parses a wire decimal string (`"0.5600"`, `"-3.00"`) straight into an integer with `decimals`
 * decimals, without building a `BigDecimal`; undefined when the text is not a plain decimal or is
 * finer than `decimals`. The fast path for specialised decoders.
 *
 * @since 0.1.0
 * @category conversions
 */
export const parseFixed = (text: string, decimals: number): number | undefined => {
  const length = text.length
  let i = 0
  let negative = false
  if (length > 0 && text.charCodeAt(0) === 45 /* - */) {
    negative = true
    i = 1
  }
  if (i >= length) return undefined
  let integer = 0
  let digits = 0
  let fraction = 0
  let fractionDigits = 0
  let seenPoint = false
  for (; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c === 46 /* . */) {
      if (seenPoint || digits === 0) return undefined
      seenPoint = true
      continue
    }
    const d = c - 48
    if (d < 0 || d > 9) return undefined
    if (seenPoint) {
      if (fractionDigits >= decimals) {
        // Trailing zeros beyond the precision are harmless ("0.560000" at 4 decimals).
        if (d !== 0) return undefined
        continue
      }
      fraction = fraction * 10 + d
      fractionDigits++
    } else {
      integer = integer * 10 + d
      digits++
    }
  }
  if (digits === 0 || (seenPoint && fractionDigits === 0 && text.charCodeAt(length - 1) === 46)) return undefined
  for (; fractionDigits < decimals; fractionDigits++) fraction *= 10
  const value = integer * 10 ** decimals + fraction
  if (!Number.isSafeInteger(value)) return undefined
  return negative ? -value : value
}

const ticksToPrice = (ticks: number): BigDecimal.BigDecimal =>
  BigDecimal.normalize(BigDecimal.make(BigInt(ticks), PRICE_DECIMALS))
const centiToSize = (centi: number): BigDecimal.BigDecimal =>
  BigDecimal.normalize(BigDecimal.make(BigInt(centi), SIZE_DECIMALS))

/** The levels of one side, prices ascending (so the best bid is last). */
interface Ladder {
  prices: Array<number>
  sizes: Array<number>
}

const emptyLadder = (): Ladder => ({ prices: [], sizes: [] })

/** Index of `price` in the ascending `prices`, or `-(insertionPoint + 1)` when absent. */
const search = (prices: ReadonlyArray<number>, price: number): number => {
  let lo = 0
  let hi = prices.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const p = prices[mid]!
    if (p < price) lo = mid + 1
    else if (p > price) hi = mid - 1
    else return mid
  }
  return -(lo + 1)
}

/**
 * The read side of a book, shared by the live {@link OrderBook} and its immutable
 * {@link OrderBookState} copies.
 *
 * @since 0.1.0
 * @category models
 */
export abstract class OrderBookView {
  /** The market's ticker. */
  abstract readonly marketTicker: string
  /** @internal */
  protected abstract readonly yes: Ladder
  /** @internal */
  protected abstract readonly no: Ladder

  /** The best (highest) bid on a side in price ticks (millionths of a dollar), or -1 when the side is empty. */
  bestBidTicks(side: Side): number {
    const ladder = side === "yes" ? this.yes : this.no
    const n = ladder.prices.length
    return n === 0 ? -1 : ladder.prices[n - 1]!
  }

  /** The size at the best bid of a side in hundredths of a contract, or 0 when the side is empty. */
  bestBidSizeCenti(side: Side): number {
    const ladder = side === "yes" ? this.yes : this.no
    const n = ladder.sizes.length
    return n === 0 ? 0 : ladder.sizes[n - 1]!
  }

  /** The best bid to buy YES. */
  get bestYesBid(): Option.Option<Level> {
    return this.bestBid(this.yes)
  }

  /** The best bid to buy NO. */
  get bestNoBid(): Option.Option<Level> {
    return this.bestBid(this.no)
  }

  /** The best offer to sell YES: `1 - best NO bid`, for the NO bid's size. */
  get bestYesAsk(): Option.Option<Level> {
    return this.bestAsk(this.no)
  }

  /** The best offer to sell NO: `1 - best YES bid`, for the YES bid's size. */
  get bestNoAsk(): Option.Option<Level> {
    return this.bestAsk(this.yes)
  }

  /** YES ask minus YES bid, when both exist. */
  get spread(): Option.Option<BigDecimal.BigDecimal> {
    const bid = this.bestBidTicks("yes")
    const noBid = this.bestBidTicks("no")
    if (bid < 0 || noBid < 0) return Option.none()
    return Option.some(ticksToPrice(ONE - noBid - bid))
  }

  /** True when the best YES bid and the best NO bid add up to more than one dollar. */
  get isCrossed(): boolean {
    const bid = this.bestBidTicks("yes")
    const noBid = this.bestBidTicks("no")
    return bid >= 0 && noBid >= 0 && bid + noBid > ONE
  }

  /** The bids of a side, best first. */
  levels(side: Side): ReadonlyArray<Level> {
    const ladder = side === "yes" ? this.yes : this.no
    const out: Array<Level> = []
    for (let i = ladder.prices.length - 1; i >= 0; i--) {
      out.push({ price: ticksToPrice(ladder.prices[i]!), size: centiToSize(ladder.sizes[i]!) })
    }
    return out
  }

  /** The number of price levels on a side. */
  depth(side: Side): number {
    return (side === "yes" ? this.yes : this.no).prices.length
  }

  /** The size resting at a price on a side (zero when there is no level). */
  sizeAt(side: Side, price: BigDecimal.BigDecimal): BigDecimal.BigDecimal {
    const ticks = priceToTicks(price)
    if (ticks === undefined) return BigDecimal.fromBigInt(0n)
    const ladder = side === "yes" ? this.yes : this.no
    const i = search(ladder.prices, ticks)
    return i < 0 ? BigDecimal.fromBigInt(0n) : centiToSize(ladder.sizes[i]!)
  }

  /** The total size of all bids on a side. */
  totalSize(side: Side): BigDecimal.BigDecimal {
    const sizes = (side === "yes" ? this.yes : this.no).sizes
    let total = 0
    for (let i = 0; i < sizes.length; i++) total += sizes[i]!
    return centiToSize(total)
  }

  /** Both sides as plain data (prices and sizes as strings), e.g. to compare books or print them. */
  toJSON(): unknown {
    const side = (s: Side) => this.levels(s).map((l) => [BigDecimal.format(l.price), BigDecimal.format(l.size)])
    return { marketTicker: this.marketTicker, yes: side("yes"), no: side("no") }
  }

  private bestBid(ladder: Ladder): Option.Option<Level> {
    const n = ladder.prices.length
    if (n === 0) return Option.none()
    return Option.some({ price: ticksToPrice(ladder.prices[n - 1]!), size: centiToSize(ladder.sizes[n - 1]!) })
  }

  private bestAsk(opposite: Ladder): Option.Option<Level> {
    const n = opposite.prices.length
    if (n === 0) return Option.none()
    return Option.some({
      price: ticksToPrice(ONE - opposite.prices[n - 1]!),
      size: centiToSize(opposite.sizes[n - 1]!)
    })
  }
}

/**
 * An immutable copy of a book at one moment.
 *
 * @since 0.1.0
 * @category models
 */
export class OrderBookState extends OrderBookView {
  /** @internal */
  protected readonly yes: Ladder
  /** @internal */
  protected readonly no: Ladder
  /** @internal */
  constructor(
    readonly marketTicker: string,
    /** The subscription sequence number of the last message applied, when known. */
    readonly seq: number | undefined,
    yes: Ladder,
    no: Ladder
  ) {
    super()
    this.yes = { prices: yes.prices.slice(), sizes: yes.sizes.slice() }
    this.no = { prices: no.prices.slice(), sizes: no.sizes.slice() }
  }
}

/**
 * A level of a snapshot as it comes off the wire, already decoded: `[price, size]`.
 *
 * @since 0.1.0
 * @category models
 */
export type SnapshotLevel = readonly [price: BigDecimal.BigDecimal, size: BigDecimal.BigDecimal]

/**
 * Why a message could not be applied: the book no longer matches the exchange's and must be
 * rebuilt from a fresh snapshot.
 *
 * @since 0.1.0
 * @category models
 */
export interface Inconsistency {
  readonly reason: "NegativeLevel" | "UnknownLevel" | "InvalidPrice" | "InvalidSize"
  readonly side: Side
  readonly price: string
}

/**
 * Options of a book.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /**
   * The subscription's `use_yes_price`: when true, NO-side prices on the wire are YES-leg prices (a NO
   * bid is reported at the YES price `1 - p`). The book converts them, so it reads the same either way.
   */
  readonly useYesPrice?: boolean | undefined
}

/**
 * The live, mutable book of one market.
 *
 * @since 0.1.0
 * @category models
 */
export class OrderBook extends OrderBookView {
  /** @internal */
  protected yes: Ladder = emptyLadder()
  /** @internal */
  protected no: Ladder = emptyLadder()
  /** Sequence number of the last message applied, when known. */
  seq: number | undefined = undefined
  /** True after a snapshot has been applied (and until {@link OrderBook.clear}). */
  hasSnapshot = false
  private readonly useYesPrice: boolean

  constructor(readonly marketTicker: string, options: Options = {}) {
    super()
    this.useYesPrice = options.useYesPrice === true
  }

  /** Empties the book, e.g. when its feed is interrupted and a new snapshot is awaited. */
  clear(): void {
    this.yes = emptyLadder()
    this.no = emptyLadder()
    this.hasSnapshot = false
    this.seq = undefined
  }

  /**
   * Replaces the whole book with a snapshot (a side that is absent or empty has no bids). Returns an
   * inconsistency, leaving the book cleared, when a level has an invalid price or size.
   */
  applySnapshot(
    yes: ReadonlyArray<SnapshotLevel> | undefined,
    no: ReadonlyArray<SnapshotLevel> | undefined,
    seq?: number
  ): Inconsistency | undefined {
    const yesLadder = emptyLadder()
    const noLadder = emptyLadder()
    const fill = (side: Side, ladder: Ladder, levels: ReadonlyArray<SnapshotLevel> | undefined) => {
      if (levels === undefined) return undefined
      for (const [price, size] of levels) {
        const ticks = this.wirePrice(side, priceToTicks(price))
        if (ticks === undefined) return { reason: "InvalidPrice", side, price: BigDecimal.format(price) } as const
        const centi = sizeToCenti(size)
        if (centi === undefined || centi < 0) {
          return { reason: "InvalidSize", side, price: BigDecimal.format(price) } as const
        }
        if (centi === 0) continue
        const i = search(ladder.prices, ticks)
        if (i >= 0) {
          ladder.sizes[i] = ladder.sizes[i]! + centi
        } else {
          const at = -i - 1
          ladder.prices.splice(at, 0, ticks)
          ladder.sizes.splice(at, 0, centi)
        }
      }
      return undefined
    }
    const problem = fill("yes", yesLadder, yes) ?? fill("no", noLadder, no)
    if (problem !== undefined) {
      this.clear()
      return problem
    }
    this.yes = yesLadder
    this.no = noLadder
    this.hasSnapshot = true
    this.seq = seq
    return undefined
  }

  /**
   * Applies one delta. Returns an inconsistency (and leaves the book unchanged) when the delta would
   * make a level negative, removes a level that does not exist, or carries an invalid price or size.
   */
  applyDelta(
    side: Side,
    price: BigDecimal.BigDecimal,
    delta: BigDecimal.BigDecimal,
    seq?: number
  ): Inconsistency | undefined {
    const ticks = priceToTicks(price)
    const centi = sizeToCenti(delta)
    if (ticks === undefined) return { reason: "InvalidPrice", side, price: BigDecimal.format(price) }
    if (centi === undefined) return { reason: "InvalidSize", side, price: BigDecimal.format(price) }
    const problem = this.applyDeltaTicks(side, ticks, centi)
    if (problem !== undefined) return { reason: problem, side, price: BigDecimal.format(price) }
    if (seq !== undefined) this.seq = seq
    return undefined
  }

  /**
   * The hot path of {@link OrderBook.applyDelta}: price in wire ticks (millionths of a dollar, on the
   * wire's leg) and delta in hundredths of a contract. Returns the reason of an inconsistency, if any.
   */
  applyDeltaTicks(side: Side, wireTicks: number, deltaCenti: number): Inconsistency["reason"] | undefined {
    const ticks = this.wirePrice(side, wireTicks)
    if (ticks === undefined) return "InvalidPrice"
    if (deltaCenti === 0) return undefined
    const ladder = side === "yes" ? this.yes : this.no
    const prices = ladder.prices
    const i = search(prices, ticks)
    if (i >= 0) {
      const size = ladder.sizes[i]! + deltaCenti
      if (size > 0) {
        ladder.sizes[i] = size
      } else if (size === 0) {
        if (i === prices.length - 1) {
          prices.pop()
          ladder.sizes.pop()
        } else {
          prices.splice(i, 1)
          ladder.sizes.splice(i, 1)
        }
      } else {
        return "NegativeLevel"
      }
      return undefined
    }
    if (deltaCenti < 0) return "UnknownLevel"
    const at = -i - 1
    if (at === prices.length) {
      prices.push(ticks)
      ladder.sizes.push(deltaCenti)
    } else {
      prices.splice(at, 0, ticks)
      ladder.sizes.splice(at, 0, deltaCenti)
    }
    return undefined
  }

  /** An immutable copy of the book as it is now. */
  state(): OrderBookState {
    return new OrderBookState(this.marketTicker, this.seq, this.yes, this.no)
  }

  /** Converts a wire price to this book's internal price (the NO leg for the NO side). */
  private wirePrice(side: Side, ticks: number | undefined): number | undefined {
    if (ticks === undefined || ticks < 0 || ticks > ONE) return undefined
    return side === "no" && this.useYesPrice ? ONE - ticks : ticks
  }
}

/**
 * A new, empty book.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (marketTicker: string, options: Options = {}): OrderBook => new OrderBook(marketTicker, options)

/**
 * A market's book after a message was applied.
 *
 * @since 0.1.0
 * @category models
 */
export interface BookUpdate {
  readonly marketTicker: string
  /** An immutable copy of the book after the message. */
  readonly book: OrderBookState
  /** What changed it: a snapshot (the book was replaced) or a delta. */
  readonly cause: "snapshot" | "delta"
}

/**
 * Options of {@link fromSubscription}.
 *
 * @since 0.1.0
 * @category models
 */
export interface StreamOptions {
  /** The subscription's `use_yes_price`. */
  readonly useYesPrice?: boolean | undefined
}

/**
 * Keeps the books of an `orderbook_delta` subscription (one per market) and streams the state of a
 * market's book after each snapshot and delta. Books are dropped on `Resync` / `Reconnected` until
 * their next snapshot; a delta that would make a level negative (or remove a level the book does
 * not have) drops the book and requests a fresh snapshot of that market.
 *
 * @since 0.1.0
 * @category streams
 */
export const fromSubscription = (
  subscription: Subscription<"orderbook_delta">,
  options: StreamOptions = {}
): Stream.Stream<BookUpdate, SubscriptionOverflow | CommandError> =>
  Stream.suspend(() => {
    const books = new Map<string, OrderBook>()
    const resnapshot = (ticker: string, warning: string) =>
      Effect.zipRight(
        Effect.logWarning(warning),
        subscription.getSnapshot([ticker]).pipe(
          Effect.retry(Schedule.exponential("100 millis").pipe(Schedule.intersect(Schedule.recurs(3))))
        )
      )
    /**
     * Applies one message; returns its update, or the warning of a book dropped (which then asks
     * for a fresh snapshot of its market), or undefined.
     */
    const apply = (event: SubscriptionEvent<"orderbook_delta">): BookUpdate | Dropped | undefined => {
      if (isControlEvent(event)) {
        if (event._tag === "Reconnected") books.clear()
        else if (event._tag === "Resync") {
          if (event.marketTickers === undefined) books.clear()
          else for (const ticker of event.marketTickers) books.delete(ticker)
        }
        return undefined
      }
      const ticker = event.msg.market_ticker
      if (event.type === "orderbook_snapshot") {
        const book = new OrderBook(ticker, options)
        const problem = book.applySnapshot(event.msg.yes_dollars_fp, event.msg.no_dollars_fp, event.seq)
        if (problem !== undefined) {
          books.delete(ticker)
          return new Dropped(ticker, `order book ${ticker}: unusable snapshot (${problem.reason} at ${problem.price})`)
        }
        books.set(ticker, book)
        return { marketTicker: ticker, book: book.state(), cause: "snapshot" }
      }
      const book = books.get(ticker)
      // No snapshot since the last reset: the snapshot that follows already includes this delta.
      if (book === undefined) return undefined
      const problem = book.applyDelta(event.msg.side, event.msg.price_dollars, event.msg.delta_fp, event.seq)
      if (problem !== undefined) {
        books.delete(ticker)
        return new Dropped(
          ticker,
          `order book ${ticker}: delta inconsistent with the local book (${problem.reason} at ${problem.side} ${problem.price}); requesting a snapshot`
        )
      }
      return { marketTicker: ticker, book: book.state(), cause: "delta" }
    }
    // A whole buffered chunk at a time, with no effect per message: only a dropped book runs one
    // (its warning and its snapshot request), before the chunk's updates are emitted.
    const step = (
      chunk: Chunk.Chunk<SubscriptionEvent<"orderbook_delta">>
    ): Effect.Effect<Chunk.Chunk<BookUpdate>, CommandError> => {
      const updates: Array<BookUpdate> = []
      let dropped: Array<Dropped> | undefined
      for (const event of chunk) {
        const out = apply(event)
        if (out === undefined) continue
        if (out instanceof Dropped) (dropped ??= []).push(out)
        else updates.push(out)
      }
      const emitted = Chunk.unsafeFromArray(updates)
      return dropped === undefined
        ? Effect.succeed(emitted)
        : Effect.as(Effect.forEach(dropped, (d) => resnapshot(d.ticker, d.warning), { discard: true }), emitted)
    }
    return subscription.stream.pipe(Stream.mapChunksEffect(step))
  })

/** A book dropped by a message it could not apply. */
class Dropped {
  constructor(readonly ticker: string, readonly warning: string) {}
}

/**
 * Subscribes to the order books of one or more markets and streams their states (see
 * {@link fromSubscription}). The subscription is taken when this effect runs, so no message is lost
 * before the stream is pulled; it belongs to the current scope.
 *
 * @since 0.1.0
 * @category streams
 */
export const subscribe = (
  params: OrderbookParams
): Effect.Effect<
  Stream.Stream<BookUpdate, SubscriptionOverflow | CommandError>,
  CommandError,
  KalshiWebSocket | Scope.Scope
> =>
  Effect.gen(function*() {
    const ws = yield* KalshiWebSocket
    const subscription = yield* ws.subscribe("orderbook_delta", params)
    return fromSubscription(subscription, { useYesPrice: params.use_yes_price })
  })
