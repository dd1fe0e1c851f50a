/**
 * `KalshiRateLimiterRedis` over a real Redis, in one process: whose budget a limiter draws on, and
 * what it does while Redis is down. (Many processes: `fleet.test.ts`.)
 */
import { assert, describe, it } from "@effect/vitest"
import { KalshiConfig, KalshiRateLimiter } from "@kalshi-effect/core"
import * as KalshiRateLimiterRedis from "@kalshi-effect/core/KalshiRateLimiterRedis"
import { TestExchange } from "@kalshi-effect/testkit"
import { BigDecimal, ConfigProvider, Redacted } from "effect"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import { Redis } from "ioredis"
import { generateKeyPairSync } from "node:crypto"
import { readFileSync } from "node:fs"
import * as FleetProcess from "../examples/fleet-process.js"
import * as RedisServer from "./utils/RedisServer.js"

const privateKey = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()

/** 20 read tokens refilled at 1 a second: two reads go at once, a third would wait 10 s. */
const limits: KalshiRateLimiter.Limits = {
  read: { refillRate: 1, capacity: 20 },
  write: { refillRate: 1, capacity: 20 }
}
const read: KalshiRateLimiter.RequestCost = { operation: "GetBalance", method: "GET", route: "/portfolio/balance" }

/** A limiter as a process would build it: its own Redis connection, its own configuration. */
const limiter = (
  port: number,
  config: KalshiConfig.Options,
  onUnavailable?: KalshiRateLimiterRedis.OnUnavailable
) =>
  build(
    KalshiRateLimiter.layer({
      limits,
      store: KalshiRateLimiterRedis.layerStore({
        redis: { host: "127.0.0.1", port },
        timeout: "300 millis",
        ...(onUnavailable !== undefined ? { onUnavailable } : {})
      })
    }).pipe(Layer.provide(KalshiConfig.layer({ privateKey, ...config })))
  )

/** The limiter of a layer built in the test's scope (its Redis connection lives as long as the test). */
const build = <E>(layer: Layer.Layer<KalshiRateLimiter.KalshiRateLimiter, E>) =>
  Effect.map(Layer.build(layer), Context.get(KalshiRateLimiter.KalshiRateLimiter))

/** True when the read gets its tokens within 300 ms. */
const goesAtOnce = (l: KalshiRateLimiter.Service) =>
  Effect.map(Effect.timeoutOption(l.acquire(read), "300 millis"), Option.isSome)

const keysOf = (port: number) =>
  Effect.acquireRelease(
    Effect.sync(() => new Redis({ host: "127.0.0.1", port })),
    (c) => Effect.sync(() => c.disconnect())
  ).pipe(Effect.flatMap((c) => Effect.promise(() => c.keys("*"))), Effect.map((keys) => keys.sort()))

