/**
 * The reconnect policy: how long to wait before each new connection attempt, when to start again
 * from the first delay, and when to give up.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"
import * as Schedule from "effect/Schedule"
import type { ConnectionError } from "../KalshiWebSocketError.js"

/** The reconnect options with their defaults applied. */
export interface Config {
  readonly initialDelay: Duration.Duration
  readonly maxDelay: Duration.Duration
  readonly factor: number
  readonly jitter: number
  readonly healthyAfter: Duration.Duration
  readonly maxAttempts: number | undefined
}

/** The options as a user writes them (see `ReconnectOptions`). */
export interface Input {
  readonly initialDelay?: Duration.DurationInput | undefined
  readonly maxDelay?: Duration.DurationInput | undefined
  readonly factor?: number | undefined
  readonly jitter?: number | undefined
  readonly healthyAfter?: Duration.DurationInput | undefined
  readonly maxAttempts?: number | undefined
}

/** Applies the defaults: 500 ms, doubling, up to 30 s, 20% jitter, healthy after 10 s, no limit. */
export const config = (input: Input = {}): Config => ({
  initialDelay: Duration.decode(input.initialDelay ?? "500 millis"),
  maxDelay: Duration.decode(input.maxDelay ?? "30 seconds"),
  factor: input.factor ?? 2,
  jitter: Math.min(1, Math.max(0, input.jitter ?? 0.2)),
  healthyAfter: Duration.decode(input.healthyAfter ?? "10 seconds"),
  maxAttempts: input.maxAttempts === undefined ? undefined : Math.max(0, Math.floor(input.maxAttempts))
})

/** How one connection ended. */
export interface Drop {
  readonly error: ConnectionError
  /** The handshake completed (the connection was open). */
  readonly opened: boolean
  /** It stayed open for `healthyAfter`, or delivered data: the next delay starts from the first step. */
  readonly healthy: boolean
  /** `false`: do not reconnect (a refused first connect). */
  readonly retry: boolean
}

/** One reconnect attempt about to wait `delay` (`attempt` counts from 1 since the last healthy connection). */
export interface Attempt {
  readonly attempt: number
  readonly delay: Duration.Duration
  readonly drop: Drop
}

/**
 * Counts reconnect attempts (each wait before a new connection attempt).
 */
export const reconnectsTotal = Metric.counter("kalshi_ws_reconnects_total", {
  description: "Kalshi WebSocket reconnect attempts",
  incremental: true
})

/**
 * The delays between connection attempts, driven by how each connection ended: exponential from
 * `initialDelay` by `factor`, capped at `maxDelay`, shortened by a random fraction of up to
 * `jitter`; back to the first step after a healthy connection; done after `maxAttempts` attempts
 * since the last healthy connection, or on a drop that must not be retried. `onAttempt` runs before
 * each wait.
 */
export const schedule = <R>(
  config: Config,
  onAttempt: (attempt: Attempt) => Effect.Effect<void, never, R>
): Schedule.Schedule<Attempt, Drop, R> => {
  const delays = Schedule.exponential(config.initialDelay, config.factor).pipe(
    Schedule.modifyDelay((_, delay) => Duration.min(delay, config.maxDelay)),
    Schedule.jitteredWith({ min: 1 - config.jitter, max: 1 }),
    Schedule.modifyDelay((_, delay) => Duration.millis(Math.round(Duration.toMillis(delay)))),
    Schedule.delays
  )
  const counted = Schedule.intersect(delays, Schedule.count)
  const limited = config.maxAttempts === undefined
    ? counted
    : Schedule.zipLeft(counted, Schedule.recurs(config.maxAttempts))
  return Schedule.intersect(limited, Schedule.identity<Drop>()).pipe(
    Schedule.resetWhen(([, drop]) => drop.healthy),
    Schedule.whileInput((drop: Drop) => drop.retry),
    Schedule.map(([[delay, n], drop]): Attempt => ({ attempt: n + 1, delay, drop })),
    Schedule.modifyDelayEffect((attempt, delay) =>
      Effect.as(Effect.zipRight(Metric.increment(reconnectsTotal), onAttempt(attempt)), delay)
    )
  )
}
