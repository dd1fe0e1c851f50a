import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Fiber, TestClock } from "effect"
import * as Connection from "../../src/internal/connection.js"

describe("internal/connection", () => {
  it.scoped("the watchdog fails with Silent once nothing moved for the silence timeout (TestClock)", () =>
    Effect.gen(function*() {
      let activity = 0
      const fiber = yield* Effect.fork(Effect.flip(Connection.watchdog(Duration.seconds(4), () => activity)))
      // a ping every 3 s keeps it quiet
      for (let i = 0; i < 5; i++) {
        yield* TestClock.adjust("3 seconds")
        activity++
      }
      assert.isNull(fiber.unsafePoll())
      yield* TestClock.adjust("3 seconds")
      assert.isNull(fiber.unsafePoll())
      yield* TestClock.adjust("2 seconds")
      const error = yield* Fiber.join(fiber)
      assert.strictEqual(error.reason, "Silent")
    }))
})
