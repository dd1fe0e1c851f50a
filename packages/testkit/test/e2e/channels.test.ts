import { describe, expect, layer } from "@effect/vitest"
import { KalshiWebSocket, Messages } from "@kalshi-effect/ws"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import { messagesOf, record, sdk } from "./sdk.js"

const A = "KXE2ECH-26-A"

/** Keeps the messages that are instances of one message class. */
const only = <A>(isA: (u: unknown) => u is A) => <E>(stream: Stream.Stream<unknown, E>) => Stream.filter(stream, isA)

const is = <A>(Class: abstract new(...args: ReadonlyArray<any>) => A) => (u: unknown): u is A => u instanceof Class

// The exchange and the SDK on the TestClock: the simulated flow's schedules follow TestClock.adjust.
describe("silent channels speak, decoded by the SDK's WebSocket", () => {
  layer(sdk({ markets: [{ ticker: A }], seed: 3, simulate: { multivariate: true, multivariateInterval: "1 minute" } }))(
    (it) => {
      it.scoped("index and price feeds at their rates: CF Benchmarks 1/s and 5/s, Pyth 1/s", () =>
        Effect.gen(function*() {
          const ws = yield* KalshiWebSocket.KalshiWebSocket
          const cf = yield* record(
            messagesOf(yield* ws.subscribe("cfbenchmarks_value", { index_ids: ["BRTI"] })).pipe(
              only(is(Messages.CfBenchmarksValue))
            )
          )
          const fast = yield* record(
            messagesOf(yield* ws.subscribe("cfbenchmarks_value_5hz", { index_ids: ["BRTI", "ETHUSD_RTI"] })).pipe(
              only(is(Messages.CfBenchmarksValue5Hz))
            )
          )
          const pyth = yield* record(
            messagesOf(yield* ws.subscribe("pyth_value", { underlying_tickers: ["Metal.XAU/USD"] })).pipe(
              only(is(Messages.PythValue))
            )
          )
          const before = {
            cf: (yield* cf.items).length,
            fast: (yield* fast.items).length,
            pyth: (yield* pyth.items).length
          }
          yield* TestClock.adjust("10 seconds")
          const cfs = (yield* cf.until("10 more index ticks", (ms) => ms.length >= before.cf + 10)).slice(before.cf)
          const fasts = (yield* fast.until("100 more 5 Hz ticks", (ms) => ms.length >= before.fast + 100))
            .slice(before.fast)
          const pyths = (yield* pyth.until("10 more prices", (ms) => ms.length >= before.pyth + 10)).slice(before.pyth)
          // exactly the rates: 10 seconds are 10 ticks a second-feed, 50 per 5 Hz index
          expect(cfs).toHaveLength(10)
          expect(fasts.filter((m) => m.msg.index_id === "BRTI")).toHaveLength(50)
          expect(fasts.filter((m) => m.msg.index_id === "ETHUSD_RTI")).toHaveLength(50)
          expect(pyths).toHaveLength(10)
          // decoded values
          const last = cfs[cfs.length - 1]!
          expect(last.msg.index_id).toBe("BRTI")
          expect(JSON.parse(last.msg.data)).toMatchObject({ type: "value", id: "BRTI" })
          expect(last.msg.avg_60s_data?.window_size).toBeGreaterThan(0)
          const price = pyths[pyths.length - 1]!
          expect(price.msg.underlying_ticker).toBe("Metal.XAU/USD")
          expect(BigDecimal.isPositive(price.msg.value_usd)).toBe(true)
          // gapless seq per subscription
          const seqs = fasts.map((m) => m.seq)
          expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i))
        }))

      it.scoped("multivariate markets are listed, determined and settled on multivariate_market_lifecycle", () =>
        Effect.gen(function*() {
          const ws = yield* KalshiWebSocket.KalshiWebSocket
          const mve = yield* record(
            messagesOf(yield* ws.subscribe("multivariate_market_lifecycle", {})).pipe(
              only(is(Messages.MultivariateMarketLifecycle))
            )
          )
          const all = yield* record(
            messagesOf(yield* ws.subscribe("market_lifecycle_v2", {})).pipe(only(is(Messages.MarketLifecycle)))
          )
          yield* TestClock.adjust("4 minutes")
          const events = yield* mve.until(
            "a multivariate market created and one settled",
            (ms) => ms.some((m) => m.msg.event_type === "created") && ms.some((m) => m.msg.event_type === "settled")
          )
          const tickers = new Set(events.map((m) => m.msg.market_ticker))
          expect([...tickers].every((t) => t.startsWith("KXMVESIM-26-M"))).toBe(true)
          expect(events.map((m) => m.msg.event_type)).toEqual(
            expect.arrayContaining(["created", "determined", "settled"])
          )
          const settled = events.find((m) => m.msg.event_type === "settled")!
          expect(["yes", "no"]).toContain(settled.msg.result)
          // the ordinary lifecycle channel carries every market, the multivariate ones too; never A's (it stays open)
          const ordinary = yield* all.until(
            "the same settlement",
            (ms) => ms.some((m) => m.msg.event_type === "settled" && m.msg.market_ticker === settled.msg.market_ticker)
          )
          expect(ordinary.some((m) => m.msg.market_ticker === A)).toBe(false)
        }))
    }
  )
})
