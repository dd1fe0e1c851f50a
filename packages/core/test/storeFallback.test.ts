/**
 * What the rate limiter does when its shared store cannot be reached, on a store that fails on
 * demand (the policies on their own; the Redis store and real processes are tested in the kalshi
 * package). Time is the TestClock.
 */
import * as RateLimiter from "@effect/experimental/RateLimiter"
import { assert, describe, it } from "@effect/vitest"
import { Clock, Duration, Effect, Exit, Fiber, Layer, Schedule, TestClock } from "effect"
import { KalshiRateLimiter } from "../src/index.js"
import * as StoreFallback from "../src/internal/storeFallback.js"

interface Call {
  readonly key: string
  readonly tokens: number
}

/** A memory store that fails while `down.value` is true, and records the calls it answered. */
const flakyStore = Effect.gen(function*() {
  const memory = yield* RateLimiter.RateLimiterStore.pipe(Effect.provide(RateLimiter.layerStoreMemory))
  const state = { down: false, calls: [] as Array<Call> }
  const fail = Effect.fail(new RateLimiter.RateLimitStoreError({ message: "connection refused" }))
  const store = RateLimiter.RateLimiterStore.of({
    tokenBucket: (options) =>
      state.down
        ? fail
        : Effect.tap(memory.tokenBucket(options), () => {
          state.calls.push({ key: options.key, tokens: options.tokens })
        }),
    fixedWindow: (options) => (state.down ? fail : memory.fixedWindow(options))
  })
  return { state, store }
})

/** A limiter over the flaky store with a policy: 100 read tokens a second, no margin, 10 a read. */
const withPolicy = <A, E>(
  policy: StoreFallback.Policy,
  f: (limiter: KalshiRateLimiter.Service, state: { down: boolean; calls: Array<Call> }) => Effect.Effect<A, E>,
  options: KalshiRateLimiter.Options = {}
) =>
  Effect.gen(function*() {
    const { state, store } = yield* flakyStore
    const wrapped = yield* StoreFallback.make(store, {
      policy,
      timeout: Duration.seconds(1),
      probeInterval: Duration.millis(500)
    })
    const limiter = yield* KalshiRateLimiter.KalshiRateLimiter.pipe(
      Effect.provide(
        KalshiRateLimiter.layerWithStore({
          limits: { read: { refillRate: 100, capacity: 100 }, write: { refillRate: 100, capacity: 100 } },
          margin: 0,
          account: "a",
          environment: "test",
          ...options
        }).pipe(Layer.provide(Layer.succeed(RateLimiter.RateLimiterStore, wrapped)))
      )
    )
    return yield* f(limiter, state)
  })

const read: KalshiRateLimiter.RequestCost = { operation: "GetBalance", method: "GET", route: "/portfolio/balance" }

/** Acquisitions one after the other in a fork; the clock time at which each got its tokens. */
const times = (limiter: KalshiRateLimiter.Service, n: number) =>
  Effect.fork(
    Effect.forEach(Array.from({ length: n }), () => Effect.zipRight(limiter.acquire(read), Clock.currentTimeMillis))
  )

describe("a shared store that cannot be reached", () => {
  it.effect("Fail: the request is refused with RateLimited (storeUnavailable), and goes again once the store is back", () =>
    withPolicy({ _tag: "Fail" }, (limiter, state) =>
      Effect.gen(function*() {
        state.down = true
        const exit = yield* Effect.exit(limiter.acquire(read))
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit) && exit.cause._tag === "Fail") {
          assert.strictEqual(exit.cause.error._tag, "RateLimited")
          assert.deepInclude(exit.cause.error, { storeUnavailable: true, operation: "GetBalance" })
          assert.include(exit.cause.error.message, "not sent")
        }
        state.down = false
        assert.isTrue(Exit.isSuccess(yield* Effect.exit(limiter.acquire(read))))
      })))

  it.effect("Wait (the default): requests wait while the store is down and go when it answers", () =>
    withPolicy(
      { _tag: "Wait", schedule: Schedule.spaced(Duration.millis(100)) },
      (limiter, state) =>
        Effect.gen(function*() {
          state.down = true
          const fiber = yield* times(limiter, 2)
          yield* TestClock.adjust("5 seconds")
          assert.isNull(fiber.unsafePoll(), "nothing goes while the store is down")
          state.down = false
          yield* TestClock.adjust("100 millis")
          const [first, second] = yield* Fiber.join(fiber)
          assert.strictEqual(first, 5100)
          assert.strictEqual(second, 5100)
        })
    ))

  it.effect("Wait with a schedule that ends: the request fails with RateLimited once it has", () =>
    withPolicy({ _tag: "Wait", schedule: Schedule.recurs(3) }, (limiter, state) =>
      Effect.gen(function*() {
        state.down = true
        const error = yield* Effect.flip(limiter.acquire(read))
        assert.strictEqual(error._tag, "RateLimited")
      })))

  it.effect("Local: the process spends its share of the budget, starting empty, never more", () =>
    withPolicy({ _tag: "Local", share: 0.5 }, (limiter, state) =>
      Effect.gen(function*() {
        state.down = true
        // Half of 100 tokens a second: a read of 10 every 200 ms, the first after 200 ms (the local bucket
        // starts empty: what the fleet spent just before the outage is not known here).
        const fiber = yield* times(limiter, 4)
        yield* TestClock.adjust("1 second")
        assert.deepStrictEqual(yield* Fiber.join(fiber), [200, 400, 600, 800])
      })))

  it.effect("Local: back on the store after the outage, it first pays what it spent over the last refill period", () =>
    withPolicy({ _tag: "Local", share: 0.5 }, (limiter, state) =>
      Effect.gen(function*() {
        state.down = true
        const outage = yield* times(limiter, 3)
        yield* TestClock.adjust("600 millis")
        assert.deepStrictEqual(yield* Fiber.join(outage), [200, 400, 600])
        state.down = false
        // The next probe is due 500 ms after the last failed one.
        yield* TestClock.adjust("500 millis")
        yield* limiter.acquire(read)
        // 30 tokens were spent in the last second: charged to the store before the request's own 10.
        assert.deepStrictEqual(state.calls.map((c) => c.tokens), [30, 10])
        assert.match(state.calls[0]!.key, /^kalshi:test:a:read$/)
      })))

  it.effect("Local: the local share starts after the tokens the store granted ahead of time", () =>
    withPolicy(
      { _tag: "Local", share: 0.5 },
      (limiter, state) =>
        Effect.gen(function*() {
          // The whole bucket (10 reads), and an 11th reserved 100 ms ahead; then the store goes down.
          yield* Effect.forEach(Array.from({ length: 10 }), () => limiter.acquire(read))
          const eleventh = yield* Effect.fork(limiter.acquire(read))
          while (state.calls.length < 11) yield* Effect.yieldNow()
          state.down = true
          const fiber = yield* times(limiter, 1)
          yield* TestClock.adjust("1 second")
          assert.deepStrictEqual(yield* Fiber.join(eleventh), Duration.millis(100))
          // 100 ms still spoken for, then 10 tokens at 50 a second: 300 ms, not 200.
          assert.deepStrictEqual(yield* Fiber.join(fiber), [300])
        }),
      { waitMode: "reserve" }
    ))
})
