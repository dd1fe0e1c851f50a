/**
 * Specialised decoders for the hottest frames (`orderbook_delta`, `ticker`, `trade`,
 * `orderbook_snapshot`). Each accepts only the plain, common shape of its message and builds exactly
 * what the Schema decoder builds; anything else (a missing or mistyped field, an unusual value, an
 * invalid decimal) returns `undefined` and the caller falls back to the Schema, which stays the
 * definition and produces the errors. Property tests check that both agree on generated frames.
 * The message classes are read lazily, so `Messages` may import this module.
 * @internal
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as BigDecimal from "effect/BigDecimal"
import { OrderbookDelta, OrderbookSnapshot, requiredFields, Ticker, Trade } from "../Messages.js"

type Out = Record<string, unknown>

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/** How one field is read. Returns false when the value is not in the plain shape. */
type Reader = (value: unknown, out: Out, key: string) => boolean

const string: Reader = (v, out, k) => {
  if (typeof v !== "string") return false
  out[k] = v
  return true
}
const number: Reader = (v, out, k) => {
  if (typeof v !== "number") return false
  out[k] = v
  return true
}
const boolean: Reader = (v, out, k) => {
  if (typeof v !== "boolean") return false
  out[k] = v
  return true
}
const yesNo: Reader = (v, out, k) => {
  if (v !== "yes" && v !== "no") return false
  out[k] = v
  return true
}
const dollars: Reader = (v, out, k) => {
  if (typeof v !== "string") return false
  const d = FixedPoint.readDollars(v)
  if (d === undefined) return false
  out[k] = d
  return true
}
/** A `*_dollars` field where `""` means absent. */
const dollarsOrEmpty: Reader = (v, out, k) => {
  if (v === "") return true
  return dollars(v, out, k)
}
const count: Reader = (v, out, k) => {
  if (typeof v !== "string") return false
  const c = FixedPoint.readCount(v)
  if (c === undefined) return false
  out[k] = c
  return true
}
const wholeDollars: Reader = (v, out, k) => {
  if (typeof v !== "number" || !Number.isSafeInteger(v)) return false
  out[k] = BigDecimal.make(BigInt(v), 0)
  return true
}
/** Snapshot levels: absent or null is `[]`; each level exactly `[price, count]`. */
const levels: Reader = (v, out, k) => {
  if (v === undefined || v === null) {
    out[k] = []
    return true
  }
  if (!Array.isArray(v)) return false
  const result: Array<readonly [BigDecimal.BigDecimal, BigDecimal.BigDecimal]> = []
  for (const level of v) {
    if (!Array.isArray(level) || level.length !== 2) return false
    const [p, c] = level
    if (typeof p !== "string" || typeof c !== "string") return false
    const price = FixedPoint.readDollars(p)
    const size = FixedPoint.readCount(c)
    if (price === undefined || size === undefined) return false
    result.push([price, size])
  }
  out[k] = result
  return true
}

interface Field {
  readonly key: string
  readonly read: Reader
  /** Absent is fine (the key stays absent). */
  readonly optional: boolean
}

const req = (key: string, read: Reader): Field => ({ key, read, optional: false })
const opt = (key: string, read: Reader): Field => ({ key, read, optional: true })

/**
 * The `msg` fields of a message type, required or optional as `Messages.requiredFields` says: the
 * policy is written down once, there.
 */
const msgFields = (
  type: keyof typeof requiredFields,
  fields: ReadonlyArray<readonly [key: string, read: Reader]>
): ReadonlyArray<Field> => {
  const required: ReadonlyArray<string> = requiredFields[type]
  return fields.map(([key, read]) => ({ key, read, optional: !required.includes(key) }))
}

/** Reads `fields` of `source` into a new object; undefined when any field is not plain. */
const readFields = (source: Record<string, unknown>, fields: ReadonlyArray<Field>): Out | undefined => {
  const out: Out = {}
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!
    const v = source[f.key]
    if (v === undefined) {
      if (f.key in source) return undefined
      // `levels` decodes a missing key (to []), as the schema's default does; no other reader does.
      if (f.read !== levels) {
        if (f.optional) continue
        return undefined
      }
    }
    if (!f.read(v, out, f.key)) return undefined
  }
  return out
}

const envelope: ReadonlyArray<Field> = [req("sid", number), opt("seq", number)]
const envelopeWithId: ReadonlyArray<Field> = [...envelope, opt("id", number)]

const make = <A>(
  type: string,
  env: ReadonlyArray<Field>,
  msgFields: () => ReadonlyArray<Field>,
  build: (props: Out) => A
) => {
  // Built on first use: `Messages` (which holds the required fields) imports this module.
  let fields: ReadonlyArray<Field> | undefined
  return (frame: unknown): A | undefined => {
    if (!isRecord(frame) || frame.type !== type) return undefined
    const props = readFields(frame, env)
    const m = frame.msg
    if (props === undefined || !isRecord(m)) return undefined
    const msg = readFields(m, fields ??= msgFields())
    if (msg === undefined) return undefined
    props.type = type
    props.msg = msg
    return build(props)
  }
}

