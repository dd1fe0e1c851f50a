/**
 * Every command as a child process against a local exchange this test starts, its JSON output
 * compared with what the exchange holds, and orders placed with the CLI seen over REST and the
 * WebSocket.
 */
import { assert, describe, layer } from "@effect/vitest"
import { MarketApi, Orders, OrdersApi, PortfolioApi } from "@kalshi-effect/rest"
import { DefaultAccount, demoSeed, layerSdk, TestExchange } from "@kalshi-effect/testkit/TestExchange"
import { KalshiWebSocket } from "@kalshi-effect/ws/KalshiWebSocket"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { accountEnv, json, kalshi, kalshiLines, type Ran } from "./kalshi.js"

const BOOK = "KXBTCY-26DEC31-B100000"
const HELD = "KXBTCY-26DEC31-B90000"
const SETTLED = "KXRAINNYC-26DEC01-T2"
const ORDERS = "KXBTCY-26DEC31-B110000"

type Json = Record<string, any>

const decimal = (s: string) => BigDecimal.unsafeFromString(s)

/** The exchange's state the read-only commands are checked against. */
const seed = Effect.gen(function*() {
  const exchange = yield* TestExchange
  const me = yield* DefaultAccount
  const maker = yield* exchange.addAccount({ balance: "1000" })
  yield* exchange.placeOrder({ user: maker.user, ticker: BOOK, side: "bid", price: "0.4100", count: "10" })
  yield* exchange.placeOrder({ user: maker.user, ticker: BOOK, side: "bid", price: "0.40", count: "7.5" })
  yield* exchange.placeOrder({ user: maker.user, ticker: BOOK, side: "ask", price: "0.47", count: "5" })
  // the account buys 3 YES of HELD from the maker: a trade, a fill and a position
  yield* exchange.placeOrder({ user: maker.user, ticker: HELD, side: "ask", price: "0.55", count: "3" })
  yield* Orders.place(Orders.buy({ ticker: HELD, side: "yes", count: "3", price: "0.55" }))
  // and 2 YES of SETTLED, which then settles YES
  yield* exchange.placeOrder({ user: maker.user, ticker: SETTLED, side: "ask", price: "0.30", count: "2" })
  yield* Orders.place(Orders.buy({ ticker: SETTLED, side: "yes", count: "2", price: "0.30" }))
  yield* exchange.settleMarket(SETTLED, "yes")
  return { me }
})

