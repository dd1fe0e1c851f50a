import { describe, expect, layer } from "@effect/vitest"
import { MarketApi } from "@kalshi-effect/rest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { sdk } from "./sdk.js"

/**
 * A listing longer than the read bucket (the Basic tier: 200 tokens, 20 reads at once, then 20 a
 * second) against an exchange that enforces the same bucket, with retries off so that a 429 fails
 * the stream. The first request also opens the connection, so the exchange's bucket starts a little
 * later than the client's; without the margin the client keeps in hand, the reads after the burst
 * reach the exchange just ahead of its refill and one is refused.
 */
const markets = Array.from({ length: 40 }, (_, i) => ({ ticker: `KXBUDGET-26-M${String(i).padStart(2, "0")}` }))

describe("the client's read budget against the exchange's bucket", () => {
  layer(sdk({ markets, seed: 5 }, { http: { retry: { times: 0 } } }), { excludeTestServices: true })((it) => {
    it.effect("a listing of 40 pages, twice the burst, draws no 429 with the default limiter", () =>
      Effect.gen(function*() {
        const api = yield* MarketApi
        const all = yield* Stream.runCollect(api.getMarketsStream({ limit: 1 }))
        expect(Chunk.size(all)).toBe(40)
      }))
  })
})
