import { assert, describe, it } from "@effect/vitest"
import { BigDecimal } from "effect"
import * as Ledger from "../../src/engine/ledger.js"
import { settle } from "../../src/engine/settlement.js"
import { makeTx } from "../../src/engine/state.js"
import { deposit, fmt, left, place, right, T0, withMarket } from "./fixtures.js"

const balanced = (s: Parameters<typeof Ledger.totals>[0]) => {
  const l = Ledger.totals(s)
  return fmt(l.deposits) === fmt(BigDecimal.sum(BigDecimal.sum(l.cash, l.feesCollected), l.openInterest))
}

describe("engine/settlement", () => {
  it("pays $1 per winning contract through the ledger, closes positions and resting orders, and keeps the ledger balanced", () => {
    const { market, s } = withMarket()
    for (const u of ["alice", "bob", "carol"]) deposit(s, u, "100")
    right(place(s, "bob", "ask", "0.40", "10"))
    right(place(s, "alice", "bid", "0.40", "10", { timeInForce: "immediate_or_cancel" }))
    right(place(s, "carol", "bid", "0.30", "5"))
    assert.isTrue(balanced(s))
    const aliceCash = Ledger.peekAccount(s, "alice", 0).cash
    const tx = makeTx()
    const settled = right(settle(s, tx, { ticker: "MKT", result: "yes" }, T0 + 1))
    assert.deepStrictEqual(
      settled.map((x) => [x.user, fmt(x.yesCount), fmt(x.noCount), fmt(x.yesCost), fmt(x.noCost), fmt(x.revenue)]),
      [["alice", "10", "0", "4", "0", "10"], ["bob", "0", "10", "0", "6", "0"]]
    )
    assert.strictEqual(Ledger.peekAccount(s, "alice", 0).cash, aliceCash + 1_000_000_000n)
    assert.strictEqual(market.openInterest, 0)
    assert.strictEqual(market.status, "finalized")
    assert.strictEqual(market.bids.length, 0)
    assert.strictEqual(Ledger.peekAccount(s, "carol", 0).reserved, 0n)
    assert.isTrue(balanced(s))
    assert.strictEqual(fmt(Ledger.totals(s).deposits), "300")
    const tags = tx.events.map((e) => e._tag)
    assert.strictEqual(tags[0], "MarketStatusChanged")
    assert.include(tags, "OrderCanceled")
    assert.strictEqual(tags[tags.length - 1], "MarketStatusChanged")
    // both holders' positions and balances are reported when the command ends
    assert.strictEqual(tx.touchedPositions.size, 2)
    assert.isTrue([...tx.touchedAccounts].some((a) => a.user === "alice"))
  })

  it("refuses an unknown market and a settled one", () => {
    const { s } = withMarket()
    assert.strictEqual(left(settle(s, makeTx(), { ticker: "NOPE", result: "no" }, T0)).status, 404)
    right(settle(s, makeTx(), { ticker: "MKT", result: "no" }, T0))
    assert.strictEqual(left(settle(s, makeTx(), { ticker: "MKT", result: "no" }, T0)).code, "bad_request")
  })
})
