import { assert, describe, it } from "@effect/vitest"
import { BigDecimal, Chunk, ConfigProvider, Effect, Fiber, Layer, Option } from "effect"
import { readFileSync } from "node:fs"
import * as LocalBook from "../examples/local-book.js"
import * as Trades from "../examples/trades.js"
import { API_KEY_ID, privatePem, server } from "./utils/setup.js"

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
const source = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), "utf8")

const configFor = (wsUrl: string) =>
  Layer.setConfigProvider(
    ConfigProvider.fromMap(
      new Map([
        ["KALSHI_WS_URL", wsUrl],
        ["KALSHI_API_KEY_ID", API_KEY_ID],
        ["KALSHI_PRIVATE_KEY", privatePem]
      ])
    )
  )

const rootReadme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8")

describe("README examples", () => {
  it("is in the repository's README, verbatim", () => {
    assert.include(
      rootReadme,
      "```ts\n" + readFileSync(new URL("../examples/local-book.ts", import.meta.url), "utf8").trimEnd() + "\n```"
    )
  })

  it("are the README's code, verbatim", () => {
    for (const name of ["trades.ts", "local-book.ts"]) {
      assert.include(readme, "```ts\n" + source(name).trimEnd() + "\n```", name)
    }
  })

  it.scopedLive("trades: subscribes, prints and returns the trades", () =>
    Effect.gen(function*() {
      const s = yield* server
      const fiber = yield* Effect.fork(
        Trades.trades(["M"], 2).pipe(Effect.provide(Trades.KalshiLive), Effect.provide(configFor(s.url)))
      )
      yield* s.waitUntil(() => s.subOf("trade") !== undefined)
      const sub = s.subOf("trade")!
      for (const n of [1, 2, 3]) {
        s.publish(sub, "trade", {
          trade_id: `t-${n}`,
          market_ticker: "M",
          yes_price_dollars: "0.3600",
          no_price_dollars: "0.6400",
          count_fp: "5.00",
          taker_outcome_side: "yes",
          taker_book_side: "bid",
          is_block_trade: false,
          ts_ms: n
        })
      }
      const got = yield* Fiber.join(fiber)
      assert.deepStrictEqual(Chunk.toReadonlyArray(got).map((t) => t.msg.trade_id), ["t-1", "t-2"])
      assert.isTrue(s.handshakes[0]!.verified)
      yield* s.waitForCommand((c) => c.cmd === "unsubscribe")
    }))

  it.scopedLive("local book: the top of book follows snapshot and deltas, and survives a resync", () =>
    Effect.gen(function*() {
      const s = yield* server
      const book = s.book("M")
      book.yes.set("0.4000", 1000)
      book.no.set("0.5500", 500)
      const fiber = yield* Effect.fork(
        LocalBook.topOfBook("M", 4).pipe(Effect.provide(LocalBook.KalshiLive), Effect.provide(configFor(s.url)))
      )
      yield* s.waitUntil(() => s.subOf("orderbook_delta") !== undefined)
      const sub = s.subOf("orderbook_delta")!
      s.delta(sub, "M", "yes", "0.4200", "3.00")
      // a lost delta: the client resyncs and gets a snapshot with the server's book
      s.book("M").no.set("0.5700", 100)
      sub.seq++
      s.delta(sub, "M", "no", "0.5500", "-5.00")
      yield* s.waitForCommand((c) => c.params?.["action"] === "get_snapshot")
      s.delta(sub, "M", "yes", "0.4200", "1.00")
      const tops = Chunk.toReadonlyArray(yield* Fiber.join(fiber))
      const fmt = (o: Option.Option<BigDecimal.BigDecimal>) =>
        Option.map(o, (d) => BigDecimal.format(BigDecimal.normalize(d)))
      assert.deepStrictEqual(tops.map((t) => [fmt(t.yesBid), fmt(t.yesAsk)]), [
        [Option.some("0.4"), Option.some("0.45")],
        [Option.some("0.42"), Option.some("0.45")],
        // the delta after the gap is not applied; the fresh snapshot is
        [Option.some("0.42"), Option.some("0.43")],
        [Option.some("0.42"), Option.some("0.43")]
      ])
    }))
})
