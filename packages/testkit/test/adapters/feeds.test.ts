import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as TestClock from "effect/TestClock"
import { usd8 } from "../../src/adapters/ws/messages.js"
import { quarterAverage, trailingAverage } from "../../src/exchange/feeds.js"
import { TestExchange } from "../../src/index.js"
import { connect } from "../utils/client.js"
import { checkFrame } from "../utils/spec.js"

const Q = 1_800_000 // 00:30 UTC, a quarter-hour close

describe("feed averages", () => {
  it("the trailing 60-second average counts prior ticks only, and falls back to the value itself", () => {
    const history = [{ ts: Q - 61_000, value: 1n }, { ts: Q - 60_000, value: 10n }, { ts: Q - 1_000, value: 20n }]
    expect(trailingAverage(history, Q, 99n)).toEqual({
      value: 15n,
      windowSize: 2,
      windowStartTsMs: Q - 60_000,
      windowEndTsExclusive: Q
    })
    expect(trailingAverage([], Q, 99n)).toMatchObject({ value: 99n, windowSize: 0 })
  })

  it("the quarter's final-minute average exists only in the last minute, start excluded, close included", () => {
    const ticks = Array.from({ length: 61 }, (_, i) => ({ ts: Q - 60_000 + i * 1_000, value: BigInt(i) }))
    expect(quarterAverage(ticks, Q - 60_000)).toBeUndefined()
    expect(quarterAverage(ticks.slice(0, 2), Q - 59_000)).toMatchObject({ value: 1n, windowSize: 1 })
    // at the close tick: 60 ticks (:01 .. :00), values 1 .. 60
    expect(quarterAverage(ticks, Q)).toMatchObject({ value: 30n, windowSize: 60, windowStartTsMs: Q - 60_000 })
    expect(quarterAverage(ticks, Q + 1_000)).toBeUndefined()
  })

  it("values have exactly 8 decimals", () => {
    expect(usd8(6_800_012_000_000n)).toBe("68000.12000000")
    expect(usd8(15_432_000n)).toBe("0.15432000")
  })
})

