import { KalshiConfig } from "@kalshi-effect/core"
import { formatDollars } from "@kalshi-effect/core/FixedPoint"
import { KalshiWebSocket } from "@kalshi-effect/ws"
import { BigDecimal, Console, Effect, Layer, Option, Stream } from "effect"

type Side = Map<string, { readonly price: BigDecimal.BigDecimal; readonly count: BigDecimal.BigDecimal }>

/** The top of a book: the best bid of each leg, and the asks they imply (YES ask = 1 - best NO bid). */
export interface Top {
  readonly yesBid: Option.Option<BigDecimal.BigDecimal>
  readonly yesAsk: Option.Option<BigDecimal.BigDecimal>
}

const best = (side: Side) => {
  let out: BigDecimal.BigDecimal | undefined
  for (const { price } of side.values()) if (out === undefined || BigDecimal.greaterThan(price, out)) out = price
  return Option.fromNullable(out)
}

const ONE = BigDecimal.fromBigInt(1n)

// A local book of one market, kept from the snapshot and the deltas of an `orderbook_delta`
// subscription (NO-leg prices, the exchange's default). After a `Resync` or a `Reconnected` the
// book is dropped until the fresh snapshot that follows.
export const topOfBook = (marketTicker: string, updates: number) =>
  Effect.gen(function*() {
    const ws = yield* KalshiWebSocket.KalshiWebSocket
    const subscription = yield* ws.subscribe("orderbook_delta", { market_ticker: marketTicker })
    let book: { yes: Side; no: Side } | undefined = undefined
    return yield* subscription.stream.pipe(
      Stream.mapEffect((event): Effect.Effect<Option.Option<Top>> => {
        if (KalshiWebSocket.isControlEvent(event)) {
          if (event._tag === "Reconnected") book = undefined
          if (event._tag === "Resync" && (event.marketTickers?.includes(marketTicker) ?? true)) book = undefined
          return Effect.succeed(Option.none())
        }
        if (event.type === "orderbook_snapshot") {
          const side = (levels: ReadonlyArray<readonly [BigDecimal.BigDecimal, BigDecimal.BigDecimal]>): Side =>
            new Map(levels.map(([price, count]) => [BigDecimal.format(BigDecimal.normalize(price)), { price, count }]))
          book = { yes: side(event.msg.yes_dollars_fp), no: side(event.msg.no_dollars_fp) }
        } else {
          if (book === undefined) return Effect.succeed(Option.none()) // waiting for the snapshot
          const side = book[event.msg.side]
          const key = BigDecimal.format(BigDecimal.normalize(event.msg.price_dollars))
          const count = BigDecimal.sum(side.get(key)?.count ?? BigDecimal.fromBigInt(0n), event.msg.delta_fp)
          if (BigDecimal.isNegative(count)) {
            // inconsistent with the exchange's book: drop it and ask for a fresh snapshot
            book = undefined
            return Effect.as(Effect.ignore(subscription.getSnapshot([marketTicker])), Option.none())
          }
          if (BigDecimal.isZero(count)) side.delete(key)
          else side.set(key, { price: event.msg.price_dollars, count })
        }
        const yesAsk = Option.map(best(book.no), (no) => BigDecimal.subtract(ONE, no))
        return Effect.succeed(Option.some({ yesBid: best(book.yes), yesAsk }))
      }),
      Stream.filterMap((top) => top),
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

export const KalshiLive = KalshiWebSocket.layerNodeFromConfig().pipe(Layer.provide(KalshiConfig.layerConfig))

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(topOfBook(process.argv[2] ?? "", 20).pipe(Effect.provide(KalshiLive))).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
