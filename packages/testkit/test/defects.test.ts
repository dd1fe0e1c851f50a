import { describe, expect, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import { TestExchange } from "../src/index.js"
import { call } from "./utils/client.js"

const A = "KXDEF-26-A"
const B = "KXDEF-26-B"

describe("defects of the first version", () => {
  it.scopedLive("an unsettled market leaves settlement_value_dollars and settlement_ts out, as the exchange does", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: A }, { ticker: B }] })
      yield* exchange.settleMarket(B, "yes")
      const unsettled = [
        (yield* call(exchange, "GET", `/markets/${A}`)).body.market,
        (yield* call(exchange, "GET", "/markets", { query: { tickers: A } })).body.markets[0],
        (yield* call(exchange, "GET", "/events/KXDEF-26")).body.markets.find((m: any) => m.ticker === A),
        (yield* call(exchange, "GET", "/events", { query: { with_nested_markets: "true" } })).body.events[0].markets
          .find((m: any) => m.ticker === A)
      ]
      for (const market of unsettled) {
        expect(market.ticker).toBe(A)
        expect(market).not.toHaveProperty("settlement_value_dollars")
        expect(market).not.toHaveProperty("settlement_ts")
      }
      const settled = (yield* call(exchange, "GET", `/markets/${B}`)).body.market
      expect(settled.settlement_value_dollars).toBe("1.0000")
      expect(typeof settled.settlement_ts).toBe("string")
    }))

  it.scopedLive("positions list only markets the account traded in, not those where an order was only canceled", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: A }, { ticker: B }] })
      const alice = yield* exchange.addAccount({ balance: "100" })
      const bob = yield* exchange.addAccount({ balance: "100" })
      const canceled = yield* exchange.placeOrder({
        user: alice.user,
        ticker: A,
        side: "bid",
        price: "0.40",
        count: "5"
      })
      yield* exchange.execute((engine, nowMs) =>
        engine.cancelOrder({ user: alice.user, orderId: canceled.order.orderId, nowMs })
      )
      yield* exchange.placeOrder({ user: bob.user, ticker: B, side: "ask", price: "0.50", count: "2" })
      yield* exchange.placeOrder({
        user: alice.user,
        ticker: B,
        side: "bid",
        price: "0.50",
        count: "2",
        timeInForce: "immediate_or_cancel"
      })
      const positions = (yield* call(exchange, "GET", "/portfolio/positions", { as: alice })).body
      expect(positions.market_positions.map((p: any) => p.ticker)).toEqual([B])
      expect(positions.market_positions[0].position_fp).toBe("2.00")
      expect(Date.parse(positions.market_positions[0].last_updated_ts)).toBeGreaterThan(Date.parse("2020-01-01"))
      expect(positions.event_positions.map((p: any) => p.event_ticker)).toEqual(["KXDEF-26"])
    }))

  it.scopedLive("settlement pays through the ledger: deposits still equal cash + fees + open interest", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: A }, { ticker: B }] })
      const alice = yield* exchange.addAccount({ balance: "100" })
      const bob = yield* exchange.addAccount({ balance: "100" })
      for (const ticker of [A, B]) {
        yield* exchange.placeOrder({ user: bob.user, ticker, side: "ask", price: "0.35", count: "7" })
        yield* exchange.placeOrder({
          user: alice.user,
          ticker,
          side: "bid",
          price: "0.35",
          count: "7",
          timeInForce: "immediate_or_cancel"
        })
      }
      const balanced = () => {
        const l = exchange.engine.ledger()
        return BigDecimal.equals(l.deposits, BigDecimal.sum(BigDecimal.sum(l.cash, l.feesCollected), l.openInterest))
      }
      expect(balanced()).toBe(true)
      yield* exchange.settleMarket(A, "no")
      expect(balanced()).toBe(true)
      const l = exchange.engine.ledger()
      expect(BigDecimal.format(l.deposits)).toBe("200")
      expect(BigDecimal.format(l.openInterest)).toBe("7")
    }))
})
