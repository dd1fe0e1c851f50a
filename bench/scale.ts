/**
 * `npm run scale`: one WebSocket connection following N = 10, 100, 1,000 and 5,000 order books of
 * 100 levels, fed by a lean emitter process at increasing total delta rates, each held 30 s; the
 * highest rate sustained, send-to-book latency, memory per book, CPU per 1,000 deltas and the time
 * to subscribe and receive every snapshot; and a full `getMarketsStream` over 10,000 markets.
 * Writes `bench/scale.json` and `bench/scale.svg`.
 *
 * Options: `--books 10,100` and `--rates 10000,50000` (the lists), `--step-seconds <n>` (default
 * 30), `--rest-markets <n>` (default 10000; 0 skips), `--verify` (compare every book with the
 * emitter's after each step), `--out <name>` (default `scale`).
 */
import * as Effect from "effect/Effect"
import { execSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import { cpus } from "node:os"
import { parseArgs } from "node:util"
import { svg } from "./chart.js"
import * as Scale from "./scale/run.js"

const { values } = parseArgs({
  options: {
    books: { type: "string", default: "10,100,1000,5000" },
    rates: { type: "string", default: "10000,25000,50000,100000,150000,200000" },
    "step-seconds": { type: "string", default: "30" },
    "rest-markets": { type: "string", default: "10000" },
    verify: { type: "boolean", default: false },
    out: { type: "string", default: "scale" }
  }
})

const list = (name: string, raw: string | undefined) => {
  const out = (raw ?? "").split(",").map(Number)
  if (out.length === 0 || out.some((n) => !Number.isSafeInteger(n) || n <= 0)) {
    process.stderr.write(`--${name} must be a comma-separated list of positive integers, got ${raw}\n`)
    process.exit(2)
  }
  return out
}

const options: Scale.Options = {
  books: list("books", values.books),
  rates: list("rates", values.rates),
  stepMs: Number(values["step-seconds"]) * 1000,
  restMarkets: Number(values["rest-markets"]),
  verifyBooks: values.verify === true,
  onStep: (n, s) =>
    console.log(
      `N=${n} rate ${s.rate}/s: sent ${s.sent} applied ${s.applied} (emitter ${s.achievedRate.toFixed(0)}/s) | ` +
        `latency p50 ${s.p50Ms.toFixed(2)} p99 ${s.p99Ms.toFixed(2)} max ${s.maxMs.toFixed(1)} ms ` +
        `(p50 ${s.p50FirstThirdMs.toFixed(2)} -> ${s.p50LastThirdMs.toFixed(2)}) | CPU ${
          s.cpuMsPer1000.toFixed(1)
        } ms/1000 | ${s.sustained ? "sustained" : `NOT sustained: ${s.why}`}`
    )
}

const gitCommit = (): string | undefined => {
  try {
    return execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim()
  } catch {
    return undefined
  }
}

Effect.runPromise(Scale.run(options)).then(
  (report) => {
    const { onStep: _, ...settings } = options
    const file = {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      commit: gitCommit(),
      settings,
      ...report
    }
    const name = values.out ?? "scale"
    writeFileSync(new URL(`./${name}.json`, import.meta.url), JSON.stringify(file, null, 2) + "\n")
    const sustainedStep = (b: Scale.BooksResult) => b.steps.find((s) => s.rate === b.sustainedRate)
    writeFileSync(
      new URL(`./${name}.svg`, import.meta.url),
      svg({
        title: "Scale: one WebSocket connection following N order books (100 levels each)",
        xLabel: "order books on the connection (log scale)",
        panels: [
          {
            title: "highest delta rate sustained 30 s",
            unit: "deltas/s",
            logX: true,
            points: report.books.map((b) => [b.books, b.sustainedRate] as const)
          },
          {
            title: "send-to-book latency at that rate",
            unit: "ms",
            logX: true,
            points: [],
            lines: [
              {
                label: "p50",
                points: report.books.map((b) => [b.books, sustainedStep(b)?.p50Ms ?? 0] as const)
              },
              {
                label: "p99",
                points: report.books.map((b) => [b.books, sustainedStep(b)?.p99Ms ?? 0] as const)
              }
            ]
          },
          {
            title: "CPU per 1,000 deltas at the first rate",
            unit: "ms",
            logX: true,
            points: report.books.map((b) => [b.books, b.steps[0]?.cpuMsPer1000 ?? 0] as const)
          }
        ]
      })
    )
    console.log("")
    for (const b of report.books) {
      console.log(
        `N=${b.books}: sustained ${b.sustainedRate}/s, subscribe+snapshots ${b.subscribeMs.toFixed(0)} ms, heap ${
          b.heapPerBookKB.toFixed(2)
        } KB/book`
      )
    }
    if (report.rest !== undefined) {
      const r = report.rest
      console.log(
        `REST getMarketsStream over ${r.markets} markets: ${r.received} received in ${
          r.ms.toFixed(0)
        } ms, ${r.requests} requests, ` +
          `${r.rateLimited} answered 429, heap ${r.heapMB.toFixed(1)} MB holding them, peak RSS ${
            r.peakRssMB.toFixed(0)
          } MB`
      )
    }
    console.log(`written to bench/${name}.json and bench/${name}.svg`)
    // the sockets of the finished runs may hold the event loop a while longer: the figures are written
    process.exit(0)
  },
  (error) => {
    console.error(error)
    process.exitCode = 1
  }
)
