import { describe, expect, it } from "@effect/vitest"
import { History, split } from "../../src/exchange/history.js"

describe("exchange/history", () => {
  it("the cutoff is the start by default, trails the clock by an age, and never moves back", () => {
    const fixed = new History({ startMs: 1_000 })
    expect(fixed.cutoffMs(50_000)).toBe(1_000)
    fixed.setCutoff(5_000)
    fixed.setCutoff(2_000)
    expect(fixed.cutoffs(60_000)).toEqual({
      marketSettledMs: 5_000,
      tradesCreatedMs: 5_000,
      ordersUpdatedMs: 5_000,
      positionsUpdatedMs: 5_000
    })
    const trailing = new History({ startMs: 1_000, ageMs: 10_000 })
    expect(trailing.cutoffMs(5_000)).toBe(1_000)
    expect(trailing.cutoffMs(25_000)).toBe(15_000)
    expect(trailing.aged(14_999, 25_000)).toBe(true)
    expect(trailing.aged(15_000, 25_000)).toBe(false)
  })

  it("splits items into live and aged", () => {
    expect(split([1, 5, 9, 12], (n) => n, 9)).toEqual([[9, 12], [1, 5]])
    expect(split([{ t: undefined }], (x) => x.t, 9)).toEqual([[{ t: undefined }], []])
  })
})