/**
 * Builds an instance the way the class constructor does (its props assigned onto its prototype),
 * without the constructor's generic work: the props were checked field by field above, and these
 * message classes have no defaults and no instance fields of their own.
 */
const construct = <A extends object>(Class: () => { readonly prototype: A }) => (props: Out): A =>
  Object.assign(Object.create(Class().prototype) as A, props)

const constructDelta = construct(() => OrderbookDelta)

/**
 * An optional string of a plain message: absent is fine (nothing written); false when the key holds
 * `undefined` or a non-string.
 */
const optString = (source: Record<string, unknown>, key: string, value: unknown, out: Out): boolean => {
  if (value === undefined) return !(key in source)
  if (typeof value !== "string") return false
  out[key] = value
  return true
}

/** As {@link optString}, for a number. */
const optNumber = (source: Record<string, unknown>, key: string, value: unknown, out: Out): boolean => {
  if (value === undefined) return !(key in source)
  if (typeof value !== "number") return false
  out[key] = value
  return true
}

/**
 * `orderbook_delta` in its plain shape, written out field by field: four frames in five are deltas.
 * It reads exactly what {@link orderbookDeltaByTable} (the table form of the other messages) reads.
 */
export const orderbookDelta = (frame: unknown): OrderbookDelta | undefined => {
  if (!isRecord(frame) || frame.type !== "orderbook_delta") return undefined
  const sid = frame.sid
  const m = frame.msg
  if (typeof sid !== "number" || !isRecord(m)) return undefined
  const props: Out = { sid }
  if (!optNumber(frame, "seq", frame.seq, props)) return undefined
  const marketTicker = m.market_ticker
  if (typeof marketTicker !== "string") return undefined
  const msg: Out = { market_ticker: marketTicker }
  if (!optString(m, "market_id", m.market_id, msg)) return undefined
  const price = m.price_dollars
  const delta = m.delta_fp
  const side = m.side
  if (typeof price !== "string" || typeof delta !== "string" || (side !== "yes" && side !== "no")) return undefined
  const priceDollars = FixedPoint.readDollars(price)
  const deltaFp = FixedPoint.readCount(delta)
  if (priceDollars === undefined || deltaFp === undefined) return undefined
  msg.price_dollars = priceDollars
  msg.delta_fp = deltaFp
  msg.side = side
  if (
    !optString(m, "client_order_id", m.client_order_id, msg) || !optString(m, "ts", m.ts, msg) ||
    !optNumber(m, "ts_ms", m.ts_ms, msg) || !optNumber(m, "subaccount", m.subaccount, msg)
  ) return undefined
  props.type = "orderbook_delta"
  props.msg = msg
  return constructDelta(props)
}

/** `orderbook_delta` read through the field table, as the other messages are. */
export const orderbookDeltaByTable = make("orderbook_delta", envelope, () =>
  msgFields("orderbook_delta", [
    ["market_ticker", string],
    ["market_id", string],
    ["price_dollars", dollars],
    ["delta_fp", count],
    ["side", yesNo],
    ["client_order_id", string],
    ["ts", string],
    ["ts_ms", number],
    ["subaccount", number]
  ]), construct(() => OrderbookDelta))

/** `orderbook_snapshot` in its plain shape. */
export const orderbookSnapshot = make("orderbook_snapshot", envelopeWithId, () =>
  msgFields("orderbook_snapshot", [
    ["market_ticker", string],
    ["market_id", string],
    ["yes_dollars_fp", levels],
    ["no_dollars_fp", levels]
  ]), construct(() => OrderbookSnapshot))

/** `ticker` in its plain shape. */
export const ticker = make("ticker", envelope, () =>
  msgFields("ticker", [
    ["market_id", string],
    ["market_ticker", string],
    ["price_dollars", dollarsOrEmpty],
    ["yes_bid_dollars", dollarsOrEmpty],
    ["yes_ask_dollars", dollarsOrEmpty],
    ["volume_fp", count],
    ["open_interest_fp", count],
    ["dollar_volume", wholeDollars],
    ["dollar_open_interest", wholeDollars],
    ["yes_bid_size_fp", count],
    ["yes_ask_size_fp", count],
    ["last_trade_size_fp", count],
    ["ts", number],
    ["ts_ms", number],
    ["time", string]
  ]), construct(() => Ticker))

/** `trade` in its plain shape. */
export const trade = make("trade", envelope, () =>
  msgFields("trade", [
    ["trade_id", string],
    ["market_ticker", string],
    ["yes_price_dollars", dollars],
    ["no_price_dollars", dollars],
    ["count_fp", count],
    ["taker_side", string],
    ["taker_outcome_side", string],
    ["taker_book_side", string],
    ["is_block_trade", boolean],
    ["ts", number],
    ["ts_ms", number]
  ]), construct(() => Trade))

/** The fast decoder of a message type, when there is one. */
export const fastDecoders: Readonly<Record<string, ((frame: unknown) => unknown) | undefined>> = {
  orderbook_delta: orderbookDelta,
  orderbook_snapshot: orderbookSnapshot,
  ticker,
  trade
}
