import { describe, expect, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import { TestExchange } from "../src/index.js"
import { call } from "./utils/client.js"

const start = (options: TestExchange.Options = {}) =>
  Effect.gen(function*() {
    const exchange = yield* TestExchange.make({
      markets: [{ ticker: "KXTEST-26-A" }, { ticker: "KXTEST-26-B" }],
      ...options
    })
    const alice = yield* exchange.addAccount({ balance: "1000" })
    const bob = yield* exchange.addAccount({ balance: "1000", keyType: "rsa" })
    return { exchange, alice, bob }
  })

describe("REST trading", () => {
  it.scopedLive("creates, fills, and reports positions, balance and fills that agree", () =>
    Effect.gen(function*() {
      const { alice, bob, exchange } = yield* start()
      const rest = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: {
          ticker: "KXTEST-26-A",
          side: "bid",
          price: "0.52",
          count: "10",
          time_in_force: "good_till_canceled",
          self_trade_prevention_type: "taker_at_cross",
          client_order_id: "alice-1"
        }
      })
      expect(rest.status).toBe(201)
      expect(rest.body).toMatchObject({ client_order_id: "alice-1", fill_count: "0.00", remaining_count: "10.00" })
      const take = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: bob,
        body: {
          ticker: "KXTEST-26-A",
          side: "ask",
          price: "0.50",
          count: "4",
          time_in_force: "immediate_or_cancel",
          self_trade_prevention_type: "taker_at_cross"
        }
      })
      expect(take.status).toBe(201)
      expect(take.body).toMatchObject({ fill_count: "4.00", remaining_count: "0.00", average_fill_price: "0.5200" })
      const fills = yield* call(exchange, "GET", "/portfolio/fills", { as: bob })
      expect(fills.body.fills).toHaveLength(1)
      expect(fills.body.fills[0]).toMatchObject({
        ticker: "KXTEST-26-A",
        book_side: "ask",
        outcome_side: "no",
        is_taker: true,
        count_fp: "4.00",
        yes_price_dollars: "0.5200",
        no_price_dollars: "0.4800",
        fee_cost: "0.069900"
      })
      const positions = yield* call(exchange, "GET", "/portfolio/positions", { as: alice })
      expect(positions.body.market_positions).toEqual([
        expect.objectContaining({ ticker: "KXTEST-26-A", position_fp: "4.00", market_exposure_dollars: "2.0800" })
      ])
      const bobPositions = yield* call(exchange, "GET", "/portfolio/positions", { as: bob })
      expect(bobPositions.body.market_positions[0]).toMatchObject({ position_fp: "-4.00" })
      const balance = yield* call(exchange, "GET", "/portfolio/balance", { as: bob })
      // 1000 - 4 × 0.48 - fee 0.0699
      expect(balance.body).toMatchObject({ balance_dollars: "998.0101", balance: 99801 })
      const engineBalance = exchange.engine.getBalance(bob.user)
      expect(BigDecimal.equals(engineBalance.balance, BigDecimal.unsafeFromString("998.0101"))).toBe(true)
      const orders = yield* call(exchange, "GET", "/portfolio/orders", { as: alice, query: { status: "resting" } })
      expect(orders.body.orders).toHaveLength(1)
      expect(orders.body.orders[0]).toMatchObject({
        client_order_id: "alice-1",
        fill_count_fp: "4.00",
        remaining_count_fp: "6.00",
        yes_price_dollars: "0.5200"
      })
      const book = yield* call(exchange, "GET", "/markets/KXTEST-26-A/orderbook")
      expect(book.body).toEqual({ orderbook_fp: { yes_dollars: [["0.5200", "6.00"]], no_dollars: [] } })
    }))

  it.scopedLive("settles a market: payouts, settlements, and positions leave the open list", () =>
    Effect.gen(function*() {
      const { alice, bob, exchange } = yield* start({ rateLimits: false })
      yield* exchange.placeOrder({ user: alice.user, ticker: "KXTEST-26-B", side: "bid", price: "0.30", count: "10" })
      yield* exchange.placeOrder({
        user: bob.user,
        ticker: "KXTEST-26-B",
        side: "ask",
        price: "0.30",
        count: "10",
        timeInForce: "immediate_or_cancel"
      })
      const before = exchange.engine.getBalance(alice.user).balance
      const settled = yield* exchange.settleMarket("KXTEST-26-B", "yes")
      expect(settled.map((s) => [s.user, BigDecimal.format(s.revenue)])).toEqual(
        expect.arrayContaining([[alice.user, "10"], [bob.user, "0"]])
      )
      const after = exchange.engine.getBalance(alice.user).balance
      expect(BigDecimal.equals(BigDecimal.subtract(after, before), BigDecimal.fromBigInt(10n))).toBe(true)
      const list = yield* call(exchange, "GET", "/portfolio/settlements", { as: alice })
      expect(list.body.settlements).toEqual([
        expect.objectContaining({
          ticker: "KXTEST-26-B",
          event_ticker: "KXTEST-26",
          market_result: "yes",
          yes_count_fp: "10.00",
          yes_total_cost_dollars: "3.0000",
          no_count_fp: "0.00",
          revenue: 1000
        })
      ])
      const positions = yield* call(exchange, "GET", "/portfolio/positions", { as: alice })
      expect(positions.body.market_positions).toEqual([])
      const market = yield* call(exchange, "GET", "/markets/KXTEST-26-B")
      expect(market.body.market).toMatchObject({
        status: "finalized",
        result: "yes",
        settlement_value_dollars: "1.0000"
      })
      const again = yield* Effect.flip(exchange.settleMarket("KXTEST-26-B", "no"))
      expect(again._tag).toBe("SeedError")
    }))

  it.scopedLive("refuses malformed orders with the body shapes of the exchange", () =>
    Effect.gen(function*() {
      const { alice, bob, exchange } = yield* start({ rateLimits: false })
      const valid = {
        ticker: "KXTEST-26-A",
        side: "bid",
        price: "0.40",
        count: "1",
        time_in_force: "good_till_canceled",
        self_trade_prevention_type: "taker_at_cross"
      }
      const numeric = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: { ...valid, count: 1 }
      })
      expect(numeric.status).toBe(400)
      expect(numeric.body).toEqual({ code: "bad_request", message: expect.stringMatching(/cannot unmarshal number/) })
      const missing = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: { ...valid, side: undefined }
      })
      expect(missing.status).toBe(400)
      expect(missing.body.error).toMatchObject({ code: "bad_request", details: "side is required" })
      const unknownMarket = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: { ...valid, ticker: "KXNOPE-1" }
      })
      expect(unknownMarket.status).toBe(404)
      yield* exchange.placeOrder({ user: bob.user, ticker: "KXTEST-26-A", side: "ask", price: "0.45", count: "3" })
      const cross = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: alice,
        body: { ...valid, price: "0.45", post_only: true }
      })
      expect(cross.status).toBe(400)
      expect(cross.body.error.code).toBe("invalid_order")
      const notObject = yield* call(exchange, "POST", "/portfolio/events/orders", { as: alice, body: "{" })
      expect(notObject.status).toBe(400)
      expect(notObject.body).toEqual({ code: "bad_request", message: "request body must be a JSON object" })
      const missingOrder = yield* call(
        exchange,
        "DELETE",
        "/portfolio/events/orders/00000000-0000-4000-8000-000000000000",
        {
          as: alice
        }
      )
      expect(missingOrder.status).toBe(404)
      expect(missingOrder.body).toEqual({ error: { code: "not_found", message: "not found" } })
    }))

  it.scopedLive("reports queue positions by price-time priority", () =>
    Effect.gen(function*() {
      const { alice, bob, exchange } = yield* start({ rateLimits: false })
      const place = (as: TestExchange.Account, count: string) =>
        call(exchange, "POST", "/portfolio/events/orders", {
          as,
          body: {
            ticker: "KXTEST-26-A",
            side: "bid",
            price: "0.30",
            count,
            time_in_force: "good_till_canceled",
            self_trade_prevention_type: "taker_at_cross"
          }
        })
      const first = (yield* place(bob, "5")).body.order_id
      const mine = (yield* place(alice, "2")).body.order_id
      yield* place(bob, "7")
      const position = (id: string, as: TestExchange.Account) =>
        Effect.map(
          call(exchange, "GET", `/portfolio/orders/${id}/queue_position`, { as }),
          (r) => r.body.queue_position_fp
        )
      expect(yield* position(mine, alice)).toBe("5.00")
      // a sell of 3 takes from the first order
      yield* exchange.deposit("seller", "100")
      yield* exchange.placeOrder({
        user: "seller",
        ticker: "KXTEST-26-A",
        side: "ask",
        price: "0.30",
        count: "3",
        timeInForce: "immediate_or_cancel"
      })
      expect(yield* position(mine, alice)).toBe("2.00")
      // decreasing the first order keeps its place; cancelling it moves alice to the front
      yield* call(exchange, "POST", `/portfolio/events/orders/${first}/decrease`, { as: bob, body: { reduce_by: "1" } })
      expect(yield* position(mine, alice)).toBe("1.00")
      yield* call(exchange, "DELETE", `/portfolio/events/orders/${first}`, { as: bob })
      expect(yield* position(mine, alice)).toBe("0.00")
      const all = yield* call(exchange, "GET", "/portfolio/orders/queue_positions", { as: bob })
      expect(all.body.queue_positions).toEqual([
        expect.objectContaining({ market_ticker: "KXTEST-26-A", queue_position_fp: "2.00" })
      ])
      const gone = yield* call(exchange, "GET", `/portfolio/orders/${first}/queue_position`, { as: bob })
      expect(gone.status).toBe(404)
      // the engine fills in that order: the next 2 contracts sold are alice's
      yield* exchange.placeOrder({
        user: "seller",
        ticker: "KXTEST-26-A",
        side: "ask",
        price: "0.30",
        count: "2",
        timeInForce: "immediate_or_cancel"
      })
      const order = yield* call(exchange, "GET", `/portfolio/orders/${mine}`, { as: alice })
      expect(order.body.order).toMatchObject({ status: "executed", fill_count_fp: "2.00" })
    }))
})
