import { describe, expect, layer } from "@effect/vitest"
import { FixedPoint } from "@kalshi-effect/core"
import { Orders, OrdersApi } from "@kalshi-effect/rest"
import * as Cause from "effect/Cause"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Schedule from "effect/Schedule"
import { TestExchange } from "../../src/index.js"
import { sdk } from "./sdk.js"

const A = "KXE2ESCOPED-26-A"
const CREATE = { method: "POST", path: "/portfolio/events/orders" }
const LIST = { method: "GET", path: "/portfolio/orders" }

const n = FixedPoint.unsafeCount
const d = FixedPoint.unsafeDollars

/** The exchange's orders of the default account with a given client_order_id, as `[status, ...]`. */
const statusesOf = (clientOrderId: string) =>
  Effect.gen(function*() {
    const exchange = yield* TestExchange.TestExchange
    const me = yield* TestExchange.DefaultAccount
    const orders = yield* exchange.orders(me.user)
    return orders.filter((o) => o.clientOrderId === clientOrderId).map((o) => o.status)
  })

/** Waits until the exchange holds `count` requests it has not answered. */
const requestsHeld = (count: number) =>
  Effect.flatMap(TestExchange.TestExchange, (exchange) =>
    exchange.requestsInFlight.pipe(
      Effect.repeat({ schedule: Schedule.spaced("5 millis"), until: (held) => held >= count }),
      Effect.timeout("5 seconds")
    ))

/** A resting bid (no one sells at 0.21), placed in a scope of its own in a fiber; the cleanups it reports. */
const placeInFiber = (clientOrderId: string, options: Orders.ScopedOptions = {}) =>
  Effect.gen(function*() {
    const cleanups = yield* Ref.make<ReadonlyArray<Orders.Cleanup>>([])
    const placed = yield* Deferred.make<Orders.Placed>()
    const fiber = yield* Effect.fork(
      Effect.scoped(
        Orders.placeScoped(Orders.buy("yes", A, n("3"), d("0.21"), { clientOrderId }), {
          onCleanup: (c) => Ref.update(cleanups, (all) => [...all, c]),
          ...options
        }).pipe(Effect.flatMap((p) => Deferred.succeed(placed, p)), Effect.zipRight(Effect.never))
      )
    )
    return { fiber, placed: Deferred.await(placed), cleanups: Ref.get(cleanups) }
  })

