import { describe, expect, layer } from "@effect/vitest"
import { KalshiWebSocket, Messages } from "@kalshi-effect/ws"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { TestExchange } from "../../src/index.js"
import { record, sdk } from "./sdk.js"

const A = "KXE2ESUB-26-A"

const tagOf = (e: unknown): string =>
  typeof e === "object" && e !== null && "_tag" in e ? String(e._tag) : `message:${(e as { type: string }).type}`

/** A trade on A between two fresh accounts. */
const trade = (exchange: TestExchange.Service, price: string) =>
  Effect.gen(function*() {
    const maker = yield* exchange.addAccount({ balance: "100" })
    const taker = yield* exchange.addAccount({ balance: "100" })
    yield* exchange.placeOrder({ user: maker.user, ticker: A, side: "ask", price, count: "1" })
    yield* exchange.placeOrder({
      user: taker.user,
      ticker: A,
      side: "bid",
      price,
      count: "1",
      timeInForce: "immediate_or_cancel"
    })
  })

describe("subscriptions refused or dropped by the exchange (codes 10 and 25)", () => {
  layer(sdk({ markets: [{ ticker: A }], seed: 11 }), { excludeTestServices: true })((it) => {
    it.scoped("a subscription dropped with code 10 is re-established by the SDK and its messages go on", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const ws = yield* KalshiWebSocket.KalshiWebSocket
        const sub = yield* ws.subscribe("trade", { market_tickers: [A] })
        const events = yield* record(sub.stream)
        const firstSid = Option.getOrThrow(yield* sub.sid)
        yield* trade(exchange, "0.41")
        yield* events.until("the first trade", (es) => es.some((e) => tagOf(e) === "message:trade"))
        expect(yield* exchange.faults.dropSubscriptions({ code: 10, channel: "trade" })).toBe(1)
        const after = yield* events.until("the resubscription", (es) => es.some((e) => tagOf(e) === "Reconnected"))
        expect(after.find((e) => tagOf(e) === "ServerError")).toMatchObject({
          code: 10,
          errorMessage: "Channel error",
          sid: firstSid
        })
        const newSid = Option.getOrThrow(yield* sub.sid)
        expect(newSid).not.toBe(firstSid)
        yield* trade(exchange, "0.43")
        const trades = yield* events.until(
          "the trade after the drop",
          (es) => es.filter((e) => tagOf(e) === "message:trade").length === 2
        )
        const last = trades.filter((e): e is Messages.Trade => e instanceof Messages.Trade).at(-1)!
        expect(last.sid).toBe(newSid)
      }))

    it.scoped("an order book subscription dropped with code 25 resyncs: Resync, then a fresh snapshot", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const ws = yield* KalshiWebSocket.KalshiWebSocket
        const maker = yield* exchange.addAccount({ balance: "100" })
        yield* exchange.placeOrder({ user: maker.user, ticker: A, side: "bid", price: "0.20", count: "3" })
        const sub = yield* ws.subscribe("orderbook_delta", { market_tickers: [A] })
        const events = yield* record(sub.stream)
        yield* events.until("the first snapshot", (es) => es.some((e) => tagOf(e) === "message:orderbook_snapshot"))
        expect(yield* exchange.faults.dropSubscriptions({ code: 25, channel: "orderbook_delta" })).toBe(1)
        const after = yield* events.until(
          "a resync and a second snapshot",
          (es) => es.filter((e) => tagOf(e) === "message:orderbook_snapshot").length === 2
        )
        const tags = after.map(tagOf)
        const resync = tags.indexOf("Resync")
        expect(resync).toBeGreaterThan(tags.indexOf("message:orderbook_snapshot"))
        expect(tags.lastIndexOf("message:orderbook_snapshot")).toBeGreaterThan(resync)
        const snapshot = after.filter((e): e is Messages.OrderbookSnapshot => e instanceof Messages.OrderbookSnapshot)
          .at(-1)!
        expect(snapshot.msg.yes_dollars_fp).toHaveLength(1)
      }))

    it.scoped("a subscribe refused with code 10 fails with the server's error; the next one succeeds", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const ws = yield* KalshiWebSocket.KalshiWebSocket
        yield* exchange.faults.refuseSubscriptions({ code: 10, channel: "ticker" })
        const refused = yield* Effect.flip(ws.subscribe("ticker", { market_tickers: [A] }))
        expect(refused).toMatchObject({ _tag: "ServerError", code: 10 })
        const sub = yield* ws.subscribe("ticker", { market_tickers: [A] })
        expect(Option.isSome(yield* sub.sid)).toBe(true)
      }))
  })
})
