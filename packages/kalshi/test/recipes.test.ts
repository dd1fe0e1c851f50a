import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as FileSystem from "@effect/platform/FileSystem"
import { assert, describe, layer } from "@effect/vitest"
import { MarketApi, Orders } from "@kalshi-effect/rest"
import { TestExchange } from "@kalshi-effect/testkit"
import { BigDecimal, Chunk, Duration, Effect, Fiber, Queue, Schema, Stream } from "effect"
import * as BackfillTrades from "../examples/backfill-trades.js"
import * as FollowPortfolio from "../examples/follow-portfolio.js"
import * as QuoteMid from "../examples/quote-mid.js"
import * as WideSpreads from "../examples/wide-spreads.js"

const WIDE = "KXRECIPE-26-WIDE"
const TIGHT = "KXRECIPE-26-TIGHT"
const HELD = "KXRECIPE-26-HELD"
const QUOTED = "KXRECIPE-26-QUOTED"
const TRADED = "KXRECIPE-26-TRADED"

const Candle = Schema.Struct({
  end_period_ts: Schema.Number,
  price: Schema.Struct({ open_dollars: Schema.String, high_dollars: Schema.String, low_dollars: Schema.String }),
  volume_fp: Schema.String
})

const Written = Schema.Struct({
  trade_id: Schema.String,
  count_fp: Schema.String,
  yes_price_dollars: Schema.String
})