describe("feed subscriptions", () => {
  it.scoped("index ids are added, listed and removed; missing ids are errors 24 and 28", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, simulate: {} })
      const account = yield* exchange.addAccount({ balance: "1" })
      const ws = yield* connect(exchange, account)
      yield* ws.send({ id: 1, cmd: "subscribe", params: { channels: ["cfbenchmarks_value"] } })
      yield* ws.send({ id: 2, cmd: "subscribe", params: { channels: ["pyth_value"], underlying_tickers: ["all"] } })
      const cf = (yield* ws.next((f) => f.id === 1 && f.type === "subscribed")).msg.sid
      const pyth = (yield* ws.next((f) => f.id === 2 && f.type === "subscribed")).msg.sid
      yield* ws.send({ id: 3, cmd: "update_subscription", params: { sid: cf, action: "subscribe_indices" } })
      expect((yield* ws.next((f) => f.id === 3)).msg).toEqual({ code: 24, msg: "Index IDs required" })
      yield* ws.send({ id: 4, cmd: "update_subscription", params: { sid: pyth, action: "subscribe_underlyings" } })
      expect((yield* ws.next((f) => f.id === 4)).msg).toEqual({ code: 28, msg: "Underlying tickers required" })
      yield* ws.send({ id: 5, cmd: "update_subscription", params: { sid: cf, action: "add_markets" } })
      expect((yield* ws.next((f) => f.id === 5)).msg.code).toBe(13)
      yield* ws.send({ id: 6, cmd: "update_subscription", params: { sid: cf, action: "indexlist" } })
      const list = yield* ws.next((f) => f.id === 6)
      expect(list.type).toBe("cfbenchmarks_value_indexlist")
      expect(list.msg.index_ids).toContain("BRTI")
      // no index yet: nothing flows
      const from = ws.frames.length
      yield* TestClock.adjust("2 seconds")
      yield* ws.until(() => ws.frames.slice(from).filter((f) => f.type === "pyth_value").length >= 8)
      expect(ws.frames.slice(from).some((f) => f.type === "cfbenchmarks_value")).toBe(false)
      yield* ws.send({
        id: 7,
        cmd: "update_subscription",
        params: { sid: cf, action: "subscribe_indices", index_ids: ["ETHUSD_RTI"] }
      })
      expect((yield* ws.next((f) => f.id === 7)).msg).toEqual({ index_ids: ["ETHUSD_RTI"] })
      const after = ws.frames.length
      yield* TestClock.adjust("1 second")
      const tick = yield* ws.next((f) => f.type === "cfbenchmarks_value", after)
      expect(tick.msg.index_id).toBe("ETHUSD_RTI")
      expect(tick.msg.avg_60s_data.value).toMatch(/^\d+\.\d{8}$/)
      yield* ws.send({
        id: 8,
        cmd: "update_subscription",
        params: { sid: cf, action: "unsubscribe_indices", index_ids: ["ETHUSD_RTI"] }
      })
      expect((yield* ws.next((f) => f.id === 8)).msg).toEqual({ index_ids: [] })
      // every frame of the session has the spec's shape
      yield* ws.send({ id: 9, cmd: "subscribe", params: { channels: ["cfbenchmarks_value_5hz"], index_ids: ["all"] } })
      yield* ws.send({ id: 10, cmd: "update_subscription", params: { sid: pyth, action: "underlying_list" } })
      yield* ws.next((f) => f.id === 10)
      const last = ws.frames.length
      yield* TestClock.adjust("1 second")
      yield* ws.until(() => ws.frames.slice(last).some((f) => f.type === "cfbenchmarks_value_5hz"))
      const types = new Set(ws.frames.map((f) => f.type))
      for (const type of ["cfbenchmarks_value", "cfbenchmarks_value_5hz", "pyth_value", "pyth_value_underlying_list"]) {
        expect(types.has(type), type).toBe(true)
      }
      for (const frame of ws.frames) expect(checkFrame(frame), JSON.stringify(frame)).toEqual([])
    }))
})

describe("multivariate lifecycle and subscription faults on the wire", () => {
  it.scoped("multivariate markets' lifecycle and the errors of dropped or refused subscriptions match the spec", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, simulate: { feeds: false, multivariate: true } })
      const account = yield* exchange.addAccount({ balance: "1" })
      const ws = yield* connect(exchange, account)
      yield* ws.send({ id: 1, cmd: "subscribe", params: { channels: ["multivariate_market_lifecycle", "trade"] } })
      yield* ws.until(() => ws.frames.filter((f) => f.type === "subscribed").length === 2)
      yield* TestClock.adjust("4 minutes")
      yield* ws.until(() =>
        ws.frames.some((f) => f.type === "multivariate_market_lifecycle" && f.msg.event_type === "settled")
      )
      const mve = ws.frames.filter((f) => f.type === "multivariate_market_lifecycle")
      expect(new Set(mve.map((f) => f.msg.event_type))).toEqual(new Set(["created", "determined", "settled"]))
      expect(yield* exchange.faults.dropSubscriptions({ code: 25, channel: "multivariate_market_lifecycle" })).toBe(1)
      const dropped = yield* ws.next((f) => f.type === "error" && f.msg.code === 25)
      expect(dropped).toMatchObject({ sid: mve[0]!.sid, seq: mve[mve.length - 1]!.seq + 1 })
      yield* exchange.faults.refuseSubscriptions({ code: 10 })
      yield* ws.send({ id: 2, cmd: "subscribe", params: { channels: ["ticker"] } })
      expect(yield* ws.next((f) => f.id === 2)).toEqual({
        type: "error",
        id: 2,
        msg: { code: 10, msg: "Channel error" }
      })
      yield* ws.send({ id: 3, cmd: "list_subscriptions" })
      expect((yield* ws.next((f) => f.id === 3)).msg.map((s: any) => s.channel)).toEqual(["trade"])
      for (const frame of ws.frames) expect(checkFrame(frame), JSON.stringify(frame)).toEqual([])
    }))
})
