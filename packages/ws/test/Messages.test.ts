import { assert, describe, it } from "@effect/vitest"
import { BigDecimal, Either, Option } from "effect"
import {
  channelMessageTypes,
  channels,
  decodeDataMessage,
  decodeReply,
  ErrorReply,
  isDataMessageType,
  isReplyType,
  MarketLifecycle,
  MarketMetadataUpdated,
  type Ok,
  OrderbookDelta,
  OrderbookSnapshot,
  Subscribed,
  Ticker,
  type Unsubscribed
} from "../src/Messages.js"
import * as Spec from "./utils/spec.js"

const dec = (s: string) => BigDecimal.unsafeFromString(s)
const eq = (a: BigDecimal.BigDecimal | undefined, b: string) => {
  assert.isDefined(a)
  assert.isTrue(BigDecimal.equals(a!, dec(b)), `${a === undefined ? "undefined" : BigDecimal.format(a)} != ${b}`)
}

const decode = (frame: Record<string, unknown>) => {
  const type = frame["type"]
  assert.isTrue(isDataMessageType(type), `unknown data message type ${String(type)}`)
  if (!isDataMessageType(type)) throw new Error("unreachable")
  const result = decodeDataMessage(type, frame)
  if (Either.isLeft(result)) assert.fail(`${String(type)} did not decode: ${result.left.message}`)
  return Either.getOrThrow(result)
}

const specChannels = Spec.dataChannels()

describe("Messages: the spec's channels and examples", () => {
  it("covers exactly the spec's 13 data channels and their 24 message types", () => {
    assert.deepStrictEqual([...specChannels.map((c) => c.name)].sort(), [...channels].sort())
    assert.strictEqual(channels.length, 13)
    const components = new Set<string>()
    for (const channel of specChannels) {
      const wireTypes = new Set(channel.messages.map((m) => m.name))
      assert.deepStrictEqual(
        [...wireTypes].sort(),
        [...channelMessageTypes[channel.name as keyof typeof channelMessageTypes]].sort(),
        channel.name
      )
      for (const m of channel.messages) components.add(m.key)
    }
    // market_lifecycle_v2 has two shapes on one wire type; event_lifecycle is shared by two channels
    assert.strictEqual(components.size, 24)
  })

  for (const channel of specChannels) {
    describe(channel.name, () => {
      for (const message of channel.messages) {
        it(`${message.key} (${message.name}) decodes from every spec example`, () => {
          assert.isAbove(message.examples.length, 0, `${message.key} has no example in the spec`)
          for (const example of message.examples) {
            const decoded = decode(example.payload as Record<string, unknown>)
            assert.strictEqual(decoded.type, message.name, example.name)
            const payload = example.payload as { sid: number; seq?: number }
            assert.strictEqual(decoded.sid, payload.sid)
            assert.strictEqual(decoded.seq, payload.seq)
          }
        })
      }
    })
  }

  it("decodes prices and counts exactly", () => {
    const [snapshot] = Spec.message("orderbookSnapshot").examples
    const s = decode(snapshot!.payload as Record<string, unknown>)
    assert.instanceOf(s, OrderbookSnapshot)
    if (!(s instanceof OrderbookSnapshot)) return
    assert.strictEqual(s.msg.yes_dollars_fp.length, 2)
    eq(s.msg.yes_dollars_fp[0]![0], "0.08")
    eq(s.msg.yes_dollars_fp[0]![1], "300")
    eq(s.msg.no_dollars_fp[1]![0], "0.56")
    eq(s.msg.no_dollars_fp[1]![1], "146")

    const [delta] = Spec.message("orderbookDelta").examples
    const d = decode(delta!.payload as Record<string, unknown>)
    assert.instanceOf(d, OrderbookDelta)
    if (!(d instanceof OrderbookDelta)) return
    eq(d.msg.price_dollars, "0.96")
    eq(d.msg.delta_fp, "-54")
    assert.strictEqual(d.msg.side, "yes")

    const [ticker] = Spec.message("ticker").examples
    const t = decode(ticker!.payload as Record<string, unknown>)
    assert.instanceOf(t, Ticker)
    if (!(t instanceof Ticker)) return
    eq(t.msg.price_dollars, "0.48")
    eq(t.msg.dollar_volume, "16948")
    eq(t.msg.volume_fp, "33896")

    const [fill] = Spec.message("fill").examples
    const f = decode(fill!.payload as Record<string, unknown>) as { msg: { fee_cost: BigDecimal.BigDecimal } }
    eq(f.msg.fee_cost, "0.01")

    const [cfb] = Spec.message("cfbenchmarksValue").examples
    const c = decode(cfb!.payload as Record<string, unknown>) as {
      msg: { avg_60s_data: { value: BigDecimal.BigDecimal } }
    }
    eq(c.msg.avg_60s_data.value, "68000.12")
    const [pyth] = Spec.message("pythValue").examples
    const p = decode(pyth!.payload as Record<string, unknown>) as { msg: { value_usd: BigDecimal.BigDecimal } }
    eq(p.msg.value_usd, "82.12345")
  })

  it("tells the two market_lifecycle_v2 shapes apart", () => {
    for (const example of Spec.message("marketMetadataUpdated").examples) {
      assert.instanceOf(decode(example.payload as Record<string, unknown>), MarketMetadataUpdated)
    }
    for (const example of Spec.message("marketLifecycleV2").examples) {
      assert.instanceOf(decode(example.payload as Record<string, unknown>), MarketLifecycle)
    }
  })
})

