import { assert, describe, it } from "@effect/vitest"
import { Chunk, Deferred, Duration, Effect, FiberSet, Mailbox, Option, Stream } from "effect"
import * as Commands from "../../src/internal/commands.js"
import * as Router from "../../src/internal/router.js"
import * as Subscriptions from "../../src/internal/subscriptions.js"
import type { BufferPolicy } from "../../src/KalshiWebSocket.js"
import type { ServerError, UndecodableFrame } from "../../src/KalshiWebSocketError.js"
import type { Channel } from "../../src/Messages.js"

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

/** The registry and the router of one service, without a socket: frames go in as text, commands out as objects. */
const setup = Effect.gen(function*() {
  const sent: Array<{ id: number; cmd: string; params?: Record<string, unknown> }> = []
  const connected = yield* Effect.makeLatch(true)
  const commands = Commands.make({
    send: (text) => Effect.sync(() => void sent.push(JSON.parse(text))),
    timeout: Duration.decode("5 seconds"),
    connected,
    stopped: () => undefined
  })
  const runFork = yield* FiberSet.makeRuntime<never, unknown, unknown>()
  const registry = Subscriptions.make({ commands, isConnected: () => true, runFork })
  const reported: Array<UndecodableFrame | ServerError> = []
  let data = 0
  const route = Router.make({ commands, registry, report: (e) => void reported.push(e), onData: () => void data++ })
  const frame = (f: object) => route(JSON.stringify(f))
  const waitSent = (n: number) =>
    Effect.gen(function*() {
      for (let i = 0; i < 100 && sent.length < n; i++) yield* Effect.yieldNow()
      assert.isAtLeast(sent.length, n)
      return sent[n - 1]!
    })
  /** A subscription confirmed by the server under `sid`. */
  const subscribe = (channel: Channel, sid: number, policy: BufferPolicy = { capacity: 100, onOverflow: "fail" }) =>
    Effect.gen(function*() {
      const sub = yield* Subscriptions.makeSub(channel, { market_tickers: ["M"] }, ["M"], policy)
      registry.add(sub)
      const command = yield* waitSent(sent.length + 1)
      assert.strictEqual(command.cmd, "subscribe")
      frame({ type: "subscribed", id: command.id, msg: { channel, sid } })
      yield* Deferred.await(sub.ready)
      return sub
    })
  const drain = (sub: Subscriptions.Sub) => Effect.map(sub.mailbox.takeAll, ([events]) => Chunk.toReadonlyArray(events))
  return { sent, registry, reported, frame, route, subscribe, drain, waitSent, data: () => data }
})

