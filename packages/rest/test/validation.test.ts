import { assert, describe, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Harness from "./utils/harness.js"

const d = BigDecimal.unsafeFromString

const order = {
  ticker: "KX-1",
  side: "bid" as const,
  count: d("1"),
  price: d("0.56"),
  time_in_force: "good_till_canceled" as const,
  self_trade_prevention_type: "maker" as const
}

type Case = readonly [service: string, method: string, input: unknown, field: string, reason: RegExp]

/** Each rule, with an input that breaks it and the field the error must name. */
const cases: ReadonlyArray<Case> = [
  // limits and ranges from the spec's schemas
  ["MarketApi", "getMarkets", { limit: 1001 }, "limit", /1000/],
  ["MarketApi", "getMarkets", { limit: 1.5 }, "limit", /integer/],
  ["EventsApi", "getEvents", { limit: 201 }, "limit", /200/],
  ["EventsApi", "getEvents", { limit: 0 }, "limit", /1/],
  ["PortfolioApi", "getDeposits", { limit: 501 }, "limit", /500/],
  ["StructuredTargetsApi", "getStructuredTargets", { page_size: 2001 }, "page_size", /2000/],
  ["MarketApi", "getMarketOrderbook", { ticker: "A", depth: 101 }, "depth", /100/],
  ["OrdersApi", "createOrderV2", { ...order, subaccount: -1 }, "subaccount", /non-negative/],
  ["EventsApi", "getEventForecastPercentilesHistory", {
    ticker: "E",
    series_ticker: "S",
    percentiles: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    start_ts: 1,
    end_ts: 2,
    period_interval: 60
  }, "percentiles", /10/],
  // required fields
  ["MilestoneApi", "getMilestones", {}, "limit", /missing/i],
  ["OrdersApi", "createOrderV2", { ...order, ticker: undefined }, "ticker", /./],
  ["MarketApi", "getMarketCandlesticks", { series_ticker: "S", ticker: "T", start_ts: 1, end_ts: 2 }, "period_interval", /missing/i],
  // enums
  ["MarketApi", "getMarkets", { status: "weird" }, "status", /open/],
  ["MarketApi", "getMarkets", { mve_filter: "both" }, "mve_filter", /one of "only", "exclude", got "both"/],
  ["CommunicationsApi", "acceptRFQQuote", { rfq_id: "r", quote_id: "q", accepted_side: "maybe" }, "accepted_side", /yes/],
  ["MarketApi", "getMarketCandlesticks", { series_ticker: "S", ticker: "T", start_ts: 1, end_ts: 2, period_interval: 5 }, "period_interval", /1440/],
  // mutually exclusive parameters
  ["EventsApi", "getMultivariateEvents", { series_ticker: "S", collection_ticker: "C" }, "collection_ticker", /series_ticker/],
  ["MarketApi", "getMarkets", { min_created_ts: 1, max_close_ts: 2 }, "max_close_ts", /mutually exclusive/],
  ["MarketApi", "getMarkets", { min_settled_ts: 1, status: "open" }, "status", /settled/],
  ["MarketApi", "getMarkets", { min_updated_ts: 1, series_ticker: "S" }, "mve_filter", /exclude/],
  ["MarketApi", "getMarkets", { min_updated_ts: 1, tickers: "A" }, "tickers", /updated/],
  ["HistoricalApi", "getHistoricalMarkets", { tickers: "A", event_ticker: "E" }, "event_ticker", /mutually exclusive/],
  ["LiveDataApi", "getWeatherIndex", { city: "NYC", from: 1, last_sec: 60 }, "last_sec", /from/],
  ["CommunicationsApi", "proposeBlockTrade", null, "buyer_subaccount", /buyer_subtrader_id/],
  ["CommunicationsApi", "acceptBlockTradeProposal", { block_trade_proposal_id: "b", subtrader_id: "s", subaccount: 1 }, "subaccount", /subtrader_id/],
  ["CommunicationsApi", "createRFQ", { market_ticker: "M", rest_remainder: false, target_cost_dollars: d("10"), target_cost_centi_cents: d("10") }, "target_cost_centi_cents", /target_cost_dollars/],
  ["CommunicationsApi", "createRFQ", { market_ticker: "M", rest_remainder: false, contracts: 2, contracts_fp: d("3") }, "contracts_fp", /equal/],
  ["CommunicationsApi", "createRFQ", { market_ticker: "M", rest_remainder: false, target_cost_excludes_fees: true }, "target_cost_excludes_fees", /target cost/],
  // lists
  ["MarketApi", "batchGetMarketCandlesticks", {
    market_tickers: Array.from({ length: 101 }, (_, i) => `M${i}`),
    start_ts: 1,
    end_ts: 2,
    period_interval: 60
  }, "market_tickers", /at most 100/],
  ["OrdersApi", "getOrders", { event_ticker: "E1,E2,E3,E4,E5,E6,E7,E8,E9,E10,E11" }, "event_ticker", /at most 10/],
  ["MarketApi", "getMarkets", { tickers: ["A,B"] }, "tickers.0", /','/],
  ["MarketApi", "getMarkets", { min_close_ts: 5, max_close_ts: 4 }, "min_close_ts", /after max_close_ts/],
  ["MarketApi", "getTrades", { min_ts: 10, max_ts: 1 }, "min_ts", /after max_ts/],
  ["MarketApi", "getMarketCandlesticks", { series_ticker: "S", ticker: "T", start_ts: 3, end_ts: 2, period_interval: 60 }, "start_ts", /end_ts/],
  // price and count formats
  ["OrdersApi", "createOrderV2", { ...order, price: d("0.56789") }, "price", /4 decimals/],
  ["OrdersApi", "createOrderV2", { ...order, count: d("1.005") }, "count", /2 decimals/],
  ["OrdersApi", "createOrderV2", { ...order, price: d("1") }, "price", /between 0 and 1/],
  ["OrdersApi", "createOrderV2", { ...order, price: d("0") }, "price", /between 0 and 1/],
  ["OrdersApi", "createOrderV2", { ...order, count: d("0") }, "count", /more than 0/],
  ["CommunicationsApi", "createQuote", { rfq_id: "r", yes_bid: d("1.2"), no_bid: d("0.1"), rest_remainder: false }, "yes_bid", /between 0 and 1/],
  ["OrdersApi", "amendOrderV2", { order_id: "o", ticker: "T", side: "bid", price: d("0.5"), count: d("-1") }, "count", /more than 0/],
  // V2 order rules
  ["OrdersApi", "createOrderV2", { ...order, reduce_only: true }, "reduce_only", /immediate_or_cancel/],
  ["OrdersApi", "createOrderV2", { ...order, time_in_force: "immediate_or_cancel", expiration_time: 2_000_000_000 }, "expiration_time", /good_till_canceled/],
  ["OrdersApi", "batchCreateOrdersV2", { orders: [order, { ...order, reduce_only: true }] }, "orders.1.reduce_only", /immediate_or_cancel/],
  ["OrdersApi", "batchCreateOrdersV2", { orders: [] }, "orders", /at least one/],
  ["OrdersApi", "decreaseOrderV2", { order_id: "o" }, "reduce_by", /neither/],
  ["OrdersApi", "decreaseOrderV2", { order_id: "o", reduce_by: d("1"), reduce_to: d("2") }, "reduce_to", /both/],
  ["OrdersApi", "createOrderV2", { ...order, side: "yes" }, "side", /bid/],
  // unknown fields (a misspelt filter must not silently widen a query)
  ["MarketApi", "getMarkets", { series_tickr: "S" }, "series_tickr", /unexpected/i],
  // path parameters
  ["OrdersApi", "cancelOrderV2", { order_id: ".." }, "order_id", /'\.\.'/],
  ["OrdersApi", "getOrder", { order_id: "" }, "order_id", /empty/]
]

const proposeBoth = {
  market_ticker: "M",
  side: "yes",
  buyer_subtrader_id: "b",
  buyer_subaccount: 1,
  seller_subaccount: 0,
  price_centi_cents: d("0.5"),
  centicount: 100
}

describe("validation before sending", () => {
  it.scopedLive("rejects each broken rule with InvalidInput naming the field, and the server sees no request", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const apis = (yield* Harness.apis) as unknown as Record<string, Record<string, (input: unknown) => Effect.Effect<unknown, { readonly _tag: string }>>>
        const mismatches: Array<string> = []
        for (const [service, method, input, field, reason] of cases) {
          const error = yield* Effect.flip(apis[service]![method]!(input ?? proposeBoth))
          const label = `${service}.${method} ${field}`
          const invalid = error as unknown as { _tag: string; field: string; reason: string; operation: string }
          if (
            invalid._tag !== "InvalidInput" || invalid.field !== field || !reason.test(invalid.reason) ||
            invalid.operation.toLowerCase() !== method.toLowerCase()
          ) mismatches.push(`${label}: got ${invalid._tag} ${invalid.field}: ${invalid.reason}`)
        }
        assert.deepStrictEqual(mismatches, [])
        assert.strictEqual(server.received.length, 0)
      })
    ))

  it.scopedLive("charges batches per item: a batch larger than the write bucket is refused before sending", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const apis = yield* Harness.apis
        const error = yield* Effect.flip(apis.OrdersApi.batchCreateOrdersV2({ orders: Array.from({ length: 11 }, () => order) }))
        assert.strictEqual(error._tag, "InvalidInput")
        if (error._tag === "InvalidInput") {
          assert.strictEqual(error.field, "items")
          assert.match(error.reason, /110 tokens/)
        }
        assert.strictEqual(server.received.length, 0)
        yield* apis.OrdersApi.batchCreateOrdersV2({ orders: Array.from({ length: 10 }, () => order) })
        assert.strictEqual(server.received.length, 1)
      }), { rateLimits: {} }))

  it.scopedLive("lets the valid neighbours of those inputs through", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const apis = (yield* Harness.apis) as unknown as Record<string, Record<string, (input: unknown) => Effect.Effect<unknown, unknown>>>
        const valid: ReadonlyArray<readonly [string, string, unknown]> = [
          ["MarketApi", "getMarkets", { limit: 1000, min_created_ts: 1, max_created_ts: 2, status: "open" }],
          ["MarketApi", "getMarkets", { min_updated_ts: 1, series_ticker: "S", mve_filter: "exclude" }],
          ["EventsApi", "getMultivariateEvents", { collection_ticker: "C" }],
          ["MarketApi", "batchGetMarketCandlesticks", {
            market_tickers: Array.from({ length: 100 }, (_, i) => `M${i}`),
            start_ts: 1,
            end_ts: 2,
            period_interval: 60
          }],
          ["OrdersApi", "createOrderV2", { ...order, price: d("0.5675"), count: d("2.5"), reduce_only: true, time_in_force: "immediate_or_cancel" }],
          ["OrdersApi", "createOrderV2", { ...order, expiration_time: 2_000_000_000 }],
          ["OrdersApi", "decreaseOrderV2", { order_id: "o", reduce_to: d("0") }]
        ]
        for (const [service, method, input] of valid) yield* apis[service]![method]!(input)
        assert.strictEqual(server.received.length, valid.length)
        assert.deepStrictEqual(server.received.flatMap((r) => r.errors), [])
        const markets = server.received[3]!.query.get("market_tickers")!
        assert.strictEqual(markets.split(",").length, 100)
        const body = JSON.parse(server.received[4]!.body)
        assert.strictEqual(body.price, "0.5675")
        assert.strictEqual(body.count, "2.50")
      })
    ))
})
