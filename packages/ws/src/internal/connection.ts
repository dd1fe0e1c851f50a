/**
 * The connection: one socket at a time, opened with the signed handshake, kept alive by the
 * server's pings, and replaced when it goes silent.
 *
 * @internal
 */
import * as Socket from "@effect/platform/Socket"
import type { Signer } from "@kalshi-effect/core/Signer"
import type * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Predicate from "effect/Predicate"
import type * as Scope from "effect/Scope"
import type { WebSocketFactory } from "../KalshiWebSocket.js"
import { ConnectionError } from "../KalshiWebSocketError.js"

/** What one connection needs. */
export interface Options {
  readonly url: string
  readonly signer: Context.Tag.Service<Signer>
  readonly factory: WebSocketFactory
  readonly openTimeout: Duration.DurationInput
  readonly silenceTimeout: Duration.Duration
}

/** What happens on one connection. */
export interface Handlers {
  /** Each frame, synchronously, in order. */
  readonly onFrame: (data: string | Uint8Array) => void
  /** The handshake completed. */
  readonly onOpen: Effect.Effect<void>
}

/** The socket of the service. */
export interface Connection {
  /** Writes a frame on the open connection. */
  readonly send: (text: string) => Effect.Effect<void, ConnectionError>
  /** Opens one connection (signing a fresh handshake) and runs it until it ends, with the reason it ended. */
  readonly run: (handlers: Handlers) => Effect.Effect<never, ConnectionError>
}

/** Builds the connection; the socket of each run is closed when the run ends. */
export const make = (options: Options): Effect.Effect<Connection, never, Scope.Scope> =>
  Effect.gen(function*() {
    const path = new URL(options.url).pathname
    /** Counts pings and frames; the watchdog replaces a connection on which it stops moving. */
    let activity = 0
    const acquire = Effect.acquireRelease(
      Effect.gen(function*() {
        const headers = (yield* Effect.orDie(options.signer.sign("GET", path, "KalshiWebSocket"))).toRecord()
        return yield* Effect.try({
          try: () => {
            const ws = options.factory(options.url, headers)
            onPing(ws, () => {
              activity++
            })
            return ws
          },
          catch: (cause) => new Socket.SocketGenericError({ reason: "Open", cause })
        })
      }),
      (ws) => Effect.sync(() => ws.close(1000))
    )
    const socket = yield* Socket.fromWebSocket(acquire, {
      closeCodeIsError: () => true,
      openTimeout: options.openTimeout
    })
    const write = yield* socket.writer

    const run = (handlers: Handlers): Effect.Effect<never, ConnectionError> =>
      Effect.gen(function*() {
        const opened = yield* Deferred.make<void>()
        const onFrame = (data: string | Uint8Array): void => {
          activity++
          handlers.onFrame(data)
        }
        const onOpen = Effect.zipRight(
          Effect.sync(() => {
            activity++
          }),
          Effect.zipRight(handlers.onOpen, Deferred.succeed(opened, undefined))
        )
        yield* Effect.raceFirst(
          socket.runRaw(onFrame, { onOpen }).pipe(Effect.mapError(toConnectionError)),
          Effect.zipRight(Deferred.await(opened), watchdog(options.silenceTimeout, () => activity))
        )
        // a clean end is an end all the same
        return yield* new ConnectionError({ reason: "Closed", description: "the connection ended" })
      })

    return {
      send: (text) => Effect.mapError(write(text), toConnectionError),
      run
    }
  })

/** Fails with `Silent` once `activity` has not moved for `silenceTimeout` (checked four times per timeout). */
export const watchdog = (
  silenceTimeout: Duration.Duration,
  activity: () => number
): Effect.Effect<never, ConnectionError> =>
  Effect.suspend(() => {
    const timeout = Duration.toMillis(silenceTimeout)
    const step = timeout / 4
    let seen = activity()
    let idle = 0
    return Effect.sleep(Duration.millis(step)).pipe(
      Effect.zipRight(Effect.suspend(() => {
        const now = activity()
        if (now !== seen) {
          seen = now
          idle = 0
          return Effect.void
        }
        idle += step
        return idle >= timeout
          ? Effect.fail(
            new ConnectionError({
              reason: "Silent",
              description: `no ping and no message for ${Duration.format(silenceTimeout)}`
            })
          )
          : Effect.void
      })),
      Effect.forever
    )
  })

