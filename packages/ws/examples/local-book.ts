import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { KalshiConfig } from "@kalshi-effect/core"
import { formatDollars } from "@kalshi-effect/core/FixedPoint"
import { KalshiWebSocket, OrderBook } from "@kalshi-effect/ws"
import { type BigDecimal, Console, Effect, Layer, Option, Stream } from "effect"

/** The top of a book: the best YES bid, and the YES ask implied by the best NO bid (1 - NO bid). */
export interface Top {
  readonly yesBid: Option.Option<BigDecimal.BigDecimal>
  readonly yesAsk: Option.Option<BigDecimal.BigDecimal>
}

// The first `updates` states of one market's local book. `OrderBook.subscribe` keeps the book from
// the snapshot and the deltas, drops it on a `seq` gap or a reconnect until the fresh snapshot, and
// asks for a new snapshot if a delta does not fit the local book.
export const topOfBook = (marketTicker: string, updates: number) =>
  Effect.gen(function*() {
    const books = yield* OrderBook.subscribe({ market_ticker: marketTicker })
    return yield* books.pipe(
      Stream.map(({ book }): Top => ({
        yesBid: Option.map(book.bestYesBid, (level) => level.price),
        yesAsk: Option.map(book.bestYesAsk, (level) => level.price)
      })),
      Stream.take(updates),
      Stream.tap(({ yesAsk, yesBid }) =>
        Console.log(
          `${marketTicker}: ${Option.match(yesBid, { onNone: () => "-", onSome: formatDollars })} / ${
            Option.match(yesAsk, { onNone: () => "-", onSome: formatDollars })
          }`
        )
      ),
      Stream.runCollect
    )
  }).pipe(Effect.scoped)

export const KalshiLive = KalshiWebSocket.layerNodeFromConfig().pipe(
  Layer.provide(KalshiConfig.layerConfig().pipe(Layer.provide(NodeFileSystem.layer)))
)

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(topOfBook(process.argv[2] ?? "", 20).pipe(Effect.provide(KalshiLive))).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
