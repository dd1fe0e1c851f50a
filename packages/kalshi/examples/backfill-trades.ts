import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as FileSystem from "@effect/platform/FileSystem"
import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { EventsApi, MarketApi, Schemas } from "@kalshi-effect/rest"
import { Clock, Effect, Layer, Ref, Schema, Stream } from "effect"

// Every trade of a market, read page after page (newest first, as the exchange lists them), written to
// `path` as JSONL: one trade a line, in Kalshi's wire form (decimals as strings). A count is logged
// every `every` trades (1000 by default) and at the end; the total is returned.
export const backfillTrades = (
  ticker: string,
  path: string,
  options: { readonly every?: number; readonly pageSize?: number } = {}
) =>
  Effect.gen(function*() {
    const markets = yield* MarketApi
    const fs = yield* FileSystem.FileSystem
    const every = options.every ?? 1000
    const written = yield* Ref.make(0)
    const encode = Schema.encode(Schemas.Trade)
    yield* markets.getTradesStream({ ticker, limit: options.pageSize ?? 1000 }).pipe(
      Stream.mapEffect(encode),
      Stream.map((trade) => `${JSON.stringify(trade)}\n`),
      Stream.tap(() =>
        Ref.updateAndGet(written, (n) => n + 1).pipe(
          Effect.tap((n) => n % every === 0 ? Effect.logInfo(`${ticker}: ${n} trades`) : Effect.void)
        )
      ),
      Stream.encodeText,
      Stream.run(fs.sink(path))
    )
    const total = yield* Ref.get(written)
    yield* Effect.logInfo(`${ticker}: ${total} trades written to ${path}`)
    return total
  })

// The market's candlesticks from its open time up to the period in progress, written to `path` as JSONL: one
// candlestick a line, oldest first, in Kalshi's wire form. `periodInterval` is 1, 60 (the default) or 1440 minutes;
// the range is asked for in windows of at most 5000 periods. The number of candlesticks is returned.
export const backfillCandlesticks = (
  ticker: string,
  path: string,
  options: { readonly periodInterval?: 1 | 60 | 1440 } = {}
) =>
  Effect.gen(function*() {
    const markets = yield* MarketApi
    const events = yield* EventsApi
    const fs = yield* FileSystem.FileSystem
    const periodInterval = options.periodInterval ?? 60
    const period = periodInterval * 60
    const { market } = yield* markets.getMarket({ ticker })
    const { event } = yield* events.getEvent({ event_ticker: market.event_ticker })
    const opened = market.open_time === undefined ? 0 : Math.floor(Date.parse(market.open_time) / 1000)
    const now = Math.floor((yield* Clock.currentTimeMillis) / 1000)
    // the end of the period in progress, so that its candlestick is included
    const end = Math.ceil(now / period) * period
    const windows: Array<readonly [number, number]> = []
    for (let from = Number.isNaN(opened) ? 0 : opened; from <= end; from += 5000 * period) {
      windows.push([from, Math.min(end, from + 5000 * period - 1)])
    }
    const encode = Schema.encode(Schemas.MarketCandlestick)
    const written = yield* Ref.make(0)
    yield* Stream.fromIterable(windows).pipe(
      Stream.mapEffect(([start_ts, end_ts]) =>
        markets.getMarketCandlesticks({
          series_ticker: event.series_ticker,
          ticker,
          start_ts,
          end_ts,
          period_interval: periodInterval
        })
      ),
      Stream.flatMap((page) => Stream.fromIterable(page.candlesticks)),
      Stream.mapEffect(encode),
      Stream.map((candle) => `${JSON.stringify(candle)}\n`),
      Stream.tap(() => Ref.update(written, (n) => n + 1)),
      Stream.encodeText,
      Stream.run(fs.sink(path))
    )
    const total = yield* Ref.get(written)
    yield* Effect.logInfo(`${ticker}: ${total} candlesticks of ${periodInterval} minutes written to ${path}`)
    return total
  })

// `backfill-trades.ts <ticker> <trades.jsonl> <candlesticks.jsonl>`
if (import.meta.url === `file://${process.argv[1]}`) {
  const ticker = process.argv[2] ?? ""
  Effect.runPromise(
    Effect.zipRight(
      backfillTrades(ticker, process.argv[3] ?? "trades.jsonl"),
      backfillCandlesticks(ticker, process.argv[4] ?? "candlesticks.jsonl")
    ).pipe(
      Effect.provide(Layer.merge(KalshiNode.layerConfig(), NodeFileSystem.layer))
    )
  ).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
