import { assert, describe, it } from "@effect/vitest"
import { BigDecimal, Chunk, Effect, Exit, Stream } from "effect"
import * as KalshiWebSocket from "../src/KalshiWebSocket.js"
import type { Channel } from "../src/Messages.js"
import { OrderbookDelta, OrderbookSnapshot, Ticker, Trade } from "../src/Messages.js"
import { connect, server } from "./utils/setup.js"
import type { TestWsServer } from "./utils/WsServer.js"

const take = <A, E>(stream: Stream.Stream<A, E>, n: number) =>
  Effect.map(Stream.runCollect(Stream.take(stream, n)), Chunk.toReadonlyArray)

const tradeMsg = (n: number) => ({
  trade_id: `t-${n}`,
  market_ticker: "M",
  yes_price_dollars: "0.3600",
  no_price_dollars: "0.6400",
  count_fp: "1.00",
  taker_outcome_side: "yes",
  taker_book_side: "bid",
  is_block_trade: false,
  ts_ms: n
})

const tickerMsg = (n: number) => ({
  market_ticker: "M",
  price_dollars: "0.5000",
  yes_bid_dollars: "0.4900",
  yes_ask_dollars: "0.5100",
  volume_fp: `${n}.00`,
  open_interest_fp: "1.00",
  dollar_volume: n,
  dollar_open_interest: 1,
  ts_ms: n
})

const resyncReason = <C extends Channel>(e: KalshiWebSocket.SubscriptionEvent<C> | undefined) =>
  e !== undefined && KalshiWebSocket.isControlEvent(e) && e._tag === "Resync" ? e.reason : undefined
const serverCode = <C extends Channel>(e: KalshiWebSocket.SubscriptionEvent<C> | undefined) =>
  e !== undefined && KalshiWebSocket.isControlEvent(e) && e._tag === "ServerError" ? e.code : undefined

const norm = (d: BigDecimal.BigDecimal) => BigDecimal.format(BigDecimal.normalize(d))

/**
 * A reference consumer of an order book stream, following the documented protocol: a snapshot
 * replaces a market's book; a delta applies only to a market that had a snapshot since the last
 * Resync/Reconnected; Resync and Reconnected drop every book.
 */
class Books {
  readonly books = new Map<
    string,
    { yes: Map<string, BigDecimal.BigDecimal>; no: Map<string, BigDecimal.BigDecimal> }
  >()
  resets = 0
  apply(event: KalshiWebSocket.SubscriptionEvent<"orderbook_delta">) {
    if (KalshiWebSocket.isControlEvent(event)) {
      if (event._tag === "Resync" || event._tag === "Reconnected") {
        this.books.clear()
        this.resets++
      }
      return
    }
    if (event instanceof OrderbookSnapshot) {
      const side = (levels: ReadonlyArray<readonly [BigDecimal.BigDecimal, BigDecimal.BigDecimal]>) =>
        new Map(levels.map(([p, c]) => [norm(p), c]))
      this.books.set(event.msg.market_ticker, {
        yes: side(event.msg.yes_dollars_fp),
        no: side(event.msg.no_dollars_fp)
      })
      return
    }
    const book = this.books.get(event.msg.market_ticker)
    if (book === undefined) return
    const side = book[event.msg.side]
    const price = norm(event.msg.price_dollars)
    const next = BigDecimal.sum(side.get(price) ?? BigDecimal.fromBigInt(0n), event.msg.delta_fp)
    if (BigDecimal.isZero(next)) side.delete(price)
    else side.set(price, next)
  }
  /** The book in the test server's representation (price -> hundredths of a contract). */
  asServer(ticker: string) {
    const book = this.books.get(ticker)
    const side = (m: Map<string, BigDecimal.BigDecimal> | undefined) =>
      [...(m ?? new Map<string, BigDecimal.BigDecimal>()).entries()]
        .map(([p, c]) => [p, Number(norm(BigDecimal.multiply(c, BigDecimal.fromBigInt(100n))))] as const)
        .sort(([a], [b]) => Number(a) - Number(b))
    return { yes: side(book?.yes), no: side(book?.no) }
  }
}

