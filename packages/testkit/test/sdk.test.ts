import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import { describe, expect, layer } from "@effect/vitest"
import { KalshiConfig, KalshiHttpClient } from "@kalshi-effect/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { TestExchange } from "../src/index.js"

const A = "KXSDK-26-A"

const Client = KalshiHttpClient.layer({ retry: { times: 0 } }).pipe(
  Layer.provideMerge(TestExchange.layer({ markets: [{ ticker: A }] })),
  Layer.provide(FetchHttpClient.layer)
)

const createOrder = (clientOrderId: string) => ({
  operation: "CreateOrderV2",
  method: "POST" as const,
  path: "/portfolio/events/orders",
  auth: "signed" as const,
  body: {
    ticker: A,
    side: "bid",
    price: "0.30",
    count: "2",
    time_in_force: "good_till_canceled",
    self_trade_prevention_type: "taker_at_cross",
    client_order_id: clientOrderId
  }
})

describe("the SDK's client against the exchange", () => {
  layer(Client, { excludeTestServices: true })((it) => {
    it.effect("the layer configures the SDK for a funded default account", () =>
      Effect.gen(function*() {
        const config = yield* KalshiConfig.KalshiConfig
        const exchange = yield* TestExchange.TestExchange
        const account = yield* TestExchange.DefaultAccount
        expect(config.restUrl).toBe(exchange.restUrl)
        expect(config.wsUrl).toBe(exchange.wsUrl)
        expect(Option.isSome(config.credentials)).toBe(true)
        const client = yield* KalshiHttpClient.KalshiHttpClient
        const balance = yield* client.execute({
          operation: "GetBalance",
          method: "GET",
          path: "/portfolio/balance",
          auth: "signed"
        })
        expect(balance.body).toMatchObject({ balance: 1_000_000, balance_dollars: "10000.0000" })
        const created = yield* client.execute(createOrder("sdk-1"))
        expect(created.status).toBe(201)
        const orders = yield* exchange.orders(account.user)
        expect(orders.map((o) => o.clientOrderId)).toContain("sdk-1")
      }))

    it.effect("a write whose response is dropped surfaces as OutcomeUnknown; a duplicate as HttpError 409", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const client = yield* KalshiHttpClient.KalshiHttpClient
        yield* exchange.faults.dropResponses({ match: { method: "POST", path: "/portfolio/events/orders" } })
        const lost = yield* Effect.flip(client.execute(createOrder("sdk-2")))
        expect(lost._tag).toBe("OutcomeUnknown")
        const again = yield* Effect.flip(client.execute(createOrder("sdk-2")))
        expect(again).toMatchObject({ _tag: "HttpError", status: 409, code: "order_already_exists" })
      }))

    it.effect("rate-limit and authentication answers decode into the SDK's errors", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const client = yield* KalshiHttpClient.KalshiHttpClient
        yield* exchange.faults.failRequests({ status: 429, match: { path: "/portfolio/events/orders" } })
        const limited = yield* Effect.flip(client.execute(createOrder("sdk-3")))
        expect(limited._tag).toBe("RateLimited")
        yield* exchange.faults.shiftClock("1 minute")
        const expired = yield* Effect.flip(client.execute(createOrder("sdk-3")))
        expect(expired).toMatchObject({ _tag: "HttpError", status: 401, code: "header_timestamp_expired" })
        yield* exchange.faults.resetClock
      }))
  })
})
