/**
 * `npm run soak -- --minutes N` (default 10): the trading pipeline against a local exchange with
 * its simulated traders on 24 markets, under faults on a schedule, checked every minute against the
 * exchange's books and ledger. Prints a line per check and writes `bench/soak.json` and
 * `bench/soak.svg` (heap, fibers and reconnects over time).
 *
 * Options: `--minutes <n>`, `--sample-seconds <n>` (default 60), `--fault-scale <x>` (multiplies the
 * fault periods; default 1), `--markets <n>` (default 24), `--out <name>` (default `soak`: writes
 * `bench/<name>.json` and `bench/<name>.svg`), `--from-log <file>` (rebuild the JSON and the chart from
 * the lines a run printed, without running: for a run that did not reach its end). The JSON is
 * written after every check too, so that a run cut short keeps its figures. Run under
 * `node --expose-gc` (the npm script does).
 *
 * For finding what grows: `--no-faults` (trading only: what grows per action, not per fault),
 * `--action-ms <n>` (each worker's pause between two actions; default 250, lower is denser) and
 * `--heap-snapshots <dir>` (a V8 heap snapshot at each check, after the full GC, as
 * `<dir>/check-<n>.heapsnapshot`; compare two with `bench/soak/heapDiff.ts`).
 */
import * as Effect from "effect/Effect"
import { execSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
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
    out: { type: "string", default: "soak" },
    "from-log": { type: "string" },
    "no-faults": { type: "boolean", default: false },
    "action-ms": { type: "string", default: String(Soak.defaults.actionEveryMs) },
    "heap-snapshots": { type: "string" }
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
const name = values.out ?? "soak"
const taken: Array<Soak.Sample> = []

const chart = (samples: ReadonlyArray<Pick<Soak.Sample, "minute" | "heapUsedMB" | "fibers" | "reconnects">>) =>
  svg({
    title: `Soak: ${minutes} min, ${values.markets} markets, faults on a schedule`,
    xLabel: "minutes",
    panels: [
      { title: "heap used after GC", unit: "MB", points: samples.map((s) => [s.minute, s.heapUsedMB] as const) },
      { title: "live fibers", unit: "count", points: samples.map((s) => [s.minute, s.fibers] as const) },
      {
        title: "WebSocket reconnects",
        unit: "cumulative",
        points: samples.map((s) => [s.minute, s.reconnects] as const)
      }
    ]
  })

const write = (
  file: unknown,
  samples: ReadonlyArray<Pick<Soak.Sample, "minute" | "heapUsedMB" | "fibers" | "reconnects">>
) => {
  writeFileSync(new URL(`./${name}.json`, import.meta.url), JSON.stringify(file, null, 2) + "\n")
  writeFileSync(new URL(`./${name}.svg`, import.meta.url), chart(samples))
}

if (values["from-log"] !== undefined) {
  const num = (line: string, re: RegExp) => Number(re.exec(line)?.[1] ?? NaN)
  const samples = readFileSync(values["from-log"], "utf8").split("\n").filter((l) => l.startsWith("min ")).map((l) => ({
    minute: num(l, /^min ([\d.]+)/),
    booksDiffering: num(l, /books differing (\d+)/),
    lost: num(l, /lost (\d+)/),
    duplicated: num(l, /dup (\d+)/),
    restingUnknown: num(l, /resting-unknown (\d+)/),
    heapUsedMB: num(l, /heap ([\d.]+) MB/),
    codeMB: num(l, /code ([\d.]+) MB/),
    fibers: num(l, /fibers (\d+)/),
    fds: num(l, /fds (\d+)/),
    sockets: num(l, /sockets (\d+)/),
    reconnects: num(l, /reconnects (\d+)/),
    resyncs: num(l, /resyncs (\d+)/),
    retries: num(l, /retries (\d+)/),
    decoded: num(l, /frames (\d+)/),
    undecodable: num(l, /bad (\d+)/),
    actions: num(l, /actions (\d+)/)
  }))
  const last = samples[samples.length - 1]
  const after = samples.filter((s) => s.minute >= (last?.minute ?? 0) / 5)
  const perHour = (f: (s: (typeof samples)[number]) => number) =>
    Soak.slope(after.map((s) => [s.minute / 60, f(s)] as const))
  write({
    fromLog: values["from-log"],
    samples,
    slopes: {
      heapMBPerHour: perHour((s) => s.heapUsedMB),
      heapWithoutCodeMBPerHour: perHour((s) => s.heapUsedMB - s.codeMB),
      fibersPerHour: perHour((s) => s.fibers),
      fdsPerHour: perHour((s) => s.fds),
      socketsPerHour: perHour((s) => s.sockets),
      fromMinute: after[0]?.minute ?? 0
    }
  }, samples)
  console.log(`written to bench/${name}.json and bench/${name}.svg from ${samples.length} checks`)
  process.exit(0)
}
const options: Soak.Options = {
  ...Soak.defaults,
  durationMs: minutes * 60_000,
  sampleEveryMs: positive("sample-seconds", values["sample-seconds"]) * 1000,
  faultScale: positive("fault-scale", values["fault-scale"]),
  markets: positive("markets", values.markets),
  faults: !values["no-faults"],
  actionEveryMs: positive("action-ms", values["action-ms"]),
  heapSnapshots: values["heap-snapshots"],
  onSample: (s) => {
    taken.push(s)
    write({ partial: true, samples: taken }, taken)
    console.log(
      [
        `min ${s.minute.toFixed(1)}`,
        `books differing ${s.booksDiffering} (${s.bookAttempts} tries)`,
        `lost ${s.orders.lost} dup ${s.orders.duplicated} resting-unknown ${s.orders.restingUnknown}` +
        ` phantom ${s.orders.phantomResting} unsettled ${s.orders.unsettled}`,
        `heap ${s.heapUsedMB.toFixed(2)} MB (code ${s.codeMB.toFixed(2)} MB)`,
        `fibers ${s.fibers}`,
        `fds ${s.fds} sockets ${s.sockets}`,
        `reconnects ${s.reconnects} resyncs ${s.resyncs} retries ${s.retries}`,
        `frames ${s.decoded} bad ${s.undecodable}`,
        `actions ${s.actions}`,
        ...s.examples.map((e) => `\n    ${e}`)
      ].join(" | ")
    )
  }
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
    write(file, report.samples)
    const s = report.slopes
    console.log(
      `\nslopes per hour from minute ${s.fromMinute.toFixed(1)}: heap ${
        s.heapMBPerHour.toFixed(3)
      } MB (without the compiled code ${s.heapWithoutCodeMBPerHour.toFixed(3)} MB), fibers ${
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
