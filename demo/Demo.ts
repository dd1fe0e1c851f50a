/**
 * A small trading pipeline on the Kalshi SDK, written the way a user would write theirs: list
 * markets as a Stream, keep a local order book of one market, follow its trades and the account's
 * orders, fills and positions over the WebSocket, place a resting order and an immediate-or-cancel
 * order safely, check the portfolio over REST, cancel what rests, and summarise.
 *
 * {@link layerEmbedded} runs it against the local exchange of `@kalshi-effect/testkit` (a market
 * maker and a noise trader make the flow); `KalshiNode.layerConfig()` of `@kalshi-effect/kalshi` runs it
 * against Kalshi.
 */
import { FixedPoint } from "@kalshi-effect/core"
import type { Kalshi } from "@kalshi-effect/kalshi"
import { MarketApi, Orders, PortfolioApi, type Schemas } from "@kalshi-effect/rest"
import { TestExchange } from "@kalshi-effect/testkit"
import { KalshiWebSocket, type Messages, OrderBook } from "@kalshi-effect/ws"
import * as BigDecimal from "effect/BigDecimal"
import * as Chunk from "effect/Chunk"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as SubscriptionRef from "effect/SubscriptionRef"

// ---------------------------------------------------------------------------------------------
// options and results
// ---------------------------------------------------------------------------------------------

/** What the pipeline does. */
export interface Options {
  /** Place orders (a resting limit order and an immediate-or-cancel order). */
  readonly trade: boolean
  /** How long to watch the market (after trading, before canceling what rests). */
  readonly watch: Duration.DurationInput
  /** The market to follow; by default the most traded of the markets listed. */
  readonly market?: string | undefined
  /** How many open markets to read from the markets Stream. Default 200. */
  readonly maxMarkets?: number | undefined
  /** The top of book is printed at most once per interval. Default 1 second. */
  readonly printEvery?: Duration.DurationInput | undefined
  /** Contracts per order. Default 1. */
  readonly contracts?: number | undefined
}

/** An order the pipeline placed. */
export interface PlacedOrder {
  readonly label: "resting" | "immediate-or-cancel"
  readonly orderId: string
  readonly clientOrderId: string
  readonly price: string
}

/** What happened. */
export interface Summary {
  readonly marketsListed: number
  readonly market: string
  readonly bookUpdates: number
  readonly trades: number
  readonly ordersPlaced: ReadonlyArray<PlacedOrder>
  /** The account's fills seen on the WebSocket. */
  readonly fills: ReadonlyArray<Messages.Fill>
  /** The last position seen on the WebSocket, in contracts (negative: NO). */
  readonly position: Option.Option<BigDecimal.BigDecimal>
  /** Ids of the orders canceled at the end. */
  readonly canceled: ReadonlyArray<string>
  readonly balance: Option.Option<BigDecimal.BigDecimal>
}

/** The market asked for (`--market`) does not exist on the exchange. */
export class NoSuchMarket extends Schema.TaggedError<NoSuchMarket>("@kalshi-effect/demo/NoSuchMarket")(
  "NoSuchMarket",
  { ticker: Schema.String }
) {
  override get message() {
    return `there is no market ${this.ticker} on this exchange`
  }
}

// ---------------------------------------------------------------------------------------------
// formatting
// ---------------------------------------------------------------------------------------------

/** Messages may omit fields other than their identifiers and essentials: absent prints as `-`. */
const dollars = (d: BigDecimal.BigDecimal | undefined) => d === undefined ? "-" : FixedPoint.formatDollars(d)
const contracts = (c: BigDecimal.BigDecimal | undefined) => c === undefined ? "-" : FixedPoint.formatCount(c)
const orNone = <A>(o: Option.Option<A>, f: (a: A) => string) => Option.match(o, { onNone: () => "-", onSome: f })
const shortId = (id: string) => id.slice(0, 8)
const pad = (s: string, n: number) => s.padEnd(n)

