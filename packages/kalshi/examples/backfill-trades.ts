import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as FileSystem from "@effect/platform/FileSystem"
import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { MarketApi, Schemas } from "@kalshi-effect/rest"
import { Effect, Layer, Ref, Schema, Stream } from "effect"

// Every trade of a market, read page after page (newest first, as the exchange lists them), written to
// `path` as JSONL: one trade a line, in Kalshi's wire form (decimals as strings). A count is logged
// every `every` trades (1000 by default) and at the end; the total is returned. Candlesticks are left out: the local
// exchange the recipes are tested against does not serve GetMarketCandlesticks.
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

// `backfill-trades.ts <ticker> <file.jsonl>`
if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(
    backfillTrades(process.argv[2] ?? "", process.argv[3] ?? "trades.jsonl").pipe(
      Effect.provide(Layer.merge(KalshiNode.layerConfig(), NodeFileSystem.layer))
    )
  ).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
