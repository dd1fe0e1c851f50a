import { assert, describe, it } from "@effect/vitest"
import { match } from "../../src/engine/matching.js"
import { makeTx } from "../../src/engine/state.js"
import { deposit, fmt, place, right, T0, withMarket } from "./fixtures.js"

describe("engine/matching", () => {
  it("takes the best price first, then time priority, at the maker's price", () => {
    const { market, s } = withMarket()
    for (const u of ["m1", "m2", "m3", "taker"]) deposit(s, u, "100")
    const first = right(place(s, "m1", "ask", "0.45", "2")).order.orderId
    right(place(s, "m2", "ask", "0.44", "1"))
    const later = right(place(s, "m3", "ask", "0.45", "2")).order.orderId
    const tx = makeTx()
    const result = right(place(s, "taker", "bid", "0.50", "4", { timeInForce: "immediate_or_cancel" }, tx))
    assert.strictEqual(fmt(result.fillCount), "4")
    const trades = tx.events.flatMap((e) => e._tag === "Trade" ? [[fmt(e.trade.yesPrice), fmt(e.trade.count)]] : [])
    assert.deepStrictEqual(trades, [["0.44", "1"], ["0.45", "2"], ["0.45", "1"]])
    const fills = tx.events.flatMap((e) => e._tag === "Fill" && !e.fill.isTaker ? [e.fill.orderId] : [])
    assert.deepStrictEqual(fills.slice(1), [first, later])
    assert.strictEqual(market.asks[0]!.total, 100)
    assert.strictEqual(market.volume, 400)
  })

  it("self-trade prevention: taker_at_cross stops the taker, maker cancels the resting order and goes on", () => {
    const { market, s } = withMarket()
    for (const u of ["alice", "bob"]) deposit(s, u, "100")
    right(place(s, "alice", "ask", "0.45", "1"))
    right(place(s, "bob", "ask", "0.46", "1"))
    const stopped = right(place(s, "alice", "bid", "0.50", "2", { timeInForce: "immediate_or_cancel" }))
    assert.strictEqual(fmt(stopped.fillCount), "0")
    assert.strictEqual(stopped.order.lastUpdateReason, "SelfTradeCancel")
    const tx = makeTx()
    const order = s.orders.get(right(place(s, "alice", "bid", "0.40", "2")).order.orderId)!
    order.price = 500_000
    market.bids.length = 0
    const taken = match(s, tx, market, { ...order, stp: "maker" }, T0)
    assert.strictEqual(taken.count, 100)
    assert.deepStrictEqual(
      tx.events.filter((e) => e._tag === "OrderCanceled").map((e) => e._tag === "OrderCanceled" && e.reason),
      ["SelfTradeCancel"]
    )
  })
})
