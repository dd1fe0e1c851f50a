import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Soak from "../soak/run.js"

// A short soak with the fault schedule compressed: every fault kind strikes at least once, and every
// check finds the local books equal to the exchange's and no order lost, duplicated or left resting
// unknown. Correctness only: the figures over time belong to `npm run soak`.
describe("soak (smoke)", () => {
  it.live("books and orders agree with the exchange under every kind of fault", () =>
    Effect.gen(function*() {
      const report = yield* Soak.run({
        ...Soak.defaults,
        durationMs: 20_000,
        sampleEveryMs: 10_000,
        faultScale: 0.15,
        markets: 20,
        stormSize: 6
      })
      expect(report.samples).toHaveLength(2)
      for (const s of report.samples) {
        expect({ minute: s.minute, books: s.booksDiffering, examples: s.examples }).toEqual({
          minute: s.minute,
          books: 0,
          examples: []
        })
        expect([s.orders.lost, s.orders.duplicated, s.orders.restingUnknown, s.orders.phantomResting]).toEqual([
          0,
          0,
          0,
          0
        ])
      }
      expect(report.correct).toBe(true)
      // the faults happened and were seen
      for (const fault of ["webSocketDrop", "seqGap", "rateLimitStorm429", "droppedCreateAnswer", "refusedHandshake"]) {
        expect(report.faults[fault] ?? 0, fault).toBeGreaterThan(0)
      }
      const last = report.samples[report.samples.length - 1]!
      expect(last.reconnects, "reconnects").toBeGreaterThan(0)
      expect(last.resyncs, "resyncs").toBeGreaterThan(0)
      expect(last.decoded, "decoded frames").toBeGreaterThan(0)
      expect(report.counters.actions.place, "orders placed").toBeGreaterThan(0)
    }), 90_000)
})