/** `0.47 x 31.00 | 0.49 x 12.00`: the best YES bid and the best YES ask (1 - best NO bid). */
export const topOfBook = (book: OrderBook.OrderBookView): string =>
  `${orNone(book.bestYesBid, (l) => `${dollars(l.price)} x ${contracts(l.size)}`)} | ${
    orNone(book.bestYesAsk, (l) => `${dollars(l.price)} x ${contracts(l.size)}`)
  }`

// ---------------------------------------------------------------------------------------------
// steps
// ---------------------------------------------------------------------------------------------

/** The first `max` open markets, read page by page from the markets Stream. */
export const listMarkets = (max: number) =>
  Effect.gen(function*() {
    const markets = yield* MarketApi
    const listed = yield* markets.getMarketsStream({ status: "open", limit: 100 }).pipe(
      Stream.take(max),
      Stream.runCollect,
      Effect.map(Chunk.toReadonlyArray)
    )
    const byVolume = [...listed].sort((a, b) => BigDecimal.Order(volume(b), volume(a)))
    yield* Console.log(`markets: ${listed.length} open (the ${Math.min(10, listed.length)} most traded)`)
    for (const m of byVolume.slice(0, 10)) {
      yield* Console.log(
        `  ${pad(m.ticker, 28)} bid ${pad(orNone(Option.fromNullable(m.yes_bid_dollars), dollars), 7)} ask ${
          pad(orNone(Option.fromNullable(m.yes_ask_dollars), dollars), 7)
        } volume ${pad(orNone(Option.fromNullable(m.volume_fp), contracts), 10)} ${m.title ?? ""}`
      )
    }
    return byVolume
  })

/** Fails with {@link NoSuchMarket} when the exchange does not know the market (a 404 from GetMarket). */
export const checkMarket = (ticker: string) =>
  Effect.gen(function*() {
    const markets = yield* MarketApi
    const { market } = yield* markets.getMarket({ ticker }).pipe(
      Effect.catchIf((e) => e._tag === "HttpError" && e.status === 404, () => new NoSuchMarket({ ticker }))
    )
    return market
  })

const volume = (m: Schemas.Market) => m.volume_fp ?? BigDecimal.fromBigInt(0n)

/**
 * Keeps the market's local book and prints its top when it changes, at most once per `printEvery`.
 * The latest book is in the returned ref (none until the first snapshot).
 */
export const followBook = (ticker: string, printEvery: Duration.DurationInput) =>
  Effect.gen(function*() {
    const latest = yield* SubscriptionRef.make(Option.none<OrderBook.OrderBookState>())
    const updates = yield* Ref.make(0)
    const books = yield* OrderBook.subscribe({ market_ticker: ticker })
    yield* books.pipe(
      Stream.tap(({ book }) =>
        Effect.zipRight(SubscriptionRef.set(latest, Option.some(book)), Ref.update(updates, (n) => n + 1))
      ),
      Stream.map(({ book }) => topOfBook(book)),
      Stream.changes,
      Stream.groupedWithin(1_000, printEvery),
      Stream.filterMap(Chunk.last),
      Stream.runForEach((top) => Console.log(`book      ${top}`)),
      Effect.catchAllCause((cause) => Console.error("order book stream ended", cause)),
      Effect.forkScoped
    )
    return { latest, updates }
  })

/** Prints the market's public trades; returns how many were seen. */
export const followTrades = (ticker: string) =>
  Effect.gen(function*() {
    const ws = yield* KalshiWebSocket.KalshiWebSocket
    const count = yield* Ref.make(0)
    const subscription = yield* ws.subscribe("trade", { market_tickers: [ticker] })
    yield* subscription.stream.pipe(
      Stream.filter(KalshiWebSocket.isMessage),
      Stream.runForEach(({ msg }) =>
        Effect.zipRight(
          Ref.update(count, (n) => n + 1),
          Console.log(
            `trade     ${contracts(msg.count_fp)} at ${dollars(msg.yes_price_dollars)} (taker bought ${
              (msg.taker_outcome_side ?? msg.taker_side ?? "?").toUpperCase()
            })`
          )
        )
      ),
      Effect.catchAllCause((cause) => Console.error("trade stream ended", cause)),
      Effect.forkScoped
    )
    return count
  })

