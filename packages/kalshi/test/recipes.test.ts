import { assert, describe, layer } from "@effect/vitest"
import { Orders } from "@kalshi-effect/rest"
import { TestExchange } from "@kalshi-effect/testkit"
import { BigDecimal, Chunk, Duration, Effect, Fiber, Queue, Stream } from "effect"
import * as FollowPortfolio from "../examples/follow-portfolio.js"
import * as QuoteMid from "../examples/quote-mid.js"
import * as WideSpreads from "../examples/wide-spreads.js"

const WIDE = "KXRECIPE-26-WIDE"
const TIGHT = "KXRECIPE-26-TIGHT"
const HELD = "KXRECIPE-26-HELD"
const QUOTED = "KXRECIPE-26-QUOTED"

describe("recipes", () => {
  layer(
    TestExchange.layerSdk({ markets: [{ ticker: WIDE }, { ticker: TIGHT }, { ticker: HELD }, { ticker: QUOTED }] }),
    {
      excludeTestServices: true
    }
  )(
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

      it.scoped(
        "quote around the mid: two orders rest around it, move with it, and none rests once interrupted",
        () =>
          Effect.gen(function*() {
            const exchange = yield* TestExchange.TestExchange
            const account = yield* TestExchange.DefaultAccount
            const other = yield* exchange.addAccount({ balance: "100" })
            const resting = Effect.map(
              exchange.orders(account.user),
              (orders) =>
                orders.filter((o) => o.ticker === QUOTED && o.status === "resting")
                  .map((o) => `${o.side} ${BigDecimal.format(o.price)}`).sort()
            )
            yield* exchange.placeOrder({ user: other.user, ticker: QUOTED, side: "bid", price: "0.40", count: "5" })
            const theirAsk = yield* exchange.placeOrder({
              user: other.user,
              ticker: QUOTED,
              side: "ask",
              price: "0.60",
              count: "5"
            })
            const quotes = yield* Queue.unbounded<QuoteMid.Quote>()
            const loop = yield* QuoteMid.quoteAroundMid(QUOTED, {
              offset: BigDecimal.unsafeFromString("0.05"),
              count: "1",
              every: Duration.millis(20)
            }).pipe(Stream.runForEach((quote) => Queue.offer(quotes, quote)), Effect.fork)

            const first = yield* Queue.take(quotes)
            assert.strictEqual(BigDecimal.format(first.mid), "0.5")
            assert.deepStrictEqual(yield* resting, ["ask 0.55", "bid 0.45"])

            // the others' ask moves down: the mid follows, and the old pair gives way to the new one
            yield* exchange.execute((engine, nowMs) =>
              engine.cancelOrder({ user: other.user, orderId: theirAsk.order.orderId, nowMs })
            )
            yield* exchange.placeOrder({ user: other.user, ticker: QUOTED, side: "ask", price: "0.50", count: "5" })
            const second = yield* Queue.take(quotes)
            assert.strictEqual(BigDecimal.format(second.mid), "0.45")
            assert.deepStrictEqual(yield* resting, ["ask 0.5", "bid 0.4"])

            yield* Fiber.interrupt(loop)
            assert.deepStrictEqual(yield* resting, [])
          }),
        { timeout: 30_000 }
      )
    }
  )
})