describe("Messages: replies", () => {
  const reply = (payload: unknown) => {
    const type = (payload as { type: unknown }).type
    assert.isTrue(isReplyType(type))
    if (!isReplyType(type)) throw new Error("unreachable")
    return Either.getOrThrow(decodeReply(type, payload))
  }

  it("decodes every reply example of the spec", () => {
    for (const key of ["subscribedResponse", "unsubscribedResponse", "okResponse", "listSubscriptionsResponse"]) {
      const m = Spec.message(key)
      assert.isAbove(m.examples.length, 0)
      for (const example of m.examples) reply(example.payload)
    }
    const errors = Spec.message("errorResponse").examples
    assert.isAbove(errors.length, 3)
    for (const example of errors) {
      const r = reply(example.payload)
      assert.instanceOf(r, ErrorReply)
    }
  })

  it("keeps the fields of each reply", () => {
    const s = reply(Spec.message("subscribedResponse").examples[0]!.payload)
    assert.instanceOf(s, Subscribed)
    assert.deepStrictEqual((s as Subscribed).msg, { channel: "orderbook_delta", sid: 1 })
    const u = reply(Spec.message("unsubscribedResponse").examples[0]!.payload) as Unsubscribed
    assert.strictEqual(u.sid, 2)
    assert.strictEqual(u.seq, 7)
    const ok = reply(Spec.message("okResponse").examples[0]!.payload) as Ok
    assert.deepStrictEqual(ok.msg, { market_tickers: ["MARKET-1", "MARKET-2", "MARKET-3"] })
    const list = reply(Spec.message("listSubscriptionsResponse").examples[0]!.payload) as Ok
    assert.deepStrictEqual(list.msg, [
      { channel: "orderbook_delta", sid: 1 },
      { channel: "ticker", sid: 2 },
      { channel: "fill", sid: 3 }
    ])
    const e = reply(Spec.message("errorResponse").examples[0]!.payload) as ErrorReply
    assert.strictEqual(e.msg.code, 7)
    assert.strictEqual(e.msg.msg, "Unknown subscription ID")
  })
})

