import { assert, layer } from "@effect/vitest"
import { FixedPoint } from "@kalshi-effect/core"
import { Orders, PortfolioApi } from "@kalshi-effect/rest"
import { TestExchange } from "@kalshi-effect/testkit"
import { Effect } from "effect"

const ticker = "KXTEST-26DEC31-T1"

// The whole SDK, configured by a local exchange for its funded default account ($10,000).
const Sdk = TestExchange.layerSdk({ markets: [{ ticker }] })

// The strategy under test: take up to `count` YES contracts at no more than `limit`.
const takeYes = (count: string, limit: string) =>
  Orders.place(Orders.buy({ ticker, side: "yes", count, price: limit, timeInForce: "immediate_or_cancel" }))

// One exchange for the suite, on the real clock.
layer(Sdk, { excludeTestServices: true })("takeYes", (it) => {
  it.effect("buys what is offered under the limit and no more", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.TestExchange
      // Another trader offers 2 YES at 0.55 and 5 more at 0.70 (asks on the YES leg).
      const seller = yield* exchange.addAccount({ balance: "100" })
      yield* exchange.placeOrder({ user: seller.user, ticker, side: "ask", price: "0.55", count: "2" })
      yield* exchange.placeOrder({ user: seller.user, ticker, side: "ask", price: "0.70", count: "5" })

      const placed = yield* takeYes("3", "0.60")
      assert.strictEqual(placed._tag, "Created")

      const portfolio = yield* PortfolioApi
      const { market_positions } = yield* portfolio.getPositions({ ticker })
      const position = market_positions[0]?.position_fp
      assert.strictEqual(position === undefined ? "none" : FixedPoint.formatCount(position), "2.00")
    }))
})
