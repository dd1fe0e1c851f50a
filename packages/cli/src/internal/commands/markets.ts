/**
 * `kalshi markets`, `kalshi market TICKER`, `kalshi events`, `kalshi series`: what is listed.
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { EventsApi, MarketApi, type Schemas } from "@kalshi-effect/rest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { usage } from "../errors.js"
import * as Fmt from "../json.js"
import { Output } from "../output.js"
import { common, help, run } from "../session.js"

const limit = (fallback: number) =>
  Options.integer("limit").pipe(
    Options.withDescription(`How many to show at most (default ${fallback})`),
    Options.withDefault(fallback)
  )

const optionalText = (name: string, description: string) =>
  Options.text(name).pipe(Options.withDescription(description), Options.optional)

/** Checks `--limit`. */
export const checkLimit = (n: number) =>
  n >= 1 ? Effect.succeed(n) : Effect.fail(usage("--limit must be at least 1", "give a positive number"))

/**
 * Takes up to `n` items of a paginated stream, counting them on stderr while they arrive (on a
 * terminal only, for listings that need more than one page).
 */
export const collect = <A, E, R>(label: string, stream: Stream.Stream<A, E, R>, n: number) =>
  Effect.gen(function*() {
    const output = yield* Output
    const progress = yield* output.progress(label)
    let seen = 0
    const items = yield* stream.pipe(
      Stream.take(n),
      Stream.tap(() => {
        seen++
        return seen % 100 === 0 ? progress.tick(seen) : Effect.void
      }),
      Stream.runCollect,
      Effect.ensuring(progress.done)
    )
    return Chunk.toReadonlyArray(items)
  })

const marketRow = (m: Schemas.Market) => [
  m.ticker,
  m.status ?? "-",
  Fmt.price(m.yes_bid_dollars),
  Fmt.price(m.yes_ask_dollars),
  Fmt.price(m.last_price_dollars),
  Fmt.count(m.volume_fp),
  m.title ?? ""
]

const marketColumns = [
  { header: "TICKER" },
  { header: "STATUS" },
  { header: "YES BID", align: "right" as const },
  { header: "YES ASK", align: "right" as const },
  { header: "LAST", align: "right" as const },
  { header: "VOLUME", align: "right" as const },
  { header: "TITLE", max: 60 }
]

/** `kalshi markets` */
export const markets = Command.make(
  "markets",
  {
    ...common,
    status: Options.choice("status", ["unopened", "open", "paused", "closed", "settled"]).pipe(
      Options.withDescription("Only markets in this state"),
      Options.optional
    ),
    series: optionalText("series", "Only the markets of this series (e.g. KXBTCY)"),
    event: optionalText("event", "Only the markets of this event (e.g. KXBTCY-26DEC31)"),
    limit: limit(100)
  },
  (args) =>
    run(
      args,
      "rest",
      Effect.gen(function*() {
        const n = yield* checkLimit(args.limit)
        const api = yield* MarketApi
        const output = yield* Output
        const list = yield* collect(
          "markets",
          api.getMarketsStream({
            limit: Math.min(n, 1000),
            ...(Option.isSome(args.status) ? { status: args.status.value } : {}),
            ...(Option.isSome(args.series) ? { series_ticker: args.series.value } : {}),
            ...(Option.isSome(args.event) ? { event_ticker: args.event.value } : {})
          }),
          n
        )
        if (output.json) return yield* output.printJson(list)
        if (list.length === 0) return yield* output.note("no markets match")
        yield* output.table(marketColumns, list.map(marketRow))
      })
    )
).pipe(
  Command.withDescription(
    help(
      "List markets with their best prices (YES bid and ask, last trade, in dollars) and volume.",
      "kalshi markets --status open --series KXBTCY --limit 20"
    )
  )
)

/** `kalshi market TICKER` */
export const market = Command.make(
  "market",
  { ...common, ticker: Args.text({ name: "TICKER" }).pipe(Args.withDescription("The market's ticker")) },
  (args) =>
    run(
      args,
      "rest",
      Effect.gen(function*() {
        const api = yield* MarketApi
        const output = yield* Output
        const { market: m } = yield* api.getMarket({ ticker: args.ticker })
        if (output.json) return yield* output.printJson(m)
        yield* output.pairs([
          ["Ticker", m.ticker],
          ["Event", m.event_ticker],
          ["Title", m.title ?? "-"],
          ["Yes means", m.yes_sub_title ?? "-"],
          ["Status", m.status ?? "-"],
          ["Yes bid / ask", `${Fmt.price(m.yes_bid_dollars)} / ${Fmt.price(m.yes_ask_dollars)}`],
          ["No bid / ask", `${Fmt.price(m.no_bid_dollars)} / ${Fmt.price(m.no_ask_dollars)}`],
          ["Last price", Fmt.price(m.last_price_dollars)],
          ["Volume", Fmt.count(m.volume_fp)],
          ["Volume 24h", Fmt.count(m.volume_24h_fp)],
          ["Opens", Fmt.time(m.open_time)],
          ["Closes", Fmt.time(m.close_time)],
          ["Result", m.result === undefined || m.result === "" ? "-" : m.result]
        ])
      })
    )
).pipe(Command.withDescription(help("Show one market.", "kalshi market KXBTCY-26DEC31-B100000")))

/** `kalshi events` */
export const events = Command.make(
  "events",
  {
    ...common,
    status: Options.choice("status", ["unopened", "open", "closed", "settled"]).pipe(
      Options.withDescription("Only events in this state"),
      Options.optional
    ),
    series: optionalText("series", "Only the events of this series"),
    limit: limit(100)
  },
  (args) =>
    run(
      args,
      "rest",
      Effect.gen(function*() {
        const n = yield* checkLimit(args.limit)
        const api = yield* EventsApi
        const output = yield* Output
        const list = yield* collect(
          "events",
          api.getEventsStream({
            limit: Math.min(n, 200),
            ...(Option.isSome(args.status) ? { status: args.status.value } : {}),
            ...(Option.isSome(args.series) ? { series_ticker: args.series.value } : {})
          }),
          n
        )
        if (output.json) return yield* output.printJson(list)
        if (list.length === 0) return yield* output.note("no events match")
        yield* output.table(
          [{ header: "EVENT" }, { header: "SERIES" }, { header: "CATEGORY" }, { header: "TITLE", max: 60 }],
          list.map((e) => [e.event_ticker, e.series_ticker, e.category ?? "-", e.title ?? ""])
        )
      })
    )
).pipe(Command.withDescription(help("List events.", "kalshi events --series KXBTCY")))

/** `kalshi series` */
export const series = Command.make(
  "series",
  { ...common, category: optionalText("category", "Only the series of this category (e.g. Crypto)") },
  (args) =>
    run(
      args,
      "rest",
      Effect.gen(function*() {
        const api = yield* MarketApi
        const output = yield* Output
        const { series: list } = yield* api.getSeriesList(
          Option.isSome(args.category) ? { category: args.category.value } : {}
        )
        if (output.json) return yield* output.printJson(list)
        if (list.length === 0) return yield* output.note("no series match")
        yield* output.table(
          [{ header: "SERIES" }, { header: "CATEGORY" }, { header: "FREQUENCY" }, { header: "TITLE", max: 60 }],
          list.map((s) => [s.ticker, s.category ?? "-", s.frequency ?? "-", s.title ?? ""])
        )
      })
    )
).pipe(Command.withDescription(help("List series.", "kalshi series --category Crypto")))
