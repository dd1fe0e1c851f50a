/**
 * Commands: ids, the replies that answer them, timeouts, and the failure of those in flight when
 * the connection drops.
 *
 * @internal
 */
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import { CommandTimeout, ConnectionError, ServerError } from "../KalshiWebSocketError.js"
import type { CommandError } from "../KalshiWebSocketError.js"
import type { DataMessage, ErrorReply, Reply } from "../Messages.js"

/** A frame that may answer a command. */
export type Incoming = Reply | DataMessage

/** Reads the reply of a command: its result, or the server's error. */
export type Interpret<A> = (incoming: Incoming, id: number) => Either.Either<A, ServerError>

interface Pending {
  readonly command: string
  readonly onReply: (incoming: Incoming) => void
  readonly onFail: (error: ConnectionError) => void
}

/** The commands of the service. */
export interface Commands {
  /**
   * Sends a command once connected and waits for its reply. `interpret` runs synchronously in the
   * frame handler, before the next frame is read.
   */
  readonly request: <A>(
    command: string,
    build: (id: number) => object,
    interpret: Interpret<A>
  ) => Effect.Effect<A, CommandError>
  /** Hands a frame to the command with this id; `false` when no command waits for it. */
  readonly reply: (id: number, incoming: Incoming) => boolean
  /** The connection dropped: every command in flight fails with `Lost`. */
  readonly failPending: () => void
  /** `unsubscribe` of some sids. */
  readonly unsubscribe: (sids: ReadonlyArray<number>) => Effect.Effect<void, CommandError>
}

/** What the commands need. */
export interface Options {
  readonly send: (text: string) => Effect.Effect<void, ConnectionError>
  readonly timeout: Duration.Duration
  /** Open while a connection is open (or when the service stopped connecting). */
  readonly connected: Effect.Latch
  /** The error every command fails with once the service stopped connecting. */
  readonly stopped: () => ConnectionError | undefined
}

/** Builds the commands of one service. */
export const make = (options: Options): Commands => {
  let nextId = 1
  const pending = new Map<number, Pending>()
  const timeoutMillis = Duration.toMillis(options.timeout)

  const request = <A>(
    command: string,
    build: (id: number) => object,
    interpret: Interpret<A>
  ): Effect.Effect<A, CommandError> =>
    Effect.suspend(() => {
      const id = nextId++
      return Effect.gen(function*() {
        const deferred = yield* Deferred.make<A, CommandError>()
        yield* options.connected.await
        const stopped = options.stopped()
        if (stopped !== undefined) return yield* stopped
        pending.set(id, {
          command,
          onReply: (incoming) => {
            pending.delete(id)
            Deferred.unsafeDone(
              deferred,
              Either.match(interpret(incoming, id), { onLeft: Exit.fail, onRight: Exit.succeed })
            )
          },
          onFail: (error) => {
            pending.delete(id)
            Deferred.unsafeDone(deferred, Exit.fail(error))
          }
        })
        yield* options.send(JSON.stringify(build(id)))
        return yield* Deferred.await(deferred)
      }).pipe(
        Effect.timeoutFail({
          duration: options.timeout,
          onTimeout: () => new CommandTimeout({ command, id, timeoutMillis })
        }),
        Effect.ensuring(Effect.sync(() => pending.delete(id)))
      )
    })

  return {
    request,
    reply: (id, incoming) => {
      const p = pending.get(id)
      if (p === undefined) return false
      p.onReply(incoming)
      return true
    },
    failPending: () => {
      for (const p of [...pending.values()]) {
        p.onFail(new ConnectionError({ reason: "Lost", description: `the connection dropped during ${p.command}` }))
      }
      pending.clear()
    },
    unsubscribe: (sids) =>
      request(
        "unsubscribe",
        (id) => ({ id, cmd: "unsubscribe", params: { sids } }),
        (incoming) =>
          incoming.type === "error" ? Either.left(serverError("unsubscribe", incoming)) : Either.right(undefined)
      )
  }
}

/** The server's answer to a command as a `ServerError`. */
export const serverError = (command: string | undefined, reply: ErrorReply): ServerError =>
  new ServerError({
    ...(command !== undefined ? { command } : {}),
    code: reply.msg.code,
    errorMessage: reply.msg.msg,
    ...(reply.sid !== undefined ? { sid: reply.sid } : {}),
    ...(reply.msg.market_ticker !== undefined ? { marketTicker: reply.msg.market_ticker } : {}),
    ...(reply.msg.market_tickers !== undefined ? { marketTickers: reply.msg.market_tickers } : {})
  })

/** A reply of a type the command does not expect. */
export const unexpected = (command: string, incoming: Incoming): ServerError =>
  new ServerError({ command, code: 0, errorMessage: `unexpected reply of type ${incoming.type}` })
