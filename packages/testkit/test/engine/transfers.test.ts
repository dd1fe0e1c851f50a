import { assert, describe, it } from "@effect/vitest"
import { BigDecimal } from "effect"
import * as Ledger from "../../src/engine/ledger.js"
import { makeTx } from "../../src/engine/state.js"
import { transfer, withdraw } from "../../src/engine/transfers.js"
import { d, deposit, fmt, left, place, right, T0, withMarket } from "./fixtures.js"

const balanced = (s: Parameters<typeof Ledger.totals>[0]) => {
  const l = Ledger.totals(s)
  return fmt(l.deposits) === fmt(BigDecimal.sum(BigDecimal.sum(l.cash, l.feesCollected), l.openInterest))
}

describe("engine/transfers", () => {
  it("a transfer moves available cash between subaccounts; what resting orders hold cannot move", () => {
    const { s } = withMarket()
    deposit(s, "u", "10")
    right(place(s, "u", "bid", "0.50", "10"))
    // $5 is held by the resting bid: $5 is available
    assert.strictEqual(
      left(transfer(s, makeTx(), { user: "u", from: 0, to: 1, amount: d("5.01") }, T0)).code,
      "insufficient_balance"
    )
    const tx = makeTx()
    const moved = right(transfer(s, tx, { user: "u", from: 0, to: 1, amount: d("5") }, T0))
    assert.deepStrictEqual([fmt(moved.from.balance), fmt(moved.to.balance)], ["0", "5"])
    assert.strictEqual(tx.touchedAccounts.size, 2)
    assert.strictEqual(fmt(Ledger.totals(s).deposits), "10")
    assert.isTrue(balanced(s))
    assert.strictEqual(
      left(transfer(s, makeTx(), { user: "u", from: 1, to: 1, amount: d("1") }, T0)).code,
      "bad_request"
    )
    assert.strictEqual(
      left(transfer(s, makeTx(), { user: "u", from: 1, to: 0, amount: d("0.00001") }, T0)).code,
      "bad_request"
    )
  })

  it("a withdrawal takes available cash out and lowers the deposits by as much", () => {
    const { s } = withMarket()
    deposit(s, "u", "10")
    assert.strictEqual(left(withdraw(s, makeTx(), { user: "u", amount: d("10.01") }, T0)).code, "insufficient_balance")
    assert.strictEqual(left(withdraw(s, makeTx(), { user: "nobody", amount: d("1") }, T0)).code, "insufficient_balance")
    assert.strictEqual(fmt(right(withdraw(s, makeTx(), { user: "u", amount: d("4") }, T0)).balance), "6")
    assert.strictEqual(fmt(Ledger.totals(s).deposits), "6")
    assert.isTrue(balanced(s))
  })
})
