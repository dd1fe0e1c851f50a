/**
 * Measuring helpers: every case is run several times, its variants interleaved so that a noisy
 * neighbour slows them alike, and reported as median, min and max of operations per second.
 */
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"

export interface Stats {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly samples: ReadonlyArray<number>
}

export interface Variant {
  readonly name: string
  /** Runs `n` operations; may be async. */
  readonly run: (n: number) => void | Promise<void>
}

export interface Settings {
  /** Runs per variant. */
  readonly runs: number
  /** Target duration of one run in milliseconds. */
  readonly runMs: number
}

export const stats = (samples: ReadonlyArray<number>): Stats => {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, samples }
}

/** Finds how many operations fit in about `ms` milliseconds (at least 1). */
const calibrate = async (variant: Variant, ms: number): Promise<number> => {
  let n = 1
  for (;;) {
    const start = performance.now()
    await variant.run(n)
    const elapsed = performance.now() - start
    if (elapsed >= ms / 4 || n >= 1 << 30) {
      return Math.max(1, Math.round((n * ms) / Math.max(elapsed, 0.001)))
    }
    n *= elapsed < ms / 100 ? 10 : 2
  }
}

/** A full garbage collection, without starting node with `--expose-gc`. */
export const gc = (): () => void => {
  setFlagsFromString("--expose-gc")
  return runInNewContext("gc") as () => void
}

/**
 * Operations per second of each variant, runs interleaved. A full garbage collection precedes each
 * timed run, so that no variant pays for the garbage another one left.
 */
export const compare = async (
  variants: ReadonlyArray<Variant>,
  settings: Settings
): Promise<Record<string, Stats>> => {
  const sizes = new Map<string, number>()
  for (const v of variants) {
    await v.run(1) // warm up the code path
    sizes.set(v.name, await calibrate(v, settings.runMs))
  }
  const collect = gc()
  const samples = new Map<string, Array<number>>(variants.map((v) => [v.name, []]))
  for (let r = 0; r < settings.runs; r++) {
    for (const v of variants) {
      const n = sizes.get(v.name)!
      collect()
      const start = performance.now()
      await v.run(n)
      const elapsed = performance.now() - start
      samples.get(v.name)!.push((n * 1000) / elapsed)
    }
  }
  return Object.fromEntries([...samples].map(([name, s]) => [name, stats(s)]))
}

export interface Result {
  readonly case: string
  /** What is counted, e.g. "signatures/s". */
  readonly unit: string
  readonly sdk: Stats
  readonly floor: Stats & { readonly name: string }
  readonly comparison?: (Stats & { readonly name: string }) | undefined
  /** sdk median / floor median (throughput). */
  readonly ratio: number
  /** sdk median / comparison median, when there is one. */
  readonly ratioToComparison?: number | undefined
  readonly target: string
  /** Whether the target is met; absent for a case reported without a target. */
  readonly met?: boolean | undefined
  readonly notes?: string | undefined
}

export const fmt = (n: number): string =>
  n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(1)
