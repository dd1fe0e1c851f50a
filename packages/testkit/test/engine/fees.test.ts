import { assert, describe, it } from "@effect/vitest"
import { insert } from "../../src/engine/book.js"
import { chargeFill, restingFeeReserve, ROUNDING_RESERVE, takerFeeBound } from "../../src/engine/fees.js"
import { CENT, CENTI_CENT } from "../../src/engine/units.js"
import { bareOrder, d, withMarket } from "./fixtures.js"

describe("engine/fees", () => {
  it("a taker fill pays 0.07 × C × P × (1 − P) rounded up to $0.0001 (1 at 0.52: $0.0175)", () => {
    const { market } = withMarket()
    const order = bareOrder("t", "u", "bid", 520_000, 100)
    // opening 1 YES at 0.52 costs $0.52: revenue −0.52
    const charge = chargeFill(market, order, true, 520_000, 100, -52_000_000n)
    assert.strictEqual(charge.net, 1_750_000n)
    assert.strictEqual(charge.credit, -52_000_000n - 1_750_000n)
  })

  it("a maker fill pays the maker rate (0 by default)", () => {
    const { market } = withMarket()
    const order = bareOrder("m", "u", "ask", 520_000, 100)
    assert.deepStrictEqual(chargeFill(market, order, false, 520_000, 100, -48_000_000n), {
      credit: -48_000_000n,
      net: 0n
    })
  })

  it("floors a sub-$0.0001 change, keeps the remainder on the order and rebates a cent once it passes one", () => {
    const { market } = withMarket({ priceLevelStructure: "deci_cent", takerFeeRate: d("0") })
    const order = bareOrder("t", "u", "bid", 500_500, 1)
    // 0.01 contract at 0.5005 costs $0.005005: floored to −$0.0051, $0.000095 of rounding
    const first = chargeFill(market, order, true, 500_500, 1, -5_005n * 100n)
    assert.strictEqual(first.credit, -510_000n)
    assert.strictEqual(first.net, 9_500n)
    assert.strictEqual(order.roundingAcc, 9_500n)
    order.roundingAcc = CENT
    const second = chargeFill(market, order, true, 500_500, 1, -500_500n)
    assert.strictEqual(second.credit, -510_000n + CENT)
    assert.strictEqual(second.net, 9_500n - CENT)
    assert.strictEqual(order.roundingAcc, 9_500n)
  })

  it("reserves the maximal maker fee of a resting order, and the rounding of sub-cent markets", () => {
    const plain = withMarket()
    assert.strictEqual(restingFeeReserve(plain.market, { price: 500_000, remaining: 100, roundingAcc: 0n }), 0n)
    const maker = withMarket({ makerFeeRate: d("0.0175") })
    // 0.0175 × 1 × 0.5 × 0.5 = 0.004375, plus one $0.0001 step per contract
    assert.strictEqual(
      restingFeeReserve(maker.market, { price: 500_000, remaining: 100, roundingAcc: 0n }),
      437_500n + CENTI_CENT * 100n
    )
    const sub = withMarket({ priceLevelStructure: "deci_cent" })
    assert.strictEqual(
      restingFeeReserve(sub.market, { price: 500_000, remaining: 100, roundingAcc: 2_000n }),
      ROUNDING_RESERVE - 2_000n
    )
  })

  it("bounds the taker fees of an incoming order by the crossed price nearest 0.5, plus a step per maker", () => {
    const { market } = withMarket()
    assert.strictEqual(takerFeeBound(market, "bid", 600_000, 100), 0n)
    insert(market, bareOrder("a", "m", "ask", 300_000, 100))
    insert(market, bareOrder("b", "m", "ask", 450_000, 100))
    insert(market, bareOrder("c", "m", "ask", 700_000, 100))
    // crosses 0.30 and 0.45; the worst is 0.45: 0.07 × 2 × 0.45 × 0.55 = 0.03465
    assert.strictEqual(takerFeeBound(market, "bid", 600_000, 200), 3_465_000n + 2n * CENTI_CENT)
  })
})
