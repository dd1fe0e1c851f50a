import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/TestClock"
import { TestExchange } from "../src/index.js"
import { attempt, call, connect } from "./utils/client.js"

const A = "KXFAULT-26-A"

const start = (options: TestExchange.Options = {}) =>
  Effect.gen(function*() {
    const exchange = yield* TestExchange.make({ markets: [{ ticker: A }], rateLimits: false, ...options })
    const alice = yield* exchange.addAccount({ balance: "1000" })
    const bob = yield* exchange.addAccount({ balance: "1000" })
    return { exchange, alice, bob }
  })

const order = (clientOrderId: string, side: "bid" | "ask" = "bid", tif = "good_till_canceled") => ({
  ticker: A,
  side,
  price: "0.50",
  count: "1",
  time_in_force: tif,
  self_trade_prevention_type: "taker_at_cross",
  client_order_id: clientOrderId
})

/** Real time, for waiting on sockets while the exchange runs on the TestClock. */
const realSleep = (ms: number) => Effect.promise(() => new Promise<void>((r) => setTimeout(r, ms)))
const waitFor = (check: Effect.Effect<boolean>): Effect.Effect<void> =>
  Effect.flatMap(check, (ok) => (ok ? Effect.void : Effect.zipRight(realSleep(2), waitFor(check))))

describe("HTTP faults", () => {
  it.scopedLive("answers the next N requests with 429 or 5xx without executing them", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start()
      yield* exchange.faults.failRequests({
        status: 503,
        count: 2,
        match: { method: "POST", path: "/portfolio/events/orders" }
      })
      yield* exchange.faults.failRequests({ status: 429, match: { path: "/markets/{ticker}" } })
      const r1 = yield* call(exchange, "POST", "/portfolio/events/orders", { as: alice, body: order("a") })
      const r2 = yield* call(exchange, "POST", "/portfolio/events/orders", { as: alice, body: order("b") })
      expect([r1.status, r2.status]).toEqual([503, 503])
      expect(r1.body.error.code).toBe("internal_server_error")
      expect(yield* exchange.orders(alice.user)).toHaveLength(0)
      const balance = yield* call(exchange, "GET", "/portfolio/balance", { as: alice })
      expect(balance.status).toBe(200)
      const r3 = yield* call(exchange, "POST", "/portfolio/events/orders", { as: alice, body: order("c") })
      expect(r3.status).toBe(201)
      const limited = yield* call(exchange, "GET", `/markets/${A}`)
      expect(limited.status).toBe(429)
      expect(limited.body).toEqual({ error: { code: "too_many_requests", message: "too many requests" } })
      expect((yield* call(exchange, "GET", `/markets/${A}`)).status).toBe(200)
    }))

  it.scoped("delays the next request on the exchange's clock", () =>
    Effect.gen(function*() {
      const { exchange } = yield* start()
      yield* exchange.faults.delayRequests({ delay: "2 seconds" })
      const fiber = yield* Effect.fork(call(exchange, "GET", "/exchange/status"))
      yield* waitFor(Effect.map(exchange.requestsInFlight, (n) => n === 1))
      yield* TestClock.adjust("1 second")
      yield* realSleep(20)
      expect(yield* exchange.requestsInFlight).toBe(1)
      expect(fiber.unsafePoll()).toBeNull()
      yield* TestClock.adjust("1 second")
      const r = yield* Fiber.join(fiber)
      expect(r.status).toBe(200)
    }))

  it.scopedLive("never answers a hung request, and serves the next one", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start()
      yield* exchange.faults.hangRequests({ match: { method: "POST" } })
      const hung = yield* Effect.either(
        attempt(exchange, "POST", "/portfolio/events/orders", { as: alice, body: order("h"), timeoutMs: 300 })
      )
      expect(hung._tag).toBe("Left")
      expect(yield* exchange.orders(alice.user)).toHaveLength(0)
      const next = yield* call(exchange, "POST", "/portfolio/events/orders", { as: alice, body: order("h") })
      expect(next.status).toBe(201)
    }))

  it.scopedLive("executes a write and drops its response: the outcome is unknown to the client, the order exists", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start()
      yield* exchange.faults.dropResponses({ match: { method: "POST", path: "/portfolio/events/orders" } })
      const dropped = yield* Effect.either(
        attempt(exchange, "POST", "/portfolio/events/orders", { as: alice, body: order("unknown-1") })
      )
      expect(dropped._tag).toBe("Left")
      const orders = yield* exchange.orders(alice.user)
      expect(orders.map((o) => o.clientOrderId)).toEqual(["unknown-1"])
      const retry = yield* call(exchange, "POST", "/portfolio/events/orders", { as: alice, body: order("unknown-1") })
      expect(retry.status).toBe(409)
      expect(retry.body.error.code).toBe("order_already_exists")
      const listed = yield* call(exchange, "GET", "/portfolio/orders", { as: alice })
      expect(listed.body.orders.map((o: any) => o.client_order_id)).toEqual(["unknown-1"])
    }))

  it.scoped("shifts the clock: timestamps, the authentication window and expirations follow", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start()
      const before = yield* exchange.now
      const expiring = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: { ...order("gtt"), expiration_time: Math.floor(before / 1000) + 60 }
      })
      expect(expiring.status).toBe(201)
      yield* exchange.faults.shiftClock("2 minutes")
      expect(yield* exchange.now).toBe(before + 120_000)
      const stale = yield* call(exchange, "GET", "/portfolio/balance", { as: alice, timestampMs: before })
      expect(stale.status).toBe(401)
      expect(stale.body.error.code).toBe("header_timestamp_expired")
      const fresh = yield* call(exchange, "GET", `/portfolio/orders/${expiring.body.order_id}`, { as: alice })
      expect(fresh.status).toBe(200)
      expect(fresh.body.order.status).toBe("canceled")
      const placed = yield* call(exchange, "POST", "/portfolio/events/orders", { as: alice, body: order("later") })
      expect(placed.body.ts_ms).toBe(before + 120_000)
      yield* exchange.faults.resetClock
      expect(yield* exchange.now).toBe(before)
    }))
})

