/**
 * The fast decoders of the component schemas: for each component, the value its schema decodes an input to,
 * or `F` when the input is not in the plain shape the decoder knows (the schema's interpreter then decides,
 * with the value or the precise error). Written from the same shapes as `Schemas.ts`. Internal: responses
 * are decoded with them by the services; decode with the schemas yourself.
 *
 * @internal
 *
 * GENERATED FILE: do not edit. Produced by `npm run codegen` (packages/rest/scripts/codegen.ts)
 * from the Kalshi Trade API spec 3.31.0. Tests fail when it differs from what the spec generates.
 *
 * @since 0.1.0
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as BigDecimal from "effect/BigDecimal"
import { array, F, hasOwn, isPlainObject, nullableArray, number, priceLevel, record, string, unknown, type Fail, type Mutable } from "../internal/decodeRuntime.js"
import type * as Schemas from "./Schemas.js"

const h0 = (u: unknown) => nullableArray(u, decodeMarketCandlestick)
const h1 = (u: unknown) => record(u, unknown)
const h2 = (u: unknown) => nullableArray(u, string)

function decodeAcceptBlockTradeProposalRequest(input: unknown): Schemas.AcceptBlockTradeProposalRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.AcceptBlockTradeProposalRequest>
  let v: unknown
  v = input["subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "subtrader_id")) return F
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  return out
}

function decodeAcceptQuoteRequest(input: unknown): Schemas.AcceptQuoteRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.AcceptQuoteRequest>
  let v: unknown
  v = input["accepted_side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["accepted_side"] = v
  } else if (v === undefined && hasOwn(input, "accepted_side")) return F
  return out
}

function decodeAccountApiUsageLevelVolumeGoal(input: unknown): Schemas.AccountApiUsageLevelVolumeGoal | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.AccountApiUsageLevelVolumeGoal>
  let v: unknown
  v = input["level"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["level"] = v
  } else if (v === undefined && hasOwn(input, "level")) return F
  v = input["earn_volume_goal_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d0 = FixedPoint.readCount(v)
    if (d0 === undefined) return F
    out["earn_volume_goal_fp"] = d0
  } else if (v === undefined && hasOwn(input, "earn_volume_goal_fp")) return F
  v = input["keep_volume_goal_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d1 = FixedPoint.readCount(v)
    if (d1 === undefined) return F
    out["keep_volume_goal_fp"] = d1
  } else if (v === undefined && hasOwn(input, "keep_volume_goal_fp")) return F
  return out
}

function decodeAccountApiUsageLevelVolumeProgress(input: unknown): Schemas.AccountApiUsageLevelVolumeProgress | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.AccountApiUsageLevelVolumeProgress>
  let v: unknown
  v = input["computed_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["computed_ts"] = v
  } else if (v === undefined && hasOwn(input, "computed_ts")) return F
  v = input["trailing_30d_volume_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d2 = FixedPoint.readCount(v)
    if (d2 === undefined) return F
    out["trailing_30d_volume_fp"] = d2
  } else if (v === undefined && hasOwn(input, "trailing_30d_volume_fp")) return F
  v = input["goals"]
  if (v === undefined || v === null) out["goals"] = []
  else {
    const r3 = array(v, decodeAccountApiUsageLevelVolumeGoal)
    if (r3 === F) return F
    out["goals"] = r3
  }
  return out
}

function decodeExchangeIndex(v: unknown): Schemas.ExchangeIndex | Fail {
  if (typeof v !== "number") return F
  return v
}

function decodeAmendOrderRequest(input: unknown): Schemas.AmendOrderRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.AmendOrderRequest>
  let v: unknown
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["side"] = v
  } else if (v === undefined && hasOwn(input, "side")) return F
  v = input["action"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["action"] = v
  } else if (v === undefined && hasOwn(input, "action")) return F
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["updated_client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["updated_client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "updated_client_order_id")) return F
  v = input["yes_price"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["yes_price"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "yes_price")) return F
  v = input["no_price"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["no_price"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "no_price")) return F
  v = input["yes_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d4 = FixedPoint.readDollars(v)
    if (d4 === undefined) return F
    out["yes_price_dollars"] = d4
  } else if (v === undefined && hasOwn(input, "yes_price_dollars")) return F
  v = input["no_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d5 = FixedPoint.readDollars(v)
    if (d5 === undefined) return F
    out["no_price_dollars"] = d5
  } else if (v === undefined && hasOwn(input, "no_price_dollars")) return F
  v = input["count"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["count"] = v
  } else if (v === undefined && hasOwn(input, "count")) return F
  v = input["count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d6 = FixedPoint.readCount(v)
    if (d6 === undefined) return F
    out["count_fp"] = d6
  } else if (v === undefined && hasOwn(input, "count_fp")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r7 = decodeExchangeIndex(v)
    if (r7 === F) return F
    out["exchange_index"] = r7
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeBookSide(v: unknown): Schemas.BookSide | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeOrderStatus(v: unknown): Schemas.OrderStatus | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeSelfTradePreventionType(v: unknown): Schemas.SelfTradePreventionType | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeOrder(input: unknown): Schemas.Order | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Order>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["user_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["user_id"] = v
  } else if (v === undefined && hasOwn(input, "user_id")) return F
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["side"] = v
  } else if (v === undefined && hasOwn(input, "side")) return F
  v = input["action"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["action"] = v
  } else if (v === undefined && hasOwn(input, "action")) return F
  v = input["outcome_side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["outcome_side"] = v
  } else if (v === undefined && hasOwn(input, "outcome_side")) return F
  v = input["book_side"]
  if (v !== undefined && v !== null) {
    const r8 = decodeBookSide(v)
    if (r8 === F) return F
    out["book_side"] = r8
  } else if (v === undefined && hasOwn(input, "book_side")) return F
  v = input["type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["type"] = v
  } else if (v === undefined && hasOwn(input, "type")) return F
  v = input["status"]
  if (v !== undefined && v !== null) {
    const r9 = decodeOrderStatus(v)
    if (r9 === F) return F
    out["status"] = r9
  } else if (v === undefined && hasOwn(input, "status")) return F
  v = input["yes_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d10 = FixedPoint.readDollars(v)
    if (d10 === undefined) return F
    out["yes_price_dollars"] = d10
  } else if (v === undefined && hasOwn(input, "yes_price_dollars")) return F
  v = input["no_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d11 = FixedPoint.readDollars(v)
    if (d11 === undefined) return F
    out["no_price_dollars"] = d11
  } else if (v === undefined && hasOwn(input, "no_price_dollars")) return F
  v = input["fill_count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d12 = FixedPoint.readCount(v)
    if (d12 === undefined) return F
    out["fill_count_fp"] = d12
  } else if (v === undefined && hasOwn(input, "fill_count_fp")) return F
  v = input["remaining_count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d13 = FixedPoint.readCount(v)
    if (d13 === undefined) return F
    out["remaining_count_fp"] = d13
  } else if (v === undefined && hasOwn(input, "remaining_count_fp")) return F
  v = input["initial_count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d14 = FixedPoint.readCount(v)
    if (d14 === undefined) return F
    out["initial_count_fp"] = d14
  } else if (v === undefined && hasOwn(input, "initial_count_fp")) return F
  v = input["taker_fill_cost_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d15 = FixedPoint.readDollars(v)
    if (d15 === undefined) return F
    out["taker_fill_cost_dollars"] = d15
  } else if (v === undefined && hasOwn(input, "taker_fill_cost_dollars")) return F
  v = input["maker_fill_cost_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d16 = FixedPoint.readDollars(v)
    if (d16 === undefined) return F
    out["maker_fill_cost_dollars"] = d16
  } else if (v === undefined && hasOwn(input, "maker_fill_cost_dollars")) return F
  v = input["taker_fees_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d17 = FixedPoint.readDollars(v)
    if (d17 === undefined) return F
    out["taker_fees_dollars"] = d17
  } else if (v === undefined && hasOwn(input, "taker_fees_dollars")) return F
  v = input["maker_fees_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d18 = FixedPoint.readDollars(v)
    if (d18 === undefined) return F
    out["maker_fees_dollars"] = d18
  } else if (v === undefined && hasOwn(input, "maker_fees_dollars")) return F
  v = input["expiration_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["expiration_time"] = v
  } else if (v === undefined && hasOwn(input, "expiration_time")) return F
  v = input["created_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["created_time"] = v
  } else if (v === undefined && hasOwn(input, "created_time")) return F
  v = input["last_update_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["last_update_time"] = v
  } else if (v === undefined && hasOwn(input, "last_update_time")) return F
  v = input["self_trade_prevention_type"]
  if (v !== undefined && v !== null) {
    const r19 = decodeSelfTradePreventionType(v)
    if (r19 === F) return F
    out["self_trade_prevention_type"] = r19
  } else if (v === undefined && hasOwn(input, "self_trade_prevention_type")) return F
  v = input["order_group_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["order_group_id"] = v
  } else if (v === undefined && hasOwn(input, "order_group_id")) return F
  v = input["cancel_order_on_pause"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["cancel_order_on_pause"] = v
  } else if (v === undefined && hasOwn(input, "cancel_order_on_pause")) return F
  v = input["subaccount_number"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount_number"] = v
  } else if (v === undefined && hasOwn(input, "subaccount_number")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r20 = decodeExchangeIndex(v)
    if (r20 === F) return F
    out["exchange_index"] = r20
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeAmendOrderResponse(input: unknown): Schemas.AmendOrderResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.AmendOrderResponse>
  let v: unknown
  v = input["old_order"]
  if (v !== undefined && v !== null) {
    const r21 = decodeOrder(v)
    if (r21 === F) return F
    out["old_order"] = r21
  } else if (v === undefined && hasOwn(input, "old_order")) return F
  v = input["order"]
  if (v !== undefined && v !== null) {
    const r22 = decodeOrder(v)
    if (r22 === F) return F
    out["order"] = r22
  } else if (v === undefined && hasOwn(input, "order")) return F
  return out
}

function decodeAmendOrderV2Request(input: unknown): Schemas.AmendOrderV2Request | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.AmendOrderV2Request>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["side"]
  if (v !== undefined && v !== null) {
    const r23 = decodeBookSide(v)
    if (r23 === F) return F
    out["side"] = r23
  } else if (v === undefined && hasOwn(input, "side")) return F
  v = input["price"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d24 = FixedPoint.readDollars(v)
    if (d24 === undefined) return F
    out["price"] = d24
  } else if (v === undefined && hasOwn(input, "price")) return F
  v = input["count"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d25 = FixedPoint.readCount(v)
    if (d25 === undefined) return F
    out["count"] = d25
  } else if (v === undefined && hasOwn(input, "count")) return F
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["updated_client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["updated_client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "updated_client_order_id")) return F
  v = input["expiration_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["expiration_time"] = v
  } else if (v === undefined && hasOwn(input, "expiration_time")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r26 = decodeExchangeIndex(v)
    if (r26 === F) return F
    out["exchange_index"] = r26
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeAmendOrderV2Response(input: unknown): Schemas.AmendOrderV2Response | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.AmendOrderV2Response>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["remaining_count"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d27 = FixedPoint.readCount(v)
    if (d27 === undefined) return F
    out["remaining_count"] = d27
  } else if (v === undefined && hasOwn(input, "remaining_count")) return F
  v = input["fill_count"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d28 = FixedPoint.readCount(v)
    if (d28 === undefined) return F
    out["fill_count"] = d28
  } else if (v === undefined && hasOwn(input, "fill_count")) return F
  v = input["average_fill_price"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d29 = FixedPoint.readDollars(v)
    if (d29 === undefined) return F
    out["average_fill_price"] = d29
  } else if (v === undefined && hasOwn(input, "average_fill_price")) return F
  v = input["average_fee_paid"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d30 = FixedPoint.readDollars(v)
    if (d30 === undefined) return F
    out["average_fee_paid"] = d30
  } else if (v === undefined && hasOwn(input, "average_fee_paid")) return F
  v = input["ts_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["ts_ms"] = v
  } else if (v === undefined && hasOwn(input, "ts_ms")) return F
  return out
}

function decodeApiKeyScope(v: unknown): Schemas.ApiKeyScope | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeApiKey(input: unknown): Schemas.ApiKey | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ApiKey>
  let v: unknown
  v = input["api_key_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["api_key_id"] = v
  v = input["name"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["name"] = v
  } else if (v === undefined && hasOwn(input, "name")) return F
  v = input["scopes"]
  if (v === undefined || v === null) out["scopes"] = []
  else {
    const r31 = array(v, decodeApiKeyScope)
    if (r31 === F) return F
    out["scopes"] = r31
  }
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["fcm_subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["fcm_subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "fcm_subtrader_id")) return F
  return out
}

function decodeApiKeyType(v: unknown): Schemas.ApiKeyType | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeExchangeInstance(v: unknown): Schemas.ExchangeInstance | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeApiUsageLevelGrant(input: unknown): Schemas.ApiUsageLevelGrant | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ApiUsageLevelGrant>
  let v: unknown
  v = input["exchange_instance"]
  if (v !== undefined && v !== null) {
    const r32 = decodeExchangeInstance(v)
    if (r32 === F) return F
    out["exchange_instance"] = r32
  } else if (v === undefined && hasOwn(input, "exchange_instance")) return F
  v = input["level"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["level"] = v
  } else if (v === undefined && hasOwn(input, "level")) return F
  v = input["expires_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["expires_ts"] = v
  } else if (v === undefined && hasOwn(input, "expires_ts")) return F
  v = input["source"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["source"] = v
  } else if (v === undefined && hasOwn(input, "source")) return F
  return out
}

function decodeApplySubaccountTransferRequest(input: unknown): Schemas.ApplySubaccountTransferRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ApplySubaccountTransferRequest>
  let v: unknown
  v = input["client_transfer_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_transfer_id"] = v
  } else if (v === undefined && hasOwn(input, "client_transfer_id")) return F
  v = input["from_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["from_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "from_subaccount")) return F
  v = input["to_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["to_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "to_subaccount")) return F
  v = input["amount_cents"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["amount_cents"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "amount_cents")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r33 = decodeExchangeIndex(v)
    if (r33 === F) return F
    out["exchange_index"] = r33
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeApplySubaccountTransferResponse(v: unknown): Schemas.ApplySubaccountTransferResponse | Fail {
  if (v === null || v === undefined) return F
  return v
}

function decodeAssociatedEvent(input: unknown): Schemas.AssociatedEvent | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.AssociatedEvent>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["is_yes_only"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_yes_only"] = v
  } else if (v === undefined && hasOwn(input, "is_yes_only")) return F
  v = input["size_max"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["size_max"] = v
  } else if (v === undefined && hasOwn(input, "size_max")) return F
  v = input["size_min"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["size_min"] = v
  } else if (v === undefined && hasOwn(input, "size_min")) return F
  v = input["active_quoters"]
  if (v === undefined || v === null) out["active_quoters"] = []
  else {
    const r34 = array(v, string)
    if (r34 === F) return F
    out["active_quoters"] = r34
  }
  return out
}

function decodeErrorResponse(input: unknown): Schemas.ErrorResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ErrorResponse>
  let v: unknown
  v = input["code"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["code"] = v
  } else if (v === undefined && hasOwn(input, "code")) return F
  v = input["message"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["message"] = v
  } else if (v === undefined && hasOwn(input, "message")) return F
  v = input["details"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["details"] = v
  } else if (v === undefined && hasOwn(input, "details")) return F
  return out
}

function decodeBatchCancelOrdersIndividualResponse(input: unknown): Schemas.BatchCancelOrdersIndividualResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCancelOrdersIndividualResponse>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["order"]
  if (v !== undefined && v !== null) {
    const r35 = decodeOrder(v)
    if (r35 === F) return F
    out["order"] = r35
  } else if (v === undefined && hasOwn(input, "order")) return F
  v = input["reduced_by_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d36 = FixedPoint.readCount(v)
    if (d36 === undefined) return F
    out["reduced_by_fp"] = d36
  } else if (v === undefined && hasOwn(input, "reduced_by_fp")) return F
  v = input["error"]
  if (v !== undefined && v !== null) {
    const r37 = decodeErrorResponse(v)
    if (r37 === F) return F
    out["error"] = r37
  } else if (v === undefined && hasOwn(input, "error")) return F
  return out
}

function decodeBatchCancelOrdersRequestOrder(input: unknown): Schemas.BatchCancelOrdersRequestOrder | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCancelOrdersRequestOrder>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r38 = decodeExchangeIndex(v)
    if (r38 === F) return F
    out["exchange_index"] = r38
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["market_ticker"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["market_ticker"] = v
  } else if (v === undefined && hasOwn(input, "market_ticker")) return F
  return out
}

function decodeBatchCancelOrdersRequest(input: unknown): Schemas.BatchCancelOrdersRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCancelOrdersRequest>
  let v: unknown
  v = input["ids"]
  if (v === undefined || v === null) out["ids"] = []
  else {
    const r39 = array(v, string)
    if (r39 === F) return F
    out["ids"] = r39
  }
  v = input["orders"]
  if (v === undefined || v === null) out["orders"] = []
  else {
    const r40 = array(v, decodeBatchCancelOrdersRequestOrder)
    if (r40 === F) return F
    out["orders"] = r40
  }
  return out
}

function decodeBatchCancelOrdersResponse(input: unknown): Schemas.BatchCancelOrdersResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCancelOrdersResponse>
  let v: unknown
  v = input["orders"]
  if (v === undefined || v === null) out["orders"] = []
  else {
    const r41 = array(v, decodeBatchCancelOrdersIndividualResponse)
    if (r41 === F) return F
    out["orders"] = r41
  }
  return out
}

function decodeBatchCancelOrdersV2Request(input: unknown): Schemas.BatchCancelOrdersV2Request | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCancelOrdersV2Request>
  let v: unknown
  v = input["orders"]
  if (v === undefined || v === null) out["orders"] = []
  else {
    const r42 = array(v, decodeBatchCancelOrdersV2Request_43)
    if (r42 === F) return F
    out["orders"] = r42
  }
  return out
}

function decodeBatchCancelOrdersV2Request_43(input: unknown): Schemas.BatchCancelOrdersV2Request["orders"][number] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCancelOrdersV2Request["orders"][number]>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r44 = decodeExchangeIndex(v)
    if (r44 === F) return F
    out["exchange_index"] = r44
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["market_ticker"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["market_ticker"] = v
  } else if (v === undefined && hasOwn(input, "market_ticker")) return F
  return out
}

function decodeBatchCancelOrdersV2Response(input: unknown): Schemas.BatchCancelOrdersV2Response | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCancelOrdersV2Response>
  let v: unknown
  v = input["orders"]
  if (v === undefined) return F
  if (v === null) out["orders"] = []
  else {
    const r45 = array(v, decodeBatchCancelOrdersV2Response_46)
    if (r45 === F) return F
    out["orders"] = r45
  }
  return out
}

function decodeBatchCancelOrdersV2Response_46(input: unknown): Schemas.BatchCancelOrdersV2Response["orders"][number] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCancelOrdersV2Response["orders"][number]>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["reduced_by"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d47 = FixedPoint.readCount(v)
    if (d47 === undefined) return F
    out["reduced_by"] = d47
  } else if (v === undefined && hasOwn(input, "reduced_by")) return F
  v = input["ts_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["ts_ms"] = v
  } else if (v === undefined && hasOwn(input, "ts_ms")) return F
  v = input["error"]
  if (v !== undefined && v !== null) {
    const r48 = decodeErrorResponse(v)
    if (r48 === F) return F
    out["error"] = r48
  } else if (v === undefined && hasOwn(input, "error")) return F
  return out
}

function decodeBatchCreateOrdersIndividualResponse(input: unknown): Schemas.BatchCreateOrdersIndividualResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCreateOrdersIndividualResponse>
  let v: unknown
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["order"]
  if (v !== undefined && v !== null) {
    const r49 = decodeOrder(v)
    if (r49 === F) return F
    out["order"] = r49
  } else if (v === undefined && hasOwn(input, "order")) return F
  v = input["error"]
  if (v !== undefined && v !== null) {
    const r50 = decodeErrorResponse(v)
    if (r50 === F) return F
    out["error"] = r50
  } else if (v === undefined && hasOwn(input, "error")) return F
  return out
}

function decodeCreateOrderRequest(input: unknown): Schemas.CreateOrderRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateOrderRequest>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["side"] = v
  } else if (v === undefined && hasOwn(input, "side")) return F
  v = input["action"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["action"] = v
  } else if (v === undefined && hasOwn(input, "action")) return F
  v = input["count"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["count"] = v
  } else if (v === undefined && hasOwn(input, "count")) return F
  v = input["count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d51 = FixedPoint.readCount(v)
    if (d51 === undefined) return F
    out["count_fp"] = d51
  } else if (v === undefined && hasOwn(input, "count_fp")) return F
  v = input["yes_price"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["yes_price"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "yes_price")) return F
  v = input["no_price"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["no_price"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "no_price")) return F
  v = input["yes_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d52 = FixedPoint.readDollars(v)
    if (d52 === undefined) return F
    out["yes_price_dollars"] = d52
  } else if (v === undefined && hasOwn(input, "yes_price_dollars")) return F
  v = input["no_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d53 = FixedPoint.readDollars(v)
    if (d53 === undefined) return F
    out["no_price_dollars"] = d53
  } else if (v === undefined && hasOwn(input, "no_price_dollars")) return F
  v = input["expiration_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["expiration_ts"] = v
  } else if (v === undefined && hasOwn(input, "expiration_ts")) return F
  v = input["time_in_force"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["time_in_force"] = v
  } else if (v === undefined && hasOwn(input, "time_in_force")) return F
  v = input["buy_max_cost"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["buy_max_cost"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "buy_max_cost")) return F
  v = input["post_only"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["post_only"] = v
  } else if (v === undefined && hasOwn(input, "post_only")) return F
  v = input["reduce_only"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["reduce_only"] = v
  } else if (v === undefined && hasOwn(input, "reduce_only")) return F
  v = input["sell_position_floor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["sell_position_floor"] = v
  } else if (v === undefined && hasOwn(input, "sell_position_floor")) return F
  v = input["self_trade_prevention_type"]
  if (v !== undefined && v !== null) {
    const r54 = decodeSelfTradePreventionType(v)
    if (r54 === F) return F
    out["self_trade_prevention_type"] = r54
  } else if (v === undefined && hasOwn(input, "self_trade_prevention_type")) return F
  v = input["order_group_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["order_group_id"] = v
  } else if (v === undefined && hasOwn(input, "order_group_id")) return F
  v = input["cancel_order_on_pause"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["cancel_order_on_pause"] = v
  } else if (v === undefined && hasOwn(input, "cancel_order_on_pause")) return F
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r55 = decodeExchangeIndex(v)
    if (r55 === F) return F
    out["exchange_index"] = r55
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeBatchCreateOrdersRequest(input: unknown): Schemas.BatchCreateOrdersRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCreateOrdersRequest>
  let v: unknown
  v = input["orders"]
  if (v === undefined || v === null) out["orders"] = []
  else {
    const r56 = array(v, decodeCreateOrderRequest)
    if (r56 === F) return F
    out["orders"] = r56
  }
  return out
}

function decodeBatchCreateOrdersResponse(input: unknown): Schemas.BatchCreateOrdersResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCreateOrdersResponse>
  let v: unknown
  v = input["orders"]
  if (v === undefined || v === null) out["orders"] = []
  else {
    const r57 = array(v, decodeBatchCreateOrdersIndividualResponse)
    if (r57 === F) return F
    out["orders"] = r57
  }
  return out
}

function decodeCreateOrderV2Request(input: unknown): Schemas.CreateOrderV2Request | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateOrderV2Request>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["side"]
  if (v !== undefined && v !== null) {
    const r58 = decodeBookSide(v)
    if (r58 === F) return F
    out["side"] = r58
  } else if (v === undefined && hasOwn(input, "side")) return F
  v = input["count"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d59 = FixedPoint.readCount(v)
    if (d59 === undefined) return F
    out["count"] = d59
  } else if (v === undefined && hasOwn(input, "count")) return F
  v = input["price"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d60 = FixedPoint.readDollars(v)
    if (d60 === undefined) return F
    out["price"] = d60
  } else if (v === undefined && hasOwn(input, "price")) return F
  v = input["expiration_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["expiration_time"] = v
  } else if (v === undefined && hasOwn(input, "expiration_time")) return F
  v = input["time_in_force"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["time_in_force"] = v
  } else if (v === undefined && hasOwn(input, "time_in_force")) return F
  v = input["post_only"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["post_only"] = v
  } else if (v === undefined && hasOwn(input, "post_only")) return F
  v = input["self_trade_prevention_type"]
  if (v !== undefined && v !== null) {
    const r61 = decodeSelfTradePreventionType(v)
    if (r61 === F) return F
    out["self_trade_prevention_type"] = r61
  } else if (v === undefined && hasOwn(input, "self_trade_prevention_type")) return F
  v = input["cancel_order_on_pause"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["cancel_order_on_pause"] = v
  } else if (v === undefined && hasOwn(input, "cancel_order_on_pause")) return F
  v = input["reduce_only"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["reduce_only"] = v
  } else if (v === undefined && hasOwn(input, "reduce_only")) return F
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["order_group_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["order_group_id"] = v
  } else if (v === undefined && hasOwn(input, "order_group_id")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r62 = decodeExchangeIndex(v)
    if (r62 === F) return F
    out["exchange_index"] = r62
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeBatchCreateOrdersV2Request(input: unknown): Schemas.BatchCreateOrdersV2Request | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCreateOrdersV2Request>
  let v: unknown
  v = input["orders"]
  if (v === undefined || v === null) out["orders"] = []
  else {
    const r63 = array(v, decodeCreateOrderV2Request)
    if (r63 === F) return F
    out["orders"] = r63
  }
  return out
}

function decodeBatchCreateOrdersV2Response(input: unknown): Schemas.BatchCreateOrdersV2Response | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCreateOrdersV2Response>
  let v: unknown
  v = input["orders"]
  if (v === undefined) return F
  if (v === null) out["orders"] = []
  else {
    const r64 = array(v, decodeBatchCreateOrdersV2Response_65)
    if (r64 === F) return F
    out["orders"] = r64
  }
  return out
}

function decodeBatchCreateOrdersV2Response_65(input: unknown): Schemas.BatchCreateOrdersV2Response["orders"][number] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchCreateOrdersV2Response["orders"][number]>
  let v: unknown
  v = input["order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["order_id"] = v
  } else if (v === undefined && hasOwn(input, "order_id")) return F
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["fill_count"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d66 = FixedPoint.readCount(v)
    if (d66 === undefined) return F
    out["fill_count"] = d66
  } else if (v === undefined && hasOwn(input, "fill_count")) return F
  v = input["remaining_count"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d67 = FixedPoint.readCount(v)
    if (d67 === undefined) return F
    out["remaining_count"] = d67
  } else if (v === undefined && hasOwn(input, "remaining_count")) return F
  v = input["average_fill_price"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d68 = FixedPoint.readDollars(v)
    if (d68 === undefined) return F
    out["average_fill_price"] = d68
  } else if (v === undefined && hasOwn(input, "average_fill_price")) return F
  v = input["average_fee_paid"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d69 = FixedPoint.readDollars(v)
    if (d69 === undefined) return F
    out["average_fee_paid"] = d69
  } else if (v === undefined && hasOwn(input, "average_fee_paid")) return F
  v = input["ts_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["ts_ms"] = v
  } else if (v === undefined && hasOwn(input, "ts_ms")) return F
  v = input["error"]
  if (v !== undefined && v !== null) {
    const r70 = decodeErrorResponse(v)
    if (r70 === F) return F
    out["error"] = r70
  } else if (v === undefined && hasOwn(input, "error")) return F
  return out
}

function decodeBidAskDistribution(input: unknown): Schemas.BidAskDistribution | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BidAskDistribution>
  let v: unknown
  v = input["open_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d71 = FixedPoint.readDollars(v)
    if (d71 === undefined) return F
    out["open_dollars"] = d71
  } else if (v === undefined && hasOwn(input, "open_dollars")) return F
  v = input["low_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d72 = FixedPoint.readDollars(v)
    if (d72 === undefined) return F
    out["low_dollars"] = d72
  } else if (v === undefined && hasOwn(input, "low_dollars")) return F
  v = input["high_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d73 = FixedPoint.readDollars(v)
    if (d73 === undefined) return F
    out["high_dollars"] = d73
  } else if (v === undefined && hasOwn(input, "high_dollars")) return F
  v = input["close_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d74 = FixedPoint.readDollars(v)
    if (d74 === undefined) return F
    out["close_dollars"] = d74
  } else if (v === undefined && hasOwn(input, "close_dollars")) return F
  return out
}

function decodePriceDistribution(input: unknown): Schemas.PriceDistribution | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.PriceDistribution>
  let v: unknown
  v = input["open_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d75 = FixedPoint.readDollars(v)
    if (d75 === undefined) return F
    out["open_dollars"] = d75
  } else if (v === undefined && hasOwn(input, "open_dollars")) return F
  v = input["low_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d76 = FixedPoint.readDollars(v)
    if (d76 === undefined) return F
    out["low_dollars"] = d76
  } else if (v === undefined && hasOwn(input, "low_dollars")) return F
  v = input["high_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d77 = FixedPoint.readDollars(v)
    if (d77 === undefined) return F
    out["high_dollars"] = d77
  } else if (v === undefined && hasOwn(input, "high_dollars")) return F
  v = input["close_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d78 = FixedPoint.readDollars(v)
    if (d78 === undefined) return F
    out["close_dollars"] = d78
  } else if (v === undefined && hasOwn(input, "close_dollars")) return F
  v = input["mean_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d79 = FixedPoint.readDollars(v)
    if (d79 === undefined) return F
    out["mean_dollars"] = d79
  } else if (v === undefined && hasOwn(input, "mean_dollars")) return F
  v = input["previous_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d80 = FixedPoint.readDollars(v)
    if (d80 === undefined) return F
    out["previous_dollars"] = d80
  } else if (v === undefined && hasOwn(input, "previous_dollars")) return F
  v = input["min_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d81 = FixedPoint.readDollars(v)
    if (d81 === undefined) return F
    out["min_dollars"] = d81
  } else if (v === undefined && hasOwn(input, "min_dollars")) return F
  v = input["max_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d82 = FixedPoint.readDollars(v)
    if (d82 === undefined) return F
    out["max_dollars"] = d82
  } else if (v === undefined && hasOwn(input, "max_dollars")) return F
  return out
}

function decodeMarketCandlestick(input: unknown): Schemas.MarketCandlestick | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.MarketCandlestick>
  let v: unknown
  v = input["end_period_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["end_period_ts"] = v
  } else if (v === undefined && hasOwn(input, "end_period_ts")) return F
  v = input["yes_bid"]
  if (v !== undefined && v !== null) {
    const r83 = decodeBidAskDistribution(v)
    if (r83 === F) return F
    out["yes_bid"] = r83
  } else if (v === undefined && hasOwn(input, "yes_bid")) return F
  v = input["yes_ask"]
  if (v !== undefined && v !== null) {
    const r84 = decodeBidAskDistribution(v)
    if (r84 === F) return F
    out["yes_ask"] = r84
  } else if (v === undefined && hasOwn(input, "yes_ask")) return F
  v = input["price"]
  if (v !== undefined && v !== null) {
    const r85 = decodePriceDistribution(v)
    if (r85 === F) return F
    out["price"] = r85
  } else if (v === undefined && hasOwn(input, "price")) return F
  v = input["volume_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d86 = FixedPoint.readCount(v)
    if (d86 === undefined) return F
    out["volume_fp"] = d86
  } else if (v === undefined && hasOwn(input, "volume_fp")) return F
  v = input["open_interest_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d87 = FixedPoint.readCount(v)
    if (d87 === undefined) return F
    out["open_interest_fp"] = d87
  } else if (v === undefined && hasOwn(input, "open_interest_fp")) return F
  return out
}

function decodeMarketCandlesticksResponse(input: unknown): Schemas.MarketCandlesticksResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.MarketCandlesticksResponse>
  let v: unknown
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["candlesticks"]
  if (v === undefined || v === null) out["candlesticks"] = []
  else {
    const r88 = array(v, decodeMarketCandlestick)
    if (r88 === F) return F
    out["candlesticks"] = r88
  }
  return out
}

function decodeBatchGetMarketCandlesticksResponse(input: unknown): Schemas.BatchGetMarketCandlesticksResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BatchGetMarketCandlesticksResponse>
  let v: unknown
  v = input["markets"]
  if (v === undefined) return F
  if (v === null) out["markets"] = []
  else {
    const r89 = array(v, decodeMarketCandlesticksResponse)
    if (r89 === F) return F
    out["markets"] = r89
  }
  return out
}

function decodeBidAskDistributionHistorical(input: unknown): Schemas.BidAskDistributionHistorical | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BidAskDistributionHistorical>
  let v: unknown
  v = input["open"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d90 = FixedPoint.readDollars(v)
    if (d90 === undefined) return F
    out["open"] = d90
  } else if (v === undefined && hasOwn(input, "open")) return F
  v = input["low"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d91 = FixedPoint.readDollars(v)
    if (d91 === undefined) return F
    out["low"] = d91
  } else if (v === undefined && hasOwn(input, "low")) return F
  v = input["high"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d92 = FixedPoint.readDollars(v)
    if (d92 === undefined) return F
    out["high"] = d92
  } else if (v === undefined && hasOwn(input, "high")) return F
  v = input["close"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d93 = FixedPoint.readDollars(v)
    if (d93 === undefined) return F
    out["close"] = d93
  } else if (v === undefined && hasOwn(input, "close")) return F
  return out
}

function decodeBlockTradeProposal(input: unknown): Schemas.BlockTradeProposal | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BlockTradeProposal>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["proposer_user_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["proposer_user_id"] = v
  } else if (v === undefined && hasOwn(input, "proposer_user_id")) return F
  v = input["buyer_user_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["buyer_user_id"] = v
  } else if (v === undefined && hasOwn(input, "buyer_user_id")) return F
  v = input["buyer_subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["buyer_subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "buyer_subtrader_id")) return F
  v = input["seller_user_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["seller_user_id"] = v
  } else if (v === undefined && hasOwn(input, "seller_user_id")) return F
  v = input["seller_subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["seller_subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "seller_subtrader_id")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["price_centi_cents"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["price_centi_cents"] = BigDecimal.make(BigInt(v), 4)
  } else if (v === undefined && hasOwn(input, "price_centi_cents")) return F
  v = input["centicount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["centicount"] = v
  } else if (v === undefined && hasOwn(input, "centicount")) return F
  v = input["maker_side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["maker_side"] = v
  } else if (v === undefined && hasOwn(input, "maker_side")) return F
  v = input["expiration_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["expiration_ts"] = v
  } else if (v === undefined && hasOwn(input, "expiration_ts")) return F
  v = input["status"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["status"] = v
  } else if (v === undefined && hasOwn(input, "status")) return F
  v = input["created_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["created_ts"] = v
  } else if (v === undefined && hasOwn(input, "created_ts")) return F
  v = input["updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "updated_ts")) return F
  v = input["buyer_accepted"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["buyer_accepted"] = v
  } else if (v === undefined && hasOwn(input, "buyer_accepted")) return F
  v = input["seller_accepted"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["seller_accepted"] = v
  } else if (v === undefined && hasOwn(input, "seller_accepted")) return F
  v = input["buyer_accepted_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["buyer_accepted_ts"] = v
  } else if (v === undefined && hasOwn(input, "buyer_accepted_ts")) return F
  v = input["seller_accepted_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["seller_accepted_ts"] = v
  } else if (v === undefined && hasOwn(input, "seller_accepted_ts")) return F
  v = input["executed_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["executed_ts"] = v
  } else if (v === undefined && hasOwn(input, "executed_ts")) return F
  v = input["buyer_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["buyer_order_id"] = v
  } else if (v === undefined && hasOwn(input, "buyer_order_id")) return F
  v = input["seller_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["seller_order_id"] = v
  } else if (v === undefined && hasOwn(input, "seller_order_id")) return F
  return out
}

function decodeBucketLimit(input: unknown): Schemas.BucketLimit | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.BucketLimit>
  let v: unknown
  v = input["refill_rate"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["refill_rate"] = v
  } else if (v === undefined && hasOwn(input, "refill_rate")) return F
  v = input["bucket_capacity"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["bucket_capacity"] = v
  } else if (v === undefined && hasOwn(input, "bucket_capacity")) return F
  return out
}

function decodeCancelOrderV2Response(input: unknown): Schemas.CancelOrderV2Response | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CancelOrderV2Response>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["reduced_by"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d94 = FixedPoint.readCount(v)
    if (d94 === undefined) return F
    out["reduced_by"] = d94
  } else if (v === undefined && hasOwn(input, "reduced_by")) return F
  v = input["ts_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["ts_ms"] = v
  } else if (v === undefined && hasOwn(input, "ts_ms")) return F
  return out
}

function decodeCreateApiKeyRequest(input: unknown): Schemas.CreateApiKeyRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateApiKeyRequest>
  let v: unknown
  v = input["name"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["name"] = v
  } else if (v === undefined && hasOwn(input, "name")) return F
  v = input["public_key"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["public_key"] = v
  } else if (v === undefined && hasOwn(input, "public_key")) return F
  v = input["scopes"]
  if (v === undefined || v === null) out["scopes"] = []
  else {
    const r95 = array(v, decodeApiKeyScope)
    if (r95 === F) return F
    out["scopes"] = r95
  }
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["fcm_subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["fcm_subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "fcm_subtrader_id")) return F
  return out
}

function decodeCreateApiKeyResponse(input: unknown): Schemas.CreateApiKeyResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateApiKeyResponse>
  let v: unknown
  v = input["api_key_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["api_key_id"] = v
  v = input["warning"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["warning"] = v
  } else if (v === undefined && hasOwn(input, "warning")) return F
  return out
}

function decodeCreateFCMSubtraderRequest(input: unknown): Schemas.CreateFCMSubtraderRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateFCMSubtraderRequest>
  let v: unknown
  v = input["subtrader_suffix"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["subtrader_suffix"] = v
  } else if (v === undefined && hasOwn(input, "subtrader_suffix")) return F
  return out
}

function decodeCreateFCMSubtraderResponse(input: unknown): Schemas.CreateFCMSubtraderResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateFCMSubtraderResponse>
  let v: unknown
  v = input["subtrader_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["subtrader_id"] = v
  return out
}

function decodeTickerPair(input: unknown): Schemas.TickerPair | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.TickerPair>
  let v: unknown
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["event_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["event_ticker"] = v
  v = input["side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["side"] = v
  } else if (v === undefined && hasOwn(input, "side")) return F
  return out
}

function decodeCreateMarketInMultivariateEventCollectionRequest(input: unknown): Schemas.CreateMarketInMultivariateEventCollectionRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateMarketInMultivariateEventCollectionRequest>
  let v: unknown
  v = input["selected_markets"]
  if (v === undefined || v === null) out["selected_markets"] = []
  else {
    const r96 = array(v, decodeTickerPair)
    if (r96 === F) return F
    out["selected_markets"] = r96
  }
  v = input["with_market_payload"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["with_market_payload"] = v
  } else if (v === undefined && hasOwn(input, "with_market_payload")) return F
  return out
}

function decodeMveSelectedLeg(input: unknown): Schemas.MveSelectedLeg | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.MveSelectedLeg>
  let v: unknown
  v = input["event_ticker"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["event_ticker"] = v
  } else if (v === undefined && hasOwn(input, "event_ticker")) return F
  v = input["market_ticker"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["market_ticker"] = v
  } else if (v === undefined && hasOwn(input, "market_ticker")) return F
  v = input["side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["side"] = v
  } else if (v === undefined && hasOwn(input, "side")) return F
  v = input["yes_settlement_value_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d97 = FixedPoint.readDollars(v)
    if (d97 === undefined) return F
    out["yes_settlement_value_dollars"] = d97
  } else if (v === undefined && hasOwn(input, "yes_settlement_value_dollars")) return F
  return out
}

function decodePriceRange(input: unknown): Schemas.PriceRange | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.PriceRange>
  let v: unknown
  v = input["start"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["start"] = v
  } else if (v === undefined && hasOwn(input, "start")) return F
  v = input["end"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["end"] = v
  } else if (v === undefined && hasOwn(input, "end")) return F
  v = input["step"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["step"] = v
  } else if (v === undefined && hasOwn(input, "step")) return F
  return out
}

function decodeMarket(input: unknown): Schemas.Market | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Market>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["event_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["event_ticker"] = v
  v = input["market_type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["market_type"] = v
  } else if (v === undefined && hasOwn(input, "market_type")) return F
  v = input["title"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["title"] = v
  } else if (v === undefined && hasOwn(input, "title")) return F
  v = input["subtitle"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["subtitle"] = v
  } else if (v === undefined && hasOwn(input, "subtitle")) return F
  v = input["yes_sub_title"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["yes_sub_title"] = v
  } else if (v === undefined && hasOwn(input, "yes_sub_title")) return F
  v = input["no_sub_title"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["no_sub_title"] = v
  } else if (v === undefined && hasOwn(input, "no_sub_title")) return F
  v = input["created_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["created_time"] = v
  } else if (v === undefined && hasOwn(input, "created_time")) return F
  v = input["updated_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["updated_time"] = v
  } else if (v === undefined && hasOwn(input, "updated_time")) return F
  v = input["open_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["open_time"] = v
  } else if (v === undefined && hasOwn(input, "open_time")) return F
  v = input["close_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["close_time"] = v
  } else if (v === undefined && hasOwn(input, "close_time")) return F
  v = input["expected_expiration_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["expected_expiration_time"] = v
  } else if (v === undefined && hasOwn(input, "expected_expiration_time")) return F
  v = input["expiration_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["expiration_time"] = v
  } else if (v === undefined && hasOwn(input, "expiration_time")) return F
  v = input["latest_expiration_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["latest_expiration_time"] = v
  } else if (v === undefined && hasOwn(input, "latest_expiration_time")) return F
  v = input["settlement_timer_seconds"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["settlement_timer_seconds"] = v
  } else if (v === undefined && hasOwn(input, "settlement_timer_seconds")) return F
  v = input["status"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["status"] = v
  } else if (v === undefined && hasOwn(input, "status")) return F
  v = input["yes_bid_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d98 = FixedPoint.readDollars(v)
    if (d98 === undefined) return F
    out["yes_bid_dollars"] = d98
  } else if (v === undefined && hasOwn(input, "yes_bid_dollars")) return F
  v = input["yes_bid_size_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d99 = FixedPoint.readCount(v)
    if (d99 === undefined) return F
    out["yes_bid_size_fp"] = d99
  } else if (v === undefined && hasOwn(input, "yes_bid_size_fp")) return F
  v = input["yes_ask_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d100 = FixedPoint.readDollars(v)
    if (d100 === undefined) return F
    out["yes_ask_dollars"] = d100
  } else if (v === undefined && hasOwn(input, "yes_ask_dollars")) return F
  v = input["yes_ask_size_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d101 = FixedPoint.readCount(v)
    if (d101 === undefined) return F
    out["yes_ask_size_fp"] = d101
  } else if (v === undefined && hasOwn(input, "yes_ask_size_fp")) return F
  v = input["no_bid_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d102 = FixedPoint.readDollars(v)
    if (d102 === undefined) return F
    out["no_bid_dollars"] = d102
  } else if (v === undefined && hasOwn(input, "no_bid_dollars")) return F
  v = input["no_ask_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d103 = FixedPoint.readDollars(v)
    if (d103 === undefined) return F
    out["no_ask_dollars"] = d103
  } else if (v === undefined && hasOwn(input, "no_ask_dollars")) return F
  v = input["last_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d104 = FixedPoint.readDollars(v)
    if (d104 === undefined) return F
    out["last_price_dollars"] = d104
  } else if (v === undefined && hasOwn(input, "last_price_dollars")) return F
  v = input["volume_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d105 = FixedPoint.readCount(v)
    if (d105 === undefined) return F
    out["volume_fp"] = d105
  } else if (v === undefined && hasOwn(input, "volume_fp")) return F
  v = input["volume_24h_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d106 = FixedPoint.readCount(v)
    if (d106 === undefined) return F
    out["volume_24h_fp"] = d106
  } else if (v === undefined && hasOwn(input, "volume_24h_fp")) return F
  v = input["result"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["result"] = v
  } else if (v === undefined && hasOwn(input, "result")) return F
  v = input["can_close_early"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["can_close_early"] = v
  } else if (v === undefined && hasOwn(input, "can_close_early")) return F
  v = input["open_interest_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d107 = FixedPoint.readCount(v)
    if (d107 === undefined) return F
    out["open_interest_fp"] = d107
  } else if (v === undefined && hasOwn(input, "open_interest_fp")) return F
  v = input["notional_value_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d108 = FixedPoint.readDollars(v)
    if (d108 === undefined) return F
    out["notional_value_dollars"] = d108
  } else if (v === undefined && hasOwn(input, "notional_value_dollars")) return F
  v = input["previous_yes_bid_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d109 = FixedPoint.readDollars(v)
    if (d109 === undefined) return F
    out["previous_yes_bid_dollars"] = d109
  } else if (v === undefined && hasOwn(input, "previous_yes_bid_dollars")) return F
  v = input["previous_yes_ask_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d110 = FixedPoint.readDollars(v)
    if (d110 === undefined) return F
    out["previous_yes_ask_dollars"] = d110
  } else if (v === undefined && hasOwn(input, "previous_yes_ask_dollars")) return F
  v = input["previous_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d111 = FixedPoint.readDollars(v)
    if (d111 === undefined) return F
    out["previous_price_dollars"] = d111
  } else if (v === undefined && hasOwn(input, "previous_price_dollars")) return F
  v = input["settlement_value_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d112 = FixedPoint.readDollars(v)
    if (d112 === undefined) return F
    out["settlement_value_dollars"] = d112
  } else if (v === undefined && hasOwn(input, "settlement_value_dollars")) return F
  v = input["settlement_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["settlement_ts"] = v
  } else if (v === undefined && hasOwn(input, "settlement_ts")) return F
  v = input["settlement_bounds_type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["settlement_bounds_type"] = v
  } else if (v === undefined && hasOwn(input, "settlement_bounds_type")) return F
  v = input["settlement_floor_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d113 = FixedPoint.readDollars(v)
    if (d113 === undefined) return F
    out["settlement_floor_dollars"] = d113
  } else if (v === undefined && hasOwn(input, "settlement_floor_dollars")) return F
  v = input["expiration_value"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["expiration_value"] = v
  } else if (v === undefined && hasOwn(input, "expiration_value")) return F
  v = input["occurrence_datetime"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["occurrence_datetime"] = v
  } else if (v === undefined && hasOwn(input, "occurrence_datetime")) return F
  v = input["fee_waiver_expiration_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["fee_waiver_expiration_time"] = v
  } else if (v === undefined && hasOwn(input, "fee_waiver_expiration_time")) return F
  v = input["early_close_condition"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["early_close_condition"] = v
  } else if (v === undefined && hasOwn(input, "early_close_condition")) return F
  v = input["strike_type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["strike_type"] = v
  } else if (v === undefined && hasOwn(input, "strike_type")) return F
  v = input["floor_strike"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["floor_strike"] = v
  } else if (v === undefined && hasOwn(input, "floor_strike")) return F
  v = input["cap_strike"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["cap_strike"] = v
  } else if (v === undefined && hasOwn(input, "cap_strike")) return F
  v = input["functional_strike"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["functional_strike"] = v
  } else if (v === undefined && hasOwn(input, "functional_strike")) return F
  v = input["custom_strike"]
  if (v !== undefined && v !== null) {
    if (v === null || v === undefined) return F
    out["custom_strike"] = v
  } else if (v === undefined && hasOwn(input, "custom_strike")) return F
  v = input["rules_primary"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["rules_primary"] = v
  } else if (v === undefined && hasOwn(input, "rules_primary")) return F
  v = input["rules_secondary"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["rules_secondary"] = v
  } else if (v === undefined && hasOwn(input, "rules_secondary")) return F
  v = input["mve_collection_ticker"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["mve_collection_ticker"] = v
  } else if (v === undefined && hasOwn(input, "mve_collection_ticker")) return F
  v = input["mve_selected_legs"]
  if (v === undefined || v === null) out["mve_selected_legs"] = []
  else {
    const r114 = array(v, decodeMveSelectedLeg)
    if (r114 === F) return F
    out["mve_selected_legs"] = r114
  }
  v = input["primary_participant_key"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["primary_participant_key"] = v
  } else if (v === undefined && hasOwn(input, "primary_participant_key")) return F
  v = input["price_level_structure"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["price_level_structure"] = v
  } else if (v === undefined && hasOwn(input, "price_level_structure")) return F
  v = input["price_ranges"]
  if (v === undefined || v === null) out["price_ranges"] = []
  else {
    const r115 = array(v, decodePriceRange)
    if (r115 === F) return F
    out["price_ranges"] = r115
  }
  v = input["is_provisional"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_provisional"] = v
  } else if (v === undefined && hasOwn(input, "is_provisional")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r116 = decodeExchangeIndex(v)
    if (r116 === F) return F
    out["exchange_index"] = r116
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeCreateMarketInMultivariateEventCollectionResponse(input: unknown): Schemas.CreateMarketInMultivariateEventCollectionResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateMarketInMultivariateEventCollectionResponse>
  let v: unknown
  v = input["event_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["event_ticker"] = v
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["market"]
  if (v !== undefined && v !== null) {
    const r117 = decodeMarket(v)
    if (r117 === F) return F
    out["market"] = r117
  } else if (v === undefined && hasOwn(input, "market")) return F
  return out
}

function decodeCreateOrderGroupRequest(input: unknown): Schemas.CreateOrderGroupRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateOrderGroupRequest>
  let v: unknown
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["contracts_limit"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["contracts_limit"] = v
  } else if (v === undefined && hasOwn(input, "contracts_limit")) return F
  v = input["contracts_limit_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d118 = FixedPoint.readCount(v)
    if (d118 === undefined) return F
    out["contracts_limit_fp"] = d118
  } else if (v === undefined && hasOwn(input, "contracts_limit_fp")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r119 = decodeExchangeIndex(v)
    if (r119 === F) return F
    out["exchange_index"] = r119
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeCreateOrderGroupResponse(input: unknown): Schemas.CreateOrderGroupResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateOrderGroupResponse>
  let v: unknown
  v = input["order_group_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_group_id"] = v
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r120 = decodeExchangeIndex(v)
    if (r120 === F) return F
    out["exchange_index"] = r120
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeCreateOrderResponse(input: unknown): Schemas.CreateOrderResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateOrderResponse>
  let v: unknown
  v = input["order"]
  if (v !== undefined && v !== null) {
    const r121 = decodeOrder(v)
    if (r121 === F) return F
    out["order"] = r121
  } else if (v === undefined && hasOwn(input, "order")) return F
  return out
}

function decodeCreateOrderV2Response(input: unknown): Schemas.CreateOrderV2Response | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateOrderV2Response>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["fill_count"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d122 = FixedPoint.readCount(v)
    if (d122 === undefined) return F
    out["fill_count"] = d122
  } else if (v === undefined && hasOwn(input, "fill_count")) return F
  v = input["remaining_count"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d123 = FixedPoint.readCount(v)
    if (d123 === undefined) return F
    out["remaining_count"] = d123
  } else if (v === undefined && hasOwn(input, "remaining_count")) return F
  v = input["average_fill_price"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d124 = FixedPoint.readDollars(v)
    if (d124 === undefined) return F
    out["average_fill_price"] = d124
  } else if (v === undefined && hasOwn(input, "average_fill_price")) return F
  v = input["average_fee_paid"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d125 = FixedPoint.readDollars(v)
    if (d125 === undefined) return F
    out["average_fee_paid"] = d125
  } else if (v === undefined && hasOwn(input, "average_fee_paid")) return F
  v = input["ts_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["ts_ms"] = v
  } else if (v === undefined && hasOwn(input, "ts_ms")) return F
  return out
}

function decodeCreateQuoteRequest(input: unknown): Schemas.CreateQuoteRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateQuoteRequest>
  let v: unknown
  v = input["rfq_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["rfq_id"] = v
  v = input["yes_bid"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d126 = FixedPoint.readDollars(v)
    if (d126 === undefined) return F
    out["yes_bid"] = d126
  } else if (v === undefined && hasOwn(input, "yes_bid")) return F
  v = input["no_bid"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d127 = FixedPoint.readDollars(v)
    if (d127 === undefined) return F
    out["no_bid"] = d127
  } else if (v === undefined && hasOwn(input, "no_bid")) return F
  v = input["rest_remainder"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["rest_remainder"] = v
  } else if (v === undefined && hasOwn(input, "rest_remainder")) return F
  v = input["post_only"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["post_only"] = v
  } else if (v === undefined && hasOwn(input, "post_only")) return F
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  return out
}

function decodeCreateQuoteResponse(input: unknown): Schemas.CreateQuoteResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateQuoteResponse>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  return out
}

function decodeCreateRFQRequest(input: unknown): Schemas.CreateRFQRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateRFQRequest>
  let v: unknown
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["contracts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["contracts"] = v
  } else if (v === undefined && hasOwn(input, "contracts")) return F
  v = input["contracts_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d128 = FixedPoint.readCount(v)
    if (d128 === undefined) return F
    out["contracts_fp"] = d128
  } else if (v === undefined && hasOwn(input, "contracts_fp")) return F
  v = input["target_cost_centi_cents"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["target_cost_centi_cents"] = BigDecimal.make(BigInt(v), 4)
  } else if (v === undefined && hasOwn(input, "target_cost_centi_cents")) return F
  v = input["target_cost_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d129 = FixedPoint.readDollars(v)
    if (d129 === undefined) return F
    out["target_cost_dollars"] = d129
  } else if (v === undefined && hasOwn(input, "target_cost_dollars")) return F
  v = input["target_cost_excludes_fees"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["target_cost_excludes_fees"] = v
  } else if (v === undefined && hasOwn(input, "target_cost_excludes_fees")) return F
  v = input["obscure_creator_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["obscure_creator_id"] = v
  } else if (v === undefined && hasOwn(input, "obscure_creator_id")) return F
  v = input["rest_remainder"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["rest_remainder"] = v
  } else if (v === undefined && hasOwn(input, "rest_remainder")) return F
  v = input["replace_existing"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["replace_existing"] = v
  } else if (v === undefined && hasOwn(input, "replace_existing")) return F
  v = input["subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "subtrader_id")) return F
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  return out
}

function decodeCreateRFQResponse(input: unknown): Schemas.CreateRFQResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateRFQResponse>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  return out
}

function decodeCreateSubaccountRequest(input: unknown): Schemas.CreateSubaccountRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateSubaccountRequest>
  let v: unknown
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r130 = decodeExchangeIndex(v)
    if (r130 === F) return F
    out["exchange_index"] = r130
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeCreateSubaccountResponse(input: unknown): Schemas.CreateSubaccountResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.CreateSubaccountResponse>
  let v: unknown
  v = input["subaccount_number"]
  if (v === undefined) return F
  if (typeof v !== "number") return F
  out["subaccount_number"] = v
  return out
}

function decodeDailySchedule(input: unknown): Schemas.DailySchedule | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.DailySchedule>
  let v: unknown
  v = input["open_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["open_time"] = v
  } else if (v === undefined && hasOwn(input, "open_time")) return F
  v = input["close_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["close_time"] = v
  } else if (v === undefined && hasOwn(input, "close_time")) return F
  return out
}

function decodeDecreaseOrderV2Request(input: unknown): Schemas.DecreaseOrderV2Request | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.DecreaseOrderV2Request>
  let v: unknown
  v = input["reduce_by"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d131 = FixedPoint.readCount(v)
    if (d131 === undefined) return F
    out["reduce_by"] = d131
  } else if (v === undefined && hasOwn(input, "reduce_by")) return F
  v = input["reduce_to"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d132 = FixedPoint.readCount(v)
    if (d132 === undefined) return F
    out["reduce_to"] = d132
  } else if (v === undefined && hasOwn(input, "reduce_to")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r133 = decodeExchangeIndex(v)
    if (r133 === F) return F
    out["exchange_index"] = r133
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["market_ticker"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["market_ticker"] = v
  } else if (v === undefined && hasOwn(input, "market_ticker")) return F
  return out
}

function decodeDecreaseOrderV2Response(input: unknown): Schemas.DecreaseOrderV2Response | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.DecreaseOrderV2Response>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["client_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["client_order_id"] = v
  } else if (v === undefined && hasOwn(input, "client_order_id")) return F
  v = input["remaining_count"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d134 = FixedPoint.readCount(v)
    if (d134 === undefined) return F
    out["remaining_count"] = d134
  } else if (v === undefined && hasOwn(input, "remaining_count")) return F
  v = input["ts_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["ts_ms"] = v
  } else if (v === undefined && hasOwn(input, "ts_ms")) return F
  return out
}

function decodeDeposit(input: unknown): Schemas.Deposit | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Deposit>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["status"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["status"] = v
  } else if (v === undefined && hasOwn(input, "status")) return F
  v = input["type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["type"] = v
  } else if (v === undefined && hasOwn(input, "type")) return F
  v = input["amount_cents"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["amount_cents"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "amount_cents")) return F
  v = input["fee_cents"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["fee_cents"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "fee_cents")) return F
  v = input["created_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["created_ts"] = v
  } else if (v === undefined && hasOwn(input, "created_ts")) return F
  v = input["finalized_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["finalized_ts"] = v
  } else if (v === undefined && hasOwn(input, "finalized_ts")) return F
  return out
}

function decodeEmptyResponse(v: unknown): Schemas.EmptyResponse | Fail {
  if (v === null || v === undefined) return F
  return v
}

function decodeEndpointTokenCost(input: unknown): Schemas.EndpointTokenCost | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.EndpointTokenCost>
  let v: unknown
  v = input["method"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["method"] = v
  } else if (v === undefined && hasOwn(input, "method")) return F
  v = input["path"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["path"] = v
  } else if (v === undefined && hasOwn(input, "path")) return F
  v = input["cost"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["cost"] = v
  } else if (v === undefined && hasOwn(input, "cost")) return F
  return out
}

function decodeSettlementSource(input: unknown): Schemas.SettlementSource | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.SettlementSource>
  let v: unknown
  v = input["name"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["name"] = v
  } else if (v === undefined && hasOwn(input, "name")) return F
  v = input["url"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["url"] = v
  } else if (v === undefined && hasOwn(input, "url")) return F
  return out
}

function decodeEventData(input: unknown): Schemas.EventData | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.EventData>
  let v: unknown
  v = input["event_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["event_ticker"] = v
  v = input["series_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["series_ticker"] = v
  v = input["sub_title"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["sub_title"] = v
  } else if (v === undefined && hasOwn(input, "sub_title")) return F
  v = input["title"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["title"] = v
  } else if (v === undefined && hasOwn(input, "title")) return F
  v = input["collateral_return_type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["collateral_return_type"] = v
  } else if (v === undefined && hasOwn(input, "collateral_return_type")) return F
  v = input["mutually_exclusive"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["mutually_exclusive"] = v
  } else if (v === undefined && hasOwn(input, "mutually_exclusive")) return F
  v = input["category"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["category"] = v
  } else if (v === undefined && hasOwn(input, "category")) return F
  v = input["strike_date"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["strike_date"] = v
  } else if (v === undefined && hasOwn(input, "strike_date")) return F
  v = input["strike_period"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["strike_period"] = v
  } else if (v === undefined && hasOwn(input, "strike_period")) return F
  v = input["markets"]
  if (v === undefined || v === null) out["markets"] = []
  else {
    const r135 = array(v, decodeMarket)
    if (r135 === F) return F
    out["markets"] = r135
  }
  v = input["product_metadata"]
  if (v !== undefined && v !== null) {
    if (v === null || v === undefined) return F
    out["product_metadata"] = v
  } else if (v === undefined && hasOwn(input, "product_metadata")) return F
  v = input["settlement_sources"]
  if (v === undefined || v === null) out["settlement_sources"] = []
  else {
    const r136 = array(v, decodeSettlementSource)
    if (r136 === F) return F
    out["settlement_sources"] = r136
  }
  v = input["last_updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["last_updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "last_updated_ts")) return F
  v = input["fee_type_override"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["fee_type_override"] = v
  } else if (v === undefined && hasOwn(input, "fee_type_override")) return F
  v = input["fee_multiplier_override"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["fee_multiplier_override"] = v
  } else if (v === undefined && hasOwn(input, "fee_multiplier_override")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r137 = decodeExchangeIndex(v)
    if (r137 === F) return F
    out["exchange_index"] = r137
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeFeeType(v: unknown): Schemas.FeeType | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeEventFeeChange(input: unknown): Schemas.EventFeeChange | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.EventFeeChange>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["event_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["event_ticker"] = v
  v = input["series_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["series_ticker"] = v
  v = input["fee_type_override"]
  if (v !== undefined && v !== null) {
    const r138 = decodeFeeType(v)
    if (r138 === F) return F
    out["fee_type_override"] = r138
  } else if (v === undefined && hasOwn(input, "fee_type_override")) return F
  v = input["fee_multiplier_override"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["fee_multiplier_override"] = v
  } else if (v === undefined && hasOwn(input, "fee_multiplier_override")) return F
  v = input["scheduled_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["scheduled_ts"] = v
  } else if (v === undefined && hasOwn(input, "scheduled_ts")) return F
  return out
}

function decodeEventLiveData(input: unknown): Schemas.EventLiveData | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.EventLiveData>
  let v: unknown
  v = input["type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["type"] = v
  } else if (v === undefined && hasOwn(input, "type")) return F
  v = input["details"]
  if (v !== undefined && v !== null) {
    const r139 = record(v, unknown)
    if (r139 === F) return F
    out["details"] = r139
  } else if (v === undefined && hasOwn(input, "details")) return F
  v = input["is_historical"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_historical"] = v
  } else if (v === undefined && hasOwn(input, "is_historical")) return F
  v = input["default_range"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["default_range"] = v
  } else if (v === undefined && hasOwn(input, "default_range")) return F
  v = input["range_options"]
  if (v === undefined || v === null) out["range_options"] = []
  else {
    const r140 = array(v, string)
    if (r140 === F) return F
    out["range_options"] = r140
  }
  return out
}

function decodeEventPosition(input: unknown): Schemas.EventPosition | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.EventPosition>
  let v: unknown
  v = input["event_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["event_ticker"] = v
  v = input["total_cost_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d141 = FixedPoint.readDollars(v)
    if (d141 === undefined) return F
    out["total_cost_dollars"] = d141
  } else if (v === undefined && hasOwn(input, "total_cost_dollars")) return F
  v = input["total_cost_shares_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d142 = FixedPoint.readCount(v)
    if (d142 === undefined) return F
    out["total_cost_shares_fp"] = d142
  } else if (v === undefined && hasOwn(input, "total_cost_shares_fp")) return F
  v = input["event_exposure_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d143 = FixedPoint.readDollars(v)
    if (d143 === undefined) return F
    out["event_exposure_dollars"] = d143
  } else if (v === undefined && hasOwn(input, "event_exposure_dollars")) return F
  v = input["realized_pnl_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d144 = FixedPoint.readDollars(v)
    if (d144 === undefined) return F
    out["realized_pnl_dollars"] = d144
  } else if (v === undefined && hasOwn(input, "realized_pnl_dollars")) return F
  v = input["fees_paid_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d145 = FixedPoint.readDollars(v)
    if (d145 === undefined) return F
    out["fees_paid_dollars"] = d145
  } else if (v === undefined && hasOwn(input, "fees_paid_dollars")) return F
  return out
}

function decodeExchangeIndexStatus(input: unknown): Schemas.ExchangeIndexStatus | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ExchangeIndexStatus>
  let v: unknown
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r146 = decodeExchangeIndex(v)
    if (r146 === F) return F
    out["exchange_index"] = r146
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["description"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["description"] = v
  } else if (v === undefined && hasOwn(input, "description")) return F
  v = input["exchange_active"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["exchange_active"] = v
  } else if (v === undefined && hasOwn(input, "exchange_active")) return F
  v = input["trading_active"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["trading_active"] = v
  } else if (v === undefined && hasOwn(input, "trading_active")) return F
  v = input["intra_exchange_transfers_active"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["intra_exchange_transfers_active"] = v
  } else if (v === undefined && hasOwn(input, "intra_exchange_transfers_active")) return F
  return out
}

function decodeExchangeStatus(input: unknown): Schemas.ExchangeStatus | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ExchangeStatus>
  let v: unknown
  v = input["exchange_active"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["exchange_active"] = v
  } else if (v === undefined && hasOwn(input, "exchange_active")) return F
  v = input["trading_active"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["trading_active"] = v
  } else if (v === undefined && hasOwn(input, "trading_active")) return F
  v = input["intra_exchange_transfers_active"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["intra_exchange_transfers_active"] = v
  } else if (v === undefined && hasOwn(input, "intra_exchange_transfers_active")) return F
  v = input["exchange_estimated_resume_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["exchange_estimated_resume_time"] = v
  } else if (v === undefined && hasOwn(input, "exchange_estimated_resume_time")) return F
  v = input["exchange_index_statuses"]
  if (v === undefined || v === null) out["exchange_index_statuses"] = []
  else {
    const r147 = array(v, decodeExchangeIndexStatus)
    if (r147 === F) return F
    out["exchange_index_statuses"] = r147
  }
  return out
}

function decodeFCMSubtrader(input: unknown): Schemas.FCMSubtrader | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.FCMSubtrader>
  let v: unknown
  v = input["subtrader_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["subtrader_id"] = v
  v = input["exchange_indices"]
  if (v === undefined || v === null) out["exchange_indices"] = []
  else {
    const r148 = array(v, number)
    if (r148 === F) return F
    out["exchange_indices"] = r148
  }
  v = input["trading_blocked"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["trading_blocked"] = v
  } else if (v === undefined && hasOwn(input, "trading_blocked")) return F
  v = input["fcm_trading_blocked"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["fcm_trading_blocked"] = v
  } else if (v === undefined && hasOwn(input, "fcm_trading_blocked")) return F
  v = input["propagation_pending"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["propagation_pending"] = v
  } else if (v === undefined && hasOwn(input, "propagation_pending")) return F
  return out
}

function decodeOutcomeSide(v: unknown): Schemas.OutcomeSide | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeFcmFill(input: unknown): Schemas.FcmFill | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.FcmFill>
  let v: unknown
  v = input["fill_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["fill_id"] = v
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r149 = decodeExchangeIndex(v)
    if (r149 === F) return F
    out["exchange_index"] = r149
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["taker_outcome_side"]
  if (v !== undefined && v !== null) {
    const r150 = decodeOutcomeSide(v)
    if (r150 === F) return F
    out["taker_outcome_side"] = r150
  } else if (v === undefined && hasOwn(input, "taker_outcome_side")) return F
  v = input["count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d151 = FixedPoint.readCount(v)
    if (d151 === undefined) return F
    out["count_fp"] = d151
  } else if (v === undefined && hasOwn(input, "count_fp")) return F
  v = input["yes_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d152 = FixedPoint.readDollars(v)
    if (d152 === undefined) return F
    out["yes_price_dollars"] = d152
  } else if (v === undefined && hasOwn(input, "yes_price_dollars")) return F
  v = input["created_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["created_time"] = v
  } else if (v === undefined && hasOwn(input, "created_time")) return F
  v = input["maker_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["maker_order_id"] = v
  } else if (v === undefined && hasOwn(input, "maker_order_id")) return F
  v = input["maker_subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["maker_subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "maker_subtrader_id")) return F
  v = input["maker_fee_cost"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d153 = FixedPoint.readDollars(v)
    if (d153 === undefined) return F
    out["maker_fee_cost"] = d153
  } else if (v === undefined && hasOwn(input, "maker_fee_cost")) return F
  v = input["taker_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["taker_order_id"] = v
  } else if (v === undefined && hasOwn(input, "taker_order_id")) return F
  v = input["taker_subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["taker_subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "taker_subtrader_id")) return F
  v = input["taker_fee_cost"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d154 = FixedPoint.readDollars(v)
    if (d154 === undefined) return F
    out["taker_fee_cost"] = d154
  } else if (v === undefined && hasOwn(input, "taker_fee_cost")) return F
  return out
}

function decodeFill(input: unknown): Schemas.Fill | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Fill>
  let v: unknown
  v = input["fill_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["fill_id"] = v
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r155 = decodeExchangeIndex(v)
    if (r155 === F) return F
    out["exchange_index"] = r155
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["trade_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["trade_id"] = v
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["side"] = v
  } else if (v === undefined && hasOwn(input, "side")) return F
  v = input["action"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["action"] = v
  } else if (v === undefined && hasOwn(input, "action")) return F
  v = input["outcome_side"]
  if (v !== undefined && v !== null) {
    const r156 = decodeOutcomeSide(v)
    if (r156 === F) return F
    out["outcome_side"] = r156
  } else if (v === undefined && hasOwn(input, "outcome_side")) return F
  v = input["book_side"]
  if (v !== undefined && v !== null) {
    const r157 = decodeBookSide(v)
    if (r157 === F) return F
    out["book_side"] = r157
  } else if (v === undefined && hasOwn(input, "book_side")) return F
  v = input["count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d158 = FixedPoint.readCount(v)
    if (d158 === undefined) return F
    out["count_fp"] = d158
  } else if (v === undefined && hasOwn(input, "count_fp")) return F
  v = input["yes_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d159 = FixedPoint.readDollars(v)
    if (d159 === undefined) return F
    out["yes_price_dollars"] = d159
  } else if (v === undefined && hasOwn(input, "yes_price_dollars")) return F
  v = input["no_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d160 = FixedPoint.readDollars(v)
    if (d160 === undefined) return F
    out["no_price_dollars"] = d160
  } else if (v === undefined && hasOwn(input, "no_price_dollars")) return F
  v = input["is_taker"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_taker"] = v
  } else if (v === undefined && hasOwn(input, "is_taker")) return F
  v = input["created_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["created_time"] = v
  } else if (v === undefined && hasOwn(input, "created_time")) return F
  v = input["fee_cost"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d161 = FixedPoint.readDollars(v)
    if (d161 === undefined) return F
    out["fee_cost"] = d161
  } else if (v === undefined && hasOwn(input, "fee_cost")) return F
  v = input["subaccount_number"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount_number"] = v
  } else if (v === undefined && hasOwn(input, "subaccount_number")) return F
  v = input["ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["ts"] = v
  } else if (v === undefined && hasOwn(input, "ts")) return F
  return out
}

function decodeFixedPointCount(v: unknown): Schemas.FixedPointCount | Fail {
  if (typeof v !== "string") return F
  const d162 = FixedPoint.readCount(v)
  if (d162 === undefined) return F
  return d162
}

function decodeFixedPointDollars(v: unknown): Schemas.FixedPointDollars | Fail {
  if (typeof v !== "string") return F
  const d163 = FixedPoint.readDollars(v)
  if (d163 === undefined) return F
  return d163
}

function decodePercentilePoint(input: unknown): Schemas.PercentilePoint | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.PercentilePoint>
  let v: unknown
  v = input["percentile"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["percentile"] = v
  } else if (v === undefined && hasOwn(input, "percentile")) return F
  v = input["raw_numerical_forecast"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["raw_numerical_forecast"] = v
  } else if (v === undefined && hasOwn(input, "raw_numerical_forecast")) return F
  v = input["numerical_forecast"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["numerical_forecast"] = v
  } else if (v === undefined && hasOwn(input, "numerical_forecast")) return F
  v = input["formatted_forecast"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["formatted_forecast"] = v
  } else if (v === undefined && hasOwn(input, "formatted_forecast")) return F
  return out
}

function decodeForecastPercentilesPoint(input: unknown): Schemas.ForecastPercentilesPoint | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ForecastPercentilesPoint>
  let v: unknown
  v = input["event_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["event_ticker"] = v
  v = input["end_period_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["end_period_ts"] = v
  } else if (v === undefined && hasOwn(input, "end_period_ts")) return F
  v = input["period_interval"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["period_interval"] = v
  } else if (v === undefined && hasOwn(input, "period_interval")) return F
  v = input["percentile_points"]
  if (v === undefined || v === null) out["percentile_points"] = []
  else {
    const r164 = array(v, decodePercentilePoint)
    if (r164 === F) return F
    out["percentile_points"] = r164
  }
  return out
}

function decodeGenerateApiKeyRequest(input: unknown): Schemas.GenerateApiKeyRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GenerateApiKeyRequest>
  let v: unknown
  v = input["name"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["name"] = v
  } else if (v === undefined && hasOwn(input, "name")) return F
  v = input["key_type"]
  if (v !== undefined && v !== null) {
    const r165 = decodeApiKeyType(v)
    if (r165 === F) return F
    out["key_type"] = r165
  } else if (v === undefined && hasOwn(input, "key_type")) return F
  v = input["scopes"]
  if (v === undefined || v === null) out["scopes"] = []
  else {
    const r166 = array(v, decodeApiKeyScope)
    if (r166 === F) return F
    out["scopes"] = r166
  }
  v = input["subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount"] = v
  } else if (v === undefined && hasOwn(input, "subaccount")) return F
  v = input["fcm_subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["fcm_subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "fcm_subtrader_id")) return F
  return out
}

function decodeGenerateApiKeyResponse(input: unknown): Schemas.GenerateApiKeyResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GenerateApiKeyResponse>
  let v: unknown
  v = input["api_key_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["api_key_id"] = v
  v = input["key_type"]
  if (v !== undefined && v !== null) {
    const r167 = decodeApiKeyType(v)
    if (r167 === F) return F
    out["key_type"] = r167
  } else if (v === undefined && hasOwn(input, "key_type")) return F
  v = input["private_key"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["private_key"] = v
  } else if (v === undefined && hasOwn(input, "private_key")) return F
  v = input["warning"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["warning"] = v
  } else if (v === undefined && hasOwn(input, "warning")) return F
  return out
}

function decodeGetAccountApiLimitsResponse(input: unknown): Schemas.GetAccountApiLimitsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetAccountApiLimitsResponse>
  let v: unknown
  v = input["usage_tier"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["usage_tier"] = v
  } else if (v === undefined && hasOwn(input, "usage_tier")) return F
  v = input["read"]
  if (v === undefined) return F
  const r168 = decodeBucketLimit(v)
  if (r168 === F) return F
  out["read"] = r168
  v = input["write"]
  if (v === undefined) return F
  const r169 = decodeBucketLimit(v)
  if (r169 === F) return F
  out["write"] = r169
  v = input["grants"]
  if (v === undefined) return F
  if (v === null) out["grants"] = []
  else {
    const r170 = array(v, decodeApiUsageLevelGrant)
    if (r170 === F) return F
    out["grants"] = r170
  }
  return out
}

function decodeGetAccountApiUsageLevelVolumeProgressResponse(input: unknown): Schemas.GetAccountApiUsageLevelVolumeProgressResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetAccountApiUsageLevelVolumeProgressResponse>
  let v: unknown
  v = input["volume_progress"]
  if (v === undefined) return F
  if (v === null) out["volume_progress"] = []
  else {
    const r171 = array(v, decodeAccountApiUsageLevelVolumeProgress)
    if (r171 === F) return F
    out["volume_progress"] = r171
  }
  return out
}

function decodeGetAccountEndpointCostsResponse(input: unknown): Schemas.GetAccountEndpointCostsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetAccountEndpointCostsResponse>
  let v: unknown
  v = input["default_cost"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["default_cost"] = v
  } else if (v === undefined && hasOwn(input, "default_cost")) return F
  v = input["endpoint_costs"]
  if (v === undefined) return F
  if (v === null) out["endpoint_costs"] = []
  else {
    const r172 = array(v, decodeEndpointTokenCost)
    if (r172 === F) return F
    out["endpoint_costs"] = r172
  }
  return out
}

function decodeGetApiKeysResponse(input: unknown): Schemas.GetApiKeysResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetApiKeysResponse>
  let v: unknown
  v = input["api_keys"]
  if (v === undefined) return F
  if (v === null) out["api_keys"] = []
  else {
    const r173 = array(v, decodeApiKey)
    if (r173 === F) return F
    out["api_keys"] = r173
  }
  v = input["api_key_region_expiration_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["api_key_region_expiration_ts"] = v
  } else if (v === undefined && hasOwn(input, "api_key_region_expiration_ts")) return F
  return out
}

function decodeIndexedBalance(input: unknown): Schemas.IndexedBalance | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.IndexedBalance>
  let v: unknown
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r174 = decodeExchangeIndex(v)
    if (r174 === F) return F
    out["exchange_index"] = r174
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["balance"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d175 = FixedPoint.readDollars(v)
    if (d175 === undefined) return F
    out["balance"] = d175
  } else if (v === undefined && hasOwn(input, "balance")) return F
  return out
}

function decodeGetBalanceResponse(input: unknown): Schemas.GetBalanceResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetBalanceResponse>
  let v: unknown
  v = input["balance"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["balance"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "balance")) return F
  v = input["balance_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d176 = FixedPoint.readDollars(v)
    if (d176 === undefined) return F
    out["balance_dollars"] = d176
  } else if (v === undefined && hasOwn(input, "balance_dollars")) return F
  v = input["portfolio_value"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["portfolio_value"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "portfolio_value")) return F
  v = input["updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "updated_ts")) return F
  v = input["balance_breakdown"]
  if (v === undefined || v === null) out["balance_breakdown"] = []
  else {
    const r177 = array(v, decodeIndexedBalance)
    if (r177 === F) return F
    out["balance_breakdown"] = r177
  }
  return out
}

function decodeGetBlockTradeProposalsResponse(input: unknown): Schemas.GetBlockTradeProposalsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetBlockTradeProposalsResponse>
  let v: unknown
  v = input["block_trade_proposals"]
  if (v === undefined) return F
  if (v === null) out["block_trade_proposals"] = []
  else {
    const r178 = array(v, decodeBlockTradeProposal)
    if (r178 === F) return F
    out["block_trade_proposals"] = r178
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetCommunicationsIDResponse(input: unknown): Schemas.GetCommunicationsIDResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetCommunicationsIDResponse>
  let v: unknown
  v = input["communications_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["communications_id"] = v
  return out
}

function decodeGetDepositsResponse(input: unknown): Schemas.GetDepositsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetDepositsResponse>
  let v: unknown
  v = input["deposits"]
  if (v === undefined) return F
  if (v === null) out["deposits"] = []
  else {
    const r179 = array(v, decodeDeposit)
    if (r179 === F) return F
    out["deposits"] = r179
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetEventCandlesticksResponse(input: unknown): Schemas.GetEventCandlesticksResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetEventCandlesticksResponse>
  let v: unknown
  v = input["market_tickers"]
  if (v === undefined) return F
  if (v === null) out["market_tickers"] = []
  else {
    const r180 = array(v, string)
    if (r180 === F) return F
    out["market_tickers"] = r180
  }
  v = input["market_candlesticks"]
  if (v === undefined) return F
  if (v === null) out["market_candlesticks"] = []
  else {
    const r181 = array(v, h0)
    if (r181 === F) return F
    out["market_candlesticks"] = r181
  }
  v = input["adjusted_end_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["adjusted_end_ts"] = v
  } else if (v === undefined && hasOwn(input, "adjusted_end_ts")) return F
  return out
}

function decodeGetEventFeeChangesResponse(input: unknown): Schemas.GetEventFeeChangesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetEventFeeChangesResponse>
  let v: unknown
  v = input["event_fee_changes"]
  if (v === undefined) return F
  if (v === null) out["event_fee_changes"] = []
  else {
    const r182 = array(v, decodeEventFeeChange)
    if (r182 === F) return F
    out["event_fee_changes"] = r182
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetEventForecastPercentilesHistoryResponse(input: unknown): Schemas.GetEventForecastPercentilesHistoryResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetEventForecastPercentilesHistoryResponse>
  let v: unknown
  v = input["forecast_history"]
  if (v === undefined) return F
  if (v === null) out["forecast_history"] = []
  else {
    const r183 = array(v, decodeForecastPercentilesPoint)
    if (r183 === F) return F
    out["forecast_history"] = r183
  }
  return out
}

function decodeGetEventLiveDataResponse(input: unknown): Schemas.GetEventLiveDataResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetEventLiveDataResponse>
  let v: unknown
  v = input["live_data"]
  if (v === undefined) return F
  const r184 = decodeEventLiveData(v)
  if (r184 === F) return F
  out["live_data"] = r184
  return out
}

function decodeMarketMetadata(input: unknown): Schemas.MarketMetadata | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.MarketMetadata>
  let v: unknown
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["image_url"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["image_url"] = v
  } else if (v === undefined && hasOwn(input, "image_url")) return F
  v = input["color_code"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["color_code"] = v
  } else if (v === undefined && hasOwn(input, "color_code")) return F
  return out
}

function decodeGetEventMetadataResponse(input: unknown): Schemas.GetEventMetadataResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetEventMetadataResponse>
  let v: unknown
  v = input["image_url"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["image_url"] = v
  } else if (v === undefined && hasOwn(input, "image_url")) return F
  v = input["featured_image_url"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["featured_image_url"] = v
  } else if (v === undefined && hasOwn(input, "featured_image_url")) return F
  v = input["market_details"]
  if (v === undefined) return F
  if (v === null) out["market_details"] = []
  else {
    const r185 = array(v, decodeMarketMetadata)
    if (r185 === F) return F
    out["market_details"] = r185
  }
  v = input["settlement_sources"]
  if (v === undefined) return F
  if (v === null) out["settlement_sources"] = []
  else {
    const r186 = array(v, decodeSettlementSource)
    if (r186 === F) return F
    out["settlement_sources"] = r186
  }
  v = input["competition"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["competition"] = v
  } else if (v === undefined && hasOwn(input, "competition")) return F
  v = input["competition_scope"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["competition_scope"] = v
  } else if (v === undefined && hasOwn(input, "competition_scope")) return F
  return out
}

function decodeGetEventResponse(input: unknown): Schemas.GetEventResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetEventResponse>
  let v: unknown
  v = input["event"]
  if (v === undefined) return F
  const r187 = decodeEventData(v)
  if (r187 === F) return F
  out["event"] = r187
  v = input["markets"]
  if (v === undefined) return F
  if (v === null) out["markets"] = []
  else {
    const r188 = array(v, decodeMarket)
    if (r188 === F) return F
    out["markets"] = r188
  }
  return out
}

function decodeMilestone(input: unknown): Schemas.Milestone | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Milestone>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["category"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["category"] = v
  } else if (v === undefined && hasOwn(input, "category")) return F
  v = input["type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["type"] = v
  } else if (v === undefined && hasOwn(input, "type")) return F
  v = input["start_date"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["start_date"] = v
  } else if (v === undefined && hasOwn(input, "start_date")) return F
  v = input["end_date"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["end_date"] = v
  } else if (v === undefined && hasOwn(input, "end_date")) return F
  v = input["related_event_tickers"]
  if (v === undefined || v === null) out["related_event_tickers"] = []
  else {
    const r189 = array(v, string)
    if (r189 === F) return F
    out["related_event_tickers"] = r189
  }
  v = input["title"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["title"] = v
  } else if (v === undefined && hasOwn(input, "title")) return F
  v = input["notification_message"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["notification_message"] = v
  } else if (v === undefined && hasOwn(input, "notification_message")) return F
  v = input["source_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["source_id"] = v
  } else if (v === undefined && hasOwn(input, "source_id")) return F
  v = input["source_ids"]
  if (v !== undefined && v !== null) {
    const r190 = record(v, string)
    if (r190 === F) return F
    out["source_ids"] = r190
  } else if (v === undefined && hasOwn(input, "source_ids")) return F
  v = input["details"]
  if (v !== undefined && v !== null) {
    const r191 = record(v, unknown)
    if (r191 === F) return F
    out["details"] = r191
  } else if (v === undefined && hasOwn(input, "details")) return F
  v = input["primary_event_tickers"]
  if (v === undefined || v === null) out["primary_event_tickers"] = []
  else {
    const r192 = array(v, string)
    if (r192 === F) return F
    out["primary_event_tickers"] = r192
  }
  v = input["last_updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["last_updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "last_updated_ts")) return F
  return out
}

function decodeGetEventsResponse(input: unknown): Schemas.GetEventsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetEventsResponse>
  let v: unknown
  v = input["events"]
  if (v === undefined) return F
  if (v === null) out["events"] = []
  else {
    const r193 = array(v, decodeEventData)
    if (r193 === F) return F
    out["events"] = r193
  }
  v = input["milestones"]
  if (v === undefined || v === null) out["milestones"] = []
  else {
    const r194 = array(v, decodeMilestone)
    if (r194 === F) return F
    out["milestones"] = r194
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeMaintenanceWindow(input: unknown): Schemas.MaintenanceWindow | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.MaintenanceWindow>
  let v: unknown
  v = input["start_datetime"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["start_datetime"] = v
  } else if (v === undefined && hasOwn(input, "start_datetime")) return F
  v = input["end_datetime"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["end_datetime"] = v
  } else if (v === undefined && hasOwn(input, "end_datetime")) return F
  return out
}

function decodeWeeklySchedule(input: unknown): Schemas.WeeklySchedule | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.WeeklySchedule>
  let v: unknown
  v = input["start_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["start_time"] = v
  } else if (v === undefined && hasOwn(input, "start_time")) return F
  v = input["end_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["end_time"] = v
  } else if (v === undefined && hasOwn(input, "end_time")) return F
  v = input["monday"]
  if (v === undefined || v === null) out["monday"] = []
  else {
    const r195 = array(v, decodeDailySchedule)
    if (r195 === F) return F
    out["monday"] = r195
  }
  v = input["tuesday"]
  if (v === undefined || v === null) out["tuesday"] = []
  else {
    const r196 = array(v, decodeDailySchedule)
    if (r196 === F) return F
    out["tuesday"] = r196
  }
  v = input["wednesday"]
  if (v === undefined || v === null) out["wednesday"] = []
  else {
    const r197 = array(v, decodeDailySchedule)
    if (r197 === F) return F
    out["wednesday"] = r197
  }
  v = input["thursday"]
  if (v === undefined || v === null) out["thursday"] = []
  else {
    const r198 = array(v, decodeDailySchedule)
    if (r198 === F) return F
    out["thursday"] = r198
  }
  v = input["friday"]
  if (v === undefined || v === null) out["friday"] = []
  else {
    const r199 = array(v, decodeDailySchedule)
    if (r199 === F) return F
    out["friday"] = r199
  }
  v = input["saturday"]
  if (v === undefined || v === null) out["saturday"] = []
  else {
    const r200 = array(v, decodeDailySchedule)
    if (r200 === F) return F
    out["saturday"] = r200
  }
  v = input["sunday"]
  if (v === undefined || v === null) out["sunday"] = []
  else {
    const r201 = array(v, decodeDailySchedule)
    if (r201 === F) return F
    out["sunday"] = r201
  }
  return out
}

function decodeSchedule(input: unknown): Schemas.Schedule | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Schedule>
  let v: unknown
  v = input["standard_hours"]
  if (v === undefined || v === null) out["standard_hours"] = []
  else {
    const r202 = array(v, decodeWeeklySchedule)
    if (r202 === F) return F
    out["standard_hours"] = r202
  }
  v = input["maintenance_windows"]
  if (v === undefined || v === null) out["maintenance_windows"] = []
  else {
    const r203 = array(v, decodeMaintenanceWindow)
    if (r203 === F) return F
    out["maintenance_windows"] = r203
  }
  return out
}

function decodeGetExchangeScheduleResponse(input: unknown): Schemas.GetExchangeScheduleResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetExchangeScheduleResponse>
  let v: unknown
  v = input["schedule"]
  if (v === undefined) return F
  const r204 = decodeSchedule(v)
  if (r204 === F) return F
  out["schedule"] = r204
  return out
}

function decodeGetFCMEventContractDailyCapResponse(input: unknown): Schemas.GetFCMEventContractDailyCapResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetFCMEventContractDailyCapResponse>
  let v: unknown
  v = input["subtrader_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["subtrader_id"] = v
  v = input["limit"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d205 = FixedPoint.readDollars(v)
    if (d205 === undefined) return F
    out["limit"] = d205
  } else if (v === undefined && hasOwn(input, "limit")) return F
  v = input["executed_utilization"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d206 = FixedPoint.readDollars(v)
    if (d206 === undefined) return F
    out["executed_utilization"] = d206
  } else if (v === undefined && hasOwn(input, "executed_utilization")) return F
  v = input["resting_order_utilization"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d207 = FixedPoint.readDollars(v)
    if (d207 === undefined) return F
    out["resting_order_utilization"] = d207
  } else if (v === undefined && hasOwn(input, "resting_order_utilization")) return F
  v = input["pending_order_utilization"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d208 = FixedPoint.readDollars(v)
    if (d208 === undefined) return F
    out["pending_order_utilization"] = d208
  } else if (v === undefined && hasOwn(input, "pending_order_utilization")) return F
  v = input["cap_date"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cap_date"] = v
  } else if (v === undefined && hasOwn(input, "cap_date")) return F
  return out
}

function decodeGetFCMSubtraderBlockedCategoriesResponse(input: unknown): Schemas.GetFCMSubtraderBlockedCategoriesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetFCMSubtraderBlockedCategoriesResponse>
  let v: unknown
  v = input["categories"]
  if (v === undefined) return F
  if (v === null) out["categories"] = []
  else {
    const r209 = array(v, string)
    if (r209 === F) return F
    out["categories"] = r209
  }
  return out
}

function decodeGetFcmFillsResponse(input: unknown): Schemas.GetFcmFillsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetFcmFillsResponse>
  let v: unknown
  v = input["fills"]
  if (v === undefined) return F
  if (v === null) out["fills"] = []
  else {
    const r210 = array(v, decodeFcmFill)
    if (r210 === F) return F
    out["fills"] = r210
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetFillsResponse(input: unknown): Schemas.GetFillsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetFillsResponse>
  let v: unknown
  v = input["fills"]
  if (v === undefined) return F
  if (v === null) out["fills"] = []
  else {
    const r211 = array(v, decodeFill)
    if (r211 === F) return F
    out["fills"] = r211
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeScopeList(input: unknown): Schemas.ScopeList | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ScopeList>
  let v: unknown
  v = input["scopes"]
  if (v === undefined || v === null) out["scopes"] = []
  else {
    const r212 = array(v, string)
    if (r212 === F) return F
    out["scopes"] = r212
  }
  return out
}

function decodeSportFilterDetails(input: unknown): Schemas.SportFilterDetails | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.SportFilterDetails>
  let v: unknown
  v = input["scopes"]
  if (v === undefined || v === null) out["scopes"] = []
  else {
    const r213 = array(v, string)
    if (r213 === F) return F
    out["scopes"] = r213
  }
  v = input["competitions"]
  if (v !== undefined && v !== null) {
    const r214 = record(v, decodeScopeList)
    if (r214 === F) return F
    out["competitions"] = r214
  } else if (v === undefined && hasOwn(input, "competitions")) return F
  return out
}

function decodeGetFiltersBySportsResponse(input: unknown): Schemas.GetFiltersBySportsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetFiltersBySportsResponse>
  let v: unknown
  v = input["filters_by_sports"]
  if (v === undefined) return F
  const r215 = record(v, decodeSportFilterDetails)
  if (r215 === F) return F
  out["filters_by_sports"] = r215
  v = input["sport_ordering"]
  if (v === undefined) return F
  if (v === null) out["sport_ordering"] = []
  else {
    const r216 = array(v, string)
    if (r216 === F) return F
    out["sport_ordering"] = r216
  }
  return out
}

function decodePlayByPlay(input: unknown): Schemas.PlayByPlay | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.PlayByPlay>
  let v: unknown
  v = input["periods"]
  if (v === undefined || v === null) out["periods"] = []
  else {
    const r217 = array(v, decodePlayByPlay_218)
    if (r217 === F) return F
    out["periods"] = r217
  }
  return out
}

function decodePlayByPlay_218(input: unknown): Schemas.PlayByPlay["periods"][number] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.PlayByPlay["periods"][number]>
  let v: unknown
  v = input["events"]
  if (v === undefined || v === null) out["events"] = []
  else {
    const r219 = array(v, h1)
    if (r219 === F) return F
    out["events"] = r219
  }
  return out
}

function decodeGetGameStatsResponse(input: unknown): Schemas.GetGameStatsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetGameStatsResponse>
  let v: unknown
  v = input["pbp"]
  if (v !== undefined && v !== null) {
    const r220 = decodePlayByPlay(v)
    if (r220 === F) return F
    out["pbp"] = r220
  } else if (v === undefined && hasOwn(input, "pbp")) return F
  return out
}

function decodeGetHistoricalCutoffResponse(input: unknown): Schemas.GetHistoricalCutoffResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetHistoricalCutoffResponse>
  let v: unknown
  v = input["market_settled_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["market_settled_ts"] = v
  } else if (v === undefined && hasOwn(input, "market_settled_ts")) return F
  v = input["trades_created_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["trades_created_ts"] = v
  } else if (v === undefined && hasOwn(input, "trades_created_ts")) return F
  v = input["orders_updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["orders_updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "orders_updated_ts")) return F
  v = input["market_positions_last_updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["market_positions_last_updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "market_positions_last_updated_ts")) return F
  return out
}

function decodeIncentiveProgram(input: unknown): Schemas.IncentiveProgram | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.IncentiveProgram>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["market_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["market_id"] = v
  } else if (v === undefined && hasOwn(input, "market_id")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["incentive_type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["incentive_type"] = v
  } else if (v === undefined && hasOwn(input, "incentive_type")) return F
  v = input["incentive_description"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["incentive_description"] = v
  } else if (v === undefined && hasOwn(input, "incentive_description")) return F
  v = input["start_date"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["start_date"] = v
  } else if (v === undefined && hasOwn(input, "start_date")) return F
  v = input["end_date"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["end_date"] = v
  } else if (v === undefined && hasOwn(input, "end_date")) return F
  v = input["period_reward"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["period_reward"] = BigDecimal.make(BigInt(v), 4)
  } else if (v === undefined && hasOwn(input, "period_reward")) return F
  v = input["paid_out"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["paid_out"] = v
  } else if (v === undefined && hasOwn(input, "paid_out")) return F
  v = input["discount_factor_bps"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["discount_factor_bps"] = v
  } else if (v === undefined && hasOwn(input, "discount_factor_bps")) return F
  v = input["target_size_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d221 = FixedPoint.readCount(v)
    if (d221 === undefined) return F
    out["target_size_fp"] = d221
  } else if (v === undefined && hasOwn(input, "target_size_fp")) return F
  v = input["max_reward_per_account"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["max_reward_per_account"] = BigDecimal.make(BigInt(v), 4)
  } else if (v === undefined && hasOwn(input, "max_reward_per_account")) return F
  return out
}

function decodeGetIncentiveProgramsResponse(input: unknown): Schemas.GetIncentiveProgramsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetIncentiveProgramsResponse>
  let v: unknown
  v = input["incentive_programs"]
  if (v === undefined) return F
  if (v === null) out["incentive_programs"] = []
  else {
    const r222 = array(v, decodeIncentiveProgram)
    if (r222 === F) return F
    out["incentive_programs"] = r222
  }
  v = input["next_cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["next_cursor"] = v
  } else if (v === undefined && hasOwn(input, "next_cursor")) return F
  return out
}

function decodeIntraExchangeInstanceTransferStatus(v: unknown): Schemas.IntraExchangeInstanceTransferStatus | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeIntraExchangeInstanceTransfer(input: unknown): Schemas.IntraExchangeInstanceTransfer | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.IntraExchangeInstanceTransfer>
  let v: unknown
  v = input["transfer_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["transfer_id"] = v
  } else if (v === undefined && hasOwn(input, "transfer_id")) return F
  v = input["source"]
  if (v !== undefined && v !== null) {
    const r223 = decodeExchangeInstance(v)
    if (r223 === F) return F
    out["source"] = r223
  } else if (v === undefined && hasOwn(input, "source")) return F
  v = input["destination"]
  if (v !== undefined && v !== null) {
    const r224 = decodeExchangeInstance(v)
    if (r224 === F) return F
    out["destination"] = r224
  } else if (v === undefined && hasOwn(input, "destination")) return F
  v = input["source_exchange_shard"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["source_exchange_shard"] = v
  } else if (v === undefined && hasOwn(input, "source_exchange_shard")) return F
  v = input["destination_exchange_shard"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["destination_exchange_shard"] = v
  } else if (v === undefined && hasOwn(input, "destination_exchange_shard")) return F
  v = input["amount"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d225 = FixedPoint.readDollars(v)
    if (d225 === undefined) return F
    out["amount"] = d225
  } else if (v === undefined && hasOwn(input, "amount")) return F
  v = input["status"]
  if (v !== undefined && v !== null) {
    const r226 = decodeIntraExchangeInstanceTransferStatus(v)
    if (r226 === F) return F
    out["status"] = r226
  } else if (v === undefined && hasOwn(input, "status")) return F
  v = input["created_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["created_ts"] = v
  } else if (v === undefined && hasOwn(input, "created_ts")) return F
  return out
}

function decodeGetIntraExchangeInstanceTransferResponse(input: unknown): Schemas.GetIntraExchangeInstanceTransferResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetIntraExchangeInstanceTransferResponse>
  let v: unknown
  v = input["transfer"]
  if (v === undefined) return F
  const r227 = decodeIntraExchangeInstanceTransfer(v)
  if (r227 === F) return F
  out["transfer"] = r227
  return out
}

function decodeGetIntraExchangeInstanceTransfersResponse(input: unknown): Schemas.GetIntraExchangeInstanceTransfersResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetIntraExchangeInstanceTransfersResponse>
  let v: unknown
  v = input["transfers"]
  if (v === undefined) return F
  if (v === null) out["transfers"] = []
  else {
    const r228 = array(v, decodeIntraExchangeInstanceTransfer)
    if (r228 === F) return F
    out["transfers"] = r228
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeLiveData(input: unknown): Schemas.LiveData | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.LiveData>
  let v: unknown
  v = input["type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["type"] = v
  } else if (v === undefined && hasOwn(input, "type")) return F
  v = input["details"]
  if (v !== undefined && v !== null) {
    const r229 = record(v, unknown)
    if (r229 === F) return F
    out["details"] = r229
  } else if (v === undefined && hasOwn(input, "details")) return F
  v = input["milestone_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["milestone_id"] = v
  return out
}

function decodeGetLiveDataResponse(input: unknown): Schemas.GetLiveDataResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetLiveDataResponse>
  let v: unknown
  v = input["live_data"]
  if (v === undefined) return F
  const r230 = decodeLiveData(v)
  if (r230 === F) return F
  out["live_data"] = r230
  return out
}

function decodeGetLiveDatasResponse(input: unknown): Schemas.GetLiveDatasResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetLiveDatasResponse>
  let v: unknown
  v = input["live_datas"]
  if (v === undefined) return F
  if (v === null) out["live_datas"] = []
  else {
    const r231 = array(v, decodeLiveData)
    if (r231 === F) return F
    out["live_datas"] = r231
  }
  return out
}

function decodePriceDistributionHistorical(input: unknown): Schemas.PriceDistributionHistorical | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.PriceDistributionHistorical>
  let v: unknown
  v = input["open"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d232 = FixedPoint.readDollars(v)
    if (d232 === undefined) return F
    out["open"] = d232
  } else if (v === undefined && hasOwn(input, "open")) return F
  v = input["low"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d233 = FixedPoint.readDollars(v)
    if (d233 === undefined) return F
    out["low"] = d233
  } else if (v === undefined && hasOwn(input, "low")) return F
  v = input["high"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d234 = FixedPoint.readDollars(v)
    if (d234 === undefined) return F
    out["high"] = d234
  } else if (v === undefined && hasOwn(input, "high")) return F
  v = input["close"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d235 = FixedPoint.readDollars(v)
    if (d235 === undefined) return F
    out["close"] = d235
  } else if (v === undefined && hasOwn(input, "close")) return F
  v = input["mean"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d236 = FixedPoint.readDollars(v)
    if (d236 === undefined) return F
    out["mean"] = d236
  } else if (v === undefined && hasOwn(input, "mean")) return F
  v = input["previous"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d237 = FixedPoint.readDollars(v)
    if (d237 === undefined) return F
    out["previous"] = d237
  } else if (v === undefined && hasOwn(input, "previous")) return F
  return out
}

function decodeMarketCandlestickHistorical(input: unknown): Schemas.MarketCandlestickHistorical | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.MarketCandlestickHistorical>
  let v: unknown
  v = input["end_period_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["end_period_ts"] = v
  } else if (v === undefined && hasOwn(input, "end_period_ts")) return F
  v = input["yes_bid"]
  if (v !== undefined && v !== null) {
    const r238 = decodeBidAskDistributionHistorical(v)
    if (r238 === F) return F
    out["yes_bid"] = r238
  } else if (v === undefined && hasOwn(input, "yes_bid")) return F
  v = input["yes_ask"]
  if (v !== undefined && v !== null) {
    const r239 = decodeBidAskDistributionHistorical(v)
    if (r239 === F) return F
    out["yes_ask"] = r239
  } else if (v === undefined && hasOwn(input, "yes_ask")) return F
  v = input["price"]
  if (v !== undefined && v !== null) {
    const r240 = decodePriceDistributionHistorical(v)
    if (r240 === F) return F
    out["price"] = r240
  } else if (v === undefined && hasOwn(input, "price")) return F
  v = input["volume"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d241 = FixedPoint.readCount(v)
    if (d241 === undefined) return F
    out["volume"] = d241
  } else if (v === undefined && hasOwn(input, "volume")) return F
  v = input["open_interest"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d242 = FixedPoint.readCount(v)
    if (d242 === undefined) return F
    out["open_interest"] = d242
  } else if (v === undefined && hasOwn(input, "open_interest")) return F
  return out
}

function decodeGetMarketCandlesticksHistoricalResponse(input: unknown): Schemas.GetMarketCandlesticksHistoricalResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMarketCandlesticksHistoricalResponse>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["candlesticks"]
  if (v === undefined) return F
  if (v === null) out["candlesticks"] = []
  else {
    const r243 = array(v, decodeMarketCandlestickHistorical)
    if (r243 === F) return F
    out["candlesticks"] = r243
  }
  return out
}

function decodeGetMarketCandlesticksResponse(input: unknown): Schemas.GetMarketCandlesticksResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMarketCandlesticksResponse>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["candlesticks"]
  if (v === undefined) return F
  if (v === null) out["candlesticks"] = []
  else {
    const r244 = array(v, decodeMarketCandlestick)
    if (r244 === F) return F
    out["candlesticks"] = r244
  }
  return out
}

function decodePriceLevelDollarsCountFp(v: unknown): Schemas.PriceLevelDollarsCountFp | Fail {
  const r245 = priceLevel(v)
  if (r245 === F) return F
  return r245
}

function decodeOrderbookCountFp(input: unknown): Schemas.OrderbookCountFp | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.OrderbookCountFp>
  let v: unknown
  v = input["yes_dollars"]
  if (v === undefined || v === null) out["yes_dollars"] = []
  else {
    const r246 = array(v, decodePriceLevelDollarsCountFp)
    if (r246 === F) return F
    out["yes_dollars"] = r246
  }
  v = input["no_dollars"]
  if (v === undefined || v === null) out["no_dollars"] = []
  else {
    const r247 = array(v, decodePriceLevelDollarsCountFp)
    if (r247 === F) return F
    out["no_dollars"] = r247
  }
  return out
}

function decodeGetMarketOrderbookResponse(input: unknown): Schemas.GetMarketOrderbookResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMarketOrderbookResponse>
  let v: unknown
  v = input["orderbook_fp"]
  if (v === undefined) return F
  const r248 = decodeOrderbookCountFp(v)
  if (r248 === F) return F
  out["orderbook_fp"] = r248
  return out
}

function decodeMarketOrderbookFp(input: unknown): Schemas.MarketOrderbookFp | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.MarketOrderbookFp>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["orderbook_fp"]
  if (v !== undefined && v !== null) {
    const r249 = decodeOrderbookCountFp(v)
    if (r249 === F) return F
    out["orderbook_fp"] = r249
  } else if (v === undefined && hasOwn(input, "orderbook_fp")) return F
  return out
}

function decodeGetMarketOrderbooksResponse(input: unknown): Schemas.GetMarketOrderbooksResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMarketOrderbooksResponse>
  let v: unknown
  v = input["orderbooks"]
  if (v === undefined) return F
  if (v === null) out["orderbooks"] = []
  else {
    const r250 = array(v, decodeMarketOrderbookFp)
    if (r250 === F) return F
    out["orderbooks"] = r250
  }
  return out
}

function decodeGetMarketResponse(input: unknown): Schemas.GetMarketResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMarketResponse>
  let v: unknown
  v = input["market"]
  if (v === undefined) return F
  const r251 = decodeMarket(v)
  if (r251 === F) return F
  out["market"] = r251
  return out
}

function decodeGetMarketsResponse(input: unknown): Schemas.GetMarketsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMarketsResponse>
  let v: unknown
  v = input["markets"]
  if (v === undefined) return F
  if (v === null) out["markets"] = []
  else {
    const r252 = array(v, decodeMarket)
    if (r252 === F) return F
    out["markets"] = r252
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetMilestoneResponse(input: unknown): Schemas.GetMilestoneResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMilestoneResponse>
  let v: unknown
  v = input["milestone"]
  if (v === undefined) return F
  const r253 = decodeMilestone(v)
  if (r253 === F) return F
  out["milestone"] = r253
  return out
}

function decodeGetMilestonesResponse(input: unknown): Schemas.GetMilestonesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMilestonesResponse>
  let v: unknown
  v = input["milestones"]
  if (v === undefined) return F
  if (v === null) out["milestones"] = []
  else {
    const r254 = array(v, decodeMilestone)
    if (r254 === F) return F
    out["milestones"] = r254
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeMultivariateEventCollection(input: unknown): Schemas.MultivariateEventCollection | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.MultivariateEventCollection>
  let v: unknown
  v = input["collection_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["collection_ticker"] = v
  v = input["series_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["series_ticker"] = v
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r255 = decodeExchangeIndex(v)
    if (r255 === F) return F
    out["exchange_index"] = r255
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["title"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["title"] = v
  } else if (v === undefined && hasOwn(input, "title")) return F
  v = input["description"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["description"] = v
  } else if (v === undefined && hasOwn(input, "description")) return F
  v = input["open_date"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["open_date"] = v
  } else if (v === undefined && hasOwn(input, "open_date")) return F
  v = input["close_date"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["close_date"] = v
  } else if (v === undefined && hasOwn(input, "close_date")) return F
  v = input["associated_events"]
  if (v === undefined || v === null) out["associated_events"] = []
  else {
    const r256 = array(v, decodeAssociatedEvent)
    if (r256 === F) return F
    out["associated_events"] = r256
  }
  v = input["associated_event_tickers"]
  if (v === undefined || v === null) out["associated_event_tickers"] = []
  else {
    const r257 = array(v, string)
    if (r257 === F) return F
    out["associated_event_tickers"] = r257
  }
  v = input["is_ordered"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_ordered"] = v
  } else if (v === undefined && hasOwn(input, "is_ordered")) return F
  v = input["is_single_market_per_event"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_single_market_per_event"] = v
  } else if (v === undefined && hasOwn(input, "is_single_market_per_event")) return F
  v = input["is_all_yes"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_all_yes"] = v
  } else if (v === undefined && hasOwn(input, "is_all_yes")) return F
  v = input["size_min"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["size_min"] = v
  } else if (v === undefined && hasOwn(input, "size_min")) return F
  v = input["size_max"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["size_max"] = v
  } else if (v === undefined && hasOwn(input, "size_max")) return F
  v = input["functional_description"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["functional_description"] = v
  } else if (v === undefined && hasOwn(input, "functional_description")) return F
  return out
}

function decodeGetMultivariateEventCollectionResponse(input: unknown): Schemas.GetMultivariateEventCollectionResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMultivariateEventCollectionResponse>
  let v: unknown
  v = input["multivariate_contract"]
  if (v === undefined) return F
  const r258 = decodeMultivariateEventCollection(v)
  if (r258 === F) return F
  out["multivariate_contract"] = r258
  return out
}

function decodeGetMultivariateEventCollectionsResponse(input: unknown): Schemas.GetMultivariateEventCollectionsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMultivariateEventCollectionsResponse>
  let v: unknown
  v = input["multivariate_contracts"]
  if (v === undefined) return F
  if (v === null) out["multivariate_contracts"] = []
  else {
    const r259 = array(v, decodeMultivariateEventCollection)
    if (r259 === F) return F
    out["multivariate_contracts"] = r259
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetMultivariateEventsResponse(input: unknown): Schemas.GetMultivariateEventsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetMultivariateEventsResponse>
  let v: unknown
  v = input["events"]
  if (v === undefined) return F
  if (v === null) out["events"] = []
  else {
    const r260 = array(v, decodeEventData)
    if (r260 === F) return F
    out["events"] = r260
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetOrderGroupResponse(input: unknown): Schemas.GetOrderGroupResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetOrderGroupResponse>
  let v: unknown
  v = input["is_auto_cancel_enabled"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_auto_cancel_enabled"] = v
  } else if (v === undefined && hasOwn(input, "is_auto_cancel_enabled")) return F
  v = input["contracts_limit_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d261 = FixedPoint.readCount(v)
    if (d261 === undefined) return F
    out["contracts_limit_fp"] = d261
  } else if (v === undefined && hasOwn(input, "contracts_limit_fp")) return F
  v = input["orders"]
  if (v === undefined) return F
  if (v === null) out["orders"] = []
  else {
    const r262 = array(v, string)
    if (r262 === F) return F
    out["orders"] = r262
  }
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r263 = decodeExchangeIndex(v)
    if (r263 === F) return F
    out["exchange_index"] = r263
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeOrderGroup(input: unknown): Schemas.OrderGroup | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.OrderGroup>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["contracts_limit_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d264 = FixedPoint.readCount(v)
    if (d264 === undefined) return F
    out["contracts_limit_fp"] = d264
  } else if (v === undefined && hasOwn(input, "contracts_limit_fp")) return F
  v = input["is_auto_cancel_enabled"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_auto_cancel_enabled"] = v
  } else if (v === undefined && hasOwn(input, "is_auto_cancel_enabled")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r265 = decodeExchangeIndex(v)
    if (r265 === F) return F
    out["exchange_index"] = r265
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeGetOrderGroupsResponse(input: unknown): Schemas.GetOrderGroupsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetOrderGroupsResponse>
  let v: unknown
  v = input["order_groups"]
  if (v === undefined || v === null) out["order_groups"] = []
  else {
    const r266 = array(v, decodeOrderGroup)
    if (r266 === F) return F
    out["order_groups"] = r266
  }
  return out
}

function decodeGetOrderQueuePositionResponse(input: unknown): Schemas.GetOrderQueuePositionResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetOrderQueuePositionResponse>
  let v: unknown
  v = input["queue_position_fp"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d267 = FixedPoint.readCount(v)
  if (d267 === undefined) return F
  out["queue_position_fp"] = d267
  return out
}

function decodeOrderQueuePosition(input: unknown): Schemas.OrderQueuePosition | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.OrderQueuePosition>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["order_id"] = v
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["queue_position_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d268 = FixedPoint.readCount(v)
    if (d268 === undefined) return F
    out["queue_position_fp"] = d268
  } else if (v === undefined && hasOwn(input, "queue_position_fp")) return F
  return out
}

function decodeGetOrderQueuePositionsResponse(input: unknown): Schemas.GetOrderQueuePositionsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetOrderQueuePositionsResponse>
  let v: unknown
  v = input["queue_positions"]
  if (v === undefined) return F
  if (v === null) out["queue_positions"] = []
  else {
    const r269 = array(v, decodeOrderQueuePosition)
    if (r269 === F) return F
    out["queue_positions"] = r269
  }
  return out
}

function decodeGetOrderResponse(input: unknown): Schemas.GetOrderResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetOrderResponse>
  let v: unknown
  v = input["order"]
  if (v === undefined) return F
  const r270 = decodeOrder(v)
  if (r270 === F) return F
  out["order"] = r270
  return out
}

function decodeGetOrdersResponse(input: unknown): Schemas.GetOrdersResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetOrdersResponse>
  let v: unknown
  v = input["orders"]
  if (v === undefined) return F
  if (v === null) out["orders"] = []
  else {
    const r271 = array(v, decodeOrder)
    if (r271 === F) return F
    out["orders"] = r271
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetPortfolioRestingOrderTotalValueResponse(input: unknown): Schemas.GetPortfolioRestingOrderTotalValueResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetPortfolioRestingOrderTotalValueResponse>
  let v: unknown
  v = input["total_resting_order_value"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["total_resting_order_value"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "total_resting_order_value")) return F
  v = input["resting_order_value_breakdown"]
  if (v === undefined) return F
  if (v === null) out["resting_order_value_breakdown"] = []
  else {
    const r272 = array(v, decodeIndexedBalance)
    if (r272 === F) return F
    out["resting_order_value_breakdown"] = r272
  }
  return out
}

function decodeMarketPosition(input: unknown): Schemas.MarketPosition | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.MarketPosition>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r273 = decodeExchangeIndex(v)
    if (r273 === F) return F
    out["exchange_index"] = r273
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["total_traded_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d274 = FixedPoint.readDollars(v)
    if (d274 === undefined) return F
    out["total_traded_dollars"] = d274
  } else if (v === undefined && hasOwn(input, "total_traded_dollars")) return F
  v = input["position_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d275 = FixedPoint.readCount(v)
    if (d275 === undefined) return F
    out["position_fp"] = d275
  } else if (v === undefined && hasOwn(input, "position_fp")) return F
  v = input["market_exposure_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d276 = FixedPoint.readDollars(v)
    if (d276 === undefined) return F
    out["market_exposure_dollars"] = d276
  } else if (v === undefined && hasOwn(input, "market_exposure_dollars")) return F
  v = input["realized_pnl_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d277 = FixedPoint.readDollars(v)
    if (d277 === undefined) return F
    out["realized_pnl_dollars"] = d277
  } else if (v === undefined && hasOwn(input, "realized_pnl_dollars")) return F
  v = input["fees_paid_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d278 = FixedPoint.readDollars(v)
    if (d278 === undefined) return F
    out["fees_paid_dollars"] = d278
  } else if (v === undefined && hasOwn(input, "fees_paid_dollars")) return F
  v = input["last_updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["last_updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "last_updated_ts")) return F
  return out
}

function decodeGetPositionsResponse(input: unknown): Schemas.GetPositionsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetPositionsResponse>
  let v: unknown
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  v = input["market_positions"]
  if (v === undefined) return F
  if (v === null) out["market_positions"] = []
  else {
    const r279 = array(v, decodeMarketPosition)
    if (r279 === F) return F
    out["market_positions"] = r279
  }
  v = input["event_positions"]
  if (v === undefined) return F
  if (v === null) out["event_positions"] = []
  else {
    const r280 = array(v, decodeEventPosition)
    if (r280 === F) return F
    out["event_positions"] = r280
  }
  return out
}

function decodeQuote(input: unknown): Schemas.Quote | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Quote>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["rfq_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["rfq_id"] = v
  v = input["creator_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["creator_id"] = v
  } else if (v === undefined && hasOwn(input, "creator_id")) return F
  v = input["rfq_creator_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["rfq_creator_id"] = v
  } else if (v === undefined && hasOwn(input, "rfq_creator_id")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["contracts_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d281 = FixedPoint.readCount(v)
    if (d281 === undefined) return F
    out["contracts_fp"] = d281
  } else if (v === undefined && hasOwn(input, "contracts_fp")) return F
  v = input["yes_bid_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d282 = FixedPoint.readDollars(v)
    if (d282 === undefined) return F
    out["yes_bid_dollars"] = d282
  } else if (v === undefined && hasOwn(input, "yes_bid_dollars")) return F
  v = input["no_bid_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d283 = FixedPoint.readDollars(v)
    if (d283 === undefined) return F
    out["no_bid_dollars"] = d283
  } else if (v === undefined && hasOwn(input, "no_bid_dollars")) return F
  v = input["created_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["created_ts"] = v
  } else if (v === undefined && hasOwn(input, "created_ts")) return F
  v = input["updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "updated_ts")) return F
  v = input["status"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["status"] = v
  } else if (v === undefined && hasOwn(input, "status")) return F
  v = input["accepted_side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["accepted_side"] = v
  } else if (v === undefined && hasOwn(input, "accepted_side")) return F
  v = input["accepted_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["accepted_ts"] = v
  } else if (v === undefined && hasOwn(input, "accepted_ts")) return F
  v = input["confirmed_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["confirmed_ts"] = v
  } else if (v === undefined && hasOwn(input, "confirmed_ts")) return F
  v = input["executed_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["executed_ts"] = v
  } else if (v === undefined && hasOwn(input, "executed_ts")) return F
  v = input["cancelled_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cancelled_ts"] = v
  } else if (v === undefined && hasOwn(input, "cancelled_ts")) return F
  v = input["rest_remainder"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["rest_remainder"] = v
  } else if (v === undefined && hasOwn(input, "rest_remainder")) return F
  v = input["post_only"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["post_only"] = v
  } else if (v === undefined && hasOwn(input, "post_only")) return F
  v = input["cancellation_reason"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cancellation_reason"] = v
  } else if (v === undefined && hasOwn(input, "cancellation_reason")) return F
  v = input["creator_user_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["creator_user_id"] = v
  } else if (v === undefined && hasOwn(input, "creator_user_id")) return F
  v = input["rfq_creator_user_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["rfq_creator_user_id"] = v
  } else if (v === undefined && hasOwn(input, "rfq_creator_user_id")) return F
  v = input["rfq_target_cost_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d284 = FixedPoint.readDollars(v)
    if (d284 === undefined) return F
    out["rfq_target_cost_dollars"] = d284
  } else if (v === undefined && hasOwn(input, "rfq_target_cost_dollars")) return F
  v = input["target_cost_excludes_fees"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["target_cost_excludes_fees"] = v
  } else if (v === undefined && hasOwn(input, "target_cost_excludes_fees")) return F
  v = input["rfq_creator_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["rfq_creator_order_id"] = v
  } else if (v === undefined && hasOwn(input, "rfq_creator_order_id")) return F
  v = input["creator_order_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["creator_order_id"] = v
  } else if (v === undefined && hasOwn(input, "creator_order_id")) return F
  v = input["creator_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["creator_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "creator_subaccount")) return F
  v = input["rfq_creator_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["rfq_creator_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "rfq_creator_subaccount")) return F
  v = input["yes_contracts_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d285 = FixedPoint.readCount(v)
    if (d285 === undefined) return F
    out["yes_contracts_fp"] = d285
  } else if (v === undefined && hasOwn(input, "yes_contracts_fp")) return F
  v = input["no_contracts_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d286 = FixedPoint.readCount(v)
    if (d286 === undefined) return F
    out["no_contracts_fp"] = d286
  } else if (v === undefined && hasOwn(input, "no_contracts_fp")) return F
  return out
}

function decodeGetQuoteResponse(input: unknown): Schemas.GetQuoteResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetQuoteResponse>
  let v: unknown
  v = input["quote"]
  if (v === undefined) return F
  const r287 = decodeQuote(v)
  if (r287 === F) return F
  out["quote"] = r287
  return out
}

function decodeGetQuotesResponse(input: unknown): Schemas.GetQuotesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetQuotesResponse>
  let v: unknown
  v = input["quotes"]
  if (v === undefined) return F
  if (v === null) out["quotes"] = []
  else {
    const r288 = array(v, decodeQuote)
    if (r288 === F) return F
    out["quotes"] = r288
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeRFQ(input: unknown): Schemas.RFQ | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.RFQ>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["creator_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["creator_id"] = v
  } else if (v === undefined && hasOwn(input, "creator_id")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["contracts_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d289 = FixedPoint.readCount(v)
    if (d289 === undefined) return F
    out["contracts_fp"] = d289
  } else if (v === undefined && hasOwn(input, "contracts_fp")) return F
  v = input["target_cost_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d290 = FixedPoint.readDollars(v)
    if (d290 === undefined) return F
    out["target_cost_dollars"] = d290
  } else if (v === undefined && hasOwn(input, "target_cost_dollars")) return F
  v = input["target_cost_excludes_fees"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["target_cost_excludes_fees"] = v
  } else if (v === undefined && hasOwn(input, "target_cost_excludes_fees")) return F
  v = input["status"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["status"] = v
  } else if (v === undefined && hasOwn(input, "status")) return F
  v = input["created_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["created_ts"] = v
  } else if (v === undefined && hasOwn(input, "created_ts")) return F
  v = input["mve_collection_ticker"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["mve_collection_ticker"] = v
  } else if (v === undefined && hasOwn(input, "mve_collection_ticker")) return F
  v = input["mve_selected_legs"]
  if (v === undefined || v === null) out["mve_selected_legs"] = []
  else {
    const r291 = array(v, decodeMveSelectedLeg)
    if (r291 === F) return F
    out["mve_selected_legs"] = r291
  }
  v = input["rest_remainder"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["rest_remainder"] = v
  } else if (v === undefined && hasOwn(input, "rest_remainder")) return F
  v = input["cancellation_reason"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cancellation_reason"] = v
  } else if (v === undefined && hasOwn(input, "cancellation_reason")) return F
  v = input["creator_user_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["creator_user_id"] = v
  } else if (v === undefined && hasOwn(input, "creator_user_id")) return F
  v = input["creator_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["creator_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "creator_subaccount")) return F
  v = input["cancelled_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cancelled_ts"] = v
  } else if (v === undefined && hasOwn(input, "cancelled_ts")) return F
  v = input["updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "updated_ts")) return F
  return out
}

function decodeGetRFQResponse(input: unknown): Schemas.GetRFQResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetRFQResponse>
  let v: unknown
  v = input["rfq"]
  if (v === undefined) return F
  const r292 = decodeRFQ(v)
  if (r292 === F) return F
  out["rfq"] = r292
  return out
}

function decodeGetRFQsResponse(input: unknown): Schemas.GetRFQsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetRFQsResponse>
  let v: unknown
  v = input["rfqs"]
  if (v === undefined) return F
  if (v === null) out["rfqs"] = []
  else {
    const r293 = array(v, decodeRFQ)
    if (r293 === F) return F
    out["rfqs"] = r293
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeSeriesFeeChange(input: unknown): Schemas.SeriesFeeChange | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.SeriesFeeChange>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["series_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["series_ticker"] = v
  v = input["fee_type"]
  if (v !== undefined && v !== null) {
    const r294 = decodeFeeType(v)
    if (r294 === F) return F
    out["fee_type"] = r294
  } else if (v === undefined && hasOwn(input, "fee_type")) return F
  v = input["fee_multiplier"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["fee_multiplier"] = v
  } else if (v === undefined && hasOwn(input, "fee_multiplier")) return F
  v = input["scheduled_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["scheduled_ts"] = v
  } else if (v === undefined && hasOwn(input, "scheduled_ts")) return F
  return out
}

function decodeGetSeriesFeeChangesResponse(input: unknown): Schemas.GetSeriesFeeChangesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetSeriesFeeChangesResponse>
  let v: unknown
  v = input["series_fee_change_arr"]
  if (v === undefined) return F
  if (v === null) out["series_fee_change_arr"] = []
  else {
    const r295 = array(v, decodeSeriesFeeChange)
    if (r295 === F) return F
    out["series_fee_change_arr"] = r295
  }
  return out
}

function decodeSeries(input: unknown): Schemas.Series | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Series>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["frequency"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["frequency"] = v
  } else if (v === undefined && hasOwn(input, "frequency")) return F
  v = input["title"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["title"] = v
  } else if (v === undefined && hasOwn(input, "title")) return F
  v = input["category"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["category"] = v
  } else if (v === undefined && hasOwn(input, "category")) return F
  v = input["categories"]
  if (v === undefined || v === null) out["categories"] = []
  else {
    const r296 = array(v, string)
    if (r296 === F) return F
    out["categories"] = r296
  }
  v = input["tags"]
  if (v === undefined || v === null) out["tags"] = []
  else {
    const r297 = array(v, string)
    if (r297 === F) return F
    out["tags"] = r297
  }
  v = input["settlement_sources"]
  if (v === undefined || v === null) out["settlement_sources"] = []
  else {
    const r298 = array(v, decodeSettlementSource)
    if (r298 === F) return F
    out["settlement_sources"] = r298
  }
  v = input["contract_url"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["contract_url"] = v
  } else if (v === undefined && hasOwn(input, "contract_url")) return F
  v = input["contract_terms_url"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["contract_terms_url"] = v
  } else if (v === undefined && hasOwn(input, "contract_terms_url")) return F
  v = input["product_metadata"]
  if (v !== undefined && v !== null) {
    if (v === null || v === undefined) return F
    out["product_metadata"] = v
  } else if (v === undefined && hasOwn(input, "product_metadata")) return F
  v = input["fee_type"]
  if (v !== undefined && v !== null) {
    const r299 = decodeFeeType(v)
    if (r299 === F) return F
    out["fee_type"] = r299
  } else if (v === undefined && hasOwn(input, "fee_type")) return F
  v = input["fee_multiplier"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["fee_multiplier"] = v
  } else if (v === undefined && hasOwn(input, "fee_multiplier")) return F
  v = input["additional_prohibitions"]
  if (v === undefined || v === null) out["additional_prohibitions"] = []
  else {
    const r300 = array(v, string)
    if (r300 === F) return F
    out["additional_prohibitions"] = r300
  }
  v = input["volume_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d301 = FixedPoint.readCount(v)
    if (d301 === undefined) return F
    out["volume_fp"] = d301
  } else if (v === undefined && hasOwn(input, "volume_fp")) return F
  v = input["last_updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["last_updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "last_updated_ts")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r302 = decodeExchangeIndex(v)
    if (r302 === F) return F
    out["exchange_index"] = r302
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeGetSeriesListResponse(input: unknown): Schemas.GetSeriesListResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetSeriesListResponse>
  let v: unknown
  v = input["series"]
  if (v === undefined) return F
  if (v === null) out["series"] = []
  else {
    const r303 = array(v, decodeSeries)
    if (r303 === F) return F
    out["series"] = r303
  }
  return out
}

function decodeGetSeriesResponse(input: unknown): Schemas.GetSeriesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetSeriesResponse>
  let v: unknown
  v = input["series"]
  if (v === undefined) return F
  const r304 = decodeSeries(v)
  if (r304 === F) return F
  out["series"] = r304
  return out
}

function decodeSettlement(input: unknown): Schemas.Settlement | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Settlement>
  let v: unknown
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    const r305 = decodeExchangeIndex(v)
    if (r305 === F) return F
    out["exchange_index"] = r305
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["event_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["event_ticker"] = v
  v = input["market_result"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["market_result"] = v
  } else if (v === undefined && hasOwn(input, "market_result")) return F
  v = input["yes_count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d306 = FixedPoint.readCount(v)
    if (d306 === undefined) return F
    out["yes_count_fp"] = d306
  } else if (v === undefined && hasOwn(input, "yes_count_fp")) return F
  v = input["yes_total_cost_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d307 = FixedPoint.readDollars(v)
    if (d307 === undefined) return F
    out["yes_total_cost_dollars"] = d307
  } else if (v === undefined && hasOwn(input, "yes_total_cost_dollars")) return F
  v = input["no_count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d308 = FixedPoint.readCount(v)
    if (d308 === undefined) return F
    out["no_count_fp"] = d308
  } else if (v === undefined && hasOwn(input, "no_count_fp")) return F
  v = input["no_total_cost_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d309 = FixedPoint.readDollars(v)
    if (d309 === undefined) return F
    out["no_total_cost_dollars"] = d309
  } else if (v === undefined && hasOwn(input, "no_total_cost_dollars")) return F
  v = input["revenue"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["revenue"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "revenue")) return F
  v = input["settled_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["settled_time"] = v
  } else if (v === undefined && hasOwn(input, "settled_time")) return F
  v = input["fee_cost"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d310 = FixedPoint.readDollars(v)
    if (d310 === undefined) return F
    out["fee_cost"] = d310
  } else if (v === undefined && hasOwn(input, "fee_cost")) return F
  v = input["value"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["value"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "value")) return F
  return out
}

function decodeGetSettlementsResponse(input: unknown): Schemas.GetSettlementsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetSettlementsResponse>
  let v: unknown
  v = input["settlements"]
  if (v === undefined) return F
  if (v === null) out["settlements"] = []
  else {
    const r311 = array(v, decodeSettlement)
    if (r311 === F) return F
    out["settlements"] = r311
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeStructuredTarget(input: unknown): Schemas.StructuredTarget | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.StructuredTarget>
  let v: unknown
  v = input["id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["id"] = v
  } else if (v === undefined && hasOwn(input, "id")) return F
  v = input["name"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["name"] = v
  } else if (v === undefined && hasOwn(input, "name")) return F
  v = input["type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["type"] = v
  } else if (v === undefined && hasOwn(input, "type")) return F
  v = input["details"]
  if (v !== undefined && v !== null) {
    if (v === null || v === undefined) return F
    out["details"] = v
  } else if (v === undefined && hasOwn(input, "details")) return F
  v = input["source_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["source_id"] = v
  } else if (v === undefined && hasOwn(input, "source_id")) return F
  v = input["source_ids"]
  if (v !== undefined && v !== null) {
    const r312 = record(v, string)
    if (r312 === F) return F
    out["source_ids"] = r312
  } else if (v === undefined && hasOwn(input, "source_ids")) return F
  v = input["last_updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["last_updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "last_updated_ts")) return F
  return out
}

function decodeGetStructuredTargetResponse(input: unknown): Schemas.GetStructuredTargetResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetStructuredTargetResponse>
  let v: unknown
  v = input["structured_target"]
  if (v !== undefined && v !== null) {
    const r313 = decodeStructuredTarget(v)
    if (r313 === F) return F
    out["structured_target"] = r313
  } else if (v === undefined && hasOwn(input, "structured_target")) return F
  return out
}

function decodeGetStructuredTargetsResponse(input: unknown): Schemas.GetStructuredTargetsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetStructuredTargetsResponse>
  let v: unknown
  v = input["structured_targets"]
  if (v === undefined || v === null) out["structured_targets"] = []
  else {
    const r314 = array(v, decodeStructuredTarget)
    if (r314 === F) return F
    out["structured_targets"] = r314
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeSubaccountBalance(input: unknown): Schemas.SubaccountBalance | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.SubaccountBalance>
  let v: unknown
  v = input["subaccount_number"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount_number"] = v
  } else if (v === undefined && hasOwn(input, "subaccount_number")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["exchange_index"] = v
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["balance"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d315 = FixedPoint.readDollars(v)
    if (d315 === undefined) return F
    out["balance"] = d315
  } else if (v === undefined && hasOwn(input, "balance")) return F
  v = input["updated_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["updated_ts"] = v
  } else if (v === undefined && hasOwn(input, "updated_ts")) return F
  return out
}

function decodeGetSubaccountBalancesResponse(input: unknown): Schemas.GetSubaccountBalancesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetSubaccountBalancesResponse>
  let v: unknown
  v = input["subaccount_balances"]
  if (v === undefined) return F
  if (v === null) out["subaccount_balances"] = []
  else {
    const r316 = array(v, decodeSubaccountBalance)
    if (r316 === F) return F
    out["subaccount_balances"] = r316
  }
  return out
}

function decodeSubaccountNettingConfig(input: unknown): Schemas.SubaccountNettingConfig | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.SubaccountNettingConfig>
  let v: unknown
  v = input["subaccount_number"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount_number"] = v
  } else if (v === undefined && hasOwn(input, "subaccount_number")) return F
  v = input["enabled"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["enabled"] = v
  } else if (v === undefined && hasOwn(input, "enabled")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["exchange_index"] = v
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeGetSubaccountNettingResponse(input: unknown): Schemas.GetSubaccountNettingResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetSubaccountNettingResponse>
  let v: unknown
  v = input["netting_configs"]
  if (v === undefined) return F
  if (v === null) out["netting_configs"] = []
  else {
    const r317 = array(v, decodeSubaccountNettingConfig)
    if (r317 === F) return F
    out["netting_configs"] = r317
  }
  return out
}

function decodeSubaccountTransfer(input: unknown): Schemas.SubaccountTransfer | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.SubaccountTransfer>
  let v: unknown
  v = input["transfer_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["transfer_id"] = v
  } else if (v === undefined && hasOwn(input, "transfer_id")) return F
  v = input["from_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["from_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "from_subaccount")) return F
  v = input["to_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["to_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "to_subaccount")) return F
  v = input["amount_cents"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["amount_cents"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "amount_cents")) return F
  v = input["created_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["created_ts"] = v
  } else if (v === undefined && hasOwn(input, "created_ts")) return F
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["exchange_index"] = v
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  return out
}

function decodeGetSubaccountTransfersResponse(input: unknown): Schemas.GetSubaccountTransfersResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetSubaccountTransfersResponse>
  let v: unknown
  v = input["transfers"]
  if (v === undefined) return F
  if (v === null) out["transfers"] = []
  else {
    const r318 = array(v, decodeSubaccountTransfer)
    if (r318 === F) return F
    out["transfers"] = r318
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetTagsForSeriesCategoriesResponse(input: unknown): Schemas.GetTagsForSeriesCategoriesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetTagsForSeriesCategoriesResponse>
  let v: unknown
  v = input["tags_by_categories"]
  if (v === undefined) return F
  const r319 = record(v, h2)
  if (r319 === F) return F
  out["tags_by_categories"] = r319
  return out
}

function decodeRestingMarginReservation(v: unknown): Schemas.RestingMarginReservation | Fail {
  if (typeof v !== "string") return F
  return v
}

function decodeTargetBalanceAllocation(input: unknown): Schemas.TargetBalanceAllocation | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.TargetBalanceAllocation>
  let v: unknown
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["exchange_index"] = v
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["percent"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["percent"] = v
  } else if (v === undefined && hasOwn(input, "percent")) return F
  return out
}

function decodeGetTargetBalanceAllocationResponse(input: unknown): Schemas.GetTargetBalanceAllocationResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetTargetBalanceAllocationResponse>
  let v: unknown
  v = input["allocations"]
  if (v === undefined) return F
  if (v === null) out["allocations"] = []
  else {
    const r320 = array(v, decodeTargetBalanceAllocation)
    if (r320 === F) return F
    out["allocations"] = r320
  }
  v = input["resting_margin_reservation"]
  if (v !== undefined && v !== null) {
    const r321 = decodeRestingMarginReservation(v)
    if (r321 === F) return F
    out["resting_margin_reservation"] = r321
  } else if (v === undefined && hasOwn(input, "resting_margin_reservation")) return F
  return out
}

function decodeTrade(input: unknown): Schemas.Trade | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Trade>
  let v: unknown
  v = input["trade_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["trade_id"] = v
  v = input["ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["ticker"] = v
  v = input["count_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d322 = FixedPoint.readCount(v)
    if (d322 === undefined) return F
    out["count_fp"] = d322
  } else if (v === undefined && hasOwn(input, "count_fp")) return F
  v = input["yes_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d323 = FixedPoint.readDollars(v)
    if (d323 === undefined) return F
    out["yes_price_dollars"] = d323
  } else if (v === undefined && hasOwn(input, "yes_price_dollars")) return F
  v = input["no_price_dollars"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d324 = FixedPoint.readDollars(v)
    if (d324 === undefined) return F
    out["no_price_dollars"] = d324
  } else if (v === undefined && hasOwn(input, "no_price_dollars")) return F
  v = input["taker_side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["taker_side"] = v
  } else if (v === undefined && hasOwn(input, "taker_side")) return F
  v = input["taker_outcome_side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["taker_outcome_side"] = v
  } else if (v === undefined && hasOwn(input, "taker_outcome_side")) return F
  v = input["taker_book_side"]
  if (v !== undefined && v !== null) {
    const r325 = decodeBookSide(v)
    if (r325 === F) return F
    out["taker_book_side"] = r325
  } else if (v === undefined && hasOwn(input, "taker_book_side")) return F
  v = input["created_time"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["created_time"] = v
  } else if (v === undefined && hasOwn(input, "created_time")) return F
  v = input["is_block_trade"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["is_block_trade"] = v
  } else if (v === undefined && hasOwn(input, "is_block_trade")) return F
  return out
}

function decodeGetTradesResponse(input: unknown): Schemas.GetTradesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetTradesResponse>
  let v: unknown
  v = input["trades"]
  if (v === undefined) return F
  if (v === null) out["trades"] = []
  else {
    const r326 = array(v, decodeTrade)
    if (r326 === F) return F
    out["trades"] = r326
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeGetUserDataTimestampResponse(input: unknown): Schemas.GetUserDataTimestampResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetUserDataTimestampResponse>
  let v: unknown
  v = input["as_of_time"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["as_of_time"] = v
  return out
}

function decodeWeatherIndexCalibrationStation(input: unknown): Schemas.WeatherIndexCalibrationStation | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.WeatherIndexCalibrationStation>
  let v: unknown
  v = input["station_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["station_id"] = v
  } else if (v === undefined && hasOwn(input, "station_id")) return F
  v = input["weight"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["weight"] = v
  } else if (v === undefined && hasOwn(input, "weight")) return F
  v = input["offset_c"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["offset_c"] = v
  } else if (v === undefined && hasOwn(input, "offset_c")) return F
  v = input["update_note"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["update_note"] = v
  } else if (v === undefined && hasOwn(input, "update_note")) return F
  return out
}

function decodeWeatherIndexCalibration(input: unknown): Schemas.WeatherIndexCalibration | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.WeatherIndexCalibration>
  let v: unknown
  v = input["config_version"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["config_version"] = v
  } else if (v === undefined && hasOwn(input, "config_version")) return F
  v = input["published_at_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["published_at_ms"] = v
  } else if (v === undefined && hasOwn(input, "published_at_ms")) return F
  v = input["effective_at_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["effective_at_ms"] = v
  } else if (v === undefined && hasOwn(input, "effective_at_ms")) return F
  v = input["change_reason"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["change_reason"] = v
  } else if (v === undefined && hasOwn(input, "change_reason")) return F
  v = input["calibration_window_start_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["calibration_window_start_ms"] = v
  } else if (v === undefined && hasOwn(input, "calibration_window_start_ms")) return F
  v = input["calibration_window_end_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["calibration_window_end_ms"] = v
  } else if (v === undefined && hasOwn(input, "calibration_window_end_ms")) return F
  v = input["city_reference_c"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["city_reference_c"] = v
  } else if (v === undefined && hasOwn(input, "city_reference_c")) return F
  v = input["stations"]
  if (v === undefined || v === null) out["stations"] = []
  else {
    const r327 = array(v, decodeWeatherIndexCalibrationStation)
    if (r327 === F) return F
    out["stations"] = r327
  }
  return out
}

function decodeGetWeatherIndexCalibrationsResponse(input: unknown): Schemas.GetWeatherIndexCalibrationsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetWeatherIndexCalibrationsResponse>
  let v: unknown
  v = input["city"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["city"] = v
  } else if (v === undefined && hasOwn(input, "city")) return F
  v = input["units"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["units"] = v
  } else if (v === undefined && hasOwn(input, "units")) return F
  v = input["calibrations"]
  if (v === undefined) return F
  if (v === null) out["calibrations"] = []
  else {
    const r328 = array(v, decodeWeatherIndexCalibration)
    if (r328 === F) return F
    out["calibrations"] = r328
  }
  return out
}

function decodeWeatherIndexStationReading(input: unknown): Schemas.WeatherIndexStationReading | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.WeatherIndexStationReading>
  let v: unknown
  v = input["station_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["station_id"] = v
  } else if (v === undefined && hasOwn(input, "station_id")) return F
  v = input["code"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["code"] = v
  } else if (v === undefined && hasOwn(input, "code")) return F
  v = input["source"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["source"] = v
  } else if (v === undefined && hasOwn(input, "source")) return F
  v = input["temp_f"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["temp_f"] = v
  } else if (v === undefined && hasOwn(input, "temp_f")) return F
  v = input["obs_time_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["obs_time_ms"] = v
  } else if (v === undefined && hasOwn(input, "obs_time_ms")) return F
  v = input["received_at_ms"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["received_at_ms"] = v
  } else if (v === undefined && hasOwn(input, "received_at_ms")) return F
  v = input["primary_code"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["primary_code"] = v
  } else if (v === undefined && hasOwn(input, "primary_code")) return F
  return out
}

function decodeWeatherIndexPoint(input: unknown): Schemas.WeatherIndexPoint | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.WeatherIndexPoint>
  let v: unknown
  v = input["t"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["t"] = v
  } else if (v === undefined && hasOwn(input, "t")) return F
  v = input["v"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["v"] = v
  } else if (v === undefined && hasOwn(input, "v")) return F
  v = input["status"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["status"] = v
  } else if (v === undefined && hasOwn(input, "status")) return F
  v = input["contributors"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["contributors"] = v
  } else if (v === undefined && hasOwn(input, "contributors")) return F
  v = input["receipt_basis"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["receipt_basis"] = v
  } else if (v === undefined && hasOwn(input, "receipt_basis")) return F
  v = input["stations"]
  if (v === undefined || v === null) out["stations"] = []
  else {
    const r329 = array(v, decodeWeatherIndexStationReading)
    if (r329 === F) return F
    out["stations"] = r329
  }
  return out
}

function decodeGetWeatherIndexResponse(input: unknown): Schemas.GetWeatherIndexResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetWeatherIndexResponse>
  let v: unknown
  v = input["city"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["city"] = v
  } else if (v === undefined && hasOwn(input, "city")) return F
  v = input["config_version"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["config_version"] = v
  } else if (v === undefined && hasOwn(input, "config_version")) return F
  v = input["units"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["units"] = v
  } else if (v === undefined && hasOwn(input, "units")) return F
  v = input["timeseries"]
  if (v === undefined) return F
  if (v === null) out["timeseries"] = []
  else {
    const r330 = array(v, decodeWeatherIndexPoint)
    if (r330 === F) return F
    out["timeseries"] = r330
  }
  return out
}

function decodeWithdrawal(input: unknown): Schemas.Withdrawal | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.Withdrawal>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["id"] = v
  v = input["status"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["status"] = v
  } else if (v === undefined && hasOwn(input, "status")) return F
  v = input["type"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["type"] = v
  } else if (v === undefined && hasOwn(input, "type")) return F
  v = input["amount_cents"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["amount_cents"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "amount_cents")) return F
  v = input["fee_cents"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["fee_cents"] = BigDecimal.make(BigInt(v), 2)
  } else if (v === undefined && hasOwn(input, "fee_cents")) return F
  v = input["created_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["created_ts"] = v
  } else if (v === undefined && hasOwn(input, "created_ts")) return F
  v = input["finalized_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["finalized_ts"] = v
  } else if (v === undefined && hasOwn(input, "finalized_ts")) return F
  return out
}

function decodeGetWithdrawalsResponse(input: unknown): Schemas.GetWithdrawalsResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.GetWithdrawalsResponse>
  let v: unknown
  v = input["withdrawals"]
  if (v === undefined) return F
  if (v === null) out["withdrawals"] = []
  else {
    const r331 = array(v, decodeWithdrawal)
    if (r331 === F) return F
    out["withdrawals"] = r331
  }
  v = input["cursor"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["cursor"] = v
  } else if (v === undefined && hasOwn(input, "cursor")) return F
  return out
}

function decodeIntraExchangeInstanceTransferRequest(input: unknown): Schemas.IntraExchangeInstanceTransferRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.IntraExchangeInstanceTransferRequest>
  let v: unknown
  v = input["source"]
  if (v !== undefined && v !== null) {
    const r332 = decodeExchangeInstance(v)
    if (r332 === F) return F
    out["source"] = r332
  } else if (v === undefined && hasOwn(input, "source")) return F
  v = input["destination"]
  if (v !== undefined && v !== null) {
    const r333 = decodeExchangeInstance(v)
    if (r333 === F) return F
    out["destination"] = r333
  } else if (v === undefined && hasOwn(input, "destination")) return F
  v = input["amount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["amount"] = BigDecimal.make(BigInt(v), 4)
  } else if (v === undefined && hasOwn(input, "amount")) return F
  v = input["source_exchange_shard"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["source_exchange_shard"] = v
  } else if (v === undefined && hasOwn(input, "source_exchange_shard")) return F
  v = input["destination_exchange_shard"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["destination_exchange_shard"] = v
  } else if (v === undefined && hasOwn(input, "destination_exchange_shard")) return F
  v = input["source_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["source_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "source_subaccount")) return F
  v = input["destination_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["destination_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "destination_subaccount")) return F
  return out
}

function decodeIntraExchangeInstanceTransferResponse(input: unknown): Schemas.IntraExchangeInstanceTransferResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.IntraExchangeInstanceTransferResponse>
  let v: unknown
  v = input["transfer_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["transfer_id"] = v
  return out
}

function decodeListFCMSubtradersResponse(input: unknown): Schemas.ListFCMSubtradersResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ListFCMSubtradersResponse>
  let v: unknown
  v = input["subtraders"]
  if (v === undefined) return F
  if (v === null) out["subtraders"] = []
  else {
    const r334 = array(v, decodeFCMSubtrader)
    if (r334 === F) return F
    out["subtraders"] = r334
  }
  return out
}

function decodeProposeBlockTradeRequest(input: unknown): Schemas.ProposeBlockTradeRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ProposeBlockTradeRequest>
  let v: unknown
  v = input["buyer_user_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["buyer_user_id"] = v
  } else if (v === undefined && hasOwn(input, "buyer_user_id")) return F
  v = input["buyer_subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["buyer_subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "buyer_subtrader_id")) return F
  v = input["buyer_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["buyer_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "buyer_subaccount")) return F
  v = input["seller_user_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["seller_user_id"] = v
  } else if (v === undefined && hasOwn(input, "seller_user_id")) return F
  v = input["seller_subtrader_id"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["seller_subtrader_id"] = v
  } else if (v === undefined && hasOwn(input, "seller_subtrader_id")) return F
  v = input["seller_subaccount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["seller_subaccount"] = v
  } else if (v === undefined && hasOwn(input, "seller_subaccount")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["market_ticker"] = v
  v = input["price_centi_cents"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["price_centi_cents"] = BigDecimal.make(BigInt(v), 4)
  } else if (v === undefined && hasOwn(input, "price_centi_cents")) return F
  v = input["centicount"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["centicount"] = v
  } else if (v === undefined && hasOwn(input, "centicount")) return F
  v = input["maker_side"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["maker_side"] = v
  } else if (v === undefined && hasOwn(input, "maker_side")) return F
  v = input["expiration_ts"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["expiration_ts"] = v
  } else if (v === undefined && hasOwn(input, "expiration_ts")) return F
  return out
}

function decodeProposeBlockTradeResponse(input: unknown): Schemas.ProposeBlockTradeResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.ProposeBlockTradeResponse>
  let v: unknown
  v = input["block_trade_proposal_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["block_trade_proposal_id"] = v
  return out
}

function decodeTargetBalanceAllocationInput(input: unknown): Schemas.TargetBalanceAllocationInput | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.TargetBalanceAllocationInput>
  let v: unknown
  v = input["exchange_index"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["exchange_index"] = v
  } else if (v === undefined && hasOwn(input, "exchange_index")) return F
  v = input["percent"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["percent"] = v
  } else if (v === undefined && hasOwn(input, "percent")) return F
  return out
}

function decodeSetTargetBalanceAllocationRequest(input: unknown): Schemas.SetTargetBalanceAllocationRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.SetTargetBalanceAllocationRequest>
  let v: unknown
  v = input["allocations"]
  if (v === undefined || v === null) out["allocations"] = []
  else {
    const r335 = array(v, decodeTargetBalanceAllocationInput)
    if (r335 === F) return F
    out["allocations"] = r335
  }
  v = input["resting_margin_reservation"]
  if (v !== undefined && v !== null) {
    const r336 = decodeRestingMarginReservation(v)
    if (r336 === F) return F
    out["resting_margin_reservation"] = r336
  } else if (v === undefined && hasOwn(input, "resting_margin_reservation")) return F
  return out
}

function decodeUpdateFCMEventContractDailyCapRequest(input: unknown): Schemas.UpdateFCMEventContractDailyCapRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.UpdateFCMEventContractDailyCapRequest>
  let v: unknown
  v = input["subtrader_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["subtrader_id"] = v
  v = input["limit"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d337 = FixedPoint.readDollars(v)
    if (d337 === undefined) return F
    out["limit"] = d337
  } else if (v === undefined && hasOwn(input, "limit")) return F
  return out
}

function decodeUpdateFCMSubtraderBlockedCategoriesRequest(input: unknown): Schemas.UpdateFCMSubtraderBlockedCategoriesRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.UpdateFCMSubtraderBlockedCategoriesRequest>
  let v: unknown
  v = input["subtrader_id"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  out["subtrader_id"] = v
  v = input["category"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "string") return F
    out["category"] = v
  } else if (v === undefined && hasOwn(input, "category")) return F
  v = input["blocked"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["blocked"] = v
  } else if (v === undefined && hasOwn(input, "blocked")) return F
  return out
}

function decodeUpdateFCMSubtraderBlockedCategoriesResponse(input: unknown): Schemas.UpdateFCMSubtraderBlockedCategoriesResponse | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.UpdateFCMSubtraderBlockedCategoriesResponse>
  let v: unknown
  v = input["categories"]
  if (v === undefined) return F
  if (v === null) out["categories"] = []
  else {
    const r338 = array(v, string)
    if (r338 === F) return F
    out["categories"] = r338
  }
  return out
}

function decodeUpdateOrderGroupLimitRequest(input: unknown): Schemas.UpdateOrderGroupLimitRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.UpdateOrderGroupLimitRequest>
  let v: unknown
  v = input["contracts_limit"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["contracts_limit"] = v
  } else if (v === undefined && hasOwn(input, "contracts_limit")) return F
  v = input["contracts_limit_fp"]
  if (v !== undefined && v !== null && v !== "") {
    if (typeof v !== "string") return F
    const d339 = FixedPoint.readCount(v)
    if (d339 === undefined) return F
    out["contracts_limit_fp"] = d339
  } else if (v === undefined && hasOwn(input, "contracts_limit_fp")) return F
  return out
}

function decodeUpdateSubaccountNettingRequest(input: unknown): Schemas.UpdateSubaccountNettingRequest | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Schemas.UpdateSubaccountNettingRequest>
  let v: unknown
  v = input["subaccount_number"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "number") return F
    out["subaccount_number"] = v
  } else if (v === undefined && hasOwn(input, "subaccount_number")) return F
  v = input["enabled"]
  if (v !== undefined && v !== null) {
    if (typeof v !== "boolean") return F
    out["enabled"] = v
  } else if (v === undefined && hasOwn(input, "enabled")) return F
  return out
}

function decodeUserFilter(v: unknown): Schemas.UserFilter | Fail {
  if (typeof v !== "string") return F
  return v
}

/**
 * The fast decoder of every component, by name: the value the component's schema decodes the input to,
 * or `F` when the interpreter must decide.
 */
