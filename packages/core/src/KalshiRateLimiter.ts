/**
 * Client-side rate limiting that mirrors Kalshi's: one token bucket for reads and one for writes,
 * each request charged its endpoint's cost (10 tokens by default, less or more for some endpoints,
 * per item for batch endpoints). A request waits for its tokens instead of failing, so the exchange
 * never has to answer 429 because of this client.
 *
 * The defaults are Kalshi's Basic tier (200 read and 100 write tokens per second, bucket capacity
 * equal to the refill rate) and the non-default costs the spec documents. Both can be replaced at run
 * time, e.g. from `GET /account/limits` and `GET /account/endpoint_costs`, or switched off.
 *
 * Built on `@effect/experimental`'s `RateLimiter`: {@link layer} keeps the buckets in memory, or in
 * the store given as `store` (`KalshiRateLimiterRedis.layerStore` shares them through Redis, so that
 * several processes trading one account share its budget); {@link layerWithStore} takes any
 * `RateLimiterStore` from the context. In a shared store the buckets are keyed by environment (the
 * REST host) and account, so two accounts, or demo and production, never share a bucket.
 *
 * @since 0.1.0
 */
import * as RateLimiter from "@effect/experimental/RateLimiter"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Encoding from "effect/Encoding"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import * as MetricKey from "effect/MetricKey"
import * as MetricLabel from "effect/MetricLabel"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { KalshiConfig } from "./KalshiConfig.js"
import { InvalidInput, RateLimited } from "./KalshiError.js"

/**
 * One token bucket: `refillRate` tokens are added per second, up to `capacity`.
 *
 * @since 0.1.0
 * @category models
 */
export interface BucketLimit {
  readonly refillRate: number
  readonly capacity: number
}

/**
 * The read and write buckets of an account.
 *
 * @since 0.1.0
 * @category models
 */
export interface Limits {
  readonly read: BucketLimit
  readonly write: BucketLimit
}

/**
 * Kalshi's Basic tier: 200 read and 100 write tokens per second, capacity equal to the rate.
 *
 * @since 0.1.0
 * @category constants
 */
export const basicTier: Limits = {
  read: { refillRate: 200, capacity: 200 },
  write: { refillRate: 100, capacity: 100 }
}

/**
 * Which bucket a request draws from.
 *
 * @since 0.1.0
 * @category models
 */
export type Bucket = "read" | "write"

/**
 * The cost of one endpoint, keyed by HTTP method and the spec's route template
 * (`/portfolio/orders/{order_id}`). `perItem` charges the cost once per item of a batch.
 *
 * @since 0.1.0
 * @category models
 */
export interface EndpointCost {
  readonly method: string
  readonly path: string
  readonly cost: number
  readonly perItem?: boolean | undefined
}

/**
 * The cost of an endpoint that is not listed: 10 tokens.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultCost = 10

/**
 * The non-default costs documented in the Trade API spec (3.31.0).
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultEndpointCosts: ReadonlyArray<EndpointCost> = [
  { method: "GET", path: "/portfolio/orders/{order_id}", cost: 2 },
  { method: "DELETE", path: "/portfolio/events/orders", cost: 2 },
  { method: "POST", path: "/portfolio/events/orders/batched", cost: 10, perItem: true },
  { method: "DELETE", path: "/portfolio/events/orders/batched", cost: 2, perItem: true },
  { method: "DELETE", path: "/portfolio/events/orders/{order_id}", cost: 2 },
  { method: "GET", path: "/communications/rfqs/{rfq_id}/quotes/{quote_id}", cost: 2 },
  { method: "DELETE", path: "/communications/rfqs/{rfq_id}/quotes/{quote_id}", cost: 2 },
  { method: "POST", path: "/communications/quotes", cost: 2 },
  { method: "GET", path: "/communications/quotes/{quote_id}", cost: 2 },
  { method: "DELETE", path: "/communications/quotes/{quote_id}", cost: 2 },
  { method: "POST", path: "/account/api_usage_level/upgrade", cost: 30 }
]

/**
 * What a request is charged.
 *
 * @since 0.1.0
 * @category models
 */
