import { assert, describe, it } from "@effect/vitest"
import { KalshiConfig, KalshiError } from "@kalshi-effect/core"
import { BigDecimal, Chunk, Effect, Exit, Fiber, Layer, Option, Scope, Stream } from "effect"
import * as crypto from "node:crypto"
import * as net from "node:net"
import * as KalshiWebSocket from "../src/KalshiWebSocket.js"
import { ConnectionError } from "../src/KalshiWebSocketError.js"
import { CfBenchmarksIndexList, OrderbookSnapshot, PythUnderlyingList, Trade } from "../src/Messages.js"
import { API_KEY_ID, connect, connectScoped, otherPem, server } from "./utils/setup.js"
import * as WsServer from "./utils/WsServer.js"

const tradeMsg = (n: number) => ({
  trade_id: `t-${n}`,
  market_ticker: "KXBTCD-26AUG2017-T73749.99",
  yes_price_dollars: "0.3600",
  no_price_dollars: "0.6400",
  count_fp: `${n}.00`,
  taker_outcome_side: "no",
  taker_book_side: "ask",
  is_block_trade: false,
  ts_ms: 1669149841000 + n
})

/** The error an exit failed with. */
const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  if (exit.cause._tag !== "Fail") throw new Error(`expected a Fail cause, got ${exit.cause._tag}`)
  return exit.cause.error
}

/** Takes `n` elements of a subscription stream. */
const take = <A, E>(stream: Stream.Stream<A, E>, n: number) =>
  Effect.map(Stream.runCollect(Stream.take(stream, n)), Chunk.toReadonlyArray)

