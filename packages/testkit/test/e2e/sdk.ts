/**
 * The SDK wired to a local exchange for end-to-end tests: every REST service and one WebSocket
 * connection, both configured by `TestExchange.layer` for its default account; helpers to record
 * what a stream delivers and to read books in one shape.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type { KalshiHttpClient, KalshiRateLimiter } from "@kalshi-effect/core"
import { KalshiRest } from "@kalshi-effect/rest"
import { KalshiWebSocket, type Messages } from "@kalshi-effect/ws"
import * as BigDecimal from "effect/BigDecimal"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as SubscriptionRef from "effect/SubscriptionRef"
import { TestExchange } from "../../src/index.js"

/** Reconnects within a few hundred milliseconds, so that drop tests stay short. */
export const fastReconnect: KalshiWebSocket.Options = {
  reconnect: { initialDelay: "20 millis", maxDelay: "200 millis" }
}

/**
 * The exchange, every REST service and a WebSocket connection for the exchange's default account.
 */
export const sdk = (
  exchange: TestExchange.Options,
  options: {
    readonly http?: KalshiHttpClient.Options & { readonly rateLimits?: KalshiRateLimiter.Options | undefined }
    readonly ws?: KalshiWebSocket.Options
  } = {}
) =>
  KalshiWebSocket.layerNode({ ...fastReconnect, ...options.ws }).pipe(
    Layer.provideMerge(KalshiRest.layerWithClient(options.http)),
    Layer.provideMerge(TestExchange.layer(exchange)),
    Layer.provide(FetchHttpClient.layer)
  )

/** What a stream delivered so far, and a way to wait for a condition on it. */
export interface Recorder<A> {
  readonly items: Effect.Effect<ReadonlyArray<A>>
  /** Waits until `predicate` holds over everything delivered; dies after `within` with `what` and the items. */
  readonly until: (
    what: string,
    predicate: (items: ReadonlyArray<A>) => boolean,
    within?: Duration.DurationInput
  ) => Effect.Effect<ReadonlyArray<A>>
}

/** Runs a stream in the background of the scope and records its elements. */
export const record = <A, E>(stream: Stream.Stream<A, E>): Effect.Effect<Recorder<A>, never, Scope.Scope> =>
  Effect.gen(function*() {
    const ref = yield* SubscriptionRef.make<ReadonlyArray<A>>([])
    yield* stream.pipe(
      Stream.runForEach((a) => SubscriptionRef.update(ref, (items) => [...items, a])),
      Effect.forkScoped
    )
    return {
      items: SubscriptionRef.get(ref),
      until: (what, predicate, within = "15 seconds") =>
        ref.changes.pipe(
          Stream.filter(predicate),
          Stream.runHead,
          Effect.map(Option.getOrElse((): ReadonlyArray<A> => [])),
          Effect.timeoutFail({
            duration: within,
            onTimeout: () => new Error(`timed out waiting for ${what}`)
          }),
          Effect.catchAll((error) =>
            Effect.flatMap(SubscriptionRef.get(ref), (items) =>
              Effect.dieMessage(`${error.message}; got ${items.length}: ${JSON.stringify(items.slice(-5))}`))
          )
        )
    }
  })

/** The channel messages of a subscription, without its control events. */
export const messagesOf = <C extends Messages.Channel>(
  subscription: KalshiWebSocket.Subscription<C>
): Stream.Stream<Messages.ChannelMessage<C>, unknown> =>
  subscription.stream.pipe(
    Stream.filter((event): event is Messages.ChannelMessage<C> => KalshiWebSocket.isMessage(event))
  )

/** A book as plain data: each side's bids `[price, size]`, best first, like `OrderBookView.toJSON`. */
export interface PlainBook {
  readonly marketTicker: string
  readonly yes: ReadonlyArray<readonly [string, string]>
  readonly no: ReadonlyArray<readonly [string, string]>
}

const text = (d: BigDecimal.BigDecimal) => BigDecimal.format(BigDecimal.normalize(d))
const one = BigDecimal.fromBigInt(1n)
const bestFirst = (levels: ReadonlyArray<readonly [BigDecimal.BigDecimal, BigDecimal.BigDecimal]>) =>
  [...levels]
    .sort(([a], [b]) => BigDecimal.Order(b, a))
    .map(([price, size]) => [text(price), text(size)] as const)

/** The exchange's book of a market (YES bids, and NO bids: its YES asks at `1 - price`). */
export const engineBook = (exchange: TestExchange.Service, ticker: string): Effect.Effect<PlainBook> =>
  Effect.map(exchange.book(ticker), (book) => ({
    marketTicker: ticker,
    yes: Option.match(book, {
      onNone: () => [],
      onSome: (b) => bestFirst(b.bids.map((l) => [l.price, l.count] as const))
    }),
    no: Option.match(book, {
      onNone: () => [],
      onSome: (b) => bestFirst(b.asks.map((l) => [BigDecimal.subtract(one, l.price), l.count] as const))
    })
  }))

/** A REST order book in the same shape. */
export const restBook = (
  ticker: string,
  orderbook: {
    readonly yes_dollars: ReadonlyArray<readonly [BigDecimal.BigDecimal, BigDecimal.BigDecimal]>
    readonly no_dollars: ReadonlyArray<readonly [BigDecimal.BigDecimal, BigDecimal.BigDecimal]>
  }
): PlainBook => ({ marketTicker: ticker, yes: bestFirst(orderbook.yes_dollars), no: bestFirst(orderbook.no_dollars) })

/** A seeded generator of numbers in [0, 1) (mulberry32), so that a random flow replays exactly. */
export const seeded = (seed: number) => {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    /** An integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <A>(items: ReadonlyArray<A>): A => items[Math.floor(next() * items.length)]!
  }
}

/** Cents as a wire price: `37` -> `"0.37"`. */
export const cents = (c: number): string => (c / 100).toFixed(2)