export interface Charge {
  readonly bucket: Bucket
  readonly tokens: number
}

/**
 * A request as the limiter sees it.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestCost {
  /** The operation, for error messages. */
  readonly operation: string
  readonly method: string
  /** The spec's route template, e.g. `/markets/{ticker}`. */
  readonly route: string
  /** The bucket; by default GET reads and every other method writes. */
  readonly bucket?: Bucket | undefined
  /** The number of items of a batch request (charged per item where the endpoint says so). */
  readonly items?: number | undefined
  /** The request's path, for errors; defaults to `route`. */
  readonly path?: string | undefined
}

/**
 * The rate limiter.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** What a request costs and which bucket pays, under the current costs. */
  readonly charge: (request: RequestCost) => Effect.Effect<Charge>
  /**
   * Waits until the request's bucket holds its cost, takes it, and returns how long it waited.
   * Fails with `InvalidInput` when the cost exceeds the bucket's capacity (a batch too large for the
   * account's tier), since such a request could never be sent, and with `RateLimited`
   * (`storeUnavailable: true`) when a shared store cannot be reached and its policy is to fail: a
   * request is never sent without its tokens.
   */
  readonly acquire: (request: RequestCost) => Effect.Effect<Duration.Duration, InvalidInput | RateLimited>
  /** The limits in force; none when limiting is switched off. */
  readonly limits: Effect.Effect<Option.Option<Limits>>
  /** Replaces the limits (e.g. with the account's real ones from `GET /account/limits`). */
  readonly setLimits: (limits: Limits) => Effect.Effect<void, InvalidInput>
  /** Replaces the cost table (e.g. from `GET /account/endpoint_costs`). */
  readonly setCosts: (costs: {
    readonly defaultCost?: number | undefined
    readonly endpointCosts: ReadonlyArray<EndpointCost>
  }) => Effect.Effect<void, InvalidInput>
  /** Switches limiting off (`false`) or back on (`true`). */
  readonly setEnabled: (enabled: boolean) => Effect.Effect<void>
}

/**
 * The rate limiter service.
 *
 * @since 0.1.0
 * @category tags
 */
export class KalshiRateLimiter extends Context.Tag("@kalshi-effect/core/KalshiRateLimiter")<
  KalshiRateLimiter,
  Service
>() {}

/**
 * Options for {@link make}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Initial limits; defaults to {@link basicTier}. */
  readonly limits?: Limits | undefined
  /** Initial non-default costs; defaults to {@link defaultEndpointCosts}. */
  readonly endpointCosts?: ReadonlyArray<EndpointCost> | undefined
  readonly defaultCost?: number | undefined
  /** Start switched off. */
  readonly disabled?: boolean | undefined
  /**
   * Prefix of the store keys. Processes that share a store (Redis) and an account share a budget
   * when they use the same prefix. Defaults to `"kalshi"`.
   */
  readonly keyPrefix?: string | undefined
  /**
   * Where the buckets live: in this process's memory by default. A shared store, such as
   * `KalshiRateLimiterRedis.layerStore(...)`, lets every process that names the same account and
   * environment draw from one budget.
   */
  readonly store?: Layer.Layer<RateLimiter.RateLimiterStore, InvalidInput> | undefined
  /**
   * The account whose budget the buckets hold, in the store's keys. Defaults to a digest of the
   * configured API key id (the id itself is never written), or `"public"` without a key. Name it
   * yourself to share one budget between processes that hold different keys of one account.
   */
  readonly account?: string | undefined
  /**
   * The environment, in the store's keys. Defaults to the host (and port) of the configured REST URL,
   * so that demo and production never share a bucket.
   */
  readonly environment?: string | undefined
  /**
   * How a request waits for its tokens.
   *
   * - `"reserve"` (the default in memory): takes them at once, into debt if need be, and waits the
   *   debt out; first come, first served.
   * - `"when-available"` (the default with a shared store): waits until the bucket holds them, then
   *   takes them and goes. A process that stalls (a long GC, a busy CPU) then cannot send, all at
   *   once, tokens it reserved before the stall while the other processes spend theirs. While some of
   *   the process's requests wait, the others queue behind them, and a few at a time ask the store. A
   *   request that has waited a whole refill period reserves, so that small requests cannot starve a
   *   batch.
   */
  readonly waitMode?: "reserve" | "when-available" | undefined
  /**
   * Time the buckets keep in hand: each bucket's capacity is lowered by its refill rate times the
   * margin (never below the largest request). Requests granted together may reach the exchange at
   * different times (signing, a busy CPU, the network); a margin of `m` absorbs differences up to `m`
   * at the cost of `rate × m` tokens of the first burst only, not of the rate. The first request of a
   * connection is the usual case: it also opens the connection (TCP, TLS), so that the exchange's
   * bucket starts later than the client's and the requests that follow reach it closer together
   * than they were granted. Default: 100 ms (`0` for none).
   */
  readonly margin?: Duration.DurationInput | undefined
}

