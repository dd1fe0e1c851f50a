import { assert, describe, it } from "@effect/vitest"
import { crosses, fillable, insert, restingIn, take, wouldCross } from "../../src/engine/book.js"
import { bareOrder, withMarket } from "./fixtures.js"

describe("engine/book", () => {
  it("keeps levels best first and orders in time priority within a level", () => {
    const { market } = withMarket()
    const a = bareOrder("a", "u1", "bid", 400_000, 100)
    const b = bareOrder("b", "u2", "bid", 450_000, 200)
    const c = bareOrder("c", "u3", "bid", 400_000, 300)
    const x = bareOrder("x", "u1", "ask", 600_000, 100)
    const y = bareOrder("y", "u2", "ask", 550_000, 100)
    assert.strictEqual(insert(market, a), 100)
    assert.strictEqual(insert(market, b), 200)
    assert.strictEqual(insert(market, c), 400)
    insert(market, x)
    insert(market, y)
    assert.deepStrictEqual(market.bids.map((l) => [l.price, l.total, l.orders.map((o) => o.id)]), [
      [450_000, 200, ["b"]],
      [400_000, 400, ["a", "c"]]
    ])
    assert.deepStrictEqual(market.asks.map((l) => l.price), [550_000, 600_000])
    assert.deepStrictEqual(restingIn(market).map((o) => o.id), ["b", "a", "c", "y", "x"])
  })

  it("takes part of an order without removing it, and removes it (and an empty level) when nothing would remain", () => {
    const { market } = withMarket()
    const a = bareOrder("a", "u1", "ask", 500_000, 300)
    const b = bareOrder("b", "u2", "ask", 500_000, 100)
    insert(market, a)
    insert(market, b)
    assert.strictEqual(take(market, a, 100), 300)
    assert.deepStrictEqual(market.asks[0]!.orders.map((o) => o.id), ["a", "b"])
    a.remaining = 200
    assert.strictEqual(take(market, a, 200), 100)
    assert.deepStrictEqual(market.asks[0]!.orders.map((o) => o.id), ["b"])
    assert.strictEqual(take(market, b, 100), 0)
    assert.strictEqual(market.asks.length, 0)
  })

  it("tells which resting prices cross and how much an order could fill, following self-trade prevention", () => {
    assert.isTrue(crosses("bid", 500_000, 500_000))
    assert.isFalse(crosses("bid", 490_000, 500_000))
    assert.isTrue(crosses("ask", 500_000, 510_000))
    const { market } = withMarket()
    insert(market, bareOrder("m1", "maker", "ask", 500_000, 100))
    insert(market, bareOrder("self", "taker", "ask", 510_000, 100))
    insert(market, bareOrder("m2", "maker", "ask", 520_000, 100))
    assert.isTrue(wouldCross(market, "bid", 500_000))
    assert.isFalse(wouldCross(market, "bid", 490_000))
    assert.strictEqual(fillable(market, "taker", "bid", 520_000, "maker", 1_000), 200)
    assert.strictEqual(fillable(market, "taker", "bid", 520_000, "taker_at_cross", 1_000), 100)
    assert.strictEqual(fillable(market, "taker", "bid", 500_000, "maker", 1_000), 100)
    assert.strictEqual(fillable(market, "other", "bid", 520_000, "taker_at_cross", 150), 200)
  })
})
