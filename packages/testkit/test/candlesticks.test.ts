import { describe, expect, it } from "@effect/vitest"
import { MarketApi } from "@kalshi-effect/rest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as TestClock from "effect/TestClock"
import { TestExchange } from "../src/index.js"
import { call } from "./utils/client.js"

const SERIES = "KXCANDLE"
const A = "KXCANDLE-26-A"
const PATH = `/series/${SERIES}/markets/${A}/candlesticks`

const show = (d: BigDecimal.BigDecimal | undefined): string | undefined =>
  d === undefined ? undefined : BigDecimal.format(BigDecimal.normalize(d))

describe("GetMarketCandlesticks", () => {
  it.layer(TestExchange.layerSdk({ markets: [{ ticker: A }] }))((it) => {
    it.effect("candles per period from the trades at known times, through the SDK", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const seller = yield* exchange.addAccount({ balance: "100" })
        const buyer = yield* exchange.addAccount({ balance: "100" })
        const maker = yield* exchange.addAccount({ balance: "100" })
        const trade = (price: string, count: string) =>
          Effect.zipRight(
            exchange.placeOrder({ user: seller.user, ticker: A, side: "ask", price, count }),
            exchange.placeOrder({ user: buyer.user, ticker: A, side: "bid", price, count })
          )
        const at = (seconds: number) =>
          Effect.flatMap(TestClock.currentTimeMillis, (now) => TestClock.adjust(seconds * 1000 - now))

        yield* at(100)
        yield* exchange.placeOrder({ user: maker.user, ticker: A, side: "bid", price: "0.30", count: "1" })
        // period (120, 180]
        yield* at(130)
        yield* trade("0.40", "1")
        yield* at(150)
        yield* trade("0.45", "2")
        yield* at(170)
        yield* trade("0.38", "1")
        // period (240, 300]
        yield* at(250)
        yield* trade("0.50", "3")
        // period (420, 480]
        yield* at(430)
        yield* trade("0.42", "1")
        yield* at(1000)

        const markets = yield* MarketApi
        const candles = (start_ts: number, end_ts: number, period_interval: 1 | 60 | 1440, latest?: boolean) =>
          markets.getMarketCandlesticks({
            series_ticker: SERIES,
            ticker: A,
            start_ts,
            end_ts,
            period_interval,
            ...(latest === undefined ? {} : { include_latest_before_start: latest })
          })

        const minutes = yield* candles(0, 1000, 1)
        expect(minutes.ticker).toBe(A)
        expect(minutes.candlesticks.map((c) => ({
          end: c.end_period_ts,
          open: show(c.price?.open_dollars),
          high: show(c.price?.high_dollars),
          low: show(c.price?.low_dollars),
          close: show(c.price?.close_dollars),
          mean: show(c.price?.mean_dollars),
          previous: show(c.price?.previous_dollars),
          volume: show(c.volume_fp),
          openInterest: show(c.open_interest_fp)
        }))).toEqual([
          {
            end: 180,
            open: "0.4",
            high: "0.45",
            low: "0.38",
            close: "0.38",
            mean: "0.42",
            previous: undefined,
            volume: "4",
            openInterest: "4"
          },
          {
            end: 300,
            open: "0.5",
            high: "0.5",
            low: "0.5",
            close: "0.5",
            mean: "0.5",
            previous: "0.38",
            volume: "3",
            openInterest: "7"
          },
          {
            end: 480,
            open: "0.42",
            high: "0.42",
            low: "0.42",
            close: "0.42",
            mean: "0.42",
            previous: "0.5",
            volume: "1",
            openInterest: "8"
          }
        ])
        // the resting bid stays at 0.30; the ask is only there for the instant before each trade
        const first = minutes.candlesticks[0]!
        expect([first.yes_bid, first.yes_ask].map((d) =>
          [d?.open_dollars, d?.low_dollars, d?.high_dollars, d?.close_dollars].map(show)
        ))
          .toEqual([["0.3", "0.3", "0.3", "0.3"], ["1", "0.38", "1", "1"]])

        // only the candles ending within the range
        const later = yield* candles(181, 480, 1)
        expect(later.candlesticks.map((c) =>
          c.end_period_ts
        )).toEqual([300, 480])
        const none = yield* candles(500, 1000, 1)
        expect(none.candlesticks).toEqual([])

        // the latest candle before the start, projected to the first boundary after it, without prices
        const withLatest = yield* candles(181, 480, 1, true)
        expect(withLatest.candlesticks.map((c) => c.end_period_ts)).toEqual([240, 300, 480])
        expect(withLatest.candlesticks[0]!.price).toEqual({ previous_dollars: BigDecimal.unsafeFromString("0.3800") })

        // one hour holds all of them
        const hours = yield* candles(0, 3600, 60)
        expect(hours.candlesticks.map((c) => [
          c.end_period_ts,
          show(c.price?.open_dollars),
          show(c.price?.close_dollars),
          show(c.volume_fp)
        ])).toEqual([[3600, "0.4", "0.42", "8"]])
      }))

    it.effect("rejects missing or invalid parameters with 400 and an unknown market or series with 404", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const status = (path: string, query: Record<string, string>) =>
          Effect.map(call(exchange, "GET", path, { query }), (r) => r.status)
        const valid = { start_ts: "0", end_ts: "100", period_interval: "1" }
        expect(yield* status(PATH, valid)).toBe(200)
        expect(yield* status(PATH, { end_ts: "100", period_interval: "1" })).toBe(400)
        expect(yield* status(PATH, { start_ts: "0", period_interval: "1" })).toBe(400)
        expect(yield* status(PATH, { start_ts: "0", end_ts: "100" })).toBe(400)
        expect(yield* status(PATH, { ...valid, period_interval: "5" })).toBe(400)
        expect(yield* status(PATH, { ...valid, start_ts: "x" })).toBe(400)
        expect(yield* status(PATH, { ...valid, start_ts: "200" })).toBe(400)
        expect(yield* status(PATH, { ...valid, include_latest_before_start: "maybe" })).toBe(400)
        expect(yield* status(`/series/${SERIES}/markets/KXCANDLE-26-NONE/candlesticks`, valid)).toBe(404)
        expect(yield* status(`/series/KXOTHER/markets/${A}/candlesticks`, valid)).toBe(404)
      }))
  })
})
