import { assert, describe, it } from "@effect/vitest"
import { Chunk, Clock, Effect, Metric, Option, Stream, TestClock } from "effect"
import * as KalshiWebSocket from "../src/KalshiWebSocket.js"
import { OrderbookSnapshot, Trade } from "../src/Messages.js"
import { connect, server } from "./utils/setup.js"

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

const take = <A, E>(stream: Stream.Stream<A, E>, n: number) =>
  Effect.map(Stream.runCollect(Stream.take(stream, n)), Chunk.toReadonlyArray)

const nextDisconnected = (events: Stream.Stream<KalshiWebSocket.ConnectionEvent>) =>
  Effect.map(
    take(Stream.filter(events, (e): e is KalshiWebSocket.Disconnected => e._tag === "Disconnected"), 1),
    (es) => es[0]!
  )

/** The item a subscription's stream carries for a `Disconnected` connection event. */
const lostEvent = (e: KalshiWebSocket.Disconnected) =>
  KalshiWebSocket.ControlEvent.Disconnected({ error: e.error, attempt: e.attempt, retryInMillis: e.retryInMillis })

/** Waits until the reconnect loop sleeps, and returns how long it sleeps for. */
const pendingSleep = Effect.gen(function*() {
  for (let i = 0; i < 10_000; i++) {
    const sleeps = yield* TestClock.sleeps()
    if (Chunk.isNonEmpty(sleeps)) {
      const now = yield* Clock.currentTimeMillis
      return Chunk.headNonEmpty(sleeps) - now
    }
    yield* Effect.yieldNow()
  }
  return yield* Effect.dieMessage("the reconnect loop never slept")
})