const serverBook = (s: TestWsServer, ticker: string) => {
  const b = s.book(ticker)
  const side = (m: Map<string, number>) =>
    [...m.entries()].map(([p, c]) => [norm(BigDecimal.unsafeFromString(p)), c] as const).sort(([a], [b]) =>
      Number(a) - Number(b)
    )
  return { yes: side(b.yes), no: side(b.no) }
}

/** Every frame sent before this returns has been handled by the client (commands and frames are ordered). */
const barrier = (ws: KalshiWebSocket.Service) => Effect.asVoid(ws.listSubscriptions)

const subscribeBook = (
  s: TestWsServer,
  ws: KalshiWebSocket.Service,
  options?: { buffer?: KalshiWebSocket.BufferPolicy }
) =>
  Effect.gen(function*() {
    const book = s.book("M")
    book.yes.set("0.4000", 1000)
    book.no.set("0.5500", 500)
    const sub = yield* ws.subscribe("orderbook_delta", { market_ticker: "M" }, options)
    return { sub, server: s.subOf("orderbook_delta")! }
  })

describe("KalshiWebSocket: sequence numbers", () => {
  it.scopedLive("a seq gap in orderbook_delta: Resync, get_snapshot, a fresh snapshot, and a book equal to the server's", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const { server: sub, sub: book } = yield* subscribeBook(s, ws)
      s.delta(sub, "M", "yes", "0.4000", "-3.00")
      s.delta(sub, "M", "no", "0.5600", "7.00")
      // an update's `ok` carries a seq too: no gap
      yield* book.addMarkets(["N"])
      s.delta(sub, "M", "yes", "0.4100", "2.00")
      // the server "loses" one delta: its book changes, the client never sees it
      s.book("M").yes.set("0.4200", 400)
      sub.seq++
      s.delta(sub, "M", "yes", "0.4000", "-1.00")
      const local = new Books()
      const events: Array<KalshiWebSocket.SubscriptionEvent<"orderbook_delta">> = []
      yield* book.stream.pipe(
        Stream.tap((e) =>
          Effect.sync(() => {
            events.push(e)
            local.apply(e)
          })
        ),
        Stream.takeUntil((e) => e instanceof OrderbookSnapshot && e.msg.market_ticker === "M" && local.resets === 1),
        Stream.runDrain
      )
      const snapshot = yield* s.waitForCommand((c) => c.params?.["action"] === "get_snapshot")
      assert.deepStrictEqual(snapshot.params, { sid: sub.sid, action: "get_snapshot", market_tickers: ["M", "N"] })
      assert.deepStrictEqual(events.map(resyncReason).filter((r) => r !== undefined), ["SequenceGap"])
      assert.strictEqual(local.resets, 1)
      assert.deepStrictEqual(local.asServer("M"), serverBook(s, "M"))
      assert.isTrue(local.asServer("M").yes.some(([p]) => p === "0.42"))
    }))

  it.scopedLive("a seq gap on another channel is reported and the stream goes on", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const trades = yield* ws.subscribe("trade", {})
      const sub = s.subOf("trade")!
      s.publish(sub, "trade", tradeMsg(1))
      s.publish(sub, "trade", tradeMsg(2), { seq: 5 })
      s.publish(sub, "trade", tradeMsg(3))
      const got = yield* take(trades.stream, 4)
      assert.instanceOf(got[0], Trade)
      const gap = got[1]!
      assert.isTrue(KalshiWebSocket.isControlEvent(gap))
      if (KalshiWebSocket.isControlEvent(gap) && gap._tag === "SequenceGap") {
        assert.deepStrictEqual([gap.channel, gap.sid, gap.expected, gap.received], ["trade", sub.sid, 2, 5])
        // one tagged enum of plain values, not an error in the success channel
        assert.isTrue(KalshiWebSocket.ControlEvent.$is("SequenceGap")(gap))
        assert.notInstanceOf(gap, Error)
        assert.isFalse("type" in gap)
        assert.strictEqual(
          KalshiWebSocket.ControlEvent.$match(gap, {
            Disconnected: () => "lost",
            Reconnected: () => "back",
            Resync: () => "resync",
            SequenceGap: (e) => `gap ${e.expected}..${e.received}`,
            UndecodableFrame: () => "undecodable",
            ServerError: () => "error"
          }),
          "gap 2..5"
        )
      } else {
        assert.fail(`expected a SequenceGap, got ${JSON.stringify(gap)}`)
      }
      assert.strictEqual((got[2] as Trade).msg.trade_id, "t-2")
      assert.strictEqual((got[3] as Trade).msg.trade_id, "t-3")
      assert.isFalse(s.commands.some((c) => c.cmd === "update_subscription"))
    }))

  it.scopedLive("channels without seq are not checked", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const tickers = yield* ws.subscribe("ticker", {})
      const sub = s.subOf("ticker")!
      s.publish(sub, "ticker", tickerMsg(1), { seq: "none" })
      s.publish(sub, "ticker", tickerMsg(2), { seq: "none" })
      const got = yield* take(tickers.stream, 2)
      assert.isTrue(got.every((e) => e instanceof Ticker))
    }))
})

