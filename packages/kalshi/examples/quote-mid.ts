import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { MarketApi, Orders, OrdersApi } from "@kalshi-effect/rest"
import type { Schemas } from "@kalshi-effect/rest"
import { BigDecimal, Console, Duration, Effect, Option, Schedule, ScopedRef, Stream } from "effect"

const ONE = BigDecimal.fromBigInt(1n)
const TWO = BigDecimal.fromBigInt(2n)
const CENT = BigDecimal.unsafeFromString("0.01")
const TOP = BigDecimal.unsafeFromString("0.99")

// The YES mid of a market as the others quote it: the best bid and the best ask of its book once this
// account's own resting orders are taken out (else the loop would chase its own quotes). None while a
// side is empty.
export const midOf = (ticker: string) =>
  Effect.gen(function*() {
    const markets = yield* MarketApi
    const orders = yield* OrdersApi
    const [{ orderbook_fp: book }, { orders: mine }] = yield* Effect.all([
      markets.getMarketOrderbook({ ticker }),
      orders.getOrders({ ticker, status: "resting" })
    ], { concurrency: 2 })
    // the book lists YES bids, and YES asks as NO bids at 1 - price
    const best = (
      levels: ReadonlyArray<Schemas.PriceLevelDollarsCountFp>,
      side: "bid" | "ask",
      toLevel: (yesPrice: BigDecimal.BigDecimal) => BigDecimal.BigDecimal
    ) =>
      levels.reduce<Option.Option<BigDecimal.BigDecimal>>((top, [price, count]) => {
        const own = mine.reduce(
          (sum, order) =>
            order.book_side === side && order.yes_price_dollars !== undefined &&
              BigDecimal.equals(toLevel(order.yes_price_dollars), price)
              ? BigDecimal.sum(sum, order.remaining_count_fp ?? BigDecimal.fromBigInt(0n))
              : sum,
          BigDecimal.fromBigInt(0n)
        )
        if (BigDecimal.lessThanOrEqualTo(count, own)) return top
        return Option.isSome(top) && BigDecimal.greaterThanOrEqualTo(top.value, price) ? top : Option.some(price)
      }, Option.none())
    const bid = best(book.yes_dollars, "bid", (price) => price)
    const noBid = best(book.no_dollars, "ask", (price) => BigDecimal.subtract(ONE, price))
    return Option.zipWith(
      bid,
      noBid,
      (bid, noBid) => BigDecimal.unsafeDivide(BigDecimal.sum(bid, BigDecimal.subtract(ONE, noBid)), TWO)
    )
  })

/** The two quotes around one mid. */
export interface Quote {
  readonly mid: BigDecimal.BigDecimal
  readonly bid: BigDecimal.BigDecimal
  readonly ask: BigDecimal.BigDecimal
}

const clamp = (price: BigDecimal.BigDecimal) => BigDecimal.clamp(price, { minimum: CENT, maximum: TOP })

// Quotes `count` YES contracts `offset` below the mid (a bid) and `offset` above it (an ask, a sale
// of YES), both post-only, and moves them whenever the mid moves (read every `every`). Each pair rests
// in its own scope: moving the quotes cancels the old pair before placing the new one, and ending the
// stream (interrupting it, or an error) cancels the pair that rests.
export const quoteAroundMid = (ticker: string, options: {
  readonly offset: BigDecimal.BigDecimal
  readonly count: string
  readonly every: Duration.DurationInput
}) =>
  Stream.unwrapScoped(Effect.gen(function*() {
    const quotes = yield* ScopedRef.make((): Quote | undefined => undefined)
    const place = (mid: BigDecimal.BigDecimal) =>
      Effect.gen(function*() {
        const bid = clamp(BigDecimal.round(BigDecimal.subtract(mid, options.offset), { scale: 2, mode: "floor" }))
        const ask = clamp(BigDecimal.round(BigDecimal.sum(mid, options.offset), { scale: 2, mode: "ceil" }))
        const terms = { ticker, side: "yes", count: options.count, postOnly: true } as const
        yield* Orders.placeScoped(Orders.buy({ ...terms, price: bid }))
        yield* Orders.placeScoped(Orders.sell({ ...terms, price: ask }))
        return { mid, bid, ask }
      })
    return Stream.repeatEffectWithSchedule(midOf(ticker), Schedule.spaced(options.every)).pipe(
      Stream.filterMap((mid) => mid),
      Stream.changesWith(BigDecimal.equals),
      // closes the previous pair's scope (canceling it), then places the new pair in a new one
      Stream.mapEffect((mid) => Effect.zipRight(ScopedRef.set(quotes, place(mid)), ScopedRef.get(quotes))),
      Stream.filter((quote): quote is Quote => quote !== undefined)
    )
  }))

export const program = (ticker: string) =>
  quoteAroundMid(ticker, {
    offset: BigDecimal.unsafeFromString("0.02"),
    count: "1",
    every: Duration.seconds(2)
  }).pipe(
    Stream.runForEach(({ ask, bid, mid }) =>
      Console.log(`mid ${BigDecimal.format(mid)}: bid ${BigDecimal.format(bid)}, ask ${BigDecimal.format(ask)}`)
    )
  )

// `quote-mid.ts <ticker>` runs until stopped: Ctrl-C interrupts it, which cancels both orders before it exits.
if (import.meta.url === `file://${process.argv[1]}`) {
  program(process.argv[2] ?? "").pipe(Effect.provide(KalshiNode.layerConfig()), NodeRuntime.runMain)
}
