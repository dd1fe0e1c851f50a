import { assert, describe, it } from "@effect/vitest"
import { Chunk, Duration, Effect, Schedule } from "effect"
import * as Reconnect from "../../src/internal/reconnect.js"
import { ConnectionError } from "../../src/KalshiWebSocketError.js"

const error = new ConnectionError({ reason: "Closed", description: "dropped" })
const drop = (healthy: boolean, retry = true): Reconnect.Drop => ({ error, opened: true, healthy, retry })

/** The attempts the schedule makes for these drops, and the attempts reported to `onAttempt`. */
const attemptsFor = (input: Reconnect.Input, drops: ReadonlyArray<Reconnect.Drop>) =>
  Effect.gen(function*() {
    const reported: Array<Reconnect.Attempt> = []
    const schedule = Reconnect.schedule(Reconnect.config(input), (a) => Effect.sync(() => reported.push(a)))
    const out = yield* Schedule.run(schedule, 0, drops)
    return { out: Chunk.toReadonlyArray(out), reported }
  })

const millis = (attempts: ReadonlyArray<Reconnect.Attempt>) => attempts.map((a) => Duration.toMillis(a.delay))

describe("internal/reconnect", () => {
  it.effect("the delay grows by the factor up to the cap while connections do not stay healthy", () =>
    Effect.gen(function*() {
      const { reported } = yield* attemptsFor(
        { initialDelay: "100 millis", maxDelay: "1 second", factor: 3, jitter: 0 },
        Array.from({ length: 6 }, () => drop(false))
      )
      assert.deepStrictEqual(millis(reported), [100, 300, 900, 1000, 1000, 1000])
      assert.deepStrictEqual(reported.map((a) => a.attempt), [1, 2, 3, 4, 5, 6])
    }))

  it.effect("a healthy connection starts again from the first step", () =>
    Effect.gen(function*() {
      const { reported } = yield* attemptsFor(
        { initialDelay: "100 millis", maxDelay: "10 seconds", jitter: 0 },
        [drop(false), drop(false), drop(false), drop(true), drop(false)]
      )
      assert.deepStrictEqual(millis(reported), [100, 200, 400, 100, 200])
      assert.deepStrictEqual(reported.map((a) => a.attempt), [1, 2, 3, 1, 2])
    }))

  it.effect("maxAttempts: done after that many attempts since the last healthy connection", () =>
    Effect.gen(function*() {
      const { reported } = yield* attemptsFor(
        { initialDelay: "100 millis", jitter: 0, maxAttempts: 2 },
        [drop(false), drop(false), drop(true), drop(false), drop(false), drop(false)]
      )
      // 2 attempts, a healthy connection resets the count, 2 more, then done
      assert.deepStrictEqual(reported.map((a) => a.attempt), [1, 2, 1, 2])
    }))

  it.effect("a drop that must not be retried ends the schedule without an attempt", () =>
    Effect.gen(function*() {
      const { reported } = yield* attemptsFor({}, [drop(false, false), drop(false)])
      assert.strictEqual(reported.length, 0)
      const later = yield* attemptsFor({ jitter: 0 }, [drop(false), drop(false, false), drop(false)])
      assert.deepStrictEqual(millis(later.reported), [500])
    }))

  it.effect("jitter shortens each delay by at most its fraction", () =>
    Effect.gen(function*() {
      const { reported } = yield* attemptsFor(
        { initialDelay: "1 second", maxDelay: "8 seconds", jitter: 0.5 },
        Array.from({ length: 20 }, () => drop(false))
      )
      millis(reported).forEach((d, i) => {
        const base = Math.min(8000, 1000 * 2 ** i)
        assert.isAtLeast(d, base / 2)
        assert.isAtMost(d, base)
      })
      // the jitter is random, not a constant factor
      assert.isAbove(new Set(millis(reported).slice(3).map((d) => d)).size, 1)
    }))

  it.effect("the defaults: 500 ms, doubling, up to 30 s, 20% jitter, healthy after 10 s, no limit", () =>
    Effect.sync(() => {
      const c = Reconnect.config()
      assert.strictEqual(Duration.toMillis(c.initialDelay), 500)
      assert.strictEqual(Duration.toMillis(c.maxDelay), 30_000)
      assert.strictEqual(c.factor, 2)
      assert.strictEqual(c.jitter, 0.2)
      assert.strictEqual(Duration.toMillis(c.healthyAfter), 10_000)
      assert.isUndefined(c.maxAttempts)
    }))
})
