import { assert, describe, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as crypto from "node:crypto"
import { readFileSync } from "node:fs"
import * as path from "node:path"
import * as Operations from "../src/generated/Operations.js"
import { operationsWithRules } from "../src/internal/rules.js"
import * as Harness from "./utils/harness.js"
import { wireInput, wireValue } from "./utils/inputs.js"
import { operations, packageRoot, specText } from "./utils/spec.js"
import { resolve } from "./utils/SpecServer.js"

const d = BigDecimal.unsafeFromString

const order = {
  ticker: "KX-1",
  side: "bid" as const,
  count: d("1"),
  price: d("0.56"),
  time_in_force: "good_till_canceled" as const,
  self_trade_prevention_type: "maker" as const
}

const blockTrade = {
  buyer_user_id: "b",
  seller_user_id: "s",
  market_ticker: "M",
  price_centi_cents: d("0.5"),
  centicount: 100,
  maker_side: "yes",
  expiration_ts: "2026-03-01T12:00:00Z"
}

const transfer = {
  client_transfer_id: "8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1",
  from_subaccount: 0,
  to_subaccount: 1,
  amount_cents: d("1.5")
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
  [
    "EventsApi",
    "getEventForecastPercentilesHistory",
    {
      ticker: "E",
      series_ticker: "S",
      percentiles: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      start_ts: 1,
      end_ts: 2,
      period_interval: 60
    },
    "percentiles",
    /10/
  ],
  // required fields
  ["MilestoneApi", "getMilestones", {}, "limit", /missing/i],
  ["OrdersApi", "createOrderV2", { ...order, ticker: undefined }, "ticker", /./],
  [
    "MarketApi",
    "getMarketCandlesticks",
    { series_ticker: "S", ticker: "T", start_ts: 1, end_ts: 2 },
    "period_interval",
    /missing/i
  ],
  // enums
  ["MarketApi", "getMarkets", { status: "weird" }, "status", /open/],
  ["MarketApi", "getMarkets", { mve_filter: "both" }, "mve_filter", /one of "only", "exclude", got "both"/],
  [
    "CommunicationsApi",
    "acceptRFQQuote",
    { rfq_id: "r", quote_id: "q", accepted_side: "maybe" },
    "accepted_side",
    /yes/
  ],
  [
    "MarketApi",
    "getMarketCandlesticks",
    { series_ticker: "S", ticker: "T", start_ts: 1, end_ts: 2, period_interval: 5 },
    "period_interval",
    /1440/
  ],
  // mutually exclusive parameters
  [
    "EventsApi",
    "getMultivariateEvents",
    { series_ticker: "S", collection_ticker: "C" },
    "collection_ticker",
    /series_ticker/
  ],
  ["MarketApi", "getMarkets", { min_created_ts: 1, max_close_ts: 2 }, "max_close_ts", /mutually exclusive/],
  ["MarketApi", "getMarkets", { min_settled_ts: 1, status: "open" }, "status", /settled/],
  ["MarketApi", "getMarkets", { min_updated_ts: 1, series_ticker: "S" }, "mve_filter", /exclude/],
  ["MarketApi", "getMarkets", { min_updated_ts: 1, tickers: "A" }, "tickers", /updated/],
  ["HistoricalApi", "getHistoricalMarkets", { tickers: "A", event_ticker: "E" }, "event_ticker", /mutually exclusive/],
  ["LiveDataApi", "getWeatherIndex", { city: "NYC", from: 1, last_sec: 60 }, "last_sec", /from/],
  ["CommunicationsApi", "proposeBlockTrade", null, "buyer_subaccount", /buyer_subtrader_id/],
  [
    "CommunicationsApi",
    "acceptBlockTradeProposal",
    { block_trade_proposal_id: "b", subtrader_id: "s", subaccount: 1 },
    "subaccount",
    /subtrader_id/
  ],
  [
    "CommunicationsApi",
    "createRFQ",
    { market_ticker: "M", rest_remainder: false, contracts: 2, contracts_fp: d("3") },
    "contracts_fp",
    /equal/
  ],
  [
    "CommunicationsApi",
    "createRFQ",
    { market_ticker: "M", rest_remainder: false, target_cost_excludes_fees: true },
    "target_cost_excludes_fees",
    /target cost/
  ],
  // lists
  [
    "MarketApi",
    "batchGetMarketCandlesticks",
    {
      market_tickers: Array.from({ length: 101 }, (_, i) => `M${i}`),
      start_ts: 1,
      end_ts: 2,
      period_interval: 60
    },
    "market_tickers",
    /at most 100/
  ],
  ["OrdersApi", "getOrders", { event_ticker: "E1,E2,E3,E4,E5,E6,E7,E8,E9,E10,E11" }, "event_ticker", /at most 10/],
  ["MarketApi", "getMarkets", { tickers: ["A,B"] }, "tickers.0", /','/],
  // comma-separated lists: every item is a value
  ["MarketApi", "getMarkets", { tickers: " " }, "tickers", /at least one item/],
  ["MarketApi", "getMarkets", { tickers: "" }, "tickers", /at least one item/],
  ["MarketApi", "getMarkets", { tickers: [] }, "tickers", /at least one item/],
  ["OrdersApi", "getOrders", { event_ticker: "A,,B" }, "event_ticker", /item 2 .*blank/],
  ["MarketApi", "getMarkets", { tickers: "A," }, "tickers", /item 2 .*blank/],
  ["MarketApi", "getMarkets", { tickers: "A, ,B" }, "tickers", /item 2 .*blank/],
  ["MarketApi", "getMarkets", { tickers: ["A", " "] }, "tickers.1", /blank/],
  [
    "MarketApi",
    "batchGetMarketCandlesticks",
    { market_tickers: "A,,B", start_ts: 1, end_ts: 2, period_interval: 60 },
    "market_tickers",
    /item 2/
  ],
  ["MarketApi", "getMarkets", { tickers: "A,B\u0001" }, "tickers", /control character/],
  // formats
  ["CommunicationsApi", "proposeBlockTrade", { ...blockTrade, expiration_ts: "tomorrow" }, "expiration_ts", /RFC 3339/],
  [
    "CommunicationsApi",
    "proposeBlockTrade",
    { ...blockTrade, expiration_ts: "2026-02-30T12:00:00Z" },
    "expiration_ts",
    /no day 30/
  ],
  [
    "CommunicationsApi",
    "proposeBlockTrade",
    { ...blockTrade, expiration_ts: "2026-03-01 12:00:00Z" },
    "expiration_ts",
    /RFC 3339/
  ],
  ["MilestoneApi", "getMilestones", { limit: 10, minimum_start_date: "2026-13-45" }, "minimum_start_date", /RFC 3339/],
  [
    "MilestoneApi",
    "getMilestones",
    { limit: 10, minimum_start_date: "2026-13-45T00:00:00Z" },
    "minimum_start_date",
    /no month 13/
  ],
  [
    "MilestoneApi",
    "getMilestones",
    { limit: 10, minimum_start_date: "2026-01-45T00:00:00Z" },
    "minimum_start_date",
    /no day 45/
  ],
  [
    "MilestoneApi",
    "getMilestones",
    { limit: 10, minimum_start_date: "2025-02-29T00:00:00Z" },
    "minimum_start_date",
    /no day 29/
  ],
  [
    "MilestoneApi",
    "getMilestones",
    { limit: 10, minimum_start_date: "2026-01-01T24:00:00Z" },
    "minimum_start_date",
    /no time 24/
  ],
  [
    "MilestoneApi",
    "getMilestones",
    { limit: 10, minimum_start_date: "2026-01-01T12:00:00+25:00" },
    "minimum_start_date",
    /no offset/
  ],
  [
    "MilestoneApi",
    "getMilestones",
    { limit: 10, minimum_start_date: "2026-01-01T12:00:00" },
    "minimum_start_date",
    /RFC 3339/
  ],
  [
    "PortfolioApi",
    "applySubaccountTransfer",
    { ...transfer, client_transfer_id: "nope" },
    "client_transfer_id",
    /UUID/
  ],
  [
    "PortfolioApi",
    "applySubaccountTransfer",
    { ...transfer, client_transfer_id: "8c35ecb3328f4f528c7c0f4b9862f8d1" },
    "client_transfer_id",
    /UUID/
  ],
  ["MarketApi", "getTrades", { min_ts: 2 ** 53 }, "min_ts", /integer/],
  ["MarketApi", "getTrades", { max_ts: 1e21 }, "max_ts", /integer/],
  ["OrdersApi", "getOrders", { exchange_index: 2 ** 31 }, "exchange_index", /32-bit/],
  [
    "OrdersApi",
    "batchCreateOrdersV2",
    { orders: [order, { ...order, expiration_time: 2 ** 60 }] },
    "orders.1.expiration_time",
    /integer/
  ],
  // price and count formats
  ["OrdersApi", "createOrderV2", { ...order, price: d("0.56789") }, "price", /4 decimals/],
  ["OrdersApi", "createOrderV2", { ...order, count: d("1.005") }, "count", /2 decimals/],
  ["OrdersApi", "createOrderV2", { ...order, price: d("1") }, "price", /between 0 and 1/],
  ["OrdersApi", "createOrderV2", { ...order, price: d("0") }, "price", /between 0 and 1/],
  ["OrdersApi", "createOrderV2", { ...order, count: d("0") }, "count", /more than 0/],
  [
    "OrdersApi",
    "amendOrderV2",
    { order_id: "o", ticker: "T", side: "bid", price: d("0.5"), count: d("-1") },
    "count",
    /more than 0/
  ],
  // V2 order rules
  ["OrdersApi", "createOrderV2", { ...order, reduce_only: true }, "reduce_only", /immediate_or_cancel/],
  [
    "OrdersApi",
    "createOrderV2",
    { ...order, time_in_force: "immediate_or_cancel", expiration_time: 2_000_000_000 },
    "expiration_time",
    /immediate_or_cancel/
  ],
  [
    "OrdersApi",
    "batchCreateOrdersV2",
    { orders: [order, { ...order, reduce_only: true }] },
    "orders.1.reduce_only",
    /immediate_or_cancel/
  ],
  ["OrdersApi", "decreaseOrderV2", { order_id: "o" }, "reduce_by", /neither/],
  ["OrdersApi", "decreaseOrderV2", { order_id: "o", reduce_by: d("1"), reduce_to: d("2") }, "reduce_to", /both/],
  ["OrdersApi", "createOrderV2", { ...order, side: "yes" }, "side", /bid/],
  // unknown fields (a misspelt filter must not silently widen a query)
  ["MarketApi", "getMarkets", { series_tickr: "S" }, "series_tickr", /unexpected/i],
  // path parameters: one segment each, nothing a proxy could read as another path
  ["OrdersApi", "cancelOrderV2", { order_id: ".." }, "order_id", /'\.\.'/],
  ["OrdersApi", "getOrder", { order_id: "" }, "order_id", /empty/],
  ["MarketApi", "getMarket", { ticker: "A/B" }, "ticker", /'\/'/],
  ["MarketApi", "getMarket", { ticker: "../portfolio/balance" }, "ticker", /'\/'/],
  ["OrdersApi", "getOrder", { order_id: "a/b" }, "order_id", /'\/'/],
  ["OrdersApi", "cancelOrderV2", { order_id: "a\\b" }, "order_id", /'\\'/],
  ["OrdersApi", "getOrder", { order_id: "a\nb" }, "order_id", /control character/],
  ["OrdersApi", "getOrder", { order_id: "a\u0000" }, "order_id", /control character/],
  ["OrdersApi", "getOrder", { order_id: "a\u007f" }, "order_id", /control character/],
  [
    "MarketApi",
    "getMarketCandlesticks",
    { series_ticker: "S\r\nX", ticker: "T", start_ts: 1, end_ts: 2, period_interval: 60 },
    "series_ticker",
    /control character/
  ],
  // query strings: no control characters
  ["MarketApi", "getMarkets", { series_ticker: "S\r\nX-Injected: 1" }, "series_ticker", /control character/],
  ["MarketApi", "getMarkets", { cursor: "abc\u0000" }, "cursor", /control character/],
  ["MarketApi", "getMarketOrderbooks", { tickers: ["A", "B\u001f"] }, "tickers.1", /control character/]
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

/** A malformed value of each format: a day February lacks, a non-UUID, an int32 overflow, an inexact int64. */
const malformed: Readonly<Record<string, unknown>> = {
  "date-time": "2026-02-30T12:00:00Z",
  date: "2026-02-30",
  uuid: "not-a-uuid",
  int32: 2 ** 31,
  int64: 2 ** 53
}

/** Every top-level request field (query parameter or body field) the spec gives a `format`. */
const formatFields = operations.flatMap((op) => {
  const fields: Array<
    { readonly operationId: string; readonly field: string; readonly format: string; readonly node: unknown }
  > = []
  for (const p of op.parameters) {
    const node = resolve(p.schema)
    if (typeof node.format === "string") {
      fields.push({ operationId: op.operationId, field: p.name, format: node.format, node: p.schema })
    }
  }
  const body = op.op.requestBody?.content?.["application/json"]?.schema
  for (
    const [field, p] of Object.entries(
      (body === undefined ? {} : resolve(body).properties ?? {}) as Record<string, unknown>
    )
  ) {
    const node = resolve(p)
    if (typeof node.format === "string") {
      fields.push({ operationId: op.operationId, field, format: node.format, node: p })
    }
  }
  return fields.filter((f) => f.format !== "double")
})

describe("validation before sending", () => {
  it.scopedLive("rejects each broken rule with InvalidInput naming the field, and the server sees no request", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const apis = (yield* Harness.apis) as unknown as Record<
          string,
          Record<string, (input: unknown) => Effect.Effect<unknown, { readonly _tag: string }>>
        >
        const mismatches: Array<string> = []
        for (const [service, method, input, field, reason] of cases) {
          const result = yield* Effect.either(apis[service]![method]!(input ?? proposeBoth))
          const label = `${service}.${method} ${field}`
          if (Either.isRight(result)) {
            mismatches.push(`${label}: was sent`)
            continue
          }
          const invalid = result.left as unknown as { _tag: string; field: string; reason: string; operation: string }
          if (
            invalid._tag !== "InvalidInput" || invalid.field !== field || !reason.test(invalid.reason) ||
            invalid.operation.toLowerCase() !== method.toLowerCase()
          ) mismatches.push(`${label}: got ${invalid._tag} ${invalid.field}: ${invalid.reason}`)
        }
        assert.deepStrictEqual(mismatches, [])
        assert.strictEqual(server.received.length, 0)
      })
    ))

  it.scopedLive("refuses a malformed value in every request field the spec gives a format, and sends nothing", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const apis = (yield* Harness.apis) as unknown as Record<
          string,
          Record<string, (input: unknown) => Effect.Effect<unknown, unknown>>
        >
        const mismatches: Array<string> = []
        const checked = new Set<string>()
        const money: Array<string> = []
        for (const { field, format, node, operationId } of formatFields) {
          const descriptor = Operations.all[operationId as keyof typeof Operations.all]
          const decode = Schema.decodeUnknownSync(descriptor.input as Schema.Schema.AnyNoContext)
          // Integer money fields are typed as dollars (BigDecimal): their format is the encoding's.
          const valid = decode({ ...wireInput(operationId), [field]: wireValue(node, field) }) as Record<
            string,
            unknown
          >
          if (BigDecimal.isBigDecimal(valid[field])) {
            money.push(`${operationId}.${field}`)
            continue
          }
          const input = { ...(decode(wireInput(operationId)) as Record<string, unknown>), [field]: malformed[format] }
          const method = apis[
            `${descriptor.tag.split("-").map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join("")}Api`
          ]![
            operationId.charAt(0).toLowerCase() + operationId.slice(1)
          ]!
          const result = yield* Effect.either(method(input))
          const error = Either.isLeft(result)
            ? result.left as { _tag?: string; field?: string; operation?: string }
            : undefined
          if (error?._tag !== "InvalidInput" || error.field !== field || error.operation !== operationId) {
            mismatches.push(
              `${operationId}.${field} (${format}): ${error === undefined ? "was sent" : JSON.stringify(error)}`
            )
          }
          checked.add(format)
        }
        assert.deepStrictEqual(mismatches, [])
        assert.strictEqual(server.received.length, 0)
        assert.deepStrictEqual([...checked].sort(), ["date-time", "int32", "int64", "uuid"])
        assert.deepStrictEqual(money.sort(), [
          "ApplySubaccountTransfer.amount_cents",
          "CreateRFQ.target_cost_centi_cents",
          "IntraExchangeInstanceTransfer.amount",
          "ProposeBlockTrade.price_centi_cents"
        ])
      })
    ))

  it("every rule beyond the spec's schemas quotes the spec sentence it comes from", () => {
    const source = readFileSync(path.join(packageRoot, "src/internal/rules.ts"), "utf8")
    const comments = source.split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("//") || line.startsWith("*"))
      .map((line) => line.replace(/^(\/\/|\*)\s?/, ""))
      .join(" ")
    const normalize = (s: string) => s.replace(/\s+/g, " ")
    const spec = normalize(specText)
    const quotes = [...comments.matchAll(/"([^"]+)"/g)].map((m) => normalize(m[1]!))
    assert.isAtLeast(quotes.length, 14)
    assert.deepStrictEqual(quotes.filter((q) => !spec.includes(q)), [])
    // Each operation with rules names itself in the comments that cite them.
    for (const operation of operationsWithRules) assert.include(comments, operation)
  })

  it.scopedLive("charges batches per item: a batch larger than the write bucket is refused before sending", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const apis = yield* Harness.apis
        const error = yield* Effect.flip(
          apis.OrdersApi.batchCreateOrdersV2({ orders: Array.from({ length: 11 }, () => order) })
        )
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
        const apis = (yield* Harness.apis) as unknown as Record<
          string,
          Record<string, (input: unknown) => Effect.Effect<unknown, unknown>>
        >
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
          ["OrdersApi", "createOrderV2", {
            ...order,
            price: d("0.5675"),
            count: d("2.5"),
            reduce_only: true,
            time_in_force: "immediate_or_cancel"
          }],
          ["OrdersApi", "createOrderV2", { ...order, expiration_time: 2_000_000_000 }],
          ["OrdersApi", "decreaseOrderV2", { order_id: "o", reduce_to: d("0") }],
          // formats: RFC 3339 date-times (offsets, fractions, a leap day), a v4 UUID, lists of values
          ["CommunicationsApi", "proposeBlockTrade", { ...blockTrade, expiration_ts: "2026-03-01T12:00:00.250+01:00" }],
          ["MilestoneApi", "getMilestones", { limit: 10, minimum_start_date: "2024-02-29T23:59:59Z" }],
          ["MilestoneApi", "getMilestones", { limit: 10, minimum_start_date: "2026-12-31T00:00:00-05:30" }],
          ["PortfolioApi", "applySubaccountTransfer", { ...transfer, client_transfer_id: crypto.randomUUID() }],
          ["PortfolioApi", "applySubaccountTransfer", {
            ...transfer,
            client_transfer_id: "8C35ECB3-328F-4F52-8C7C-0F4B9862F8D1"
          }],
          ["MarketApi", "getMarkets", { tickers: "A,B" }],
          ["MarketApi", "getMarkets", { tickers: ["A", "B"] }],
          ["OrdersApi", "getOrders", { event_ticker: "E1,E2", exchange_index: 2 ** 31 - 1 }],
          ["MarketApi", "getTrades", { min_ts: 0, max_ts: Number.MAX_SAFE_INTEGER }],
          ["MarketApi", "getMarket", { ticker: "KXHIGHNY-24JAN01-T60.5" }],
          // rules the spec does not state are not enforced: the exchange decides
          ["MarketApi", "getMarkets", { min_close_ts: 5, max_close_ts: 4 }],
          ["MarketApi", "getTrades", { min_ts: 10, max_ts: 1 }],
          ["MarketApi", "getMarketCandlesticks", {
            series_ticker: "S",
            ticker: "T",
            start_ts: 3,
            end_ts: 2,
            period_interval: 60
          }],
          ["CommunicationsApi", "createQuote", {
            rfq_id: "r",
            yes_bid: d("0"),
            no_bid: d("0.4"),
            rest_remainder: false
          }],
          ["CommunicationsApi", "createRFQ", {
            market_ticker: "M",
            rest_remainder: false,
            target_cost_dollars: d("10"),
            target_cost_centi_cents: d("10")
          }],
          ["CommunicationsApi", "createRFQ", { market_ticker: "M", rest_remainder: false, contracts_fp: d("0") }],
          ["CommunicationsApi", "createRFQ", {
            market_ticker: "M",
            rest_remainder: false,
            target_cost_dollars: d("10"),
            target_cost_excludes_fees: true
          }],
          ["CommunicationsApi", "createRFQ", {
            market_ticker: "M",
            rest_remainder: false,
            target_cost_excludes_fees: false
          }],
          ["OrdersApi", "createOrderV2", { ...order, time_in_force: "fill_or_kill", expiration_time: 2_000_000_000 }],
          ["OrdersApi", "batchCreateOrdersV2", { orders: [] }],
          ["OrdersApi", "batchCancelOrdersV2", { orders: [] }],
          ["OrdersApi", "decreaseOrderV2", { order_id: "o", reduce_by: d("0") }]
        ]
        const refused: Array<string> = []
        for (const [service, method, input] of valid) {
          const result = yield* Effect.either(apis[service]![method]!(input))
          if (Either.isLeft(result)) refused.push(`${service}.${method}: ${JSON.stringify(result.left)}`)
        }
        assert.deepStrictEqual(refused, [])
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