describe("Messages: tolerant decoding", () => {
  const snapshot = (msg: Record<string, unknown>) =>
    decode({ type: "orderbook_snapshot", sid: 1, seq: 1, msg: { market_ticker: "M", market_id: "x", ...msg } })

  it("decodes a snapshot with no level keys, or null levels, to empty books", () => {
    for (const msg of [{}, { yes_dollars_fp: null, no_dollars_fp: null }]) {
      const s = snapshot(msg) as OrderbookSnapshot
      assert.deepStrictEqual(s.msg.yes_dollars_fp, [])
      assert.deepStrictEqual(s.msg.no_dollars_fp, [])
    }
    const oneSide = snapshot({ no_dollars_fp: [["0.4000", "10.00"]] }) as OrderbookSnapshot
    assert.deepStrictEqual(oneSide.msg.yes_dollars_fp, [])
    assert.strictEqual(oneSide.msg.no_dollars_fp.length, 1)
  })

  const tickerFrame = (msg: Record<string, unknown>) => ({
    type: "ticker",
    sid: 11,
    msg: {
      market_id: "9b0f6b43",
      market_ticker: "FED-23DEC-T3.00",
      price_dollars: "0.4800",
      yes_bid_dollars: "0.4500",
      yes_ask_dollars: "0.5300",
      volume_fp: "33896.00",
      open_interest_fp: "20422.00",
      dollar_volume: 16948,
      dollar_open_interest: -10211,
      yes_bid_size_fp: "300.00",
      yes_ask_size_fp: "150.00",
      last_trade_size_fp: "25.00",
      ts_ms: 1669149841000,
      ...msg
    }
  })

  it("decodes an empty ticker price to an absent key", () => {
    const t = decode(tickerFrame({ price_dollars: "", yes_ask_dollars: "" })) as Ticker
    assert.isFalse("price_dollars" in t.msg)
    assert.isUndefined(t.msg.price_dollars)
    assert.isUndefined(t.msg.yes_ask_dollars)
    eq(t.msg.yes_bid_dollars, "0.45")
    eq(t.msg.dollar_open_interest, "-10211")
  })

  it("ignores fields the exchange adds, including the legacy integer twins", () => {
    const t = decode(
      tickerFrame({ price: 48, yes_bid: 45, volume: 33896, Clock: 123456, brand_new: { x: 1 } })
    ) as Ticker
    assert.isFalse("price" in t.msg)
    assert.isFalse("Clock" in t.msg)
  })

  it("keeps enum values the exchange adds as strings", () => {
    const order = decode({
      type: "user_order",
      sid: 22,
      msg: {
        order_id: "o",
        user_id: "u",
        ticker: "T",
        exchange_index: 0,
        status: "pending_review",
        outcome_side: "yes",
        book_side: "bid",
        yes_price_dollars: "0.3500",
        fill_count_fp: "0.00",
        remaining_count_fp: "10.00",
        initial_count_fp: "10.00",
        taker_fill_cost_dollars: "0.000000",
        maker_fill_cost_dollars: "0.000000",
        taker_fees_dollars: "0.000000",
        maker_fees_dollars: "0.000000",
        client_order_id: "c",
        created_ts_ms: null,
        last_update_reason: "SomethingNew"
      }
    }) as { msg: { status: string; last_update_reason?: string } }
    assert.strictEqual(order.msg.status, "pending_review")
    assert.strictEqual(order.msg.last_update_reason, "SomethingNew")
    const lifecycle = decode({
      type: "market_lifecycle_v2",
      sid: 13,
      seq: 4,
      msg: { market_ticker: "M", event_type: "reopened", price_level_structure: "future_structure" }
    })
    assert.instanceOf(lifecycle, MarketLifecycle)
    assert.strictEqual((lifecycle as MarketLifecycle).msg.event_type, "reopened")
  })

  it("accepts a sequenced message without seq (seen on the wire)", () => {
    const m = decode({ type: "market_lifecycle_v2", sid: 13, msg: { market_ticker: "M", event_type: "settled" } })
    assert.isUndefined(m.seq)
  })

  it("rejects what cannot be right: a float count, an unknown book side, a missing price", () => {
    const base = { market_ticker: "M", market_id: "x", price_dollars: "0.50", delta_fp: "1.00", side: "yes" }
    const ok = decodeDataMessage("orderbook_delta", { type: "orderbook_delta", sid: 1, seq: 2, msg: base })
    assert.isTrue(Either.isRight(ok))
    for (const msg of [{ ...base, delta_fp: 1 }, { ...base, side: "maybe" }, { ...base, price_dollars: "" }]) {
      const r = decodeDataMessage("orderbook_delta", { type: "orderbook_delta", sid: 1, seq: 2, msg })
      assert.isTrue(Either.isLeft(r), JSON.stringify(msg))
    }
  })

  it("decodes an event fee override that was cleared", () => {
    const cleared = Spec.message("eventFeeUpdate").examples[1]!.payload as Record<string, unknown>
    const m = decode(cleared) as { msg: { fee_type_override: string | null; fee_multiplier_override: number | null } }
    assert.isNull(m.msg.fee_type_override)
    assert.isNull(m.msg.fee_multiplier_override)
  })

  it("decodes a ticker price that is absent", () => {
    const frame = tickerFrame({})
    delete (frame.msg as Record<string, unknown>)["price_dollars"]
    const t = decode(frame) as Ticker
    assert.isTrue(Option.isNone(Option.fromNullable(t.msg.price_dollars)))
  })
})