/** The default {@link Options.margin}. */
const defaultMargin = Duration.millis(100)

const waitTimeKey = MetricKey.histogram(
  "kalshi_rate_limiter_wait_ms",
  MetricBoundaries.exponential({ start: 1, factor: 2, count: 14 }),
  "Time requests waited for rate-limit tokens"
)

/**
 * How long requests waited for tokens, in milliseconds, tagged by `bucket`.
 *
 * @since 0.1.0
 * @category metrics
 */
export const waitTime = Metric.fromMetricKey(waitTimeKey)

/** Normalises a route so that `{id}`, `:id` and a `/trade-api/v2` prefix all match. */
const normaliseRoute = (method: string, path: string): string => {
  const bare = path.replace(/^\/trade-api\/v2(?=\/)/, "").replace(/\{[^}]*\}|:[A-Za-z_][A-Za-z0-9_]*/g, "{}")
    .replace(/\/+$/, "")
  return `${method.toUpperCase()} ${bare}`
}

/** {@link normaliseRoute}, remembered: requests name a few hundred routes at most. */
const routeKeys = new Map<string, string>()
const routeKey = (method: string, path: string): string => {
  const cacheKey = method + " " + path
  let key = routeKeys.get(cacheKey)
  if (key === undefined) {
    key = normaliseRoute(method, path)
    if (routeKeys.size < 4096) routeKeys.set(cacheKey, key)
  }
  return key
}

/**
 * The wait-time histogram of each bucket, its tag in its key (`Metric.tagged` would build and hash
 * a new key on every update); `Metric.tagged(waitTime, "bucket", bucket)` reads the same histogram.
 */
const waitTimeOf = {
  read: Metric.fromMetricKey(MetricKey.taggedWithLabels(waitTimeKey, [MetricLabel.make("bucket", "read")])),
  write: Metric.fromMetricKey(MetricKey.taggedWithLabels(waitTimeKey, [MetricLabel.make("bucket", "write")]))
}

interface CostTable {
  readonly defaultCost: number
  readonly costs: ReadonlyMap<string, number>
  readonly perItem: ReadonlySet<string>
}

const buildTable = (defaultCost: number, endpointCosts: ReadonlyArray<EndpointCost>, perItem: ReadonlySet<string>) => {
  const costs = new Map<string, number>()
  const items = new Set(perItem)
  for (const c of endpointCosts) {
    const key = routeKey(c.method, c.path)
    costs.set(key, c.cost)
    if (c.perItem === true) items.add(key)
  }
  return { defaultCost, costs, perItem: items }
}

