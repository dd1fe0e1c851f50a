import { assert, describe, it } from "@effect/vitest"
import { BigDecimal } from "effect"
import { blockTrade } from "../../src/engine/blockTrades.js"
import * as Ledger from "../../src/engine/ledger.js"
import { makeTx } from "../../src/engine/state.js"
import { d, deposit, fmt, left, place, right, T0, withMarket } from "./fixtures.js"

const balanced = (s: Parameters<typeof Ledger.totals>[0]) => {
  const l = Ledger.totals(s)
  return fmt(l.deposits) === fmt(BigDecimal.sum(BigDecimal.sum(l.cash, l.feesCollected), l.openInterest))
}

const trade = {
  ticker: "MKT",
  yes: { user: "y" },
  no: { user: "n" },
  yesPrice: d("0.40"),
  count: d("10"),
  maker: "yes" as const
}

describe("engine/blockTrades", () => {
  it("a block trade fills both sides off the book, through the ledger, and is marked as a block trade", () => {
    const { market, s } = withMarket()
    deposit(s, "y", "100")
    deposit(s, "n", "100")
    deposit(s, "other", "10")
    right(place(s, "other", "bid", "0.45", "1"))
    const tx = makeTx()
    const done = right(blockTrade(s, tx, trade, T0))
    assert.strictEqual(Ledger.peekAccount(s, "y", 0).positions.get("MKT")!.position, 1000)
    assert.strictEqual(Ledger.peekAccount(s, "n", 0).positions.get("MKT")!.position, -1000)
    assert.strictEqual(market.openInterest, 1000)
    assert.strictEqual(market.bids[0]!.total, 100) // the book is untouched
    assert.strictEqual(s.orders.get(done.yesOrderId)!.status, "executed")
    const fills = tx.events.flatMap((e) => (e._tag === "Fill" ? [e.fill] : []))
    assert.deepStrictEqual(fills.map((f) => [f.orderId, f.isTaker, fmt(f.price)]), [
      [done.noOrderId, true, "0.4"],
      [done.yesOrderId, false, "0.4"]
    ])
    const trades = tx.events.flatMap((e) => (e._tag === "Trade" ? [e.trade] : []))
    assert.deepStrictEqual(trades.map((t) => [t.tradeId, t.blockTrade, t.takerSide]), [[done.tradeId, true, "ask"]])
    // the NO buyer took at the 7% taker rate: 0.07 × 10 × 0.4 × 0.6 = 0.168
    assert.strictEqual(fmt(fills[0]!.feeCost), "0.168")
    assert.isTrue(balanced(s))
  })

  it("refuses a side that cannot afford it, the same user on both sides, a closed market and a bad price", () => {
    const { s } = withMarket()
    deposit(s, "y", "100")
    deposit(s, "n", "1")
    assert.strictEqual(left(blockTrade(s, makeTx(), trade, T0)).code, "insufficient_balance")
    assert.strictEqual(left(blockTrade(s, makeTx(), { ...trade, no: { user: "y" } }, T0)).code, "bad_request")
    assert.strictEqual(left(blockTrade(s, makeTx(), { ...trade, yesPrice: d("1") }, T0)).code, "invalid_order")
    assert.strictEqual(left(blockTrade(s, makeTx(), { ...trade, ticker: "NOPE" }, T0)).status, 404)
    assert.strictEqual(Ledger.peekAccount(s, "y", 0).cash, 10_000_000_000n)
  })
})
