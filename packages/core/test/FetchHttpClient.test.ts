/**
 * The SDK's `fetch` transport on its own: as an `HttpClient` it is `@effect/platform`'s
 * `FetchHttpClient`; its direct way calls `fetch` with a URL string and a plain `init`, reads
 * `Fetch` and `RequestInit` from the request's context, and ends what it starts. (The SDK's
 * behaviours over it, redirects, timeouts, retries and interruption included, are checked over every
 * transport in KalshiHttpClient.test.ts.)
 */
import { assert, describe, it } from "@effect/vitest"
import { Cause, Deferred, Effect, Exit, Fiber, Layer, Logger, Redacted, TestClock } from "effect"
import * as crypto from "node:crypto"
import * as FetchHttpClient from "../src/FetchHttpClient.js"
import { KalshiConfig, KalshiHttpClient } from "../src/index.js"
import * as TestServer from "./utils/TestServer.js"

const API_KEY_ID = "3f1c2b9e-8d7a-4c6b-9e5f-0a1b2c3d4e5f"
const pem = crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()

/** One call of `fetch` as the transport made it. */
interface Call {
  readonly input: unknown
  readonly init: RequestInit | undefined
}

/** A `fetch` that records its calls and hands them to the global one (or to `answer`). */
const recordingFetch = (answer: (input: string, init: RequestInit | undefined) => Promise<Response> = fetch) => {
  const calls: Array<Call> = []
  const f = ((input: string, init?: RequestInit) => {
    calls.push({ input, init })
    return answer(input, init)
  }) as typeof globalThis.fetch
  return { calls, fetch: f }
}

/** The signed client over the SDK's fetch transport, made in the context of the test. */
const signedClient = (restUrl: string, options: KalshiHttpClient.Options = {}) =>
  KalshiHttpClient.layer({ rateLimits: { disabled: true }, retry: { times: 0 }, ...options }).pipe(
    Layer.provide(
      KalshiConfig.layer({
        environment: { restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" },
        apiKeyId: Redacted.make(API_KEY_ID),
        privateKey: Redacted.make(pem)
      })
    ),
    Layer.provide(FetchHttpClient.layer)
  )

const execute = (request: KalshiHttpClient.Request) =>
  Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (client) => client.execute(request))

const getBalance: KalshiHttpClient.Request = {
  operation: "GetBalance",
  method: "GET",
  path: "/portfolio/balance",
  auth: "signed"
}

const createOrder: KalshiHttpClient.Request = {
  operation: "CreateOrderV2",
  method: "POST",
  path: "/portfolio/events/orders",
  body: { ticker: "KX-1", client_order_id: "coid-1", count: "1.00" },
  auth: "signed"
}

/** The tag of the error an exit failed with. */
const failureTag = (exit: Exit.Exit<unknown, { readonly _tag: string }>): string => {
  if (Exit.isSuccess(exit)) return "success"
  const error = Cause.failureOption(exit.cause)
  return error._tag === "Some" ? error.value._tag : Cause.pretty(exit.cause)
}

