import { describe, expect, layer } from "@effect/vitest"
import { FixedPoint, KalshiError } from "@kalshi-effect/core"
import { Orders, OrdersApi } from "@kalshi-effect/rest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { TestExchange } from "../../src/index.js"
import { sdk } from "./sdk.js"

const A = "KXE2EINTENT-26-A"

describe("orders from plain decimal strings", () => {
  layer(sdk({ markets: [{ ticker: A }], seed: 5 }), { excludeTestServices: true })((it) => {
    it.scoped("Orders.limit with strings rests at the price given; Placed reads its id and status directly", () =>
      Effect.gen(function*() {
        const ordersApi = yield* OrdersApi
        const resting = yield* Orders.place(
          Orders.limit({ ticker: A, side: "yes", action: "buy", count: "2", price: "0.31", postOnly: true })
        )
        expect(resting._tag).toBe("Created")
        expect(resting.status).toBe("resting")
        const { order } = yield* ordersApi.getOrder({ order_id: resting.orderId })
        expect(order?.order_id).toBe(resting.orderId)
        expect(order?.side).toBe("yes")
        expect(BigDecimal.equals(order!.yes_price_dollars!, BigDecimal.unsafeFromString("0.31"))).toBe(true)

        // buying NO at 0.40 is an ask on YES at 0.60; the exact forms are still accepted
        const no = yield* Orders.place(
          Orders.buy({ ticker: A, side: "no", count: FixedPoint.unsafeCount("1"), price: "0.40", postOnly: true })
        )
        const input = yield* Orders.toInput(Orders.buy({ ticker: A, side: "no", count: "1", price: "0.40" }))
        expect(input.side).toBe("ask")
        expect(BigDecimal.equals(input.price, BigDecimal.unsafeFromString("0.6"))).toBe(true)
        expect(no.status).toBe("resting")
      }))

    it.scoped("an order that fills at once reads executed; a scoped one is canceled on close", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const maker = yield* exchange.addAccount({ balance: "100" })
        yield* exchange.placeOrder({ user: maker.user, ticker: A, side: "ask", price: "0.55", count: "3" })
        const taken = yield* Orders.place(
          Orders.buy({ ticker: A, side: "yes", count: "3", price: "0.55", timeInForce: "immediate_or_cancel" })
        )
        expect(taken.status).toBe("executed")

        const ordersApi = yield* OrdersApi
        const scoped = yield* Effect.scoped(
          Orders.placeScoped(Orders.sell({ ticker: A, outcome: "yes", count: "1", price: "0.95" }))
        )
        expect(scoped.status).toBe("resting")
        const { order } = yield* ordersApi.getOrder({ order_id: scoped.orderId })
        expect(order?.status).toBe("canceled")
      }))

    it.scoped("a malformed decimal, a price out of range or a bad side: InvalidInput naming the field, nothing sent", () =>
      Effect.gen(function*() {
        const ordersApi = yield* OrdersApi
        const before = yield* ordersApi.getOrders({ ticker: A })
        const cases: ReadonlyArray<readonly [Orders.LimitOrder, string]> = [
          [Orders.limit({ ticker: A, side: "yes", action: "buy", count: "1", price: "0,5" }), "price"],
          [Orders.limit({ ticker: A, side: "yes", action: "buy", count: "1", price: "1.20" }), "price"],
          [Orders.limit({ ticker: A, side: "yes", action: "buy", count: "1", price: "0" }), "price"],
          [Orders.limit({ ticker: A, side: "yes", action: "buy", count: "1.005", price: "0.5" }), "count"],
          [Orders.limit({ ticker: A, side: "yes", action: "buy", count: "-1", price: "0.5" }), "count"],
          [Orders.limit({ ticker: A, side: "yes", action: "buy", count: "ten", price: "0.5" }), "count"],
          [
            Orders.limit(JSON.parse(`{"ticker":"${A}","side":"maybe","action":"buy","count":"1","price":"0.5"}`)),
            "side"
          ]
        ]
        for (const [order, field] of cases) {
          for (const attempt of [Orders.place(order), Effect.scoped(Orders.placeScoped(order))]) {
            const exit = yield* Effect.exit(attempt)
            if (Exit.isSuccess(exit)) return expect.fail(`${field}: accepted`)
            const error = yield* Effect.flip(attempt)
            expect(error).toBeInstanceOf(KalshiError.InvalidInput)
            if (error._tag === "InvalidInput") expect(error.field).toBe(field)
          }
        }
        const after = yield* ordersApi.getOrders({ ticker: A })
        expect(after.orders.length).toBe(before.orders.length)
      }))
  })
})
