import { assert, describe, layer } from "@effect/vitest"
import { Orders } from "@kalshi-effect/rest"
import { TestExchange } from "@kalshi-effect/testkit"
import { BigDecimal, Chunk, Effect, Fiber, Stream } from "effect"
import * as FollowPortfolio from "../examples/follow-portfolio.js"
import * as WideSpreads from "../examples/wide-spreads.js"

const WIDE = "KXRECIPE-26-WIDE"
const TIGHT = "KXRECIPE-26-TIGHT"
const HELD = "KXRECIPE-26-HELD"

describe("recipes", () => {
  layer(TestExchange.layerSdk({ markets: [{ ticker: WIDE }, { ticker: TIGHT }, { ticker: HELD }] }), {
    excludeTestServices: true
  })(
    (it) => {
      it.scoped("wide spreads: flags the markets whose YES spread is at least the threshold, and only those", () =>
        Effect.gen(function*() {
          const exchange = yield* TestExchange.TestExchange
          const maker = yield* exchange.addAccount({ balance: "100" })
          const quote = (ticker: string, bid: string, ask: string) =>
            Effect.zipRight(
              exchange.placeOrder({ user: maker.user, ticker, side: "bid", price: bid, count: "1" }),
              exchange.placeOrder({ user: maker.user, ticker, side: "ask", price: ask, count: "1" })
            )
          yield* quote(WIDE, "0.30", "0.55")
          yield* quote(TIGHT, "0.49", "0.51")
          const flagged = yield* Stream.runCollect(WideSpreads.wideSpreads(BigDecimal.unsafeFromString("0.10")))
          const found = Chunk.toReadonlyArray(flagged)
          assert.deepStrictEqual(found.map((m) => m.ticker), [WIDE])
          assert.isTrue(BigDecimal.equals(found[0]!.spread, BigDecimal.unsafeFromString("0.25")))
        }))

      it.scoped("follow the portfolio: a fill and the new position arrive, each with the balance", () =>
        Effect.gen(function*() {
          const exchange = yield* TestExchange.TestExchange
          const seller = yield* exchange.addAccount({ balance: "100" })
          const lines = yield* FollowPortfolio.followPortfolio
          const firstTwo = yield* Stream.take(lines, 2).pipe(Stream.runCollect, Effect.fork)
          yield* exchange.placeOrder({ user: seller.user, ticker: HELD, side: "ask", price: "0.60", count: "2" })
          yield* Orders.place(
            Orders.buy({ ticker: HELD, side: "yes", count: "2", price: "0.60", timeInForce: "immediate_or_cancel" })
          )
          const seen = Chunk.toReadonlyArray(yield* Fiber.join(firstTwo)).join("\n")
          assert.include(seen, `fill      ${HELD}: 2 yes at 0.6`)
          assert.include(seen, `position  ${HELD}: 2 (balance`)
        }))
    }
  )
})
