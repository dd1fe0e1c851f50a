import { assert, describe, it } from "@effect/vitest"
import { BigDecimal, Chunk, Effect, Either, Schema, SchemaAST, Stream } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as KalshiWebSocket from "../src/KalshiWebSocket.js"
import {
  dataMessageSchemas,
  type DataMessageType,
  decodeDataMessage,
  isDataMessageType,
  MarketLifecycle,
  MarketMetadataUpdated,
  requiredFields,
  Ticker,
  Trade
} from "../src/Messages.js"
import { oldTicker, oldTrade } from "./utils/frames.js"
import { connect, server } from "./utils/setup.js"
import * as Spec from "./utils/spec.js"

/** A market lifecycle message whose `additional_metadata` holds only `settlement_value: null`, without `seq`. */
const activated = {
  type: "market_lifecycle_v2",
  sid: 13,
  msg: {
    market_ticker: "KXBTCD-26JAN1417-T95499.99",
    event_type: "activated",
    is_deactivated: false,
    additional_metadata: { settlement_value: null }
  }
}

const decodeEither = (frame: unknown) => {
  const type = (frame as { readonly type?: unknown }).type
  if (!isDataMessageType(type)) throw new Error(`unknown data message type ${String(type)}`)
  return decodeDataMessage(type, frame)
}

const decodeRight = (frame: unknown) => {
  const result = decodeEither(frame)
  if (Either.isLeft(result)) assert.fail(result.left.message)
  return Either.getOrThrow(result)
}

/** The classes of each wire type (two shapes share `market_lifecycle_v2`). */
const classesOf = (type: DataMessageType): ReadonlyArray<Schema.Schema.AnyNoContext> =>
  type === "market_lifecycle_v2" ? [MarketLifecycle, MarketMetadataUpdated] : [dataMessageSchemas[type]]

/** The `msg` fields a class requires on the wire. */
const requiredOnTheWire = (schema: Schema.Schema.AnyNoContext): ReadonlyArray<string> => {
  const envelope = SchemaAST.getPropertySignatures(Schema.encodedSchema(schema).ast)
  const msg = envelope.find((p) => p.name === "msg")!
  return SchemaAST.getPropertySignatures(msg.type).filter((p) => !p.isOptional).map((p) => String(p.name)).sort()
}

const specMessages = Spec.dataChannels().flatMap((c) => c.messages)

describe("decoding policy: what a message cannot be decoded without", () => {
  it("every data message type has its entry, and its schema requires exactly those msg fields", () => {
    assert.deepStrictEqual(Object.keys(requiredFields).sort(), Object.keys(dataMessageSchemas).sort())
    for (const type of Object.keys(dataMessageSchemas) as Array<DataMessageType>) {
      for (const schema of classesOf(type)) {
        assert.deepStrictEqual(requiredOnTheWire(schema), [...requiredFields[type]].sort(), type)
      }
    }
  })

  for (const message of specMessages) {
    const type = message.name as DataMessageType
    const example = message.examples[0]?.payload as Record<string, unknown> | undefined
    if (example === undefined) continue
    it(`${message.key} (${type}): removing an optional field decodes, removing a required one names it`, () => {
      const required: ReadonlyArray<string> = requiredFields[type]
      const msg = example["msg"] as Record<string, unknown>
      for (const field of required) assert.property(msg, field, `the spec example of ${message.key} lacks ${field}`)
      for (const field of Object.keys(msg)) {
        const { [field]: _removed, ...rest } = msg
        const result = decodeEither({ ...example, msg: rest })
        if (required.includes(field)) {
          assert.isTrue(Either.isLeft(result), `${type} without ${field} decoded`)
          if (Either.isLeft(result)) {
            assert.include(result.left.message, `["${field}"]`)
            assert.include(result.left.message, "is missing")
          }
        } else {
          assert.isTrue(
            Either.isRight(result),
            `${type} without ${field}: ${Either.isLeft(result) ? result.left.message : ""}`
          )
        }
      }
      // the envelope: `sid` is required, `seq` and `id` are not
      const { sid: _sid, ...noSid } = example
      const withoutSid = decodeEither(noSid)
      assert.isTrue(Either.isLeft(withoutSid) && withoutSid.left.message.includes(`["sid"]`))
      const { seq: _seq, id: _id, ...noSeq } = example
      assert.isTrue(Either.isRight(decodeEither(noSeq)), `${type} without seq and id`)
    })
  }

  it("a ticker without its *_fp fields and ts_ms decodes (the shape recorded from the exchange)", () => {
    const t = decodeRight(oldTicker) as Ticker
    assert.instanceOf(t, Ticker)
    assert.strictEqual(t.msg.market_ticker, "KXBTCD-26JAN1417-T95499.99")
    assert.isTrue(BigDecimal.equals(t.msg.yes_bid_dollars!, BigDecimal.unsafeFromString("0.45")))
    assert.isTrue(BigDecimal.equals(t.msg.dollar_volume!, BigDecimal.unsafeFromString("16948")))
    assert.isUndefined(t.msg.volume_fp)
    assert.isUndefined(t.msg.ts_ms)
    assert.strictEqual(t.msg.ts, 1768425000)
  })

  it("a trade without taker_outcome_side, taker_book_side, is_block_trade and ts_ms decodes", () => {
    const t = decodeRight(oldTrade) as Trade
    assert.instanceOf(t, Trade)
    assert.strictEqual(t.msg.taker_side, "no")
    assert.isUndefined(t.msg.taker_outcome_side)
    assert.isUndefined(t.msg.is_block_trade)
    assert.isTrue(BigDecimal.equals(t.msg.count_fp, BigDecimal.unsafeFromString("136")))
  })

  it("an activated lifecycle message whose additional_metadata holds only settlement_value: null decodes", () => {
    const m = decodeRight(activated) as MarketLifecycle
    assert.instanceOf(m, MarketLifecycle)
    assert.strictEqual(m.msg.event_type, "activated")
    assert.deepStrictEqual(m.msg.additional_metadata, {})
  })
})

