/**
 * The seed's list: each capability of the original plan, mapped onto 3.31.0 operations.
 */
import { assert, describe, it } from "@effect/vitest"
import { FixedPoint } from "@kalshi-effect/core"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import { CommunicationsApi, EventsApi, MarketApi, Orders, OrdersApi, PortfolioApi } from "../src/index.js"
import * as Harness from "./utils/harness.js"
import type { Received, SpecServer } from "./utils/SpecServer.js"

const d = FixedPoint.unsafeDollars
const c = FixedPoint.unsafeCount

const last = (server: SpecServer): Received => server.received[server.received.length - 1]!
const query = (r: Received) =>
  Object.fromEntries([...new Set(r.query.keys())].map((k) => [k, r.query.getAll(k).join("|")]))
const clean = (server: SpecServer) => assert.deepStrictEqual(server.received.flatMap((r) => r.errors), [])

describe("the seed's list", () => {
  it.scopedLive("create order with time in force, post-only, reduce-only, self-trade prevention, order group and cancel-on-pause (CreateOrderV2)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const orders = yield* OrdersApi
        const created = yield* orders.createOrderV2(Orders.buy("yes", "KX-1", c("10"), d("0.56"), {
          timeInForce: "good_till_canceled",
          postOnly: true,
          selfTradePrevention: "taker_at_cross",
          orderGroupId: "og-1",
          cancelOnPause: true
        }))
        yield* orders.createOrderV2(
          Orders.sell("no", "KX-1", c("1"), d("0.3"), {
            timeInForce: "immediate_or_cancel",
            reduceOnly: true,
            selfTradePrevention: "maker"
          })
        )
        assert.isTrue(BigDecimal.isBigDecimal(created.remaining_count))
        const [first, second] = server.received.map((r) => JSON.parse(r.body))
        assert.include(first, {
          time_in_force: "good_till_canceled",
          post_only: true,
          self_trade_prevention_type: "taker_at_cross",
          order_group_id: "og-1",
          cancel_order_on_pause: true,
          side: "bid",
          price: "0.56",
          count: "10.00"
        })
        assert.include(second, {
          time_in_force: "immediate_or_cancel",
          reduce_only: true,
          self_trade_prevention_type: "maker",
          side: "bid",
          price: "0.70"
        })
        clean(server)
      })
    ))

  it.scopedLive("amend with the price rules, returning the old and new order (AmendOrderV2)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const input = { order_id: "o-1", ticker: "KX-1", side: "bid" as const, price: d("0.57"), count: c("8") }
        const { before, after } = yield* Orders.amend(input)
        assert.isDefined(before.order_id)
        assert.isDefined(after.order_id)
        assert.deepStrictEqual(server.received.map((r) => r.operationId), ["GetOrder", "AmendOrderV2"])
        assert.include(JSON.parse(last(server).body), { price: "0.57", count: "8.00" })
        for (const price of ["0", "1", "0.12345"]) {
          const error = yield* Effect.flip(Orders.amend({ ...input, price: d(price) }))
          assert.strictEqual(error._tag, "InvalidInput")
        }
        assert.strictEqual(server.received.filter((r) => r.operationId === "AmendOrderV2").length, 1)
        clean(server)
      })
    ))

  it.scopedLive("batch create (BatchCreateOrdersV2)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const result = yield* (yield* OrdersApi).batchCreateOrdersV2({
          orders: [Orders.buy("yes", "KX-1", c("1"), d("0.5")), Orders.buy("no", "KX-2", c("2"), d("0.25"))]
        })
        assert.strictEqual(result.orders.length, 1)
        const sent = JSON.parse(last(server).body).orders
        assert.deepStrictEqual(sent.map((o: { side: string; price: string }) => [o.side, o.price]), [["bid", "0.50"], [
          "ask",
          "0.75"
        ]])
        clean(server)
      })
    ))

  it.scopedLive("settlements filtered by ticker, event and time range (GetSettlements)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        yield* (yield* PortfolioApi).getSettlements({ ticker: "KX-1", event_ticker: "KX", min_ts: 100, max_ts: 200 })
        assert.deepStrictEqual(query(last(server)), {
          ticker: "KX-1",
          event_ticker: "KX",
          min_ts: "100",
          max_ts: "200"
        })
        clean(server)
      })
    ))

  it.scopedLive("positions with count_filter (GetPositions)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const positions = yield* (yield* PortfolioApi).getPositions({ count_filter: ["position", "total_traded"] })
        assert.strictEqual(positions.market_positions.length, 1)
        assert.deepStrictEqual(query(last(server)), { count_filter: "position,total_traded" })
        clean(server)
      })
    ))

  it.scopedLive("batch candlesticks for up to 100 markets (BatchGetMarketCandlesticks)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const market = yield* MarketApi
        const tickers = Array.from({ length: 100 }, (_, i) => `KX-${i}`)
        yield* market.batchGetMarketCandlesticks({
          market_tickers: tickers,
          start_ts: 1,
          end_ts: 2,
          period_interval: 60
        })
        assert.strictEqual(last(server).query.get("market_tickers"), tickers.join(","))
        const error = yield* Effect.flip(
          market.batchGetMarketCandlesticks({
            market_tickers: [...tickers, "KX-100"],
            start_ts: 1,
            end_ts: 2,
            period_interval: 60
          })
        )
        assert.strictEqual(error._tag, "InvalidInput")
        assert.strictEqual(server.received.length, 1)
        clean(server)
      })
    ))

  it.scopedLive("multivariate events with the exclusive filters (GetMultivariateEvents)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const events = yield* EventsApi
        yield* events.getMultivariateEvents({ collection_ticker: "KXMVE", with_nested_markets: true })
        yield* events.getMultivariateEvents({ series_ticker: "KXS" })
        const error = yield* Effect.flip(
          events.getMultivariateEvents({ series_ticker: "KXS", collection_ticker: "KXMVE" })
        )
        assert.strictEqual(error._tag, "InvalidInput")
        assert.deepStrictEqual(server.received.map(query), [
          { collection_ticker: "KXMVE", with_nested_markets: "true" },
          { series_ticker: "KXS" }
        ])
        clean(server)
      })
    ))

  it.scopedLive("the communications id (GetCommunicationsID)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const { communications_id } = yield* (yield* CommunicationsApi).getCommunicationsID()
        assert.isString(communications_id)
        assert.strictEqual(last(server).operationId, "GetCommunicationsID")
        clean(server)
      })
    ))

  it.scopedLive("markets filtered by created, settled and close time and mve_filter (GetMarkets)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const market = yield* MarketApi
        yield* market.getMarkets({ min_created_ts: 1, max_created_ts: 2, mve_filter: "exclude" })
        yield* market.getMarkets({ min_settled_ts: 3, max_settled_ts: 4, status: "settled" })
        yield* market.getMarkets({ min_close_ts: 5, max_close_ts: 6, mve_filter: "only" })
        assert.deepStrictEqual(server.received.map(query), [
          { min_created_ts: "1", max_created_ts: "2", mve_filter: "exclude" },
          { min_settled_ts: "3", max_settled_ts: "4", status: "settled" },
          { min_close_ts: "5", max_close_ts: "6", mve_filter: "only" }
        ])
        clean(server)
      })
    ))

  it.scopedLive("create RFQ and create quote (CreateRFQ, CreateQuote)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const comms = yield* CommunicationsApi
        const rfq = yield* comms.createRFQ({
          market_ticker: "KX-1",
          contracts_fp: c("10"),
          target_cost_dollars: d("5"),
          rest_remainder: false
        })
        const quote = yield* comms.createQuote({
          rfq_id: rfq.id ?? "",
          yes_bid: d("0.4"),
          no_bid: d("0.55"),
          rest_remainder: true
        })
        assert.isString(quote.id)
        const [rfqBody, quoteBody] = server.received.map((r) => JSON.parse(r.body))
        assert.deepStrictEqual(rfqBody, {
          market_ticker: "KX-1",
          contracts_fp: "10.00",
          target_cost_dollars: "5.00",
          rest_remainder: false
        })
        assert.include(quoteBody, { yes_bid: "0.40", no_bid: "0.55", rest_remainder: true })
        clean(server)
      })
    ))

  it.scopedLive("RFQs and quotes with cursor and filters (GetRFQs, GetQuotes)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const comms = yield* CommunicationsApi
        yield* comms.getRFQs({ cursor: "c1", market_ticker: "KX-1", status: "open", limit: 50, user_filter: "self" })
        yield* comms.getQuotes({ cursor: "c2", rfq_id: "r-1", status: "open", limit: 500, rfq_user_filter: "self" })
        assert.deepStrictEqual(server.received.map(query), [
          { cursor: "c1", market_ticker: "KX-1", status: "open", limit: "50", user_filter: "self" },
          { cursor: "c2", rfq_id: "r-1", status: "open", limit: "500", rfq_user_filter: "self" }
        ])
        clean(server)
      })
    ))

  it.scopedLive("accept a quote with the accepted side (AcceptRFQQuote)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        yield* (yield* CommunicationsApi).acceptRFQQuote({ rfq_id: "r 1?", quote_id: "q-1", accepted_side: "no" })
        const r = last(server)
        assert.strictEqual(r.operationId, "AcceptRFQQuote")
        assert.deepStrictEqual(r.params, { rfq_id: "r 1?", quote_id: "q-1" })
        assert.deepStrictEqual(JSON.parse(r.body), { accepted_side: "no" })
        clean(server)
      })
    ))
})