describe("KalshiWebSocket: reconnect", () => {
  it.scopedLive("the server drops the connection: the client reconnects, re-signs, resubscribes, the stream goes on", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, { reconnect: { initialDelay: "10 millis", jitter: 0 } })
      const events = yield* ws.events
      const trades = yield* ws.subscribe("trade", { market_tickers: ["M"] })
      const first = s.subOf("trade")!
      s.publish(first, "trade", tradeMsg(1))
      s.dropAll()
      const disconnected = yield* nextDisconnected(events)
      assert.strictEqual(disconnected.error.reason, "Closed")
      assert.strictEqual(disconnected.attempt, 1)
      yield* s.waitUntil(() => s.connections.length === 2 && s.subOf("trade") !== undefined)
      // a fresh, verified handshake and the same subscription parameters
      assert.strictEqual(s.handshakes.length, 2)
      assert.isTrue(s.handshakes[1]!.verified)
      const stamp = (i: number) => Number(s.handshakes[i]!.headers["kalshi-access-timestamp"])
      assert.isAbove(stamp(1), stamp(0), "each connect signs a fresh timestamp")
      const resubscribe = s.commands.filter((c) => c.cmd === "subscribe")[1]!
      assert.deepStrictEqual(resubscribe.params, { channels: ["trade"], market_tickers: ["M"] })
      const second = s.subOf("trade")!
      assert.notStrictEqual(second.sid, first.sid)
      assert.deepStrictEqual(yield* trades.sid, Option.some(second.sid))
      s.publish(second, "trade", tradeMsg(2))
      const got = yield* take(trades.stream, 4)
      assert.instanceOf(got[0], Trade)
      assert.strictEqual((got[0] as Trade).msg.trade_id, "t-1")
      // the stream learns of the drop when it happens, then of the new subscription
      assert.deepStrictEqual(got[1], lostEvent(disconnected))
      assert.deepStrictEqual(got[2], KalshiWebSocket.ControlEvent.Reconnected({ sid: second.sid }))
      assert.strictEqual((got[3] as Trade).msg.trade_id, "t-2")
    }))

  it.scoped("backs off exponentially with the configured delays and cap (TestClock)", () =>
    Effect.gen(function*() {
      const s = yield* server
      // handshakes 1, 2 and 3 (after the first connection) are refused
      s.handshakeStatus = (i) => (i >= 1 && i <= 3 ? 503 : undefined)
      const ws = yield* connect(s.url, {
        reconnect: { initialDelay: "100 millis", maxDelay: "400 millis", factor: 2, jitter: 0 }
      })
      const events = yield* ws.events
      const trades = yield* ws.subscribe("trade", {})
      s.dropAll()
      const reported: Array<number> = []
      const slept: Array<number> = []
      for (let i = 1; i <= 4; i++) {
        const e = yield* nextDisconnected(events)
        assert.strictEqual(e.attempt, i)
        if (i > 1) {
          assert.strictEqual(e.error.reason, "Rejected")
          assert.strictEqual(e.error.status, 503)
        }
        reported.push(e.retryInMillis)
        const sleep = yield* pendingSleep
        slept.push(sleep)
        assert.strictEqual(s.handshakes.length, i)
        yield* TestClock.adjust(sleep)
      }
      assert.deepStrictEqual(reported, [100, 200, 400, 400])
      assert.deepStrictEqual(slept, [100, 200, 400, 400])
      const [connected] = yield* take(Stream.filter(events, (e) => e._tag === "Connected"), 1)
      assert.deepStrictEqual(connected, new KalshiWebSocket.Connected({ attempt: 4 }))
      yield* s.waitUntil(() => s.subOf("trade") !== undefined)
      assert.strictEqual(s.handshakes.length, 5)
      const sub = s.subOf("trade")!
      s.publish(sub, "trade", tradeMsg(3))
      const got = yield* take(trades.stream, 3)
      // one Disconnected for the lost connection (not one per refused attempt), then Reconnected
      const lost = got[0]!
      assert.strictEqual(KalshiWebSocket.isControlEvent(lost) && lost._tag === "Disconnected" && lost.attempt, 1)
      assert.deepStrictEqual(got[1], KalshiWebSocket.ControlEvent.Reconnected({ sid: sub.sid }))
      assert.instanceOf(got[2], Trade)
    }))

  it.scopedLive("a silent connection (no ping, no message) is detected and replaced", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, { silenceTimeout: "500 millis", reconnect: { initialDelay: "10 millis" } })
      const events = yield* ws.events
      const book = yield* ws.subscribe("ticker", {})
      const disconnected = yield* nextDisconnected(events)
      assert.strictEqual(disconnected.error.reason, "Silent")
      yield* s.waitUntil(() => s.closed.includes(0) && s.assigned.some((a) => a.conn === 1))
      const [lost, reconnected] = yield* take(book.stream, 2)
      assert.deepStrictEqual(lost, lostEvent(disconnected))
      const second = s.assigned.find((a) => a.conn === 1)!
      assert.deepStrictEqual(reconnected, KalshiWebSocket.ControlEvent.Reconnected({ sid: second.sid }))
    }))

  it.scopedLive("pings keep a quiet connection alive", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, { silenceTimeout: "600 millis", reconnect: { initialDelay: "10 millis" } })
      const events = yield* ws.events
      const conn = s.current
      // a ping every 30 ms for twice the silence timeout
      for (let i = 0; i < 40; i++) {
        conn.ping("heartbeat")
        yield* Effect.sleep("30 millis")
      }
      assert.strictEqual(s.connections.length, 1)
      assert.strictEqual(s.closed.length, 0)
      // then silence: it is replaced
      const disconnected = yield* nextDisconnected(events)
      assert.strictEqual(disconnected.error.reason, "Silent")
    }))

  it.scopedLive("a command in flight when the connection drops fails with ConnectionError Lost", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, { reconnect: { initialDelay: "10 millis" } })
      s.onCommand = (c) => {
        if (c.cmd === "list_subscriptions") {
          s.dropAll()
          return "ignore"
        }
        return "default"
      }
      const error = yield* Effect.flip(ws.listSubscriptions)
      assert.strictEqual(error._tag === "ConnectionError" && error.reason, "Lost")
      // and the next one goes through on the new connection
      s.onCommand = () => "default"
      assert.deepStrictEqual(yield* ws.listSubscriptions, [])
      assert.strictEqual(s.connections.length, 2)
    }))
  it.scopedLive("markets added before a drop are resubscribed; an order book gets Reconnected then fresh snapshots", () =>
    Effect.gen(function*() {
      const s = yield* server
      s.book("A").yes.set("0.3000", 100)
      s.book("B").no.set("0.6000", 200)
      const ws = yield* connect(s.url, { reconnect: { initialDelay: "10 millis", jitter: 0 } })
      const book = yield* ws.subscribe("orderbook_delta", { market_ticker: "A" })
      assert.deepStrictEqual(yield* book.addMarkets(["B"]), ["A", "B"])
      s.dropAll()
      yield* s.waitUntil(() => s.connections.length === 2 && s.subOf("orderbook_delta") !== undefined)
      const resubscribe = s.commands.filter((c) => c.cmd === "subscribe")[1]!
      assert.deepStrictEqual(resubscribe.params, { channels: ["orderbook_delta"], market_tickers: ["A", "B"] })
      const second = s.subOf("orderbook_delta")!
      const got = yield* take(book.stream, 6)
      // before the drop: snapshot of A, then of B (added); after: Disconnected, Reconnected, snapshots of A and B
      assert.deepStrictEqual(
        got.map((
          e
        ) => (e instanceof OrderbookSnapshot ? e.msg.market_ticker : KalshiWebSocket.isControlEvent(e) ? e._tag : "?")),
        ["A", "B", "Disconnected", "Reconnected", "A", "B"]
      )
      assert.deepStrictEqual(got[3], KalshiWebSocket.ControlEvent.Reconnected({ sid: second.sid }))
    }))

  it.scoped("jitter shortens each delay by at most the configured fraction (TestClock)", () =>
    Effect.gen(function*() {
      const s = yield* server
      s.handshakeStatus = (i) => (i >= 1 && i <= 3 ? 503 : undefined)
      const ws = yield* connect(s.url, {
        reconnect: { initialDelay: "1 second", maxDelay: "10 seconds", factor: 3, jitter: 0.5 }
      })
      const events = yield* ws.events
      s.dropAll()
      const bases = [1000, 3000, 9000, 10000]
      for (const base of bases) {
        const e = yield* nextDisconnected(events)
        assert.isAtLeast(e.retryInMillis, base / 2)
        assert.isAtMost(e.retryInMillis, base)
        const sleep = yield* pendingSleep
        assert.strictEqual(sleep, e.retryInMillis)
        yield* TestClock.adjust(sleep)
      }
      yield* s.waitUntil(() => s.connections.length === 2)
    }))
  it.scopedLive("repeated drops: every message sent on a live subscription arrives once, in order", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, { reconnect: { initialDelay: "5 millis", maxDelay: "20 millis" } })
      const trades = yield* ws.subscribe("trade", {})
      const seen: Array<string> = []
      let reconnects = 0
      yield* trades.stream.pipe(
        Stream.runForEach((e) =>
          Effect.sync(() => {
            if (e instanceof Trade) seen.push(e.msg.trade_id)
            else if (e._tag === "Reconnected") reconnects++
          })
        ),
        Effect.forkScoped
      )
      const sent: Array<string> = []
      for (let round = 0; round < 5; round++) {
        yield* s.waitUntil(() => s.connections.length === round + 1 && s.subOf("trade") !== undefined)
        const sub = s.subOf("trade")!
        for (let i = 0; i < 20; i++) {
          const n = round * 100 + i
          sent.push(`t-${n}`)
          s.publish(sub, "trade", tradeMsg(n))
        }
        yield* Effect.asVoid(ws.listSubscriptions)
        s.dropAll()
      }
      yield* s.waitUntil(() => s.connections.length === 6 && s.subOf("trade") !== undefined)
      yield* Effect.asVoid(ws.listSubscriptions)
      // let the consumer drain what is buffered
      for (let i = 0; i < 100 && seen.length < sent.length; i++) yield* Effect.sleep("10 millis")
      assert.deepStrictEqual(seen, sent)
      for (let i = 0; i < 100 && reconnects < 5; i++) yield* Effect.sleep("10 millis")
      assert.strictEqual(reconnects, 5)
    }))
  it.scopedLive("retryFirstConnect: a refused first connect is retried; without it the layer fails", () =>
    Effect.gen(function*() {
      const s = yield* server
      s.handshakeStatus = (i) => (i < 2 ? 503 : undefined)
      const error = yield* Effect.flip(connect(s.url))
      assert.strictEqual(error._tag === "ConnectionError" && error.reason, "Rejected")
      const ws = yield* connect(s.url, { retryFirstConnect: true, reconnect: { initialDelay: "5 millis" } })
      assert.strictEqual(s.handshakes.length, 3)
      assert.deepStrictEqual(yield* ws.listSubscriptions, [])
    }))
})

