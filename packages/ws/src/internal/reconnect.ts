/**
 * The reconnect policy: how long to wait before each new connection attempt, when to start again
 * from the first delay, and when to give up.
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Metric from "effect/Metric"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import { ConnectionError } from "../KalshiWebSocketError.js"
import type { Connection } from "./connection.js"

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

/** What the reconnect loop drives. */
export interface SuperviseOptions {
  readonly connection: Connection
  readonly reconnect: Config
  /** Retry a first connect that fails (never one refused as `Unauthorized`). */
  readonly retryFirstConnect: boolean
  /** The service is closing: do not reconnect. */
  readonly closing: () => boolean
  /** The frame handler; `onData` marks the connection healthy. */
  readonly route: (onData: () => void) => (data: string | Uint8Array) => void
  /** A connection opened, after `attempt` attempts (0 for the first connection). */
  readonly onOpen: (attempt: number) => Effect.Effect<void>
  /** The connection ended. */
  readonly onDrop: Effect.Effect<void>
  /** A new attempt waits. */
  readonly onAttempt: (attempt: Attempt) => Effect.Effect<void>
  /** Reconnecting stopped after `maxAttempts`; the service no longer connects. */
  readonly onStop: (error: ConnectionError) => Effect.Effect<void>
}

/** The running reconnect loop. */
export interface Supervisor {
  readonly fiber: Fiber.RuntimeFiber<void>
  /** Waits for the first connection; fails (and stops the loop) when it is refused. */
  readonly firstOpen: Effect.Effect<void, ConnectionError>
}

/** Opens connections one after another, spaced by {@link schedule}, in a fiber of the scope. */
export const supervise = (options: SuperviseOptions): Effect.Effect<Supervisor, never, Scope.Scope> =>
  Effect.gen(function*() {
    const firstOpen = yield* Deferred.make<void, ConnectionError>()
    const healthyAfter = Duration.toMillis(options.reconnect.healthyAfter)
    let attempt = 0
    let openedAt: number | undefined = undefined
    let dataSeen = false
    const onFrame = options.route(() => {
      dataSeen = true
    })
    const onOpen = Effect.flatMap(Clock.currentTimeMillis, (now) => {
      openedAt = now
      return Effect.zipRight(options.onOpen(attempt), Deferred.succeed(firstOpen, undefined))
    })

    /** One connection, from the handshake to its end, described as a {@link Drop}. */
    const connection: Effect.Effect<never, Drop> = Effect.gen(function*() {
      openedAt = undefined
      dataSeen = false
      const error = failureOf(yield* Effect.exit(options.connection.run({ onFrame, onOpen })))
      yield* options.onDrop
      const now = yield* Clock.currentTimeMillis
      const first = !(yield* Deferred.isDone(firstOpen))
      return yield* Effect.fail<Drop>({
        error,
        opened: openedAt !== undefined,
        healthy: openedAt !== undefined && (dataSeen || now - openedAt >= healthyAfter),
        retry: !options.closing() &&
          (!first || (options.retryFirstConnect && error.reason !== "Unauthorized"))
      })
    })

    const onAttempt = (next: Attempt) =>
      Effect.gen(function*() {
        attempt = next.attempt
        yield* options.onAttempt(next)
        yield* Effect.logDebug(
          `${next.drop.error.message}; reconnecting in ${Duration.format(next.delay)} (attempt ${next.attempt})`
        ).pipe(Effect.annotateLogs({ module: "KalshiWebSocket" }))
      })

    const giveUp = (drop: Drop) =>
      Effect.gen(function*() {
        if (options.closing()) return
        if (!(yield* Deferred.isDone(firstOpen))) {
          yield* Deferred.fail(firstOpen, drop.error)
          return
        }
        const error = new ConnectionError({
          reason: "RetriesExhausted",
          description: `gave up reconnecting after ${attempt} attempts; the last error: ${drop.error.message}`
        })
        yield* Effect.logWarning(error.message).pipe(Effect.annotateLogs({ module: "KalshiWebSocket" }))
        yield* options.onStop(error)
      })

    const fiber = yield* connection.pipe(
      Effect.retry(schedule(options.reconnect, onAttempt)),
      Effect.catchAll(giveUp),
      Effect.asVoid,
      Effect.interruptible,
      Effect.forkScoped
    )
    return {
      fiber,
      firstOpen: Deferred.await(firstOpen).pipe(Effect.onError(() => Fiber.interrupt(fiber)))
    }
  })

const failureOf = (exit: Exit.Exit<unknown, ConnectionError>): ConnectionError =>
  detached(Option.getOrElse(
    Exit.isFailure(exit) ? Cause.failureOption(exit.cause) : Option.none(),
    () => new ConnectionError({ reason: "Closed", description: "the connection ended" })
  ))

/**
 * The error of a connection that is over, made to outlive it safely. Until its `stack` is first
 * read, an `Error` keeps the frames it was created in, with their receivers and closures: the
 * connection's fibers, socket and events. A drop is the reconnect schedule's input, which Effect
 * keeps in the context of the next attempt (`Schedule.CurrentIterationMetadata`), whose fibers keep
 * it in turn: without this, every connection kept the previous one alive, a chain growing by one
 * socket and its fibers at every reconnect. Reading `stack` once keeps its text and drops the frames.
 */
export const detached = <E extends Error>(error: E): E => {
  void error.stack
  return error
}