describe("KalshiWebSocket: requested snapshots", () => {
  it.scopedLive("getSnapshot delivers Resync (Requested) for those markets, then their snapshots", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const { server: sub, sub: book } = yield* subscribeBook(s, ws)
      yield* book.addMarkets(["N"])
      s.delta(sub, "M", "yes", "0.4000", "2.00")
      yield* barrier(ws)
      yield* book.getSnapshot(["M"])
      const cmd = s.commands.find((c) => c.params?.["action"] === "get_snapshot")!
      assert.deepStrictEqual(cmd.params, { sid: sub.sid, action: "get_snapshot", market_tickers: ["M"] })
      const got = yield* take(book.stream, 5)
      const labels = got.map((e) =>
        e instanceof OrderbookSnapshot
          ? `snapshot ${e.msg.market_ticker}`
          : e instanceof OrderbookDelta
          ? "delta"
          : (e as { _tag: string })._tag
      )
      assert.deepStrictEqual(labels, ["snapshot M", "snapshot N", "delta", "Resync", "snapshot M"])
      const resync = got[3]!
      assert.deepStrictEqual(
        resync,
        KalshiWebSocket.ControlEvent.Resync({
          reason: "Requested",
          description: "snapshots were requested",
          marketTickers: ["M"]
        })
      )
      const local = new Books()
      for (const e of got) local.apply(e)
      assert.deepStrictEqual(local.asServer("M"), serverBook(s, "M"))
    }))
})