describe("recipes", () => {
  layer(
    TestExchange.layerSdk({
      markets: [{ ticker: WIDE }, { ticker: TIGHT }, { ticker: HELD }, { ticker: QUOTED }, { ticker: TRADED }]
    }),
    {
      excludeTestServices: true
    }
  )(
    (it) => {
      it.scoped("wide spreads: flags the markets whose YES spread is at least the threshold, and only those", () =>
        Effect.gen(function*() {
          const exchange = yield* TestExchange.TestExchange
          const maker = yield* exchange.addAccount({ balance: "100" })
          const quote = (ticker: string, bid: string, ask: string) =>
            Effect.zipRight(
              exchange.placeOrder({ user: maker.user, ticker, side: "bid", price: bid, count: "1" }),
              exchange.placeOrder({ user: maker.user, ticker, side: "ask", price: ask, count: "1" })
            )
          yield* quote(WIDE, "0.30", "0.55")
          yield* quote(TIGHT, "0.49", "0.51")
          const flagged = yield* Stream.runCollect(WideSpreads.wideSpreads(BigDecimal.unsafeFromString("0.10")))
          const found = Chunk.toReadonlyArray(flagged)
          assert.deepStrictEqual(found.map((m) => m.ticker), [WIDE])
          assert.isTrue(BigDecimal.equals(found[0]!.spread, BigDecimal.unsafeFromString("0.25")))
        }))

      it.scoped("follow the portfolio: a fill and the new position arrive, each with the balance", () =>
        Effect.gen(function*() {
          const exchange = yield* TestExchange.TestExchange
          const seller = yield* exchange.addAccount({ balance: "100" })
          const lines = yield* FollowPortfolio.followPortfolio
          const firstTwo = yield* Stream.take(lines, 2).pipe(Stream.runCollect, Effect.fork)
          yield* exchange.placeOrder({ user: seller.user, ticker: HELD, side: "ask", price: "0.60", count: "2" })
          yield* Orders.place(
            Orders.buy({ ticker: HELD, side: "yes", count: "2", price: "0.60", timeInForce: "immediate_or_cancel" })
          )
          const seen = Chunk.toReadonlyArray(yield* Fiber.join(firstTwo)).join("\n")
          assert.include(seen, `fill      ${HELD}: 2 yes at 0.6`)
          assert.include(seen, `position  ${HELD}: 2 (balance`)
        }))

      it.scoped(
        "quote around the mid: two orders rest around it, move with it, and none rests once interrupted",
        () =>
          Effect.gen(function*() {
            const exchange = yield* TestExchange.TestExchange
            const account = yield* TestExchange.DefaultAccount
            const other = yield* exchange.addAccount({ balance: "100" })
            const resting = Effect.map(
              exchange.orders(account.user),
              (orders) =>
                orders.filter((o) => o.ticker === QUOTED && o.status === "resting")
                  .map((o) => `${o.side} ${BigDecimal.format(o.price)}`).sort()
            )
            yield* exchange.placeOrder({ user: other.user, ticker: QUOTED, side: "bid", price: "0.40", count: "5" })
            const theirAsk = yield* exchange.placeOrder({
              user: other.user,
              ticker: QUOTED,
              side: "ask",
              price: "0.60",
              count: "5"
            })
            const quotes = yield* Queue.unbounded<QuoteMid.Quote>()
            const loop = yield* QuoteMid.quoteAroundMid(QUOTED, {
              offset: BigDecimal.unsafeFromString("0.05"),
              count: "1",
              every: Duration.millis(20)
            }).pipe(Stream.runForEach((quote) => Queue.offer(quotes, quote)), Effect.fork)

            const first = yield* Queue.take(quotes)
            assert.strictEqual(BigDecimal.format(first.mid), "0.5")
            assert.deepStrictEqual(yield* resting, ["ask 0.55", "bid 0.45"])

            // the others' ask moves down: the mid follows, and the old pair gives way to the new one
            yield* exchange.execute((engine, nowMs) =>
              engine.cancelOrder({ user: other.user, orderId: theirAsk.order.orderId, nowMs })
            )
            yield* exchange.placeOrder({ user: other.user, ticker: QUOTED, side: "ask", price: "0.50", count: "5" })
            const second = yield* Queue.take(quotes)
            assert.strictEqual(BigDecimal.format(second.mid), "0.45")
            assert.deepStrictEqual(yield* resting, ["ask 0.5", "bid 0.4"])

            yield* Fiber.interrupt(loop)
            assert.deepStrictEqual(yield* resting, [])
          }),
        { timeout: 30_000 }
      )

      it.scoped("backfill trades: one JSON line per trade and per candlestick of the market, decimals as strings", () =>
        Effect.gen(function*() {
          const exchange = yield* TestExchange.TestExchange
          const seller = yield* exchange.addAccount({ balance: "100" })
          const buyer = yield* exchange.addAccount({ balance: "100" })
          const prices = ["0.51", "0.52", "0.53", "0.54", "0.55"]
          for (const price of prices) {
            yield* exchange.placeOrder({ user: seller.user, ticker: TRADED, side: "ask", price, count: "1" })
            yield* exchange.placeOrder({ user: buyer.user, ticker: TRADED, side: "bid", price, count: "1" })
          }
          const { trades } = yield* Effect.flatMap(MarketApi, (markets) => markets.getTrades({ ticker: TRADED }))
          assert.strictEqual(trades.length, prices.length)

          const fs = yield* FileSystem.FileSystem
          const path = yield* fs.makeTempFileScoped({ prefix: "trades-" })
          // pages of 2: three pages for five trades
          const total = yield* BackfillTrades.backfillTrades(TRADED, path, { every: 2, pageSize: 2 })
          assert.strictEqual(total, trades.length)
          const lines = (yield* fs.readFileString(path)).trimEnd().split("\n")
          assert.strictEqual(lines.length, trades.length)
          // decoded with string fields: a decimal written as a JSON number fails here
          const written = lines.map((line) => Schema.decodeUnknownSync(Written)(JSON.parse(line)))
          assert.deepStrictEqual(written.map((trade) => trade.trade_id), trades.map((trade) => trade.trade_id))
          const decimal = (s: string) => BigDecimal.format(BigDecimal.unsafeFromString(s))
          assert.deepStrictEqual(written.map((trade) => decimal(trade.yes_price_dollars)).sort(), prices)
          assert.deepStrictEqual(written.map((trade) => decimal(trade.count_fp)), prices.map(() => "1"))

          // daily candlesticks: every trade counted once, the prices' range within them
          const candlePath = yield* fs.makeTempFileScoped({ prefix: "candlesticks-" })
          const candleCount = yield* BackfillTrades.backfillCandlesticks(TRADED, candlePath, { periodInterval: 1440 })
          const candleLines = (yield* fs.readFileString(candlePath)).trimEnd().split("\n")
          assert.strictEqual(candleLines.length, candleCount)
          assert.isAtLeast(candleCount, 1)
          const candles = candleLines.map((line) => Schema.decodeUnknownSync(Candle)(JSON.parse(line)))
          for (const candle of candles) assert.strictEqual(candle.end_period_ts % 86_400, 0)
          const sum = candles.reduce(
            (acc, candle) => BigDecimal.sum(acc, BigDecimal.unsafeFromString(candle.volume_fp)),
            BigDecimal.fromBigInt(0n)
          )
          assert.strictEqual(BigDecimal.format(BigDecimal.normalize(sum)), "5")
          const lows = candles.map((candle) => decimal(candle.price.low_dollars)).sort()
          const highs = candles.map((candle) => decimal(candle.price.high_dollars)).sort()
          assert.strictEqual(lows[0], "0.51")
          assert.strictEqual(highs[highs.length - 1], "0.55")
        }).pipe(Effect.provide(NodeFileSystem.layer)))
    }
  )
})