describe("KalshiWebSocket: connection", () => {
  it.scopedLive("signs the handshake over GET /trade-api/ws/v2; the server verifies it with the public key", () =>
    Effect.gen(function*() {
      const s = yield* server
      yield* connect(s.url)
      assert.strictEqual(s.handshakes.length, 1)
      const h = s.handshakes[0]!
      assert.isTrue(h.verified)
      assert.strictEqual(h.path, "/trade-api/ws/v2")
      assert.strictEqual(h.headers["kalshi-access-key"], API_KEY_ID)
      assert.match(String(h.headers["kalshi-access-timestamp"]), /^\d{13}$/)
    }))

  it.scopedLive("an Ed25519 key signs the handshake too", () =>
    Effect.gen(function*() {
      const ed = crypto.generateKeyPairSync("ed25519")
      const s = yield* WsServer.make({ publicKey: ed.publicKey, apiKeyId: API_KEY_ID })
      yield* connect(s.url, {}, ed.privateKey.export({ type: "pkcs8", format: "pem" }).toString())
      assert.isTrue(s.handshakes[0]!.verified)
    }))

  it.scopedLive("a handshake signed with another key is refused with 401: the layer fails with Unauthorized", () =>
    Effect.gen(function*() {
      const s = yield* server
      const exit = yield* Effect.exit(connect(s.url, {}, otherPem))
      assert.isTrue(Exit.isFailure(exit))
      if (Exit.isSuccess(exit)) return
      const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
      assert.instanceOf(error, ConnectionError)
      assert.strictEqual((error as ConnectionError).reason, "Unauthorized")
      assert.strictEqual((error as ConnectionError).status, 401)
      assert.isFalse(s.handshakes[0]!.verified)
      assert.strictEqual(s.connections.length, 0)
    }))

  it.scopedLive("without credentials the layer fails with MissingCredentials and no handshake is attempted", () =>
    Effect.gen(function*() {
      const s = yield* server
      const unsigned = KalshiWebSocket.layerNodeFromConfig().pipe(
        Layer.provide(KalshiConfig.layer({ environment: { restUrl: "http://127.0.0.1:1/trade-api/v2", wsUrl: s.url } }))
      )
      const exit = yield* Effect.exit(Layer.build(unsigned))
      const error = failureOf(exit)
      assert.instanceOf(error, KalshiError.MissingCredentials)
      assert.strictEqual((error as KalshiError.MissingCredentials).operation, "KalshiWebSocket")
      assert.strictEqual(s.handshakes.length, 0)
    }))

  describe("a connection that cannot be opened carries the underlying error", () => {
    /** Connects and returns the `ConnectionError` the layer failed with. */
    const openError = (url: string) =>
      Effect.gen(function*() {
        const error = failureOf(yield* Effect.exit(connect(url, { openTimeout: "5 seconds" })))
        assert.instanceOf(error, ConnectionError)
        const connectionError = error as ConnectionError
        assert.strictEqual(connectionError.reason, "Open")
        assert.notInclude(connectionError.message, API_KEY_ID)
        assert.notInclude(JSON.stringify(connectionError), API_KEY_ID)
        return connectionError
      })

    /** A plain TCP server on 127.0.0.1 that answers anything with an HTTP 400. */
    const plainTcp = Effect.acquireRelease(
      Effect.async<net.Server>((resume) => {
        const srv = net.createServer((socket) => {
          socket.on("error", () => {})
          socket.on("data", () => socket.end("HTTP/1.1 400 Bad Request\r\n\r\n"))
        })
        srv.listen(0, "127.0.0.1", () => resume(Effect.succeed(srv)))
      }),
      (srv) =>
        Effect.async<void>((resume) => {
          srv.close(() => resume(Effect.void))
        })
    )

    it.scopedLive("a refused connection: ECONNREFUSED", () =>
      Effect.gen(function*() {
        const port = yield* Effect.async<number>((resume) => {
          const srv = net.createServer()
          srv.listen(0, "127.0.0.1", () => {
            const { port } = srv.address() as net.AddressInfo
            srv.close(() => resume(Effect.succeed(port)))
          })
        })
        const error = yield* openError(`ws://127.0.0.1:${port}/trade-api/ws/v2`)
        assert.strictEqual(error.code, "ECONNREFUSED")
        assert.include(error.description, `ECONNREFUSED 127.0.0.1:${port}`)
        assert.include(error.message, "ECONNREFUSED")
      }))

    it.scopedLive("a host name that does not resolve: ENOTFOUND", () =>
      Effect.gen(function*() {
        const error = yield* openError("ws://nonexistent.invalid/trade-api/ws/v2")
        assert.oneOf(error.code, ["ENOTFOUND", "EAI_AGAIN"])
        assert.include(error.description, "nonexistent.invalid")
      }))

    it.scopedLive("a TLS failure (wss:// to a plain TCP server): the TLS error", () =>
      Effect.gen(function*() {
        const srv = yield* plainTcp
        const { port } = srv.address() as net.AddressInfo
        const error = yield* openError(`wss://127.0.0.1:${port}/trade-api/ws/v2`)
        assert.isDefined(error.code)
        assert.match(error.description, /SSL|TLS|EPROTO/)
        assert.include(error.message, error.code!)
      }))
  })

  it.scopedLive("answers the server's pings", () =>
    Effect.gen(function*() {
      const s = yield* server
      yield* connect(s.url)
      const pong = yield* Effect.async<string>((resume) => {
        s.current.once("pong", (data) => resume(Effect.succeed(String(data))))
        s.current.ping("heartbeat")
      })
      assert.strictEqual(pong, "heartbeat")
    }))

  it.scopedLive("closing the layer's scope unsubscribes, closes the socket and leaves no fiber", () =>
    Effect.gen(function*() {
      const s = yield* server
      const before = new Set(yield* Fiber.roots)
      const { scope, ws } = yield* connectScoped(s.url)
      const sub = yield* Scope.extend(ws.subscribe("trade", { market_ticker: "M" }), scope)
      const running = (yield* Fiber.roots).filter((f) => !before.has(f))
      assert.isAbove(running.length, 0)
      const sid = Option.getOrThrow(yield* sub.sid)
      yield* Scope.close(scope, Exit.void)
      yield* s.waitUntil(() => s.closed.length === 1)
      const unsubscribe = s.commands.find((c) => c.cmd === "unsubscribe")
      assert.deepStrictEqual(unsubscribe?.params, { sids: [sid] })
      // the stream of the subscription has ended
      const rest = yield* Stream.runCollect(sub.stream)
      assert.strictEqual(rest.length, 0)
      // every fiber the service started (connection loop, watchdog, background commands) is done
      const started = (yield* Fiber.roots).filter((f) => !before.has(f))
      for (const fiber of started) assert.isTrue(Option.isSome(yield* fiber.poll), "a fiber is still running")
    }))
})

