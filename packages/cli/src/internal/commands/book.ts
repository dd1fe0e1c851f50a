/**
 * `kalshi book TICKER [--depth N] [--watch]`: a market's order book once (REST), or live from the
 * WebSocket's local `OrderBook`, redrawn in place at most four times a second.
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { MarketApi } from "@kalshi-effect/rest"
import * as OrderBook from "@kalshi-effect/ws/OrderBook"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import * as Sink from "effect/Sink"
import * as Stream from "effect/Stream"
import { usage } from "../errors.js"
import * as Fmt from "../json.js"
import { Output, renderTable, type Service as OutputService } from "../output.js"
import { common, help, run } from "../session.js"

/** A level of a book: price and size, exact. */
interface Level {
  readonly price: BigDecimal.BigDecimal
  readonly size: BigDecimal.BigDecimal
}

/** Both sides of a book, best bid first. */
export interface Book {
  readonly ticker: string
  readonly yes: ReadonlyArray<Level>
  readonly no: ReadonlyArray<Level>
}

const ONE = BigDecimal.fromBigInt(1n)

const bestFirst = (levels: ReadonlyArray<readonly [BigDecimal.BigDecimal, BigDecimal.BigDecimal]>) =>
  levels.map(([price, size]) => ({ price, size })).sort((a, b) => BigDecimal.Order(b.price, a.price))

/** The book as people read it: YES asks (a NO bid at p is a YES ask at 1 - p) above YES bids. */
export const renderBook = (book: Book, depth: number, output: OutputService): Array<string> => {
  const asks = book.no.slice(0, depth).map((l) => ({ price: BigDecimal.subtract(ONE, l.price), size: l.size }))
  const bids = book.yes.slice(0, depth)
  const bestBid = bids[0]
  const bestAsk = asks[0]
  const spread = bestBid !== undefined && bestAsk !== undefined
    ? `spread ${Fmt.price(BigDecimal.subtract(bestAsk.price, bestBid.price))}`
    : "one side empty"
  const rows = [
    ...asks.slice().reverse().map((l) => [output.red("ask"), Fmt.price(l.price), Fmt.count(l.size)]),
    ...bids.map((l) => [output.green("bid"), Fmt.price(l.price), Fmt.count(l.size)])
  ]
  const table = renderTable(
    [{ header: "SIDE" }, { header: "YES PRICE", align: "right" }, { header: "SIZE", align: "right" }],
    rows,
    { header: output.bold }
  )
  return [
    `${output.bold(book.ticker)}  ${output.dim(spread)}`,
    ...(rows.length === 0 ? ["(no orders rest on this book)"] : table)
  ]
}

const bookJson = (book: Book, extra: Record<string, unknown> = {}) => ({
  market_ticker: book.ticker,
  ...extra,
  yes: book.yes.map((l) => [l.price, l.size]),
  no: book.no.map((l) => [l.price, l.size])
})

/** A live book's levels carry normalised decimals: they are written in the wire's forms (4 and 2 decimals). */
const liveJson = (book: Book, extra: Record<string, unknown>) => ({
  market_ticker: book.ticker,
  ...extra,
  yes: book.yes.map((l) => [Fmt.fixed(l.price, 4), Fmt.fixed(l.size, 2)]),
  no: book.no.map((l) => [Fmt.fixed(l.price, 4), Fmt.fixed(l.size, 2)])
})

const fromState = (state: OrderBook.OrderBookState): Book => ({
  ticker: state.marketTicker,
  yes: state.levels("yes"),
  no: state.levels("no")
})

/** How often the live book is redrawn at most. */
export const redrawEvery = "250 millis"

const watch = (ticker: string, depth: number) =>
  Effect.gen(function*() {
    const output = yield* Output
    const updates = yield* OrderBook.subscribe({ market_tickers: [ticker] })
    if (output.json) {
      return yield* updates.pipe(
        Stream.runForEach((u) =>
          output.printJson(liveJson(fromState(u.book), { seq: u.book.seq ?? null, cause: u.cause }))
        )
      )
    }
    const tty = output.capabilities.stdoutTTY
    if (tty) yield* output.write("\u001b[2J\u001b[H")
    yield* updates.pipe(
      Stream.aggregateWithin(Sink.last(), Schedule.spaced(redrawEvery)),
      Stream.filterMap((last) => last),
      Stream.runForEach((u) => {
        const lines = renderBook(fromState(u.book), depth, output)
        const stamp = output.dim(`updated ${new Date().toISOString().slice(11, 19)}Z  (Ctrl+C to stop)`)
        return tty
          ? output.write(`\u001b[H${[...lines, "", stamp].map((l) => `${l}\u001b[K`).join("\n")}\n\u001b[J`)
          : output.line(`${lines.join("\n")}\n`)
      })
    )
  }).pipe(Effect.scoped)

/** `kalshi book TICKER` */
export const book = Command.make(
  "book",
  {
    ...common,
    depth: Options.integer("depth").pipe(
      Options.withDescription("Price levels to show on each side (default 10)"),
      Options.withDefault(10)
    ),
    watch: Options.boolean("watch").pipe(
      Options.withDescription("Keep the book on screen, live from the WebSocket, until Ctrl+C")
    ),
    ticker: Args.text({ name: "TICKER" }).pipe(Args.withDescription("The market's ticker"))
  },
  (args) =>
    Effect.gen(function*() {
      if (args.depth < 1 || args.depth > 100) {
        return yield* usage("--depth must be between 1 and 100", "give a smaller or larger --depth")
      }
      if (args.watch) return yield* run(args, "live", watch(args.ticker, args.depth))
      return yield* run(
        args,
        "rest",
        Effect.gen(function*() {
          const api = yield* MarketApi
          const output = yield* Output
          const { orderbook_fp } = yield* api.getMarketOrderbook({ ticker: args.ticker, depth: args.depth })
          const snapshot: Book = {
            ticker: args.ticker,
            yes: bestFirst(orderbook_fp.yes_dollars ?? []),
            no: bestFirst(orderbook_fp.no_dollars ?? [])
          }
          if (output.json) return yield* output.printJson(bookJson(snapshot))
          yield* output.line(renderBook(snapshot, args.depth, output).join("\n"))
        })
      )
    })
).pipe(
  Command.withDescription(
    help(
      "Show a market's order book: YES asks above YES bids, in dollars. With --watch it stays on screen and " +
        "follows the WebSocket (--json: one JSON line per change).",
      "kalshi book KXBTCY-26DEC31-B100000 --depth 5 --watch"
    )
  )
)
