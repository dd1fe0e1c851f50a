/**
 * The types the services promise (checked by the compiler when the tests are type-checked).
 */
import { describe, expectTypeOf, it } from "@effect/vitest"
import type { KalshiError } from "@kalshi-effect/core"
import type * as BigDecimal from "effect/BigDecimal"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type * as Operations from "../src/generated/Operations.js"
import type * as Schemas from "../src/generated/Schemas.js"
import type { MarketApiService, OrdersApiService, PortfolioApiService } from "../src/generated/Services.js"
import type { OrdersApi } from "../src/index.js"
import { Orders } from "../src/index.js"

type ErrorOfMethod<F> = F extends (...args: never) => Effect.Effect<unknown, infer E> ? E : never

describe("types", () => {
  it("a public read cannot fail with MissingCredentials or OutcomeUnknown", () => {
    expectTypeOf<ErrorOfMethod<MarketApiService["getMarkets"]>>().toEqualTypeOf<
      | KalshiError.InvalidInput
      | KalshiError.TransportError
      | KalshiError.HttpError
      | KalshiError.RateLimited
      | KalshiError.DecodeError
      | KalshiError.Timeout
    >()
  })

  it("a signed write can fail with MissingCredentials and OutcomeUnknown, not Timeout", () => {
    expectTypeOf<ErrorOfMethod<OrdersApiService["createOrderV2"]>>().toEqualTypeOf<
      | KalshiError.InvalidInput
      | KalshiError.TransportError
      | KalshiError.HttpError
      | KalshiError.RateLimited
      | KalshiError.DecodeError
      | KalshiError.MissingCredentials
      | KalshiError.OutcomeUnknown
    >()
  })

  it("money is exact, identifiers are present, other fields may be absent, enums stay open", () => {
    expectTypeOf<Schemas.Market["ticker"]>().toEqualTypeOf<string>()
    expectTypeOf<Schemas.Market["yes_bid_dollars"]>().toEqualTypeOf<BigDecimal.BigDecimal | undefined>()
    expectTypeOf<Schemas.GetBalanceResponse["balance"]>().toEqualTypeOf<BigDecimal.BigDecimal | undefined>()
    expectTypeOf<"open">().toMatchTypeOf<NonNullable<Schemas.Market["status"]>>()
    expectTypeOf<"a status added later">().toMatchTypeOf<NonNullable<Schemas.Market["status"]>>()
    expectTypeOf<Schemas.GetMarketsResponse["markets"]>().toEqualTypeOf<ReadonlyArray<Schemas.Market>>()
    // what an operation exists to return is present
    expectTypeOf<Schemas.GetMarketResponse["market"]>().toEqualTypeOf<Schemas.Market>()
    expectTypeOf<Schemas.GetOrderQueuePositionResponse["queue_position_fp"]>().toEqualTypeOf<BigDecimal.BigDecimal>()
  })

  it("inputs take exact decimals and closed enums", () => {
    type CreateInput = Parameters<OrdersApiService["createOrderV2"]>[0]
    expectTypeOf<CreateInput["price"]>().toEqualTypeOf<BigDecimal.BigDecimal>()
    expectTypeOf<CreateInput["side"]>().toEqualTypeOf<"bid" | "ask">()
    expectTypeOf<CreateInput["time_in_force"]>().toEqualTypeOf<
      "fill_or_kill" | "good_till_canceled" | "immediate_or_cancel"
    >()
  })

  it("getPositionsStream yields both arrays, tagged", () => {
    type Item = PortfolioApiService["getPositionsStream"] extends (...args: never) => Stream.Stream<infer A, unknown>
      ? A
      : never
    expectTypeOf<Item>().toEqualTypeOf<
      | { readonly field: "market_positions"; readonly value: Schemas.MarketPosition }
      | { readonly field: "event_positions"; readonly value: Schemas.EventPosition }
    >()
  })

  it("orders are written with plain decimal strings or exact decimals; Placed reads directly", () => {
    const order = Orders.limit({ ticker: "KX", side: "yes", action: "buy", count: "1", price: "0.01", postOnly: true })
    expectTypeOf(order).toEqualTypeOf<Orders.LimitOrder>()
    expectTypeOf(Orders.buy({ ticker: "KX", outcome: "no", count: "1", price: "0.4" })).toEqualTypeOf<
      Orders.LimitOrder
    >()
    expectTypeOf(Orders.sell({ ticker: "KX", side: "no", count: "1", price: "0.4" })).toEqualTypeOf<Orders.LimitOrder>()
    expectTypeOf<Orders.OrderIntent["count"]>().toEqualTypeOf<BigDecimal.BigDecimal | string>()
    expectTypeOf<Orders.OrderIntent["price"]>().toEqualTypeOf<BigDecimal.BigDecimal | string>()
    expectTypeOf(Orders.place(order)).toEqualTypeOf<Effect.Effect<Orders.Placed, Orders.PlaceError, OrdersApi>>()
    expectTypeOf(Orders.toInput(order)).toEqualTypeOf<
      Effect.Effect<Operations.CreateOrderV2Input, KalshiError.InvalidInput>
    >()
    expectTypeOf<Orders.Placed["orderId"]>().toEqualTypeOf<string>()
    expectTypeOf<"resting">().toMatchTypeOf<NonNullable<Orders.Placed["status"]>>()
    // the positional form still takes exact decimals only and builds the wire input
    const exact = {} as BigDecimal.BigDecimal
    expectTypeOf(Orders.buy("yes", "KX", exact, exact)).toEqualTypeOf<Operations.CreateOrderV2Input>()
    // @ts-expect-error: the positional form takes no strings
    Orders.buy("yes", "KX", "1", "0.5")
    // @ts-expect-error: side and outcome cannot both be given
    Orders.limit({ ticker: "KX", side: "yes", outcome: "no", action: "buy", count: "1", price: "0.5" })
    // @ts-expect-error: a number is not a decimal (it may already be rounded)
    Orders.limit({ ticker: "KX", side: "yes", action: "buy", count: 1, price: "0.5" })
  })
})
