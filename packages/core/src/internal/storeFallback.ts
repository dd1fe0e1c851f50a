/**
 * What a shared rate-limit store does when it cannot be reached: wait for it, fall back to a local
 * bucket holding a share of the budget, or fail. Never sends without tokens.
 *
 * Around any `RateLimiterStore` whose calls fail (or time out) when the store is unreachable. Each
 * process remembers what it was granted over the last refill period of each bucket; when the store
 * answers again after an outage, it first charges that to the store, so that a store which restarted
 * empty does not let a full bucket through on top of what the exchange already counted.
 */
import * as RateLimiter from "@effect/experimental/RateLimiter"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Schedule from "effect/Schedule"

/** The policy, as the store sees it. */
export type Policy =
  | { readonly _tag: "Wait"; readonly schedule: Schedule.Schedule<unknown, RateLimiter.RateLimiterError> }
  | { readonly _tag: "Local"; readonly share: number }
  | { readonly _tag: "Fail" }

export interface Settings {
  readonly policy: Policy
  /**
   * How long one store call may take before the store counts as unreachable; none when the store
   * times its calls out itself (the Redis client does, at less cost than a timer fiber per call).
   */
  readonly timeout?: Duration.Duration | undefined
  /** Under `Local`: how often one request tries the store again. */
  readonly probeInterval: Duration.Duration
}

type TokenBucketOptions = Parameters<RateLimiter.RateLimiterStore["Type"]["tokenBucket"]>[0]

interface Grant {
  /** When the tokens are (or were) sent: the call's time plus the delay it was told to wait. */
  readonly at: number
  readonly tokens: number
}

interface KeyState {
  /** Grants whose send time is within the last refill period (or later). */
  grants: Array<Grant>
  /** Until when the tokens granted so far are spoken for. */
  horizon: number
  limit: number
  refillMillis: number
  /** The local bucket while the store is unreachable (in tokens of the local share). */
  local: { level: number; at: number } | undefined
}

const unreachable = (cause: unknown) =>
  new RateLimiter.RateLimitStoreError({ message: "the rate limiter's store cannot be reached", cause })

/** Wraps `store` with the policy. */
export const make = (
  store: RateLimiter.RateLimiterStore["Type"],
  settings: Settings
): Effect.Effect<RateLimiter.RateLimiterStore["Type"]> =>
  Effect.gen(function*() {
    const keys = new Map<string, KeyState>()
    let down = false
    /** Whether what was spent before this outage has been charged to the store. */
    let repaid = false
    let nextProbe = 0
    let probing = false
    const recovery = yield* Effect.makeSemaphore(1)
    const { policy } = settings

    const stateOf = (options: TokenBucketOptions): KeyState => {
      let state = keys.get(options.key)
      if (state === undefined) {
        state = { grants: [], horizon: 0, limit: 0, refillMillis: 0, local: undefined }
        keys.set(options.key, state)
      }
      state.limit = options.limit
      state.refillMillis = Duration.toMillis(options.refillRate)
      return state
    }

    const record = (state: KeyState, now: number, tokens: number, remaining: number) => {
      const at = now + Math.max(0, -remaining) * state.refillMillis
      state.grants.push({ at, tokens })
      state.horizon = Math.max(state.horizon, at)
      const oldest = now - state.limit * state.refillMillis
      let drop = 0
      while (drop < state.grants.length && state.grants[drop]!.at < oldest) drop++
      if (drop > 0) state.grants.splice(0, drop)
    }

    const timeout = settings.timeout
    const timed = <A>(effect: Effect.Effect<A, RateLimiter.RateLimiterError>) =>
      timeout === undefined ? effect : Effect.timeoutFail(effect, {
        duration: timeout,
        onTimeout: () => unreachable(`no answer within ${Duration.format(timeout)}`)
      })

    /** After an outage: charges the store with what this process was granted over the last refill period. */
    const repay = (now: number) =>
      recovery.withPermits(1)(Effect.gen(function*() {
        if (!down || repaid) return
        for (const [key, state] of keys) {
          const oldest = now - state.limit * state.refillMillis
          const owed = state.grants.reduce((sum, g) => (g.at >= oldest ? sum + g.tokens : sum), 0)
          if (owed > 0) {
            yield* timed(store.tokenBucket({
              key,
              tokens: owed,
              limit: state.limit,
              refillRate: Duration.millis(state.refillMillis),
              allowOverflow: true
            }))
          }
        }
        repaid = true
      }))

    /** One call to the store; after an outage, repays first. */
    const viaStore = (options: TokenBucketOptions, state: KeyState) =>
      Effect.gen(function*() {
        if (down) yield* repay(yield* Clock.currentTimeMillis)
        const remaining = yield* timed(store.tokenBucket(options))
        if (down) {
          down = false
          repaid = false
          for (const s of keys.values()) s.local = undefined
          yield* Effect.logInfo("rate limiter store reachable again; the shared budget is back in use")
        }
        if (remaining >= 0 || options.allowOverflow) {
          record(state, yield* Clock.currentTimeMillis, options.tokens, remaining)
        }
        return remaining
      })

    const markDown = (error: RateLimiter.RateLimiterError) =>
      Effect.gen(function*() {
        nextProbe = (yield* Clock.currentTimeMillis) + Duration.toMillis(settings.probeInterval)
        if (down) return
        down = true
        repaid = false
        yield* Effect.logWarning(
          `rate limiter store unreachable; ${
            policy._tag === "Wait"
              ? "requests wait for it"
              : policy._tag === "Local"
              ? `requests draw on a local bucket with ${policy.share} of the budget`
              : "requests fail with RateLimited"
          } (${error.message})`
        )
      })

    /** The local share of the budget: starts empty, after what this process has already been granted. */
    const viaLocal = (options: TokenBucketOptions, state: KeyState, share: number) =>
      Effect.map(Clock.currentTimeMillis, (now) => {
        const rate = share / state.refillMillis
        const capacity = share * options.limit
        let local = state.local
        if (local === undefined) {
          local = { level: -Math.max(0, state.horizon - now) * rate, at: now }
          state.local = local
        }
        local.level = Math.min(capacity, local.level + Math.max(0, now - local.at) * rate)
        local.at = Math.max(local.at, now)
        const next = local.level - options.tokens
        // In tokens of the whole budget, so that the limiter's delay is the local refill time.
        const remaining = next / share
        if (next >= 0 || options.allowOverflow) {
          local.level = next
          record(state, now, options.tokens, remaining)
        }
        return remaining
      })

    const tokenBucket = (options: TokenBucketOptions): Effect.Effect<number, RateLimiter.RateLimiterError> =>
      Effect.suspend(() => {
        const state = stateOf(options)
        const attempt = Effect.tapError(viaStore(options, state), markDown)
        switch (policy._tag) {
          case "Fail":
            return attempt
          case "Wait":
            return Effect.retry(attempt, policy.schedule)
          case "Local":
            return Effect.flatMap(Clock.currentTimeMillis, (now) => {
              if (down && (probing || now < nextProbe)) return viaLocal(options, state, policy.share)
              const wasDown = down
              if (wasDown) probing = true
              return attempt.pipe(
                Effect.ensuring(Effect.sync(() => {
                  if (wasDown) probing = false
                })),
                Effect.catchAll(() => viaLocal(options, state, policy.share))
              )
            })
        }
      })

    return RateLimiter.RateLimiterStore.of({
      tokenBucket,
      // KalshiRateLimiter uses token buckets only; fixed windows get the store's answer or its failure.
      fixedWindow: (options) => timed(store.fixedWindow(options))
    })
  })
