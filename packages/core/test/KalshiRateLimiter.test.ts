import * as RateLimiter from "@effect/experimental/RateLimiter"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Clock, Context, Effect, Exit, Fiber, Layer, Metric, Option, TestClock } from "effect"
import { KalshiConfig, KalshiHttpClient, KalshiRateLimiter } from "../src/index.js"
import * as TestServer from "./utils/TestServer.js"

const read = (route = "/markets"): KalshiRateLimiter.RequestCost => ({ operation: "Read", method: "GET", route })
const write = (route = "/portfolio/events/orders"): KalshiRateLimiter.RequestCost => ({
  operation: "Write",
  method: "POST",
  route
})

/** A limiter in memory; without the default margin unless `options` names one, so that its buckets are whole. */
const withLimiter = <A, E>(
  f: (limiter: KalshiRateLimiter.Service) => Effect.Effect<A, E>,
  options: KalshiRateLimiter.Options = {}
) =>
  Effect.flatMap(KalshiRateLimiter.KalshiRateLimiter, f).pipe(
    Effect.provide(KalshiRateLimiter.layer({ margin: 0, ...options }))
  )

/** Runs `n` acquisitions in sequence in a fork and records the clock time at which each got its tokens. */
const acquireTimes = (limiter: KalshiRateLimiter.Service, requests: ReadonlyArray<KalshiRateLimiter.RequestCost>) =>
  Effect.forEach(requests, (r) => Effect.zipRight(limiter.acquire(r), Clock.currentTimeMillis)).pipe(Effect.fork)