/** Prints the account's order updates, fills and positions in the market as they arrive. */
export const followAccount = (ticker: string) =>
  Effect.gen(function*() {
    const ws = yield* KalshiWebSocket.KalshiWebSocket
    const fills = yield* SubscriptionRef.make<ReadonlyArray<Messages.Fill>>([])
    const position = yield* SubscriptionRef.make(Option.none<BigDecimal.BigDecimal>())
    const orders = yield* SubscriptionRef.make<ReadonlyArray<Messages.UserOrder>>([])
    const params = { market_tickers: [ticker] }
    const messages = <C extends Messages.Channel>(subscription: KalshiWebSocket.Subscription<C>) =>
      subscription.stream.pipe(Stream.filter((e): e is Messages.ChannelMessage<C> => KalshiWebSocket.isMessage(e)))
    const run = <A, E>(name: string, stream: Stream.Stream<A, E>, f: (a: A) => Effect.Effect<void>) =>
      stream.pipe(
        Stream.runForEach(f),
        Effect.catchAllCause((cause) => Console.error(`${name} stream ended`, cause)),
        Effect.forkScoped
      )
    yield* run("fill", messages(yield* ws.subscribe("fill", params)), (m) =>
      Effect.zipRight(
        SubscriptionRef.update(fills, (all) => [...all, m]),
        Console.log(
          `fill      ${m.msg.book_side === "bid" ? "bought" : "sold"} ${contracts(m.msg.count_fp)} YES at ${
            dollars(m.msg.yes_price_dollars)
          } (${m.msg.is_taker ? "taker" : "maker"}, fee ${dollars(m.msg.fee_cost)}, order ${shortId(m.msg.order_id)})`
        )
      ))
    yield* run("market_positions", messages(yield* ws.subscribe("market_positions", params)), (m) =>
      Effect.zipRight(
        SubscriptionRef.set(position, Option.some(m.msg.position_fp)),
        Console.log(
          `position  ${describePosition(m.msg.position_fp)} (cost ${dollars(m.msg.position_cost_dollars)}, fees ${
            dollars(m.msg.fees_paid_dollars)
          }, realized ${dollars(m.msg.realized_pnl_dollars)})`
        )
      ))
    yield* run("user_orders", messages(yield* ws.subscribe("user_orders", params)), (m) =>
      Effect.zipRight(
        SubscriptionRef.update(orders, (all) => [...all, m]),
        Console.log(
          `order     ${shortId(m.msg.order_id)} ${m.msg.status}: ${m.msg.book_side} ${
            contracts(m.msg.initial_count_fp)
          } at ${dollars(m.msg.yes_price_dollars)}, filled ${contracts(m.msg.fill_count_fp)}, remaining ${
            contracts(m.msg.remaining_count_fp)
          }`
        )
      ))
    return { fills, position, orders }
  })

const describePosition = (p: BigDecimal.BigDecimal) =>
  BigDecimal.isZero(p)
    ? "flat"
    : BigDecimal.isNegative(p)
    ? `${contracts(BigDecimal.negate(p))} NO`
    : `${contracts(p)} YES`

/** Waits until a ref's value satisfies a predicate, or `within` passes (then none). */
const waitFor = <A>(
  ref: SubscriptionRef.SubscriptionRef<A>,
  predicate: (a: A) => boolean,
  within: Duration.DurationInput
) =>
  ref.changes.pipe(
    Stream.filter(predicate),
    Stream.runHead,
    Effect.timeout(within),
    Effect.option,
    Effect.map(Option.flatten)
  )

