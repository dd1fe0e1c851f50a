/**
 * Kalshi's rate limits shared by many processes through Redis: a market-data process, several
 * strategies and a risk process trading one account draw from one read and one write budget, as the
 * exchange counts them, instead of each believing it has the whole budget.
 *
 * {@link layerStore} is a `RateLimiterStore` for `KalshiRateLimiter`'s `store` option. Every process
 * that names the same account and environment (by default: the same API key and REST host) shares
 * the buckets; two accounts, or demo and production, never do. Limits and endpoint costs apply as
 * in one process (`GET /account/limits` through `RateLimits.apply`; every process should apply the
 * same limits).
 *
 * When Redis cannot be reached, {@link OnUnavailable} decides: `Wait` (the default) holds requests
 * and retries the store; `Local({ share })` lets each process spend a local bucket holding `share`
 * of the budget (give each process `1 / processes`); `Fail` refuses requests with `RateLimited`
 * (`storeUnavailable: true`). No policy sends a request without tokens. When Redis answers again,
 * each process first charges it with what it spent over the last refill period, so that a Redis that
 * restarted empty does not let a full bucket through on top of what the exchange already counted.
 *
 * This module loads `ioredis` (an optional peer dependency): import it only where it is used.
 *
 * @since 0.1.0
 */
import * as RateLimiter from "@effect/experimental/RateLimiter"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import { Redis } from "ioredis"
import type { RedisOptions } from "ioredis"
import * as StoreFallback from "./internal/storeFallback.js"
import { InvalidInput } from "./KalshiError.js"

/**
 * What requests do while Redis cannot be reached.
 *
 * - `Wait`: they wait, and the store is retried (see {@link Options.waitSchedule}). Nothing is sent
 *   during the outage, whatever the number of processes. The default.
 * - `Local({ share })`: each process spends a local bucket with `share` (between 0 and 1) of the
 *   budget, starting empty. With `share = 1 / processes` the fleet stays within the budget.
 * - `Fail`: requests fail with `RateLimited` (`storeUnavailable: true`) before anything is sent.
 *
 * @since 0.1.0
 * @category models
 */
export type OnUnavailable = Data.TaggedEnum<{
  Wait: {}
  Local: { readonly share: number }
  Fail: {}
}>

/**
 * Constructors of {@link OnUnavailable}: `OnUnavailable.Wait()`, `OnUnavailable.Local({ share: 0.25 })`,
 * `OnUnavailable.Fail()`.
 *
 * @since 0.1.0
 * @category models
 */
export const OnUnavailable = Data.taggedEnum<OnUnavailable>()

/**
 * Options of {@link layerStore}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /**
   * Where Redis listens and how to connect (`host`, `port`, `db`, `tls`, `username`, ...); default
   * `localhost:6379`. The SDK sets the options that decide what happens to a command during an
   * outage (no offline queue, no resending), so that no token is taken late.
   */
  readonly redis?:
    | Omit<
      RedisOptions,
      "password" | "enableOfflineQueue" | "autoResendUnfulfilledCommands" | "maxRetriesPerRequest" | "lazyConnect"
    >
    | undefined
  /** A `redis://` or `rediss://` URL instead of (or on top of) `redis`; it may hold a password. */
  readonly url?: Redacted.Redacted<string> | string | undefined
  readonly password?: Redacted.Redacted<string> | undefined
  /** What requests do while Redis cannot be reached. Default {@link OnUnavailable}`.Wait()`. */
  readonly onUnavailable?: OnUnavailable | undefined
  /**
   * Under `Wait`: when to try the store again. Default: after 50 ms, growing to every second, with
   * jitter, without end. A schedule that ends makes requests fail with `RateLimited`.
   */
  readonly waitSchedule?: Schedule.Schedule<unknown, unknown> | undefined
  /** How long one store call may take before Redis counts as unreachable. Default 1 second. */
  readonly timeout?: Duration.DurationInput | undefined
  /** Under `Local`: how often one request tries Redis again. Default 1 second. */
  readonly probeInterval?: Duration.DurationInput | undefined
}

