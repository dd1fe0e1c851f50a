/**
 * `Kalshi.layer`, the portable SDK, sends its REST calls through the SDK's own `fetch` transport
 * (`@kalshi-effect/core/FetchHttpClient`) and its direct way: `fetch` called with a URL string and
 * a plain `init` that refuses redirects, where `@effect/platform`'s client passes a `URL`.
 */
import { assert, describe, it } from "@effect/vitest"
import * as FetchHttpClient from "@kalshi-effect/core/FetchHttpClient"
import { PortfolioApi } from "@kalshi-effect/rest"
import { TestExchange } from "@kalshi-effect/testkit"
import { BigDecimal, Effect, Option } from "effect"
import * as Kalshi from "../src/Kalshi.js"

describe("Kalshi.layer", () => {
  it.scopedLive("sends REST calls through fetch with a URL string and a plain init", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.TestExchange
      const me = yield* exchange.addAccount({ balance: "100" })
      const config = yield* exchange.configFor(me)
      const key = Option.getOrThrow(config.credentials)
      const calls: Array<{ readonly input: unknown; readonly init: RequestInit | undefined }> = []
      const recording = ((input: string, init?: RequestInit) => {
        calls.push({ input, init })
        return fetch(input, init)
      }) as typeof globalThis.fetch
      const balance = yield* Effect.flatMap(PortfolioApi, (portfolio) => portfolio.getBalance()).pipe(
        Effect.provide(
          Kalshi.layer({
            restUrl: config.restUrl,
            wsUrl: config.wsUrl,
            apiKeyId: key.apiKeyId,
            privateKey: key.privateKey
          })
        ),
        Effect.provideService(FetchHttpClient.Fetch, recording)
      )
      assert.isTrue(
        BigDecimal.equals(balance.balance_dollars ?? BigDecimal.fromNumber(0), BigDecimal.unsafeFromString("100"))
      )
      const call = calls.find((c) => String(c.input).endsWith("/portfolio/balance"))
      assert.isDefined(call)
      assert.strictEqual(typeof call!.input, "string")
      assert.strictEqual(Object.getPrototypeOf(call!.init), Object.prototype)
      assert.strictEqual(call!.init!.redirect, "manual")
    }).pipe(Effect.provide(TestExchange.layerExchange())))
})
