import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Scale from "../scale/run.js"

// A short scale run: the emitter's deltas over 10 and 200 books on one connection all reach the
// local books, which end equal to the emitter's; and a paginated catalog arrives whole without a
// 429. Correctness only: rates and latencies belong to `npm run scale`.
describe("scale (smoke)", () => {
  it.live("every delta is applied and every book ends equal to the emitter's", () =>
    Effect.gen(function*() {
      const report = yield* Scale.run({
        books: [10, 200],
        rates: [2000],
        stepMs: 1500,
        restMarkets: 450,
        verifyBooks: true
      })
      expect(report.books.map((b) => b.books)).toEqual([10, 200])
      for (const b of report.books) {
        const step = b.steps[0]!
        expect(step.sent).toBeGreaterThan(0)
        expect({ applied: step.applied, differing: step.booksDiffering, resyncs: step.resyncs }).toEqual({
          applied: step.sent,
          differing: 0,
          resyncs: 0
        })
        expect(step.inconsistent).toBe(0)
      }
      expect(report.rest).toMatchObject({ markets: 450, received: 450, rateLimited: 0 })
      expect(report.rest!.requests).toBeGreaterThan(1)
    }), 90_000)
})
