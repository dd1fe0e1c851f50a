/**
 * `GetMarketCandlesticks`, built from the exchange's own trades and the market's ticker history.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as Engine from "../../../Engine.js"
import * as Wire from "../../wire.js"
import { boolParam, type Handler, notFound, ok, queryError, requiredInt } from "../params.js"
import { marketRecord } from "./catalog.js"

const ZERO = BigDecimal.fromBigInt(0n)
const ONE = BigDecimal.fromBigInt(1n)

/**
 * `GetMarketCandlesticks`: one candlestick per period that had trades and ends within
 * `[start_ts, end_ts]`. A period of `P` seconds ends at a multiple of `P` and holds the trades
 * after its start up to and including its end. `price` is the OHLC, volume-weighted mean and
 * previous close of the trades' YES prices; `yes_bid`, `yes_ask` and `open_interest_fp` come from
 * the market's ticker history (no bid reads 0, no ask 1, as in `Market`).
 */
export const getCandlesticks: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const rec = yield* marketRecord(state, req.params["ticker"]!)
    if (rec.seriesTicker !== req.params["series_ticker"]) return yield* notFound("market not found in series")
    const startTs = yield* requiredInt(q, "start_ts", 0)
    const endTs = yield* requiredInt(q, "end_ts", 0)
    const interval = yield* requiredInt(q, "period_interval")
    if (interval !== 1 && interval !== 60 && interval !== 1440) {
      return yield* queryError("period_interval must be one of 1, 60, 1440")
    }
    if (startTs > endTs) return yield* queryError("start_ts must be <= end_ts")
    const latestBefore = yield* boolParam(q, "include_latest_before_start")
    const period = interval * 60
    const endOf = (tsMs: number): number => Math.ceil(tsMs / 1000 / period) * period
    const trades = state.trades.filter((t) => t.ticker === rec.ticker)
    const history = state.tickerHistory.get(rec.ticker) ?? []
    const viewAt = (ms: number): Engine.Market | undefined => {
      let found: Engine.Market | undefined
      for (const h of history) {
        if (h.tsMs > ms) break
        found = h.market
      }
      return found
    }
    const bidOf = (m: Engine.Market | undefined) =>
      m === undefined ? ZERO : Option.match(m.yesBid, { onNone: () => ZERO, onSome: (l) => l.price })
    const askOf = (m: Engine.Market | undefined) =>
      m === undefined ? ONE : Option.match(m.yesAsk, { onNone: () => ONE, onSome: (l) => l.price })
    const ohlc = (values: ReadonlyArray<BigDecimal.BigDecimal>) => ({
      open_dollars: Wire.price(values[0]!),
      low_dollars: Wire.price(values.reduce((a, b) => BigDecimal.min(a, b))),
      high_dollars: Wire.price(values.reduce((a, b) => BigDecimal.max(a, b))),
      close_dollars: Wire.price(values[values.length - 1]!)
    })
    const distribution = (
      startMs: number,
      endMs: number,
      of: (m: Engine.Market | undefined) => BigDecimal.BigDecimal
    ) =>
      ohlc([
        of(viewAt(startMs)),
        ...history.filter((h) => h.tsMs > startMs && h.tsMs <= endMs).map((h) => of(h.market))
      ])
    const groups = new Map<number, Array<Engine.Trade>>()
    for (const t of trades) {
      const end = endOf(t.tsMs)
      const group = groups.get(end)
      if (group === undefined) groups.set(end, [t])
      else group.push(t)
    }
    const ends = [...groups.keys()].sort((a, b) => a - b)
    const candle = (end: number) => {
      const group = groups.get(end)!
      const startMs = (end - period) * 1000
      const endMs = end * 1000
      const prices = group.map((t) => t.yesPrice)
      const volume = group.reduce((acc, t) => BigDecimal.sum(acc, t.count), ZERO)
      const notional = group.reduce((acc, t) => BigDecimal.sum(acc, BigDecimal.multiply(t.yesPrice, t.count)), ZERO)
      const before = trades.filter((t) => t.tsMs <= startMs)
      const previous = before.length === 0 ? null : Wire.price(before[before.length - 1]!.yesPrice)
      return {
        end_period_ts: end,
        yes_bid: distribution(startMs, endMs, bidOf),
        yes_ask: distribution(startMs, endMs, askOf),
        price: {
          ...ohlc(prices),
          mean_dollars: Wire.price(BigDecimal.unsafeDivide(notional, volume)),
          previous_dollars: previous
        },
        volume_fp: Wire.count(volume),
        open_interest_fp: Wire.count(viewAt(endMs)?.openInterest ?? ZERO)
      }
    }
    const inRange = ends.filter((end) => end >= startTs && end <= endTs)
    const candles: Array<unknown> = inRange.map(candle)
    if (latestBefore) {
      const earlier = ends.filter((end) => end < startTs)
      const boundary = Math.ceil(startTs / period) * period
      if (earlier.length > 0 && inRange[0] !== boundary) {
        const last = groups.get(earlier[earlier.length - 1]!)!
        const endMs = boundary * 1000
        candles.unshift({
          end_period_ts: boundary,
          yes_bid: distribution(endMs, endMs, bidOf),
          yes_ask: distribution(endMs, endMs, askOf),
          price: {
            open_dollars: null,
            low_dollars: null,
            high_dollars: null,
            close_dollars: null,
            mean_dollars: null,
            previous_dollars: Wire.price(last[last.length - 1]!.yesPrice)
          },
          volume_fp: Wire.count(ZERO),
          open_interest_fp: Wire.count(viewAt(endMs)?.openInterest ?? ZERO)
        })
      }
    }
    return ok({ ticker: rec.ticker, candlesticks: candles })
  })
