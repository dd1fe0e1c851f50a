import { describe, expect, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as TestClock from "effect/TestClock"
import { spawn } from "node:child_process"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { TestExchange } from "../src/index.js"
import { call } from "./utils/client.js"

const run = (seed: number) =>
  Effect.gen(function*() {
    const exchange = yield* TestExchange.make({ seed, seedData: TestExchange.demoSeed, rateLimits: false })
    const { marketMaker, noiseTrader } = yield* exchange.simulate({ interval: "1 second" })
    yield* TestClock.adjust("10 seconds")
    const trades = yield* call(exchange, "GET", "/markets/trades", { query: { limit: "1000" } })
    return { exchange, marketMaker, noiseTrader, trades: trades.body.trades as Array<any> }
  })

describe("simulated flow", () => {
  it.scoped("quotes and trades on the exchange's clock, the same way for the same seed", () =>
    Effect.gen(function*() {
      const first = yield* run(7)
      expect(first.trades.length).toBeGreaterThan(5)
      for (const m of TestExchange.demoSeed.markets ?? []) {
        const book = Option.getOrThrow(yield* first.exchange.book(m.ticker))
        expect(book.bids.length).toBeGreaterThan(0)
        expect(book.asks.length).toBeGreaterThan(0)
        expect(BigDecimal.lessThan(book.bids[0]!.price, book.asks[0]!.price)).toBe(true)
      }
      expect(first.exchange.engine.getPositions(first.noiseTrader.user).length).toBeGreaterThan(0)
      const second = yield* run(7)
      const strip = (ts: Array<any>) => ts.map((t) => [t.ticker, t.yes_price_dollars, t.count_fp, t.taker_book_side])
      expect(strip(second.trades)).toEqual(strip(first.trades))
      const other = yield* run(8)
      expect(strip(other.trades)).not.toEqual(strip(first.trades))
    }))

  it.scoped("runs one round per interval and nothing while the clock stands still", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ seedData: TestExchange.demoSeed })
      const { marketMaker } = yield* exchange.simulate({ interval: "1 second" })
      const placed = Effect.map(exchange.orders(marketMaker.user), (os) => os.length)
      const realSleep = (ms: number) => Effect.promise(() => new Promise<void>((r) => setTimeout(r, ms)))
      // the first round: 6 quotes on each of the 5 markets
      while ((yield* placed) < 30) yield* realSleep(2)
      yield* realSleep(50)
      expect(yield* placed).toBe(30)
      yield* TestClock.adjust("1 second")
      while ((yield* placed) < 60) yield* realSleep(2)
      yield* realSleep(50)
      expect(yield* placed).toBe(60)
    }))
})

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/bin.ts")
const tsx = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../node_modules/tsx/dist/cli.mjs")

describe("command line", () => {
  it.scopedLive("starts the demo exchange, prints where it is, and stops on SIGINT", () =>
    Effect.gen(function*() {
      const child = yield* Effect.acquireRelease(
        Effect.sync(() =>
          spawn(process.execPath, [
            tsx,
            "--conditions=@kalshi-effect/source",
            bin,
            "--port",
            "0",
            "--seed",
            "3",
            "--simulate",
            "--interval",
            "50",
            "--json"
          ], {
            stdio: ["ignore", "pipe", "pipe"]
          })
        ),
        (c) => Effect.sync(() => c.exitCode === null && c.kill("SIGKILL"))
      )
      const line = yield* Effect.async<string>((resume) => {
        let out = ""
        child.stdout.on("data", (d: Buffer) => {
          out += String(d)
          const nl = out.indexOf("\n")
          if (nl !== -1) resume(Effect.succeed(out.slice(0, nl)))
        })
      })
      const info = JSON.parse(line)
      expect(info.restUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/trade-api\/v2$/)
      expect(info.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/trade-api\/ws\/v2$/)
      expect(info.markets).toContain("KXBTCY-26DEC31-B90000")
      const status = yield* Effect.promise(() => fetch(`${info.restUrl}/exchange/status`).then((r) => r.json()))
      expect(status).toMatchObject({ exchange_active: true, trading_active: true })
      const markets = yield* Effect.promise(() => fetch(`${info.restUrl}/markets`).then((r) => r.json()))
      expect(markets.markets).toHaveLength(5)
      const code = yield* Effect.async<number | null>((resume) => {
        child.on("exit", (c) => resume(Effect.succeed(c)))
        child.kill("SIGINT")
      })
      expect(code).not.toBe(null)
    }), 60_000)
})