const take = <A, E>(stream: Stream.Stream<A, E>, n: number) =>
  Effect.map(Stream.runCollect(Stream.take(stream, n)), Chunk.toReadonlyArray)

describe("decoding policy on a connection", () => {
  it.scopedLive("old-shape ticker and trade frames are delivered as messages", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const tickers = yield* ws.subscribe("ticker", {})
      const trades = yield* ws.subscribe("trade", {})
      s.publish(s.subOf("ticker")!, "ticker", oldTicker.msg, { seq: "none" })
      s.publish(s.subOf("trade")!, "trade", oldTrade.msg)
      const [ticker] = yield* take(tickers.stream, 1)
      const [trade] = yield* take(trades.stream, 1)
      assert.instanceOf(ticker, Ticker)
      assert.instanceOf(trade, Trade)
    }))

  it.scopedLive("a frame without a required field is an UndecodableFrame naming the field", () =>
    Effect.gen(function*() {
      const s = yield* server
      const ws = yield* connect(s.url)
      const trades = yield* ws.subscribe("trade", {})
      const sub = s.subOf("trade")!
      const { count_fp: _count, ...withoutCount } = oldTrade.msg
      s.publish(sub, "trade", withoutCount)
      s.publish(sub, "trade", oldTrade.msg)
      const [bad, good] = yield* take(trades.stream, 2)
      assert.isTrue(KalshiWebSocket.isControlEvent(bad!))
      if (KalshiWebSocket.isControlEvent(bad!) && bad._tag === "UndecodableFrame") {
        assert.strictEqual(bad.sid, sub.sid)
        assert.include(bad.description, `["count_fp"]`)
        assert.include(bad.description, "is missing")
      } else {
        assert.fail(`expected an UndecodableFrame, got ${JSON.stringify(bad)}`)
      }
      assert.instanceOf(good, Trade)
    }))
})

describe("decoding policy in the README", () => {
  it("lists exactly Messages.requiredFields", () => {
    const readme = fs.readFileSync(path.resolve(Spec.repoRoot, "packages/ws/README.md"), "utf8")
    const table = readme.split("| message type | required `msg` fields |")[1]!.split("\n\n")[0]!
    const listed: Record<string, ReadonlyArray<string>> = {}
    for (const [, type, fields] of table.matchAll(/^\| `([a-z0-9_]+)` \| (.+) \|$/gm)) {
      listed[type!] = [...fields!.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]!)
    }
    assert.deepStrictEqual(listed, JSON.parse(JSON.stringify(requiredFields)))
  })
})