describe("Orders.placeScoped: the order does not outlive its scope", () => {
  layer(sdk({ markets: [{ ticker: A }], seed: 11 }), { excludeTestServices: true })((it) => {
    it.scoped("answered: it rests while the scope is open and is canceled when the scope closes", () =>
      Effect.gen(function*() {
        const { cleanups, fiber, placed } = yield* placeInFiber("scoped-answered")
        expect((yield* placed)._tag).toBe("Created")
        expect(yield* statusesOf("scoped-answered")).toEqual(["resting"])
        yield* Fiber.interrupt(fiber)
        expect(yield* statusesOf("scoped-answered")).toEqual(["canceled"])
        const [cleanup, ...more] = yield* cleanups
        expect(more).toEqual([])
        expect(cleanup?._tag).toBe("Canceled")
        expect(cleanup?._tag === "Canceled" && Option.map(cleanup.reducedBy, FixedPoint.formatCount)).toEqual(
          Option.some("3.00")
        )
      }))

    it.scoped("interrupted while the exchange holds the create, which it executes afterwards: found by client_order_id and canceled", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        yield* exchange.faults.delayRequests({ delay: "600 millis", match: CREATE })
        const { cleanups, fiber } = yield* placeInFiber("scoped-in-flight")
        yield* requestsHeld(1)
        expect(yield* statusesOf("scoped-in-flight")).toEqual([])
        // Ctrl-C: the create is cut off on the client, the exchange still holds it
        yield* Fiber.interrupt(fiber)
        // the exchange did execute it after the interruption, and the cleanup canceled it
        expect(yield* statusesOf("scoped-in-flight")).toEqual(["canceled"])
        expect((yield* cleanups).map((c) => c._tag)).toEqual(["Canceled"])
      }))

    it.scoped("interrupted while the exchange never answers the create: looked up, not found, reported as such", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        yield* exchange.faults.hangRequests({ match: CREATE })
        const { cleanups, fiber } = yield* placeInFiber("scoped-hung", { cleanupBackoff: "20 millis" })
        yield* requestsHeld(1)
        yield* Fiber.interrupt(fiber)
        expect(yield* statusesOf("scoped-hung")).toEqual([])
        expect(yield* cleanups).toEqual([Orders.Cleanup.NotFound({ clientOrderId: "scoped-hung", lookups: 5 })])
      }))

    it.scoped("the cleanup is bounded: when the lookups hang it gives up after cleanupTimeout and reports Failed", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        yield* exchange.faults.hangRequests({ match: CREATE })
        yield* exchange.faults.hangRequests({ match: LIST, count: 10 })
        const { cleanups, fiber } = yield* placeInFiber("scoped-bounded", { cleanupTimeout: "300 millis" })
        yield* requestsHeld(1)
        const closed = yield* Fiber.interrupt(fiber).pipe(Effect.timeout("5 seconds"), Effect.either)
        expect(closed._tag).toBe("Right")
        yield* exchange.faults.clearRequestFaults
        const [cleanup] = yield* cleanups
        expect(cleanup?._tag).toBe("Failed")
        expect(cleanup?._tag === "Failed" && Cause.isTimeoutException(Cause.squash(cleanup.cause))).toBe(true)
      }))

    it.scoped("the cancel's answer is lost: the cancel is sent again, answered 404, and the order is canceled once", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const { cleanups, fiber, placed } = yield* placeInFiber("scoped-cancel-lost", { cleanupBackoff: "20 millis" })
        yield* placed
        yield* exchange.faults.dropResponses({
          match: { method: "DELETE", path: "/portfolio/events/orders/{order_id}" }
        })
        yield* Fiber.interrupt(fiber)
        expect(yield* statusesOf("scoped-cancel-lost")).toEqual(["canceled"])
        expect((yield* cleanups).map((c) => c._tag)).toEqual(["NotResting"])
      }))

    it.scoped("executed, answer lost, and the retry refused: not taken for a refusal; the order is found and canceled", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        yield* exchange.faults.dropResponses({ match: CREATE })
        yield* exchange.faults.failRequests({ status: 400, match: CREATE, count: 5 })
        const cleanups = yield* Ref.make<ReadonlyArray<Orders.Cleanup>>([])
        const placed = yield* Effect.scoped(
          Orders.placeScoped(Orders.buy("yes", A, n("1"), d("0.22"), { clientOrderId: "scoped-retry-refused" }), {
            backoff: "20 millis",
            cleanupBackoff: "20 millis",
            onCleanup: (c) => Ref.update(cleanups, (all) => [...all, c])
          })
        ).pipe(Effect.either)
        yield* exchange.faults.clearRequestFaults
        // the refused retry says nothing of the first attempt: the order list shows the order
        expect(placed._tag === "Right" && placed.right._tag).toBe("Existing")
        expect(yield* statusesOf("scoped-retry-refused")).toEqual(["canceled"])
        expect((yield* Ref.get(cleanups)).map((c) => c._tag)).toEqual(["Canceled"])
      }))

    it.scoped("refused by the exchange (post-only would cross): nothing to look up", () =>
      Effect.gen(function*() {
        const orders = yield* OrdersApi
        // a resting ask at 0.50 that a post-only bid at 0.55 would cross
        yield* orders.createOrderV2(Orders.sell("yes", A, n("1"), d("0.50"), { clientOrderId: "scoped-ask" }))
        const cleanups = yield* Ref.make<ReadonlyArray<Orders.Cleanup>>([])
        const placed = yield* Effect.scoped(
          Orders.placeScoped(
            Orders.buy("yes", A, n("1"), d("0.55"), { clientOrderId: "scoped-refused", postOnly: true }),
            {
              onCleanup: (c) => Ref.update(cleanups, (all) => [...all, c])
            }
          )
        ).pipe(Effect.either)
        expect(placed._tag).toBe("Left")
        expect(yield* Ref.get(cleanups)).toEqual([Orders.Cleanup.NotPlaced({ clientOrderId: "scoped-refused" })])
        expect(yield* statusesOf("scoped-refused")).toEqual([])
      }))
  })

  layer(
    sdk({ markets: [{ ticker: A }], seed: 12 }, {
      // one create (cost 10) empties the write bucket; the next waits 10 seconds on the client
      http: {
        rateLimits: { limits: { read: { refillRate: 200, capacity: 200 }, write: { refillRate: 1, capacity: 10 } } }
      }
    }),
    { excludeTestServices: true }
  )((it) => {
    it.scoped("interrupted before the create was sent (held by the client's rate limiter): no order, ever", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const orders = yield* OrdersApi
        yield* orders.createOrderV2(Orders.buy("yes", A, n("1"), d("0.10"), { clientOrderId: "scoped-first" }))
        const { cleanups, fiber } = yield* placeInFiber("scoped-unsent", { cleanupBackoff: "20 millis" })
        yield* Effect.sleep("200 millis")
        expect(yield* exchange.requestsInFlight).toBe(0)
        yield* Fiber.interrupt(fiber)
        yield* Effect.sleep("300 millis")
        expect(yield* statusesOf("scoped-unsent")).toEqual([])
        expect((yield* cleanups).map((c) => c._tag)).toEqual(["NotFound"])
      }))
  })
})