describe("KalshiWebSocket: reconnect policy", () => {
  const metricValue = Effect.map(Metric.value(KalshiWebSocket.reconnectsTotal), (state) => state.count)

  it.scoped("a server that drops every connection at once: the delay keeps growing up to the cap (TestClock)", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, {
        reconnect: {
          initialDelay: "100 millis",
          maxDelay: "800 millis",
          factor: 2,
          jitter: 0,
          healthyAfter: "5 seconds"
        }
      })
      const events = yield* ws.events
      const before = yield* metricValue
      s.dropOnConnect = true
      s.dropAll()
      const reported: Array<number> = []
      for (let i = 1; i <= 7; i++) {
        const e = yield* nextDisconnected(events)
        assert.strictEqual(e.attempt, i)
        reported.push(e.retryInMillis)
        const sleep = yield* pendingSleep
        assert.strictEqual(sleep, e.retryInMillis)
        yield* TestClock.adjust(sleep)
        // the attempt is made: the server accepts the connection and drops it
        yield* s.waitUntil(() => s.closed.length === i + 1)
      }
      // every connection opened and dropped: none stayed up, so the delay never went back to its first step
      assert.strictEqual(s.connections.length, 8)
      assert.deepStrictEqual(reported, [100, 200, 400, 800, 800, 800, 800])
      // one count per attempt: the eighth drop has started the eighth wait
      assert.strictEqual((yield* nextDisconnected(events)).retryInMillis, 800)
      assert.strictEqual((yield* metricValue) - before, 8)
    }))

  it.scoped("a connection that stayed healthy for healthyAfter resets the delay; a short one does not (TestClock)", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, {
        reconnect: {
          initialDelay: "100 millis",
          maxDelay: "10 seconds",
          factor: 2,
          jitter: 0,
          healthyAfter: "5 seconds"
        }
      })
      const events = yield* ws.events
      const dropAndWait = Effect.gen(function*() {
        const n = s.connections.length
        s.dropAll()
        const e = yield* nextDisconnected(events)
        yield* TestClock.adjust(yield* pendingSleep)
        yield* s.waitUntil(() => s.connections.length === n + 1)
        yield* Effect.asVoid(ws.listSubscriptions)
        return e
      })
      const first = yield* dropAndWait
      const second = yield* dropAndWait
      const third = yield* dropAndWait
      assert.deepStrictEqual([first.attempt, second.attempt, third.attempt], [1, 2, 3])
      assert.deepStrictEqual([first.retryInMillis, second.retryInMillis, third.retryInMillis], [100, 200, 400])
      // the connection stays up for healthyAfter: the next drop starts from the first step again
      yield* TestClock.adjust("5 seconds")
      const afterHealthy = yield* dropAndWait
      assert.strictEqual(afterHealthy.attempt, 1)
      assert.strictEqual(afterHealthy.retryInMillis, 100)
      // up for less than healthyAfter: the delay grows again
      yield* TestClock.adjust("4 seconds")
      const afterShort = yield* dropAndWait
      assert.strictEqual(afterShort.attempt, 2)
      assert.strictEqual(afterShort.retryInMillis, 200)
    }))

  it.scoped("a connection that delivered a data message resets the delay at once (TestClock)", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, {
        reconnect: { initialDelay: "100 millis", maxDelay: "10 seconds", factor: 2, jitter: 0, healthyAfter: "1 hour" }
      })
      const events = yield* ws.events
      const trades = yield* ws.subscribe("trade", {})
      const cycle = (publish: boolean) =>
        Effect.gen(function*() {
          const n = s.connections.length
          if (publish) {
            s.publish(s.subOf("trade")!, "trade", tradeMsg(n))
            yield* Effect.asVoid(ws.listSubscriptions)
          }
          s.dropAll()
          const e = yield* nextDisconnected(events)
          yield* TestClock.adjust(yield* pendingSleep)
          yield* s.waitUntil(() => s.connections.length === n + 1 && s.subOf("trade") !== undefined)
          return e
        })
      const a = yield* cycle(false)
      const b = yield* cycle(false)
      const c = yield* cycle(true)
      assert.deepStrictEqual([a.attempt, b.attempt, c.attempt], [1, 2, 1])
      assert.deepStrictEqual([a.retryInMillis, b.retryInMillis, c.retryInMillis], [100, 200, 100])
      assert.isDefined(trades)
    }))

  it.scoped("maxAttempts: after that many failed attempts the subscriptions and commands fail with RetriesExhausted", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, {
        reconnect: { initialDelay: "100 millis", maxDelay: "1 second", jitter: 0, maxAttempts: 3 }
      })
      const events = yield* ws.events
      const trades = yield* ws.subscribe("trade", {})
      s.dropOnConnect = true
      s.dropAll()
      for (let i = 1; i <= 3; i++) {
        const e = yield* nextDisconnected(events)
        assert.strictEqual(e.attempt, i)
        yield* TestClock.adjust(yield* pendingSleep)
        yield* s.waitUntil(() => s.closed.length === i + 1)
      }
      const error = yield* Effect.flip(Stream.runDrain(trades.stream))
      assert.strictEqual(error._tag === "ConnectionError" && error.reason, "RetriesExhausted")
      // no fourth attempt
      assert.strictEqual(s.connections.length, 4)
      const listed = yield* Effect.flip(ws.listSubscriptions)
      assert.strictEqual(listed._tag === "ConnectionError" && listed.reason, "RetriesExhausted")
      const subscribed = yield* Effect.flip(ws.subscribe("ticker", {}))
      assert.strictEqual(subscribed._tag === "ConnectionError" && subscribed.reason, "RetriesExhausted")
    }))
})
