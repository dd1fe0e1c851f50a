import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { TestExchange } from "../src/index.js"

describe("CORS", () => {
  it.scopedLive("a page on another origin reads public data; the preflight does not allow the auth headers", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ markets: [{ ticker: "KXTEST-26-A" }] })
      const origin = "http://127.0.0.1:1"
      const markets = yield* Effect.promise(() => fetch(`${exchange.restUrl}/markets`, { headers: { origin } }))
      expect(markets.status).toBe(200)
      expect(markets.headers.get("access-control-allow-origin")).toBe("*")
      expect(((yield* Effect.promise(() => markets.json())) as { markets: Array<unknown> }).markets).toHaveLength(1)

      const preflight = yield* Effect.promise(() =>
        fetch(`${exchange.restUrl}/portfolio/balance`, {
          method: "OPTIONS",
          headers: {
            origin,
            "access-control-request-method": "GET",
            "access-control-request-headers": "kalshi-access-key"
          }
        })
      )
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get("access-control-allow-methods")).toBe("GET")
      expect(preflight.headers.get("access-control-allow-headers")).not.toContain("kalshi-access-key")

      // without an Origin (a server-side client) no CORS header is added
      const plain = yield* Effect.promise(() => fetch(`${exchange.restUrl}/markets`))
      expect(plain.headers.get("access-control-allow-origin")).toBeNull()
    }))
})
