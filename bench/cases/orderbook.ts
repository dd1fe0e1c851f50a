/**
 * Case 4: order book. Deltas applied per second to a 100-level book, reading the best bid and ask
 * after each, against a floor that only updates a `Map` of levels (no ordering, no checks).
 */
import * as OrderBook from "@kalshi-effect/ws/OrderBook"
import * as BigDecimal from "effect/BigDecimal"
import { compare, type Result, type Settings } from "../lib.js"

/**
 * A deterministic stream of deltas over a 100-level book (50 levels per side). Deltas come in pairs
 * (+1.00 then -1.00 on the same level) so sizes never drift; one pair in five targets a price just
 * below the book, so that level is inserted and then removed again.
 */
const makeFlow = (size: number) => {
  const sides: Array<"yes" | "no"> = []
  const ticks: Array<number> = []
  const centi: Array<number> = []
  let seed = 0x2545f491
  const rand = () => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) / 4294967296
  }
  for (let i = 0; i < size; i += 2) {
    const side = rand() < 0.5 ? "yes" : "no"
    // Levels one cent apart from 0.10 to 0.59; 0.01 to 0.09 are empty and come and go.
    const level = rand() < 0.2 ? 1 + Math.floor(rand() * 9) : 10 + Math.floor(rand() * 50)
    sides.push(side, side)
    ticks.push(level * 10_000, level * 10_000)
    centi.push(100, -100)
  }
  return { sides, ticks, centi }
}

export const run = async (settings: Settings): Promise<ReadonlyArray<Result>> => {
  const flowSize = 1 << 16
  const flow = makeFlow(flowSize)
  const decimals = flow.ticks.map((t) => BigDecimal.make(BigInt(t), 6))
  const plus = BigDecimal.unsafeFromString("1.00")
  const minus = BigDecimal.unsafeFromString("-1.00")

  const seeded = () => {
    const book = OrderBook.make("BENCH")
    const yes: Array<OrderBook.SnapshotLevel> = []
    const no: Array<OrderBook.SnapshotLevel> = []
    for (let l = 10; l < 60; l++) {
      yes.push([BigDecimal.make(BigInt(l * 10_000), 6), BigDecimal.unsafeFromString("100")])
      no.push([BigDecimal.make(BigInt(l * 10_000), 6), BigDecimal.unsafeFromString("100")])
    }
    book.applySnapshot(yes, no)
    return book
  }
  const bookTicks = seeded()
  const bookDecimal = seeded()
  const floorBook = { yes: new Map<number, number>(), no: new Map<number, number>() }
  for (let l = 10; l < 60; l++) {
    floorBook.yes.set(l * 10_000, 10_000)
    floorBook.no.set(l * 10_000, 10_000)
  }
  let sink = 0
  let errors = 0
  let iTicks = 0
  let iDecimal = 0
  let iFloor = 0
  const stats = await compare([
    {
      // Integer ticks: what a specialised decoder feeds the book.
      name: "ticks",
      run: (n) => {
        for (let k = 0; k < n; k++) {
          const j = iTicks++ & (flowSize - 1)
          if (bookTicks.applyDeltaTicks(flow.sides[j]!, flow.ticks[j]!, flow.centi[j]!) !== undefined) errors++
          sink += bookTicks.bestBidTicks("yes") + bookTicks.bestBidTicks("no")
        }
      }
    },
    {
      // BigDecimal price and delta, as the Schema decoders produce them.
      name: "decimal",
      run: (n) => {
        for (let k = 0; k < n; k++) {
          const j = iDecimal++ & (flowSize - 1)
          if (bookDecimal.applyDelta(flow.sides[j]!, decimals[j]!, flow.centi[j]! > 0 ? plus : minus) !== undefined) {
            errors++
          }
          sink += bookDecimal.bestBidTicks("yes") + bookDecimal.bestBidTicks("no")
        }
      }
    },
    {
      name: "floor",
      run: (n) => {
        for (let k = 0; k < n; k++) {
          const j = iFloor++ & (flowSize - 1)
          const m = flow.sides[j] === "yes" ? floorBook.yes : floorBook.no
          const p = flow.ticks[j]!
          m.set(p, (m.get(p) ?? 0) + flow.centi[j]!)
          sink += m.size
        }
      }
    }
  ], settings)
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink)
  if (errors > 0) throw new Error(`the benchmark flow produced ${errors} inconsistent deltas`)
  const target = 1_000_000
  return [
    {
      case: "order book delta + top of book (integer ticks)",
      unit: "deltas/s",
      sdk: stats.ticks!,
      floor: { name: "Map.set of the level, no ordering or checks", ...stats.floor! },
      ratio: stats.ticks!.median / stats.floor!.median,
      target: ">= 1,000,000 deltas/s",
      met: stats.ticks!.median >= target
    },
    {
      case: "order book delta + top of book (BigDecimal input)",
      unit: "deltas/s",
      sdk: stats.decimal!,
      floor: { name: "Map.set of the level, no ordering or checks", ...stats.floor! },
      ratio: stats.decimal!.median / stats.floor!.median,
      target: ">= 1,000,000 deltas/s",
      met: stats.decimal!.median >= target
    }
  ]
}
