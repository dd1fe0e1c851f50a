import { describe, expect, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { TestExchange } from "../src/index.js"
import { call, connect, type WsClient } from "./utils/client.js"

const A = "KXWS-26-A"
const B = "KXWS-26-B"

const start = Effect.gen(function*() {
  const exchange = yield* TestExchange.make({ markets: [{ ticker: A }, { ticker: B }], rateLimits: false })
  const alice = yield* exchange.addAccount({ balance: "1000" })
  const bob = yield* exchange.addAccount({ balance: "1000" })
  return { exchange, alice, bob }
})

const create = (side: "bid" | "ask", price: string, count: string, tif = "good_till_canceled", ticker = A) => ({
  ticker,
  side,
  price,
  count,
  time_in_force: tif,
  self_trade_prevention_type: "taker_at_cross"
})

/** Rebuilds a YES-priced book from a client's orderbook frames of one sid. */
const replay = (client: WsClient, sid: number, ticker: string, useYesPrice: boolean) => {
  const bids = new Map<string, number>()
  const asks = new Map<string, number>()
  const toYes = (side: string, p: string) =>
    side === "yes" || useYesPrice
      ? p
      : BigDecimal.format(BigDecimal.subtract(BigDecimal.fromBigInt(1n), BigDecimal.unsafeFromString(p)))
  const key = (p: string) => BigDecimal.format(BigDecimal.normalize(BigDecimal.unsafeFromString(p)))
  let seq = 0
  for (const f of client.frames) {
    if (f.sid !== sid || f.msg?.market_ticker !== ticker) continue
    if (f.type === "orderbook_snapshot") {
      bids.clear()
      asks.clear()
      for (const [p, c] of f.msg.yes_dollars_fp ?? []) bids.set(key(p), Number(c))
      for (const [p, c] of f.msg.no_dollars_fp ?? []) asks.set(key(toYes("no", p)), Number(c))
    } else if (f.type === "orderbook_delta") {
      const book = f.msg.side === "yes" ? bids : asks
      const p = key(toYes(f.msg.side, f.msg.price_dollars))
      const next = (book.get(p) ?? 0) + Number(f.msg.delta_fp)
      if (Math.abs(next) < 1e-9) book.delete(p)
      else book.set(p, next)
    }
    if (typeof f.seq === "number") {
      expect(f.seq).toBe(seq + 1)
      seq = f.seq
    }
  }
  return { bids, asks }
}

const engineBook = (exchange: TestExchange.Service, ticker: string) => {
  const book = Option.getOrThrow(exchange.engine.getBook(ticker))
  const toMap = (ls: ReadonlyArray<{ price: BigDecimal.BigDecimal; count: BigDecimal.BigDecimal }>) =>
    new Map(ls.map((l) => [BigDecimal.format(BigDecimal.normalize(l.price)), BigDecimal.unsafeToNumber(l.count)]))
  return { bids: toMap(book.bids), asks: toMap(book.asks) }
}

describe("WebSocket commands", () => {
  it.scopedLive("subscribe, list_subscriptions, update_subscription and unsubscribe replies", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start
      const ws = yield* connect(exchange, alice)
      yield* ws.send({ id: 1, cmd: "subscribe", params: { channels: ["ticker", "trade"], market_tickers: [A] } })
      const subscribed = yield* ws.next((f) => f.type === "subscribed" && f.msg.channel === "trade")
      const first = ws.frames.find((f) => f.type === "subscribed" && f.msg.channel === "ticker")
      expect(first).toEqual({ type: "subscribed", id: 1, msg: { channel: "ticker", sid: 1 } })
      expect(subscribed).toEqual({ type: "subscribed", id: 1, msg: { channel: "trade", sid: 2 } })
      yield* ws.send({ id: 2, cmd: "list_subscriptions" })
      const list = yield* ws.next((f) => f.id === 2)
      expect(list).toEqual({ type: "ok", id: 2, msg: [{ channel: "ticker", sid: 1 }, { channel: "trade", sid: 2 }] })
      yield* ws.send({
        id: 3,
        cmd: "update_subscription",
        params: { sids: [2], action: "add_markets", market_tickers: [B] }
      })
      const added = yield* ws.next((f) => f.id === 3)
      expect(added).toEqual({ type: "ok", id: 3, sid: 2, seq: 1, msg: { market_tickers: [A, B] } })
      yield* ws.send({
        id: 4,
        cmd: "update_subscription",
        params: { sid: 2, action: "delete_markets", market_ticker: A }
      })
      expect(yield* ws.next((f) => f.id === 4)).toEqual({
        type: "ok",
        id: 4,
        sid: 2,
        seq: 2,
        msg: { market_tickers: [B] }
      })
      yield* ws.send({ id: 5, cmd: "unsubscribe", params: { sids: [2] } })
      expect(yield* ws.next((f) => f.id === 5)).toEqual({ type: "unsubscribed", id: 5, sid: 2, seq: 3 })
      yield* ws.send({ id: 6, cmd: "list_subscriptions" })
      expect((yield* ws.next((f) => f.id === 6)).msg).toEqual([{ channel: "ticker", sid: 1 }])
    }))

  it.scopedLive("answers malformed commands with the error codes of the API", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start
      const ws = yield* connect(exchange, alice)
      const cases: ReadonlyArray<readonly [unknown, number]> = [
        [{ id: 10, cmd: "dance" }, 5],
        [{ id: 11, cmd: "subscribe" }, 2],
        [{ id: 12, cmd: "subscribe", params: {} }, 3],
        [{ id: 13, cmd: "subscribe", params: { channels: ["nope"] } }, 8],
        [{ id: 14, cmd: "subscribe", params: { channels: ["orderbook_delta"] } }, 14],
        [{ id: 15, cmd: "unsubscribe", params: {} }, 4],
        [{ id: 16, cmd: "unsubscribe", params: { sids: [99] } }, 7],
        [{ id: 17, cmd: "update_subscription", params: { action: "add_markets" } }, 12],
        [{ id: 18, cmd: "update_subscription", params: { sids: [1, 2], action: "add_markets" } }, 12],
        [{ id: 19, cmd: "update_subscription", params: { sid: 42, action: "add_markets" } }, 7]
      ]
      for (const [command, code] of cases) {
        yield* ws.send(command)
        const id = (command as { id: number }).id
        const reply = yield* ws.next((f) => f.id === id)
        expect(reply.type).toBe("error")
        expect(reply.msg.code).toBe(code)
      }
      yield* ws.send({ id: 20, cmd: "subscribe", params: { channels: ["trade"] } })
      const sid = (yield* ws.next((f) => f.id === 20)).msg.sid
      yield* ws.send({ id: 21, cmd: "update_subscription", params: { sid } })
      expect((yield* ws.next((f) => f.id === 21)).msg.code).toBe(15)
      yield* ws.send({ id: 22, cmd: "update_subscription", params: { sid, action: "jump" } })
      expect(yield* ws.next((f) => f.id === 22)).toEqual({
        type: "error",
        id: 22,
        sid,
        msg: { code: 13, msg: "Unsupported action" }
      })
      yield* ws.send({ id: 23, cmd: "update_subscription", params: { sid, action: "get_snapshot" } })
      expect((yield* ws.next((f) => f.id === 23)).msg.code).toBe(13)
      yield* ws.send({ id: 24, cmd: "update_subscription", params: { sid, action: "add_markets" } })
      expect((yield* ws.next((f) => f.id === 24)).msg.code).toBe(14)
      ws.socket.send("not json")
      expect((yield* ws.next((f) => f.type === "error" && f.id === undefined)).msg.code).toBe(1)
    }))
})