export const decoders = {
  AcceptBlockTradeProposalRequest: decodeAcceptBlockTradeProposalRequest,
  AcceptQuoteRequest: decodeAcceptQuoteRequest,
  AccountApiUsageLevelVolumeGoal: decodeAccountApiUsageLevelVolumeGoal,
  AccountApiUsageLevelVolumeProgress: decodeAccountApiUsageLevelVolumeProgress,
  ExchangeIndex: decodeExchangeIndex,
  AmendOrderRequest: decodeAmendOrderRequest,
  BookSide: decodeBookSide,
  OrderStatus: decodeOrderStatus,
  SelfTradePreventionType: decodeSelfTradePreventionType,
  Order: decodeOrder,
  AmendOrderResponse: decodeAmendOrderResponse,
  AmendOrderV2Request: decodeAmendOrderV2Request,
  AmendOrderV2Response: decodeAmendOrderV2Response,
  ApiKeyScope: decodeApiKeyScope,
  ApiKey: decodeApiKey,
  ApiKeyType: decodeApiKeyType,
  ExchangeInstance: decodeExchangeInstance,
  ApiUsageLevelGrant: decodeApiUsageLevelGrant,
  ApplySubaccountTransferRequest: decodeApplySubaccountTransferRequest,
  ApplySubaccountTransferResponse: decodeApplySubaccountTransferResponse,
  AssociatedEvent: decodeAssociatedEvent,
  ErrorResponse: decodeErrorResponse,
  BatchCancelOrdersIndividualResponse: decodeBatchCancelOrdersIndividualResponse,
  BatchCancelOrdersRequestOrder: decodeBatchCancelOrdersRequestOrder,
  BatchCancelOrdersRequest: decodeBatchCancelOrdersRequest,
  BatchCancelOrdersResponse: decodeBatchCancelOrdersResponse,
  BatchCancelOrdersV2Request: decodeBatchCancelOrdersV2Request,
  BatchCancelOrdersV2Response: decodeBatchCancelOrdersV2Response,
  BatchCreateOrdersIndividualResponse: decodeBatchCreateOrdersIndividualResponse,
  CreateOrderRequest: decodeCreateOrderRequest,
  BatchCreateOrdersRequest: decodeBatchCreateOrdersRequest,
  BatchCreateOrdersResponse: decodeBatchCreateOrdersResponse,
  CreateOrderV2Request: decodeCreateOrderV2Request,
  BatchCreateOrdersV2Request: decodeBatchCreateOrdersV2Request,
  BatchCreateOrdersV2Response: decodeBatchCreateOrdersV2Response,
  BidAskDistribution: decodeBidAskDistribution,
  PriceDistribution: decodePriceDistribution,
  MarketCandlestick: decodeMarketCandlestick,
  MarketCandlesticksResponse: decodeMarketCandlesticksResponse,
  BatchGetMarketCandlesticksResponse: decodeBatchGetMarketCandlesticksResponse,
  BidAskDistributionHistorical: decodeBidAskDistributionHistorical,
  BlockTradeProposal: decodeBlockTradeProposal,
  BucketLimit: decodeBucketLimit,
  CancelOrderV2Response: decodeCancelOrderV2Response,
  CreateApiKeyRequest: decodeCreateApiKeyRequest,
  CreateApiKeyResponse: decodeCreateApiKeyResponse,
  CreateFCMSubtraderRequest: decodeCreateFCMSubtraderRequest,
  CreateFCMSubtraderResponse: decodeCreateFCMSubtraderResponse,
  TickerPair: decodeTickerPair,
  CreateMarketInMultivariateEventCollectionRequest: decodeCreateMarketInMultivariateEventCollectionRequest,
  MveSelectedLeg: decodeMveSelectedLeg,
  PriceRange: decodePriceRange,
  Market: decodeMarket,
  CreateMarketInMultivariateEventCollectionResponse: decodeCreateMarketInMultivariateEventCollectionResponse,
  CreateOrderGroupRequest: decodeCreateOrderGroupRequest,
  CreateOrderGroupResponse: decodeCreateOrderGroupResponse,
  CreateOrderResponse: decodeCreateOrderResponse,
  CreateOrderV2Response: decodeCreateOrderV2Response,
  CreateQuoteRequest: decodeCreateQuoteRequest,
  CreateQuoteResponse: decodeCreateQuoteResponse,
  CreateRFQRequest: decodeCreateRFQRequest,
  CreateRFQResponse: decodeCreateRFQResponse,
  CreateSubaccountRequest: decodeCreateSubaccountRequest,
  CreateSubaccountResponse: decodeCreateSubaccountResponse,
  DailySchedule: decodeDailySchedule,
  DecreaseOrderV2Request: decodeDecreaseOrderV2Request,
  DecreaseOrderV2Response: decodeDecreaseOrderV2Response,
  Deposit: decodeDeposit,
  EmptyResponse: decodeEmptyResponse,
  EndpointTokenCost: decodeEndpointTokenCost,
  SettlementSource: decodeSettlementSource,
  EventData: decodeEventData,
  FeeType: decodeFeeType,
  EventFeeChange: decodeEventFeeChange,
  EventLiveData: decodeEventLiveData,
  EventPosition: decodeEventPosition,
  ExchangeIndexStatus: decodeExchangeIndexStatus,
  ExchangeStatus: decodeExchangeStatus,
  FCMSubtrader: decodeFCMSubtrader,
  OutcomeSide: decodeOutcomeSide,
  FcmFill: decodeFcmFill,
  Fill: decodeFill,
  FixedPointCount: decodeFixedPointCount,
  FixedPointDollars: decodeFixedPointDollars,
  PercentilePoint: decodePercentilePoint,
  ForecastPercentilesPoint: decodeForecastPercentilesPoint,
  GenerateApiKeyRequest: decodeGenerateApiKeyRequest,
  GenerateApiKeyResponse: decodeGenerateApiKeyResponse,
  GetAccountApiLimitsResponse: decodeGetAccountApiLimitsResponse,
  GetAccountApiUsageLevelVolumeProgressResponse: decodeGetAccountApiUsageLevelVolumeProgressResponse,
  GetAccountEndpointCostsResponse: decodeGetAccountEndpointCostsResponse,
  GetApiKeysResponse: decodeGetApiKeysResponse,
  IndexedBalance: decodeIndexedBalance,
  GetBalanceResponse: decodeGetBalanceResponse,
  GetBlockTradeProposalsResponse: decodeGetBlockTradeProposalsResponse,
  GetCommunicationsIDResponse: decodeGetCommunicationsIDResponse,
  GetDepositsResponse: decodeGetDepositsResponse,
  GetEventCandlesticksResponse: decodeGetEventCandlesticksResponse,
  GetEventFeeChangesResponse: decodeGetEventFeeChangesResponse,
  GetEventForecastPercentilesHistoryResponse: decodeGetEventForecastPercentilesHistoryResponse,
  GetEventLiveDataResponse: decodeGetEventLiveDataResponse,
  MarketMetadata: decodeMarketMetadata,
  GetEventMetadataResponse: decodeGetEventMetadataResponse,
  GetEventResponse: decodeGetEventResponse,
  Milestone: decodeMilestone,
  GetEventsResponse: decodeGetEventsResponse,
  MaintenanceWindow: decodeMaintenanceWindow,
  WeeklySchedule: decodeWeeklySchedule,
  Schedule: decodeSchedule,
  GetExchangeScheduleResponse: decodeGetExchangeScheduleResponse,
  GetFCMEventContractDailyCapResponse: decodeGetFCMEventContractDailyCapResponse,
  GetFCMSubtraderBlockedCategoriesResponse: decodeGetFCMSubtraderBlockedCategoriesResponse,
  GetFcmFillsResponse: decodeGetFcmFillsResponse,
  GetFillsResponse: decodeGetFillsResponse,
  ScopeList: decodeScopeList,
  SportFilterDetails: decodeSportFilterDetails,
  GetFiltersBySportsResponse: decodeGetFiltersBySportsResponse,
  PlayByPlay: decodePlayByPlay,
  GetGameStatsResponse: decodeGetGameStatsResponse,
  GetHistoricalCutoffResponse: decodeGetHistoricalCutoffResponse,
  IncentiveProgram: decodeIncentiveProgram,
  GetIncentiveProgramsResponse: decodeGetIncentiveProgramsResponse,
  IntraExchangeInstanceTransferStatus: decodeIntraExchangeInstanceTransferStatus,
  IntraExchangeInstanceTransfer: decodeIntraExchangeInstanceTransfer,
  GetIntraExchangeInstanceTransferResponse: decodeGetIntraExchangeInstanceTransferResponse,
  GetIntraExchangeInstanceTransfersResponse: decodeGetIntraExchangeInstanceTransfersResponse,
  LiveData: decodeLiveData,
  GetLiveDataResponse: decodeGetLiveDataResponse,
  GetLiveDatasResponse: decodeGetLiveDatasResponse,
  PriceDistributionHistorical: decodePriceDistributionHistorical,
  MarketCandlestickHistorical: decodeMarketCandlestickHistorical,
  GetMarketCandlesticksHistoricalResponse: decodeGetMarketCandlesticksHistoricalResponse,
  GetMarketCandlesticksResponse: decodeGetMarketCandlesticksResponse,
  PriceLevelDollarsCountFp: decodePriceLevelDollarsCountFp,
  OrderbookCountFp: decodeOrderbookCountFp,
  GetMarketOrderbookResponse: decodeGetMarketOrderbookResponse,
  MarketOrderbookFp: decodeMarketOrderbookFp,
  GetMarketOrderbooksResponse: decodeGetMarketOrderbooksResponse,
  GetMarketResponse: decodeGetMarketResponse,
  GetMarketsResponse: decodeGetMarketsResponse,
  GetMilestoneResponse: decodeGetMilestoneResponse,
  GetMilestonesResponse: decodeGetMilestonesResponse,
  MultivariateEventCollection: decodeMultivariateEventCollection,
  GetMultivariateEventCollectionResponse: decodeGetMultivariateEventCollectionResponse,
  GetMultivariateEventCollectionsResponse: decodeGetMultivariateEventCollectionsResponse,
  GetMultivariateEventsResponse: decodeGetMultivariateEventsResponse,
  GetOrderGroupResponse: decodeGetOrderGroupResponse,
  OrderGroup: decodeOrderGroup,
  GetOrderGroupsResponse: decodeGetOrderGroupsResponse,
  GetOrderQueuePositionResponse: decodeGetOrderQueuePositionResponse,
  OrderQueuePosition: decodeOrderQueuePosition,
  GetOrderQueuePositionsResponse: decodeGetOrderQueuePositionsResponse,
  GetOrderResponse: decodeGetOrderResponse,
  GetOrdersResponse: decodeGetOrdersResponse,
  GetPortfolioRestingOrderTotalValueResponse: decodeGetPortfolioRestingOrderTotalValueResponse,
  MarketPosition: decodeMarketPosition,
  GetPositionsResponse: decodeGetPositionsResponse,
  Quote: decodeQuote,
  GetQuoteResponse: decodeGetQuoteResponse,
  GetQuotesResponse: decodeGetQuotesResponse,
  RFQ: decodeRFQ,
  GetRFQResponse: decodeGetRFQResponse,
  GetRFQsResponse: decodeGetRFQsResponse,
  SeriesFeeChange: decodeSeriesFeeChange,
  GetSeriesFeeChangesResponse: decodeGetSeriesFeeChangesResponse,
  Series: decodeSeries,
  GetSeriesListResponse: decodeGetSeriesListResponse,
  GetSeriesResponse: decodeGetSeriesResponse,
  Settlement: decodeSettlement,
  GetSettlementsResponse: decodeGetSettlementsResponse,
  StructuredTarget: decodeStructuredTarget,
  GetStructuredTargetResponse: decodeGetStructuredTargetResponse,
  GetStructuredTargetsResponse: decodeGetStructuredTargetsResponse,
  SubaccountBalance: decodeSubaccountBalance,
  GetSubaccountBalancesResponse: decodeGetSubaccountBalancesResponse,
  SubaccountNettingConfig: decodeSubaccountNettingConfig,
  GetSubaccountNettingResponse: decodeGetSubaccountNettingResponse,
  SubaccountTransfer: decodeSubaccountTransfer,
  GetSubaccountTransfersResponse: decodeGetSubaccountTransfersResponse,
  GetTagsForSeriesCategoriesResponse: decodeGetTagsForSeriesCategoriesResponse,
  RestingMarginReservation: decodeRestingMarginReservation,
  TargetBalanceAllocation: decodeTargetBalanceAllocation,
  GetTargetBalanceAllocationResponse: decodeGetTargetBalanceAllocationResponse,
  Trade: decodeTrade,
  GetTradesResponse: decodeGetTradesResponse,
  GetUserDataTimestampResponse: decodeGetUserDataTimestampResponse,
  WeatherIndexCalibrationStation: decodeWeatherIndexCalibrationStation,
  WeatherIndexCalibration: decodeWeatherIndexCalibration,
  GetWeatherIndexCalibrationsResponse: decodeGetWeatherIndexCalibrationsResponse,
  WeatherIndexStationReading: decodeWeatherIndexStationReading,
  WeatherIndexPoint: decodeWeatherIndexPoint,
  GetWeatherIndexResponse: decodeGetWeatherIndexResponse,
  Withdrawal: decodeWithdrawal,
  GetWithdrawalsResponse: decodeGetWithdrawalsResponse,
  IntraExchangeInstanceTransferRequest: decodeIntraExchangeInstanceTransferRequest,
  IntraExchangeInstanceTransferResponse: decodeIntraExchangeInstanceTransferResponse,
  ListFCMSubtradersResponse: decodeListFCMSubtradersResponse,
  ProposeBlockTradeRequest: decodeProposeBlockTradeRequest,
  ProposeBlockTradeResponse: decodeProposeBlockTradeResponse,
  TargetBalanceAllocationInput: decodeTargetBalanceAllocationInput,
  SetTargetBalanceAllocationRequest: decodeSetTargetBalanceAllocationRequest,
  UpdateFCMEventContractDailyCapRequest: decodeUpdateFCMEventContractDailyCapRequest,
  UpdateFCMSubtraderBlockedCategoriesRequest: decodeUpdateFCMSubtraderBlockedCategoriesRequest,
  UpdateFCMSubtraderBlockedCategoriesResponse: decodeUpdateFCMSubtraderBlockedCategoriesResponse,
  UpdateOrderGroupLimitRequest: decodeUpdateOrderGroupLimitRequest,
  UpdateSubaccountNettingRequest: decodeUpdateSubaccountNettingRequest,
  UserFilter: decodeUserFilter
} as const
