import { assert, describe, it } from "@effect/vitest"
import { BigDecimal, FastCheck as fc, Schema } from "effect"
import * as FastDecode from "../src/internal/fastDecode.js"
import * as Messages from "../src/Messages.js"
import { oldTicker, oldTrade } from "./utils/frames.js"

/** A canonical form: BigDecimals with their exact value and scale, class instances with their name. */
const canonical = (u: unknown): unknown => {
  if (BigDecimal.isBigDecimal(u)) return `BigDecimal(${u.value}, ${u.scale})`
  if (Array.isArray(u)) return u.map(canonical)
  if (typeof u === "object" && u !== null) {
    const out: Record<string, unknown> = { "@class": u.constructor?.name ?? "Object" }
    for (const key of Object.keys(u).sort()) out[key] = canonical((u as Record<string, unknown>)[key])
    return out
  }
  return u
}

const bases: Record<string, Record<string, unknown>> = {
  orderbook_delta: {
    type: "orderbook_delta",
    sid: 2,
    seq: 3,
    msg: {
      market_ticker: "FED-23DEC-T3.00",
      market_id: "9b0f6b43",
      price_dollars: "0.960",
      delta_fp: "-54.00",
      side: "yes",
      client_order_id: "c1",
      ts: "2022-11-22T20:44:01Z",
      ts_ms: 1669149841000,
      subaccount: 0
    }
  },
  orderbook_snapshot: {
    type: "orderbook_snapshot",
    sid: 2,
    seq: 2,
    id: 7,
    msg: {
      market_ticker: "FED-23DEC-T3.00",
      market_id: "9b0f6b43",
      yes_dollars_fp: [["0.0800", "300.00"], ["0.2200", "333.00"]],
      no_dollars_fp: [["0.5400", "20.00"]]
    }
  },
  ticker: {
    type: "ticker",
    sid: 11,
    msg: {
      market_id: "9b0f6b43",
      market_ticker: "FED-23DEC-T3.00",
      price_dollars: "0.48",
      yes_bid_dollars: "0.45",
      yes_ask_dollars: "",
      volume_fp: "33896.00",
      open_interest_fp: "20422.00",
      dollar_volume: 16948,
      dollar_open_interest: 10211,
      yes_bid_size_fp: "300.00",
      yes_ask_size_fp: "150.00",
      last_trade_size_fp: "25.00",
      ts: 1669149841,
      ts_ms: 1669149841000,
      time: "2022-11-22T20:44:01Z"
    }
  },
  trade: {
    type: "trade",
    sid: 11,
    seq: 9,
    msg: {
      trade_id: "d91bc706",
      market_ticker: "HIGHNY-22DEC23-B53.5",
      yes_price_dollars: "0.360",
      no_price_dollars: "0.640",
      count_fp: "136.00",
      taker_side: "no",
      taker_outcome_side: "no",
      taker_book_side: "ask",
      is_block_trade: false,
      ts: 1669149841,
      ts_ms: 1669149841000
    }
  }
}

const oddValues: ReadonlyArray<unknown> = [
  undefined,
  null,
  "",
  "x",
  "1.",
  ".5",
  "1e3",
  "0.1234567",
  "0.123",
  "-2.5",
  "10",
  "maybe",
  "yes",
  "no",
  "bid",
  0,
  1.5,
  -3,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  [],
  [["0.1", "1"]],
  [["0.1", "1", "x"]],
  [["0.1"]],
  [[0.1, "1"]],
  {}
]

/** A frame: a base where each field of the envelope and the message may be kept, removed or replaced. */
const frameArb = fc.constantFrom(...Object.keys(bases)).chain((type) => {
  const base = bases[type]!
  const msgKeys = [...Object.keys(base.msg as object), "extra_field"]
  const envKeys = ["type", "sid", "seq", "id", "msg", "extra_field"]
  const change = fc.oneof(
    { weight: 17, arbitrary: fc.constant({ kind: "keep" as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: "remove" as const }) },
    { weight: 2, arbitrary: fc.constantFrom(...oddValues).map((value) => ({ kind: "set" as const, value })) }
  )
  return fc.record({
    msg: fc.tuple(...msgKeys.map(() => change)),
    env: fc.tuple(...envKeys.map(() => change))
  }).map((changes) => {
    const frame: Record<string, unknown> = structuredClone(base)
    const msg: Record<string, unknown> = frame.msg as Record<string, unknown>
    const apply = (
      target: Record<string, unknown>,
      keys: ReadonlyArray<string>,
      cs: ReadonlyArray<typeof changes.msg[number]>
    ) =>
      keys.forEach((key, i) => {
        const c = cs[i]!
        if (c.kind === "remove") delete target[key]
        else if (c.kind === "set") target[key] = c.value
      })
    apply(msg, msgKeys, changes.msg)
    apply(frame, envKeys, changes.env)
    return { type, frame: JSON.parse(JSON.stringify(frame)) as unknown }
  })
})

