/**
 * `npm run soak -- --minutes N` (default 10): the trading pipeline against a local exchange with
 * its simulated traders on 24 markets, under faults on a schedule, checked every minute against the
 * exchange's books and ledger. Prints a line per check and writes `bench/soak.json` and
 * `bench/soak.svg` (heap, fibers and reconnects over time).
 *
 * Options: `--minutes <n>`, `--sample-seconds <n>` (default 60), `--fault-scale <x>` (multiplies the
 * fault periods; default 1), `--markets <n>` (default 24), `--out <name>` (default `soak`: writes
 * `bench/<name>.json` and `bench/<name>.svg`). Run under `node --expose-gc` (the npm script does).
 */
import * as Effect from "effect/Effect"
import { execSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import { cpus } from "node:os"
import { parseArgs } from "node:util"
import { svg } from "./chart.js"
import * as Soak from "./soak/run.js"

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    "sample-seconds": { type: "string", default: "60" },
    "fault-scale": { type: "string", default: "1" },
    markets: { type: "string", default: "24" },
    out: { type: "string", default: "soak" }
  }
})

const positive = (name: string, raw: string | undefined): number => {
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0) {
    process.stderr.write(`--${name} must be a positive number, got ${raw}\n`)
    process.exit(2)
  }
  return n
}

const minutes = positive("minutes", values.minutes)
const options: Soak.Options = {
  ...Soak.defaults,
  durationMs: minutes * 60_000,
  sampleEveryMs: positive("sample-seconds", values["sample-seconds"]) * 1000,
  faultScale: positive("fault-scale", values["fault-scale"]),
  markets: positive("markets", values.markets),
  onSample: (s) =>
    console.log(
      [
        `min ${s.minute.toFixed(1)}`,
        `books differing ${s.booksDiffering} (${s.bookAttempts} tries)`,
        `lost ${s.orders.lost} dup ${s.orders.duplicated} resting-unknown ${s.orders.restingUnknown}` +
        ` phantom ${s.orders.phantomResting} unsettled ${s.orders.unsettled}`,
        `heap ${s.heapUsedMB.toFixed(2)} MB`,
        `fibers ${s.fibers}`,
        `fds ${s.fds} sockets ${s.sockets}`,
        `reconnects ${s.reconnects} resyncs ${s.resyncs} retries ${s.retries}`,
        `frames ${s.decoded} bad ${s.undecodable}`,
        `actions ${s.actions}`,
        ...s.examples.map((e) => `\n    ${e}`)
      ].join(" | ")
    )
}

const gitCommit = (): string | undefined => {
  try {
    return execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim()
  } catch {
    return undefined
  }
}

if (typeof (globalThis as { gc?: unknown }).gc !== "function") {
  process.stderr.write("note: run under node --expose-gc for the heap figures (npm run soak does)\n")
}

Effect.runPromise(Soak.run(options)).then(
  (report) => {
    const file = {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      commit: gitCommit(),
      ...report
    }
    const name = values.out ?? "soak"
    writeFileSync(new URL(`./${name}.json`, import.meta.url), JSON.stringify(file, null, 2) + "\n")
    const pts = (f: (s: Soak.Sample) => number) => report.samples.map((s) => [s.minute, f(s)] as const)
    writeFileSync(
      new URL(`./${name}.svg`, import.meta.url),
      svg({
        title: `Soak: ${minutes} min, ${options.markets} markets, faults on a schedule`,
        xLabel: "minutes",
        panels: [
          { title: "heap used after GC", unit: "MB", points: pts((s) => s.heapUsedMB) },
          { title: "live fibers", unit: "count", points: pts((s) => s.fibers) },
          { title: "WebSocket reconnects", unit: "cumulative", points: pts((s) => s.reconnects) }
        ]
      })
    )
    const s = report.slopes
    console.log(
      `\nslopes per hour from minute ${s.fromMinute.toFixed(1)}: heap ${s.heapMBPerHour.toFixed(3)} MB, fibers ${
        s.fibersPerHour.toFixed(2)
      }, fds ${s.fdsPerHour.toFixed(2)}, sockets ${s.socketsPerHour.toFixed(2)}`
    )
    console.log(`faults injected: ${JSON.stringify(report.faults)}`)
    console.log(`outcomes: ${JSON.stringify(report.counters.outcomes)}`)
    console.log(`correct at every check: ${report.correct}`)
    console.log(`written to bench/${name}.json and bench/${name}.svg`)
    process.exitCode = report.correct ? 0 : 1
  },
  (error) => {
    console.error(error)
    process.exitCode = 1
  }
)