describe("KalshiRateLimiter", () => {
  it.effect("charges the default cost, the documented non-default costs, and batches per item", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        assert.deepStrictEqual(yield* limiter.charge(read()), { bucket: "read", tokens: 10 })
        assert.deepStrictEqual(yield* limiter.charge(write()), { bucket: "write", tokens: 10 })
        assert.deepStrictEqual(
          yield* limiter.charge({ operation: "GetOrder", method: "GET", route: "/portfolio/orders/{order_id}" }),
          { bucket: "read", tokens: 2 }
        )
        assert.deepStrictEqual(
          yield* limiter.charge({ operation: "X", method: "DELETE", route: "/portfolio/events/orders/{order_id}" }),
          { bucket: "write", tokens: 2 }
        )
        assert.deepStrictEqual(
          yield* limiter.charge({
            operation: "B",
            method: "POST",
            route: "/portfolio/events/orders/batched",
            items: 7
          }),
          { bucket: "write", tokens: 70 }
        )
        assert.deepStrictEqual(
          yield* limiter.charge({
            operation: "B",
            method: "DELETE",
            route: "/portfolio/events/orders/batched",
            items: 5
          }),
          { bucket: "write", tokens: 10 }
        )
        assert.deepStrictEqual(
          yield* limiter.charge({ operation: "U", method: "POST", route: "/account/api_usage_level/upgrade" }),
          { bucket: "write", tokens: 30 }
        )
      })
    ))

  it.effect("requests over the read bucket wait the computed time", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        // Basic tier: 200 read tokens, refilled at 200/s; a read costs 10, so 20 go at once and
        // each further one waits 10 / 200 s = 50 ms.
        const fiber = yield* acquireTimes(limiter, Array.from({ length: 23 }, () => read()))
        yield* TestClock.adjust("1 second")
        const times = yield* Fiber.join(fiber)
        assert.deepStrictEqual(times.slice(0, 20), Array.from({ length: 20 }, () => 0))
        assert.deepStrictEqual(times.slice(20), [50, 100, 150])
      })
    ))

  it.effect("records the time requests waited", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        const histogram = KalshiRateLimiter.waitTime.pipe(Metric.tagged("bucket", "write"))
        const before = yield* Metric.value(histogram)
        const fiber = yield* acquireTimes(limiter, Array.from({ length: 11 }, () => write()))
        yield* TestClock.adjust("1 second")
        yield* Fiber.join(fiber)
        const after = yield* Metric.value(histogram)
        assert.strictEqual(after.count - before.count, 11)
        // Ten went at once, the eleventh waited 100 ms.
        assert.strictEqual(after.sum - before.sum, 100)
      })
    ))

  it.effect("read and write buckets are independent", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        // Drain the write bucket (100 tokens = 10 writes).
        const writes = yield* acquireTimes(limiter, Array.from({ length: 11 }, () => write()))
        const reads = yield* acquireTimes(limiter, Array.from({ length: 20 }, () => read()))
        yield* TestClock.adjust("1 second")
        const w = yield* Fiber.join(writes)
        const r = yield* Fiber.join(reads)
        // The 11th write waits 10 / 100 s = 100 ms; reads are unaffected.
        assert.strictEqual(w[10], 100)
        assert.deepStrictEqual(r, Array.from({ length: 20 }, () => 0))
      })
    ))

  it.effect("costs are honoured: cheap requests fit more into the bucket", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        const getOrder = { operation: "GetOrder", method: "GET", route: "/portfolio/orders/{order_id}" }
        const fiber = yield* acquireTimes(limiter, Array.from({ length: 101 }, () => getOrder))
        yield* TestClock.adjust("1 second")
        const times = yield* Fiber.join(fiber)
        // 200 tokens / 2 = 100 at once, the 101st waits 2 / 200 s = 10 ms.
        assert.strictEqual(times[99], 0)
        assert.strictEqual(times[100], 10)
      })
    ))

  it.effect("the bucket refills over time", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        const first = yield* acquireTimes(limiter, Array.from({ length: 20 }, () => read()))
        yield* Fiber.join(first)
        yield* TestClock.adjust("500 millis")
        // Half a second refills 100 tokens: 10 more reads go at once, the 11th waits 50 ms.
        const second = yield* acquireTimes(limiter, Array.from({ length: 11 }, () => read()))
        yield* TestClock.adjust("1 second")
        const times = yield* Fiber.join(second)
        assert.deepStrictEqual(times.slice(0, 10), Array.from({ length: 10 }, () => 500))
        assert.strictEqual(times[10], 550)
      })
    ))

  it.effect("limits and costs can be replaced at run time", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        yield* limiter.setLimits({
          read: { refillRate: 20, capacity: 20 },
          write: { refillRate: 100, capacity: 100 }
        })
        yield* limiter.setCosts({
          defaultCost: 10,
          endpointCosts: [{ method: "GET", path: "/trade-api/v2/markets/:ticker", cost: 5 }]
        })
        assert.deepStrictEqual(
          yield* limiter.charge({ operation: "GetMarket", method: "GET", route: "/markets/{ticker}" }),
          { bucket: "read", tokens: 5 }
        )
        // The documented non-default costs are replaced by the new table...
        assert.strictEqual(
          (yield* limiter.charge({ operation: "GetOrder", method: "GET", route: "/portfolio/orders/{order_id}" }))
            .tokens,
          10
        )
        // ...but batch endpoints stay charged per item.
        yield* limiter.setCosts({
          endpointCosts: [
            { method: "POST", path: "/portfolio/events/orders/batched", cost: 3 },
            { method: "GET", path: "/markets/{ticker}", cost: 5 }
          ]
        })
        assert.strictEqual(
          (yield* limiter.charge({
            operation: "B",
            method: "POST",
            route: "/portfolio/events/orders/batched",
            items: 4
          })).tokens,
          12
        )
        const fiber = yield* acquireTimes(limiter, [
          read("/markets/{ticker}"),
          read("/markets/{ticker}"),
          read("/markets/{ticker}"),
          read("/markets/{ticker}"),
          read("/markets/{ticker}")
        ])
        yield* TestClock.adjust("1 second")
        // 20 tokens at 20/s, cost 5: four at once, the fifth waits 250 ms.
        assert.deepStrictEqual(yield* Fiber.join(fiber), [0, 0, 0, 0, 250])
        assert.deepStrictEqual(
          yield* limiter.limits,
          Option.some({ read: { refillRate: 20, capacity: 20 }, write: { refillRate: 100, capacity: 100 } })
        )
      })
    ))

  it.effect("invalid limits and costs are refused", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        const bad = yield* Effect.exit(
          limiter.setLimits({ read: { refillRate: 0, capacity: 10 }, write: { refillRate: 1, capacity: 1 } })
        )
        assert.isTrue(Exit.isFailure(bad))
        const badCost = yield* Effect.exit(
          limiter.setCosts({ endpointCosts: [{ method: "GET", path: "/x", cost: Number.NaN }] })
        )
        assert.isTrue(Exit.isFailure(badCost))
      })
    ))

  it.effect("a batch costing more than the bucket holds fails before sending", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        const exit = yield* Effect.exit(
          limiter.acquire({
            operation: "BatchCreateOrdersV2",
            method: "POST",
            route: "/portfolio/events/orders/batched",
            items: 11
          })
        )
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit) && exit.cause._tag === "Fail") {
          const error = exit.cause.error
          assert.strictEqual(error._tag, "InvalidInput")
          assert.strictEqual(error._tag === "InvalidInput" ? error.field : undefined, "items")
        }
      })
    ))

  it.effect("can be switched off and on", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        yield* limiter.setEnabled(false)
        assert.isTrue(Option.isNone(yield* limiter.limits))
        const fiber = yield* acquireTimes(limiter, Array.from({ length: 100 }, () => read()))
        const times = yield* Fiber.join(fiber)
        assert.isTrue(times.every((t) => t === 0))
        yield* limiter.setEnabled(true)
        const waited = yield* acquireTimes(limiter, Array.from({ length: 21 }, () => read()))
        yield* TestClock.adjust("1 second")
        assert.strictEqual((yield* Fiber.join(waited))[20], 50)
      })
    ))

  it.effect("a margin keeps part of the bucket in hand, not of the rate", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        // 100 ms at 200 tokens a second: 20 tokens kept, 18 reads at once, then one every 50 ms.
        const fiber = yield* acquireTimes(limiter, Array.from({ length: 20 }, () => read()))
        yield* TestClock.adjust("1 second")
        const times = yield* Fiber.join(fiber)
        assert.deepStrictEqual(times.slice(0, 18), Array.from({ length: 18 }, () => 0))
        assert.deepStrictEqual(times.slice(18), [50, 100])
      }), { margin: "100 millis" }))

  it.effect("by default 100 ms of each bucket is kept in hand", () =>
    Effect.gen(function*() {
      const limiter = yield* KalshiRateLimiter.KalshiRateLimiter
      // 20 of the read bucket's 200 tokens kept: 18 reads at once, then one every 50 ms; 10 of the
      // write bucket's 100: 9 writes at once, then one every 100 ms.
      const reads = yield* acquireTimes(limiter, Array.from({ length: 19 }, () => read()))
      const writes = yield* acquireTimes(limiter, Array.from({ length: 10 }, () => write()))
      yield* TestClock.adjust("1 second")
      assert.deepStrictEqual(yield* Fiber.join(reads), [...Array.from({ length: 18 }, () => 0), 50])
      assert.deepStrictEqual(yield* Fiber.join(writes), [...Array.from({ length: 9 }, () => 0), 100])
    }).pipe(Effect.provide(KalshiRateLimiter.layer())))

  it.effect("when-available: requests take their tokens when they go, and a batch is not starved by small ones", () =>
    withLimiter((limiter) =>
      Effect.gen(function*() {
        // The write bucket emptied, then a batch of 7 (70 tokens) among single writes without end.
        yield* Effect.forEach(Array.from({ length: 10 }), () => limiter.acquire(write()))
        const batch = yield* Effect.fork(Effect.zipRight(
          limiter.acquire({ operation: "B", method: "POST", route: "/portfolio/events/orders/batched", items: 7 }),
          Clock.currentTimeMillis
        ))
        const singles = yield* Effect.fork(
          Effect.all(Array.from({ length: 3 }, () => Effect.forever(limiter.acquire(write()))), {
            concurrency: "unbounded"
          })
        )
        yield* TestClock.adjust("5 seconds")
        const at = yield* Fiber.join(batch)
        assert.isAtMost(at, 2500)
        yield* Fiber.interrupt(singles)
      }), { waitMode: "when-available" }))

  it.effect("when-available: another process's small requests cannot starve a batch", () =>
    Effect.gen(function*() {
      // Two processes over one store: the first sends single writes without end, the second a batch.
      const store = yield* Layer.build(RateLimiter.layerStoreMemory)
      const process = KalshiRateLimiter.layerWithStore({ margin: 0, account: "a", environment: "e" }).pipe(
        Layer.provide(Layer.succeedContext(store))
      )
      const first = yield* Effect.map(Layer.build(process), Context.get(KalshiRateLimiter.KalshiRateLimiter))
      const second = yield* Effect.map(Layer.build(process), Context.get(KalshiRateLimiter.KalshiRateLimiter))
      yield* Effect.forEach(Array.from({ length: 10 }), () => first.acquire(write()))
      const singles = yield* Effect.fork(Effect.forever(first.acquire(write())))
      const batch = yield* Effect.fork(Effect.zipRight(
        second.acquire({ operation: "B", method: "POST", route: "/portfolio/events/orders/batched", items: 7 }),
        Clock.currentTimeMillis
      ))
      yield* TestClock.adjust("5 seconds")
      // After a whole refill period (1 s) of losing to single writes, the batch reserves its tokens.
      const at = yield* Fiber.join(batch)
      assert.isAtLeast(at, 1000)
      assert.isAtMost(at, 2500)
      yield* Fiber.interrupt(singles)
    }).pipe(Effect.scoped))

  it.scoped("the HttpClient waits for tokens before sending", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      const layer = KalshiHttpClient.layer({
        rateLimits: {
          limits: { read: { refillRate: 10, capacity: 20 }, write: { refillRate: 100, capacity: 100 } },
          margin: 0
        }
      }).pipe(
        Layer.provide(
          KalshiConfig.layer({ environment: { restUrl: server.restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" } })
        ),
        Layer.provide(FetchHttpClient.layer)
      )
      const fiber = yield* Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (client) =>
        Effect.forEach(
          [1, 2, 3],
          () => client.execute({ operation: "GetMarkets", method: "GET", path: "/markets", auth: "public" })
        )).pipe(Effect.provide(layer), Effect.fork)
      // Two reads fit in the 20-token bucket; the third waits 10 / 10 s = 1 s.
      yield* server.waitFor(2)
      yield* TestClock.adjust("999 millis")
      assert.strictEqual(server.received.length, 2)
      yield* TestClock.adjust("1 millis")
      yield* server.waitFor(3)
      yield* Fiber.join(fiber)
      assert.strictEqual(server.received.length, 3)
    }))
})
