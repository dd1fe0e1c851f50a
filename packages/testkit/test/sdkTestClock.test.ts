import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import { describe, expect, it } from "@effect/vitest"
import { KalshiHttpClient } from "@kalshi-effect/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as TestClock from "effect/TestClock"
import { TestExchange } from "../src/index.js"

// `it.layer` builds the exchange on the test's TestClock: the SDK signs with it and the exchange
// checks against it, so both agree, and `TestClock.adjust` drives the exchange's time.
const A = "KXSDK-26-A"

const Client = KalshiHttpClient.layer({ retry: { times: 0 } }).pipe(
  Layer.provideMerge(TestExchange.layer({ markets: [{ ticker: A }] })),
  Layer.provide(FetchHttpClient.layer)
)

const createOrder = (clientOrderId: string, expirationTime: number) => ({
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
    client_order_id: clientOrderId,
    expiration_time: expirationTime
  }
})

describe("the SDK's client against the exchange on the TestClock", () => {
  it.layer(Client)((it) => {
    it.effect("the exchange's time is the TestClock: timestamps, signatures and expirations follow it", () =>
      Effect.gen(function*() {
        const client = yield* KalshiHttpClient.KalshiHttpClient
        yield* TestClock.adjust("1000 seconds")
        const created = yield* client.execute(createOrder("clock-1", 1060))
        expect((created.body as { ts_ms: number }).ts_ms).toBe(1_000_000)
        const id = (created.body as { order_id: string }).order_id
        const get = client.execute({
          operation: "GetOrder",
          method: "GET",
          path: `/portfolio/orders/${id}`,
          route: "/portfolio/orders/{order_id}",
          auth: "signed"
        })
        expect(((yield* get).body as any).order.status).toBe("resting")
        yield* TestClock.adjust("1 minute")
        expect(((yield* get).body as any).order).toMatchObject({
          status: "canceled",
          expiration_time: "1970-01-01T00:17:40.000Z"
        })
      }))
  })
})
