/**
 * Decoding a 100-market `GET /markets` page (the recorded markets of `captures/rest-2026-01`,
 * repeated with distinct tickers), already parsed: pages per second through the generated decoder
 * (`rest/generated/Decoders.ts`, what the services use) against Effect's Schema interpreter
 * (`Schema.decodeUnknownEither(Schemas.GetMarketsResponse)`), with `JSON.parse` of the page's text
 * as the floor (the work every client does). Both decoders give the same value (the property tests
 * of `packages/rest/test/decoders.test.ts`); this case checks that on the page before timing.
 *
 * Run on its own: `npx tsx --conditions=@kalshi-effect/source bench/cases/decode.ts [--quick]`.
 */
import { decoders } from "@kalshi-effect/rest/generated/Decoders"
import * as Schemas from "@kalshi-effect/rest/generated/Schemas"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { compare, fmt, type Result, type Settings } from "../lib.js"

const capturePath = new URL(
  "../../../shared/kalshi-spec/captures/rest-2026-01/markets_list_response.json",
  import.meta.url
)

const marketsPage = (): string => {
  const recorded = JSON.parse(readFileSync(capturePath, "utf8")) as {
    response: { markets: Array<Record<string, unknown>> }
  }
  const markets = Array.from({ length: 100 }, (_, i) => {
    const base = recorded.response.markets[i % recorded.response.markets.length]!
    return { ...base, ticker: `${String(base.ticker)}-${i}` }
  })
  return JSON.stringify({ markets, cursor: "CgwI0K6XzQYQ8O2ZuAESCkJFTkNIQ1VSU09S" })
}

export const run = async (settings: Settings): Promise<ReadonlyArray<Result>> => {
  const text = marketsPage()
  const page: unknown = JSON.parse(text)
  const interpret = Schema.decodeUnknownEither(Schemas.GetMarketsResponse)
  const generated = decoders.GetMarketsResponse
  // The generated decoder must decode the page itself, not hand it to the interpreter.
  const fast = generated(page)
  if (typeof fast !== "object" || Either.isLeft(interpret(page))) throw new Error("the page does not decode")
  let sink: unknown
  const stats = await compare([
    {
      name: "generated",
      run: (n) => {
        for (let i = 0; i < n; i++) sink = generated(page)
      }
    },
    {
      name: "interpreter",
      run: (n) => {
        for (let i = 0; i < n; i++) sink = interpret(page)
      }
    },
    {
      name: "JSON.parse",
      run: (n) => {
        for (let i = 0; i < n; i++) sink = JSON.parse(text)
      }
    }
  ], settings)
  if (sink === undefined) throw new Error("nothing decoded")
  const sdk = stats.generated!
  const interpreter = stats.interpreter!
  const floor = stats["JSON.parse"]!
  return [{
    case: "decode a 100-market page (parsed): generated decoder vs the Schema interpreter",
    unit: "pages/s",
    sdk,
    floor: { ...floor, name: "JSON.parse of the page's text" },
    comparison: { ...interpreter, name: "Schema.decodeUnknownEither" },
    ratio: sdk.median / floor.median,
    ratioToComparison: sdk.median / interpreter.median,
    target: "reported: per-page time of each (no target)",
    notes:
      `generated ${(1000 / sdk.median).toFixed(3)} ms, interpreter ${(1000 / interpreter.median).toFixed(3)} ms, ` +
      `JSON.parse ${(1000 / floor.median).toFixed(3)} ms per page`
  }]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes("--quick")
  run(quick ? { runs: 3, runMs: 150 } : { runs: 7, runMs: 1000 }).then((results) => {
    for (const r of results) {
      console.log(r.case)
      console.log(`  generated:   ${fmt(r.sdk.median)} ${r.unit} (${fmt(r.sdk.min)}–${fmt(r.sdk.max)})`)
      console.log(
        `  interpreter: ${fmt(r.comparison!.median)} ${r.unit} (${fmt(r.comparison!.min)}–${fmt(r.comparison!.max)})`
      )
      console.log(`  JSON.parse:  ${fmt(r.floor.median)} ${r.unit} (${fmt(r.floor.min)}–${fmt(r.floor.max)})`)
      console.log(`  generated / interpreter: ${r.ratioToComparison!.toFixed(1)}x; ${r.notes}`)
    }
  }).catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
