/**
 * Simulated external feeds, at the rates the exchange publishes them: CF Benchmarks indices once a
 * second (`cfbenchmarks_value`, with the trailing 60-second average and, in the last minute before
 * each quarter hour, the quarter's final-minute average), five of them five times a second
 * (`cfbenchmarks_value_5hz`), and Pyth prices once a second (`pyth_value`). Each value walks from a
 * plausible start by seeded steps of at most 0.02%, so the same seed gives the same values.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import { Prng } from "../engine/units.js"
import type { ExchangeState, IndexAverage } from "./state.js"

/** 1e-8 USD per dollar. */
const USD = 100_000_000n

/** CF Benchmarks indices and a start value in dollars; the first five also stream at 5 Hz. */
export const cfIndices: ReadonlyArray<readonly [string, string]> = [
  ["BRTI", "68000.12"],
  ["ETHUSD_RTI", "3500.55"],
  ["SOLUSD_RTI", "150.21"],
  ["XRPUSD_RTI", "0.6123"],
  ["DOGEUSD_RTI", "0.15432"],
  ["LTCUSD_RTI", "80.44"],
  ["LINKUSD_RTI", "14.87"],
  ["ADAUSD_RTI", "0.4521"]
]

/** The indices of the 5 Hz feed. */
export const fastIndices: ReadonlyArray<string> = cfIndices.slice(0, 5).map(([id]) => id)

/** Pyth underlyings and a start value in dollars. */
export const pythUnderlyings: ReadonlyArray<readonly [string, string]> = [
  ["Metal.XAU/USD", "2400.15"],
  ["Metal.XAG/USD", "30.12"],
  ["Commodities.Index.PYTHOIL/USD", "82.12345"],
  ["Commodities.Index.NATGAS/USD", "3.0123"]
]

const toUnits = (dollars: string): bigint => {
  const [whole, fraction = ""] = dollars.split(".")
  return BigInt(whole!) * USD + BigInt(fraction.padEnd(8, "0").slice(0, 8))
}

const QUARTER_MS = 15 * 60_000
const MINUTE_MS = 60_000

/** The trailing 60-second average before `ts` (prior ticks only), or the value itself when there are none. */
export const trailingAverage = (
  history: ReadonlyArray<{ readonly ts: number; readonly value: bigint }>,
  ts: number,
  value: bigint
): IndexAverage => {
  const prior = history.filter((h) => h.ts >= ts - MINUTE_MS && h.ts < ts)
  const sum = prior.reduce((acc, h) => acc + h.value, 0n)
  return {
    value: prior.length === 0 ? value : sum / BigInt(prior.length),
    windowSize: prior.length,
    windowStartTsMs: ts - MINUTE_MS,
    windowEndTsExclusive: ts
  }
}

/**
 * The average of the quarter's final minute up to `ts` (ticks in `(close − 60 s, close]`, the
 * current one included), or none outside that minute.
 */
export const quarterAverage = (
  history: ReadonlyArray<{ readonly ts: number; readonly value: bigint }>,
  ts: number
): IndexAverage | undefined => {
  const close = Math.ceil(ts / QUARTER_MS) * QUARTER_MS
  if (ts <= close - MINUTE_MS) return undefined
  const window = history.filter((h) => h.ts > close - MINUTE_MS && h.ts <= ts)
  if (window.length === 0) return undefined
  return {
    value: window.reduce((acc, h) => acc + h.value, 0n) / BigInt(window.length),
    windowSize: window.length,
    windowStartTsMs: close - MINUTE_MS,
    windowEndTsExclusive: ts
  }
}

/** Runs the feeds until interrupted. */
export const run = (state: ExchangeState, seed: number): Effect.Effect<void> =>
  Effect.suspend(() => {
    const rng = new Prng((seed ^ 0x1f123bb5) >>> 0)
    const values = new Map<string, bigint>([...cfIndices, ...pythUnderlyings].map(([id, v]) => [id, toUnits(v)]))
    /** A step of at most ±0.02%. */
    const walk = (id: string): bigint => {
      const value = values.get(id)!
      const next = value + (value * BigInt((rng.next() % 401) - 200)) / 1_000_000n
      const kept = next > 0n ? next : value
      values.set(id, kept)
      return kept
    }
    const history = new Map<string, Array<{ readonly ts: number; readonly value: bigint }>>()
    const fast = Effect.sync(() => {
      const ts = state.now()
      for (const id of fastIndices) {
        state.publishFeed({ _tag: "cfbenchmarks_value_5hz", id, value: walk(id), sourceTsMs: ts })
      }
    })
    const slow = Effect.sync(() => {
      const ts = state.now()
      for (const [id] of cfIndices) {
        const value = fastIndices.includes(id) ? values.get(id)! : walk(id)
        const past = history.get(id) ?? []
        const avg60s = trailingAverage(past, ts, value)
        const kept = [...past.filter((h) => h.ts > ts - 2 * MINUTE_MS), { ts, value }]
        history.set(id, kept)
        state.publishFeed({
          _tag: "cfbenchmarks_value",
          id,
          value,
          sourceTsMs: ts,
          avg60s,
          last60sWindowedAverage15min: quarterAverage(kept, ts)
        })
      }
      for (const [id] of pythUnderlyings) state.publishFeed({ _tag: "pyth_value", id, value: walk(id), sourceTsMs: ts })
    })
    return Effect.all([
      fast.pipe(Effect.repeat(Schedule.spaced("200 millis"))),
      slow.pipe(Effect.repeat(Schedule.spaced("1 second")))
    ], { concurrency: "unbounded", discard: true })
  })