describe("KalshiRateLimiterRedis", () => {
  it.scopedLive("processes with the same key and environment share a budget; another key or environment does not", () =>
    Effect.gen(function*() {
      const redis = yield* RedisServer.make
      const first = yield* limiter(redis.port, { environment: "demo", apiKeyId: "key-id-first" })
      const sameAccount = yield* limiter(redis.port, { environment: "demo", apiKeyId: "key-id-first" })
      const otherAccount = yield* limiter(redis.port, { environment: "demo", apiKeyId: "key-id-second" })
      const production = yield* limiter(redis.port, { environment: "production", apiKeyId: "key-id-first" })
      const named = yield* build(KalshiRateLimiter.layer({
        limits,
        account: "desk-7",
        environment: "desk-environment",
        store: KalshiRateLimiterRedis.layerStore({ redis: { host: "127.0.0.1", port: redis.port } })
      }))

      assert.isTrue(yield* goesAtOnce(first))
      assert.isTrue(yield* goesAtOnce(first))
      // The bucket the two reads emptied is the one the second process draws on...
      assert.isFalse(yield* goesAtOnce(sameAccount))
      // ...and not the other account's, nor production's, nor a named account's.
      assert.isTrue(yield* goesAtOnce(otherAccount))
      assert.isTrue(yield* goesAtOnce(production))
      assert.isTrue(yield* goesAtOnce(named))

      const keys = yield* keysOf(redis.port)
      assert.strictEqual(keys.length, 4, keys.join(", "))
      assert.include(keys, "kalshi:desk-environment:desk-7:read")
      // Production's budget is keyed by its REST host (taken from the configuration; nothing connects to it).
      const productionHost = new URL(KalshiConfig.environments.production.restUrl).host
      assert.isTrue(keys.some((k) => k.startsWith(`kalshi:${productionHost}:key-`)), keys.join(", "))
      // The key id itself is never written: a digest of it names the budget.
      assert.isFalse(keys.some((k) => k.includes("key-id-")), keys.join(", "))
    }))

  it.scopedLive("Fail: with Redis down a request is refused before sending; with Redis back it goes", () =>
    Effect.gen(function*() {
      const redis = yield* RedisServer.make
      const l = yield* limiter(
        redis.port,
        { environment: "demo", apiKeyId: "key-id-first" },
        KalshiRateLimiterRedis.OnUnavailable.Fail()
      )
      yield* redis.stop
      const error = yield* Effect.flip(l.acquire(read))
      assert.strictEqual(error._tag, "RateLimited")
      assert.deepInclude(error, { storeUnavailable: true })
      yield* redis.start
      // The client reconnects on its own within a second.
      const back = yield* Effect.retry(l.acquire(read), Schedule.spaced("100 millis").pipe(Schedule.upTo("5 seconds")))
      assert.isTrue(Duration.isDuration(back))
    }))

  it.scopedLive("Wait (the default): with Redis down a request waits, and goes when Redis is back", () =>
    Effect.gen(function*() {
      const redis = yield* RedisServer.make
      const l = yield* limiter(redis.port, { environment: "demo", apiKeyId: "key-id-first" })
      yield* redis.stop
      const fiber = yield* Effect.fork(l.acquire(read))
      yield* Effect.sleep("1 second")
      assert.isNull(fiber.unsafePoll(), "nothing goes while Redis is down")
      yield* redis.start
      yield* fiber.await
      assert.isNotNull(fiber.unsafePoll())
    }))

  it.scopedLive("an unusable option is refused when the layer is built", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        Layer.build(
          KalshiRateLimiterRedis.layerStore({
            onUnavailable: KalshiRateLimiterRedis.OnUnavailable.Local({ share: 1.5 })
          })
        )
      )
      assert.strictEqual(error._tag, "InvalidInput")
      assert.strictEqual(error.field, "onUnavailable.share")
    }))
})

describe("the fleet example", () => {
  const source = readFileSync(new URL("../examples/fleet-process.ts", import.meta.url), "utf8").trimEnd()

  it("is the README's code, verbatim", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8")
    assert.include(readme, "```ts\n" + source + "\n```")
  })

  it.scopedLive("two processes' SDKs on one account draw on one budget in Redis, with the account's own limits", () =>
    Effect.gen(function*() {
      const redis = yield* RedisServer.make
      const exchange = yield* TestExchange.make({
        markets: [{ ticker: "KXFLEETEX-26-A" }],
        rateLimits: { read: { refillRate: 300, capacity: 300 }, write: { refillRate: 150, capacity: 150 } }
      })
      const me = yield* exchange.addAccount({ balance: "100" })
      const config = yield* exchange.configFor(me)
      const key = Option.getOrThrow(config.credentials)
      const env = Layer.setConfigProvider(ConfigProvider.fromMap(
        new Map([
          ["KALSHI_REST_URL", config.restUrl],
          ["KALSHI_WS_URL", config.wsUrl],
          ["KALSHI_API_KEY_ID", Redacted.value(key.apiKeyId)],
          ["KALSHI_PRIVATE_KEY", Redacted.value(key.privateKey)]
        ])
      ))
      const url = Redacted.make(`redis://127.0.0.1:${redis.port}`)
      const answers = yield* Effect.all(
        [1, 2].map(() => FleetProcess.program.pipe(Effect.provide(FleetProcess.Sdk(url, 2).pipe(Layer.provide(env))))),
        { concurrency: "unbounded" }
      )
      for (const { balance, limits } of answers) {
        assert.strictEqual(balance === undefined ? undefined : BigDecimal.format(balance), "100")
        assert.strictEqual(limits.read.refillRate, 300)
        assert.strictEqual(limits.write.refillRate, 150)
      }
      const keys = yield* keysOf(redis.port)
      const host = new URL(config.restUrl).host
      assert.strictEqual(keys.length, 1, keys.join(", "))
      assert.match(keys[0]!, new RegExp(`^kalshi:${host.replace(/\./g, "\\.")}:key-[0-9a-f]{16}:read$`))
    }))
})
