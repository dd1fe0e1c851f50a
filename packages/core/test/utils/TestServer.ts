/**
 * A real HTTP server on 127.0.0.1 for tests: records every request it receives and answers with a
 * programmable handler (which may also drop the connection or never answer).
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import * as http from "node:http"
import type { AddressInfo } from "node:net"

export interface Received {
  readonly method: string
  readonly url: string
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

export type Reply =
  | { readonly status: number; readonly body?: string | object; readonly headers?: Record<string, string> }
  | { readonly drop: true }
  | { readonly hang: true }

export interface TestServer {
  readonly url: string
  /** REST base URL: `${url}/trade-api/v2`. */
  readonly restUrl: string
  readonly received: Array<Received>
  /** Replaces the handler. */
  setHandler(handler: (req: Received, index: number) => Reply): void
  /** Resolves once at least `n` requests have been received. */
  waitFor(n: number): Effect.Effect<void>
}

export const make: Effect.Effect<TestServer, never, Scope.Scope> = Effect.gen(function*() {
  let handler: (req: Received, index: number) => Reply = () => ({ status: 200, body: {} })
  const received: Array<Received> = []
  const waiters: Array<{ n: number; deferred: Deferred.Deferred<void> }> = []
  const hanging = new Set<http.ServerResponse>()
  const server = http.createServer((req, res) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1")
      const r: Received = {
        method: req.method ?? "",
        url: req.url ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8")
      }
      const index = received.length
      received.push(r)
      for (const w of waiters) {
        if (received.length >= w.n) Deferred.unsafeDone(w.deferred, Effect.void)
      }
      const reply = handler(r, index)
      if ("drop" in reply) {
        req.socket.destroy()
      } else if ("hang" in reply) {
        hanging.add(res)
      } else {
        const body = reply.body === undefined
          ? ""
          : typeof reply.body === "string"
          ? reply.body
          : JSON.stringify(reply.body)
        res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers })
        res.end(body)
      }
    })
  })
  yield* Effect.acquireRelease(
    Effect.async<void>((resume) => {
      server.listen(0, "127.0.0.1", () => resume(Effect.void))
    }),
    () =>
      Effect.async<void>((resume) => {
        for (const res of hanging) res.destroy()
        server.closeAllConnections()
        server.close(() => resume(Effect.void))
      })
  )
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    restUrl: `${url}/trade-api/v2`,
    received,
    setHandler(h) {
      handler = h
    },
    waitFor: (n) =>
      Effect.suspend(() => {
        if (received.length >= n) return Effect.void
        return Effect.flatMap(Deferred.make<void>(), (deferred) => {
          waiters.push({ n, deferred })
          if (received.length >= n) Deferred.unsafeDone(deferred, Effect.void)
          return Deferred.await(deferred)
        })
      })
  }
})
