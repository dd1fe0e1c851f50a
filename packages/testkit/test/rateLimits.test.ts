import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as TestClock from "effect/TestClock"
import { TestExchange } from "../src/index.js"
import { call } from "./utils/client.js"

const order = (i: number) => ({
  ticker: "KXRATE-26-A",
  side: "bid",
  price: "0.10",
  count: "1",
  time_in_force: "good_till_canceled",
  self_trade_prevention_type: "taker_at_cross",
  client_order_id: `o-${i}`
})

describe("rate limits", () => {
  it.scoped("refuses reads past the read bucket with 429 and refills with time", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({
        markets: [{ ticker: "KXRATE-26-A" }],
        rateLimits: { read: { refillRate: 50, capacity: 50 }, write: { refillRate: 20, capacity: 20 } }
      })
      const account = yield* exchange.addAccount({ balance: "100" })
      // 50 tokens, 10 per read: five pass, the sixth is refused (the exchange's clock is the TestClock: no refill)
      for (let i = 0; i < 5; i++) {
        expect((yield* call(exchange, "GET", "/portfolio/balance", { as: account })).status).toBe(200)
      }
      const last = yield* call(exchange, "GET", "/portfolio/positions", { as: account })
      expect(last.status).toBe(429)
      expect(last.body.error).toMatchObject({ code: "too_many_requests" })
      // the write bucket is separate
      const write = yield* call(exchange, "POST", "/portfolio/events/orders", { as: account, body: order(1) })
      expect(write.status).toBe(201)
      // 100 ms refill 5 tokens: not enough; 200 ms refill 10
      yield* TestClock.adjust("100 millis")
      expect((yield* call(exchange, "GET", "/portfolio/balance", { as: account })).status).toBe(429)
      yield* TestClock.adjust("100 millis")
      const again = yield* call(exchange, "GET", "/portfolio/balance", { as: account })
      expect(again.status).toBe(200)
    }))

  it.scoped("charges batches per item and cheap endpoints their cost", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({
        markets: [{ ticker: "KXRATE-26-A" }],
        rateLimits: { read: { refillRate: 1, capacity: 10 }, write: { refillRate: 1, capacity: 35 } }
      })
      const account = yield* exchange.addAccount({ balance: "100" })
      const batch = yield* call(exchange, "POST", "/portfolio/events/orders/batched", {
        as: account,
        body: { orders: [order(1), order(2), order(3)] }
      })
      expect(batch.status).toBe(201)
      const ids = batch.body.orders.map((o: any) => o.order_id)
      // 5 tokens left: a fourth create (10) is refused, a cancel (2) passes twice
      const create = yield* call(exchange, "POST", "/portfolio/events/orders", { as: account, body: order(4) })
      expect(create.status).toBe(429)
      for (const id of ids.slice(0, 2)) {
        const cancel = yield* call(exchange, "DELETE", `/portfolio/events/orders/${id}`, { as: account })
        expect(cancel.status).toBe(200)
      }
      // GetOrder costs 2 of a read bucket of 10: five pass
      for (let i = 0; i < 5; i++) {
        expect((yield* call(exchange, "GET", `/portfolio/orders/${ids[0]}`, { as: account })).status).toBe(200)
      }
      expect((yield* call(exchange, "GET", `/portfolio/orders/${ids[0]}`, { as: account })).status).toBe(429)
    }))

  it.scoped("applies an account's own limits, and none when switched off", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false })
      const free = yield* exchange.addAccount()
      const tight = yield* exchange.addAccount({
        rateLimits: { read: { refillRate: 1, capacity: 10 }, write: { refillRate: 1, capacity: 10 } }
      })
      for (let i = 0; i < 30; i++) {
        expect((yield* call(exchange, "GET", "/portfolio/balance", { as: free })).status).toBe(200)
      }
      expect((yield* call(exchange, "GET", "/portfolio/balance", { as: tight })).status).toBe(200)
      expect((yield* call(exchange, "GET", "/portfolio/balance", { as: tight })).status).toBe(429)
      const limits = yield* call(exchange, "GET", "/account/limits", { as: free })
      expect(limits.status).toBe(200)
    }))
})