const cent = BigDecimal.make(1n, 2)
const clamp = (p: BigDecimal.BigDecimal) =>
  BigDecimal.max(cent, BigDecimal.min(BigDecimal.make(99n, 2), BigDecimal.round(p, { scale: 2, mode: "floor" })))

/** Prints what the cleanup of a scoped order did, when there is something to say. */
export const printCleanup = (cleanup: Orders.Cleanup): Effect.Effect<void> =>
  Orders.Cleanup.$match(cleanup, {
    NotPlaced: () => Effect.void,
    NotResting: () => Effect.void,
    Canceled: ({ orderId, reducedBy }) =>
      Console.log(`canceled  order ${shortId(orderId)} (${orNone(reducedBy, contracts)} contracts)`),
    NotFound: ({ clientOrderId, lookups }) =>
      Console.error(
        `warning   the order with client_order_id ${clientOrderId} was interrupted in flight and not found in ${lookups} lookups: check the exchange`
      ),
    Failed: ({ cause, clientOrderId }) =>
      Console.error(
        `warning   the order with client_order_id ${clientOrderId} may still rest: its cancel failed`,
        cause
      )
  })

/**
 * Places a post-only YES bid 5 cents under the best bid: it rests until the scope closes.
 * `Orders.placeScoped` fills in a `client_order_id`, finds out whether the order exists if the
 * answer is lost, and cancels the order when the scope closes, also when Ctrl-C cut the create off
 * in flight. `onCleanup` hears what the cancel did (by default {@link printCleanup}).
 */
export const placeResting = (
  ticker: string,
  bestBid: BigDecimal.BigDecimal,
  count: number,
  onCleanup: (cleanup: Orders.Cleanup) => Effect.Effect<void> = printCleanup
) =>
  Effect.gen(function*() {
    const size = FixedPoint.unsafeCount(String(count))
    const price = clamp(BigDecimal.subtract(bestBid, BigDecimal.make(5n, 2)))
    const placed = yield* Orders.placeScoped(Orders.buy({ ticker, side: "yes", count: size, price, postOnly: true }), {
      onCleanup
    })
    yield* Console.log(
      `placed    resting buy ${contracts(size)} YES at ${dollars(price)}: order ${shortId(placed.orderId)}`
    )
    return {
      label: "resting",
      orderId: placed.orderId,
      clientOrderId: placed.clientOrderId,
      price: dollars(price)
    } as const
  })

/**
 * Places an immediate-or-cancel YES buy 3 cents over the best ask: it takes what is offered up to
 * that price and cancels the rest. Returns the order and how many contracts it bought.
 */
export const placeTaking = (ticker: string, bestAsk: BigDecimal.BigDecimal, count: number) =>
  Effect.gen(function*() {
    const size = FixedPoint.unsafeCount(String(count))
    const price = clamp(BigDecimal.sum(bestAsk, BigDecimal.make(3n, 2)))
    const placed = yield* Orders.place(
      Orders.buy({ ticker, side: "yes", count: size, price, timeInForce: "immediate_or_cancel" })
    )
    const filled = (placed._tag === "Created" ? placed.response.fill_count : placed.order.fill_count_fp) ??
      BigDecimal.fromBigInt(0n)
    yield* Console.log(
      `placed    immediate-or-cancel buy ${contracts(size)} YES up to ${dollars(price)}: order ${
        shortId(placed.orderId)
      }, filled ${contracts(filled)}`
    )
    const order: PlacedOrder = {
      label: "immediate-or-cancel",
      orderId: placed.orderId,
      clientOrderId: placed.clientOrderId,
      price: dollars(price)
    }
    return { order, filled }
  })

