import { describe, expect, it } from "@effect/vitest"
import * as Either from "effect/Either"
import { Catalog, tagsByCategory } from "../../src/exchange/catalog.js"

describe("exchange/catalog", () => {
  it("serves what was seeded, with defaults, and derives sports filters and tags", () => {
    const catalog = new Catalog(() => "fee-1")
    catalog.add({
      milestones: [
        {
          id: "m1",
          title: "A vs B",
          type: "football_game",
          competition: "Pro Football",
          relatedEventTickers: ["KXE-1"]
        },
        { id: "m2", title: "Race", category: "Elections", type: "political_race" }
      ],
      feeChanges: [{ seriesTicker: "KXS", feeType: "quadratic", feeMultiplier: 0.5, scheduledTime: 10 }]
    }, 1_000)
    expect(Either.getOrThrow(catalog.milestone("m1"))).toMatchObject({
      category: "Sports",
      startTime: 1_000,
      primaryEventTickers: ["KXE-1"]
    })
    expect(Either.isLeft(catalog.milestone("nope"))).toBe(true)
    expect(catalog.milestoneOfEvent("KXE-1")?.id).toBe("m1")
    expect(catalog.sportsFilters()).toEqual({
      bySport: { football: { competitions: ["Pro Football"] } },
      ordering: ["football"]
    })
    expect(catalog.feeChanges[0]!.id).toBe("fee-1")
    expect(tagsByCategory([{ category: "C", tags: ["b", "a"] }, { category: "C", tags: ["a"] }])).toEqual({
      C: ["a", "b"]
    })
  })
})
