import { describe, expect, layer } from "@effect/vitest"
import { FixedPoint } from "@kalshi-effect/core"
import { Orders, OrdersApi, PortfolioApi } from "@kalshi-effect/rest"
import { KalshiWebSocket } from "@kalshi-effect/ws"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import { TestExchange } from "../../src/index.js"
import { messagesOf, record, sdk } from "./sdk.js"

const A = "KXE2EPORT-26-A"

const d = FixedPoint.unsafeDollars
const n = FixedPoint.unsafeCount
const count = (c: BigDecimal.BigDecimal | undefined) => c === undefined ? "-" : FixedPoint.formatCount(c)
const sum = (values: ReadonlyArray<BigDecimal.BigDecimal>) => values.reduce(BigDecimal.sum, BigDecimal.fromBigInt(0n))
const orderIdOf = (placed: Orders.Placed) =>
  placed._tag === "Created" ? placed.response.order_id : placed.order.order_id

describe("orders through REST, messages through the WebSocket, the portfolio through REST", () => {
  layer(sdk({ markets: [{ ticker: A }], seed: 3 }), { excludeTestServices: true })((it) => {
    it.scoped("user_orders, fill and market_positions messages agree with the REST orders, fills, positions and balance", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        const ws = yield* KalshiWebSocket.KalshiWebSocket
        const ordersApi = yield* OrdersApi
        const portfolio = yield* PortfolioApi

        // another account rests YES asks at 0.55 and 0.57 and a YES bid at 0.40
        const maker = yield* exchange.addAccount({ balance: "1000" })
        yield* exchange.placeOrder({ user: maker.user, ticker: A, side: "ask", price: "0.55", count: "5" })
        yield* exchange.placeOrder({ user: maker.user, ticker: A, side: "ask", price: "0.57", count: "5" })
        yield* exchange.placeOrder({ user: maker.user, ticker: A, side: "bid", price: "0.40", count: "4" })

        const userOrders = yield* record(messagesOf(yield* ws.subscribe("user_orders", { market_tickers: [A] })))
        const fills = yield* record(messagesOf(yield* ws.subscribe("fill", { market_tickers: [A] })))
        const positions = yield* record(messagesOf(yield* ws.subscribe("market_positions", { market_tickers: [A] })))

        const balanceBefore = (yield* portfolio.getBalance()).balance_dollars!
        // a resting bid, a buy of 7 YES across two levels, a sale of 2 YES into the bid; then the bid is canceled
        const resting = yield* Orders.place(Orders.buy("yes", A, n("3"), d("0.30"), { postOnly: true }))
        const bought = yield* Orders.place(
          Orders.buy("yes", A, n("7"), d("0.57"), { timeInForce: "immediate_or_cancel" })
        )
        const sold = yield* Orders.place(
          Orders.sell("yes", A, n("2"), d("0.40"), { timeInForce: "immediate_or_cancel" })
        )
        const canceled = yield* ordersApi.cancelOrderV2({ order_id: orderIdOf(resting) })
        expect(count(canceled.reduced_by)).toBe("3.00")
        if (bought._tag !== "Created" || sold._tag !== "Created") return expect.fail("the orders were not created")
        expect(count(bought.response.fill_count)).toBe("7.00")
        expect(count(sold.response.fill_count)).toBe("2.00")

        // the WebSocket reports all of it
        const restingId = orderIdOf(resting)
        const orderMessages = yield* userOrders.until(
          "the three orders in their final states",
          (ms) =>
            ms.some((m) => m.msg.order_id === restingId && m.msg.status === "canceled") &&
            ms.some((m) => m.msg.order_id === bought.response.order_id && m.msg.status === "executed") &&
            ms.some((m) => m.msg.order_id === sold.response.order_id && m.msg.status === "executed")
        )
        const fillMessages = yield* fills.until("three fills", (ms) => ms.length >= 3)
        const positionMessages = yield* positions.until(
          "a position of 5 YES",
          (ms) => ms.length > 0 && BigDecimal.equals(ms[ms.length - 1]!.msg.position_fp, n("5"))
        )

        expect(new Set(orderMessages.map((m) => m.msg.order_id))).toEqual(
          new Set([restingId, bought.response.order_id, sold.response.order_id])
        )
        expect(orderMessages.every((m) => m.msg.user_id === me.user)).toBe(true)
        expect(
          fillMessages.map((
            m
          ) => [
            m.msg.order_id,
            m.msg.book_side,
            FixedPoint.formatDollars(m.msg.yes_price_dollars),
            FixedPoint.formatCount(m.msg.count_fp)
          ])
        )
          .toEqual([
            [bought.response.order_id, "bid", "0.55", "5.00"],
            [bought.response.order_id, "bid", "0.57", "2.00"],
            [sold.response.order_id, "ask", "0.40", "2.00"]
          ])
        expect(fillMessages.every((m) => m.msg.is_taker)).toBe(true)
        expect(fillMessages.map((m) => FixedPoint.formatCount(m.msg.post_position_fp!))).toEqual([
          "5.00",
          "7.00",
          "5.00"
        ])

        // REST orders: the last user_order of each order says what GetOrders says
        const restOrders = (yield* ordersApi.getOrders({ ticker: A })).orders
        expect(restOrders).toHaveLength(3)
        for (const order of restOrders) {
          const last = orderMessages.filter((m) => m.msg.order_id === order.order_id).at(-1)!
          expect([order.status, count(order.fill_count_fp), count(order.remaining_count_fp)]).toEqual([
            last.msg.status,
            count(last.msg.fill_count_fp),
            count(last.msg.remaining_count_fp)
          ])
        }

        // REST fills: the same trades, counts, prices and fees
        const restFills = (yield* portfolio.getFills({ ticker: A })).fills
        const key = (
          f: {
            trade_id: string
            order_id: string
            count: BigDecimal.BigDecimal
            price: BigDecimal.BigDecimal
            fee: BigDecimal.BigDecimal
          }
        ) =>
          `${f.trade_id} ${f.order_id} ${FixedPoint.formatCount(f.count)} ${FixedPoint.formatDollars(f.price)} ${
            FixedPoint.formatDollars(f.fee)
          }`
        expect(
          restFills.map((f) =>
            key({
              trade_id: f.trade_id,
              order_id: f.order_id,
              count: f.count_fp!,
              price: f.yes_price_dollars!,
              fee: f.fee_cost!
            })
          ).sort()
        ).toEqual(
          fillMessages.map((m) =>
            key({
              trade_id: m.msg.trade_id,
              order_id: m.msg.order_id,
              count: m.msg.count_fp,
              price: m.msg.yes_price_dollars,
              fee: m.msg.fee_cost!
            })
          ).sort()
        )

        // REST position: the last market_position message
        const position = (yield* portfolio.getPositions({ ticker: A })).market_positions.find((p) => p.ticker === A)
        const lastPosition = positionMessages[positionMessages.length - 1]!.msg
        expect(count(position?.position_fp)).toBe("5.00")
        expect(count(lastPosition.position_fp)).toBe("5.00")
        expect(BigDecimal.equals(position!.fees_paid_dollars!, lastPosition.fees_paid_dollars!)).toBe(true)
        expect(BigDecimal.equals(position!.realized_pnl_dollars!, lastPosition.realized_pnl_dollars!)).toBe(true)
        expect(BigDecimal.equals(lastPosition.fees_paid_dollars!, sum(fillMessages.map((m) => m.msg.fee_cost!)))).toBe(
          true
        )

        // REST balance: what the fills cost and paid
        const balanceAfter = (yield* portfolio.getBalance()).balance_dollars!
        const bid = fillMessages.filter((m) => m.msg.book_side === "bid")
        const ask = fillMessages.filter((m) => m.msg.book_side === "ask")
        const spent = sum(bid.map((m) => BigDecimal.multiply(m.msg.yes_price_dollars, m.msg.count_fp)))
        const received = sum(ask.map((m) => BigDecimal.multiply(m.msg.yes_price_dollars, m.msg.count_fp)))
        const fees = sum(fillMessages.map((m) => m.msg.fee_cost!))
        const expected = BigDecimal.subtract(BigDecimal.sum(balanceBefore, received), BigDecimal.sum(spent, fees))
        expect(FixedPoint.formatDollars(balanceAfter)).toBe(FixedPoint.formatDollars(expected))
      }))
  })
})