describe("KalshiWebSocket: commands", () => {
  it.scopedLive("subscribe sends one command per channel and delivers decoded messages with exact decimals", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const trades = yield* ws.subscribe("trade", { market_tickers: ["A", "B"] })
      const command = s.commands.find((c) => c.cmd === "subscribe")!
      assert.deepStrictEqual(command.params, { channels: ["trade"], market_tickers: ["A", "B"] })
      assert.isAbove(command.id, 0)
      const sub = s.subOf("trade")!
      assert.deepStrictEqual(yield* trades.sid, Option.some(sub.sid))
      // sent before the first pull: nothing is lost
      for (let n = 1; n <= 3; n++) s.publish(sub, "trade", tradeMsg(n))
      const got = yield* take(trades.stream, 3)
      assert.deepStrictEqual(got.map((t) => (t as Trade).msg.trade_id), ["t-1", "t-2", "t-3"])
      const first = got[0] as Trade
      assert.instanceOf(first, Trade)
      assert.isTrue(BigDecimal.equals(first.msg.yes_price_dollars, BigDecimal.unsafeFromString("0.36")))
      assert.isTrue(BigDecimal.equals(first.msg.count_fp, BigDecimal.unsafeFromString("1")))
    }))

  it.scopedLive("a server error becomes a ServerError with the code and text", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      s.onCommand = (c) => {
        if (c.cmd === "subscribe") {
          s.send({ type: "error", id: c.id, msg: { code: 8, msg: "Unknown channel name" } })
          return "ignore"
        }
        return "default"
      }
      const error = yield* Effect.flip(ws.subscribe("ticker", {}))
      assert.strictEqual(error._tag, "ServerError")
      if (error._tag !== "ServerError") return
      assert.strictEqual(error.code, 8)
      assert.strictEqual(error.errorMessage, "Unknown channel name")
      assert.strictEqual(error.command, "subscribe")
      assert.include(error.message, "code 8")
    }))

  it.scopedLive("a command with no reply fails with CommandTimeout", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url, { commandTimeout: "200 millis" })
      s.onCommand = (c) => (c.cmd === "list_subscriptions" ? "ignore" : "default")
      const error = yield* Effect.flip(ws.listSubscriptions)
      assert.strictEqual(error._tag, "CommandTimeout")
      if (error._tag !== "CommandTimeout") return
      assert.strictEqual(error.command, "list_subscriptions")
      assert.strictEqual(error.timeoutMillis, 200)
      // the connection is still usable
      s.onCommand = () => "default"
      assert.deepStrictEqual(yield* ws.listSubscriptions, [])
    }))

  it.scopedLive("list_subscriptions returns the server's list", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const a = yield* ws.subscribe("ticker", {})
      const b = yield* ws.subscribe("fill", {})
      const list = yield* ws.listSubscriptions
      assert.deepStrictEqual(list, [
        { channel: "ticker", sid: Option.getOrThrow(yield* a.sid) },
        { channel: "fill", sid: Option.getOrThrow(yield* b.sid) }
      ])
    }))

  it.scopedLive("add_markets and delete_markets update a live subscription", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const sub = yield* ws.subscribe("trade", { market_ticker: "A" })
      assert.deepStrictEqual(yield* sub.addMarkets(["B", "C"]), ["A", "B", "C"])
      const add = s.commands.find((c) => c.params?.["action"] === "add_markets")!
      assert.deepStrictEqual(add.params, {
        sid: Option.getOrThrow(yield* sub.sid),
        action: "add_markets",
        market_tickers: ["B", "C"]
      })
      assert.deepStrictEqual(yield* sub.deleteMarkets(["A"]), ["B", "C"])
      assert.deepStrictEqual(s.subOf("trade")!.markets, ["B", "C"])
      assert.deepStrictEqual(yield* sub.markets, ["B", "C"])
      // an unknown sid is a ServerError
      s.onCommand = (c) => {
        if (c.cmd === "update_subscription") {
          s.send({ type: "error", id: c.id, msg: { code: 7, msg: "Unknown subscription ID" } })
          return "ignore"
        }
        return "default"
      }
      const error = yield* Effect.flip(sub.addMarkets(["D"]))
      assert.strictEqual(error._tag === "ServerError" && error.code, 7)
    }))

  it.scopedLive("the CF Benchmarks and Pyth actions answer with their lists", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const cfb = yield* ws.subscribe("cfbenchmarks_value", { index_ids: ["BRTI"] })
      const list = yield* cfb.update("indexlist")
      assert.instanceOf(list, CfBenchmarksIndexList)
      assert.deepStrictEqual((list as CfBenchmarksIndexList).msg.index_ids, ["BRTI", "ETHUSD_RTI"])
      yield* cfb.update("subscribe_indices", { index_ids: ["ETHUSD_RTI"] })
      const cmd = s.commands.find((c) => c.params?.["action"] === "subscribe_indices")!
      assert.deepStrictEqual(cmd.params["index_ids"], ["ETHUSD_RTI"])
      // the list also arrives in the stream (taking from the stream ends the subscription)
      const [inStream] = yield* take(cfb.stream, 1)
      assert.instanceOf(inStream, CfBenchmarksIndexList)
      const ended = yield* Effect.flip(cfb.update("indexlist"))
      assert.strictEqual(ended._tag === "ServerError" && ended.errorMessage, "the subscription has ended")
      const pyth = yield* ws.subscribe("pyth_value", { underlying_tickers: ["Metal.XAU/USD"] })
      const underlyings = yield* pyth.update("underlying_list")
      assert.instanceOf(underlyings, PythUnderlyingList)
      const unsupported = yield* Effect.flip(pyth.update("add_markets", { market_tickers: ["X"] }))
      assert.strictEqual(unsupported._tag === "ServerError" && unsupported.code, 13)
    }))
})

