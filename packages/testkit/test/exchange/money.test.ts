import { describe, expect, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { EngineError } from "../../src/Engine.js"
import { Money } from "../../src/exchange/money.js"

const d = BigDecimal.unsafeFromString

/** A ledger of cash per account, with the deposits the invariant counts. */
const ledger = () => {
  const cash = new Map<string, BigDecimal.BigDecimal>()
  let deposits = d("0")
  const get = (k: string) => cash.get(k) ?? d("0")
  const short = () =>
    Either.left(new EngineError({ status: 400, code: "insufficient_balance", message: "insufficient balance" }))
  return {
    cash,
    deposits: () => deposits,
    total: () => [...cash.values()].reduce(BigDecimal.sum, d("0")),
    port: {
      available: (u: string, s: number) => get(`${u}/${s}`),
      deposit: (u: string, s: number, a: BigDecimal.BigDecimal) => {
        cash.set(`${u}/${s}`, BigDecimal.sum(get(`${u}/${s}`), a))
        deposits = BigDecimal.sum(deposits, a)
      },
      transfer: (u: string, from: number, to: number, a: BigDecimal.BigDecimal) => {
        if (BigDecimal.lessThan(get(`${u}/${from}`), a)) return short()
        cash.set(`${u}/${from}`, BigDecimal.subtract(get(`${u}/${from}`), a))
        cash.set(`${u}/${to}`, BigDecimal.sum(get(`${u}/${to}`), a))
        return Either.void
      },
      withdraw: (u: string, s: number, a: BigDecimal.BigDecimal) => {
        if (BigDecimal.lessThan(get(`${u}/${s}`), a)) return short()
        cash.set(`${u}/${s}`, BigDecimal.subtract(get(`${u}/${s}`), a))
        deposits = BigDecimal.subtract(deposits, a)
        return Either.void
      }
    }
  }
}

describe("exchange/money", () => {
  it("subaccounts are numbered from 1, and transfers between them move cash, idempotent by client id", () => {
    const l = ledger()
    let n = 0
    const money = new Money(l.port, () => `t${++n}`)
    money.deposit("u", 0, d("100"), 1)
    expect(Either.getOrThrow(money.createSubaccount("u"))).toBe(1)
    expect(Either.getOrThrow(money.createSubaccount("u"))).toBe(2)
    const unknown = money.applyTransfer("u", { clientTransferId: "a", from: 0, to: 3, amountCents: 100 }, 2)
    expect(Either.isLeft(unknown) && unknown.left.status).toBe(404)
    const t = Either.getOrThrow(
      money.applyTransfer("u", { clientTransferId: "a", from: 0, to: 2, amountCents: 2550 }, 2)
    )
    const again = Either.getOrThrow(
      money.applyTransfer("u", { clientTransferId: "a", from: 0, to: 2, amountCents: 2550 }, 3)
    )
    expect(again).toBe(t)
    expect(l.cash.get("u/2")).toEqual(d("25.50"))
    expect(l.cash.get("u/0")).toEqual(d("74.50"))
    const tooMuch = money.applyTransfer("u", { clientTransferId: "b", from: 2, to: 0, amountCents: 999_999 }, 4)
    expect(Either.isLeft(tooMuch) && tooMuch.left.code).toBe("insufficient_balance")
    expect(money.transfers).toHaveLength(1)
    expect(BigDecimal.equals(l.total(), l.deposits())).toBe(true)
  })

  it("withdrawals and instance transfers leave the ledger balanced, and are recorded", () => {
    const l = ledger()
    const money = new Money(l.port, () => "id")
    money.deposit("u", 0, d("50"), 1)
    Either.getOrThrow(money.withdraw("u", d("20"), 2))
    expect(Either.isLeft(money.withdraw("u", d("31"), 3))).toBe(true)
    Either.getOrThrow(
      money.instanceTransfer("u", { source: "event_contract", destination: "margined", amount: d("10") }, 4)
    )
    expect(
      Either.isLeft(
        money.instanceTransfer("u", { source: "margined", destination: "event_contract", amount: d("11") }, 5)
      )
    )
      .toBe(true)
    Either.getOrThrow(
      money.instanceTransfer("u", { source: "margined", destination: "event_contract", amount: d("4") }, 6)
    )
    expect(l.cash.get("u/0")).toEqual(d("24"))
    expect(BigDecimal.equals(l.total(), l.deposits())).toBe(true)
    expect(money.movements.map((m) => [m.kind, m.amountCents])).toEqual([["deposit", 5000], ["withdrawal", 2000]])
  })

  it("netting is on by default per subaccount; allocations must add up to 100", () => {
    const money = new Money(ledger().port, () => "id")
    Either.getOrThrow(money.createSubaccount("u"))
    Either.getOrThrow(money.setNetting("u", 1, false))
    expect(Either.isLeft(money.setNetting("u", 5, false))).toBe(true)
    expect(money.nettingOf("u")).toEqual([{ subaccount: 0, enabled: true }, { subaccount: 1, enabled: false }])
    expect(Either.isLeft(money.setAllocation("u", [{ exchangeIndex: 0, percent: 60 }], "max"))).toBe(true)
    Either.getOrThrow(
      money.setAllocation("u", [{ exchangeIndex: 0, percent: 60 }, { exchangeIndex: 1, percent: 40 }], "sum")
    )
    expect(money.allocationOf("u").reservation).toBe("sum")
    expect(money.allocationOf("other").allocations).toEqual([{ exchangeIndex: 0, percent: 100 }])
  })
})
