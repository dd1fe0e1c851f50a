/**
 * The rules the spec states in prose rather than in schemas: parameters that cannot be combined,
 * exactly-one-of pairs, the V2 order rules. Checked on the typed input before it is encoded, so that
 * a violation never reaches the wire.
 *
 * Each rule quotes its source: a sentence of the spec (openapi.yaml 3.31.0) with the operation or
 * schema that carries it. A rule with no source is not here: refusing what the exchange accepts is
 * as wrong as sending what it refuses.
 */
import { InvalidInput } from "@kalshi-effect/core/KalshiError"
import * as BigDecimal from "effect/BigDecimal"

type Input = Readonly<Record<string, unknown>>

/** A rule returns the offending field and why, or nothing. */
type Rule = (input: Input) => { readonly field: string; readonly reason: string } | undefined

const isInput = (u: unknown): u is Input => typeof u === "object" && u !== null && !Array.isArray(u)

const present = (input: Input, name: string) => input[name] !== undefined

const notBoth = (a: string, b: string): Rule => (input) =>
  present(input, a) && present(input, b) ? { field: b, reason: `cannot be combined with ${a}` } : undefined

const exactlyOne = (a: string, b: string): Rule => (input) => {
  const n = Number(present(input, a)) + Number(present(input, b))
  return n === 1 ? undefined : {
    field: n === 0 ? a : b,
    reason: n === 0
      ? `exactly one of ${a} and ${b} must be given, got neither`
      : `exactly one of ${a} and ${b} must be given, got both`
  }
}

const atMostOne = (names: ReadonlyArray<string>, what: string): Rule => (input) => {
  const given = names.filter((n) => present(input, n))
  return given.length <= 1 ? undefined : { field: given[1]!, reason: `cannot be combined with ${given[0]} (${what})` }
}

const isDecimal = (u: unknown): u is BigDecimal.BigDecimal => BigDecimal.isBigDecimal(u)
const ZERO = BigDecimal.fromBigInt(0n)
const ONE = BigDecimal.fromBigInt(1n)

/** A price strictly between 0 and 1 dollar. */
const price = (name: string, prefix = ""): Rule => (input) => {
  const v = input[name]
  if (!isDecimal(v)) return undefined
  return BigDecimal.greaterThan(v, ZERO) && BigDecimal.lessThan(v, ONE)
    ? undefined
    : { field: prefix + name, reason: `must be a price strictly between 0 and 1 dollar, got ${BigDecimal.format(v)}` }
}

/** A count strictly above 0. */
const positiveCount = (name: string, prefix = ""): Rule => (input) => {
  const v = input[name]
  if (!isDecimal(v)) return undefined
  return BigDecimal.greaterThan(v, ZERO)
    ? undefined
    : { field: prefix + name, reason: `must be more than 0 contracts, got ${BigDecimal.format(v)}` }
}

/**
 * The V2 create-order rules of one order.
 *
 * - `price`: CreateOrderV2Request states no range; the spec's legacy form of the same order,
 *   CreateOrderRequest, bounds it as `yes_price` / `no_price`: `minimum: 1`, `maximum: 99` (cents),
 *   so a price lies strictly between 0 and 1 dollar.
 * - `count`: CreateOrderRequest.count: `minimum: 1`, "Order quantity in contracts"; FixedPointCount:
 *   "the minimum granularity is 0.01 contracts".
 * - `reduce_only`: CreateOrderV2Request.reduce_only: "Orders with reduce_only set to true will be
 *   rejected unless time_in_force is immediate_or_cancel."
 * - `expiration_time`: CreateOrderV2Request.expiration_time: "The `immediate_or_cancel`
 *   time-in-force value cannot be combined with `expiration_time`."
 */
const createOrderV2 = (prefix: string): ReadonlyArray<Rule> => [
  price("price", prefix),
  positiveCount("count", prefix),
  (input) =>
    input["reduce_only"] === true && input["time_in_force"] !== "immediate_or_cancel"
      ? { field: `${prefix}reduce_only`, reason: "is only accepted with time_in_force immediate_or_cancel" }
      : undefined,
  (input) =>
    present(input, "expiration_time") && input["time_in_force"] === "immediate_or_cancel"
      ? { field: `${prefix}expiration_time`, reason: "cannot be combined with time_in_force immediate_or_cancel" }
      : undefined
]

const each = (arrayField: string, rules: (prefix: string) => ReadonlyArray<Rule>): Rule => (input) => {
  const items = input[arrayField]
  if (!Array.isArray(items)) return undefined
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i]
    if (!isInput(item)) continue
    for (const rule of rules(`${arrayField}.${i}.`)) {
      const failure = rule(item)
      if (failure !== undefined) return failure
    }
  }
  return undefined
}

const marketTimeGroups = {
  created: ["min_created_ts", "max_created_ts"],
  close: ["min_close_ts", "max_close_ts"],
  settled: ["min_settled_ts", "max_settled_ts"],
  updated: ["min_updated_ts", "max_updated_ts"]
} as const

const statusesFor: Readonly<Record<keyof typeof marketTimeGroups, ReadonlyArray<string>>> = {
  created: ["unopened", "open"],
  close: ["closed"],
  settled: ["settled"],
  updated: []
}

/**
 * GetMarkets: one family of timestamp filters at a time, each with its compatible statuses.
 *
 * GetMarkets' description: "Timestamp filters will be mutually exclusive from other timestamp
 * filters and certain status filters.", then its table: `min_created_ts, max_created_ts` with
 * `unopened`, `open`, *empty*; `min_close_ts, max_close_ts` with `closed`, *empty*;
 * `min_settled_ts, max_settled_ts` with `settled`, *empty*; `min_updated_ts, max_updated_ts` with
 * *empty*: "Incompatible with all filters besides `mve_filter=exclude`. May be combined with
 * `series_ticker`, which requires `mve_filter=exclude`".
 */