/**
 * The token bucket, on Redis's clock.
 *
 * Written here rather than taken from `@effect/experimental/RateLimiter/Redis`, whose script refills
 * by the clock of each calling process: hosts whose clocks differ would refill the shared bucket
 * early, by their skew, while Kalshi's bucket refills on one clock. This one reads `TIME`, refills
 * continuously (as the exchange does) and lets idle buckets expire. (That module also owns its
 * client, so its connection errors could not be observed, its commands queued during an outage would
 * take tokens late, and it cannot be closed while Redis is down.) The semantics are the store's:
 * the level after taking `tokens`, which may go below zero when `overflow` is set (a reservation the
 * caller waits out), and otherwise is not stored below zero.
 */
const tokenBucketScript = `
local tokens = tonumber(ARGV[1])
local ms_per_token = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local overflow = ARGV[4] == "1"
local time = redis.call("TIME")
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local state = redis.call("HMGET", KEYS[1], "level", "at")
local level = tonumber(state[1])
local at = tonumber(state[2])
if level == nil or at == nil then
  level = limit
  at = now
end
if now > at then
  level = level + (now - at) / ms_per_token
  at = now
end
level = math.min(limit, level)
local remaining = level - tokens
if remaining >= 0 or overflow then
  level = remaining
end
redis.call("HSET", KEYS[1], "level", tostring(level), "at", tostring(at))
redis.call("PEXPIRE", KEYS[1], math.ceil((limit - level) * ms_per_token) + 60000)
return tostring(remaining)
`

/** A fixed window, as `@effect/experimental`'s Redis store counts it (KalshiRateLimiter does not use it). */
const fixedWindowScript = `
local tokens = tonumber(ARGV[1])
local refill_ms = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local current = tonumber(redis.call("GET", KEYS[1]))
if not current then
  local ttl = math.ceil(refill_ms * tokens)
  redis.call("SET", KEYS[1], tokens, "PX", ttl)
  return { tokens, ttl }
end
local ttl = tonumber(redis.call("PTTL", KEYS[1]))
if ttl < 0 then ttl = 0 end
local next = current + tokens
if limit and next > limit then
  return { next, ttl }
end
ttl = math.ceil(ttl + refill_ms * tokens)
redis.call("SET", KEYS[1], next, "PX", ttl)
return { next, ttl }
`

interface RedisWithScripts extends Redis {
  kalshiTokenBucket(key: string, tokens: number, msPerToken: number, limit: number, overflow: 0 | 1): Promise<string>
  kalshiFixedWindow(key: string, tokens: number, refillMillis: number, limit?: number): Promise<[number, number]>
}

const storeError = (command: string) => (cause: unknown) =>
  new RateLimiter.RateLimitStoreError({
    message: `Redis ${command} failed${cause instanceof Error ? `: ${cause.message}` : ""}`,
    cause
  })

const check = (field: string, ok: boolean, reason: string) =>
  ok ? Effect.void : Effect.fail(new InvalidInput({ operation: "KalshiRateLimiterRedis", field, reason }))

const defaultWaitSchedule: Schedule.Schedule<unknown, unknown> = Schedule.exponential(Duration.millis(50)).pipe(
  Schedule.union(Schedule.spaced(Duration.seconds(1))),
  Schedule.jittered
)

/** A connected client, closed with the scope; waits up to `wait` for the first connection and for each answer. */
const connect = (options: Options, wait: Duration.Duration) =>
  Effect.gen(function*() {
    const redisOptions: RedisOptions = {
      retryStrategy: (times) => Math.min(times * 50, 1000),
      ...options.redis,
      ...(options.password !== undefined ? { password: Redacted.value(options.password) } : {}),
      // A command must fail at once when Redis is unreachable, never wait in a queue to take tokens
      // long after its request went out through the fallback.
      enableOfflineQueue: false,
      autoResendUnfulfilledCommands: false,
      commandTimeout: Math.max(1, Math.round(Duration.toMillis(wait))),
      maxRetriesPerRequest: 0,
      lazyConnect: false
    }
    const url = options.url === undefined
      ? undefined
      : Redacted.isRedacted(options.url)
      ? Redacted.value(options.url)
      : options.url
    const redis = yield* Effect.acquireRelease(
      Effect.sync(() =>
        (url !== undefined ? new Redis(url, redisOptions) : new Redis(redisOptions)) as RedisWithScripts
      ),
      (redis) => Effect.sync(() => redis.disconnect())
    )
    // Connection errors surface as failed store calls, handled by the policy.
    redis.on("error", () => {})
    redis.defineCommand("kalshiTokenBucket", { numberOfKeys: 1, lua: tokenBucketScript })
    redis.defineCommand("kalshiFixedWindow", { numberOfKeys: 1, lua: fixedWindowScript })
    if (redis.status !== "ready") {
      yield* Effect.async<void>((resume) => {
        const ready = () => resume(Effect.void)
        redis.once("ready", ready)
        return Effect.sync(() => redis.off("ready", ready))
      }).pipe(Effect.timeoutOption(wait))
    }
    return redis
  })