describe("KalshiWebSocket: terminal and subscription errors", () => {
  it.scopedLive("code 10 on an order book: Resync, a new subscription and fresh snapshots", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const { server: sub, sub: book } = yield* subscribeBook(s, ws)
      s.send({ type: "error", sid: sub.sid, msg: { code: 10, msg: "Channel error" } })
      yield* s.waitUntil(() => s.assigned.filter((a) => a.channel === "orderbook_delta").length === 2)
      const second = s.subOf("orderbook_delta")!
      const local = new Books()
      const got = yield* take(book.stream, 3)
      for (const e of got) local.apply(e)
      assert.instanceOf(got[0], OrderbookSnapshot)
      assert.strictEqual(resyncReason(got[1]), "SubscriptionError")
      assert.instanceOf(got[2], OrderbookSnapshot)
      assert.notStrictEqual(second.sid, sub.sid)
      assert.deepStrictEqual(local.asServer("M"), serverBook(s, "M"))
    }))

  it.scopedLive("code 25 on trades: reported, resubscribed, and the stream goes on under the new sid", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const trades = yield* ws.subscribe("trade", {})
      const first = s.subOf("trade")!
      s.send({ type: "error", sid: first.sid, seq: 1, msg: { code: 25, msg: "Subscription buffer overflow" } })
      yield* s.waitUntil(() => s.assigned.filter((a) => a.channel === "trade").length === 2)
      const second = s.subOf("trade")!
      s.publish(second, "trade", tradeMsg(1))
      const got = yield* take(trades.stream, 3)
      assert.strictEqual(serverCode(got[0]), 25)
      assert.deepStrictEqual(got[1], KalshiWebSocket.ControlEvent.Reconnected({ sid: second.sid }))
      assert.instanceOf(got[2], Trade)
    }))

  it.scopedLive("a non-terminal subscription error is delivered and nothing else happens", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const trades = yield* ws.subscribe("trade", {})
      const sub = s.subOf("trade")!
      s.send({ type: "error", sid: sub.sid, msg: { code: 27, msg: "Too many requests" } })
      s.publish(sub, "trade", tradeMsg(1))
      const got = yield* take(trades.stream, 2)
      assert.strictEqual(serverCode(got[0]), 27)
      assert.instanceOf(got[1], Trade)
      assert.strictEqual(s.assigned.length, 1)
    }))

  it.scopedLive("when get_snapshot fails, the order book resubscribes", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      s.onCommand = (c) => {
        if (c.params?.["action"] === "get_snapshot") {
          s.send({ type: "error", id: c.id, msg: { code: 13, msg: "Unsupported action" } })
          return "ignore"
        }
        return "default"
      }
      const { server: sub, sub: book } = yield* subscribeBook(s, ws)
      s.delta(sub, "M", "yes", "0.4000", "1.00", { seq: 9 })
      yield* s.waitUntil(() => s.assigned.filter((a) => a.channel === "orderbook_delta").length === 2)
      const local = new Books()
      const got = yield* take(book.stream, 4)
      for (const e of got) local.apply(e)
      assert.strictEqual(resyncReason(got[1]), "SequenceGap")
      assert.instanceOf(got[2], OrderbookDelta)
      assert.instanceOf(got[3], OrderbookSnapshot)
      assert.isTrue(s.commands.some((c) => c.cmd === "unsubscribe" && c.params["sids"][0] === sub.sid))
      assert.deepStrictEqual(local.asServer("M"), serverBook(s, "M"))
    }))
})

