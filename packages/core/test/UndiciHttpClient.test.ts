/**
 * The undici transport on its own, as an `@effect/platform` `HttpClient`: bodies both ways,
 * headers, no redirect followed, transport errors, and interruption. (The SDK's behaviours over it,
 * redirects and timeouts included, are checked over every transport in KalshiHttpClient.test.ts.)
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Deferred, Effect, Exit, Fiber, Stream } from "effect"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import * as UndiciHttpClient from "../src/UndiciHttpClient.js"
import * as TestServer from "./utils/TestServer.js"

const withClient = <A, E>(f: (client: HttpClient.HttpClient) => Effect.Effect<A, E>) =>
  Effect.flatMap(HttpClient.HttpClient, f).pipe(Effect.provide(UndiciHttpClient.layer))

describe("UndiciHttpClient", () => {
  it.scopedLive("sends method, URL parameters, headers and a JSON body; reads status, headers and JSON", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      server.setHandler(() => ({ status: 201, body: { ok: true }, headers: { "x-answer": "42" } }))
      const request = HttpClientRequest.post(`${server.restUrl}/orders`, {
        urlParams: { a: "1", b: ["x", "y"] },
        headers: { "x-own": "mine" }
      }).pipe(HttpClientRequest.bodyUnsafeJson({ ticker: "KX-1" }))
      const { status, header, json } = yield* withClient((client) =>
        Effect.flatMap(
          client.execute(request),
          (response) =>
            Effect.map(
              response.json,
              (json) => ({ status: response.status, header: response.headers["x-answer"], json })
            )
        )
      )
      assert.strictEqual(status, 201)
      assert.strictEqual(header, "42")
      assert.deepStrictEqual(json, { ok: true })
      const received = server.received[0]!
      assert.strictEqual(received.method, "POST")
      assert.strictEqual(received.url, "/trade-api/v2/orders?a=1&b=x&b=y")
      assert.strictEqual(received.headers["x-own"], "mine")
      assert.strictEqual(received.headers["content-type"], "application/json")
      assert.deepStrictEqual(JSON.parse(received.body), { ticker: "KX-1" })
    }))

  it.scopedLive("reads a body once and gives the same text to a second read; streams a body", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      server.setHandler(() => ({ status: 200, body: "plain words", headers: { "content-type": "text/plain" } }))
      const [first, second, streamed] = yield* withClient((client) =>
        Effect.gen(function*() {
          const response = yield* client.get(server.restUrl)
          const first = yield* response.text
          const second = yield* response.text
          const again = yield* client.get(server.restUrl)
          const chunks = yield* Stream.runCollect(again.stream)
          const streamed = Buffer.concat(Chunk.toArray(chunks)).toString("utf8")
          return [first, second, streamed] as const
        })
      )
      assert.strictEqual(first, "plain words")
      assert.strictEqual(second, "plain words")
      assert.strictEqual(streamed, "plain words")
    }))

  it.scopedLive("sends a streamed body", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      const body = Stream.make("one ", "two ", "three").pipe(Stream.encodeText)
      const request = HttpClientRequest.post(server.restUrl).pipe(HttpClientRequest.bodyStream(body))
      const status = yield* withClient((client) => Effect.map(client.execute(request), (r) => r.status))
      assert.strictEqual(status, 200)
      assert.strictEqual(server.received[0]!.body, "one two three")
    }))

  it.scopedLive("answers a redirect as it is, without following it", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      server.setHandler(() => ({ status: 302, headers: { location: "/elsewhere" } }))
      const response = yield* withClient((client) => client.get(server.restUrl))
      assert.strictEqual(response.status, 302)
      assert.strictEqual(response.headers["location"], "/elsewhere")
      assert.strictEqual(server.received.length, 1)
    }))

  it.scopedLive("a refused connection is a RequestError of reason Transport with the system's code", () =>
    Effect.gen(function*() {
      const exit = yield* withClient((client) => Effect.exit(client.get("http://127.0.0.1:9/")))
      assert.isTrue(Exit.isFailure(exit))
      if (Exit.isFailure(exit) && exit.cause._tag === "Fail") {
        const error = exit.cause.error
        assert.strictEqual(error._tag, "RequestError")
        if (error._tag === "RequestError") {
          assert.strictEqual(error.reason, "Transport")
          assert.strictEqual((error.cause as { code?: string }).code, "ECONNREFUSED")
        }
      } else {
        assert.fail("expected a failure")
      }
    }))

  it.scopedLive("interrupting a request that gets no answer closes its connection", () =>
    Effect.gen(function*() {
      const closed = yield* Deferred.make<void>()
      const received = yield* Deferred.make<void>()
      const server = http.createServer((_, res) => {
        res.on("close", () => Deferred.unsafeDone(closed, Effect.void))
        Deferred.unsafeDone(received, Effect.void)
      })
      yield* Effect.acquireRelease(
        Effect.async<void>((resume) => {
          server.listen(0, "127.0.0.1", () => resume(Effect.void))
        }),
        () => Effect.sync(() => server.close())
      )
      const { port } = server.address() as AddressInfo
      // the client (and its Agent) outlives the request: only the request is interrupted
      yield* withClient((client) =>
        Effect.gen(function*() {
          const fiber = yield* client.get(`http://127.0.0.1:${port}/`).pipe(Effect.fork)
          yield* Deferred.await(received)
          const exit = yield* Fiber.interrupt(fiber)
          assert.isTrue(Exit.isInterrupted(exit))
          // the server sees the connection end: the request was aborted, not left behind
          yield* Deferred.await(closed)
        })
      )
    }))
})
