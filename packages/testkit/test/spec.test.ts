import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { handlers } from "../src/adapters/http/handlers/index.js"
import { operations } from "../src/adapters/http/operations.js"
import { TestExchange } from "../src/index.js"
import { call, connect } from "./utils/client.js"
import { specOnly } from "./utils/official.js"
import { methods } from "./utils/officialModels.js"
import { checkFrame, checkRest } from "./utils/spec.js"

const A = "KXSPEC-26-A"
const B = "KXSPEC-26-B"

describe("3.31.0 shapes", () => {
  it.scopedLive("every REST answer and WebSocket frame of a trading session matches the spec", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({
        rateLimits: false,
        seedData: {
          series: [{ ticker: "KXSPEC", tags: ["spec"] }],
          markets: [{ ticker: A }, { ticker: B, priceLevelStructure: "deci_cent" }]
        }
      })
      const alice = yield* exchange.addAccount({ balance: "500" })
      const bob = yield* exchange.addAccount({ balance: "500" })
      const ws = yield* connect(exchange, alice)
      yield* ws.send({
        id: 1,
        cmd: "subscribe",
        params: {
          channels: ["orderbook_delta", "ticker", "trade", "fill", "market_positions", "user_orders"],
          market_tickers: [A, B]
        }
      })
      yield* ws.send({ id: 2, cmd: "subscribe", params: { channels: ["market_lifecycle_v2", "order_group_updates"] } })
      yield* ws.until(() => ws.frames.filter((f) => f.type === "subscribed").length === 8)

      const checked: Array<string> = []
      const rest = (method: string, route: string, path: string, options: Parameters<typeof call>[3] = {}) =>
        Effect.gen(function*() {
          const r = yield* call(exchange, method, path, options)
          expect(r.status, `${method} ${path}: ${JSON.stringify(r.body)}`).toBeLessThan(300)
          expect(checkRest(method, route, r.status, r.body), `${method} ${route}`).toEqual([])
          checked.push(`${method} ${route}`)
          return r.body
        })
      const order = (side: string, price: string, count: string, tif = "good_till_canceled", ticker = A) => ({
        ticker,
        side,
        price,
        count,
        time_in_force: tif,
        self_trade_prevention_type: "taker_at_cross"
      })

      yield* rest("GET", "/exchange/status", "/exchange/status")
      yield* rest("GET", "/series", "/series")
      yield* rest("GET", "/series/{series_ticker}", "/series/KXSPEC")
      yield* rest("GET", "/events", "/events", { query: { with_nested_markets: "true" } })
      yield* rest("GET", "/events/{event_ticker}", "/events/KXSPEC-26")
      const group = yield* rest("POST", "/portfolio/order_groups/create", "/portfolio/order_groups/create", {
        as: alice,
        body: { contracts_limit_fp: "100.00" }
      })
      const created = yield* rest("POST", "/portfolio/events/orders", "/portfolio/events/orders", {
        as: alice,
        body: { ...order("bid", "0.45", "10"), client_order_id: "spec-1", order_group_id: group.order_group_id }
      })
      yield* rest("POST", "/portfolio/events/orders/batched", "/portfolio/events/orders/batched", {
        as: bob,
        body: {
          orders: [
            order("ask", "0.45", "3", "immediate_or_cancel"),
            order("ask", "0.4555", "1", "good_till_canceled", B),
            order("ask", "0.60", "2")
          ]
        }
      })
      yield* rest(
        "POST",
        "/portfolio/events/orders/{order_id}/amend",
        `/portfolio/events/orders/${created.order_id}/amend`,
        {
          as: alice,
          body: { ticker: A, side: "bid", price: "0.46", count: "10" }
        }
      )
      yield* rest(
        "POST",
        "/portfolio/events/orders/{order_id}/decrease",
        `/portfolio/events/orders/${created.order_id}/decrease`,
        {
          as: alice,
          body: { reduce_by: "1" }
        }
      )
      const second = yield* rest("POST", "/portfolio/events/orders", "/portfolio/events/orders", {
        as: alice,
        body: order("bid", "0.405", "2.5", "good_till_canceled", B)
      })
      yield* rest("GET", "/markets", "/markets")
      yield* rest("GET", "/markets/{ticker}", `/markets/${A}`)
      yield* rest("GET", "/markets/{ticker}/orderbook", `/markets/${A}/orderbook`)
      yield* rest("GET", "/markets/trades", "/markets/trades")
      const candles = yield* rest(
        "GET",
        "/series/{series_ticker}/markets/{ticker}/candlesticks",
        `/series/KXSPEC/markets/${A}/candlesticks`,
        { query: { start_ts: "0", end_ts: String(Math.floor(Date.now() / 1000) + 86_400), period_interval: "1440" } }
      )
      expect(candles.candlesticks.length).toBeGreaterThan(0)
      const books = yield* rest("GET", "/markets/orderbooks", `/markets/orderbooks?tickers=${A}&tickers=${B}`)
      expect(books.orderbooks.map((b: any) => b.ticker)).toEqual([A, B])
      yield* rest("GET", "/exchange/user_data_timestamp", "/exchange/user_data_timestamp")
      yield* rest("GET", "/historical/cutoff", "/historical/cutoff")
      const value = yield* rest(
        "GET",
        "/portfolio/summary/total_resting_order_value",
        "/portfolio/summary/total_resting_order_value",
        { as: alice }
      )
      expect(value.total_resting_order_value).toBeGreaterThan(0)
      yield* rest("GET", "/portfolio/balance", "/portfolio/balance", { as: alice })
      yield* rest("GET", "/portfolio/positions", "/portfolio/positions", { as: alice })
      yield* rest("GET", "/portfolio/fills", "/portfolio/fills", { as: bob })
      yield* rest("GET", "/portfolio/orders", "/portfolio/orders", { as: alice })
      yield* rest("GET", "/portfolio/orders/{order_id}", `/portfolio/orders/${created.order_id}`, { as: alice })
      yield* rest("GET", "/portfolio/orders/queue_positions", "/portfolio/orders/queue_positions", { as: alice })
      yield* rest(
        "GET",
        "/portfolio/orders/{order_id}/queue_position",
        `/portfolio/orders/${created.order_id}/queue_position`,
        { as: alice }
      )
      yield* rest("GET", "/portfolio/order_groups", "/portfolio/order_groups", { as: alice })
      yield* rest(
        "GET",
        "/portfolio/order_groups/{order_group_id}",
        `/portfolio/order_groups/${group.order_group_id}`,
        { as: alice }
      )
      yield* rest(
        "PUT",
        "/portfolio/order_groups/{order_group_id}/limit",
        `/portfolio/order_groups/${group.order_group_id}/limit`,
        {
          as: alice,
          body: { contracts_limit_fp: "50.00" }
        }
      )
      yield* rest(
        "PUT",
        "/portfolio/order_groups/{order_group_id}/trigger",
        `/portfolio/order_groups/${group.order_group_id}/trigger`,
        { as: alice }
      )
      yield* rest(
        "PUT",
        "/portfolio/order_groups/{order_group_id}/reset",
        `/portfolio/order_groups/${group.order_group_id}/reset`,
        { as: alice }
      )
      yield* rest(
        "DELETE",
        "/portfolio/order_groups/{order_group_id}",
        `/portfolio/order_groups/${group.order_group_id}`,
        { as: alice }
      )
      yield* rest("DELETE", "/portfolio/events/orders/{order_id}", `/portfolio/events/orders/${second.order_id}`, {
        as: alice
      })
      const more = yield* rest("POST", "/portfolio/events/orders/batched", "/portfolio/events/orders/batched", {
        as: alice,
        body: { orders: [order("bid", "0.30", "1"), order("bid", "0.31", "1"), order("bid", "2.00", "1")] }
      })
      expect(more.orders[2].error.code).toBe("invalid_order")
      yield* rest("DELETE", "/portfolio/events/orders/batched", "/portfolio/events/orders/batched", {
        as: alice,
        body: { orders: [{ order_id: more.orders[0].order_id }, { order_id: "00000000-0000-4000-8000-000000000000" }] }
      })
      yield* rest("DELETE", "/portfolio/events/orders", "/portfolio/events/orders", { as: alice })
      yield* rest("GET", "/account/limits", "/account/limits", { as: alice })
      yield* rest("GET", "/account/endpoint_costs", "/account/endpoint_costs")
      yield* exchange.setMarketStatus(B, "closed")
      yield* exchange.settleMarket(A, "no")
      const settlements = yield* rest("GET", "/portfolio/settlements", "/portfolio/settlements", { as: bob })
      expect(settlements.settlements).toHaveLength(1)
      const settled = yield* rest("GET", "/markets/{ticker}", `/markets/${A}`)
      expect(settled.market).toMatchObject({ status: "finalized", result: "no", settlement_value_dollars: "0.0000" })
      yield* ws.send({ id: 3, cmd: "list_subscriptions" })
      yield* ws.send({
        id: 4,
        cmd: "update_subscription",
        params: { sid: 1, action: "get_snapshot", market_ticker: A }
      })
      yield* ws.send({
        id: 5,
        cmd: "update_subscription",
        params: { sid: 1, action: "delete_markets", market_ticker: B }
      })
      yield* ws.send({ id: 6, cmd: "unsubscribe", params: { sids: [3, 77] } })
      yield* ws.next((f) => f.type === "error" && f.id === 6)
      yield* ws.next((f) => f.type === "market_lifecycle_v2" && f.msg.event_type === "settled")

      const types = new Set(ws.frames.map((f) => f.type))
      for (
        const t of [
          "orderbook_snapshot",
          "orderbook_delta",
          "ticker",
          "trade",
          "fill",
          "market_position",
          "user_order",
          "market_lifecycle_v2",
          "order_group_updates",
          "subscribed",
          "unsubscribed",
          "ok",
          "error"
        ]
      ) {
        expect(types, t).toContain(t)
      }
      for (const frame of ws.frames) expect(checkFrame(frame), JSON.stringify(frame)).toEqual([])
      // every operation the exchange serves was checked, here or by test/fidelity.test.ts (every method
      // of the official client, and the operations it lacks, against the same spec)
      const served = operations.filter((o) => handlers[o.operation] !== undefined)
      const elsewhere = new Set([
        ...methods().map((m) => `${m.httpMethod} ${m.route}`),
        ...specOnly.map((o) => `${o.method} ${o.route}`)
      ])
      expect(served.map((r) => `${r.method} ${r.route}`).filter((r) => !checked.includes(r) && !elsewhere.has(r)))
        .toEqual([])
    }))
})

describe("the shape check", () => {
  it("flags a missing field, an unknown field and a badly formatted decimal", () => {
    const errors = checkRest("GET", "/portfolio/balance", 200, {
      balance: 100,
      balance_dollars: "1.00",
      updated_ts: 1,
      extra: true
    })
    expect(errors).toEqual([
      "$.portfolio_value: required",
      "$.balance_dollars: \"1.00\" is not a FixedPointDollars",
      "$.extra: not in the spec"
    ])
    expect(checkFrame({ type: "trade", sid: 1, msg: {} }).length).toBeGreaterThan(0)
  })
})
