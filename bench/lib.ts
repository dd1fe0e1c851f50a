/**
 * Measuring helpers: every case is run several times, its variants interleaved so that a noisy
 * neighbour slows them alike, and reported as median, min and max of operations per second.
 */
import { PerformanceObserver } from "node:perf_hooks"
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
  settings: Settings,
  /** Called once warm-up and calibration are over, before the first timed run. */
  onTimed?: () => void
): Promise<Record<string, Stats>> => {
  const sizes = new Map<string, number>()
  for (const v of variants) {
    await v.run(1) // warm up the code path
    sizes.set(v.name, await calibrate(v, settings.runMs))
  }
  const collect = gc()
  const samples = new Map<string, Array<number>>(variants.map((v) => [v.name, []]))
  onTimed?.()
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
  /** Per-call figures of the variants, for the cases that measure single calls. */
  readonly calls?: {
    readonly sdk: CallStats
    readonly floor: CallStats
    readonly comparison?: CallStats | undefined
  } | undefined
  /** Whether the target is met; absent for a case reported without a target. */
  readonly met?: boolean | undefined
  readonly notes?: string | undefined
}

export const fmt = (n: number): string =>
  n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(1)

/** What one variant of a per-call case measured. */
export interface CallStats {
  /** Calls per second, per timed run. */
  readonly throughput: Stats
  /** Wall time per call (1 / the median throughput), in microseconds. */
  readonly perCallMicros: number
  /** Latency of single calls over every timed run (start to answer, in flight with the others), µs. */
  readonly medianMicros: number
  readonly p99Micros: number
  /** Bytes allocated on the heap per call (median of several windows without a collection). */
  readonly allocBytes: number
}

/** One call of a per-call variant. */
export interface CallVariant {
  readonly name: string
  readonly one: () => Promise<unknown>
}

const quantile = (sorted: ReadonlyArray<number>, q: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

/** Collections seen by V8 since the process started measuring. */
let collections = 0
let observing = false
const observeCollections = () => {
  if (observing) return
  observing = true
  new PerformanceObserver((list) => {
    collections += list.getEntries().length
  }).observe({ entryTypes: ["gc"] })
}
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20))

/**
 * Heap bytes allocated per call: `heapUsed` before and after a window of calls in which no
 * collection ran (a window with one is measured again, shorter). Median of 5 windows.
 */
const allocationPerCall = async (variant: CallVariant, concurrency: number): Promise<number> => {
  observeCollections()
  const collect = gc()
  const samples: Array<number> = []
  let n = Math.max(64, concurrency * 4)
  for (let attempt = 0; samples.length < 5 && attempt < 40; attempt++) {
    collect()
    await settle()
    const before = collections
    const heap0 = process.memoryUsage().heapUsed
    await runPool(n, concurrency, variant.one)
    const heap1 = process.memoryUsage().heapUsed
    await settle()
    if (collections !== before) {
      n = Math.max(concurrency, n >> 1)
      continue
    }
    samples.push((heap1 - heap0) / n)
  }
  return samples.length === 0 ? NaN : stats(samples).median
}

/** Runs `n` calls with at most `concurrency` in flight. */
export const runPool = async (n: number, concurrency: number, one: () => Promise<unknown>): Promise<void> => {
  let next = 0
  const worker = async () => {
    while (next < n) {
      next++
      await one()
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker))
}

/**
 * Per-call figures of each variant with `concurrency` calls in flight: throughput per run (runs
 * interleaved, a full collection before each), single-call latency (median, p99) and allocation.
 */
export const compareCalls = async (
  variants: ReadonlyArray<CallVariant>,
  concurrency: number,
  settings: Settings
): Promise<Record<string, CallStats>> => {
  const latencies = new Map<string, Array<number>>(variants.map((v) => [v.name, []]))
  let timing = false
  const throughput = await compare(
    variants.map((v) => ({
      name: v.name,
      run: (n: number) => {
        const record = timing ? latencies.get(v.name)! : undefined
        return runPool(n, concurrency, async () => {
          const start = performance.now()
          await v.one()
          record?.push(performance.now() - start)
        })
      }
    })),
    settings,
    () => {
      timing = true
    }
  )
  const out: Record<string, CallStats> = {}
  for (const v of variants) {
    const sorted = latencies.get(v.name)!.sort((a, b) => a - b)
    const t = throughput[v.name]!
    out[v.name] = {
      throughput: t,
      perCallMicros: 1e6 / t.median,
      medianMicros: quantile(sorted, 0.5) * 1000,
      p99Micros: quantile(sorted, 0.99) * 1000,
      allocBytes: await allocationPerCall(v, concurrency)
    }
  }
  return out
}