describe("internal/router", () => {
  it.scoped("a frame goes to the subscription of its sid; frames of no subscription go to the report", () =>
    Effect.gen(function*() {
      const t = yield* setup
      const a = yield* t.subscribe("trade", 1)
      const b = yield* t.subscribe("trade", 2)
      assert.strictEqual(t.registry.bySid(2), b)
      t.frame({ type: "trade", sid: 2, seq: 1, msg: tradeMsg(1) })
      t.frame({ type: "trade", sid: 1, seq: 1, msg: tradeMsg(2) })
      t.frame({ type: "trade", sid: 9, seq: 1, msg: { trade_id: "x" } })
      t.route("{not json")
      const [ea, eb] = [yield* t.drain(a), yield* t.drain(b)]
      assert.deepStrictEqual(ea.map((e) => "type" in e && e.type === "trade" && e.msg.trade_id), ["t-2"])
      assert.deepStrictEqual(eb.map((e) => "type" in e && e.type === "trade" && e.msg.trade_id), ["t-1"])
      assert.strictEqual(t.data(), 2)
      assert.deepStrictEqual(t.reported.map((e) => e._tag), ["UndecodableFrame", "UndecodableFrame"])
      assert.strictEqual(t.reported[0]!._tag === "UndecodableFrame" && t.reported[0]!.sid, 9)
    }))

  it.scoped("a seq gap on a sequenced channel is a SequenceGap event; on orderbook_delta a Resync and get_snapshot", () =>
    Effect.gen(function*() {
      const t = yield* setup
      const trades = yield* t.subscribe("trade", 1)
      t.frame({ type: "trade", sid: 1, seq: 1, msg: tradeMsg(1) })
      t.frame({ type: "trade", sid: 1, seq: 3, msg: tradeMsg(3) })
      const got = yield* t.drain(trades)
      const gap = got[1]!
      assert.isTrue("_tag" in gap && gap._tag === "SequenceGap")
      assert.deepStrictEqual("_tag" in gap && gap._tag === "SequenceGap" && [gap.expected, gap.received], [2, 3])

      const book = yield* t.subscribe("orderbook_delta", 2)
      const before = t.sent.length
      const delta = { market_ticker: "M", price_dollars: "0.5000", delta_fp: "1.00", side: "yes" }
      t.frame({ type: "orderbook_delta", sid: 2, seq: 1, msg: delta })
      t.frame({ type: "orderbook_delta", sid: 2, seq: 5, msg: delta })
      const events = yield* t.drain(book)
      const resync = events.find((e) => "_tag" in e)
      assert.isTrue(
        resync !== undefined && "_tag" in resync && resync._tag === "Resync" && resync.reason === "SequenceGap"
      )
      const snapshot = yield* t.waitSent(before + 1)
      assert.deepStrictEqual(snapshot.params, { sid: 2, action: "get_snapshot", market_tickers: ["M"] })
    }))

  it.scoped("an error reply to a command goes to the command; a terminal error of a subscription resubscribes it", () =>
    Effect.gen(function*() {
      const t = yield* setup
      const trades = yield* t.subscribe("trade", 1)
      const before = t.sent.length
      t.frame({ type: "error", sid: 1, msg: { code: 10, msg: "subscription closed" } })
      const unsubscribe = yield* t.waitSent(before + 1)
      assert.deepStrictEqual([unsubscribe.cmd, unsubscribe.params], ["unsubscribe", { sids: [1] }])
      t.frame({ type: "unsubscribed", id: unsubscribe.id, sid: 1 })
      const subscribe = yield* t.waitSent(before + 2)
      assert.strictEqual(subscribe.cmd, "subscribe")
      t.frame({ type: "subscribed", id: subscribe.id, msg: { channel: "trade", sid: 7 } })
      const events = yield* t.drain(trades)
      assert.deepStrictEqual(events.map((e) => "_tag" in e && e._tag), ["ServerError", "Reconnected"])
      assert.deepStrictEqual(Option.fromNullable(trades.sid), Option.some(7))
    }))
})

describe("internal/subscriptions", () => {
  it.scoped("buffer policies: dropOldest keeps the latest; fail ends the stream with SubscriptionOverflow", () =>
    Effect.gen(function*() {
      const t = yield* setup
      const ticker = yield* t.subscribe("trade", 1, { capacity: 2, onOverflow: "dropOldest" })
      for (let n = 1; n <= 5; n++) t.frame({ type: "trade", sid: 1, seq: n, msg: tradeMsg(n) })
      const kept = yield* t.drain(ticker)
      assert.deepStrictEqual(kept.map((e) => "type" in e && e.type === "trade" && e.msg.trade_id), ["t-4", "t-5"])

      const trades = yield* t.subscribe("trade", 2, { capacity: 2, onOverflow: "fail" })
      for (let n = 1; n <= 3; n++) t.frame({ type: "trade", sid: 2, seq: n, msg: tradeMsg(n) })
      const error = yield* Effect.flip(Stream.runCollect(Mailbox.toStream(trades.mailbox)))
      assert.strictEqual(error._tag, "SubscriptionOverflow")
      assert.isUndefined(t.registry.bySid(2))
      yield* t.waitSent(3)
      const cancel = t.sent[2]!
      assert.deepStrictEqual([cancel.cmd, cancel.params], ["unsubscribe", { sids: [2] }])
    }))
})
