import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Either, Fiber, TestClock } from "effect"
import * as Commands from "../../src/internal/commands.js"
import { ConnectionError } from "../../src/KalshiWebSocketError.js"
import { decodeReply } from "../../src/Messages.js"

const ok = (id: number) => Either.getOrThrow(decodeReply("ok", { id, type: "ok" }))
const errorReply = (id: number) =>
  Either.getOrThrow(decodeReply("error", { id, type: "error", msg: { code: 8, msg: "Unknown channel name" } }))

const setup = (stopped?: ConnectionError) =>
  Effect.gen(function*() {
    const sent: Array<{ id: number; cmd: string }> = []
    const connected = yield* Effect.makeLatch(true)
    const commands = Commands.make({
      send: (text) => Effect.sync(() => void sent.push(JSON.parse(text))),
      timeout: Duration.decode("2 seconds"),
      connected,
      stopped: () => stopped
    })
    const list = commands.request(
      "list_subscriptions",
      (id) => ({ id, cmd: "list_subscriptions" }),
      (incoming) =>
        incoming.type === "error" ? Either.left(Commands.serverError("x", incoming)) : Either.right(incoming.type)
    )
    return { sent, connected, commands, list }
  })

describe("internal/commands", () => {
  it.scoped("numbers commands from 1 and hands each reply to the command with its id", () =>
    Effect.gen(function*() {
      const { commands, list, sent } = yield* setup()
      const a = yield* Effect.fork(list)
      const b = yield* Effect.fork(list)
      for (let i = 0; i < 100 && sent.length < 2; i++) yield* Effect.yieldNow()
      assert.deepStrictEqual(sent.map((c) => c.id), [1, 2])
      assert.isTrue(commands.reply(2, errorReply(2)))
      assert.isTrue(commands.reply(1, ok(1)))
      assert.isFalse(commands.reply(1, ok(1)), "a reply is handed over once")
      assert.isFalse(commands.reply(7, ok(7)))
      assert.strictEqual(yield* Fiber.join(a), "ok")
      const error = yield* Effect.flip(Fiber.join(b))
      assert.strictEqual(error._tag === "ServerError" && error.code, 8)
    }))

  it.scoped("a command without a reply fails with CommandTimeout after the timeout (TestClock)", () =>
    Effect.gen(function*() {
      const { commands, list } = yield* setup()
      const fiber = yield* Effect.fork(Effect.flip(list))
      yield* TestClock.adjust("1999 millis")
      assert.isNull(fiber.unsafePoll())
      yield* TestClock.adjust("1 millis")
      const error = yield* Fiber.join(fiber)
      assert.strictEqual(error._tag, "CommandTimeout")
      assert.isFalse(commands.reply(1, ok(1)), "a timed-out command no longer waits")
    }))

  it.scoped("waits for a connection; the commands in flight when it drops fail with Lost", () =>
    Effect.gen(function*() {
      const { commands, connected, list, sent } = yield* setup()
      yield* connected.close
      const fiber = yield* Effect.fork(Effect.flip(list))
      yield* Effect.yieldNow()
      assert.strictEqual(sent.length, 0)
      yield* connected.open
      for (let i = 0; i < 100 && sent.length < 1; i++) yield* Effect.yieldNow()
      assert.strictEqual(sent.length, 1)
      commands.failPending()
      const error = yield* Fiber.join(fiber)
      assert.strictEqual(error._tag === "ConnectionError" && error.reason, "Lost")
    }))

  it.scoped("fails at once once the service stopped connecting", () =>
    Effect.gen(function*() {
      const stopped = new ConnectionError({ reason: "RetriesExhausted", description: "gave up" })
      const { list, sent } = yield* setup(stopped)
      assert.strictEqual(yield* Effect.flip(list), stopped)
      assert.strictEqual(sent.length, 0)
    }))
})