const getMarketsFilters: Rule = (input) => {
  const groups = (Object.keys(marketTimeGroups) as Array<keyof typeof marketTimeGroups>).filter((g) =>
    marketTimeGroups[g].some((n) => present(input, n))
  )
  if (groups.length > 1) {
    const field = marketTimeGroups[groups[1]!].find((n) => present(input, n))!
    return {
      field,
      reason: `cannot be combined with the ${
        groups[0]
      } timestamp filters: timestamp filter families are mutually exclusive`
    }
  }
  const group = groups[0]
  if (group === undefined) return undefined
  const status = input["status"]
  if (status !== undefined && !statusesFor[group].includes(String(status))) {
    return {
      field: "status",
      reason: `${String(status)} cannot be combined with the ${group} timestamp filters` +
        (statusesFor[group].length > 0 ? ` (allowed: ${statusesFor[group].join(", ")})` : "")
    }
  }
  if (group === "updated") {
    for (const other of ["event_ticker", "tickers"]) {
      if (present(input, other)) {
        return { field: other, reason: "cannot be combined with min_updated_ts / max_updated_ts" }
      }
    }
    if (present(input, "mve_filter") && input["mve_filter"] !== "exclude") {
      return {
        field: "mve_filter",
        reason: "only mve_filter=exclude can be combined with min_updated_ts / max_updated_ts"
      }
    }
    if (present(input, "series_ticker") && input["mve_filter"] !== "exclude") {
      return {
        field: "mve_filter",
        reason: "series_ticker with min_updated_ts / max_updated_ts requires mve_filter=exclude"
      }
    }
  }
  return undefined
}

const rules: Readonly<Record<string, ReadonlyArray<Rule>>> = {
  GetMarkets: [getMarketsFilters],
  // GetHistoricalMarkets' description: "Filters are mutually exclusive."
  GetHistoricalMarkets: [atMostOne(["tickers", "event_ticker", "series_ticker"], "the filters are mutually exclusive")],
  // GetMultivariateEvents.collection_ticker: "Cannot be used together with series_ticker."
  GetMultivariateEvents: [notBoth("series_ticker", "collection_ticker")],
  // GetWeatherIndex.last_sec: "Mutually exclusive with `from`/`to`."
  GetWeatherIndex: [notBoth("from", "last_sec"), notBoth("to", "last_sec")],
  CreateOrderV2: createOrderV2(""),
  // BatchCreateOrdersV2Request.orders: items are CreateOrderV2Request, each under its rules.
  BatchCreateOrdersV2: [each("orders", createOrderV2)],
  // AmendOrderV2Request states no range; the legacy AmendOrderRequest of the same amend bounds
  // `yes_price` / `no_price` to `minimum: 1`, `maximum: 99` (cents) and `count` to `minimum: 1`.
  AmendOrderV2: [price("price"), positiveCount("count")],
  // DecreaseOrderV2's description: "Exactly one of `reduce_by` or `reduce_to` must be provided."
  DecreaseOrderV2: [exactlyOne("reduce_by", "reduce_to")],
  CreateRFQ: [
    // CreateRFQRequest.subtrader_id: "The subtrader to create the RFQ for (FCM members only)";
    // CreateRFQRequest.subaccount: "(direct members only; 0 for primary, 1-63 for subaccounts)":
    // no member can send both.
    notBoth("subtrader_id", "subaccount"),
    // CreateRFQRequest.contracts: "if both are provided, they must match."
    (input) =>
      typeof input["contracts"] === "number" && isDecimal(input["contracts_fp"]) &&
        !BigDecimal.equals(BigDecimal.fromNumber(input["contracts"]), input["contracts_fp"])
        ? { field: "contracts_fp", reason: "must equal contracts when both are given" }
        : undefined,
    // CreateRFQRequest.target_cost_excludes_fees: "Only valid together with a target cost."
    // (`false` is the default behaviour, so only `true` is refused without a target cost.)
    (input) =>
      input["target_cost_excludes_fees"] === true && !present(input, "target_cost_dollars") &&
        !present(input, "target_cost_centi_cents")
        ? { field: "target_cost_excludes_fees", reason: "is only valid together with a target cost" }
        : undefined
  ],
  // ProposeBlockTradeRequest.buyer_subaccount: "Provide either this or buyer_subtrader_id, not
  // both."; seller_subaccount: "Provide either this or seller_subtrader_id, not both."
  ProposeBlockTrade: [
    notBoth("buyer_subtrader_id", "buyer_subaccount"),
    notBoth("seller_subtrader_id", "seller_subaccount")
  ],
  // AcceptBlockTradeProposalRequest.subaccount: "Provide either this or subtrader_id, not both."
  AcceptBlockTradeProposal: [notBoth("subtrader_id", "subaccount")]
}

/** Checks an operation's prose rules: the first one that `input` breaks, if any. */
export const ruleFailure = (operation: string, input: unknown): InvalidInput | undefined => {
  if (!isInput(input)) return undefined
  for (const rule of rules[operation] ?? []) {
    const failure = rule(input)
    if (failure !== undefined) return new InvalidInput({ operation, ...failure })
  }
  return undefined
}

/** The operations that have prose rules, for tests and documentation. */
export const operationsWithRules: ReadonlyArray<string> = Object.keys(rules)