describe("FetchHttpClient", () => {
  it.scopedLive("as an HttpClient it is @effect/platform's: it sends, reads, and lets fetch follow redirects", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      server.setHandler((req) =>
        req.path === "/trade-api/v2/old"
          ? { status: 302, headers: { location: "/trade-api/v2/new" } }
          : { status: 200, body: { at: req.path } }
      )
      const client = yield* FetchHttpClient.make
      const json = yield* Effect.flatMap(client.get(`${server.restUrl}/old`), (response) => response.json)
      assert.deepStrictEqual(json, { at: "/trade-api/v2/new" })
      assert.deepStrictEqual(server.received.map((r) => r.path), ["/trade-api/v2/old", "/trade-api/v2/new"])
    }))

  it.scopedLive("the signed client calls fetch with a URL string and a plain init: headers as a record, redirect manual, one signal", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      server.setHandler((req) =>
        req.method === "GET" ? { status: 200, body: { balance: 1 } } : { status: 201, body: { order_id: "o1" } }
      )
      const { calls, fetch } = recordingFetch()
      const [balance, order] = yield* Effect.all([execute(getBalance), execute(createOrder)]).pipe(
        Effect.provide(signedClient(server.restUrl)),
        Effect.provideService(FetchHttpClient.Fetch, fetch)
      )
      assert.deepStrictEqual(balance.body, { balance: 1 })
      assert.deepStrictEqual(order.body, { order_id: "o1" })
      assert.strictEqual(calls.length, 2)
      const [get, post] = calls
      for (const call of [get!, post!]) {
        assert.strictEqual(typeof call.input, "string")
        assert.strictEqual(Object.getPrototypeOf(call.init), Object.prototype)
        assert.strictEqual(Object.getPrototypeOf(call.init!.headers), Object.prototype)
        assert.strictEqual(call.init!.redirect, "manual")
        assert.instanceOf(call.init!.signal, AbortSignal)
      }
      assert.strictEqual(get!.input, `${server.restUrl}/portfolio/balance`)
      assert.strictEqual(get!.init!.method, "GET")
      assert.isNull(get!.init!.body)
      assert.strictEqual(post!.init!.method, "POST")
      assert.strictEqual(typeof post!.init!.body, "string")
      assert.deepStrictEqual(JSON.parse(post!.init!.body as string), createOrder.body)
      const headers = post!.init!.headers as Record<string, string>
      assert.strictEqual(headers["kalshi-access-key"], API_KEY_ID)
      assert.strictEqual(headers["content-type"], "application/json")
      assert.deepStrictEqual(server.received.map((r) => r.headers["kalshi-access-signature"]), [
        (get!.init!.headers as Record<string, string>)["kalshi-access-signature"],
        headers["kalshi-access-signature"]
      ])
    }))

  it.scopedLive("Fetch and RequestInit of the request's context come before the client's; the request's headers win", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      server.setHandler(() => ({ status: 200, body: {} }))
      const made = recordingFetch()
      const own = recordingFetch()
      const context = yield* Layer.build(signedClient(server.restUrl)).pipe(
        Effect.provideService(FetchHttpClient.Fetch, made.fetch),
        Effect.provideService(FetchHttpClient.RequestInit, { headers: { "x-made": "1" } })
      )
      const run = execute(getBalance).pipe(Effect.provide(context))
      yield* run
      yield* run.pipe(
        Effect.provideService(FetchHttpClient.Fetch, own.fetch),
        Effect.provideService(FetchHttpClient.RequestInit, {
          headers: { "x-own": "2", accept: "text/html", "content-length": "7" },
          credentials: "omit"
        })
      )
      assert.strictEqual(made.calls.length, 1)
      assert.strictEqual(own.calls.length, 1)
      const [first, second] = server.received
      assert.strictEqual(first!.headers["x-made"], "1")
      assert.strictEqual(second!.headers["x-own"], "2")
      assert.isUndefined(second!.headers["x-made"])
      assert.strictEqual(second!.headers["accept"], "application/json")
      assert.strictEqual(own.calls[0]!.init!.credentials, "omit")
      assert.notProperty(own.calls[0]!.init!.headers, "content-length")
    }))

  it.scopedLive("a fetch that throws instead of rejecting fails the request with a TransportError", () =>
    Effect.gen(function*() {
      const throwing = (() => {
        throw new TypeError("no fetch here")
      }) as typeof globalThis.fetch
      const exit = yield* execute(getBalance).pipe(
        Effect.provide(signedClient("http://127.0.0.1:9/trade-api/v2")),
        Effect.provideService(FetchHttpClient.Fetch, throwing),
        Effect.exit
      )
      assert.strictEqual(failureTag(exit), "TransportError")
      assert.include(Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "", "no fetch here")
    }))

  it.scoped("an answer that comes after its timeout, from a fetch that ignores its signal, has its body cancelled", () =>
    Effect.gen(function*() {
      const cancelled = yield* Deferred.make<void>()
      const called = yield* Deferred.make<void>()
      let answer: (response: Response) => void = () => {}
      const { calls, fetch } = recordingFetch(() => {
        Deferred.unsafeDone(called, Effect.void)
        return new Promise<Response>((resolve) => {
          answer = resolve
        })
      })
      const fiber = yield* execute({ ...getBalance, timeout: "1 second" }).pipe(
        Effect.provide(signedClient("http://127.0.0.1:9/trade-api/v2")),
        Effect.provideService(FetchHttpClient.Fetch, fetch),
        Effect.exit,
        Effect.fork
      )
      yield* Deferred.await(called)
      yield* TestClock.adjust("1 second")
      const exit = yield* Fiber.join(fiber)
      assert.strictEqual(failureTag(exit), "Timeout")
      assert.isTrue(calls[0]!.init!.signal!.aborted)
      const body = new ReadableStream<Uint8Array>({
        cancel: () => Deferred.unsafeDone(cancelled, Effect.void)
      })
      answer(new Response(body, { status: 200 }))
      yield* Deferred.await(cancelled)
    }))

  it.scopedLive("a request that fails shows neither the key id nor the signature in its error or its logs", () =>
    Effect.gen(function*() {
      const logs: Array<string> = []
      const logger = Logger.make(({ message, cause }) => {
        logs.push(`${String(message)} ${Cause.pretty(cause)}`)
      })
      const closed = yield* Effect.scoped(TestServer.make)
      const { calls, fetch } = recordingFetch()
      const exit = yield* execute(createOrder).pipe(
        Effect.provide(signedClient(closed.restUrl, { retry: { times: 1, base: "1 millis", jitter: false } })),
        Effect.provideService(FetchHttpClient.Fetch, fetch),
        Effect.tapErrorCause(Effect.logError),
        Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
        Effect.exit
      )
      assert.strictEqual(failureTag(exit), "TransportError")
      // nothing was sent: the write was retried once
      assert.strictEqual(calls.length, 2)
      const shown = Exit.isFailure(exit)
        ? [Cause.pretty(exit.cause), JSON.stringify(Cause.failures(exit.cause)), ...logs].join("\n")
        : ""
      assert.include(shown, "ECONNREFUSED")
      for (const call of calls) {
        const headers = call.init!.headers as Record<string, string>
        assert.notInclude(shown, headers["kalshi-access-signature"]!)
      }
      assert.notInclude(shown, API_KEY_ID)
    }))
})
