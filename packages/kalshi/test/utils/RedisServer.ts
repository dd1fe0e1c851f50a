/**
 * A real Redis for the tests: Debian's `redis-server` (installed by `.ci/run` when missing), on
 * 127.0.0.1 on a free port, without persistence, stopped with the scope. `stop` and `start` take it
 * down and bring it back on the same port, empty, as a restarted Redis would be.
 */
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { type ChildProcess, spawn } from "node:child_process"
import * as net from "node:net"

export interface RedisServer {
  readonly port: number
  /** Stops the server (SIGKILL: no goodbye to its clients) and waits for its port to close. */
  readonly stop: Effect.Effect<void>
  /** Starts it again on the same port and waits until it accepts connections. */
  readonly start: Effect.Effect<void>
}

const binary = process.env.REDIS_SERVER ?? "redis-server"

const freePort = Effect.async<number>((resume) => {
  const server = net.createServer()
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    server.close(() => resume(Effect.succeed(port)))
  })
})

const accepts = (port: number) =>
  Effect.async<boolean>((resume) => {
    const socket = net.connect(port, "127.0.0.1")
    socket.once("connect", () => {
      socket.destroy()
      resume(Effect.succeed(true))
    })
    socket.once("error", () => resume(Effect.succeed(false)))
  })

const until = (port: number, open: boolean) =>
  Effect.gen(function*() {
    for (let i = 0; i < 500; i++) {
      if ((yield* accepts(port)) === open) return
      yield* Effect.sleep("10 millis")
    }
    return yield* Effect.dieMessage(`redis-server on port ${port} did not ${open ? "start" : "stop"}`)
  })

export const make: Effect.Effect<RedisServer, never, Scope.Scope> = Effect.gen(function*() {
  const port = yield* freePort
  let child: ChildProcess | undefined
  let failure: string | undefined
  const start = Effect.suspend(() => {
    failure = undefined
    child = spawn(binary, [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--loglevel",
      "warning"
    ], { stdio: "ignore" })
    child.once("error", (e) => {
      failure = `cannot run ${binary} (install Debian's redis-server, or set REDIS_SERVER): ${e.message}`
    })
    return until(port, true).pipe(
      Effect.catchAllDefect((defect) => Effect.dieMessage(failure ?? String(defect)))
    )
  })
  const stop = Effect.suspend(() => {
    child?.kill("SIGKILL")
    child = undefined
    return until(port, false)
  })
  yield* Effect.acquireRelease(start, () => Effect.sync(() => child?.kill("SIGKILL")))
  return { port, stop, start }
})
