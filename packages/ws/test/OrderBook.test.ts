import { assert, describe, it } from "@effect/vitest"
import { BigDecimal, FastCheck as fc, Option } from "effect"
import * as OrderBook from "../src/OrderBook.js"

const d = (s: string) => BigDecimal.unsafeFromString(s)
const level = (price: string, size: string): OrderBook.SnapshotLevel => [d(price), d(size)]
const fmt = (o: Option.Option<OrderBook.Level>) =>
  Option.match(o, {
    onNone: () => "none",
    onSome: (l) => `${BigDecimal.format(l.price)}x${BigDecimal.format(l.size)}`
  })

describe("OrderBook", () => {
  it("builds a book from a snapshot: bids on both sides, asks from the opposite side", () => {
    const book = OrderBook.make("KX-1")
    const problem = book.applySnapshot(
      [level("0.4200", "10.00"), level("0.4500", "3.50"), level("0.0100", "100.00")],
      [level("0.5000", "7.00"), level("0.5300", "2.00")],
      1
    )
    assert.isUndefined(problem)
    assert.strictEqual(fmt(book.bestYesBid), "0.45x3.5")
    assert.strictEqual(fmt(book.bestNoBid), "0.53x2")
    // YES ask = 1 - best NO bid; NO ask = 1 - best YES bid.
    assert.strictEqual(fmt(book.bestYesAsk), "0.47x2")
    assert.strictEqual(fmt(book.bestNoAsk), "0.55x3.5")
    assert.strictEqual(BigDecimal.format(Option.getOrThrow(book.spread)), "0.02")
    assert.isFalse(book.isCrossed)
    assert.strictEqual(book.depth("yes"), 3)
    assert.strictEqual(book.depth("no"), 2)
    assert.deepStrictEqual(book.toJSON(), {
      marketTicker: "KX-1",
      yes: [["0.45", "3.5"], ["0.42", "10"], ["0.01", "100"]],
      no: [["0.53", "2"], ["0.5", "7"]]
    })
    assert.strictEqual(BigDecimal.format(book.totalSize("yes")), "113.5")
    assert.strictEqual(BigDecimal.format(book.sizeAt("yes", d("0.42"))), "10")
    assert.strictEqual(BigDecimal.format(book.sizeAt("yes", d("0.43"))), "0")
    assert.strictEqual(book.seq, 1)
  })

  it("applies deltas: add, grow, shrink, remove, and new best levels", () => {
    const book = OrderBook.make("KX-1")
    book.applySnapshot([level("0.40", "5")], undefined)
    assert.isUndefined(book.applyDelta("yes", d("0.41"), d("2.00"), 2))
    assert.strictEqual(fmt(book.bestYesBid), "0.41x2")
    assert.isUndefined(book.applyDelta("yes", d("0.41"), d("1.25")))
    assert.strictEqual(fmt(book.bestYesBid), "0.41x3.25")
    assert.isUndefined(book.applyDelta("yes", d("0.41"), d("-3.25")))
    assert.strictEqual(fmt(book.bestYesBid), "0.4x5")
    assert.isUndefined(book.applyDelta("no", d("0.5550"), d("4")))
    assert.strictEqual(fmt(book.bestYesAsk), "0.445x4")
    assert.isUndefined(book.applyDelta("yes", d("0.40"), d("-5")))
    assert.isTrue(Option.isNone(book.bestYesBid))
    assert.isTrue(Option.isNone(book.bestNoAsk))
    assert.strictEqual(book.seq, 2)
  })

  it("a delta that would make a level negative, or remove a missing level, is an inconsistency and changes nothing", () => {
    const book = OrderBook.make("KX-1")
    book.applySnapshot([level("0.40", "5")], [level("0.55", "1")])
    const before = JSON.stringify(book.toJSON())
    assert.deepStrictEqual(book.applyDelta("yes", d("0.40"), d("-5.01")), {
      reason: "NegativeLevel",
      side: "yes",
      price: "0.4"
    })
    assert.strictEqual(book.applyDelta("no", d("0.30"), d("-1"))?.reason, "UnknownLevel")
    assert.strictEqual(book.applyDelta("no", d("1.5"), d("1"))?.reason, "InvalidPrice")
    assert.strictEqual(book.applyDelta("no", d("0.5"), d("0.001"))?.reason, "InvalidSize")
    assert.strictEqual(JSON.stringify(book.toJSON()), before)
  })

  it("a snapshot replaces the book; an empty snapshot empties it", () => {
    const book = OrderBook.make("KX-1")
    book.applySnapshot([level("0.40", "5")], [level("0.55", "1")])
    book.applySnapshot([level("0.10", "1")], undefined)
    assert.deepStrictEqual(book.toJSON(), { marketTicker: "KX-1", yes: [["0.1", "1"]], no: [] })
    book.applySnapshot(undefined, undefined)
    assert.strictEqual(book.depth("yes") + book.depth("no"), 0)
    assert.isTrue(book.hasSnapshot)
  })

  it("a snapshot with an invalid level is refused and leaves the book cleared", () => {
    const book = OrderBook.make("KX-1")
    book.applySnapshot([level("0.40", "5")], undefined)
    const problem = book.applySnapshot([level("0.40", "-1")], undefined)
    assert.strictEqual(problem?.reason, "InvalidSize")
    assert.isFalse(book.hasSnapshot)
    assert.strictEqual(book.depth("yes"), 0)
  })

  it("reads the same with use_yes_price: NO prices on the wire are YES-leg prices", () => {
    const noLeg = OrderBook.make("KX-1")
    noLeg.applySnapshot([level("0.40", "5")], [level("0.55", "1"), level("0.50", "2")])
    noLeg.applyDelta("no", d("0.56"), d("3"))
    const yesLeg = OrderBook.make("KX-1", { useYesPrice: true })
    // The same NO bids expressed at YES prices: 1 - 0.55 = 0.45, 1 - 0.50 = 0.50, 1 - 0.56 = 0.44.
    yesLeg.applySnapshot([level("0.40", "5")], [level("0.45", "1"), level("0.50", "2")])
    yesLeg.applyDelta("no", d("0.44"), d("3"))
    assert.deepStrictEqual(yesLeg.toJSON(), noLeg.toJSON())
    assert.strictEqual(fmt(yesLeg.bestYesAsk), "0.44x3")
  })

  it("state() is an immutable copy", () => {
    const book = OrderBook.make("KX-1")
    book.applySnapshot([level("0.40", "5")], undefined, 7)
    const state = book.state()
    book.applyDelta("yes", d("0.40"), d("-5"))
    book.applyDelta("yes", d("0.60"), d("1"))
    assert.strictEqual(fmt(state.bestYesBid), "0.4x5")
    assert.strictEqual(state.seq, 7)
    assert.strictEqual(fmt(book.bestYesBid), "0.6x1")
  })

  it("detects a crossed book", () => {
    const book = OrderBook.make("KX-1")
    book.applySnapshot([level("0.60", "1")], [level("0.45", "1")])
    assert.isTrue(book.isCrossed)
  })

  // A reference book keyed by exact decimal strings, to compare against after random flow.
  const reference = () => {
    const sides = { yes: new Map<string, BigDecimal.BigDecimal>(), no: new Map<string, BigDecimal.BigDecimal>() }
    return {
      apply(side: OrderBook.Side, price: BigDecimal.BigDecimal, delta: BigDecimal.BigDecimal): boolean {
        const key = BigDecimal.format(BigDecimal.normalize(price))
        const current = sides[side].get(key) ?? BigDecimal.fromBigInt(0n)
        const next = BigDecimal.sum(current, delta)
        if (BigDecimal.isNegative(next)) return false
        if (!sides[side].has(key) && BigDecimal.isNegative(delta)) return false
        if (BigDecimal.isZero(next)) sides[side].delete(key)
        else sides[side].set(key, next)
        return true
      },
      levels(side: OrderBook.Side) {
        return [...sides[side].entries()]
          .sort((a, b) => BigDecimal.Order(BigDecimal.unsafeFromString(b[0]), BigDecimal.unsafeFromString(a[0])))
          .map(([p, s]) => [p, BigDecimal.format(BigDecimal.normalize(s))])
      }
    }
  }

  const deltaArb = fc.record({
    side: fc.constantFrom<OrderBook.Side>("yes", "no"),
    // Prices on a 0.0001 grid, sizes on a 0.01 grid.
    priceTicks: fc.integer({ min: 1, max: 9999 }),
    centi: fc.integer({ min: -5000, max: 5000 })
  })

  it.prop("matches a reference book after random flow", [fc.array(deltaArb, { maxLength: 300 })], ([deltas]) => {
    const book = OrderBook.make("KX-1")
    book.applySnapshot(undefined, undefined)
    const ref = reference()
    for (const x of deltas) {
      const price = BigDecimal.make(BigInt(x.priceTicks), 4)
      const delta = BigDecimal.make(BigInt(x.centi), 2)
      const ok = ref.apply(x.side, price, delta)
      const problem = book.applyDelta(x.side, price, delta)
      assert.strictEqual(problem === undefined, ok)
    }
    for (const side of ["yes", "no"] as const) {
      const ours = book.levels(side).map((l) => [BigDecimal.format(l.price), BigDecimal.format(l.size)])
      assert.deepStrictEqual(ours, ref.levels(side))
    }
  })

  it.prop(
    "parseFixed agrees with BigDecimal on decimal strings",
    [fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 8 })],
    ([value, scale]) => {
      const text = BigDecimal.format(BigDecimal.make(value, scale))
      const fixed = BigDecimal.make(value, scale)
      const expected = BigDecimal.normalize(fixed).scale <= 6 ? OrderBook.priceToTicks(fixed) : undefined
      assert.strictEqual(OrderBook.parseFixed(text, 6), expected)
    }
  )

  it.prop(
    "priceToTicks and sizeToCenti are the exact integer, or undefined when it is finer or not safe",
    [fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }), fc.integer({ min: -3, max: 9 })],
    ([value, scale]) => {
      const exact = (decimals: number) => {
        const n = BigDecimal.normalize(BigDecimal.make(value, scale))
        if (n.scale > decimals) return undefined
        const scaled = n.value * 10n ** BigInt(decimals - n.scale)
        return scaled > BigInt(Number.MAX_SAFE_INTEGER) || scaled < -BigInt(Number.MAX_SAFE_INTEGER)
          ? undefined
          : Number(scaled)
      }
      const d = BigDecimal.make(value, scale)
      assert.strictEqual(OrderBook.priceToTicks(d), exact(6))
      assert.strictEqual(OrderBook.sizeToCenti(d), exact(2))
    }
  )

  it("priceToTicks at the edge of the safe integers", () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER)
    assert.strictEqual(OrderBook.priceToTicks(BigDecimal.make(max, 6)), Number.MAX_SAFE_INTEGER)
    assert.isUndefined(OrderBook.priceToTicks(BigDecimal.make(max + 1n, 6)))
    assert.isUndefined(OrderBook.priceToTicks(BigDecimal.make(max, 5)))
    assert.strictEqual(OrderBook.priceToTicks(BigDecimal.make(-(max / 10n), 5)), -Number(max / 10n) * 10)
    assert.strictEqual(OrderBook.priceToTicks(BigDecimal.make(5600000n, 7)), 560000)
    assert.isUndefined(OrderBook.priceToTicks(BigDecimal.make(5600001n, 7)))
  })

  it("parseFixed rejects what is not a plain decimal", () => {
    for (const text of ["", "-", ".5", "1.", "1e3", " 1", "1,0", "+1", "0x10", "1.0000001"]) {
      assert.isUndefined(OrderBook.parseFixed(text, 6), text)
    }
    assert.strictEqual(OrderBook.parseFixed("0.5600", 6), 560000)
    assert.strictEqual(OrderBook.parseFixed("-3.00", 2), -300)
    assert.strictEqual(OrderBook.parseFixed("0.560000000", 4), 5600)
  })
})