/**
 * The store over one Redis client, without a policy: a call fails when Redis is unreachable.
 */
const makeStore = (redis: RedisWithScripts): RateLimiter.RateLimiterStore["Type"] =>
  RateLimiter.RateLimiterStore.of({
    tokenBucket: (options) =>
      Effect.tryPromise({
        try: () =>
          redis.kalshiTokenBucket(
            options.key,
            options.tokens,
            Duration.toMillis(options.refillRate),
            options.limit,
            options.allowOverflow ? 1 : 0
          ),
        catch: storeError("token bucket")
      }).pipe(Effect.map(Number)),
    fixedWindow: (options) =>
      Effect.tryPromise({
        try: () =>
          options.limit === undefined
            ? redis.kalshiFixedWindow(options.key, options.tokens, Duration.toMillis(options.refillRate))
            : redis.kalshiFixedWindow(
              options.key,
              options.tokens,
              Duration.toMillis(options.refillRate),
              options.limit
            ),
        catch: storeError("fixed window")
      })
  })

/**
 * A `RateLimiterStore` in Redis, for `KalshiRateLimiter`'s `store` option: every process using it
 * with the same account and environment shares the account's budget.
 *
 * @example
 * ```ts
 * import { Kalshi } from "@kalshi-effect/kalshi"
 * import * as KalshiRateLimiterRedis from "@kalshi-effect/core/KalshiRateLimiterRedis"
 *
 * const Sdk = Kalshi.layerConfig({}, {
 *   rest: {
 *     rateLimits: {
 *       store: KalshiRateLimiterRedis.layerStore({
 *         redis: { host: "10.0.0.5", port: 6379 },
 *         // four processes on this account: each keeps trading on a quarter of the budget without Redis
 *         onUnavailable: KalshiRateLimiterRedis.OnUnavailable.Local({ share: 0.25 })
 *       })
 *     }
 *   }
 * })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerStore = (options: Options = {}): Layer.Layer<RateLimiter.RateLimiterStore, InvalidInput> =>
  Layer.scoped(
    RateLimiter.RateLimiterStore,
    Effect.gen(function*() {
      const onUnavailable = options.onUnavailable ?? OnUnavailable.Wait()
      const timeout = Duration.decode(options.timeout ?? Duration.seconds(1))
      const probeInterval = Duration.decode(options.probeInterval ?? Duration.seconds(1))
      if (onUnavailable._tag === "Local") {
        const share = onUnavailable.share
        yield* check(
          "onUnavailable.share",
          Number.isFinite(share) && share > 0 && share <= 1,
          `must be a number above 0 and at most 1, got ${share}`
        )
      }
      yield* check("timeout", Duration.greaterThan(timeout, Duration.zero), "must be positive")
      yield* check("probeInterval", Duration.greaterThan(probeInterval, Duration.zero), "must be positive")
      const redis = yield* connect(options, timeout)
      const policy: StoreFallback.Policy = OnUnavailable.$match(onUnavailable, {
        Wait: (): StoreFallback.Policy => ({ _tag: "Wait", schedule: options.waitSchedule ?? defaultWaitSchedule }),
        Local: ({ share }): StoreFallback.Policy => ({ _tag: "Local", share }),
        Fail: (): StoreFallback.Policy => ({ _tag: "Fail" })
      })
      // The client times each command out (`commandTimeout`).
      return yield* StoreFallback.make(makeStore(redis), { policy, probeInterval })
    })
  )