/** The REST view of the portfolio in the market: position, fills, balance. */
export const printPortfolio = (ticker: string) =>
  Effect.gen(function*() {
    const portfolio = yield* PortfolioApi
    const { market_positions } = yield* portfolio.getPositions({ ticker })
    const position = market_positions.find((p) => p.ticker === ticker)
    const fills = yield* portfolio.getFillsStream({ ticker }).pipe(Stream.runCollect)
    const balance = yield* portfolio.getBalance()
    yield* Console.log(
      `rest      position ${
        orNone(Option.fromNullable(position?.position_fp), describePosition)
      }, ${fills.length} fill(s), balance ${
        orNone(Option.fromNullable(balance.balance_dollars), (b) => `$${dollars(b)}`)
      }`
    )
    return Option.fromNullable(balance.balance_dollars)
  })

// ---------------------------------------------------------------------------------------------
// the pipeline
// ---------------------------------------------------------------------------------------------

/**
 * Waits for a two-sided book, then places the resting order (in the current scope: canceled when it
 * closes) and the immediate-or-cancel one, waits for the fill and the position on the WebSocket, and
 * reads the portfolio over REST. Returns the orders placed and the balance.
 */
const trade = (
  market: string,
  book: Effect.Effect.Success<ReturnType<typeof followBook>>,
  account: Effect.Effect.Success<ReturnType<typeof followAccount>>,
  count: number,
  onCleanup: (cleanup: Orders.Cleanup) => Effect.Effect<void>,
  placed: Array<PlacedOrder>
) =>
  Effect.gen(function*() {
    const twoSided = yield* book.latest.changes.pipe(
      Stream.filterMap(
        Option.flatMap((b) => Option.all({ bid: b.bestYesBid, ask: b.bestYesAsk, book: Option.some(b) }))
      ),
      Stream.runHead,
      Effect.timeout("10 seconds"),
      Effect.option,
      Effect.map(Option.flatten)
    )
    if (Option.isNone(twoSided)) {
      yield* Console.log(`no two-sided book on ${market}: placing no order`)
      return Option.none<BigDecimal.BigDecimal>()
    }
    const { ask, bid } = twoSided.value
    yield* Console.log(`book      ${topOfBook(twoSided.value.book)} (placing orders on this)`)
    placed.push(yield* placeResting(market, bid.price, count, onCleanup))
    const taking = yield* placeTaking(market, ask.price, count)
    placed.push(taking.order)
    if (BigDecimal.isPositive(taking.filled)) {
      // the fills and the new position come over the WebSocket
      yield* waitFor(
        account.fills,
        (fs) => BigDecimal.equals(sumCounts(fs.filter((f) => f.msg.order_id === taking.order.orderId)), taking.filled),
        "10 seconds"
      )
      yield* waitFor(account.position, Option.isSome, "10 seconds")
    }
    return yield* printPortfolio(market)
  })

/** The whole pipeline; every subscription it takes ends with it. */
export const pipeline = (options: Options) =>
  Effect.gen(function*() {
    const printEvery = options.printEvery ?? "1 second"
    if (options.market !== undefined) yield* checkMarket(options.market)
    const listed = yield* listMarkets(options.maxMarkets ?? 200)
    const market = options.market ?? listed[0]?.ticker
    if (market === undefined) return yield* Effect.dieMessage("no open market to follow")
    yield* Console.log(`following ${market}`)

    const book = yield* followBook(market, printEvery)
    const trades = yield* followTrades(market)
    const account = yield* followAccount(market)

    const placed: Array<PlacedOrder> = []
    const canceled: Array<string> = []
    const recordCleanup = (cleanup: Orders.Cleanup) =>
      Effect.zipRight(
        printCleanup(cleanup),
        Effect.sync(() => {
          if (cleanup._tag === "Canceled") canceled.push(cleanup.orderId)
        })
      )
    // the resting order lives in this scope (Orders.placeScoped): it is canceled when the scope
    // closes, after the watch or on whatever ends it early (an error, Ctrl-C); the
    // immediate-or-cancel order never rests
    const balance = yield* Effect.scoped(Effect.gen(function*() {
      const balance = options.trade
        ? yield* trade(market, book, account, options.contracts ?? 1, recordCleanup, placed)
        : Option.none<BigDecimal.BigDecimal>()
      yield* Console.log(`watching  ${market} for ${Duration.format(Duration.decode(options.watch))}`)
      yield* Effect.sleep(options.watch)
      return balance
    }))

    if (canceled.length > 0) {
      yield* waitFor(
        account.orders,
        (os) => canceled.every((id) => os.some((o) => o.msg.order_id === id && o.msg.status === "canceled")),
        "5 seconds"
      )
    }

    const summary: Summary = {
      marketsListed: listed.length,
      market,
      bookUpdates: yield* Ref.get(book.updates),
      trades: yield* Ref.get(trades),
      ordersPlaced: placed,
      fills: yield* SubscriptionRef.get(account.fills),
      position: yield* SubscriptionRef.get(account.position),
      canceled,
      balance
    }
    yield* printSummary(summary)
    return summary
  }).pipe(Effect.scoped)

