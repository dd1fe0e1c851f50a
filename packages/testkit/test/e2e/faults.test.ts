import { describe, expect, layer } from "@effect/vitest"
import { FixedPoint, KalshiHttpClient } from "@kalshi-effect/core"
import { MarketApi, Orders, OrdersApi, PortfolioApi } from "@kalshi-effect/rest"
import { KalshiWebSocket } from "@kalshi-effect/ws"
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"
import * as Stream from "effect/Stream"
import { TestExchange } from "../../src/index.js"
import { messagesOf, record, sdk } from "./sdk.js"

const A = "KXE2EFAULT-26-A"
const CREATE = { method: "POST", path: "/portfolio/events/orders" }

const n = FixedPoint.unsafeCount
const d = FixedPoint.unsafeDollars

/** The exchange's orders of an account with a given client_order_id. */
const ordersWith = (exchange: TestExchange.Service, user: string, clientOrderId: string) =>
  Effect.map(exchange.orders(user), (orders) => orders.filter((o) => o.clientOrderId === clientOrderId))

/** Retries of the SDK's client so far, for the given operations, because the exchange answered 429. */
const rateLimitedRetries = (operations: ReadonlyArray<string>) =>
  Effect.map(
    Effect.forEach(operations, (operation) =>
      Metric.value(
        KalshiHttpClient.retriesTotal.pipe(
          Metric.tagged("operation", operation),
          Metric.tagged("reason", "rate_limited")
        )
      )),
    (states) => states.reduce((total, s) => total + Number(s.count), 0)
  )

describe("faults between the SDK and the exchange", () => {
  layer(sdk({ markets: [{ ticker: A }], seed: 7 }), { excludeTestServices: true })((it) => {
    it.scoped("a create executed and its response dropped is reconciled to exactly one order", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        const ws = yield* KalshiWebSocket.KalshiWebSocket
        const userOrders = yield* record(messagesOf(yield* ws.subscribe("user_orders", { market_tickers: [A] })))

        yield* exchange.faults.dropResponses({ match: CREATE })
        const placed = yield* Orders.place(
          Orders.buy("yes", A, n("4"), d("0.21"), { clientOrderId: "lost-create-1" }),
          { backoff: "20 millis" }
        )
        // the first attempt executed: the retry was refused as a duplicate and the order found in the list
        expect(placed._tag).toBe("Existing")
        const onExchange = yield* ordersWith(exchange, me.user, "lost-create-1")
        expect(onExchange).toHaveLength(1)
        expect(placed._tag === "Existing" ? placed.order.order_id : "").toBe(onExchange[0]!.orderId)
        // the WebSocket saw one order created with that id, and no other
        const messages = yield* userOrders.until("the order's user_order", (ms) => ms.length > 0)
        expect(new Set(messages.map((m) => m.msg.order_id))).toEqual(new Set([onExchange[0]!.orderId]))
        expect(messages.every((m) => m.msg.client_order_id === "lost-create-1")).toBe(true)
      }))

    it.scoped("a create refused with a 500 (not executed) is created by the reconciliation, once", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        yield* exchange.faults.failRequests({ status: 500, match: CREATE })
        const placed = yield* Orders.place(
          Orders.buy("no", A, n("2"), d("0.70"), { clientOrderId: "lost-create-2" }),
          { backoff: "20 millis" }
        )
        expect(placed._tag).toBe("Created")
        const onExchange = yield* ordersWith(exchange, me.user, "lost-create-2")
        expect(onExchange).toHaveLength(1)
        expect(placed._tag === "Created" ? placed.response.order_id : "").toBe(onExchange[0]!.orderId)
        // buying NO at 0.70 rests as a YES ask at 0.30
        expect(onExchange[0]!.side).toBe("ask")
        expect(FixedPoint.formatDollars(onExchange[0]!.price)).toBe("0.30")
      }))

    it.scoped("a storm of 429s delays reads and writes but loses none and duplicates no write", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        const markets = yield* MarketApi
        const portfolio = yield* PortfolioApi
        const ordersApi = yield* OrdersApi
        const operations = ["GetMarket", "GetMarketOrderbook", "GetBalance", "GetMarkets", "CreateOrderV2"]
        const retriesBefore = yield* rateLimitedRetries(operations)
        const ordersBefore = (yield* exchange.orders(me.user)).length

        const storm = 24
        yield* exchange.faults.failRequests({ status: 429, count: storm })
        const reads = Effect.all(
          [
            Effect.forEach([1, 2, 3], () => Effect.map(markets.getMarket({ ticker: A }), (r) => r.market?.ticker), {
              concurrency: "unbounded"
            }),
            Effect.map(markets.getMarketOrderbook({ ticker: A }), (r) => r.orderbook_fp !== undefined),
            Effect.map(portfolio.getBalance(), (r) => r.balance_dollars !== undefined),
            Stream.runCollect(markets.getMarketsStream({ limit: 1 })).pipe(
              Effect.map((ms) => [...ms].map((m) => m.ticker))
            )
          ],
          { concurrency: "unbounded" }
        )
        const writes = Effect.forEach(
          [1, 2, 3, 4, 5, 6],
          (i) => Orders.place(Orders.buy("yes", A, n("1"), d("0.05"), { clientOrderId: `storm-${i}` })),
          { concurrency: "unbounded" }
        )
        const [[tickers, hasBook, hasBalance, listed], placed] = yield* Effect.all([reads, writes], {
          concurrency: "unbounded"
        })

        // every read answered, with the right data
        expect(tickers).toEqual([A, A, A])
        expect([hasBook, hasBalance]).toEqual([true, true])
        expect(listed).toEqual([A])
        // every write created once
        expect(placed.map((p) => p._tag)).toEqual(["Created", "Created", "Created", "Created", "Created", "Created"])
        const all = yield* exchange.orders(me.user)
        expect(all.length - ordersBefore).toBe(6)
        for (const i of [1, 2, 3, 4, 5, 6]) {
          expect(all.filter((o) => o.clientOrderId === `storm-${i}`)).toHaveLength(1)
        }
        const listedOrders = yield* Stream.runCollect(ordersApi.getOrdersStream({ ticker: A }))
        expect([...listedOrders].filter((o) => o.client_order_id?.startsWith("storm-"))).toHaveLength(6)
        // the storm happened: each 429 was answered with a retry
        expect((yield* rateLimitedRetries(operations)) - retriesBefore).toBe(storm)
      }))
  })
})
