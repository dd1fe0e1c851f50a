/**
 * Raw clients for the exchange's tests: `fetch` with the three signed headers made by core's
 * Signer, and a `ws` client that records every frame and ping.
 */
import { Signer } from "@kalshi-effect/core"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import WebSocket from "ws"
import type { TestExchange } from "../../src/index.js"

export interface Reply {
  readonly status: number
  readonly body: any
}

export interface Call {
  readonly query?: Record<string, string> | undefined
  readonly body?: unknown
  /** Sign as this account; unsigned when omitted. */
  readonly as?: TestExchange.Account | undefined
  /** The signed timestamp (default: the exchange's now). */
  readonly timestampMs?: number | undefined
  /** Replaces the signed headers. */
  readonly headers?: Record<string, string> | undefined
}

export const signer = (account: TestExchange.Account) => Signer.make(account.credentials)

export const signedHeaders = (
  exchange: TestExchange.Service,
  account: TestExchange.Account,
  method: string,
  path: string,
  timestampMs?: number
) =>
  Effect.gen(function*() {
    const s = yield* Effect.orDie(signer(account))
    const ts = timestampMs ?? (yield* exchange.now)
    const h = yield* Effect.orDie(s.signAt(ts, method, path))
    return { ...h.toRecord() }
  })

export const call = (
  exchange: TestExchange.Service,
  method: string,
  path: string,
  options: Call = {}
): Effect.Effect<Reply> => Effect.orDie(attempt(exchange, method, path, options))

/** Like {@link call}, failing when no answer comes (the connection closed, or `timeoutMs` passed in real time). */
export const attempt = (
  exchange: TestExchange.Service,
  method: string,
  path: string,
  options: Call & { readonly timeoutMs?: number | undefined } = {}
): Effect.Effect<Reply, Error> =>
  Effect.gen(function*() {
    const url = new URL(exchange.restUrl + path)
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v)
    const headers: Record<string, string> = {
      ...(options.as !== undefined
        ? yield* signedHeaders(exchange, options.as, method, url.pathname, options.timestampMs)
        : {}),
      ...options.headers
    }
    if (options.body !== undefined) headers["content-type"] = "application/json"
    const res = yield* Effect.tryPromise({
      try: () =>
        fetch(url, {
          method,
          headers,
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
          ...(options.timeoutMs !== undefined ? { signal: AbortSignal.timeout(options.timeoutMs) } : {})
        }),
      catch: (e) => e as Error
    })
    const text = yield* Effect.tryPromise({ try: () => res.text(), catch: (e) => e as Error })
    return { status: res.status, body: text === "" ? undefined : JSON.parse(text) }
  })

export interface WsClient {
  readonly socket: WebSocket
  readonly frames: Array<any>
  readonly raw: Array<string>
  readonly pings: { count: number }
  readonly closed: Deferred.Deferred<number>
  readonly send: (command: unknown) => Effect.Effect<void>
  /** Waits for the first frame (from index `from`) matching `predicate`. */
  readonly next: (predicate: (frame: any) => boolean, from?: number) => Effect.Effect<any>
  /** Waits until `predicate` holds over the frames. */
  readonly until: (predicate: () => boolean) => Effect.Effect<void>
}

export const connect = (
  exchange: TestExchange.Service,
  account: TestExchange.Account | undefined,
  headers?: Record<string, string>
): Effect.Effect<WsClient, { readonly status: number }, Scope.Scope> =>
  Effect.gen(function*() {
    const signed = account === undefined
      ? {}
      : yield* signedHeaders(exchange, account, "GET", "/trade-api/ws/v2")
    const closed = yield* Deferred.make<number>()
    const waiters = new Set<() => void>()
    const notify = () => {
      for (const w of [...waiters]) w()
    }
    const socket = yield* Effect.acquireRelease(
      Effect.async<WebSocket, { readonly status: number }>((resume) => {
        const ws = new WebSocket(exchange.wsUrl, { headers: { ...signed, ...headers } })
        ws.on("open", () => resume(Effect.succeed(ws)))
        ws.on("unexpected-response", (_req, res) => {
          resume(Effect.fail({ status: res.statusCode ?? 0 }))
          ws.terminate()
        })
        ws.on("error", () => resume(Effect.fail({ status: 0 })))
      }),
      (ws) => Effect.sync(() => ws.terminate())
    )
    const frames: Array<any> = []
    const raw: Array<string> = []
    const pings = { count: 0 }
    socket.on("message", (data) => {
      const text = String(data)
      raw.push(text)
      try {
        frames.push(JSON.parse(text))
      } catch {
        frames.push({ type: "<malformed>", text })
      }
      notify()
    })
    socket.on("ping", () => {
      pings.count += 1
      notify()
    })
    socket.on("close", (code) => {
      Deferred.unsafeDone(closed, Effect.succeed(code))
      notify()
    })
    const until = (predicate: () => boolean) =>
      Effect.async<void>((resume) => {
        if (predicate()) return resume(Effect.void)
        const w = () => {
          if (predicate()) {
            waiters.delete(w)
            resume(Effect.void)
          }
        }
        waiters.add(w)
        return Effect.sync(() => waiters.delete(w))
      })
    const next = (predicate: (f: any) => boolean, from = 0) =>
      Effect.map(until(() => frames.slice(from).some(predicate)), () => frames.slice(from).find(predicate))
    return {
      socket,
      frames,
      raw,
      pings,
      closed,
      send: (command) => Effect.sync(() => socket.send(JSON.stringify(command))),
      next,
      until
    }
  })

export const someCredentials = (account: TestExchange.Account) => Option.getOrThrow(account.credentials)