describe("WebSocket channels", () => {
  it.scopedLive("orderbook snapshot and deltas rebuild the engine's book, in both price conventions", () =>
    Effect.gen(function*() {
      const { alice, bob, exchange } = yield* start
      yield* exchange.placeOrder({ user: bob.user, ticker: A, side: "bid", price: "0.40", count: "5" })
      yield* exchange.placeOrder({ user: bob.user, ticker: A, side: "ask", price: "0.60", count: "7" })
      const ws = yield* connect(exchange, alice)
      yield* ws.send({ id: 1, cmd: "subscribe", params: { channels: ["orderbook_delta"], market_ticker: A } })
      yield* ws.send({
        id: 2,
        cmd: "subscribe",
        params: { channels: ["orderbook_delta"], market_ticker: A, use_yes_price: true }
      })
      const snapshot = yield* ws.next((f) => f.type === "orderbook_snapshot" && f.sid === 1)
      expect(snapshot).toMatchObject({
        seq: 1,
        msg: { market_ticker: A, yes_dollars_fp: [["0.4000", "5.00"]], no_dollars_fp: [["0.4000", "7.00"]] }
      })
      expect(typeof snapshot.msg.market_id).toBe("string")
      const yesPriced = yield* ws.next((f) => f.type === "orderbook_snapshot" && f.sid === 2)
      expect(yesPriced.msg.no_dollars_fp).toEqual([["0.6000", "7.00"]])
      const mine = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: { ...create("bid", "0.45", "3"), client_order_id: "mine-1" }
      })
      expect(mine.status).toBe(201)
      yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: bob,
        body: create("ask", "0.40", "4", "immediate_or_cancel")
      })
      yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: create("bid", "0.60", "2", "immediate_or_cancel")
      })
      yield* call(exchange, "DELETE", `/portfolio/events/orders/${mine.body.order_id}`, { as: alice })
      const ownDelta = yield* ws.next((f) => f.type === "orderbook_delta" && f.msg.price_dollars === "0.4500")
      expect(ownDelta.msg).toMatchObject({ side: "yes", delta_fp: "3.00", client_order_id: "mine-1" })
      const target = engineBook(exchange, A)
      expect(target.bids).toEqual(new Map([["0.4", 5]]))
      expect(target.asks).toEqual(new Map([["0.6", 5]]))
      for (const [sid, yes] of [[1, false], [2, true]] as const) {
        yield* ws.until(() => {
          const b = replay(ws, sid, A, yes)
          return b.bids.get("0.4") === 5 && b.asks.get("0.6") === 5 && !b.bids.has("0.45")
        })
        const book = replay(ws, sid, A, yes)
        expect(book.bids).toEqual(target.bids)
        expect(book.asks).toEqual(target.asks)
      }
      // a fresh snapshot on request carries the command id and the same book
      yield* ws.send({
        id: 9,
        cmd: "update_subscription",
        params: { sid: 1, action: "get_snapshot", market_tickers: [A] }
      })
      const again = yield* ws.next((f) => f.type === "orderbook_snapshot" && f.id === 9)
      expect(again.msg.yes_dollars_fp).toEqual([["0.4000", "5.00"]])
      expect(again.msg.no_dollars_fp).toEqual([["0.4000", "5.00"]])
    }))

  it.scopedLive("ticker, trade and lifecycle carry public data; fill, positions and orders only the owner's", () =>
    Effect.gen(function*() {
      const { alice, bob, exchange } = yield* start
      const aws = yield* connect(exchange, alice)
      const bws = yield* connect(exchange, bob)
      const channels = ["ticker", "trade", "fill", "market_positions", "user_orders", "market_lifecycle_v2"]
      yield* aws.send({ id: 1, cmd: "subscribe", params: { channels } })
      yield* bws.send({ id: 1, cmd: "subscribe", params: { channels } })
      yield* aws.until(() => aws.frames.filter((f) => f.type === "subscribed").length === channels.length)
      yield* bws.until(() => bws.frames.filter((f) => f.type === "subscribed").length === channels.length)
      const resting = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: create("bid", "0.55", "10")
      })
      yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: bob,
        body: create("ask", "0.55", "4", "immediate_or_cancel")
      })
      yield* exchange.setMarketStatus(B, "inactive")
      const trade = yield* aws.next((f) => f.type === "trade")
      expect(trade.msg).toMatchObject({
        market_ticker: A,
        yes_price_dollars: "0.5500",
        no_price_dollars: "0.4500",
        count_fp: "4.00",
        taker_outcome_side: "no",
        taker_book_side: "ask"
      })
      expect(trade.seq).toBe(1)
      const ticker = yield* aws.next((f) => f.type === "ticker" && f.msg.price_dollars === "0.5500")
      expect(ticker.seq).toBeUndefined()
      expect(ticker.msg).toMatchObject({ market_ticker: A, yes_bid_dollars: "0.5500", volume_fp: "4.00" })
      const aliceFill = yield* aws.next((f) => f.type === "fill")
      expect(aliceFill.msg).toMatchObject({
        order_id: resting.body.order_id,
        is_taker: false,
        count_fp: "4.00",
        post_position_fp: "4.00",
        book_side: "bid"
      })
      const bobFill = yield* bws.next((f) => f.type === "fill")
      expect(bobFill.msg).toMatchObject({ is_taker: true, post_position_fp: "-4.00", fee_cost: "0.069300" })
      const position = yield* aws.next((f) => f.type === "market_position")
      expect(position.msg).toMatchObject({ user_id: alice.user, market_ticker: A, position_fp: "4.00" })
      const order = yield* aws.next((f) => f.type === "user_order" && f.msg.fill_count_fp === "4.00")
      expect(order.msg).toMatchObject({
        order_id: resting.body.order_id,
        status: "resting",
        remaining_count_fp: "6.00"
      })
      const lifecycle = yield* aws.next((f) => f.type === "market_lifecycle_v2")
      expect(lifecycle.msg).toMatchObject({ market_ticker: B, event_type: "deactivated", is_deactivated: true })
      yield* bws.next((f) => f.type === "market_lifecycle_v2")
      // private frames never reach the other account
      for (const f of aws.frames) {
        if (f.type === "fill" || f.type === "user_order") expect(f.msg.order_id === resting.body.order_id).toBe(true)
        if (f.type === "market_position") expect(f.msg.user_id).toBe(alice.user)
      }
      for (const f of bws.frames) {
        if (f.type === "fill" || f.type === "user_order") expect(f.msg.order_id).not.toBe(resting.body.order_id)
        if (f.type === "market_position") expect(f.msg.user_id).toBe(bob.user)
      }
      expect(bws.frames.filter((f) => f.type === "user_order").length).toBeGreaterThan(0)
    }))

  it.scopedLive("accepts market ids for tickers", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start
      const ws = yield* connect(exchange, alice)
      yield* ws.send({ id: 1, cmd: "subscribe", params: { channels: ["orderbook_delta"], market_ticker: A } })
      const idOfA = (yield* ws.next((f) => f.type === "orderbook_snapshot" && f.sid === 1)).msg.market_id
      yield* ws.send({ id: 2, cmd: "subscribe", params: { channels: ["orderbook_delta"], market_ids: [idOfA] } })
      const byId = yield* ws.next((f) => f.type === "orderbook_snapshot" && f.sid === 2)
      expect(byId.msg).toMatchObject({ market_ticker: A, market_id: idOfA })
      yield* ws.send({ id: 3, cmd: "update_subscription", params: { sid: 1, action: "add_markets", market_id: idOfA } })
      expect(yield* ws.next((f) => f.id === 3)).toMatchObject({ type: "ok", msg: { market_tickers: [A] } })
      yield* ws.send({ id: 4, cmd: "subscribe", params: { channels: ["trade"], market_ids: ["no-such-id"] } })
      expect((yield* ws.next((f) => f.id === 4)).msg.code).toBe(11)
    }))

  it.scopedLive("announces new markets and sends the current ticker on request", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start
      const ws = yield* connect(exchange, alice)
      yield* ws.send({ id: 1, cmd: "subscribe", params: { channels: ["market_lifecycle_v2"] } })
      yield* ws.send({
        id: 2,
        cmd: "subscribe",
        params: { channels: ["ticker"], market_tickers: [A], send_initial_snapshot: true }
      })
      const tick = yield* ws.next((f) => f.type === "ticker")
      expect(tick.msg).toMatchObject({ market_ticker: A, yes_bid_dollars: "0.0000", yes_ask_dollars: "1.0000" })
      yield* exchange.addMarket({ ticker: "KXWS-26-C", priceLevelStructure: "tapered_deci_cent" })
      const created = yield* ws.next((f) => f.type === "market_lifecycle_v2" && f.msg.event_type === "created")
      expect(created).toMatchObject({
        sid: 1,
        seq: 1,
        msg: { market_ticker: "KXWS-26-C", price_level_structure: "tapered_deci_cent" }
      })
    }))
})
