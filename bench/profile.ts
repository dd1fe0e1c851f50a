/**
 * `tsx --conditions=@kalshi-effect/source bench/profile.ts [balance|order] [n] [variant]`: runs one
 * variant of the small-request case `n` times in a loop (sequential) and writes the CPU profile of
 * the loop to `bench/<variant>-<op>.cpuprofile` (open it in Chrome's DevTools, or see `--top`).
 * `bench/profile.ts --top <file.cpuprofile>` prints the profile's top self-time functions.
 * `--compare [balance|order] [n] <variant>... [--concurrency=32]` prints each variant's time and
 * client CPU per call, interleaved, sequential or with that many in flight; `--gc <op> <n>
 * <variant>...` prints, interleaved, each variant's young-generation collections (scavenges) per
 * call: their time and what they left alive. `--page` before either takes the 100-market page
 * case's variants instead of the small request's.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { Session } from "node:inspector/promises"
import { constants, PerformanceObserver } from "node:perf_hooks"
import { getHeapSpaceStatistics } from "node:v8"
import type { profileTarget as profileTargetType } from "./cases/small.js"

interface Node {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
  readonly children?: ReadonlyArray<number>
}

/** The top self-time functions of a `.cpuprofile`, in percent of the samples. */
const top = (file: string, count = 40) => {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    readonly nodes: ReadonlyArray<Node>
    readonly samples: ReadonlyArray<number>
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  for (const id of profile.samples) {
    const node = byId.get(id)!
    const f = node.callFrame
    const where = f.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/packages\//, "packages/")
    const key = `${f.functionName || "(anonymous)"} ${where}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + 1)
  }
  const total = profile.samples.length
  const sorted = [...self].sort((a, b) => b[1] - a[1]).slice(0, count)
  for (const [key, n] of sorted) console.log(`${((n / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
}

type Variant = keyof Awaited<ReturnType<typeof profileTargetType>>["calls"] & string

const main = async () => {
  const args = process.argv.slice(2)
  if (args[0] === "--top") return top(args[1]!, Number(args[2] ?? 40))
  const page = args.includes("--page")
  if (page) args.splice(args.indexOf("--page"), 1)
  // --concurrency=32: --compare keeps that many calls in flight (sequential by default)
  const concurrencyArg = args.find((a) => a.startsWith("--concurrency="))
  if (concurrencyArg !== undefined) args.splice(args.indexOf(concurrencyArg), 1)
  const concurrency = Math.max(1, Number(concurrencyArg?.slice("--concurrency=".length) ?? 1))
  const { profileTarget: smallTarget } = await import("./cases/small.js")
  const { profileTarget: pageTarget } = await import("./cases/rest.js")
  // --page: the 100-market page case's variants (sdk, sdkFetch, core, undici, fetch, official), as "balance"
  const profileTarget = page
    ? () =>
      pageTarget().then((t) => ({
        close: t.close,
        calls: Object.fromEntries(
          Object.entries(t.calls).map(([name, one]) => [name, { balance: one, order: one }])
        ) as Record<string, { balance: () => Promise<unknown>; order: () => Promise<unknown> }>
      }))
    : smallTarget
  if (args[0] === "--gc") {
    // --gc <op> <n> <variant>...: per call, the scavenges' time and the bytes they moved out of the
    // young generation (what survived them), medians of 7 interleaved rounds
    const op = args[1] === "order" ? "order" : "balance"
    const n = Number(args[2] ?? 300)
    const names = args.slice(3) as Array<Variant>
    const target = await profileTarget()
    let scavengeMs = 0
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const { detail } = entry as PerformanceEntry & { readonly detail?: { readonly kind?: number } }
        if (detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavengeMs += entry.duration
      }
    })
    observer.observe({ entryTypes: ["gc"] })
    const oldBytes = () => {
      let bytes = 0
      for (const space of getHeapSpaceStatistics()) {
        if (space.space_name !== "new_space" && space.space_name !== "new_large_object_space") {
          bytes += space.space_used_size
        }
      }
      return bytes
    }
    try {
      const ms = new Map<string, Array<number>>(names.map((name) => [name, []]))
      const grown = new Map<string, Array<number>>(names.map((name) => [name, []]))
      for (let round = 0; round < 8; round++) {
        for (const name of names) {
          const one = target.calls[name][op] // a full collection first (when exposed), so that each round starts alike
          ;(globalThis as { gc?: () => void }).gc?.()
          await new Promise((resolve) => setImmediate(resolve))
          const ms0 = scavengeMs
          const old0 = oldBytes()
          for (let i = 0; i < n; i++) await one()
          // the observer's entries arrive in a later task
          await new Promise((resolve) => setTimeout(resolve, 10))
          if (round > 0) {
            ms.get(name)!.push(((scavengeMs - ms0) * 1000) / n)
            grown.get(name)!.push((oldBytes() - old0) / 1024 / n)
          }
        }
      }
      const median = (xs: Array<number>) => xs.sort((a, b) => a - b)[xs.length >> 1]!
      for (const name of names) {
        console.log(
          `${name.padEnd(14)} ${median(ms.get(name)!).toFixed(0)} µs of scavenges per call, ` +
            `old generation grew ${median(grown.get(name)!).toFixed(0)} KB per call (medians of 7 rounds)`
        )
      }
    } finally {
      observer.disconnect()
      await target.close()
    }
    return
  }
  if (args[0] === "--compare") {
    // --compare <op> <n> <variant>...: the variants' median time per call over 7 interleaved rounds
    const op = args[1] === "order" ? "order" : "balance"
    const n = Number(args[2] ?? 1000)
    const names = args.slice(3) as Array<
      Variant
    >
    const target = await profileTarget()
    try {
      const times = new Map<string, Array<number>>(names.map((name) => [name, []]))
      const cpu = new Map<string, Array<number>>(names.map((name) => [name, []]))
      for (let round = 0; round < 8; round++) {
        for (const name of names) {
          const one = target.calls[name][op]
          const start = performance.now()
          const cpu0 = process.cpuUsage()
          let next = 0
          await Promise.all(Array.from({ length: concurrency }, async () => {
            while (next < n) {
              next++
              await one()
            }
          }))
          const used = process.cpuUsage(cpu0)
          if (round > 0) {
            times.get(name)!.push(((performance.now() - start) * 1000) / n)
            cpu.get(name)!.push((used.user + used.system) / n)
          }
        }
      }
      const median = (xs: Array<number>) => xs.sort((a, b) => a - b)[xs.length >> 1]!
      for (const name of names) {
        console.log(
          `${name.padEnd(14)} ${median(times.get(name)!).toFixed(0)} µs per call, ` +
            `${median(cpu.get(name)!).toFixed(0)} µs of client CPU per call (medians of 7 rounds, ` +
            `${concurrency} in flight)`
        )
      }
    } finally {
      await target.close()
    }
    return
  }
  const op = args[0] === "order" ? "order" : "balance"
  const n = Number(args[1] ?? 5000)
  const variant = (args[2] ?? "sdkEd") as Variant
  const target = await profileTarget()
  try {
    const one = target.calls[variant][op]
    for (let i = 0; i < 200; i++) await one()
    // the profile covers the timed loop only (not the setup, nor the warm-up)
    const session = new Session()
    session.connect()
    await session.post("Profiler.enable")
    await session.post("Profiler.setSamplingInterval", { interval: 100 })
    await session.post("Profiler.start")
    const start = performance.now()
    for (let i = 0; i < n; i++) await one()
    const ms = performance.now() - start
    const { profile } = await session.post("Profiler.stop")
    const file = `bench/${variant}-${op}.cpuprofile`
    writeFileSync(file, JSON.stringify(profile))
    console.log(`profile written to ${file}`)
    console.log(`${variant} ${op}: ${((ms * 1000) / n).toFixed(0)} µs per call over ${n} calls`)
  } finally {
    await target.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