describe("commands", () => {
  layer(layerSdk({ seedData: demoSeed }), { excludeTestServices: true })((it) => {
    it.effect("every read-only command prints the exchange's data as JSON, exact decimals as strings", () =>
      Effect.gen(function*() {
        yield* seed
        const env = yield* accountEnv
        const run = (...args: Array<string>) => kalshi([...args, "--json"], { env })
        const [
          markets,
          market,
          events,
          series,
          book,
          trades,
          balance,
          positions,
          fills,
          orders,
          settlements,
          limits,
          doctor
        ] = yield* Effect.all([
          run("markets", "--limit", "3"),
          run("market", BOOK),
          run("events"),
          run("series"),
          run("book", BOOK),
          run("trades", HELD),
          run("balance"),
          run("positions"),
          run("fills"),
          run("orders"),
          run("settlements"),
          run("limits"),
          run("doctor")
        ], { concurrency: 4 })

        const listed = json<Array<Json>>(markets!)
        assert.strictEqual(listed.length, 3)
        assert.deepStrictEqual(listed.map((m) => m.ticker), demoSeed.markets!.slice(0, 3).map((m) => m.ticker))

        const one = json<Json>(market!)
        const { market: expected } = yield* Effect.flatMap(MarketApi, (api) => api.getMarket({ ticker: BOOK }))
        assert.strictEqual(one.ticker, BOOK)
        assert.strictEqual(one.title, expected.title)
        // the exchange writes 4 decimals; the CLI passes them on as written
        assert.strictEqual(one.yes_bid_dollars, "0.4100")

        assert.deepStrictEqual(json<Array<Json>>(events!).map((e) => e.event_ticker).sort(), [
          "KXBTCY-26DEC31",
          "KXRAINNYC-26DEC01"
        ])
        assert.deepStrictEqual(json<Array<Json>>(series!).map((s) => s.ticker).sort(), ["KXBTCY", "KXRAINNYC"])

        const levels = json<Json>(book!)
        assert.strictEqual(levels.market_ticker, BOOK)
        // best first: YES bids, and NO bids (the ask at 0.47 is a NO bid at 0.53)
        assert.deepStrictEqual(levels.yes, [["0.4100", "10.00"], ["0.4000", "7.50"]])
        assert.deepStrictEqual(levels.no, [["0.5300", "5.00"]])

        const traded = json<Array<Json>>(trades!)
        assert.strictEqual(traded.length, 1)
        assert.strictEqual(traded[0]!.ticker, HELD)
        assert.strictEqual(traded[0]!.count_fp, "3.00")
        assert.strictEqual(traded[0]!.yes_price_dollars, "0.5500")

        const cash = json<Json>(balance!)
        const real = yield* Effect.flatMap(PortfolioApi, (api) => api.getBalance())
        assert.isTrue(BigDecimal.equals(decimal(cash.balance_dollars), real.balance_dollars ?? decimal("-1")))
        assert.strictEqual(cash.balance, Number(BigDecimal.format(BigDecimal.multiply(real.balance!, decimal("100")))))

        const held = json<Array<Json>>(positions!)
        assert.deepStrictEqual(held.map((p) => [p.ticker, p.position_fp]), [[HELD, "3.00"]])

        const filled = json<Array<Json>>(fills!)
        assert.deepStrictEqual(filled.map((f) => f.ticker).sort(), [HELD, SETTLED].sort())

        const mine = json<Array<Json>>(orders!)
        assert.deepStrictEqual(mine.map((o) => o.status), ["executed", "executed"])

        const paid = json<Array<Json>>(settlements!)
        assert.strictEqual(paid.length, 1)
        assert.strictEqual(paid[0]!.ticker, SETTLED)
        assert.strictEqual(paid[0]!.market_result, "yes")
        // revenue in cents, as Kalshi writes it: 2 contracts paid $1 each
        assert.strictEqual(paid[0]!.revenue, 200)

        const limit = json<Json>(limits!)
        assert.strictEqual(limit.usage_tier, "basic")
        assert.deepStrictEqual(limit.account, {
          read: { refillRate: 200, capacity: 200 },
          write: { refillRate: 100, capacity: 100 }
        })
        assert.isTrue(limit.endpoint_costs.length > 0)

        const checks = json<Array<Json>>(doctor!)
        assert.deepStrictEqual(
          checks.map((c) => [c.check, c.status]),
          [
            ["configuration", "ok"],
            ["key", "ok"],
            ["rest", "ok"],
            ["clock", "ok"],
            ["signature", "ok"],
            ["websocket", "ok"]
          ]
        )
        for (const ran of [markets, book, balance, doctor] as Array<Ran>) assert.strictEqual(ran.stderr, "")
      }))

    it.effect("tables for people: aligned columns, prices in dollars, no colors off a terminal", () =>
      Effect.gen(function*() {
        const env = yield* accountEnv
        const [markets, book, market] = yield* Effect.all([
          kalshi(["markets"], { env }),
          kalshi(["book", BOOK, "--depth", "2"], { env }),
          kalshi(["market", BOOK], { env })
        ], { concurrency: 3 })
        assert.strictEqual(markets.code, 0)
        const lines = markets.stdout.trimEnd().split("\n")
        assert.match(lines[0]!, /^TICKER\s+STATUS\s+YES BID\s+YES ASK\s+LAST\s+VOLUME\s+TITLE$/)
        assert.strictEqual(lines.length, 1 + demoSeed.markets!.length)
        // every row's YES BID column ends where the header's does (right-aligned)
        const end = lines[0]!.indexOf("YES BID") + "YES BID".length
        for (const line of lines.slice(1)) assert.match(line.slice(end - 4, end), /^(\d\.\d\d| {3}-)$/)
        assert.notInclude(markets.stdout, "\u001b[")

        assert.strictEqual(book.code, 0)
        assert.deepStrictEqual(book.stdout.trimEnd().split("\n"), [
          `${BOOK}  spread 0.06`,
          "SIDE  YES PRICE  SIZE",
          "ask        0.47     5",
          "bid        0.41    10",
          "bid        0.40   7.5"
        ])
        assert.match(market.stdout, /^Yes bid \/ ask\s+0\.41 \/ 0\.47$/m)
      }))

    it.effect("book --watch --json and trades --follow --json print JSON lines until interrupted (exit 130)", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange
        const env = yield* accountEnv
        const maker = yield* exchange.addAccount({ balance: "1000" })
        const taker = yield* exchange.addAccount({ balance: "1000" })
        const watched = yield* Effect.fork(kalshiLines(["book", ORDERS, "--watch", "--json", "--verbose"], 2, { env }))
        const followed = yield* Effect.fork(kalshiLines(["trades", ORDERS, "--follow", "--json"], 1, { env }))
        // keep changing the book and trading until both have printed what they wait for
        const flow = yield* Effect.fork(
          Effect.gen(function*() {
            yield* exchange.placeOrder({ user: maker.user, ticker: ORDERS, side: "ask", price: "0.6200", count: "1" })
            yield* exchange.placeOrder({
              user: taker.user,
              ticker: ORDERS,
              side: "bid",
              price: "0.62",
              count: "1",
              timeInForce: "immediate_or_cancel"
            })
            // a pause of the wall clock (the test's own clock is a TestClock)
            yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 300)))
          }).pipe(Effect.forever)
        )
        const book = yield* Fiber.join(watched)
        const trades = yield* Fiber.join(followed)
        yield* Fiber.interrupt(flow)
        assert.strictEqual(book.code, 130, book.stderr)
        // with --verbose too, stdout holds only JSON: log lines go to stderr
        const [snapshot, next] = book.lines.map((l) => JSON.parse(l) as Json)
        assert.strictEqual(snapshot!.market_ticker, ORDERS)
        assert.strictEqual(snapshot!.cause, "snapshot")
        assert.strictEqual(next!.cause, "delta")
        assert.isTrue(next!.seq > snapshot!.seq)
        assert.strictEqual(trades.code, 130, trades.stderr)
        const trade = JSON.parse(trades.lines[0]!) as Json
        assert.strictEqual(trade.market_ticker, ORDERS)
        assert.strictEqual(trade.yes_price_dollars, "0.6200")
        // the live book's levels in the wire's fixed-point forms, as the REST book's
        const levels = [snapshot!, next!].flatMap((b) => [...b.yes, ...b.no] as Array<[string, string]>)
        assert.isAbove(levels.length, 0)
        for (const [price, size] of levels) {
          assert.match(price, /^0\.\d{4}$/)
          assert.match(size, /^\d+\.\d{2}$/)
        }
        assert.strictEqual(trade.count_fp, "1.00")
        // nothing but JSON on stdout: the hints go to stderr, and only to a terminal
        assert.strictEqual(trades.stderr, "")
      }))

    it.effect("an order placed with the CLI is on the exchange: over REST and on the WebSocket; amend and cancel it", () =>
      Effect.gen(function*() {
        const env = yield* accountEnv
        const ws = yield* KalshiWebSocket
        const subscription = yield* ws.subscribe("user_orders", { market_tickers: [ORDERS] })
        const seen = yield* subscription.stream.pipe(
          Stream.filter((e) => "type" in e && e.type === "user_order"),
          Stream.take(1),
          Stream.runCollect,
          Effect.fork
        )
        const placed = json<Json>(
          yield* kalshi(
            ["order", "buy", ORDERS, "--side", "yes", "--price", "0.35", "--count", "2", "--yes", "--json"],
            {
              env
            }
          )
        )
        assert.strictEqual(placed.status, "resting")
        const api = yield* OrdersApi
        const { order } = yield* api.getOrder({ order_id: placed.order_id })
        assert.strictEqual(order.ticker, ORDERS)
        assert.strictEqual(order.status, "resting")
        assert.isTrue(BigDecimal.equals(order.yes_price_dollars!, decimal("0.35")))
        assert.isTrue(BigDecimal.equals(order.remaining_count_fp!, decimal("2")))
        const [event] = yield* Fiber.join(seen)
        assert.strictEqual(event !== undefined && "msg" in event ? event.msg.order_id : undefined, placed.order_id)

        const amended = yield* kalshi(["order", "amend", placed.order_id, "--price", "0.36", "--count", "3"], { env })
        assert.strictEqual(amended.code, 0, amended.stderr)
        assert.match(amended.stdout, /^Amended order .*: buy YES at \$0\.36, 3 resting, 0 filled$/m)
        const after = yield* api.getOrdersStream({ ticker: ORDERS, status: "resting" }).pipe(Stream.runCollect)
        assert.deepStrictEqual(
          [...after].map((o) => [BigDecimal.format(o.yes_price_dollars!), BigDecimal.format(o.remaining_count_fp!)]),
          [["0.36", "3"]]
        )
        const restingId = [...after][0]!.order_id

        const canceled = yield* kalshi(["order", "cancel", restingId], { env })
        assert.strictEqual(canceled.code, 0, canceled.stderr)
        assert.match(canceled.stdout, /^Canceled order .* \(3 contracts no longer rest\)$/m)

        // selling NO at 0.70 rests as a YES bid at 0.30, buying NO at 0.20 as a YES ask at 0.80
        const sold = json<Json>(
          yield* kalshi(
            ["order", "sell", ORDERS, "--side", "no", "--price", "0.70", "--count", "1", "--yes", "--json"],
            { env }
          )
        )
        const bought = json<Json>(
          yield* kalshi([
            "order",
            "buy",
            ORDERS,
            "--side",
            "no",
            "--price",
            "0.20",
            "--count",
            "4",
            "--post-only",
            "--yes",
            "--json"
          ], { env })
        )
        const resting = yield* api.getOrdersStream({ ticker: ORDERS, status: "resting" }).pipe(Stream.runCollect)
        const byId = new Map([...resting].map((o) => [o.order_id, o]))
        assert.strictEqual(byId.get(sold.order_id)?.book_side, "bid")
        assert.isTrue(BigDecimal.equals(byId.get(sold.order_id)!.yes_price_dollars!, decimal("0.30")))
        assert.strictEqual(byId.get(bought.order_id)?.book_side, "ask")
        assert.isTrue(BigDecimal.equals(byId.get(bought.order_id)!.yes_price_dollars!, decimal("0.80")))

        const all = json<Json>(yield* kalshi(["order", "cancel-all", "--ticker", ORDERS, "--json"], { env }))
        assert.deepStrictEqual([...all.canceled].sort(), [sold.order_id, bought.order_id].sort())
        const left = yield* api.getOrdersStream({ ticker: ORDERS, status: "resting" }).pipe(Stream.runCollect)
        assert.strictEqual(left.length, 0)
        const none = yield* kalshi(["order", "cancel-all"], { env })
        assert.strictEqual(none.stdout.trim(), "No resting orders to cancel")
        assert.isTrue(Option.isSome(yield* subscription.sid))
      }).pipe(Effect.scoped))
  })
})
