/**
 * A child process driven over the IPC channel of `child_process.fork`: requests `{ id, ...command }`,
 * replies `{ id, ok, result | error }`; the child announces itself with the reply of id 0.
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { fork } from "node:child_process"

type Reply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string }

export interface Child<Command> {
  readonly pid: number
  readonly call: <A>(command: Command) => Effect.Effect<A>
}

/** Forks `file` under tsx (killed when the scope closes) and waits for its first reply. */
export const start = <Command extends object, Ready>(
  file: string,
  args: ReadonlyArray<string>
): Effect.Effect<{ readonly child: Child<Command>; readonly ready: Ready }, Error, Scope.Scope> =>
  Effect.gen(function*() {
    const pending = new Map<number, (reply: Reply) => void>()
    const ready = yield* Deferred.make<Ready, Error>()
    const child = yield* Effect.acquireRelease(
      Effect.sync(() =>
        fork(file, [...args], {
          execArgv: ["--import", "tsx", "--conditions=@kalshi-effect/source"],
          stdio: ["ignore", "inherit", "inherit", "ipc"]
        })
      ),
      (child) => Effect.sync(() => child.kill("SIGKILL"))
    )
    child.on("message", (raw) => {
      const reply = raw as Reply
      if (reply.id === 0) {
        Deferred.unsafeDone(
          ready,
          reply.ok ? Effect.succeed(reply.result as Ready) : Effect.fail(new Error(reply.error))
        )
        return
      }
      const resolve = pending.get(reply.id)
      pending.delete(reply.id)
      resolve?.(reply)
    })
    child.on("exit", (code) => {
      Deferred.unsafeDone(ready, Effect.fail(new Error(`${file} exited (${code})`)))
      for (const resolve of pending.values()) resolve({ id: -1, ok: false, error: `${file} exited` })
      pending.clear()
    })
    const info = yield* Effect.timeoutFail(Deferred.await(ready), {
      duration: "120 seconds",
      onTimeout: () => new Error(`${file} did not start within 120 s`)
    })
    let nextId = 1
    const call = <A>(command: Command): Effect.Effect<A> =>
      Effect.async<A>((resume) => {
        const id = nextId++
        pending.set(id, (reply) =>
          resume(reply.ok ? Effect.succeed(reply.result as A) : Effect.dieMessage(`${file}: ${reply.error}`)))
        child.send({ ...command, id })
        return Effect.sync(() =>
          pending.delete(id)
        )
      })
    return { child: { pid: child.pid ?? -1, call }, ready: info }
  })
