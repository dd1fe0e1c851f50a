/**
 * The types the services promise (checked by the compiler when the tests are type-checked).
 */
import { describe, expectTypeOf, it } from "@effect/vitest"
import type { KalshiError } from "@kalshi-effect/core"
import type * as BigDecimal from "effect/BigDecimal"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type * as Schemas from "../src/generated/Schemas.js"
import type { MarketApiService, OrdersApiService, PortfolioApiService } from "../src/generated/Services.js"

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
})
