/**
 * The fast decoders of the WebSocket data messages: for each message `type`, the message (exactly what the
 * schema's interpreter builds: its properties, in the same order, on the prototype of the class passed in),
 * or `F` when the frame is not in the plain shape the decoder knows and the interpreter must decide (for the
 * message or the precise error).
 *
 * Decoded by the interpreter alone (the generator writes no code for):
 * - `market_lifecycle_v2`: a union of message classes
 *
 * GENERATED FILE: do not edit. Produced by `npm run codegen` (packages/ws/scripts/codegen.ts) from the schemas
 * of `Messages.ts`. Tests fail when it differs from what they generate.
 *
 * @internal
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as BigDecimal from "effect/BigDecimal"
import type * as Messages from "../../Messages.js"
import { array, F, hasOwn, isPlainObject, record, unknown, type Fail, type Mutable, type Props } from "../decodeRuntime.js"

const h0 = (u: unknown): Props<typeof Messages.OrderbookSnapshot>["msg"]["yes_dollars_fp"][number] | Fail => {
  if (!Array.isArray(u) || u.length !== 2) return F
  let v: unknown
  v = u[0]
  if (typeof v !== "string") return F
  const d2 = FixedPoint.readDollars(v)
  if (d2 === undefined) return F
  const e3 = d2
  v = u[1]
  if (typeof v !== "string") return F
  const d4 = FixedPoint.readCount(v)
  if (d4 === undefined) return F
  const e5 = d4
  return [e3, e5]
}
const h1 = (v: unknown): Props<typeof Messages.CfBenchmarksIndexList>["msg"]["index_ids"][number] | Fail => {
  if (!(typeof v === "string")) return F
  return v
}
const h2 = (v: unknown): Props<typeof Messages.CfBenchmarks5HzIndexList>["msg"]["index_ids"][number] | Fail => {
  if (!(typeof v === "string")) return F
  return v
}
const h3 = (v: unknown): Props<typeof Messages.PythUnderlyingList>["msg"]["underlying_tickers"][number] | Fail => {
  if (!(typeof v === "string")) return F
  return v
}

export function decode_orderbook_snapshot(input: unknown, Class: { readonly prototype: Messages.OrderbookSnapshot }): Messages.OrderbookSnapshot | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.OrderbookSnapshot>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "orderbook_snapshot")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["id"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["id"] = v
  } else if (hasOwn(input, "id")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r0 = struct1(v)
  if (r0 === F) return F
  out["msg"] = r0
  return out
}

function struct1(input: unknown): Props<typeof Messages.OrderbookSnapshot>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.OrderbookSnapshot>["msg"]>
  let v: unknown
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["market_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["market_id"] = v
  } else if (hasOwn(input, "market_id")) return F
  v = input["yes_dollars_fp"]
  if (v === undefined || v === null) out["yes_dollars_fp"] = []
  else {
    const r6 = array(v, h0)
    if (r6 === F) return F
    out["yes_dollars_fp"] = r6
  }
  v = input["no_dollars_fp"]
  if (v === undefined || v === null) out["no_dollars_fp"] = []
  else {
    const r7 = array(v, h0)
    if (r7 === F) return F
    out["no_dollars_fp"] = r7
  }
  return out
}

export function decode_orderbook_delta(input: unknown, Class: { readonly prototype: Messages.OrderbookDelta }): Messages.OrderbookDelta | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.OrderbookDelta>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "orderbook_delta")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r8 = struct9(v)
  if (r8 === F) return F
  out["msg"] = r8
  return out
}

function struct9(input: unknown): Props<typeof Messages.OrderbookDelta>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.OrderbookDelta>["msg"]>
  let v: unknown
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["market_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["market_id"] = v
  } else if (hasOwn(input, "market_id")) return F
  v = input["price_dollars"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d10 = FixedPoint.readDollars(v)
  if (d10 === undefined) return F
  out["price_dollars"] = d10
  v = input["delta_fp"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d11 = FixedPoint.readCount(v)
  if (d11 === undefined) return F
  out["delta_fp"] = d11
  v = input["side"]
  if (v === undefined) return F
  if (!(v === "yes" || v === "no")) return F
  out["side"] = v
  v = input["client_order_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["client_order_id"] = v
  } else if (hasOwn(input, "client_order_id")) return F
  v = input["ts"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["ts"] = v
  } else if (hasOwn(input, "ts")) return F
  v = input["ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["ts_ms"] = v
  } else if (hasOwn(input, "ts_ms")) return F
  v = input["subaccount"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["subaccount"] = v
  } else if (hasOwn(input, "subaccount")) return F
  return out
}

export function decode_ticker(input: unknown, Class: { readonly prototype: Messages.Ticker }): Messages.Ticker | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.Ticker>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "ticker")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r12 = struct13(v)
  if (r12 === F) return F
  out["msg"] = r12
  return out
}

function struct13(input: unknown): Props<typeof Messages.Ticker>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.Ticker>["msg"]>
  let v: unknown
  v = input["market_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["market_id"] = v
  } else if (hasOwn(input, "market_id")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["price_dollars"]
  if (v !== undefined && v !== "") {
    if (typeof v !== "string") return F
    const d14 = FixedPoint.readDollars(v)
    if (d14 === undefined) return F
    out["price_dollars"] = d14
  } else if (hasOwn(input, "price_dollars")) return F
  v = input["yes_bid_dollars"]
  if (v !== undefined && v !== "") {
    if (typeof v !== "string") return F
    const d15 = FixedPoint.readDollars(v)
    if (d15 === undefined) return F
    out["yes_bid_dollars"] = d15
  } else if (hasOwn(input, "yes_bid_dollars")) return F
  v = input["yes_ask_dollars"]
  if (v !== undefined && v !== "") {
    if (typeof v !== "string") return F
    const d16 = FixedPoint.readDollars(v)
    if (d16 === undefined) return F
    out["yes_ask_dollars"] = d16
  } else if (hasOwn(input, "yes_ask_dollars")) return F
  v = input["volume_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d17 = FixedPoint.readCount(v)
    if (d17 === undefined) return F
    out["volume_fp"] = d17
  } else if (hasOwn(input, "volume_fp")) return F
  v = input["open_interest_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d18 = FixedPoint.readCount(v)
    if (d18 === undefined) return F
    out["open_interest_fp"] = d18
  } else if (hasOwn(input, "open_interest_fp")) return F
  v = input["dollar_volume"]
  if (v !== undefined) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["dollar_volume"] = BigDecimal.make(BigInt(v), 0)
  } else if (hasOwn(input, "dollar_volume")) return F
  v = input["dollar_open_interest"]
  if (v !== undefined) {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) return F
    out["dollar_open_interest"] = BigDecimal.make(BigInt(v), 0)
  } else if (hasOwn(input, "dollar_open_interest")) return F
  v = input["yes_bid_size_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d21 = FixedPoint.readCount(v)
    if (d21 === undefined) return F
    out["yes_bid_size_fp"] = d21
  } else if (hasOwn(input, "yes_bid_size_fp")) return F
  v = input["yes_ask_size_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d22 = FixedPoint.readCount(v)
    if (d22 === undefined) return F
    out["yes_ask_size_fp"] = d22
  } else if (hasOwn(input, "yes_ask_size_fp")) return F
  v = input["last_trade_size_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d23 = FixedPoint.readCount(v)
    if (d23 === undefined) return F
    out["last_trade_size_fp"] = d23
  } else if (hasOwn(input, "last_trade_size_fp")) return F
  v = input["ts"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["ts"] = v
  } else if (hasOwn(input, "ts")) return F
  v = input["ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["ts_ms"] = v
  } else if (hasOwn(input, "ts_ms")) return F
  v = input["time"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["time"] = v
  } else if (hasOwn(input, "time")) return F
  return out
}

export function decode_trade(input: unknown, Class: { readonly prototype: Messages.Trade }): Messages.Trade | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.Trade>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "trade")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r24 = struct25(v)
  if (r24 === F) return F
  out["msg"] = r24
  return out
}

function struct25(input: unknown): Props<typeof Messages.Trade>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.Trade>["msg"]>
  let v: unknown
  v = input["trade_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["trade_id"] = v
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["yes_price_dollars"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d26 = FixedPoint.readDollars(v)
  if (d26 === undefined) return F
  out["yes_price_dollars"] = d26
  v = input["no_price_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d27 = FixedPoint.readDollars(v)
    if (d27 === undefined) return F
    out["no_price_dollars"] = d27
  } else if (hasOwn(input, "no_price_dollars")) return F
  v = input["count_fp"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d28 = FixedPoint.readCount(v)
  if (d28 === undefined) return F
  out["count_fp"] = d28
  v = input["taker_side"]
  if (v !== undefined) {
    if (!(v === "yes" || v === "no" || typeof v === "string")) return F
    out["taker_side"] = v
  } else if (hasOwn(input, "taker_side")) return F
  v = input["taker_outcome_side"]
  if (v !== undefined) {
    if (!(v === "yes" || v === "no" || typeof v === "string")) return F
    out["taker_outcome_side"] = v
  } else if (hasOwn(input, "taker_outcome_side")) return F
  v = input["taker_book_side"]
  if (v !== undefined) {
    if (!(v === "bid" || v === "ask" || typeof v === "string")) return F
    out["taker_book_side"] = v
  } else if (hasOwn(input, "taker_book_side")) return F
  v = input["is_block_trade"]
  if (v !== undefined) {
    if (!(typeof v === "boolean")) return F
    out["is_block_trade"] = v
  } else if (hasOwn(input, "is_block_trade")) return F
  v = input["ts"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["ts"] = v
  } else if (hasOwn(input, "ts")) return F
  v = input["ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["ts_ms"] = v
  } else if (hasOwn(input, "ts_ms")) return F
  return out
}

export function decode_fill(input: unknown, Class: { readonly prototype: Messages.Fill }): Messages.Fill | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.Fill>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "fill")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r29 = struct30(v)
  if (r29 === F) return F
  out["msg"] = r29
  return out
}

function struct30(input: unknown): Props<typeof Messages.Fill>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.Fill>["msg"]>
  let v: unknown
  v = input["trade_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["trade_id"] = v
  v = input["order_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["order_id"] = v
  v = input["client_order_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["client_order_id"] = v
  } else if (hasOwn(input, "client_order_id")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["exchange_index"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["exchange_index"] = v
  } else if (hasOwn(input, "exchange_index")) return F
  v = input["is_taker"]
  if (v !== undefined) {
    if (!(typeof v === "boolean")) return F
    out["is_taker"] = v
  } else if (hasOwn(input, "is_taker")) return F
  v = input["side"]
  if (v !== undefined) {
    if (!(v === "yes" || v === "no" || typeof v === "string")) return F
    out["side"] = v
  } else if (hasOwn(input, "side")) return F
  v = input["ts"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["ts"] = v
  } else if (hasOwn(input, "ts")) return F
  v = input["ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["ts_ms"] = v
  } else if (hasOwn(input, "ts_ms")) return F
  v = input["yes_price_dollars"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d31 = FixedPoint.readDollars(v)
  if (d31 === undefined) return F
  out["yes_price_dollars"] = d31
  v = input["count_fp"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d32 = FixedPoint.readCount(v)
  if (d32 === undefined) return F
  out["count_fp"] = d32
  v = input["fee_cost"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d33 = FixedPoint.readDollars(v)
    if (d33 === undefined) return F
    out["fee_cost"] = d33
  } else if (hasOwn(input, "fee_cost")) return F
  v = input["action"]
  if (v !== undefined) {
    if (!(v === "buy" || v === "sell" || v === "sell_partial" || v === "sell_to_close" || v === "" || typeof v === "string")) return F
    out["action"] = v
  } else if (hasOwn(input, "action")) return F
  v = input["post_position_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d34 = FixedPoint.readCount(v)
    if (d34 === undefined) return F
    out["post_position_fp"] = d34
  } else if (hasOwn(input, "post_position_fp")) return F
  v = input["purchased_side"]
  if (v !== undefined) {
    if (!(v === "yes" || v === "no" || typeof v === "string")) return F
    out["purchased_side"] = v
  } else if (hasOwn(input, "purchased_side")) return F
  v = input["outcome_side"]
  if (v !== undefined) {
    if (!(v === "yes" || v === "no" || typeof v === "string")) return F
    out["outcome_side"] = v
  } else if (hasOwn(input, "outcome_side")) return F
  v = input["book_side"]
  if (v !== undefined) {
    if (!(v === "bid" || v === "ask" || typeof v === "string")) return F
    out["book_side"] = v
  } else if (hasOwn(input, "book_side")) return F
  v = input["subaccount"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["subaccount"] = v
  } else if (hasOwn(input, "subaccount")) return F
  return out
}

export function decode_market_position(input: unknown, Class: { readonly prototype: Messages.MarketPosition }): Messages.MarketPosition | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.MarketPosition>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "market_position")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r35 = struct36(v)
  if (r35 === F) return F
  out["msg"] = r35
  return out
}

function struct36(input: unknown): Props<typeof Messages.MarketPosition>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.MarketPosition>["msg"]>
  let v: unknown
  v = input["user_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["user_id"] = v
  } else if (hasOwn(input, "user_id")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["position_fp"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d37 = FixedPoint.readCount(v)
  if (d37 === undefined) return F
  out["position_fp"] = d37
  v = input["position_cost_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d38 = FixedPoint.readDollars(v)
    if (d38 === undefined) return F
    out["position_cost_dollars"] = d38
  } else if (hasOwn(input, "position_cost_dollars")) return F
  v = input["realized_pnl_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d39 = FixedPoint.readDollars(v)
    if (d39 === undefined) return F
    out["realized_pnl_dollars"] = d39
  } else if (hasOwn(input, "realized_pnl_dollars")) return F
  v = input["fees_paid_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d40 = FixedPoint.readDollars(v)
    if (d40 === undefined) return F
    out["fees_paid_dollars"] = d40
  } else if (hasOwn(input, "fees_paid_dollars")) return F
  v = input["position_fee_cost_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d41 = FixedPoint.readDollars(v)
    if (d41 === undefined) return F
    out["position_fee_cost_dollars"] = d41
  } else if (hasOwn(input, "position_fee_cost_dollars")) return F
  v = input["volume_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d42 = FixedPoint.readCount(v)
    if (d42 === undefined) return F
    out["volume_fp"] = d42
  } else if (hasOwn(input, "volume_fp")) return F
  v = input["subaccount"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["subaccount"] = v
  } else if (hasOwn(input, "subaccount")) return F
  return out
}

export function decode_event_lifecycle(input: unknown, Class: { readonly prototype: Messages.EventLifecycle }): Messages.EventLifecycle | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.EventLifecycle>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "event_lifecycle")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r43 = struct44(v)
  if (r43 === F) return F
  out["msg"] = r43
  return out
}

function struct44(input: unknown): Props<typeof Messages.EventLifecycle>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.EventLifecycle>["msg"]>
  let v: unknown
  v = input["event_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["event_ticker"] = v
  v = input["exchange_index"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["exchange_index"] = v
  } else if (hasOwn(input, "exchange_index")) return F
  v = input["title"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["title"] = v
  } else if (hasOwn(input, "title")) return F
  v = input["subtitle"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["subtitle"] = v
  } else if (hasOwn(input, "subtitle")) return F
  v = input["collateral_return_type"]
  if (v !== undefined) {
    if (!(v === "MECNET" || v === "DIRECNET" || v === "" || typeof v === "string")) return F
    out["collateral_return_type"] = v
  } else if (hasOwn(input, "collateral_return_type")) return F
  v = input["series_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["series_ticker"] = v
  } else if (hasOwn(input, "series_ticker")) return F
  v = input["strike_date"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["strike_date"] = v
  } else if (hasOwn(input, "strike_date")) return F
  v = input["strike_period"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["strike_period"] = v
  } else if (hasOwn(input, "strike_period")) return F
  return out
}

export function decode_event_fee_update(input: unknown, Class: { readonly prototype: Messages.EventFeeUpdate }): Messages.EventFeeUpdate | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.EventFeeUpdate>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "event_fee_update")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r45 = struct46(v)
  if (r45 === F) return F
  out["msg"] = r45
  return out
}

function struct46(input: unknown): Props<typeof Messages.EventFeeUpdate>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.EventFeeUpdate>["msg"]>
  let v: unknown
  v = input["event_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["event_ticker"] = v
  v = input["fee_type_override"]
  if (v === undefined) return F
  if (!(v === "quadratic" || v === "quadratic_with_maker_fees" || v === "quadratic_with_combo_maker_fees" || v === "flat" || v === "margin_market_maker_program_fees" || typeof v === "string" || v === null)) return F
  out["fee_type_override"] = v
  v = input["fee_multiplier_override"]
  if (v === undefined) return F
  if (!(typeof v === "number" || v === null)) return F
  out["fee_multiplier_override"] = v
  return out
}

export function decode_multivariate_market_lifecycle(input: unknown, Class: { readonly prototype: Messages.MultivariateMarketLifecycle }): Messages.MultivariateMarketLifecycle | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.MultivariateMarketLifecycle>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "multivariate_market_lifecycle")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r47 = struct48(v)
  if (r47 === F) return F
  out["msg"] = r47
  return out
}

function struct48(input: unknown): Props<typeof Messages.MultivariateMarketLifecycle>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.MultivariateMarketLifecycle>["msg"]>
  let v: unknown
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["exchange_index"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["exchange_index"] = v
  } else if (hasOwn(input, "exchange_index")) return F
  v = input["open_ts"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["open_ts"] = v
  } else if (hasOwn(input, "open_ts")) return F
  v = input["close_ts"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["close_ts"] = v
  } else if (hasOwn(input, "close_ts")) return F
  v = input["determination_ts"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["determination_ts"] = v
  } else if (hasOwn(input, "determination_ts")) return F
  v = input["settled_ts"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["settled_ts"] = v
  } else if (hasOwn(input, "settled_ts")) return F
  v = input["result"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["result"] = v
  } else if (hasOwn(input, "result")) return F
  v = input["settlement_value"]
  if (v !== undefined && v !== "") {
    if (typeof v !== "string") return F
    const d49 = FixedPoint.readDollars(v)
    if (d49 === undefined) return F
    out["settlement_value"] = d49
  } else if (hasOwn(input, "settlement_value")) return F
  v = input["is_deactivated"]
  if (v !== undefined) {
    if (!(typeof v === "boolean")) return F
    out["is_deactivated"] = v
  } else if (hasOwn(input, "is_deactivated")) return F
  v = input["additional_metadata"]
  if (v !== undefined) {
    const r50 = struct51(v)
    if (r50 === F) return F
    out["additional_metadata"] = r50
  } else if (hasOwn(input, "additional_metadata")) return F
  v = input["price_level_structure"]
  if (v !== undefined) {
    if (!(v === "banded_centi_cent" || v === "" || v === "linear_cent" || v === "deci_cent" || v === "tapered_deci_cent" || v === "center_whole_edge_half_cent" || v === "center_whole_edge_quint_cent" || v === "center_half_edge_half_cent" || v === "center_half_edge_quint_cent" || v === "center_half_edge_deci_cent" || v === "center_quint_edge_quint_cent" || v === "center_quint_edge_deci_cent" || v === "center_centi_edge_centi_cent" || v === "center_deci_edge_centi_cent" || typeof v === "string")) return F
    out["price_level_structure"] = v
  } else if (hasOwn(input, "price_level_structure")) return F
  v = input["event_type"]
  if (v === undefined) return F
  if (!(v === "created" || v === "deactivated" || v === "activated" || v === "close_date_updated" || v === "determined" || v === "settled" || typeof v === "string")) return F
  out["event_type"] = v
  return out
}

function struct51(input: unknown): Exclude<Props<typeof Messages.MultivariateMarketLifecycle>["msg"]["additional_metadata"], undefined> | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Exclude<Props<typeof Messages.MultivariateMarketLifecycle>["msg"]["additional_metadata"], undefined>>
  let v: unknown
  v = input["name"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["name"] = v
  } else if (hasOwn(input, "name")) return F
  v = input["title"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["title"] = v
  } else if (hasOwn(input, "title")) return F
  v = input["yes_sub_title"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["yes_sub_title"] = v
  } else if (hasOwn(input, "yes_sub_title")) return F
  v = input["no_sub_title"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["no_sub_title"] = v
  } else if (hasOwn(input, "no_sub_title")) return F
  v = input["rules_primary"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["rules_primary"] = v
  } else if (hasOwn(input, "rules_primary")) return F
  v = input["rules_secondary"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["rules_secondary"] = v
  } else if (hasOwn(input, "rules_secondary")) return F
  v = input["can_close_early"]
  if (v !== undefined) {
    if (!(typeof v === "boolean")) return F
    out["can_close_early"] = v
  } else if (hasOwn(input, "can_close_early")) return F
  v = input["event_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["event_ticker"] = v
  } else if (hasOwn(input, "event_ticker")) return F
  v = input["expected_expiration_ts"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["expected_expiration_ts"] = v
  } else if (hasOwn(input, "expected_expiration_ts")) return F
  v = input["strike_type"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["strike_type"] = v
  } else if (hasOwn(input, "strike_type")) return F
  v = input["floor_strike"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["floor_strike"] = v
  } else if (hasOwn(input, "floor_strike")) return F
  v = input["cap_strike"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["cap_strike"] = v
  } else if (hasOwn(input, "cap_strike")) return F
  v = input["custom_strike"]
  if (v !== undefined) {
    const r52 = record(v, unknown)
    if (r52 === F) return F
    out["custom_strike"] = r52
  } else if (hasOwn(input, "custom_strike")) return F
  return out
}

export function decode_rfq_created(input: unknown, Class: { readonly prototype: Messages.RfqCreated }): Messages.RfqCreated | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.RfqCreated>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "rfq_created")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r53 = struct54(v)
  if (r53 === F) return F
  out["msg"] = r53
  return out
}

function struct54(input: unknown): Props<typeof Messages.RfqCreated>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.RfqCreated>["msg"]>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["id"] = v
  v = input["creator_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["creator_id"] = v
  } else if (hasOwn(input, "creator_id")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["event_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["event_ticker"] = v
  } else if (hasOwn(input, "event_ticker")) return F
  v = input["contracts_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d55 = FixedPoint.readCount(v)
    if (d55 === undefined) return F
    out["contracts_fp"] = d55
  } else if (hasOwn(input, "contracts_fp")) return F
  v = input["target_cost_dollars"]
  if (v !== undefined && v !== "") {
    if (typeof v !== "string") return F
    const d56 = FixedPoint.readDollars(v)
    if (d56 === undefined) return F
    out["target_cost_dollars"] = d56
  } else if (hasOwn(input, "target_cost_dollars")) return F
  v = input["created_ts"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["created_ts"] = v
  } else if (hasOwn(input, "created_ts")) return F
  v = input["mve_collection_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["mve_collection_ticker"] = v
  } else if (hasOwn(input, "mve_collection_ticker")) return F
  v = input["mve_selected_legs"]
  if (v !== undefined) {
    const r57 = array(v, struct58)
    if (r57 === F) return F
    out["mve_selected_legs"] = r57
  } else if (hasOwn(input, "mve_selected_legs")) return F
  return out
}

function struct58(input: unknown): Exclude<Props<typeof Messages.RfqCreated>["msg"]["mve_selected_legs"], undefined>[number] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Exclude<Props<typeof Messages.RfqCreated>["msg"]["mve_selected_legs"], undefined>[number]>
  let v: unknown
  v = input["event_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["event_ticker"] = v
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["side"]
  if (v === undefined) return F
  if (!(v === "yes" || v === "no" || typeof v === "string")) return F
  out["side"] = v
  v = input["yes_settlement_value_dollars"]
  if (v !== undefined && v !== "") {
    if (typeof v !== "string") return F
    const d59 = FixedPoint.readDollars(v)
    if (d59 === undefined) return F
    out["yes_settlement_value_dollars"] = d59
  } else if (hasOwn(input, "yes_settlement_value_dollars")) return F
  return out
}

export function decode_rfq_deleted(input: unknown, Class: { readonly prototype: Messages.RfqDeleted }): Messages.RfqDeleted | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.RfqDeleted>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "rfq_deleted")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r60 = struct61(v)
  if (r60 === F) return F
  out["msg"] = r60
  return out
}

function struct61(input: unknown): Props<typeof Messages.RfqDeleted>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.RfqDeleted>["msg"]>
  let v: unknown
  v = input["id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["id"] = v
  v = input["creator_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["creator_id"] = v
  } else if (hasOwn(input, "creator_id")) return F
  v = input["market_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["market_ticker"] = v
  } else if (hasOwn(input, "market_ticker")) return F
  v = input["event_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["event_ticker"] = v
  } else if (hasOwn(input, "event_ticker")) return F
  v = input["contracts_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d62 = FixedPoint.readCount(v)
    if (d62 === undefined) return F
    out["contracts_fp"] = d62
  } else if (hasOwn(input, "contracts_fp")) return F
  v = input["target_cost_dollars"]
  if (v !== undefined && v !== "") {
    if (typeof v !== "string") return F
    const d63 = FixedPoint.readDollars(v)
    if (d63 === undefined) return F
    out["target_cost_dollars"] = d63
  } else if (hasOwn(input, "target_cost_dollars")) return F
  v = input["deleted_ts"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["deleted_ts"] = v
  } else if (hasOwn(input, "deleted_ts")) return F
  return out
}

export function decode_quote_created(input: unknown, Class: { readonly prototype: Messages.QuoteCreated }): Messages.QuoteCreated | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.QuoteCreated>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "quote_created")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r64 = struct65(v)
  if (r64 === F) return F
  out["msg"] = r64
  return out
}

function struct65(input: unknown): Props<typeof Messages.QuoteCreated>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.QuoteCreated>["msg"]>
  let v: unknown
  v = input["quote_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["quote_id"] = v
  v = input["rfq_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["rfq_id"] = v
  v = input["quote_creator_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["quote_creator_id"] = v
  } else if (hasOwn(input, "quote_creator_id")) return F
  v = input["rfq_creator_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["rfq_creator_id"] = v
  } else if (hasOwn(input, "rfq_creator_id")) return F
  v = input["market_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["market_ticker"] = v
  v = input["event_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["event_ticker"] = v
  } else if (hasOwn(input, "event_ticker")) return F
  v = input["yes_bid_dollars"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d66 = FixedPoint.readDollars(v)
  if (d66 === undefined) return F
  out["yes_bid_dollars"] = d66
  v = input["no_bid_dollars"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d67 = FixedPoint.readDollars(v)
  if (d67 === undefined) return F
  out["no_bid_dollars"] = d67
  v = input["yes_contracts_offered_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d68 = FixedPoint.readCount(v)
    if (d68 === undefined) return F
    out["yes_contracts_offered_fp"] = d68
  } else if (hasOwn(input, "yes_contracts_offered_fp")) return F
  v = input["no_contracts_offered_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d69 = FixedPoint.readCount(v)
    if (d69 === undefined) return F
    out["no_contracts_offered_fp"] = d69
  } else if (hasOwn(input, "no_contracts_offered_fp")) return F
  v = input["rfq_target_cost_dollars"]
  if (v !== undefined && v !== "") {
    if (typeof v !== "string") return F
    const d70 = FixedPoint.readDollars(v)
    if (d70 === undefined) return F
    out["rfq_target_cost_dollars"] = d70
  } else if (hasOwn(input, "rfq_target_cost_dollars")) return F
  v = input["subaccount"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["subaccount"] = v
  } else if (hasOwn(input, "subaccount")) return F
  v = input["created_ts"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["created_ts"] = v
  } else if (hasOwn(input, "created_ts")) return F
  return out
}

export function decode_quote_accepted(input: unknown, Class: { readonly prototype: Messages.QuoteAccepted }): Messages.QuoteAccepted | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.QuoteAccepted>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "quote_accepted")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r71 = struct72(v)
  if (r71 === F) return F
  out["msg"] = r71
  return out
}

function struct72(input: unknown): Props<typeof Messages.QuoteAccepted>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.QuoteAccepted>["msg"]>
  let v: unknown
  v = input["quote_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["quote_id"] = v
  v = input["rfq_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["rfq_id"] = v
  v = input["quote_creator_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["quote_creator_id"] = v
  } else if (hasOwn(input, "quote_creator_id")) return F
  v = input["rfq_creator_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["rfq_creator_id"] = v
  } else if (hasOwn(input, "rfq_creator_id")) return F
  v = input["market_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["market_ticker"] = v
  } else if (hasOwn(input, "market_ticker")) return F
  v = input["event_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["event_ticker"] = v
  } else if (hasOwn(input, "event_ticker")) return F
  v = input["yes_bid_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d73 = FixedPoint.readDollars(v)
    if (d73 === undefined) return F
    out["yes_bid_dollars"] = d73
  } else if (hasOwn(input, "yes_bid_dollars")) return F
  v = input["no_bid_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d74 = FixedPoint.readDollars(v)
    if (d74 === undefined) return F
    out["no_bid_dollars"] = d74
  } else if (hasOwn(input, "no_bid_dollars")) return F
  v = input["yes_contracts_offered_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d75 = FixedPoint.readCount(v)
    if (d75 === undefined) return F
    out["yes_contracts_offered_fp"] = d75
  } else if (hasOwn(input, "yes_contracts_offered_fp")) return F
  v = input["no_contracts_offered_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d76 = FixedPoint.readCount(v)
    if (d76 === undefined) return F
    out["no_contracts_offered_fp"] = d76
  } else if (hasOwn(input, "no_contracts_offered_fp")) return F
  v = input["rfq_target_cost_dollars"]
  if (v !== undefined && v !== "") {
    if (typeof v !== "string") return F
    const d77 = FixedPoint.readDollars(v)
    if (d77 === undefined) return F
    out["rfq_target_cost_dollars"] = d77
  } else if (hasOwn(input, "rfq_target_cost_dollars")) return F
  v = input["subaccount"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["subaccount"] = v
  } else if (hasOwn(input, "subaccount")) return F
  v = input["accepted_side"]
  if (v !== undefined) {
    if (!(v === "yes" || v === "no" || typeof v === "string")) return F
    out["accepted_side"] = v
  } else if (hasOwn(input, "accepted_side")) return F
  v = input["contracts_accepted_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d78 = FixedPoint.readCount(v)
    if (d78 === undefined) return F
    out["contracts_accepted_fp"] = d78
  } else if (hasOwn(input, "contracts_accepted_fp")) return F
  return out
}

export function decode_quote_executed(input: unknown, Class: { readonly prototype: Messages.QuoteExecuted }): Messages.QuoteExecuted | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.QuoteExecuted>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "quote_executed")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r79 = struct80(v)
  if (r79 === F) return F
  out["msg"] = r79
  return out
}

function struct80(input: unknown): Props<typeof Messages.QuoteExecuted>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.QuoteExecuted>["msg"]>
  let v: unknown
  v = input["quote_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["quote_id"] = v
  v = input["rfq_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["rfq_id"] = v
  v = input["quote_creator_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["quote_creator_id"] = v
  } else if (hasOwn(input, "quote_creator_id")) return F
  v = input["rfq_creator_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["rfq_creator_id"] = v
  } else if (hasOwn(input, "rfq_creator_id")) return F
  v = input["order_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["order_id"] = v
  v = input["client_order_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["client_order_id"] = v
  } else if (hasOwn(input, "client_order_id")) return F
  v = input["market_ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["market_ticker"] = v
  } else if (hasOwn(input, "market_ticker")) return F
  v = input["executed_ts"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["executed_ts"] = v
  } else if (hasOwn(input, "executed_ts")) return F
  v = input["subaccount"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["subaccount"] = v
  } else if (hasOwn(input, "subaccount")) return F
  return out
}

export function decode_order_group_updates(input: unknown, Class: { readonly prototype: Messages.OrderGroupUpdate }): Messages.OrderGroupUpdate | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.OrderGroupUpdate>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "order_group_updates")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r81 = struct82(v)
  if (r81 === F) return F
  out["msg"] = r81
  return out
}

function struct82(input: unknown): Props<typeof Messages.OrderGroupUpdate>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.OrderGroupUpdate>["msg"]>
  let v: unknown
  v = input["event_type"]
  if (v === undefined) return F
  if (!(v === "created" || v === "triggered" || v === "reset" || v === "deleted" || v === "limit_updated" || typeof v === "string")) return F
  out["event_type"] = v
  v = input["order_group_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["order_group_id"] = v
  v = input["contracts_limit_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d83 = FixedPoint.readCount(v)
    if (d83 === undefined) return F
    out["contracts_limit_fp"] = d83
  } else if (hasOwn(input, "contracts_limit_fp")) return F
  v = input["ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["ts_ms"] = v
  } else if (hasOwn(input, "ts_ms")) return F
  return out
}

export function decode_user_order(input: unknown, Class: { readonly prototype: Messages.UserOrder }): Messages.UserOrder | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.UserOrder>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "user_order")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r84 = struct85(v)
  if (r84 === F) return F
  out["msg"] = r84
  return out
}

function struct85(input: unknown): Props<typeof Messages.UserOrder>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.UserOrder>["msg"]>
  let v: unknown
  v = input["order_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["order_id"] = v
  v = input["user_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["user_id"] = v
  } else if (hasOwn(input, "user_id")) return F
  v = input["ticker"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["ticker"] = v
  } else if (hasOwn(input, "ticker")) return F
  v = input["exchange_index"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["exchange_index"] = v
  } else if (hasOwn(input, "exchange_index")) return F
  v = input["status"]
  if (v === undefined) return F
  if (!(v === "resting" || v === "canceled" || v === "executed" || v === "unknown" || typeof v === "string")) return F
  out["status"] = v
  v = input["side"]
  if (v !== undefined) {
    if (!(v === "yes" || v === "no" || typeof v === "string")) return F
    out["side"] = v
  } else if (hasOwn(input, "side")) return F
  v = input["is_yes"]
  if (v !== undefined) {
    if (!(typeof v === "boolean")) return F
    out["is_yes"] = v
  } else if (hasOwn(input, "is_yes")) return F
  v = input["outcome_side"]
  if (v !== undefined) {
    if (!(v === "yes" || v === "no" || typeof v === "string")) return F
    out["outcome_side"] = v
  } else if (hasOwn(input, "outcome_side")) return F
  v = input["book_side"]
  if (v !== undefined) {
    if (!(v === "bid" || v === "ask" || typeof v === "string")) return F
    out["book_side"] = v
  } else if (hasOwn(input, "book_side")) return F
  v = input["yes_price_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d86 = FixedPoint.readDollars(v)
    if (d86 === undefined) return F
    out["yes_price_dollars"] = d86
  } else if (hasOwn(input, "yes_price_dollars")) return F
  v = input["fill_count_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d87 = FixedPoint.readCount(v)
    if (d87 === undefined) return F
    out["fill_count_fp"] = d87
  } else if (hasOwn(input, "fill_count_fp")) return F
  v = input["remaining_count_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d88 = FixedPoint.readCount(v)
    if (d88 === undefined) return F
    out["remaining_count_fp"] = d88
  } else if (hasOwn(input, "remaining_count_fp")) return F
  v = input["initial_count_fp"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d89 = FixedPoint.readCount(v)
    if (d89 === undefined) return F
    out["initial_count_fp"] = d89
  } else if (hasOwn(input, "initial_count_fp")) return F
  v = input["taker_fill_cost_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d90 = FixedPoint.readDollars(v)
    if (d90 === undefined) return F
    out["taker_fill_cost_dollars"] = d90
  } else if (hasOwn(input, "taker_fill_cost_dollars")) return F
  v = input["maker_fill_cost_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d91 = FixedPoint.readDollars(v)
    if (d91 === undefined) return F
    out["maker_fill_cost_dollars"] = d91
  } else if (hasOwn(input, "maker_fill_cost_dollars")) return F
  v = input["taker_fees_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d92 = FixedPoint.readDollars(v)
    if (d92 === undefined) return F
    out["taker_fees_dollars"] = d92
  } else if (hasOwn(input, "taker_fees_dollars")) return F
  v = input["maker_fees_dollars"]
  if (v !== undefined) {
    if (typeof v !== "string") return F
    const d93 = FixedPoint.readDollars(v)
    if (d93 === undefined) return F
    out["maker_fees_dollars"] = d93
  } else if (hasOwn(input, "maker_fees_dollars")) return F
  v = input["client_order_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["client_order_id"] = v
  } else if (hasOwn(input, "client_order_id")) return F
  v = input["order_group_id"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["order_group_id"] = v
  } else if (hasOwn(input, "order_group_id")) return F
  v = input["self_trade_prevention_type"]
  if (v !== undefined) {
    if (!(v === "taker_at_cross" || v === "maker" || typeof v === "string")) return F
    out["self_trade_prevention_type"] = v
  } else if (hasOwn(input, "self_trade_prevention_type")) return F
  v = input["created_time"]
  if (v !== undefined) {
    if (!(typeof v === "string" || v === null)) return F
    out["created_time"] = v
  } else if (hasOwn(input, "created_time")) return F
  v = input["last_update_time"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["last_update_time"] = v
  } else if (hasOwn(input, "last_update_time")) return F
  v = input["expiration_time"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["expiration_time"] = v
  } else if (hasOwn(input, "expiration_time")) return F
  v = input["expiration_ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["expiration_ts_ms"] = v
  } else if (hasOwn(input, "expiration_ts_ms")) return F
  v = input["created_ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number" || v === null)) return F
    out["created_ts_ms"] = v
  } else if (hasOwn(input, "created_ts_ms")) return F
  v = input["last_updated_ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["last_updated_ts_ms"] = v
  } else if (hasOwn(input, "last_updated_ts_ms")) return F
  v = input["last_update_reason"]
  if (v !== undefined) {
    if (!(v === "Decrease" || v === "Amend" || v === "MarginCancel" || v === "SelfTradeCancel" || v === "ExpiryCancel" || v === "CloseCancel" || v === "HaltCancel" || v === "Trade" || v === "PostOnlyCrossCancel" || v === "ReduceOnlyCancel" || typeof v === "string")) return F
    out["last_update_reason"] = v
  } else if (hasOwn(input, "last_update_reason")) return F
  v = input["subaccount_number"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["subaccount_number"] = v
  } else if (hasOwn(input, "subaccount_number")) return F
  return out
}

export function decode_cfbenchmarks_value(input: unknown, Class: { readonly prototype: Messages.CfBenchmarksValue }): Messages.CfBenchmarksValue | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.CfBenchmarksValue>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "cfbenchmarks_value")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r94 = struct95(v)
  if (r94 === F) return F
  out["msg"] = r94
  return out
}

function struct95(input: unknown): Props<typeof Messages.CfBenchmarksValue>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.CfBenchmarksValue>["msg"]>
  let v: unknown
  v = input["index_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["index_id"] = v
  v = input["received_at"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["received_at"] = v
  } else if (hasOwn(input, "received_at")) return F
  v = input["data"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["data"] = v
  v = input["avg_60s_data"]
  if (v !== undefined) {
    const r96 = struct97(v)
    if (r96 === F) return F
    out["avg_60s_data"] = r96
  } else if (hasOwn(input, "avg_60s_data")) return F
  v = input["last_60s_windowed_average_15min"]
  if (v !== undefined) {
    const r99 = struct97(v)
    if (r99 === F) return F
    out["last_60s_windowed_average_15min"] = r99
  } else if (hasOwn(input, "last_60s_windowed_average_15min")) return F
  return out
}

function struct97(input: unknown): Exclude<Props<typeof Messages.CfBenchmarksValue>["msg"]["avg_60s_data"], undefined> | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Exclude<Props<typeof Messages.CfBenchmarksValue>["msg"]["avg_60s_data"], undefined>>
  let v: unknown
  v = input["value"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d98 = BigDecimal.fromString(v)
  if (d98._tag === "None") return F
  out["value"] = BigDecimal.normalize(d98.value)
  v = input["window_size"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["window_size"] = v
  v = input["window_start_ts_ms"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["window_start_ts_ms"] = v
  v = input["window_end_ts_exclusive"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["window_end_ts_exclusive"] = v
  return out
}

export function decode_cfbenchmarks_value_indexlist(input: unknown, Class: { readonly prototype: Messages.CfBenchmarksIndexList }): Messages.CfBenchmarksIndexList | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.CfBenchmarksIndexList>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "cfbenchmarks_value_indexlist")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["id"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["id"] = v
  } else if (hasOwn(input, "id")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r100 = struct101(v)
  if (r100 === F) return F
  out["msg"] = r100
  return out
}

function struct101(input: unknown): Props<typeof Messages.CfBenchmarksIndexList>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.CfBenchmarksIndexList>["msg"]>
  let v: unknown
  v = input["index_ids"]
  if (v === undefined) return F
  const r102 = array(v, h1)
  if (r102 === F) return F
  out["index_ids"] = r102
  return out
}

export function decode_cfbenchmarks_value_5hz(input: unknown, Class: { readonly prototype: Messages.CfBenchmarksValue5Hz }): Messages.CfBenchmarksValue5Hz | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.CfBenchmarksValue5Hz>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "cfbenchmarks_value_5hz")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r103 = struct104(v)
  if (r103 === F) return F
  out["msg"] = r103
  return out
}

function struct104(input: unknown): Props<typeof Messages.CfBenchmarksValue5Hz>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.CfBenchmarksValue5Hz>["msg"]>
  let v: unknown
  v = input["index_id"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["index_id"] = v
  v = input["value_usd"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d105 = BigDecimal.fromString(v)
  if (d105._tag === "None") return F
  out["value_usd"] = BigDecimal.normalize(d105.value)
  v = input["source_ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["source_ts_ms"] = v
  } else if (hasOwn(input, "source_ts_ms")) return F
  v = input["received_at"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["received_at"] = v
  } else if (hasOwn(input, "received_at")) return F
  v = input["data"]
  if (v !== undefined) {
    if (!(typeof v === "string")) return F
    out["data"] = v
  } else if (hasOwn(input, "data")) return F
  return out
}

export function decode_cfbenchmarks_value_5hz_indexlist(input: unknown, Class: { readonly prototype: Messages.CfBenchmarks5HzIndexList }): Messages.CfBenchmarks5HzIndexList | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.CfBenchmarks5HzIndexList>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "cfbenchmarks_value_5hz_indexlist")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["id"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["id"] = v
  } else if (hasOwn(input, "id")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r106 = struct107(v)
  if (r106 === F) return F
  out["msg"] = r106
  return out
}

function struct107(input: unknown): Props<typeof Messages.CfBenchmarks5HzIndexList>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.CfBenchmarks5HzIndexList>["msg"]>
  let v: unknown
  v = input["index_ids"]
  if (v === undefined) return F
  const r108 = array(v, h2)
  if (r108 === F) return F
  out["index_ids"] = r108
  return out
}

export function decode_pyth_value(input: unknown, Class: { readonly prototype: Messages.PythValue }): Messages.PythValue | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.PythValue>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "pyth_value")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r109 = struct110(v)
  if (r109 === F) return F
  out["msg"] = r109
  return out
}

function struct110(input: unknown): Props<typeof Messages.PythValue>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.PythValue>["msg"]>
  let v: unknown
  v = input["underlying_ticker"]
  if (v === undefined) return F
  if (!(typeof v === "string")) return F
  out["underlying_ticker"] = v
  v = input["value_usd"]
  if (v === undefined) return F
  if (typeof v !== "string") return F
  const d111 = BigDecimal.fromString(v)
  if (d111._tag === "None") return F
  out["value_usd"] = BigDecimal.normalize(d111.value)
  v = input["source_ts_ms"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["source_ts_ms"] = v
  } else if (hasOwn(input, "source_ts_ms")) return F
  v = input["received_at"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["received_at"] = v
  } else if (hasOwn(input, "received_at")) return F
  return out
}

export function decode_pyth_value_underlying_list(input: unknown, Class: { readonly prototype: Messages.PythUnderlyingList }): Messages.PythUnderlyingList | Fail {
  if (!isPlainObject(input)) return F
  const out = Object.create(Class.prototype) as Mutable<Messages.PythUnderlyingList>
  let v: unknown
  v = input["type"]
  if (v === undefined) return F
  if (!(v === "pyth_value_underlying_list")) return F
  out["type"] = v
  v = input["sid"]
  if (v === undefined) return F
  if (!(typeof v === "number")) return F
  out["sid"] = v
  v = input["seq"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["seq"] = v
  } else if (hasOwn(input, "seq")) return F
  v = input["id"]
  if (v !== undefined) {
    if (!(typeof v === "number")) return F
    out["id"] = v
  } else if (hasOwn(input, "id")) return F
  v = input["msg"]
  if (v === undefined) return F
  const r112 = struct113(v)
  if (r112 === F) return F
  out["msg"] = r112
  return out
}

function struct113(input: unknown): Props<typeof Messages.PythUnderlyingList>["msg"] | Fail {
  if (!isPlainObject(input)) return F
  const out = {} as Mutable<Props<typeof Messages.PythUnderlyingList>["msg"]>
  let v: unknown
  v = input["underlying_tickers"]
  if (v === undefined) return F
  const r114 = array(v, h3)
  if (r114 === F) return F
  out["underlying_tickers"] = r114
  return out
}

/** The fast decoder of each data message type (`undefined`: the interpreter decodes it). */
export const decoders = {
  orderbook_snapshot: decode_orderbook_snapshot,
  orderbook_delta: decode_orderbook_delta,
  ticker: decode_ticker,
  trade: decode_trade,
  fill: decode_fill,
  market_position: decode_market_position,
  market_lifecycle_v2: undefined,
  event_lifecycle: decode_event_lifecycle,
  event_fee_update: decode_event_fee_update,
  multivariate_market_lifecycle: decode_multivariate_market_lifecycle,
  rfq_created: decode_rfq_created,
  rfq_deleted: decode_rfq_deleted,
  quote_created: decode_quote_created,
  quote_accepted: decode_quote_accepted,
  quote_executed: decode_quote_executed,
  order_group_updates: decode_order_group_updates,
  user_order: decode_user_order,
  cfbenchmarks_value: decode_cfbenchmarks_value,
  cfbenchmarks_value_indexlist: decode_cfbenchmarks_value_indexlist,
  cfbenchmarks_value_5hz: decode_cfbenchmarks_value_5hz,
  cfbenchmarks_value_5hz_indexlist: decode_cfbenchmarks_value_5hz_indexlist,
  pyth_value: decode_pyth_value,
  pyth_value_underlying_list: decode_pyth_value_underlying_list
} as const