describe("KalshiWebSocket: subscriptions", () => {
  it.scopedLive("closing the subscription's scope sends unsubscribe", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const sid = yield* Effect.scoped(
        Effect.flatMap(ws.subscribe("ticker", { market_ticker: "M" }), (sub) => Effect.map(sub.sid, Option.getOrThrow))
      )
      const cmd = yield* s.waitForCommand((c) => c.cmd === "unsubscribe")
      assert.deepStrictEqual(cmd.params, { sids: [sid] })
      yield* s.waitUntil(() => !s.subs.has(sid))
    }))

  it.scopedLive("ending the stream (take) sends unsubscribe", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const fiber = yield* Effect.fork(Stream.runCollect(Stream.take(ws.stream("trade", {}), 2)))
      yield* s.waitUntil(() => s.subOf("trade") !== undefined)
      const sub = s.subOf("trade")!
      s.publish(sub, "trade", tradeMsg(1))
      s.publish(sub, "trade", tradeMsg(2))
      s.publish(sub, "trade", tradeMsg(3))
      const got = yield* Fiber.join(fiber)
      assert.strictEqual(got.length, 2)
      const cmd = yield* s.waitForCommand((c) => c.cmd === "unsubscribe")
      assert.deepStrictEqual(cmd.params, { sids: [sub.sid] })
    }))

  it.scopedLive("a malformed frame is reported and the stream goes on", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const events = yield* ws.events
      const trades = yield* ws.subscribe("trade", {})
      const sub = s.subOf("trade")!
      s.sendRaw("this is not json")
      s.publish(sub, "trade", { ...tradeMsg(1), count_fp: 12 })
      s.send({ type: "brand_new_type", sid: sub.sid, msg: {} })
      s.publish(sub, "trade", tradeMsg(2))
      const got = yield* take(trades.stream, 3)
      const [bad, unknown] = got.map((
        e
      ) => (KalshiWebSocket.isControlEvent(e) && e._tag === "UndecodableFrame" ? e : undefined))
      assert.strictEqual(bad?.sid, sub.sid)
      assert.include(bad?.raw, "\"count_fp\":12")
      assert.strictEqual(unknown?.description, "unknown message type \"brand_new_type\"")
      assert.instanceOf(got[2], Trade)
      const [event] = yield* take(events, 1)
      assert.strictEqual(event!._tag, "UndecodableFrame")
      if (event!._tag === "UndecodableFrame") assert.strictEqual(event!.raw, "this is not json")
      // the connection is still the first one
      assert.strictEqual(s.connections.length, 1)
    }))

  it.scopedLive("a message of another channel's type on a subscription is reported, not delivered as data", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const tickers = yield* ws.subscribe("ticker", {})
      const sub = s.subOf("ticker")!
      s.publish(sub, "trade", tradeMsg(1), { seq: "none" })
      const [event] = yield* take(tickers.stream, 1)
      assert.isTrue(KalshiWebSocket.isControlEvent(event!))
      assert.strictEqual(
        KalshiWebSocket.isControlEvent(event!) && event._tag === "UndecodableFrame" && event.description,
        "a trade message on channel ticker"
      )
    }))

  it.scopedLive("an order book subscription starts with a snapshot", () =>
    Effect.gen(function*() {
      const s = yield* server
      s.book("M").yes.set("0.4000", 1000)
      const ws = yield* connect(s.url)
      const book = yield* ws.subscribe("orderbook_delta", { market_ticker: "M", use_yes_price: true })
      assert.deepStrictEqual(s.commands[0]!.params, {
        channels: ["orderbook_delta"],
        market_ticker: "M",
        use_yes_price: true
      })
      const [snapshot] = yield* take(book.stream, 1)
      assert.instanceOf(snapshot, OrderbookSnapshot)
      const levels = (snapshot as OrderbookSnapshot).msg.yes_dollars_fp
      assert.strictEqual(levels.length, 1)
      assert.isTrue(BigDecimal.equals(levels[0]![1], BigDecimal.unsafeFromString("10")))
      assert.deepStrictEqual((snapshot as OrderbookSnapshot).msg.no_dollars_fp, [])
    }))
})
