/**
 * Candlesticks from the exchange's own trades and ticker history: one candle per period that had
 * trades and ends within `[startTs, endTs]`. A period of `P` seconds ends at a multiple of `P` and
 * holds the trades after its start up to and including its end. `price` is the OHLC,
 * volume-weighted mean and previous close of the trades' YES prices; `yesBid`, `yesAsk` and
 * `openInterest` come from the market's ticker history (no bid reads 0, no ask 1, as in a market).
 * With `includeLatestBeforeStart`, a candle without trades at the first period boundary carries the
 * last price before the range.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Option from "effect/Option"
import type * as Engine from "./model.js"

export interface Ohlc {
  readonly open: BigDecimal.BigDecimal
  readonly low: BigDecimal.BigDecimal
  readonly high: BigDecimal.BigDecimal
  readonly close: BigDecimal.BigDecimal
}

export interface Candle {
  /** Unix seconds. */
  readonly endTs: number
  readonly yesBid: Ohlc
  readonly yesAsk: Ohlc
  /** `undefined` for a candle without trades (the latest before the range). */
  readonly price: (Ohlc & { readonly mean: BigDecimal.BigDecimal }) | undefined
  readonly previous: BigDecimal.BigDecimal | undefined
  readonly volume: BigDecimal.BigDecimal
  readonly openInterest: BigDecimal.BigDecimal
}

export interface CandleQuery {
  readonly startTs: number
  readonly endTs: number
  /** Minutes: 1, 60 or 1440. */
  readonly periodInterval: number
  readonly includeLatestBeforeStart: boolean
}

export const PERIOD_INTERVALS: ReadonlyArray<number> = [1, 60, 1440]

const ZERO = BigDecimal.fromBigInt(0n)
const ONE = BigDecimal.fromBigInt(1n)

const ohlc = (values: ReadonlyArray<BigDecimal.BigDecimal>): Ohlc => ({
  open: values[0]!,
  low: values.reduce((a, b) => BigDecimal.min(a, b)),
  high: values.reduce((a, b) => BigDecimal.max(a, b)),
  close: values[values.length - 1]!
})

/** The candles of one market's trades (in time order) and ticker history (in time order). */
export const candlesticks = (
  trades: ReadonlyArray<Engine.Trade>,
  history: ReadonlyArray<{ readonly tsMs: number; readonly market: Engine.Market }>,
  query: CandleQuery
): ReadonlyArray<Candle> => {
  const period = query.periodInterval * 60
  const endOf = (tsMs: number): number => Math.ceil(tsMs / 1000 / period) * period
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
  const distribution = (startMs: number, endMs: number, of: (m: Engine.Market | undefined) => BigDecimal.BigDecimal) =>
    ohlc([of(viewAt(startMs)), ...history.filter((h) => h.tsMs > startMs && h.tsMs <= endMs).map((h) => of(h.market))])
  const groups = new Map<number, Array<Engine.Trade>>()
  for (const t of trades) {
    const end = endOf(t.tsMs)
    const group = groups.get(end)
    if (group === undefined) groups.set(end, [t])
    else group.push(t)
  }
  const ends = [...groups.keys()].sort((a, b) => a - b)
  const candle = (end: number): Candle => {
    const group = groups.get(end)!
    const startMs = (end - period) * 1000
    const endMs = end * 1000
    const volume = group.reduce((acc, t) => BigDecimal.sum(acc, t.count), ZERO)
    const notional = group.reduce((acc, t) => BigDecimal.sum(acc, BigDecimal.multiply(t.yesPrice, t.count)), ZERO)
    const before = trades.filter((t) => t.tsMs <= startMs)
    return {
      endTs: end,
      yesBid: distribution(startMs, endMs, bidOf),
      yesAsk: distribution(startMs, endMs, askOf),
      price: { ...ohlc(group.map((t) => t.yesPrice)), mean: BigDecimal.unsafeDivide(notional, volume) },
      previous: before.length === 0 ? undefined : before[before.length - 1]!.yesPrice,
      volume,
      openInterest: viewAt(endMs)?.openInterest ?? ZERO
    }
  }
  const inRange = ends.filter((end) => end >= query.startTs && end <= query.endTs)
  const candles = inRange.map(candle)
  if (query.includeLatestBeforeStart) {
    const earlier = ends.filter((end) => end < query.startTs)
    const boundary = Math.ceil(query.startTs / period) * period
    if (earlier.length > 0 && inRange[0] !== boundary) {
      const last = groups.get(earlier[earlier.length - 1]!)!
      const endMs = boundary * 1000
      candles.unshift({
        endTs: boundary,
        yesBid: distribution(endMs, endMs, bidOf),
        yesAsk: distribution(endMs, endMs, askOf),
        price: undefined,
        previous: last[last.length - 1]!.yesPrice,
        volume: ZERO,
        openInterest: viewAt(endMs)?.openInterest ?? ZERO
      })
    }
  }
  return candles
}
