/**
 * The control channel between the soak and its exchange process (`exchange.ts`): the requests,
 * their replies, and the parent's side, which forks the exchange and calls it as Effects.
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { type ChildProcess, fork } from "node:child_process"
import { fileURLToPath } from "node:url"

export interface RequestMatch {
  readonly method?: string | undefined
  readonly path?: string | undefined
}

export type Request =
  & { readonly id: number }
  & (
    | { readonly op: "dropWebSockets" }
    | { readonly op: "skipSeq"; readonly channel?: string | undefined }
    | { readonly op: "failRequests"; readonly status: number; readonly count: number; readonly match?: RequestMatch }
    | {
      readonly op: "delayRequests"
      readonly delayMs: number
      readonly count: number
      readonly match?: RequestMatch
    }
    | { readonly op: "dropResponses"; readonly count: number; readonly match?: RequestMatch }
    | { readonly op: "refuseHandshakes"; readonly status: number; readonly count: number }
    | { readonly op: "sendMalformedFrame" }
    | { readonly op: "books" }
    /** The account's resting orders, the others changed since `sinceMs` (Unix ms), and those of `clientOrderIds`. */
    | { readonly op: "orders"; readonly sinceMs: number; readonly clientOrderIds: ReadonlyArray<string> }
    | { readonly op: "stats" }
  )

/** Distributes `Omit` over the request union. */
type Command<R> = R extends unknown ? Omit<R, "id"> : never

export type Reply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string }

/** One market's book as plain text levels, best first: YES bids and NO bids. */
export interface BookLevels {
  readonly ticker: string
  readonly yes: ReadonlyArray<readonly [price: string, size: string]>
  readonly no: ReadonlyArray<readonly [price: string, size: string]>
}

/** One order of the exchange's ledger for the pipeline's account. */
export interface LedgerOrder {
  readonly orderId: string
  readonly clientOrderId: string
  readonly ticker: string
  readonly status: string
  readonly remaining: string
}

export interface Ready {
  readonly restUrl: string
  readonly wsUrl: string
  readonly user: string
  readonly apiKeyId: string
  readonly privateKey: string
  readonly tickers: ReadonlyArray<string>
}

export interface ExchangeProcess {
  readonly ready: Ready
  readonly pid: number
  readonly call: <A>(command: Command<Request>) => Effect.Effect<A>
}

/**
 * Forks the exchange process (killed when the scope closes) and waits until it listens.
 */
export const start = (options: {
  readonly markets: number
  readonly intervalMs: number
  readonly seed: number
}): Effect.Effect<ExchangeProcess, Error, Scope.Scope> =>
  Effect.gen(function*() {
    const pending = new Map<number, (reply: Reply) => void>()
    const ready = yield* Deferred.make<Ready, Error>()
    const child: ChildProcess = yield* Effect.acquireRelease(
      Effect.sync(() =>
        fork(
          fileURLToPath(new URL("./exchange.ts", import.meta.url)),
          [
            "--markets",
            String(options.markets),
            "--interval",
            String(options.intervalMs),
            "--seed",
            String(options.seed)
          ],
          {
            execArgv: ["--import", "tsx", "--conditions=@kalshi-effect/source"],
            stdio: ["ignore", "inherit", "inherit", "ipc"]
          }
        )
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
      Deferred.unsafeDone(ready, Effect.fail(new Error(`the exchange process exited (${code})`)))
      for (const resolve of pending.values()) resolve({ id: -1, ok: false, error: "the exchange process exited" })
      pending.clear()
    })
    const info = yield* Effect.timeoutFail(Deferred.await(ready), {
      duration: "60 seconds",
      onTimeout: () => new Error("the exchange process did not start within 60 s")
    })
    let nextId = 1
    const call = <A>(command: Command<Request>): Effect.Effect<A> =>
      Effect.async<A>((resume) => {
        const id = nextId++
        pending.set(
          id,
          (reply) =>
            resume(reply.ok ? Effect.succeed(reply.result as A) : Effect.dieMessage(`exchange: ${reply.error}`))
        )
        child.send({ ...command, id })
        return Effect.sync(() => pending.delete(id))
      })
    return { ready: info, pid: child.pid ?? -1, call }
  })
