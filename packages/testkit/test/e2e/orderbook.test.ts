import { describe, expect, layer } from "@effect/vitest"
import { FixedPoint } from "@kalshi-effect/core"
import { MarketApi, Orders } from "@kalshi-effect/rest"
import { OrderBook } from "@kalshi-effect/ws"
import * as Effect from "effect/Effect"
import * as Equal from "effect/Equal"
import * as Stream from "effect/Stream"
import * as SubscriptionRef from "effect/SubscriptionRef"
import { TestExchange } from "../../src/index.js"
import { cents, engineBook, type PlainBook, restBook, sdk, seeded } from "./sdk.js"

const B1 = "KXE2EBOOK-26-A"
const B2 = "KXE2EBOOK-26-B"
const markets = [B1, B2]

interface Local {
  readonly books: Readonly<Record<string, PlainBook>>
  readonly snapshots: number
  readonly deltas: number
}

/** Keeps the latest state of each local book, and counts snapshots and deltas. */
const follow = (updates: Stream.Stream<OrderBook.BookUpdate, unknown>) =>
  Effect.gen(function*() {
    const ref = yield* SubscriptionRef.make<Local>({ books: {}, snapshots: 0, deltas: 0 })
    yield* updates.pipe(
      Stream.runForEach((u) =>
        SubscriptionRef.update(ref, (local) => ({
          books: { ...local.books, [u.marketTicker]: u.book.toJSON() as PlainBook },
          snapshots: local.snapshots + (u.cause === "snapshot" ? 1 : 0),
          deltas: local.deltas + (u.cause === "delta" ? 1 : 0)
        }))
      ),
      Effect.forkScoped
    )
    return ref
  })

/** Waits until every local book equals the exchange's (which no longer changes); dies with both after 15 s. */
const converged = (exchange: TestExchange.Service, ref: SubscriptionRef.SubscriptionRef<Local>) =>
  Effect.gen(function*() {
    const expected = yield* Effect.forEach(markets, (t) => engineBook(exchange, t))
    const same = (local: Local) =>
      markets.every((t, i) => Equal.equals(JSON.stringify(local.books[t]), JSON.stringify(expected[i])))
    const reached = yield* ref.changes.pipe(
      Stream.filter(same),
      Stream.runHead,
      Effect.timeout("15 seconds"),
      Effect.option
    )
    if (reached._tag === "None") {
      const local = yield* SubscriptionRef.get(ref)
      return yield* Effect.dieMessage(
        `local books ${JSON.stringify(local.books)} never became ${JSON.stringify(expected)}`
      )
    }
    return yield* SubscriptionRef.get(ref)
  })

describe("a local OrderBook follows the exchange's book", () => {
  layer(sdk({ markets: markets.map((ticker) => ({ ticker })), seed: 11 }), { excludeTestServices: true })((it) => {
    it.scoped("through random flow from several accounts, a dropped connection and a seq gap, with either price convention", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const marketApi = yield* MarketApi
        const traders = yield* Effect.forEach([1, 2, 3, 4], () => exchange.addAccount({ balance: "100000" }))
        const rng = seeded(20261126)
        let rejected = 0

        /** One random action: a resting order, an order that may cross, a cancel, or an order through REST. */
        const act = Effect.suspend(() => {
          const roll = rng.next()
          const ticker = rng.pick(markets)
          const trader = rng.pick(traders)
          if (roll < 0.3) {
            const resting = exchange.engine.getOrders({ user: trader.user }).filter((o) => o.status === "resting")
            if (resting.length > 0) {
              const order = rng.pick(resting)
              return exchange.execute((engine, nowMs) =>
                engine.cancelOrder({ user: trader.user, orderId: order.orderId, nowMs })
              )
            }
          }
          const side = rng.next() < 0.5 ? "bid" as const : "ask" as const
          // bids around 0.40, asks around 0.60; one order in six reaches across the spread
          const crosses = rng.next() < 1 / 6
          const price = side === "bid" ? rng.int(30, crosses ? 70 : 50) : rng.int(crosses ? 30 : 50, 70)
          const count = String(rng.int(1, 25))
          if (roll > 0.95) {
            // the SDK's default account, through REST
            const intent = side === "bid"
              ? Orders.buy("yes", ticker, FixedPoint.unsafeCount(count), FixedPoint.unsafeDollars(cents(price)))
              : Orders.sell("yes", ticker, FixedPoint.unsafeCount(count), FixedPoint.unsafeDollars(cents(price)))
            return Effect.asVoid(Orders.place(intent))
          }
          return exchange.placeOrder({
            user: trader.user,
            ticker,
            side,
            price: cents(price),
            count,
            timeInForce: rng.next() < 0.15 ? "immediate_or_cancel" : "good_till_canceled"
          }).pipe(
            Effect.catchTag("SeedError", () =>
              Effect.sync(() => {
                rejected++
              }))
          )
        })
        const flow = (actions: number) => Effect.repeatN(act, actions - 1)

        const local = yield* follow(yield* OrderBook.subscribe({ market_tickers: markets }))
        // a second subscription receives NO prices on the YES leg; its books must read the same
        const yesLeg = yield* follow(yield* OrderBook.subscribe({ market_tickers: markets, use_yes_price: true }))

        yield* flow(200)
        const first = yield* converged(exchange, local)
        expect(first.snapshots).toBe(2)
        expect(first.deltas).toBeGreaterThan(100)
        expect((yield* converged(exchange, yesLeg)).snapshots).toBe(2)

        // the connection drops in the middle of the flow: the books come back from fresh snapshots
        expect(yield* exchange.faults.dropWebSockets).toBe(1) // one connection carries both subscriptions
        yield* flow(200)
        const second = yield* converged(exchange, local)
        const secondYesLeg = yield* converged(exchange, yesLeg)
        expect(second.snapshots).toBeGreaterThanOrEqual(4)
        expect(secondYesLeg.snapshots).toBeGreaterThanOrEqual(4)

        // one orderbook_delta seq number is skipped: the gap is noticed and the books resynchronised
        yield* exchange.faults.skipSeq({ channel: "orderbook_delta" })
        yield* flow(200)
        const third = yield* converged(exchange, local)
        const thirdYesLeg = yield* converged(exchange, yesLeg)
        // the skip hit one of the two subscriptions
        expect(third.snapshots + thirdYesLeg.snapshots).toBeGreaterThan(second.snapshots + secondYesLeg.snapshots)

        // and the REST order book says the same
        for (const ticker of markets) {
          const rest = yield* marketApi.getMarketOrderbook({ ticker })
          expect(restBook(ticker, rest.orderbook_fp!)).toEqual(third.books[ticker])
          expect(third.books[ticker]!.yes.length + third.books[ticker]!.no.length).toBeGreaterThan(5)
        }
        expect(rejected).toBeLessThan(60)
      }))
  })
})
