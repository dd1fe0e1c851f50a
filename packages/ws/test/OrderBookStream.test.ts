import { assert, describe, it } from "@effect/vitest"
import { BigDecimal, Effect, Fiber, Option, Queue, Stream } from "effect"
import * as KalshiWebSocket from "../src/KalshiWebSocket.js"
import * as OrderBook from "../src/OrderBook.js"
import { connect, server } from "./utils/setup.js"
import type { TestWsServer } from "./utils/WsServer.js"

/** The server's book as `[price, count]` strings per side, best bid first, like `OrderBookView.toJSON`. */
const serverBook = (s: TestWsServer, ticker: string, useYesPrice = false) => {
  const b = s.book(ticker)
  const side = (m: Map<string, number>, flip: boolean) =>
    [...m.entries()]
      .map(([p, c]) => {
        const price = BigDecimal.unsafeFromString(p)
        const leg = flip ? BigDecimal.subtract(BigDecimal.fromBigInt(1n), price) : price
        return [
          BigDecimal.format(BigDecimal.normalize(leg)),
          BigDecimal.format(BigDecimal.normalize(BigDecimal.make(BigInt(c), 2)))
        ]
      })
      .sort(([a], [c]) => Number(c) - Number(a))
  return { marketTicker: ticker, yes: side(b.yes, false), no: side(b.no, useYesPrice) }
}

/** Pulls book updates into a queue from a forked fiber, so the test can wait for a condition. */
const collect = (stream: Stream.Stream<OrderBook.BookUpdate, unknown>) =>
  Effect.gen(function*() {
    const queue = yield* Queue.unbounded<OrderBook.BookUpdate>()
    const fiber = yield* stream.pipe(Stream.runForEach((u) => Queue.offer(queue, u)), Effect.forkScoped)
    const next = (predicate: (u: OrderBook.BookUpdate) => boolean) =>
      Effect.iterate(undefined as OrderBook.BookUpdate | undefined, {
        while: (u) => u === undefined || !predicate(u),
        body: () => Queue.take(queue)
      }) as Effect.Effect<OrderBook.BookUpdate>
    return { next, fiber }
  })

