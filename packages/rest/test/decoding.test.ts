import { assert, describe, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Operations from "../src/generated/Operations.js"
import * as Requests from "../src/generated/Requests.js"
import * as Schemas from "../src/generated/Schemas.js"
import { captureOperations, captures, missingRequired } from "./utils/captures.js"
import { type Json, operations, spec } from "./utils/spec.js"
import { synthesize } from "./utils/SpecServer.js"

const decodeOptions = { onExcessProperty: "ignore" } as const
const decode = (schema: Schema.Schema.AnyNoContext, value: unknown) => {
  const result = Schema.decodeUnknownEither(schema, decodeOptions)(value)
  if (Either.isLeft(result)) {
    const issue = ParseResult.ArrayFormatter.formatErrorSync(result.left)[0]
    assert.fail(`${issue?.path.join(".")}: ${issue?.message}`)
  }
  return Either.getOrThrow(result)
}

const schemas: Record<string, Schema.Schema.AnyNoContext> = Schemas as never
const requests: Record<string, Schema.Schema.AnyNoContext> = Requests as never
const descriptors: Record<
  string,
  {
    readonly response: Schema.Schema.AnyNoContext
    readonly input: Schema.Schema.AnyNoContext
    readonly payload: ReadonlyArray<string>
  }
> = Operations.all

/** The path of the first issue of a failed decode, or undefined when the value decodes. */
const failurePath = (schema: Schema.Schema.AnyNoContext, value: unknown) => {
  const result = Schema.decodeUnknownEither(schema, decodeOptions)(value)
  return Either.isLeft(result) ? ParseResult.ArrayFormatter.formatErrorSync(result.left)[0]?.path.join(".") : undefined
}

/**
 * The January 2026 recordings that lack what their operation exists to return: the legacy shapes of
 * the queue position (`queue_position`, an integer) and of the order book (`orderbook`, in cents).
 * They are refused, naming the field, instead of decoding to an empty value.
 */
const lackingPayloadInJanuary2026: Record<string, string> = {
  order_queue_position: "queue_position_fp",
  orderbook: "orderbook_fp"
}

/**
 * What the January 2026 recordings lack that 3.31.0 marks required. Each of them decodes anyway:
 * response fields are optional on decode (see the README's decoding policy).
 */
const missingInJanuary2026: Record<string, ReadonlyArray<string>> = {
  candlesticks_batch: ["markets[].candlesticks[].open_interest_fp", "markets[].candlesticks[].volume_fp"],
  event_candlesticks: ["market_candlesticks[][].open_interest_fp", "market_candlesticks[][].volume_fp"],
  event_single: [
    "event.settlement_sources",
    "markets[].open_interest_fp",
    "markets[].settlement_bounds_type",
    "markets[].updated_time",
    "markets[].volume_24h_fp",
    "markets[].volume_fp",
    "markets[].yes_ask_size_fp",
    "markets[].yes_bid_size_fp"
  ],
  events_list: ["events[].settlement_sources"],
  events_multivariate_list: ["events[].settlement_sources"],
  incentive_programs: ["incentive_programs[].incentive_description", "incentive_programs[].market_id"],
  market_single: [
    "market.open_interest_fp",
    "market.settlement_bounds_type",
    "market.updated_time",
    "market.volume_24h_fp",
    "market.volume_fp",
    "market.yes_ask_size_fp",
    "market.yes_bid_size_fp"
  ],
  markets_list: [
    "markets[].open_interest_fp",
    "markets[].settlement_bounds_type",
    "markets[].updated_time",
    "markets[].volume_24h_fp",
    "markets[].volume_fp",
    "markets[].yes_ask_size_fp",
    "markets[].yes_bid_size_fp"
  ],
  order_group_create: ["subaccount"],
  order_queue_position: ["queue_position_fp"],
  order_queue_positions: ["queue_positions[].queue_position_fp"],
  orderbook: ["orderbook_fp"],
  portfolio_balance: ["balance_dollars"],
  portfolio_fills: [
    "fills[].book_side",
    "fills[].count_fp",
    "fills[].exchange_index",
    "fills[].fee_cost",
    "fills[].no_price_dollars",
    "fills[].outcome_side",
    "fills[].yes_price_dollars"
  ],
  portfolio_order_single: [
    "order.book_side",
    "order.fill_count_fp",
    "order.initial_count_fp",
    "order.maker_fees_dollars",
    "order.outcome_side",
    "order.remaining_count_fp",
    "order.taker_fees_dollars"
  ],
  portfolio_orders: [
    "orders[].book_side",
    "orders[].fill_count_fp",
    "orders[].initial_count_fp",
    "orders[].maker_fees_dollars",
    "orders[].outcome_side",
    "orders[].remaining_count_fp"
  ],
  portfolio_positions: [
    "event_positions[].total_cost_shares_fp",
    "market_positions[].exchange_index",
    "market_positions[].position_fp"
  ],
  portfolio_settlements: [
    "settlements[].exchange_index",
    "settlements[].no_count_fp",
    "settlements[].no_total_cost_dollars",
    "settlements[].yes_count_fp",
    "settlements[].yes_total_cost_dollars"
  ],
  series_candlesticks: ["candlesticks[].open_interest_fp", "candlesticks[].volume_fp"],
  series_list: ["series[].additional_prohibitions", "series[].categories", "series[].tags"],
  series_single: ["series.additional_prohibitions", "series.categories"],
  trades_list: [
    "trades[].count_fp",
    "trades[].is_block_trade",
    "trades[].taker_book_side",
    "trades[].taker_outcome_side"
  ]
}

const successSchema = (operationId: string): Json => {
  const op = operations.find((o) => o.operationId === operationId)!
  const [, ok] = Object.entries(op.op.responses as Record<string, Json>).find(([code]) => code.startsWith("2"))!
  return ok.content?.["application/json"]?.schema
}

describe("decoding the January 2026 recordings", () => {
  it("maps every recording to a 3.31.0 operation or says why it has none", () => {
    for (const c of captures) assert.isDefined(captureOperations[c.endpoint], `${c.file} is not mapped`)
    for (const op of Object.values(captureOperations)) {
      if (typeof op === "string") assert.isDefined(descriptors[op], `${op} is not an operation`)
    }
  })

  for (const c of captures) {
    const op = captureOperations[c.endpoint]
    if (typeof op !== "string") continue
    const lacking = lackingPayloadInJanuary2026[c.endpoint]
    if (lacking !== undefined) {
      it(`${c.file} lacks the ${lacking} that ${op} exists to return: refused, naming it`, () => {
        assert.include(descriptors[op]!.payload, lacking)
        assert.strictEqual(failurePath(descriptors[op]!.response, c.response), lacking)
      })
      continue
    }
    it(`${c.file} decodes as ${op}`, () => {
      decode(descriptors[op]!.response, c.response)
      const schema = successSchema(op)
      const missing = schema === undefined ? [] : missingRequired(schema, c.response)
      assert.deepStrictEqual(missing, missingInJanuary2026[c.endpoint] ?? [])
    })
  }

  it("keeps exact money, empty arrays for null, and enum values added later", () => {
    const markets = captures.find((c) => c.endpoint === "markets_list")!.response
    const decoded = decode(Schemas.GetMarketsResponse, markets) as Schemas.GetMarketsResponse
    assert.isTrue(decoded.markets.length > 0)
    const raw = markets.markets[0]
    const first = decoded.markets[0]!
    if (raw.yes_bid_dollars !== undefined && raw.yes_bid_dollars !== "") {
      assert.isTrue(BigDecimal.equals(first.yes_bid_dollars!, BigDecimal.unsafeFromString(raw.yes_bid_dollars)))
    }
    const changed = {
      ...raw,
      status: "suspended_forever",
      market_type: "ternary",
      new_field: { x: 1 },
      yes_bid_dollars: "",
      rules_secondary: null
    }
    const again = decode(Schemas.Market, changed) as Schemas.Market
    assert.strictEqual(again.status, "suspended_forever")
    assert.strictEqual(again.market_type, "ternary")
    assert.isFalse("yes_bid_dollars" in again)
    assert.isFalse("rules_secondary" in again)
    assert.isFalse("new_field" in again)
    const nullArrays = decode(Schemas.GetMarketsResponse, { markets: null, cursor: "" }) as Schemas.GetMarketsResponse
    assert.deepStrictEqual(nullArrays.markets, [])
  })

  it("keeps the identifiers the spec requires: a record without one fails, naming it", () => {
    const result = Schema.decodeUnknownEither(Schemas.GetMarketsResponse)({
      markets: [{ ticker: "A", event_ticker: "E" }, { event_ticker: "E" }]
    })
    assert.isTrue(Either.isLeft(result))
    if (Either.isLeft(result)) {
      assert.deepStrictEqual(ParseResult.ArrayFormatter.formatErrorSync(result.left)[0]!.path, ["markets", 1, "ticker"])
    }
    const ok = decode(Schemas.GetMarketsResponse, {
      markets: [{ ticker: "A", event_ticker: "E" }]
    }) as Schemas.GetMarketsResponse
    const ticker: string = ok.markets[0]!.ticker
    assert.strictEqual(ticker, "A")
  })

  it("fails on a value that truly does not match, naming the field", () => {
    const result = Schema.decodeUnknownEither(Schemas.GetMarketsResponse)({
      markets: [{ ticker: "A", event_ticker: "E" }, { ticker: "B", event_ticker: "E", yes_bid_dollars: "1e5" }]
    })
    assert.isTrue(Either.isLeft(result))
    if (Either.isLeft(result)) {
      const issue = ParseResult.ArrayFormatter.formatErrorSync(result.left)[0]!
      assert.deepStrictEqual(issue.path, ["markets", 1, "yes_bid_dollars"])
    }
  })
})

describe("the fields an operation exists to return", () => {
  const payloadOf = (id: string) => descriptors[id]!.payload
  it("are derived from the spec: the list, the record, or the one value of the response", () => {
    assert.deepStrictEqual(payloadOf("GetMarkets"), ["markets"])
    assert.deepStrictEqual(payloadOf("GetMarket"), ["market"])
    assert.deepStrictEqual(payloadOf("GetEvent"), ["event", "markets"])
    assert.deepStrictEqual(payloadOf("GetPositions"), ["market_positions", "event_positions"])
    assert.deepStrictEqual(payloadOf("GetOrderQueuePosition"), ["queue_position_fp"])
    assert.deepStrictEqual(payloadOf("GetOrderQueuePositions"), ["queue_positions"])
    assert.deepStrictEqual(payloadOf("CreateRFQ"), ["id"])
    // several required scalars: nothing beyond the identifiers
    assert.deepStrictEqual(payloadOf("GetBalance"), [])
    assert.deepStrictEqual(payloadOf("CancelAllOrders"), [])
  })

  it("a response without one of them is refused, naming it; with them it decodes", () => {
    let checked = 0
    for (const [id, d] of Object.entries(descriptors)) {
      const schema = successSchema(id)
      if (schema === undefined || d.payload.length === 0) continue
      const full = synthesize(schema) as Record<string, unknown>
      decode(d.response, full)
      for (const field of d.payload) {
        const { [field]: _removed, ...rest } = full
        assert.strictEqual(failurePath(d.response, rest), field, `${id} without ${field}`)
        checked++
      }
    }
    assert.isAbove(checked, 80)
  })

  it("a missing list is refused, an empty or null one is []", () => {
    assert.strictEqual(failurePath(Schemas.GetMarketsResponse, { cursor: "" }), "markets")
    const decoded = decode(Schemas.GetMarketsResponse, { markets: null }) as Schemas.GetMarketsResponse
    assert.deepStrictEqual(decoded.markets, [])
  })
})

describe("decoding the spec's examples", () => {
  const components = spec.components.schemas as Record<string, Json>
  const withExample = Object.entries(components).filter(([, node]) => node.example !== undefined)

  it("finds the examples", () => {
    assert.isAtLeast(withExample.length, 15)
  })

  for (const [name, node] of withExample) {
    it(`component ${name}`, () => {
      decode(schemas[name]!, node.example)
      if (requests[name] !== undefined) decode(requests[name]!, node.example)
    })
  }

  for (const [name, node] of Object.entries(components)) {
    for (const [prop, p] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
      if (p.example === undefined) continue
      it(`property ${name}.${prop}`, () => {
        const base = synthesize({ $ref: `#/components/schemas/${name}` }) as Record<string, unknown>
        const decoded = decode(schemas[name]!, { ...base, [prop]: p.example }) as Record<string, unknown>
        assert.isDefined(decoded[prop])
      })
    }
  }

  for (const o of operations) {
    for (const p of o.parameters) {
      if (p.schema?.example === undefined) continue
      it(`parameter ${o.operationId}.${p.name}`, () => {
        const input = p.required === true ? { [p.name]: p.schema.example } : { [p.name]: p.schema.example }
        const required = o.parameters.filter((q: Json) => q.required === true && q.name !== p.name)
        for (const q of required) input[q.name] = q.schema.type === "integer" ? 1 : "x"
        const decoded = decode(descriptors[o.operationId]!.input, input) as Record<string, unknown>
        assert.strictEqual(decoded[p.name], p.schema.example)
      })
    }
  }
})
