/**
 * `kalshi trades TICKER [--follow]`: a market's latest trades (REST), or its trades as they happen
 * (the WebSocket's `trade` channel), one line each.
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { MarketApi } from "@kalshi-effect/rest"
import { isMessage, KalshiWebSocket } from "@kalshi-effect/ws/KalshiWebSocket"
import type * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as Fmt from "../json.js"
import { type Column, Output, renderTable } from "../output.js"
import { common, help, run } from "../session.js"
import { checkLimit, collect } from "./markets.js"

interface Row {
  readonly time: string
  readonly taker: string
  readonly yes: BigDecimal.BigDecimal | undefined
  readonly no: BigDecimal.BigDecimal | undefined
  readonly count: BigDecimal.BigDecimal | undefined
}

const columns: ReadonlyArray<Column> = [
  { header: "TIME" },
  { header: "TAKER", align: "left" },
  { header: "YES PRICE", align: "right" },
  { header: "NO PRICE", align: "right" },
  { header: "COUNT", align: "right" }
]

const cells = (r: Row) => [r.time, r.taker, Fmt.price(r.yes), Fmt.price(r.no), Fmt.count(r.count)]

/** Fixed widths for the live lines, so that they align without knowing what comes. */
const widths = [20, 5, 9, 8, 10]

const fixedLine = (row: ReadonlyArray<string>) =>
  row.map((cell, i) => i === 0 || i === 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)).join("  ")
    .replace(/\s+$/, "")

const follow = (ticker: string) =>
  Effect.gen(function*() {
    const output = yield* Output
    const ws = yield* KalshiWebSocket
    const subscription = yield* ws.subscribe("trade", { market_tickers: [ticker] })
    if (!output.json) {
      yield* output.line(output.bold(fixedLine(columns.map((c) => c.header))))
      yield* output.note(output.dim(`following ${ticker} (Ctrl+C to stop)`))
    }
    yield* subscription.stream.pipe(
      Stream.filter(isMessage),
      Stream.runForEach((event) => {
        const t = event.msg
        if (output.json) return output.printJson(t)
        return output.line(
          fixedLine(cells({
            time: Fmt.time(new Date(t.ts_ms ?? (t.ts ?? 0) * 1000).toISOString()),
            taker: t.taker_outcome_side ?? t.taker_side ?? "-",
            yes: t.yes_price_dollars,
            no: t.no_price_dollars,
            count: t.count_fp
          }))
        )
      })
    )
  }).pipe(Effect.scoped)

/** `kalshi trades TICKER` */
export const trades = Command.make(
  "trades",
  {
    ...common,
    follow: Options.boolean("follow").pipe(
      Options.withDescription("Print trades as they happen, from the WebSocket, until Ctrl+C (--json: JSON lines)")
    ),
    limit: Options.integer("limit").pipe(
      Options.withDescription("How many recent trades to show (default 20)"),
      Options.withDefault(20)
    ),
    ticker: Args.text({ name: "TICKER" }).pipe(Args.withDescription("The market's ticker"))
  },
  (args) =>
    Effect.gen(function*() {
      if (args.follow) return yield* run(args, "live", follow(args.ticker))
      return yield* run(
        args,
        "rest",
        Effect.gen(function*() {
          const n = yield* checkLimit(args.limit)
          const api = yield* MarketApi
          const output = yield* Output
          const list = yield* collect(
            "trades",
            api.getTradesStream({ ticker: args.ticker, limit: Math.min(n, 1000) }),
            n
          )
          if (output.json) return yield* output.printJson(list)
          if (list.length === 0) return yield* output.note(`no trades on ${args.ticker} yet`)
          yield* output.line(
            renderTable(
              columns,
              list.map((t) =>
                cells({
                  time: Fmt.time(t.created_time),
                  taker: t.taker_outcome_side ?? t.taker_side ?? "-",
                  yes: t.yes_price_dollars,
                  no: t.no_price_dollars,
                  count: t.count_fp
                })
              ),
              { header: output.bold }
            ).join("\n")
          )
        })
      )
    })
).pipe(
  Command.withDescription(
    help(
      "Show a market's latest trades, newest first; with --follow, its trades as they happen.",
      "kalshi trades KXBTCY-26DEC31-B100000 --follow"
    )
  )
)
