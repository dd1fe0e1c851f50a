import { assert, describe, it } from "@effect/vitest"
import { BigDecimal } from "effect"
import * as Ledger from "../../src/engine/ledger.js"
import { makeTx } from "../../src/engine/state.js"
import { bareOrder, d, deposit, fmt, left, right, T0, withMarket } from "./fixtures.js"

describe("engine/ledger", () => {
  it("takes deposits that are positive multiples of $0.0001 and counts them", () => {
    const { s } = withMarket()
    const tx = makeTx()
    assert.strictEqual(fmt(deposit(s, "alice", "12.3456", tx).balance), "12.3456")
    assert.strictEqual(tx.touchedAccounts.size, 1)
    for (const bad of ["0", "-1", "0.00001"]) {
      assert.strictEqual(left(Ledger.deposit(s, makeTx(), { user: "alice", amount: d(bad) }, T0)).code, "bad_request")
    }
    assert.strictEqual(fmt(Ledger.totals(s).deposits), "12.3456")
  })

  it("reserves each order's price per uncovered contract, covering contracts that close the position", () => {
    const { market } = withMarket()
    const bid = { side: "bid" as const, price: 400_000, remaining: 1_000, roundingAcc: 0n }
    const ask = { side: "ask" as const, price: 600_000, remaining: 1_000, roundingAcc: 0n }
    // flat: 10 × 0.40 for the bid, 10 × 0.40 (1 − 0.60) for the ask
    assert.strictEqual(Ledger.reserveOf(market, 0, [bid, ask]), 800_000_000n)
    // long 4 YES: 4 of the ask's 10 close it and cost nothing
    assert.strictEqual(Ledger.reserveOf(market, 400, [bid, ask]), 400_000_000n + 240_000_000n)
    // short 10 (10 NO): the bid closes them all
    assert.strictEqual(Ledger.reserveOf(market, -1_000, [bid, ask]), 400_000_000n)
  })

  it("a fill opens, then closes first in first out, realizing the difference", () => {
    const { market, s } = withMarket({ takerFeeRate: d("0") })
    const owner = Ledger.account(s, "alice", 0)
    owner.cash = 10_000_000_000n
    const tx = makeTx()
    const buy = { ...bareOrder("b", "alice", "bid", 400_000, 1_000), account: owner }
    const open = Ledger.applyFill(s, tx, market, buy, true, { size: 1_000, price: 400_000, tradeId: "t1" }, T0)
    assert.strictEqual(fmt(open.fill.postPosition), "10")
    assert.strictEqual(owner.cash, 10_000_000_000n - 400_000_000n)
    assert.strictEqual(market.openInterest, 1_000)
    const sell = { ...bareOrder("s", "alice", "ask", 550_000, 400), account: owner }
    Ledger.applyFill(s, tx, market, sell, true, { size: 400, price: 550_000, tradeId: "t2" }, T0)
    const position = owner.positions.get("MKT")!
    assert.strictEqual(position.position, 600)
    // closing 4 YES at 0.55 pays 2.20 back; they cost 1.60
    assert.strictEqual(owner.cash, 10_000_000_000n - 400_000_000n + 220_000_000n)
    assert.strictEqual(position.realizedPnl, 60_000_000n)
    assert.strictEqual(market.openInterest, 600)
    assert.deepStrictEqual(position.lots, [{ count: 600, price: 400_000 }])
    assert.strictEqual(buy.filled, 1_000)
    assert.strictEqual(sell.remaining, 0)
  })

  it("a payout moves the pair's collateral to the winner and closes the position", () => {
    const { market, s } = withMarket()
    const yes = Ledger.account(s, "alice", 0)
    const no = Ledger.account(s, "bob", 0)
    s.deposits = 160_000_000n
    yes.cash = 60_000_000n
    no.cash = 0n
    // one pair: alice paid 0.40 for YES, bob 0.60 for NO; the exchange holds $1
    Ledger.positionOf(yes, "MKT").position = 100
    Ledger.positionOf(yes, "MKT").lots.push({ count: 100, price: 400_000 })
    Ledger.positionOf(no, "MKT").position = -100
    Ledger.positionOf(no, "MKT").lots.push({ count: 100, price: 600_000 })
    market.openInterest = 100
    const before = Ledger.totals(s)
    assert.strictEqual(fmt(before.deposits), fmt(BigDecimal.sum(before.cash, before.openInterest)))
    const tx = makeTx()
    const won = Ledger.payOut(tx, market, yes, yes.positions.get("MKT")!, "yes", T0)
    const lost = Ledger.payOut(tx, market, no, no.positions.get("MKT")!, "yes", T0)
    assert.deepStrictEqual(won, { yes: 100, no: 0, cost: 40_000_000n, revenue: 100_000_000n })
    assert.deepStrictEqual(lost, { yes: 0, no: 100, cost: 60_000_000n, revenue: 0n })
    assert.strictEqual(yes.cash, 160_000_000n)
    assert.strictEqual(yes.positions.get("MKT")!.realizedPnl, 60_000_000n)
    assert.strictEqual(no.positions.get("MKT")!.realizedPnl, -60_000_000n)
    const after = Ledger.totals(s)
    assert.strictEqual(fmt(after.openInterest), "0")
    assert.strictEqual(fmt(after.positionSum), "0")
    assert.strictEqual(fmt(after.deposits), fmt(after.cash))
    assert.strictEqual(tx.touchedPositions.size, 2)
  })

  it("a blank account is not registered until used", () => {
    const { s } = withMarket()
    assert.strictEqual(Ledger.peekAccount(s, "nobody", 0).cash, 0n)
    assert.strictEqual(s.accounts.size, 0)
    right(Ledger.deposit(s, makeTx(), { user: "nobody", amount: d("1") }, T0))
    assert.strictEqual(s.accounts.size, 1)
  })
})