const sumCounts = (fills: ReadonlyArray<Messages.Fill>) =>
  fills.reduce((total, f) => BigDecimal.sum(total, f.msg.count_fp), BigDecimal.fromBigInt(0n))

const printSummary = (s: Summary) =>
  Console.log(
    [
      "summary",
      `  markets listed  ${s.marketsListed}`,
      `  market          ${s.market}`,
      `  book updates    ${s.bookUpdates}`,
      `  trades seen     ${s.trades}`,
      `  orders placed   ${s.ordersPlaced.length}${
        s.ordersPlaced.length === 0
          ? ""
          : ` (${s.ordersPlaced.map((o) => `${o.label} ${shortId(o.orderId)} at ${o.price}`).join(", ")})`
      }`,
      `  fills           ${s.fills.length} (${contracts(sumCounts(s.fills))} contracts)`,
      `  position        ${orNone(s.position, describePosition)}`,
      `  canceled        ${s.canceled.length}${
        s.canceled.length === 0 ? "" : ` (${s.canceled.map(shortId).join(", ")})`
      }`,
      `  balance         ${orNone(s.balance, (b) => `$${dollars(b)}`)}`
    ].join("\n")
  )

// ---------------------------------------------------------------------------------------------
// layers
// ---------------------------------------------------------------------------------------------

/**
 * The pipeline against the embedded exchange: trading on, with the exchange's address first. It
 * needs {@link layerEmbeddedSdk}; {@link embedded} provides it.
 */
export const embeddedProgram = (options: Omit<Options, "trade">) =>
  Effect.gen(function*() {
    const exchange = yield* TestExchange.TestExchange
    yield* Console.log(
      `No KALSHI_API_KEY_ID: running against the embedded exchange on ${exchange.url} (demo catalog, simulated market maker and noise trader)`
    )
    return yield* pipeline({ ...options, trade: true })
  })

/**
 * The layers of {@link embeddedProgram}: the whole SDK over the local exchange with the testkit's demo
 * catalog, a seeded market maker and noise trader on every market, and a funded default account.
 */
export const layerEmbeddedSdk = (
  options: { readonly seed?: number | undefined; readonly interval?: Duration.DurationInput | undefined } = {}
): Layer.Layer<
  Kalshi.Services | TestExchange.TestExchange | TestExchange.DefaultAccount,
  Kalshi.LayerError
> =>
  TestExchange.layerSdk({
    seed: options.seed ?? 42,
    seedData: TestExchange.demoSeed,
    simulate: { interval: options.interval ?? "300 millis" }
  })

/** {@link embeddedProgram} with its layers: the exchange lives as long as the program. */
export const embedded = (options: Omit<Options, "trade">) =>
  embeddedProgram(options).pipe(Effect.provide(layerEmbeddedSdk()))
