import { describe, expect, layer } from "@effect/vitest"
import { FixedPoint } from "@kalshi-effect/core"
import { Orders } from "@kalshi-effect/rest"
import * as Effect from "effect/Effect"
import { TestExchange } from "../../src/index.js"
import { sdk } from "./sdk.js"

const A = "KXE2ERECON-26-A"
const CREATE = { method: "POST", path: "/portfolio/events/orders" }

const n = FixedPoint.unsafeCount
const d = FixedPoint.unsafeDollars

// Found by the soak: a create whose answer was lost, then retried into a 429 storm, was reported as
// `RateLimited` ("not placed") although the first attempt had created the order.
describe("a create whose answer was lost and whose retry was refused", () => {
  layer(
    sdk({ markets: [{ ticker: A }], seed: 11 }, { http: { retry: { times: 2, base: "5 millis", jitter: false } } }),
    { excludeTestServices: true }
  )((it) => {
    it.scoped("is found in the order list when the first attempt executed", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        yield* exchange.faults.dropResponses({ match: CREATE })
        // the reconciliation's retry (and the client's own retries of it) all meet a 429
        yield* exchange.faults.failRequests({ status: 429, count: 3, match: CREATE })
        const placed = yield* Orders.place(
          Orders.buy("yes", A, n("3"), d("0.22"), { clientOrderId: "lost-then-429" }),
          { backoff: "10 millis", retries: 0 }
        )
        const onExchange = (yield* exchange.orders(me.user)).filter((o) => o.clientOrderId === "lost-then-429")
        expect(onExchange).toHaveLength(1)
        expect(placed._tag).toBe("Existing")
        expect(placed.orderId).toBe(onExchange[0]!.orderId)
      }))

    it.scoped("fails with OutcomeUnknown, not as refused, when the order list does not show it", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        // the first attempt is answered 500 (not executed here, but the client cannot know it)
        yield* exchange.faults.failRequests({ status: 500, count: 1, match: CREATE })
        yield* exchange.faults.failRequests({ status: 429, count: 3, match: CREATE })
        const error = yield* Orders.place(
          Orders.buy("yes", A, n("3"), d("0.23"), { clientOrderId: "unknown-then-429" }),
          { backoff: "5 millis", retries: 0, lookups: 1 }
        ).pipe(Effect.flip)
        expect(error._tag).toBe("OutcomeUnknown")
        expect(error._tag === "OutcomeUnknown" ? error.clientOrderId : undefined).toBe("unknown-then-429")
        const onExchange = (yield* exchange.orders(me.user)).filter((o) => o.clientOrderId === "unknown-then-429")
        expect(onExchange).toHaveLength(0)
      }))

    it.scoped("fails with OutcomeUnknown, not with the list's error, when the order list cannot be read", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        yield* exchange.faults.dropResponses({ match: CREATE })
        // the retry answers 409 (the order exists); every read of the list meets a 429
        yield* exchange.faults.failRequests({
          status: 429,
          count: 6,
          match: { method: "GET", path: "/portfolio/orders" }
        })
        const error = yield* Orders.place(
          Orders.buy("yes", A, n("2"), d("0.24"), { clientOrderId: "lost-then-list-429" }),
          { backoff: "5 millis", retries: 0, lookups: 1 }
        ).pipe(Effect.flip)
        yield* exchange.faults.clearRequestFaults
        expect(error._tag).toBe("OutcomeUnknown")
        expect(error._tag === "OutcomeUnknown" ? error.clientOrderId : undefined).toBe("lost-then-list-429")
        const onExchange = (yield* exchange.orders(me.user)).filter((o) => o.clientOrderId === "lost-then-list-429")
        expect(onExchange).toHaveLength(1)
      }))

    it.scoped("a batch whose answer was lost and whose retry met a 429 storm: every order is found", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        const BATCH = { method: "POST", path: "/portfolio/events/orders/batched" }
        yield* exchange.faults.dropResponses({ match: BATCH })
        yield* exchange.faults.failRequests({ status: 429, count: 3, match: BATCH })
        const placed = yield* Orders.placeBatch(
          {
            orders: [
              Orders.buy("yes", A, n("1"), d("0.11"), { clientOrderId: "batch-429-a" }),
              Orders.buy("yes", A, n("1"), d("0.12"), { clientOrderId: "batch-429-b" })
            ]
          },
          { backoff: "5 millis", retries: 0 }
        )
        expect(placed.map((p) => [p._tag, p.clientOrderId])).toEqual([
          ["Existing", "batch-429-a"],
          ["Existing", "batch-429-b"]
        ])
        const onExchange = (yield* exchange.orders(me.user)).filter((o) => o.clientOrderId.startsWith("batch-429-"))
        expect(onExchange).toHaveLength(2)
      }))
  })
})
