/**
 * The live commands and the confirmation prompt in a real pseudo-terminal (tmux): the screen is
 * captured and checked while the test changes the exchange underneath; Ctrl+C ends with 130.
 */
import { assert, describe, layer } from "@effect/vitest"
import { DefaultAccount, demoSeed, layerSdk, TestExchange } from "@kalshi-effect/testkit/TestExchange"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import { accountEnv } from "./kalshi.js"
import { terminal } from "./tmux.js"

const BOOK = "KXBTCY-26DEC31-B100000"
const TRADED = "KXRAINNYC-26DEC01-T1"
const ORDERED = "KXBTCY-26DEC31-B90000"

describe("in a terminal", () => {
  layer(layerSdk({ seedData: demoSeed }), { excludeTestServices: true })((it) => {
    it.scoped("book --watch draws the book in place and redraws it when the book changes; Ctrl+C exits 130", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange
        const maker = yield* exchange.addAccount({ balance: "1000" })
        yield* exchange.placeOrder({ user: maker.user, ticker: BOOK, side: "bid", price: "0.42", count: "12" })
        yield* exchange.placeOrder({ user: maker.user, ticker: BOOK, side: "ask", price: "0.47", count: "3.5" })
        const screen = yield* terminal(["book", BOOK, "--watch", "--depth", "3"], yield* accountEnv)
        const first = yield* screen.waitFor((s) => s.includes("bid        0.42    12"), "the seeded book")
        const lines = first.split("\n")
        assert.deepStrictEqual(lines.slice(0, 4), [
          `${BOOK}  spread 0.05`,
          "SIDE  YES PRICE  SIZE",
          "ask        0.47   3.5",
          "bid        0.42    12"
        ])
        assert.match(lines[5]!, /^updated \d\d:\d\d:\d\dZ {2}\(Ctrl\+C to stop\)$/)
        // a better bid arrives over the WebSocket: the book is redrawn in place, not appended
        yield* exchange.placeOrder({ user: maker.user, ticker: BOOK, side: "bid", price: "0.44", count: "2" })
        const second = yield* screen.waitFor((s) => s.includes("bid        0.44     2"), "the new bid")
        assert.deepStrictEqual(second.split("\n").slice(0, 5), [
          `${BOOK}  spread 0.03`,
          "SIDE  YES PRICE  SIZE",
          "ask        0.47   3.5",
          "bid        0.44     2",
          "bid        0.42    12"
        ])
        assert.strictEqual(second.split("\n").filter((l) => l.startsWith(BOOK)).length, 1)
        const colored = yield* screen.capture({ escapes: true })
        assert.include(colored, "\u001b[1m")
        yield* screen.keys("C-c")
        assert.strictEqual(yield* screen.exitCode, 130)
      }))

    it.scoped("trades --follow prints each trade as it happens; Ctrl+C exits 130", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange
        const maker = yield* exchange.addAccount({ balance: "1000" })
        const taker = yield* exchange.addAccount({ balance: "1000" })
        const screen = yield* terminal(["trades", TRADED, "--follow"], yield* accountEnv)
        yield* screen.waitFor((s) => s.includes("TIME") && s.includes("COUNT"), "the header")
        // the subscription is taken before the header is printed: this trade is on the screen
        yield* exchange.placeOrder({ user: maker.user, ticker: TRADED, side: "ask", price: "0.6100", count: "4" })
        yield* exchange.placeOrder({
          user: taker.user,
          ticker: TRADED,
          side: "bid",
          price: "0.61",
          count: "4",
          timeInForce: "immediate_or_cancel"
        })
        const shown = yield* screen.waitFor((s) => /yes\s+0\.61\s+0\.39\s+4$/m.test(s), "the trade")
        assert.match(shown, /^TIME\s+TAKER\s+YES PRICE\s+NO PRICE\s+COUNT$/m)
        assert.match(shown, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\s+yes\s+0\.61\s+0\.39\s+4$/m)
        yield* screen.keys("C-c")
        assert.strictEqual(yield* screen.exitCode, 130)
      }))

    it.scoped("order buy shows the order and asks: n places nothing, y places it", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange
        const me = yield* DefaultAccount
        const env = yield* accountEnv
        const args = ["order", "buy", ORDERED, "--side", "no", "--price", "0.25", "--count", "6", "--post-only"]
        const declined = yield* terminal(args, env)
        const asked = yield* declined.waitFor((s) => s.includes("Place this order? [y/N]"), "the question")
        assert.include(asked, `Buy 6 NO of ${ORDERED} at $0.25 each (good till canceled, post only)`)
        assert.include(asked, "costs up to $1.50 before fees; on the book: a YES ask at 0.75")
        yield* declined.keys("n", "Enter")
        assert.strictEqual(yield* declined.exitCode, 1)
        assert.include(yield* declined.capture(), "kalshi: the order was not placed; nothing was sent")
        assert.deepStrictEqual(yield* exchange.orders(me.user), [])

        const accepted = yield* terminal(args, env)
        yield* accepted.waitFor((s) => s.includes("Place this order? [y/N]"), "the question")
        yield* accepted.keys("y", "Enter")
        assert.strictEqual(yield* accepted.exitCode, 0)
        assert.match(yield* accepted.capture(), /Placed order \S+ \(resting\)/)
        const placed = yield* exchange.orders(me.user)
        assert.strictEqual(placed.length, 1)
        assert.strictEqual(placed[0]!.ticker, ORDERED)
        assert.strictEqual(placed[0]!.side, "ask")
        assert.isTrue(BigDecimal.equals(placed[0]!.price, BigDecimal.unsafeFromString("0.75")))
      }))
  })
})