describe("KalshiWebSocket: bounded buffers", () => {
  it.scopedLive("policy fail: the consumer gets the buffered messages, then SubscriptionOverflow; the subscription is cancelled", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const trades = yield* ws.subscribe("trade", {}, { buffer: { capacity: 3, onOverflow: "fail" } })
      const sub = s.subOf("trade")!
      for (let n = 1; n <= 5; n++) s.publish(sub, "trade", tradeMsg(n))
      const cancel = yield* s.waitForCommand((c) => c.cmd === "unsubscribe")
      assert.deepStrictEqual(cancel.params, { sids: [sub.sid] })
      const collected: Array<string> = []
      const exit = yield* Effect.exit(
        Stream.runForEach(trades.stream, (e) => Effect.sync(() => collected.push((e as Trade).msg.trade_id)))
      )
      assert.deepStrictEqual(collected, ["t-1", "t-2", "t-3"])
      assert.isTrue(Exit.isFailure(exit))
      if (Exit.isFailure(exit) && exit.cause._tag === "Fail") {
        const error = exit.cause.error
        assert.strictEqual(error._tag, "SubscriptionOverflow")
        if (error._tag === "SubscriptionOverflow") assert.strictEqual(error.capacity, 3)
      } else {
        assert.fail("expected a SubscriptionOverflow failure")
      }
    }))

  it.scopedLive("policy dropOldest (tickers by default): only the latest messages are kept", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, { buffers: { ticker: { capacity: 2, onOverflow: "dropOldest" } } })
      const tickers = yield* ws.subscribe("ticker", {})
      const sub = s.subOf("ticker")!
      for (let n = 1; n <= 5; n++) s.publish(sub, "ticker", tickerMsg(n), { seq: "none" })
      yield* barrier(ws)
      s.publish(sub, "ticker", tickerMsg(6), { seq: "none" })
      const got = yield* take(tickers.stream, 3)
      assert.deepStrictEqual(got.map((t) => (t as Ticker).msg.ts_ms), [4, 5, 6])
    }))

  it.scopedLive("policy resync (order books by default): the buffer is cleared, Resync, then a fresh snapshot", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const { server: sub, sub: book } = yield* subscribeBook(s, ws, { buffer: { capacity: 3, onOverflow: "resync" } })
      for (let i = 1; i <= 5; i++) s.delta(sub, "M", "yes", "0.4000", "1.00")
      yield* s.waitForCommand((c) => c.params?.["action"] === "get_snapshot")
      yield* barrier(ws)
      const local = new Books()
      const events: Array<KalshiWebSocket.SubscriptionEvent<"orderbook_delta">> = []
      yield* book.stream.pipe(
        Stream.tap((e) =>
          Effect.sync(() => {
            events.push(e)
            local.apply(e)
          })
        ),
        Stream.takeUntil((e) => e instanceof OrderbookSnapshot && local.resets > 0),
        Stream.runDrain
      )
      assert.strictEqual(resyncReason(events[0]), "BufferOverflow")
      assert.isAtMost(events.length, 4)
      assert.deepStrictEqual(local.asServer("M"), serverBook(s, "M"))
      assert.deepStrictEqual(serverBook(s, "M").yes, [["0.4", 1500]])
    }))

  it.scopedLive("a slow order book consumer with a tiny buffer still converges to the server's book", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const { server: sub, sub: book } = yield* subscribeBook(s, ws, { buffer: { capacity: 4, onOverflow: "resync" } })
      const local = new Books()
      yield* book.stream.pipe(
        Stream.tap((e) => Effect.zipRight(Effect.sleep("1 millis"), Effect.sync(() => local.apply(e)))),
        Stream.runDrain,
        Effect.forkScoped
      )
      const prices = ["0.3800", "0.3900", "0.4000", "0.4100"]
      for (let i = 0; i < 300; i++) {
        const price = prices[i % prices.length]!
        const side = i % 3 === 0 ? "no" : "yes"
        const current = s.book("M")[side].get(price) ?? 0
        // never below zero on the server
        s.delta(sub, "M", side, price, current >= 200 && i % 2 === 0 ? "-2.00" : "1.00")
        if (i % 50 === 0) yield* Effect.sleep("5 millis")
      }
      yield* barrier(ws)
      let converged = false
      for (let i = 0; i < 500 && !converged; i++) {
        yield* Effect.sleep("20 millis")
        converged = JSON.stringify(local.asServer("M")) === JSON.stringify(serverBook(s, "M"))
      }
      assert.deepStrictEqual(local.asServer("M"), serverBook(s, "M"))
      assert.isAbove(local.resets, 0, "the tiny buffer overflowed at least once")
      assert.isTrue(s.commands.some((c) => c.params?.["action"] === "get_snapshot"))
    }))

  it("every channel has a bounded default policy; order books resync, user channels fail, tickers keep the latest", () => {
    const channels = Object.keys(KalshiWebSocket.defaultBufferPolicies) as Array<Channel>
    assert.strictEqual(channels.length, 13)
    for (const c of channels) assert.isAbove(KalshiWebSocket.defaultBufferPolicies[c].capacity, 0)
    assert.strictEqual(KalshiWebSocket.defaultBufferPolicies.orderbook_delta.onOverflow, "resync")
    for (const c of ["fill", "user_orders", "market_positions", "order_group_updates", "communications"] as const) {
      assert.strictEqual(KalshiWebSocket.defaultBufferPolicies[c].onOverflow, "fail")
    }
    for (const c of ["ticker", "cfbenchmarks_value", "cfbenchmarks_value_5hz", "pyth_value"] as const) {
      assert.strictEqual(KalshiWebSocket.defaultBufferPolicies[c].onOverflow, "dropOldest")
    }
  })
})