describe("expirations", () => {
  it.scoped("an expiring order is canceled and reported when its time comes, with no other traffic", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start()
      const ws = yield* connect(exchange, alice)
      yield* ws.send({ id: 1, cmd: "subscribe", params: { channels: ["user_orders"] } })
      yield* ws.next((f) => f.type === "subscribed")
      const now = yield* exchange.now
      const placed = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: { ...order("exp"), expiration_time: Math.floor(now / 1000) + 30 }
      })
      expect(placed.status).toBe(201)
      yield* ws.next((f) => f.type === "user_order" && f.msg.status === "resting")
      yield* TestClock.adjust("29 seconds")
      yield* realSleep(20)
      expect(ws.frames.filter((f) => f.type === "user_order" && f.msg.status === "canceled")).toEqual([])
      yield* TestClock.adjust("1 second")
      const canceled = yield* ws.next((f) => f.type === "user_order" && f.msg.status === "canceled")
      expect(canceled.msg).toMatchObject({ order_id: placed.body.order_id, last_update_reason: "ExpiryCancel" })
    }))
})

describe("WebSocket faults", () => {
  it.scopedLive("drops every connection abruptly", () =>
    Effect.gen(function*() {
      const { alice, bob, exchange } = yield* start()
      const a = yield* connect(exchange, alice)
      const b = yield* connect(exchange, bob)
      expect(yield* exchange.faults.dropWebSockets).toBe(2)
      expect(yield* a.closed).toBe(1006)
      expect(yield* b.closed).toBe(1006)
      yield* waitFor(Effect.map(exchange.connections, (n) => n === 0))
      const c = yield* connect(exchange, alice)
      expect(c.socket.readyState).toBe(c.socket.OPEN)
    }))

  it.scopedLive("refuses the next handshakes with a status", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start()
      yield* exchange.faults.refuseHandshakes({ status: 503, count: 2 })
      expect((yield* Effect.flip(connect(exchange, alice))).status).toBe(503)
      expect((yield* Effect.flip(connect(exchange, alice))).status).toBe(503)
      const ok = yield* connect(exchange, alice)
      expect(ok.socket.readyState).toBe(ok.socket.OPEN)
    }))

  it.scopedLive("skips one seq number on the next message of a channel", () =>
    Effect.gen(function*() {
      const { alice, bob, exchange } = yield* start()
      const ws = yield* connect(exchange, alice)
      yield* ws.send({ id: 1, cmd: "subscribe", params: { channels: ["trade"] } })
      yield* ws.send({ id: 2, cmd: "subscribe", params: { channels: ["orderbook_delta"], market_ticker: A } })
      yield* ws.next((f) => f.type === "orderbook_snapshot")
      yield* exchange.placeOrder({ user: bob.user, ticker: A, side: "bid", price: "0.50", count: "10" })
      yield* exchange.placeOrder({
        user: alice.user,
        ticker: A,
        side: "ask",
        price: "0.50",
        count: "1",
        timeInForce: "immediate_or_cancel"
      })
      yield* exchange.faults.skipSeq({ channel: "trade" })
      yield* exchange.placeOrder({
        user: alice.user,
        ticker: A,
        side: "ask",
        price: "0.50",
        count: "1",
        timeInForce: "immediate_or_cancel"
      })
      yield* ws.until(() => ws.frames.filter((f) => f.type === "trade").length === 2)
      expect(ws.frames.filter((f) => f.type === "trade").map((f) => f.seq)).toEqual([1, 3])
      // the order book subscription kept its own gapless numbering
      yield* ws.until(() => ws.frames.filter((f) => f.type === "orderbook_delta").length === 3)
      expect(ws.frames.filter((f) => f.sid === 2).map((f) => f.seq)).toEqual([1, 2, 3, 4])
    }))

  it.scopedLive("sends a malformed frame", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start()
      const ws = yield* connect(exchange, alice)
      expect(yield* exchange.faults.sendMalformedFrame()).toBe(1)
      const bad = yield* ws.next((f) => f.type === "<malformed>")
      expect(() => JSON.parse(bad.text)).toThrow()
      yield* exchange.faults.sendMalformedFrame("[1,2")
      yield* ws.next((f) => f.type === "<malformed>" && f.text === "[1,2")
    }))

  it.scoped("pings every interval of the exchange's clock, and stops and resumes on request", () =>
    Effect.gen(function*() {
      const { alice, exchange } = yield* start({ pingInterval: "10 seconds" })
      const ws = yield* connect(exchange, alice)
      yield* TestClock.adjust("10 seconds")
      yield* waitFor(Effect.map(exchange.pingsSent, (n) => n === 1))
      yield* ws.until(() => ws.pings.count === 1)
      yield* exchange.faults.stopPinging
      yield* TestClock.adjust("30 seconds")
      expect(yield* exchange.pingsSent).toBe(1)
      yield* exchange.faults.resumePinging
      yield* TestClock.adjust("10 seconds")
      yield* waitFor(Effect.map(exchange.pingsSent, (n) => n === 2))
      yield* ws.until(() => ws.pings.count === 2)
      expect(ws.pings.count).toBe(2)
    }))
})
