import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { handlers } from "../src/adapters/http/handlers/index.js"
import { operations } from "../src/adapters/http/operations.js"
import { TestExchange } from "../src/index.js"
import { call } from "./utils/client.js"

const markets = Array.from({ length: 25 }, (_, i) => ({
  ticker: `KXPAGE-26-M${String(i).padStart(2, "0")}`,
  eventTicker: i < 10 ? "KXPAGE-26" : "KXOTHER-26"
}))

describe("catalog", () => {
  it.scopedLive("pages through markets with the cursor until it is empty, with filters", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ markets, rateLimits: false })
      yield* exchange.setMarketStatus("KXPAGE-26-M03", "closed")
      const seen: Array<string> = []
      let cursor = ""
      let pages = 0
      do {
        const r = yield* call(exchange, "GET", "/markets", { query: { limit: "7", ...(cursor ? { cursor } : {}) } })
        expect(r.status).toBe(200)
        expect(r.body.markets.length).toBeLessThanOrEqual(7)
        for (const m of r.body.markets) seen.push(m.ticker)
        cursor = r.body.cursor
        pages += 1
      } while (cursor !== "")
      expect(pages).toBe(4)
      expect(seen).toEqual(markets.map((m) => m.ticker))
      const byEvent = yield* call(exchange, "GET", "/markets", { query: { event_ticker: "KXPAGE-26", status: "open" } })
      expect(byEvent.body.markets).toHaveLength(9)
      expect(byEvent.body.cursor).toBe("")
      const closed = yield* call(exchange, "GET", "/markets", { query: { status: "closed" } })
      expect(closed.body.markets.map((m: any) => m.ticker)).toEqual(["KXPAGE-26-M03"])
      const bySeries = yield* call(exchange, "GET", "/markets", { query: { series_ticker: "KXOTHER", limit: "1000" } })
      expect(bySeries.body.markets).toHaveLength(15)
      const tickers = yield* call(exchange, "GET", "/markets", { query: { tickers: "KXPAGE-26-M01,KXPAGE-26-M20" } })
      expect(tickers.body.markets.map((m: any) => m.ticker)).toEqual(["KXPAGE-26-M01", "KXPAGE-26-M20"])
      const garbage = yield* call(exchange, "GET", "/markets", { query: { cursor: "not-a-cursor", limit: "2" } })
      expect(garbage.status).toBe(200)
      expect(garbage.body.markets).toHaveLength(2)
    }))

  it.scopedLive("answers query validation errors with the bare msg body", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ markets, rateLimits: false })
      const r = yield* call(exchange, "GET", "/markets", { query: { limit: "1001" } })
      expect(r.status).toBe(400)
      expect(Object.keys(r.body)).toEqual(["msg"])
      expect(r.body.msg).toMatch(/Parameter validation failed/)
      const s = yield* call(exchange, "GET", "/markets", { query: { status: "sleeping" } })
      expect(s.status).toBe(400)
      expect(s.body.msg).toMatch(/status/)
    }))

  it.scopedLive("lists series and events, and gets one of each", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({
        rateLimits: false,
        seedData: {
          series: [{ ticker: "KXCAT", title: "Cats", category: "Animals", tags: ["pets"] }],
          events: [{ eventTicker: "KXCAT-26", title: "Cats in 2026" }],
          markets: [{ ticker: "KXCAT-26-T1", eventTicker: "KXCAT-26", priceLevelStructure: "deci_cent" }]
        }
      })
      const series = yield* call(exchange, "GET", "/series", { query: { category: "Animals" } })
      expect(series.body.series.map((s: any) => s.ticker)).toEqual(["KXCAT"])
      const one = yield* call(exchange, "GET", "/series/KXCAT")
      expect(one.body.series).toMatchObject({ ticker: "KXCAT", title: "Cats", tags: ["pets"] })
      const missing = yield* call(exchange, "GET", "/series/NOPE")
      expect(missing.status).toBe(404)
      expect(missing.body.error.code).toBe("not_found")
      const events = yield* call(exchange, "GET", "/events", { query: { with_nested_markets: "true" } })
      expect(events.body.events).toHaveLength(1)
      expect(events.body.events[0].markets[0]).toMatchObject({
        ticker: "KXCAT-26-T1",
        price_level_structure: "deci_cent",
        price_ranges: [{ start: "0.0000", end: "1.0000", step: "0.0010" }]
      })
      const event = yield* call(exchange, "GET", "/events/KXCAT-26")
      expect(event.body.event).toMatchObject({
        event_ticker: "KXCAT-26",
        series_ticker: "KXCAT",
        title: "Cats in 2026"
      })
      expect(event.body.markets.map((m: any) => m.ticker)).toEqual(["KXCAT-26-T1"])
    }))

  it.scopedLive("serves every operation of the spec; 404 for an unknown path, 401 for an unsigned private call", () =>
    Effect.gen(function*() {
      expect(operations.filter((o) => handlers[o.operation] === undefined).map((o) => o.operation)).toEqual([])
      const exchange = yield* TestExchange.make({ rateLimits: false })
      const account = yield* exchange.addAccount()
      const r = yield* call(exchange, "GET", "/series/KX/events/KX-1/candlesticks", {
        query: { start_ts: "1", end_ts: "2", period_interval: "1" }
      })
      expect(r.status).toBe(404)
      expect(r.body.error.details).toBe("event not found")
      const signed = yield* call(exchange, "GET", "/api_keys")
      expect(signed.status).toBe(401)
      const signedOk = yield* call(exchange, "GET", "/api_keys", { as: account })
      expect(signedOk.body.api_keys.map((k: any) => k.api_key_id)).toEqual([account.apiKeyId])
      const unknown = yield* call(exchange, "GET", "/no/such/thing")
      expect(unknown.status).toBe(404)
    }))

  it.scopedLive("serves the exchange status, account limits and endpoint costs", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({})
      const account = yield* exchange.addAccount()
      const status = yield* call(exchange, "GET", "/exchange/status")
      expect(status.body).toMatchObject({ exchange_active: true, trading_active: true })
      yield* exchange.setExchangeStatus({ exchangeActive: true, tradingActive: false })
      expect((yield* call(exchange, "GET", "/exchange/status")).body.trading_active).toBe(false)
      const limits = yield* call(exchange, "GET", "/account/limits", { as: account })
      expect(limits.body).toEqual({
        usage_tier: "basic",
        read: { refill_rate: 200, bucket_capacity: 200 },
        write: { refill_rate: 100, bucket_capacity: 100 },
        grants: []
      })
      const costs = yield* call(exchange, "GET", "/account/endpoint_costs")
      expect(costs.body.default_cost).toBe(10)
      expect(costs.body.endpoint_costs).toContainEqual({ method: "GET", path: "/portfolio/orders/{order_id}", cost: 2 })
    }))

  it.scopedLive("seeds series, events, markets, accounts and resting orders at once", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false })
      const accounts = yield* exchange.seed({
        series: [{ ticker: "KXSEED" }],
        events: [{ eventTicker: "KXSEED-26", seriesTicker: "KXSEED" }],
        markets: [
          {
            ticker: "KXSEED-26-A",
            priceRanges: [{ start: "0.01", end: "0.10", step: "0.001" }, { start: "0.10", end: "0.99", step: "0.01" }]
          }
        ],
        accounts: [{ user: "maker", balance: "100" }, { user: "taker" }]
      })
      expect(accounts.map((a) => a.user)).toEqual(["maker", "taker"])
      yield* exchange.seed({
        orders: [
          { user: "maker", ticker: "KXSEED-26-A", side: "bid", price: "0.055", count: "10" },
          { user: "maker", ticker: "KXSEED-26-A", side: "ask", price: "0.60", count: "5.5" }
        ]
      })
      const book = yield* call(exchange, "GET", "/markets/KXSEED-26-A/orderbook")
      expect(book.body.orderbook_fp).toEqual({ yes_dollars: [["0.0550", "10.00"]], no_dollars: [["0.4000", "5.50"]] })
      const market = yield* call(exchange, "GET", "/markets/KXSEED-26-A")
      expect(market.body.market).toMatchObject({
        event_ticker: "KXSEED-26",
        yes_bid_dollars: "0.0550",
        yes_ask_dollars: "0.6000",
        no_bid_dollars: "0.4000",
        no_ask_dollars: "0.9450",
        price_level_structure: "custom",
        price_ranges: [
          { start: "0.0100", end: "0.1000", step: "0.0010" },
          { start: "0.1000", end: "0.9900", step: "0.0100" }
        ]
      })
      const offGrid = yield* Effect.flip(
        exchange.placeOrder({ user: "maker", ticker: "KXSEED-26-A", side: "bid", price: "0.555", count: "1" })
      )
      expect(offGrid.message).toContain("invalid_order")
      const unfunded = yield* Effect.flip(
        exchange.placeOrder({ user: "taker", ticker: "KXSEED-26-A", side: "bid", price: "0.50", count: "1" })
      )
      expect(unfunded.message).toContain("insufficient_balance")
    }))
})
