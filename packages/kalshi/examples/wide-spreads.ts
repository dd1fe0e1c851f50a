import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { MarketApi } from "@kalshi-effect/rest"
import { BigDecimal, Console, Effect, Option, Stream } from "effect"

// Every open market, read page after page, flagged when its YES spread is at least `minSpread`.
export const wideSpreads = (minSpread: BigDecimal.BigDecimal) =>
  Stream.unwrap(Effect.map(MarketApi, (markets) => markets.getMarketsStream({ status: "open", limit: 1000 }))).pipe(
    Stream.filterMap((market) => {
      const { yes_ask_dollars: ask, yes_bid_dollars: bid } = market
      if (bid === undefined || ask === undefined || BigDecimal.isZero(bid)) return Option.none()
      const spread = BigDecimal.subtract(ask, bid)
      return BigDecimal.greaterThanOrEqualTo(spread, minSpread)
        ? Option.some({ ticker: market.ticker, bid, ask, spread })
        : Option.none()
    })
  )

export const program = wideSpreads(BigDecimal.unsafeFromString("0.10")).pipe(
  Stream.runForEach(({ ask, bid, spread, ticker }) =>
    Console.log(`${ticker}: ${BigDecimal.format(bid)} / ${BigDecimal.format(ask)}, spread ${BigDecimal.format(spread)}`)
  )
)

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(program.pipe(Effect.provide(KalshiNode.layerConfig()))).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