const checkPositive = (field: string, n: number) =>
  Number.isFinite(n) && n > 0
    ? Effect.void
    : Effect.fail(
      new InvalidInput({ operation: "KalshiRateLimiter", field, reason: `must be a positive number, got ${n}` })
    )

const checkLimits = (limits: Limits) =>
  Effect.all([
    checkPositive("read.refillRate", limits.read.refillRate),
    checkPositive("read.capacity", limits.read.capacity),
    checkPositive("write.refillRate", limits.write.refillRate),
    checkPositive("write.capacity", limits.write.capacity)
  ], { discard: true })

const checkCosts = (defaultCost: number, endpointCosts: ReadonlyArray<EndpointCost>) =>
  Effect.all([
    checkPositive("defaultCost", defaultCost),
    ...endpointCosts.map((c) =>
      Number.isFinite(c.cost) && c.cost >= 0
        ? Effect.void
        : Effect.fail(
          new InvalidInput({
            operation: "KalshiRateLimiter",
            field: `endpointCosts[${c.method} ${c.path}]`,
            reason: `must be a non-negative number, got ${c.cost}`
          })
        )
    )
  ], { discard: true })

/** A short digest of the API key id: stable across processes, and the id itself is never written to a store. */
const digest = (text: string): Effect.Effect<string> =>
  Effect.promise(() => globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))).pipe(
    Effect.map((hash) => Encoding.encodeHex(new Uint8Array(hash)).slice(0, 16))
  )

/**
 * The account and environment part of the store keys: from the options, else from the
 * `KalshiConfig` in the context (the REST host; a digest of the API key id), else defaults.
 */
const keyScope = (options: Options): Effect.Effect<string> =>
  Effect.gen(function*() {
    const config = yield* Effect.serviceOption(KalshiConfig)
    const environment = options.environment ??
      Option.match(config, { onNone: () => "default", onSome: (c) => hostOf(c.restUrl) })
    const account = options.account ?? (yield* Option.match(Option.flatMap(config, (c) => c.credentials), {
      onNone: () => Effect.succeed("public"),
      onSome: (credentials) => Effect.map(digest(Redacted.value(credentials.apiKeyId)), (d) => `key-${d}`)
    }))
    return `${environment}:${account}`
  })