describe("specialised decoders", () => {
  it("decode the base frames exactly like the schemas", () => {
    for (const [type, frame] of Object.entries(bases)) {
      const fast = FastDecode.fastDecoders[type]!(frame)
      const slow = Schema.decodeUnknownEither(
        Messages.dataMessageSchemas[type as Messages.DataMessageType] as Schema.Schema<unknown, unknown>
      )(frame)
      assert.isDefined(fast, type)
      assert.strictEqual(slow._tag, "Right", type)
      if (slow._tag === "Right") {
        assert.deepStrictEqual(canonical(fast), canonical(slow.right))
        assert.strictEqual(Object.getPrototypeOf(fast), Object.getPrototypeOf(slow.right))
      }
    }
  })

  it("take the fast path without any optional field, and leave a frame without a required one to the schema", () => {
    for (const [type, base] of Object.entries(bases)) {
      const required: ReadonlyArray<string> = Messages.requiredFields[type as Messages.DataMessageType]
      for (const field of Object.keys(base.msg as object)) {
        const { [field]: _removed, ...msg } = base.msg as Record<string, unknown>
        const frame = { ...base, msg }
        const fast = FastDecode.fastDecoders[type]!(frame)
        const slow = Schema.decodeUnknownEither(
          Messages.dataMessageSchemas[type as Messages.DataMessageType] as Schema.Schema<unknown, unknown>
        )(frame)
        if (required.includes(field)) {
          assert.isUndefined(fast, `${type} without ${field}`)
          assert.strictEqual(slow._tag, "Left", `${type} without ${field}`)
        } else {
          assert.isDefined(fast, `${type} without ${field}`)
          if (slow._tag === "Right") assert.deepStrictEqual(canonical(fast), canonical(slow.right))
          else assert.fail(`${type} without ${field}: the schema refused it`)
        }
      }
    }
  })

  it("take the fast path for the older ticker and trade shapes, as the schemas decode them", () => {
    for (const frame of [oldTicker, oldTrade]) {
      const fast = FastDecode.fastDecoders[frame.type]!(frame)
      const slow = Schema.decodeUnknownEither(
        Messages.dataMessageSchemas[frame.type as Messages.DataMessageType] as Schema.Schema<unknown, unknown>
      )(frame)
      assert.isDefined(fast, frame.type)
      if (slow._tag === "Right") assert.deepStrictEqual(canonical(fast), canonical(slow.right))
      else assert.fail(`${frame.type}: the schema refused it`)
    }
  })

  it.prop("agree with the schemas on every frame they accept, and accept nothing the schemas reject", [frameArb], (
    [{ frame, type }]
  ) => {
    const fast = FastDecode.fastDecoders[type]!(frame)
    const slow = Schema.decodeUnknownEither(
      Messages.dataMessageSchemas[type as Messages.DataMessageType] as Schema.Schema<unknown, unknown>
    )(frame)
    if (fast !== undefined) {
      assert.strictEqual(slow._tag, "Right", JSON.stringify(frame))
      if (slow._tag === "Right") assert.deepStrictEqual(canonical(fast), canonical(slow.right))
    }
  }, { fastCheck: { numRuns: 3000 } })

  it.prop("the written-out orderbook_delta decoder reads exactly what the field table reads", [
    frameArb.filter(({ type }) => type === "orderbook_delta")
  ], ([{ frame }]) => {
    const written = FastDecode.orderbookDelta(frame)
    const table = FastDecode.orderbookDeltaByTable(frame)
    assert.strictEqual(written === undefined, table === undefined, JSON.stringify(frame))
    if (written !== undefined && table !== undefined) {
      assert.deepStrictEqual(canonical(written), canonical(table))
      assert.deepStrictEqual(Object.keys(written.msg), Object.keys((table as typeof written).msg))
      assert.strictEqual(Object.getPrototypeOf(written), Object.getPrototypeOf(table))
    }
  }, { fastCheck: { numRuns: 2000 } })

  it.prop("accept most valid frames (the fast path is actually taken)", [frameArb], ([{ frame, type }]) => {
    const slow = Schema.decodeUnknownEither(
      Messages.dataMessageSchemas[type as Messages.DataMessageType] as Schema.Schema<unknown, unknown>
    )(frame)
    const fast = FastDecode.fastDecoders[type]!(frame)
    // A frame with no edits (or edits to unknown extra fields) must take the fast path.
    const plain = JSON.stringify(frame) === JSON.stringify(bases[type])
    if (plain) assert.isDefined(fast)
    if (slow._tag === "Left") assert.isUndefined(fast)
  }, { fastCheck: { numRuns: 500 } })
})