/** Registers a listener for ping frames when the socket exposes them (`ws`, used by isows on Node). */
const onPing = (ws: globalThis.WebSocket, f: () => void): void => {
  if (Predicate.hasProperty(ws, "on") && typeof ws.on === "function") {
    ws.on("ping", f)
    ws.on("pong", f)
  }
}

const statusOf = (cause: unknown): number | undefined => {
  const text = Predicate.hasProperty(cause, "message") && typeof cause.message === "string"
    ? cause.message
    : Predicate.hasProperty(cause, "error") && cause.error instanceof Error
    ? cause.error.message
    : undefined
  const match = text === undefined ? null : /Unexpected server response: (\d{3})/.exec(text)
  return match === null ? undefined : Number(match[1])
}

/**
 * The code and message of the error under a socket error. `ws` (isows on Node) reports an
 * `ErrorEvent` whose `error` holds the system or TLS error; others chain it as `cause`. The message
 * of the first error with a code is preferred (`connect ECONNREFUSED 127.0.0.1:1`).
 */
const underlying = (cause: unknown): { readonly code?: string; readonly message?: string } => {
  const chain: Array<unknown> = []
  let current: unknown = Predicate.hasProperty(cause, "error") && cause.error !== undefined && cause.error !== null
    ? cause.error
    : cause
  while (current !== undefined && current !== null && chain.length < 8) {
    chain.push(current)
    current = Predicate.hasProperty(current, "cause") ? current.cause : undefined
  }
  const messageOf = (u: unknown) =>
    typeof u === "string"
      ? u
      : Predicate.hasProperty(u, "message") && typeof u.message === "string" && u.message !== ""
      ? u.message
      : undefined
  const withCode = chain.find((u) => Predicate.hasProperty(u, "code") && typeof u.code === "string" && u.code !== "")
  const code = Predicate.hasProperty(withCode, "code") && typeof withCode.code === "string" ? withCode.code : undefined
  const message = messageOf(withCode) ?? chain.map(messageOf).find(Predicate.isNotUndefined)
  const text = message === undefined ? undefined : message.length > 300 ? `${message.slice(0, 300)}…` : message
  return { ...(code !== undefined ? { code } : {}), ...(text !== undefined ? { message: text } : {}) }
}

const withCause = (description: string, cause: unknown) => {
  const { code, message } = underlying(cause)
  return {
    ...(code !== undefined ? { code } : {}),
    description: message !== undefined ? `${description}: ${message}` : description
  }
}

/** The typed error of a socket failure. */
export const toConnectionError = (error: unknown): ConnectionError => {
  if (error instanceof ConnectionError) return error
  if (Socket.isSocketError(error)) {
    if (error.reason === "Close") {
      return new ConnectionError({
        reason: "Closed",
        closeCode: error.code,
        description: error.closeReason !== undefined && error.closeReason !== ""
          ? `the connection closed: ${error.closeReason}`
          : "the connection closed"
      })
    }
    if (error.reason === "Open") {
      const status = statusOf(error.cause)
      if (status === 401 || status === 403) {
        return new ConnectionError({
          reason: "Unauthorized",
          status,
          description: "the handshake was refused: check the API key id, the private key and the clock"
        })
      }
      if (status !== undefined) {
        return new ConnectionError({ reason: "Rejected", status, description: "the handshake was refused" })
      }
      return new ConnectionError({ reason: "Open", ...withCause("the connection could not be opened", error.cause) })
    }
    if (error.reason === "OpenTimeout") {
      return new ConnectionError({ reason: "OpenTimeout", description: "the handshake did not complete in time" })
    }
    return new ConnectionError({
      reason: error.reason,
      ...withCause(`a transport error during ${error.reason}`, error.cause)
    })
  }
  return new ConnectionError({ reason: "Open", description: String(error) })
}