const hostOf = (url: string): string => {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

type ConsumeOptions = Parameters<RateLimiter.RateLimiter["consume"]>[0]

/** What a request that waits for nothing returns. */
const zero = Effect.succeed(Duration.zero)

/** How many of a process's waiting requests ask a shared store at once, per bucket. */
const concurrentWaiters = 4

/**
 * Builds a rate limiter over the `RateLimiter` of `@effect/experimental`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<Service, InvalidInput, RateLimiter.RateLimiter> =>
  Effect.gen(function*() {
    const limiter = yield* RateLimiter.RateLimiter
    const initialLimits = options.limits ?? basicTier
    yield* checkLimits(initialLimits)
    const initialDefault = options.defaultCost ?? defaultCost
    const initialCosts = options.endpointCosts ?? defaultEndpointCosts
    yield* checkCosts(initialDefault, initialCosts)
    // Read on every request, replaced as a whole: plain variables, not `Ref`s (one operation less each).
    let limits = initialLimits
    let enabled = options.disabled !== true
    let table: CostTable = buildTable(initialDefault, initialCosts, new Set())
    const prefix = `${options.keyPrefix ?? "kalshi"}:${yield* keyScope(options)}`
    const waitMode = options.waitMode ?? "reserve"
    const marginSeconds = Duration.toSeconds(options.margin ?? defaultMargin)
    if (!(marginSeconds >= 0 && Number.isFinite(marginSeconds))) {
      return yield* new InvalidInput({
        operation: "KalshiRateLimiter",
        field: "margin",
        reason: "must be a finite duration"
      })
    }
    const gates = {
      read: yield* Effect.makeSemaphore(concurrentWaiters),
      write: yield* Effect.makeSemaphore(concurrentWaiters)
    }
    const waiting = { read: 0, write: 0 }

    /**
     * Takes the tokens when the bucket holds them. While none of this process's requests waits, a
     * request asks the store at once (requests go concurrently while tokens are plenty); once some
     * wait, the others queue behind them and at most {@link concurrentWaiters} ask the store at a
     * time (no herd of requests polling the store together, and a few round trips in flight, so that
     * a slow store or a busy CPU does not hold the process to one grant per round trip).
     */
    const whenAvailable = <E>(
      bucket: Bucket,
      consume: (reserve: boolean) => Effect.Effect<RateLimiter.ConsumeResult, RateLimiter.RateLimiterError>,
      window: Duration.Duration,
      refused: () => E
    ): Effect.Effect<{ readonly delay: Duration.Duration; readonly waited: Duration.Duration }, E> =>
      Effect.gen(function*() {
        /** Takes the tokens if there; else, when they are due. */
        const attempt = (reserve: boolean): Effect.Effect<Either.Either<Duration.Duration, Duration.Duration>, E> =>
          Effect.flatMap(
            Effect.either(consume(reserve)),
            (result): Effect.Effect<Either.Either<Duration.Duration, Duration.Duration>, E> => {
              if (result._tag === "Right") return Effect.succeed(Either.right(result.right.delay))
              if (result.left.reason === "StoreError") return Effect.fail(refused())
              return Effect.succeed(Either.left(result.left.retryAfter))
            }
          )
        if (waiting[bucket] < concurrentWaiters) {
          const first = yield* attempt(false)
          if (Either.isRight(first)) return { delay: first.right, waited: Duration.zero }
        }
        waiting[bucket]++
        return yield* gates[bucket].withPermits(1)(Effect.gen(function*() {
          let waited = Duration.zero
          while (true) {
            // A request that has waited a whole refill period reserves, so that the small requests of
            // other processes cannot starve it.
            const result = yield* attempt(Duration.greaterThanOrEqualTo(waited, window))
            if (Either.isRight(result)) return { delay: result.right, waited }
            waited = Duration.sum(waited, result.left)
            yield* Effect.sleep(result.left)
          }
        })).pipe(Effect.ensuring(Effect.sync(() => {
          waiting[bucket]--
        })))
      })

    const chargeOf = (table: CostTable, request: RequestCost): Charge => {
      const key = routeKey(request.method, request.route)
      const unit = table.costs.get(key) ?? table.defaultCost
      const items = table.perItem.has(key) ? Math.max(1, request.items ?? 1) : 1
      return {
        bucket: request.bucket ?? (request.method.toUpperCase() === "GET" ? "read" : "write"),
        tokens: unit * items
      }
    }

    const charge = (request: RequestCost) => Effect.sync(() => chargeOf(table, request))

    /**
     * What a request of `tokens` tokens asks the limiter, per bucket and size, under the current
     * limits (made once, not on every request; forgotten when the limits change).
     */
    interface Ask {
      readonly reserve: ConsumeOptions
      readonly fail: ConsumeOptions
      readonly window: Duration.Duration
    }
    let asks = new Map<string, Ask>()
    const askOf = (bucket: Bucket, tokens: number, limit: BucketLimit): Ask => {
      const key = bucket + tokens
      let ask = asks.get(key)
      if (ask === undefined) {
        const capacity = Math.max(tokens, limit.capacity - limit.refillRate * marginSeconds)
        const window = Duration.seconds(capacity / limit.refillRate)
        const options = {
          key: `${prefix}:${bucket}`,
          algorithm: "token-bucket",
          limit: capacity,
          window,
          tokens
        } as const
        ask = { reserve: { ...options, onExceeded: "delay" }, fail: { ...options, onExceeded: "fail" }, window }
        if (asks.size >= 1024) asks = new Map()
        asks.set(key, ask)
      }
      return ask
    }

    const acquire = (request: RequestCost): Effect.Effect<Duration.Duration, InvalidInput | RateLimited> => {
      if (!enabled) return zero
      const { bucket, tokens } = chargeOf(table, request)
      if (tokens <= 0) return zero
      const limit = limits[bucket]
      if (tokens > limit.capacity) {
        return Effect.fail(
          new InvalidInput({
            operation: request.operation,
            field: request.items !== undefined ? "items" : "cost",
            reason: `the request costs ${tokens} tokens but the ${bucket} bucket holds at most ${limit.capacity}; ` +
              `split the batch (or raise the limits if the account's tier allows more)`
          })
        )
      }
      const ask = askOf(bucket, tokens, limit)
      // The in-memory store cannot fail. A shared store fails only when it cannot be reached and its
      // policy is to fail: the request is refused, never sent without tokens.
      const refused = () =>
        new RateLimited({
          operation: request.operation,
          method: request.method.toUpperCase(),
          path: request.path ?? request.route,
          storeUnavailable: true
        })
      const waited = (delay: Duration.Duration, waited: Duration.Duration) =>
        Effect.withFiberRuntime<Duration.Duration>((fiber) => {
          const total = Duration.isZero(waited) ? delay : Duration.sum(waited, delay)
          waitTimeOf[bucket].unsafeUpdate(Duration.toMillis(total), fiber.getFiberRef(FiberRef.currentMetricLabels))
          return Duration.isZero(delay) ? Effect.succeed(total) : Effect.as(Effect.sleep(delay), total)
        })
      if (waitMode === "reserve") {
        return Effect.matchEffect(limiter.consume(ask.reserve), {
          onFailure: () => Effect.fail(refused()),
          onSuccess: (r) => waited(r.delay, Duration.zero)
        })
      }
      return Effect.flatMap(
        whenAvailable(bucket, (reserve) => limiter.consume(reserve ? ask.reserve : ask.fail), ask.window, refused),
        (r) => waited(r.delay, r.waited)
      )
    }

    return KalshiRateLimiter.of({
      charge,
      acquire,
      limits: Effect.sync(() => (enabled ? Option.some(limits) : Option.none())),
      setLimits: (next) =>
        Effect.zipRight(
          checkLimits(next),
          Effect.sync(() => {
            limits = next
            asks = new Map()
          })
        ),
      setCosts: (costs) => {
        const dc = costs.defaultCost ?? defaultCost
        return Effect.zipRight(
          checkCosts(dc, costs.endpointCosts),
          // Batch endpoints stay charged per item when the server's table lists them by route only.
          Effect.sync(() => {
            table = buildTable(dc, costs.endpointCosts, table.perItem)
          })
        )
      },
      setEnabled: (on) =>
        Effect.sync(() => {
          enabled = on
        })
    })
  })

/**
 * A rate limiter whose buckets live in memory, or in `options.store`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<KalshiRateLimiter, InvalidInput> =>
  options.store === undefined
    ? Layer.effect(KalshiRateLimiter, make(options)).pipe(
      Layer.provide(RateLimiter.layer),
      Layer.provide(RateLimiter.layerStoreMemory)
    )
    : layerWithStore(options).pipe(Layer.provide(options.store))

/**
 * A rate limiter over a given `RateLimiterStore`, e.g. `@effect/experimental/RateLimiter/Redis`, so
 * that processes trading one account share its budget.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWithStore = (
  options: Options = {}
): Layer.Layer<KalshiRateLimiter, InvalidInput, RateLimiter.RateLimiterStore> =>
  Layer.effect(
    KalshiRateLimiter,
    make({
      ...options,
      waitMode: options.waitMode ?? "when-available"
    })
  ).pipe(
    Layer.provide(RateLimiter.layer)
  )

/**
 * No rate limiting at all.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerDisabled: Layer.Layer<KalshiRateLimiter, InvalidInput> = layer({ disabled: true })
