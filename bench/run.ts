/**
 * `npm run bench`: every case measured against a floor in the same run, printed as a table and
 * written to bench/results.json. `npm run bench -- --quick` runs each case briefly (a smoke check).
 * `npm run bench -- --markdown` prints bench/results.json as the README's Markdown table, without
 * running anything.
 */
import { execSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { cpus } from "node:os"
import { fmt, type Result, type Settings } from "./lib.js"

interface Case {
  readonly name: string
  readonly run: (settings: Settings) => Promise<ReadonlyArray<Result>>
}

const cases: ReadonlyArray<Case> = [
  { name: "signing", run: (s) => import("./cases/signing.js").then((m) => m.run(s)) },
  { name: "rest", run: (s) => import("./cases/rest.js").then((m) => m.run(s)) },
  { name: "small", run: (s) => import("./cases/small.js").then((m) => m.run(s)) },
  { name: "wsdecode", run: (s) => import("./cases/wsdecode.js").then((m) => m.run(s)) },
  { name: "wsend", run: (s) => import("./cases/wsend.js").then((m) => m.run(s)) },
  { name: "orderbook", run: (s) => import("./cases/orderbook.js").then((m) => m.run(s)) },
  { name: "ratelimit", run: (s) => import("./cases/ratelimit.js").then((m) => m.run(s)) }
]

const quick = process.argv.includes("--quick")
const only = process.argv.find((a) => a.startsWith("--case="))?.slice("--case=".length)
const settings: Settings = quick ? { runs: 3, runMs: 150 } : { runs: 7, runMs: 1000 }

const gitCommit = (): string | undefined => {
  try {
    return execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim()
  } catch {
    return undefined
  }
}

/** The README's table of a results file. */
const markdown = (file: URL): string => {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    readonly date: string
    readonly node: string
    readonly cpu: string
    readonly cores: number
    readonly commit?: string
    readonly results: ReadonlyArray<Result>
  }
  const cell = (s: string) => s.replace(/\|/g, "\\|")
  const lines = [
    `Latest full run (${report.node}, ${report.cpu}, ${report.cores} cores, ${report.date.slice(0, 10)}` +
    `${report.commit !== undefined ? `, commit ${report.commit}` : ""}):`,
    "",
    "| case | SDK: median (min–max) | floor (median) | comparison (median) | SDK / floor | target |",
    "|---|---|---|---|---|---|"
  ]
  for (const r of report.results) {
    const target = r.met === undefined ? r.target : `${r.met ? "met" : "**not met**"}: ${r.target}`
    lines.push(
      "| " + [
        r.case,
        `${fmt(r.sdk.median)} ${r.unit} (${fmt(r.sdk.min)}–${fmt(r.sdk.max)})`,
        `${fmt(r.floor.median)} (${r.floor.name})`,
        r.comparison ? `${fmt(r.comparison.median)} (${r.comparison.name})` : "",
        `${r.ratio.toFixed(2)}x${
          r.ratioToComparison !== undefined ? `; ${r.ratioToComparison.toFixed(2)}x comparison` : ""
        }`,
        target
      ].map(cell).join(" | ") + " |"
    )
  }
  const calls = callsTable(report.results, true)
  if (calls !== "") {
    lines.push("", "Per call (time per call = 1 / throughput; median and p99 of single calls):", "", calls)
  }
  return lines.join("\n")
}

/** The per-call figures of the cases that have them, one line per variant. */
const callsTable = (results: ReadonlyArray<Result>, markdownTable: boolean): string => {
  const header = ["case", "variant", "per call", "median", "p99", "over floor", "allocated/call"]
  const rows: Array<ReadonlyArray<string>> = []
  for (const r of results) {
    if (r.calls === undefined) continue
    const floor = r.calls.floor.perCallMicros
    const variants = [
      ["SDK", r.calls.sdk],
      [r.floor.name, r.calls.floor],
      ...(r.calls.comparison !== undefined && r.comparison !== undefined
        ? [[r.comparison.name, r.calls.comparison] as const]
        : [])
    ] as const
    for (const [name, c] of variants) {
      rows.push([
        r.case,
        name,
        `${c.perCallMicros.toFixed(0)} µs`,
        `${c.medianMicros.toFixed(0)} µs`,
        `${c.p99Micros.toFixed(0)} µs`,
        c === r.calls.floor
          ? ""
          : `${(c.perCallMicros - floor).toFixed(0)} µs (${(c.perCallMicros / floor).toFixed(2)}x)`,
        Number.isNaN(c.allocBytes) ? "?" : `${(c.allocBytes / 1024).toFixed(1)} KB`
      ])
    }
  }
  if (rows.length === 0) return ""
  if (markdownTable) {
    const cell = (s: string) => s.replace(/\|/g, "\\|")
    return [
      "| " + header.join(" | ") + " |",
      "|" + header.map(() => "---").join("|") + "|",
      ...rows.map((row) => "| " + row.map(cell).join(" | ") + " |")
    ].join("\n")
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n")
}

const main = async () => {
  if (process.argv.includes("--markdown")) {
    console.log(markdown(new URL("./results.json", import.meta.url)))
    return
  }
  const results: Array<Result> = []
  for (const c of cases) {
    if (only !== undefined && c.name !== only) continue
    process.stderr.write(`running ${c.name}...\n`)
    for (const result of await c.run(settings)) results.push(result)
  }
  const rows = results.map((r) => [
    r.case,
    `${fmt(r.sdk.median)} ${r.unit} (${fmt(r.sdk.min)}–${fmt(r.sdk.max)})`,
    `${fmt(r.floor.median)} (${r.floor.name})`,
    r.comparison ? `${fmt(r.comparison.median)} (${r.comparison.name})` : "",
    `${r.ratio.toFixed(2)}x floor${
      r.ratioToComparison !== undefined ? `, ${r.ratioToComparison.toFixed(2)}x comparison` : ""
    }`,
    r.met === undefined ? r.target : `${r.met ? "met" : "NOT met"}: ${r.target}`
  ])
  const header = ["case", "SDK median (min–max)", "floor", "comparison", "ratio", "target"]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")
  console.log(line(header))
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"))
  for (const row of rows) console.log(line(row))
  const calls = callsTable(results, false)
  if (calls !== "") console.log("\n" + calls)
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    commit: gitCommit(),
    mode: quick ? "quick" : "full",
    settings,
    results
  }
  // A quick run, or a run of one case, does not replace the results of a whole run.
  const name = quick
    ? `results-quick${only === undefined ? "" : `-${only}`}.json`
    : only === undefined
    ? "results.json"
    : `results-${only}.json`
  writeFileSync(new URL(`./${name}`, import.meta.url), JSON.stringify(report, null, 2) + "\n")
  console.log(`\nwritten to bench/${name} (${report.node}, ${report.cpu}, ${report.date})`)
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