describe("OrderBook streams", () => {
  it.scopedLive("keeps the books of several markets from snapshots and deltas", () =>
    Effect.gen(function*() {
      const s = yield* server
      s.book("M").yes.set("0.4000", 1000)
      s.book("M").no.set("0.5500", 500)
      s.book("N").yes.set("0.1000", 100)
      const ws = yield* connect(s.url)
      const books = yield* OrderBook.subscribe({ market_tickers: ["M", "N"] }).pipe(
        Effect.provideService(KalshiWebSocket.KalshiWebSocket, ws)
      )
      const { next } = yield* collect(books)
      const first = yield* next((u) => u.marketTicker === "N")
      assert.strictEqual(first.cause, "snapshot")
      const sub = s.subOf("orderbook_delta")!
      s.delta(sub, "M", "yes", "0.4100", "2.00")
      s.delta(sub, "M", "no", "0.5500", "-5.00")
      s.delta(sub, "N", "no", "0.8000", "1.50")
      s.delta(sub, "M", "yes", "0.4000", "-3.00")
      // Updates arrive in order: M, M, N, M.
      const n = yield* next((u) => u.marketTicker === "N" && u.cause === "delta")
      assert.deepStrictEqual(n.book.toJSON(), serverBook(s, "N"))
      assert.strictEqual(BigDecimal.format(BigDecimal.normalize(Option.getOrThrow(n.book.bestYesAsk).price)), "0.2")
      const m = yield* next((u) =>
        u.marketTicker === "M" && u.cause === "delta" &&
        u.book.sizeAt("yes", BigDecimal.unsafeFromString("0.40")).value === 7n
      )
      assert.deepStrictEqual(m.book.toJSON(), serverBook(s, "M"))
      assert.strictEqual(Option.getOrThrow(m.book.bestYesBid).price.value, 41n)
      assert.isTrue(Option.isNone(m.book.bestYesAsk))
    }))

  it.scopedLive("after a seq gap the book is rebuilt from a fresh snapshot and equals the server's", () =>
    Effect.gen(function*() {
      const s = yield* server
      s.book("M").yes.set("0.4000", 1000)
      const ws = yield* connect(s.url)
      const books = yield* OrderBook.subscribe({ market_ticker: "M" }).pipe(
        Effect.provideService(KalshiWebSocket.KalshiWebSocket, ws)
      )
      const { next } = yield* collect(books)
      yield* next((u) => u.cause === "snapshot")
      const sub = s.subOf("orderbook_delta")!
      // The server changes its book and skips that delta's seq: the client never sees it.
      s.book("M").yes.set("0.4200", 400)
      sub.seq++
      s.delta(sub, "M", "yes", "0.4000", "-1.00")
      s.delta(sub, "M", "yes", "0.4200", "1.00")
      // No state is built on the stale book: the next update is the fresh snapshot.
      const rebuilt = yield* next(() => true)
      assert.strictEqual(rebuilt.cause, "snapshot")
      assert.deepStrictEqual(rebuilt.book.toJSON(), serverBook(s, "M"))
      assert.isTrue(s.commands.some((c) => c.params?.["action"] === "get_snapshot"))
    }))

  it.scopedLive("a delta the local book cannot apply drops the book and requests a snapshot", () =>
    Effect.gen(function*() {
      const s = yield* server
      s.book("M").yes.set("0.4000", 1000)
      const ws = yield* connect(s.url)
      const books = yield* OrderBook.subscribe({ market_ticker: "M" }).pipe(
        Effect.provideService(KalshiWebSocket.KalshiWebSocket, ws)
      )
      const { next } = yield* collect(books)
      yield* next((u) => u.cause === "snapshot")
      const sub = s.subOf("orderbook_delta")!
      // The server's book says 10 at 0.40 but it sends a delta removing 12: locally negative.
      s.book("M").yes.set("0.4000", 1200)
      s.delta(sub, "M", "yes", "0.4000", "-12.00")
      const rebuilt = yield* next((u) => u.cause === "snapshot")
      assert.deepStrictEqual(rebuilt.book.toJSON(), serverBook(s, "M"))
      const request = yield* s.waitForCommand((c) => c.params?.["action"] === "get_snapshot")
      assert.deepStrictEqual(request.params["market_tickers"], ["M"])
    }))

  it.scopedLive("after a reconnect the books come back from the new snapshots", () =>
    Effect.gen(function*() {
      const s = yield* server
      s.book("M").no.set("0.3000", 300)
      const ws = yield* connect(s.url, { reconnect: { initialDelay: "10 millis", maxDelay: "50 millis" } })
      const books = yield* OrderBook.subscribe({ market_ticker: "M" }).pipe(
        Effect.provideService(KalshiWebSocket.KalshiWebSocket, ws)
      )
      const { next } = yield* collect(books)
      yield* next((u) => u.cause === "snapshot")
      s.book("M").no.set("0.3100", 100)
      s.dropAll()
      const after = yield* next((u) => u.cause === "snapshot")
      assert.deepStrictEqual(after.book.toJSON(), serverBook(s, "M"))
      assert.isAtLeast(s.connections.length, 2)
    }))

  it.scopedLive("with use_yes_price the book reads the same", () =>
    Effect.gen(function*() {
      const s = yield* server
      // The server keeps NO bids at YES-leg prices when use_yes_price is set.
      s.book("M").no.set("0.4500", 100)
      const ws = yield* connect(s.url)
      const books = yield* OrderBook.subscribe({ market_ticker: "M", use_yes_price: true }).pipe(
        Effect.provideService(KalshiWebSocket.KalshiWebSocket, ws)
      )
      const { fiber, next } = yield* collect(books)
      const snap = yield* next((u) => u.cause === "snapshot")
      assert.deepStrictEqual(snap.book.toJSON(), serverBook(s, "M", true))
      // A NO bid at NO price 0.55 is a YES ask at 0.45.
      assert.strictEqual(BigDecimal.format(BigDecimal.normalize(Option.getOrThrow(snap.book.bestYesAsk).price)), "0.45")
      yield* Fiber.interrupt(fiber)
    }))
})
