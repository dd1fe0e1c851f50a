import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { assert, describe, it } from "@effect/vitest"
import {
  Deferred,
  Effect,
  Exit,
  Fiber,
  FiberRef,
  Layer,
  Metric,
  Option,
  Redacted,
  Schema,
  type Scope,
  TestClock,
  Tracer
} from "effect"
import * as crypto from "node:crypto"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import * as CoreFetchHttpClient from "../src/FetchHttpClient.js"
import { KalshiConfig, KalshiError, KalshiHttpClient } from "../src/index.js"
import * as Direct from "../src/internal/directTransport.js"
import * as UndiciHttpClient from "../src/UndiciHttpClient.js"
import * as TestServer from "./utils/TestServer.js"

/** Every platform client the behaviours that depend on the transport are checked over. */
const platforms: ReadonlyArray<readonly [string, Layer.Layer<HttpClient.HttpClient>]> = [
  ["FetchHttpClient", FetchHttpClient.layer],
  ["the SDK's FetchHttpClient", CoreFetchHttpClient.layer],
  ["UndiciHttpClient", UndiciHttpClient.layer],
  ["NodeHttpClient.layerUndici", NodeHttpClient.layerUndici],
  ["NodeHttpClient (node:http)", NodeHttpClient.layer]
]

const clientLayer = (
  server: TestServer.TestServer,
  options: KalshiHttpClient.Options = {},
  platform: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer
) =>
  KalshiHttpClient.layer({ rateLimits: { disabled: true }, ...options }).pipe(
    Layer.provide(
      KalshiConfig.layer({ environment: { restUrl: server.restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" } })
    ),
    Layer.provide(platform)
  )

const withClient = <A, E>(
  server: TestServer.TestServer,
  f: (client: KalshiHttpClient.Service) => Effect.Effect<A, E>,
  options: KalshiHttpClient.Options = {},
  platform: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer
) =>
  Effect.flatMap(KalshiHttpClient.KalshiHttpClient, f).pipe(
    Effect.provide(clientLayer(server, options, platform)),
    Effect.orDie
  )

const getMarkets: KalshiHttpClient.Request = {
  operation: "GetMarkets",
  method: "GET",
  path: "/markets",
  query: { limit: 5, status: "open", tickers: ["A", "B"], absent: undefined },
  auth: "public"
}

const createOrder: KalshiHttpClient.Request = {
  operation: "CreateOrderV2",
  method: "POST",
  path: "/portfolio/events/orders",
  body: { ticker: "KX-1", client_order_id: "coid-1", count: "1.00" },
  clientOrderId: "coid-1",
  auth: "public"
}

const failure = <A, E>(exit: Exit.Exit<A, E>): E => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
  if (error === undefined) throw new Error(`expected a Fail cause, got ${exit.cause._tag}`)
  return error
}

describe("KalshiHttpClient", () => {
  describe("requests", () => {
    for (const [name, platform] of platforms) {
      it.scopedLive(`${name}: sends the method, path, query and JSON body and decodes the answer`, () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          server.setHandler(() => ({ status: 200, body: { markets: [{ ticker: "A" }], cursor: "" } }))
          const response = yield* withClient(server, (client) => client.execute(getMarkets), {}, platform)
          assert.strictEqual(response.status, 200)
          assert.deepStrictEqual(response.body, { markets: [{ ticker: "A" }], cursor: "" })
          const [req] = server.received
          assert.strictEqual(req!.method, "GET")
          assert.strictEqual(req!.path, "/trade-api/v2/markets")
          assert.strictEqual(req!.query.get("limit"), "5")
          assert.strictEqual(req!.query.get("status"), "open")
          assert.deepStrictEqual(req!.query.getAll("tickers"), ["A", "B"])
          assert.isFalse(req!.query.has("absent"))
          assert.strictEqual(req!.headers["accept"], "application/json")

          server.setHandler(() => ({ status: 201, body: { order: { order_id: "o1" } } }))
          const created = yield* withClient(server, (client) => client.execute(createOrder), {}, platform)
          assert.strictEqual(created.status, 201)
          const post = server.received[1]!
          assert.strictEqual(post.method, "POST")
          assert.deepStrictEqual(JSON.parse(post.body), createOrder.body)
          assert.strictEqual(post.headers["content-type"], "application/json")
        }))
    }

    it.scopedLive("executeSchema decodes with the schema and names the failing field", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        const Markets = Schema.Struct({ markets: Schema.Array(Schema.Struct({ ticker: Schema.String })) })
        server.setHandler(() => ({ status: 200, body: { markets: [{ ticker: "A", extra: 1 }], added_later: true } }))
        const ok = yield* withClient(server, (client) => client.executeSchema(getMarkets, Markets))
        assert.deepStrictEqual(ok, { markets: [{ ticker: "A" }] })

        server.setHandler(() => ({ status: 200, body: { markets: [{ ticker: "A" }, { ticker: 7 }] } }))
        const exit = yield* withClient(server, (client) => Effect.exit(client.executeSchema(getMarkets, Markets)))
        const error = failure(exit)
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") {
          assert.strictEqual(error.operation, "GetMarkets")
          assert.strictEqual(error.path, "markets.1.ticker")
          assert.include(error.message, "markets.1.ticker")
        }
      }))

    it.scopedLive("a 2xx body that is not JSON is a DecodeError", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler(() => ({ status: 200, body: "<html>" }))
        const exit = yield* withClient(server, (client) => Effect.exit(client.execute(getMarkets)))
        assert.strictEqual(failure(exit)._tag, "DecodeError")
      }))

    it.scopedLive("a path that could escape its route is refused before sending", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        for (
          const path of [
            "/markets/../portfolio",
            "/markets?x=1",
            "/markets#f",
            "markets",
            "/a/./b",
            "/markets/KX BTC",
            "/markets/é",
            "/markets/..\\..\\exchange",
            "/markets/%2e%2e/%2E%2E/exchange"
          ]
        ) {
          const exit = yield* withClient(server, (client) => Effect.exit(client.execute({ ...getMarkets, path })))
          const error = failure(exit)
          assert.strictEqual(error._tag, "InvalidInput", path)
        }
        assert.strictEqual(server.received.length, 0)
        // Percent-encoded parameters pass unchanged.
        const encoded = `/markets/${encodeURIComponent("A/../B?#é")}`
        yield* withClient(server, (client) => client.execute({ ...getMarkets, path: encoded }))
        assert.strictEqual(server.received[0]!.path, `/trade-api/v2${encoded}`)
      }))

    it.scopedLive("transformClient changes the underlying HttpClient", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        yield* withClient(
          server,
          (client) => client.execute(getMarkets),
          { transformClient: HttpClient.mapRequest(HttpClientRequest.setHeader("x-trace", "on")) }
        )
        assert.strictEqual(server.received[0]!.headers["x-trace"], "on")
        assert.isUndefined(server.received[0]!.headers["traceparent"])
      }))

    it.effect("the layer adds the KALSHI-ACCESS-* headers to the redacted header names", () =>
      Effect.gen(function*() {
        const before = yield* FiberRef.get(Headers.currentRedactedNames)
        assert.notInclude(before, "kalshi-access-key")
        const names = yield* FiberRef.get(Headers.currentRedactedNames).pipe(
          Effect.provide(
            KalshiHttpClient.layer().pipe(Layer.provide(KalshiConfig.layer()), Layer.provide(FetchHttpClient.layer))
          )
        )
        for (const name of ["kalshi-access-key", "kalshi-access-timestamp", "kalshi-access-signature"]) {
          assert.include(names, name)
        }
        assert.include(names, "authorization")
      }))

    it.scopedLive("counts requests by operation and status", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        const counter = KalshiHttpClient.requestsTotal.pipe(
          Metric.tagged("operation", "GetMetricsProbe"),
          Metric.tagged("status", "200")
        )
        const before = (yield* Metric.value(counter)).count
        yield* withClient(server, (client) =>
          Effect.zipRight(
            client.execute({ ...getMarkets, operation: "GetMetricsProbe" }),
            client.execute({ ...getMarkets, operation: "GetMetricsProbe" })
          ))
        assert.strictEqual((yield* Metric.value(counter)).count - before, 2)
      }))
  })

  describe("error bodies", () => {
    const cases: ReadonlyArray<{
      readonly name: string
      readonly status: number
      readonly body: string
      readonly expect: Partial<Record<"code" | "errorMessage" | "details" | "service" | "body", string>>
    }> = [
      {
        name: "nested",
        status: 401,
        body: JSON.stringify({
          error: {
            code: "authentication_error",
            message: "authentication_error",
            details: "INCORRECT_API_KEY_SIGNATURE",
            service: "auth"
          }
        }),
        expect: {
          code: "authentication_error",
          errorMessage: "authentication_error",
          details: "INCORRECT_API_KEY_SIGNATURE",
          service: "auth"
        }
      },
      {
        name: "flat",
        status: 400,
        body: JSON.stringify({ code: "bad_request", message: "invalid JSON", details: "unexpected EOF" }),
        expect: { code: "bad_request", errorMessage: "invalid JSON", details: "unexpected EOF" }
      },
      {
        name: "bare msg",
        status: 400,
        body: JSON.stringify({ msg: "Parameter validation failed: limit must be <= 1000" }),
        expect: { errorMessage: "Parameter validation failed: limit must be <= 1000" }
      },
      {
        name: "unknown JSON",
        status: 404,
        body: JSON.stringify({ weird: true }),
        expect: { body: "{\"weird\":true}" }
      },
      {
        name: "plain text",
        status: 502,
        body: "upstream connect error",
        expect: { body: "upstream connect error" }
      }
    ]
    for (const c of cases) {
      it.scopedLive(`maps the ${c.name} shape`, () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          server.setHandler(() => ({ status: c.status, body: c.body }))
          const exit = yield* withClient(
            server,
            (client) => Effect.exit(client.execute(getMarkets)),
            { retry: { times: 0 } }
          )
          const error = failure(exit)
          assert.strictEqual(error._tag, "HttpError")
          if (error._tag !== "HttpError") return
          assert.strictEqual(error.status, c.status)
          assert.strictEqual(error.path, "/trade-api/v2/markets")
          for (const key of ["code", "errorMessage", "details", "service", "body"] as const) {
            assert.strictEqual(error[key], c.expect[key], key)
          }
          assert.include(error.message, String(c.status))
          // The error survives a round trip through its schema.
          const encoded = yield* Schema.encode(KalshiError.KalshiError)(error)
          const decoded = yield* Schema.decodeUnknown(KalshiError.KalshiError)(JSON.parse(JSON.stringify(encoded)))
          assert.strictEqual(decoded._tag, "HttpError")
          assert.isTrue(KalshiError.isKalshiError(decoded))
        }))
    }

    it.scopedLive("a 409 carries the code the caller needs", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler(() => ({
          status: 409,
          body: { error: { code: "order_already_exists", message: "order already exists" } }
        }))
        const exit = yield* withClient(server, (client) => Effect.exit(client.execute(createOrder)))
        const error = failure(exit)
        assert.strictEqual(error._tag, "HttpError")
        if (error._tag === "HttpError") assert.strictEqual(error.code, "order_already_exists")
        assert.strictEqual(server.received.length, 1)
      }))

    it.scopedLive("429 maps to RateLimited with Retry-After", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler(() => ({
          status: 429,
          body: { error: { code: "too_many_requests", message: "slow down" } },
          headers: { "retry-after": "3" }
        }))
        const exit = yield* withClient(
          server,
          (client) => Effect.exit(client.execute(getMarkets)),
          { retry: { times: 0 } }
        )
        const error = failure(exit)
        assert.strictEqual(error._tag, "RateLimited")
        if (error._tag === "RateLimited") {
          assert.strictEqual(error.retryAfterMillis, 3000)
          assert.strictEqual(error.errorMessage, "slow down")
          assert.isTrue(Option.isSome(error.retryAfter))
        }
      }))
  })

  describe("retries (TestClock)", () => {
    it.scoped("a GET answered 429, 503, then 200 succeeds after the backoff", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler((_, i) =>
          i === 0
            ? { status: 429, body: { error: { code: "too_many_requests", message: "rate limited" } } }
            : i === 1
            ? { status: 503, body: "unavailable" }
            : { status: 200, body: { ok: true } }
        )
        const fiber = yield* withClient(
          server,
          (client) => client.execute(getMarkets),
          { retry: { base: "250 millis", factor: 2, jitter: false } }
        ).pipe(Effect.fork)
        yield* server.waitFor(1)
        yield* TestClock.adjust("249 millis")
        assert.strictEqual(server.received.length, 1)
        yield* TestClock.adjust("1 millis")
        yield* server.waitFor(2)
        yield* TestClock.adjust("499 millis")
        assert.strictEqual(server.received.length, 2)
        yield* TestClock.adjust("1 millis")
        yield* server.waitFor(3)
        const response = yield* Fiber.join(fiber)
        assert.deepStrictEqual(response.body, { ok: true })
        assert.strictEqual(server.received.length, 3)
      }))

    it.scoped("jittered backoff stays within ±20% of the nominal delay", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler((_, i) => (i === 0 ? { status: 503 } : { status: 200, body: {} }))
        const fiber = yield* withClient(
          server,
          (client) => client.execute(getMarkets),
          { retry: { base: "1 second" } }
        ).pipe(Effect.fork)
        yield* server.waitFor(1)
        yield* TestClock.adjust("799 millis")
        assert.strictEqual(server.received.length, 1)
        yield* TestClock.adjust("401 millis")
        yield* server.waitFor(2)
        yield* Fiber.join(fiber)
      }))

    it.scoped("Retry-After is honoured", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler((_, i) =>
          i === 0 ? { status: 429, headers: { "retry-after": "2" } } : { status: 200, body: {} }
        )
        const fiber = yield* withClient(
          server,
          (client) => client.execute(getMarkets),
          { retry: { base: "10 millis", jitter: false } }
        ).pipe(Effect.fork)
        yield* server.waitFor(1)
        yield* TestClock.adjust("1999 millis")
        assert.strictEqual(server.received.length, 1)
        yield* TestClock.adjust("1 millis")
        yield* server.waitFor(2)
        yield* Fiber.join(fiber)
      }))

    it.scoped("reads give up after the configured number of retries", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler(() => ({ status: 500, body: { error: { code: "internal", message: "boom" } } }))
        const fiber = yield* withClient(
          server,
          (client) => Effect.exit(client.execute(getMarkets)),
          { retry: { times: 2, base: "100 millis", jitter: false } }
        ).pipe(Effect.fork)
        yield* server.waitFor(1)
        yield* TestClock.adjust("100 millis")
        yield* server.waitFor(2)
        yield* TestClock.adjust("200 millis")
        yield* server.waitFor(3)
        const error = failure(yield* Fiber.join(fiber))
        assert.strictEqual(error._tag, "HttpError")
        yield* TestClock.adjust("1 hour")
        assert.strictEqual(server.received.length, 3)
      }))

    it.scoped("a GET whose connection drops is retried", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler((_, i) => (i === 0 ? { drop: true } : { status: 200, body: { ok: 1 } }))
        const fiber = yield* withClient(
          server,
          (client) => client.execute(getMarkets),
          { retry: { base: "100 millis", jitter: false } }
        ).pipe(Effect.fork)
        yield* server.waitFor(1)
        yield* TestClock.adjust("100 millis")
        yield* server.waitFor(2)
        const response = yield* Fiber.join(fiber)
        assert.deepStrictEqual(response.body, { ok: 1 })
      }))

    it.scoped("a POST answered 503 is not retried", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler(() => ({ status: 503, body: { error: { code: "unavailable", message: "try later" } } }))
        const exit = yield* withClient(server, (client) => Effect.exit(client.execute(createOrder)))
        const error = failure(exit)
        assert.strictEqual(error._tag, "HttpError")
        if (error._tag === "HttpError") assert.strictEqual(error.status, 503)
        yield* TestClock.adjust("1 hour")
        assert.strictEqual(server.received.length, 1)
      }))

    it.scoped("a POST answered 504 fails with OutcomeUnknown and is not retried", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler(() => ({ status: 504, body: "gateway timeout" }))
        const error = failure(yield* withClient(server, (client) => Effect.exit(client.execute(createOrder))))
        assert.strictEqual(error._tag, "OutcomeUnknown")
        if (error._tag === "OutcomeUnknown") assert.strictEqual(error.clientOrderId, "coid-1")
        yield* TestClock.adjust("1 hour")
        assert.strictEqual(server.received.length, 1)
      }))

    it.scoped("a POST whose connection drops after sending fails with OutcomeUnknown", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler(() => ({ drop: true }))
        const error = failure(yield* withClient(server, (client) => Effect.exit(client.execute(createOrder))))
        assert.strictEqual(error._tag, "OutcomeUnknown")
        if (error._tag === "OutcomeUnknown") {
          assert.strictEqual(error.clientOrderId, "coid-1")
          assert.strictEqual(error.operation, "CreateOrderV2")
          assert.include(error.message, "coid-1")
        }
        yield* TestClock.adjust("1 hour")
        // The server did receive (and might have executed) it, and it was not sent again.
        assert.strictEqual(server.received.length, 1)
      }))

    it.scoped("a POST refused with 429 was not executed, so it is retried", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler((_, i) => (i === 0 ? { status: 429 } : { status: 201, body: { order: {} } }))
        const fiber = yield* withClient(
          server,
          (client) => client.execute(createOrder),
          { retry: { base: "100 millis", jitter: false } }
        ).pipe(Effect.fork)
        yield* server.waitFor(1)
        yield* TestClock.adjust("100 millis")
        yield* server.waitFor(2)
        const response = yield* Fiber.join(fiber)
        assert.strictEqual(response.status, 201)
        assert.strictEqual(server.received[0]!.body, server.received[1]!.body)
      }))

    it.scopedLive("a POST that could not connect is retried (nothing was sent)", () =>
      Effect.gen(function*() {
        // A port that was just closed refuses connections.
        const closed = yield* Effect.scoped(TestServer.make)
        const retries = KalshiHttpClient.retriesTotal.pipe(
          Metric.tagged("operation", "CreateOrderRefusedProbe"),
          Metric.tagged("reason", "transport")
        )
        const before = (yield* Metric.value(retries)).count
        const exit = yield* withClient(
          closed,
          (client) => Effect.exit(client.execute({ ...createOrder, operation: "CreateOrderRefusedProbe" })),
          { retry: { times: 2, base: "1 millis", jitter: false } }
        )
        const error = failure(exit)
        assert.strictEqual(error._tag, "TransportError")
        assert.strictEqual((yield* Metric.value(retries)).count - before, 2)
      }))
  })

  describe("timeouts (TestClock)", () => {
    for (const [name, platform] of platforms) {
      it.scoped(`${name}: a GET that gets no answer times out`, () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          server.setHandler(() => ({ hang: true }))
          const fiber = yield* withClient(
            server,
            (client) => Effect.exit(client.execute(getMarkets)),
            { timeout: "5 seconds", retry: { times: 0 } },
            platform
          ).pipe(Effect.fork)
          yield* server.waitFor(1)
          yield* TestClock.adjust("4999 millis")
          assert.isNull(yield* Fiber.poll(fiber).pipe(Effect.map(Option.getOrNull)))
          yield* TestClock.adjust("1 millis")
          const error = failure(yield* Fiber.join(fiber))
          assert.strictEqual(error._tag, "Timeout")
          if (error._tag === "Timeout") assert.strictEqual(error.timeoutMillis, 5000)
        }))

      it.scoped(`${name}: a POST that gets no answer fails with OutcomeUnknown, with the body's client_order_id`, () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          server.setHandler(() => ({ hang: true }))
          const fiber = yield* withClient(
            server,
            (client) =>
              Effect.exit(
                client.execute({
                  ...createOrder,
                  clientOrderId: undefined,
                  body: { client_order_id: "from-body" },
                  timeout: "2 seconds"
                })
              ),
            {},
            platform
          ).pipe(Effect.fork)
          yield* server.waitFor(1)
          yield* TestClock.adjust("2 seconds")
          const error = failure(yield* Fiber.join(fiber))
          assert.strictEqual(error._tag, "OutcomeUnknown")
          if (error._tag === "OutcomeUnknown") assert.strictEqual(error.clientOrderId, "from-body")
          yield* TestClock.adjust("1 hour")
          assert.strictEqual(server.received.length, 1)
        }))
    }
  })

  describe("timeouts (live clock: a timer of the clock's scheduler, no fiber race)", () => {
    for (const [name, platform] of platforms) {
      it.scopedLive(`${name}: a GET that gets no answer fails with Timeout and its request is ended`, () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          server.setHandler(() => ({ hang: true }))
          const exit = yield* withClient(
            server,
            (client) => Effect.exit(client.execute(getMarkets)),
            { timeout: "100 millis", retry: { times: 0 } },
            platform
          )
          const error = failure(exit)
          assert.strictEqual(error._tag, "Timeout")
          if (error._tag === "Timeout") assert.strictEqual(error.timeoutMillis, 100)
        }))

      it.scopedLive(`${name}: a GET whose body never ends fails with Timeout, and its connection is closed`, () =>
        Effect.gen(function*() {
          // a server that sends the head and the first bytes of the body, then nothing
          const closed = yield* Deferred.make<void>()
          const server = http.createServer((_, res) => {
            res.writeHead(200, { "content-type": "application/json", "content-length": "1000" })
            res.write("{\"markets\":")
            res.on("close", () => Deferred.unsafeDone(closed, Effect.void))
          })
          yield* Effect.acquireRelease(
            Effect.async<void>((resume) => {
              server.listen(0, "127.0.0.1", () => resume(Effect.void))
            }),
            () => Effect.sync(() => server.closeAllConnections())
          )
          const restUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trade-api/v2`
          const exit = yield* Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (client) => client.execute(getMarkets))
            .pipe(
              Effect.provide(
                KalshiHttpClient.layer({ rateLimits: { disabled: true }, timeout: "100 millis", retry: { times: 0 } })
                  .pipe(
                    Layer.provide(
                      KalshiConfig.layer({ environment: { restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" } })
                    ),
                    Layer.provide(platform)
                  )
              ),
              Effect.exit
            )
          assert.strictEqual(failure(exit)._tag, "Timeout")
          yield* Deferred.await(closed)
        }))

      it.scopedLive(`${name}: a POST that gets no answer in time fails with OutcomeUnknown and is not resent`, () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          server.setHandler(() => ({ hang: true }))
          const exit = yield* withClient(
            server,
            (client) => Effect.exit(client.execute({ ...createOrder, timeout: "100 millis" })),
            {},
            platform
          )
          const error = failure(exit)
          assert.strictEqual(error._tag, "OutcomeUnknown")
          if (error._tag === "OutcomeUnknown") assert.strictEqual(error.clientOrderId, "coid-1")
          assert.strictEqual(server.received.length, 1)
        }))

      it.scopedLive(`${name}: an answer in time is not cut by the timer`, () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          server.setHandler(() => ({ status: 200, body: { markets: [] } }))
          const responses = yield* withClient(
            server,
            (client) => Effect.all(Array.from({ length: 20 }, () => client.execute(getMarkets)), { concurrency: 5 }),
            { timeout: "10 seconds", retry: { times: 0 } },
            platform
          )
          assert.deepStrictEqual(responses.map((r) => r.body), Array.from({ length: 20 }, () => ({ markets: [] })))
        }))
    }
  })

  describe("redirects", () => {
    const pem = crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()

    /** A client for `server`, signed when `signed`, over the given platform client. */
    const redirectClient = (
      server: TestServer.TestServer,
      platform: Layer.Layer<HttpClient.HttpClient>,
      signed: boolean,
      options: KalshiHttpClient.Options = {}
    ) =>
      KalshiHttpClient.layer({ rateLimits: { disabled: true }, retry: { times: 0 }, ...options }).pipe(
        Layer.provide(
          KalshiConfig.layer({
            environment: { restUrl: server.restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" },
            ...(signed ? { apiKeyId: Redacted.make("key-id"), privateKey: Redacted.make(pem) } : {})
          })
        ),
        Layer.provide(platform)
      )

    const run = (
      server: TestServer.TestServer,
      platform: Layer.Layer<HttpClient.HttpClient>,
      signed: boolean,
      request: KalshiHttpClient.Request,
      options: KalshiHttpClient.Options = {}
    ) =>
      Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (client) => client.execute(request)).pipe(
        Effect.provide(redirectClient(server, platform, signed, options)),
        Effect.exit
      )

    /** Server A answers 302 to server B (another port: another origin); B answers 200. */
    const pair = Effect.gen(function*() {
      const a = yield* TestServer.make
      const b = yield* TestServer.make
      a.setHandler(() => ({
        status: 302,
        headers: { location: `${b.restUrl}/markets?token=s3cret-query` }
      }))
      b.setHandler(() => ({ status: 200, body: { markets: [{ ticker: "FROM-B" }] } }))
      return { a, b }
    })

    const assertRefused = (exit: Exit.Exit<unknown, unknown>, origin: string, status = 302) => {
      const error = failure(exit)
      assert.instanceOf(error, KalshiError.HttpError)
      if (error instanceof KalshiError.HttpError) {
        assert.strictEqual(error.status, status)
        assert.strictEqual(error.redirectOrigin, origin)
        assert.include(error.message, origin)
        assert.notInclude(error.message, "s3cret-query")
        assert.notInclude(JSON.stringify(error), "s3cret-query")
      }
    }

    const noSignedHeaders = (received: ReadonlyArray<TestServer.Received>) =>
      received.every((r) => Object.keys(r.headers).every((name) => !name.startsWith("kalshi-access-")))

    for (const [name, platform] of platforms) {
      it.scopedLive(`${name}: a signed request follows no redirect and names the target's origin only`, () =>
        Effect.gen(function*() {
          const { a, b } = yield* pair
          const exit = yield* run(a, platform, true, getMarkets)
          assertRefused(exit, b.url)
          assert.strictEqual(a.received.length, 1)
          assert.isDefined(a.received[0]!.headers["kalshi-access-signature"])
          assert.strictEqual(b.received.length, 0)
        }))
    }

    it.scopedLive("a signed write answered 307 fails with HttpError, not OutcomeUnknown, and is not resent", () =>
      Effect.gen(function*() {
        const { a, b } = yield* pair
        a.setHandler(() => ({ status: 307, headers: { location: `${b.restUrl}/portfolio/events/orders` } }))
        const exit = yield* run(a, FetchHttpClient.layer, true, { ...createOrder, auth: "signed" })
        assertRefused(exit, b.url, 307)
        assert.strictEqual(b.received.length, 0)
        assert.strictEqual(a.received.length, 1)
      }))

    it.scopedLive("HttpClient.followRedirects in transformClient does not take a signed request elsewhere", () =>
      Effect.gen(function*() {
        const { a, b } = yield* pair
        const exit = yield* run(a, FetchHttpClient.layer, true, getMarkets, {
          transformClient: HttpClient.followRedirects()
        })
        assertRefused(exit, b.url)
        assert.strictEqual(b.received.length, 0)
      }))

    for (
      const [name, fetchLayer] of [["FetchHttpClient", FetchHttpClient.layer], [
        "the SDK's FetchHttpClient",
        CoreFetchHttpClient.layer
      ]] as const
    ) {
      it.scopedLive(`${name}: fetch is told not to follow even when the context has its own RequestInit`, () =>
        Effect.gen(function*() {
          const { a, b } = yield* pair
          const exit = yield* run(a, fetchLayer, true, getMarkets).pipe(
            Effect.provideService(FetchHttpClient.RequestInit, {
              redirect: "follow",
              headers: { "x-own-init": "kept" }
            })
          )
          assertRefused(exit, b.url)
          assert.strictEqual(b.received.length, 0)
          assert.strictEqual(a.received[0]!.headers["x-own-init"], "kept")
        }))
    }

    it.scopedLive("the answer of another origin, reached by an HttpClient that follows on its own, is refused", () =>
      Effect.gen(function*() {
        const { a, b } = yield* pair
        const following = Layer.effect(
          HttpClient.HttpClient,
          Effect.map(HttpClient.HttpClient, HttpClient.followRedirects())
        )
          .pipe(Layer.provide(NodeHttpClient.layerUndici))
        const exit = yield* run(a, following, false, getMarkets)
        // the user's client went to B by itself: its answer is not decoded as the exchange's
        assertRefused(exit, b.url, 200)
        assert.strictEqual(b.received.length, 1)
      }))

    for (const [name, platform] of platforms) {
      it.scopedLive(`${name}: an unsigned GET follows a redirect within the API's origin`, () =>
        Effect.gen(function*() {
          const a = yield* TestServer.make
          a.setHandler((req) =>
            req.path === "/trade-api/v2/markets"
              ? { status: 301, headers: { location: "/trade-api/v2/markets/moved?cursor=c1" } }
              : { status: 200, body: { markets: [{ ticker: "MOVED" }] } }
          )
          const exit = yield* run(a, platform, false, getMarkets)
          assert.isTrue(Exit.isSuccess(exit))
          if (Exit.isSuccess(exit)) assert.deepStrictEqual(exit.value.body, { markets: [{ ticker: "MOVED" }] })
          assert.deepStrictEqual(a.received.map((r) => r.url), [
            "/trade-api/v2/markets?limit=5&status=open&tickers=A&tickers=B",
            "/trade-api/v2/markets/moved?cursor=c1"
          ])
          assert.isTrue(noSignedHeaders(a.received))
        }))

      it.scopedLive(`${name}: an unsigned GET does not follow a redirect to another origin`, () =>
        Effect.gen(function*() {
          const { a, b } = yield* pair
          const exit = yield* run(a, platform, false, getMarkets)
          assertRefused(exit, b.url)
          assert.strictEqual(b.received.length, 0)
        }))
    }

    it.scopedLive("a signed request does not follow a redirect even within the API's origin", () =>
      Effect.gen(function*() {
        const a = yield* TestServer.make
        a.setHandler(() => ({ status: 302, headers: { location: "/trade-api/v2/elsewhere" } }))
        const exit = yield* run(a, FetchHttpClient.layer, true, getMarkets)
        assertRefused(exit, a.url)
        assert.strictEqual(a.received.length, 1)
      }))

    it.scopedLive("an unsigned GET stops after 5 redirects", () =>
      Effect.gen(function*() {
        const a = yield* TestServer.make
        a.setHandler((_, index) => ({ status: 302, headers: { location: `/trade-api/v2/hop${index}` } }))
        const exit = yield* run(a, FetchHttpClient.layer, false, getMarkets)
        assertRefused(exit, a.url)
        assert.strictEqual(a.received.length, 6)
      }))
  })

  /** The clients of the SDK's own, which carry a direct way. */
  const directClients: ReadonlyArray<readonly [string, Effect.Effect<HttpClient.HttpClient, never, Scope.Scope>]> = [
    ["UndiciHttpClient", Effect.map(UndiciHttpClient.makeDispatcher(), UndiciHttpClient.make)],
    ["FetchHttpClient", CoreFetchHttpClient.make]
  ]

  for (const [name, makeClient] of directClients) {
    describe(`the direct way of ${name}`, () => {
      const pem = crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()

      /** A client whose direct way records what it sends. */
      const recordingClient = Effect.gen(function*() {
        const client = yield* makeClient
        const send = Direct.get(client)!
        const sent: Array<Direct.DirectRequest> = []
        Direct.attach(client, (request, done, context) => {
          sent.push(request)
          return send(request, done, context)
        })
        return { client, sent }
      })

      const signedClient = (
        server: TestServer.TestServer,
        client: HttpClient.HttpClient,
        options: KalshiHttpClient.Options = {}
      ) =>
        KalshiHttpClient.layer({ rateLimits: { disabled: true }, retry: { times: 0 }, ...options }).pipe(
          Layer.provide(
            KalshiConfig.layer({
              environment: { restUrl: server.restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" },
              apiKeyId: Redacted.make("key-id"),
              privateKey: Redacted.make(pem)
            })
          ),
          Layer.provide(Layer.succeed(HttpClient.HttpClient, client))
        )

      it.scopedLive("a request goes the direct way, signed, with its query and body as the platform way sends them", () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          server.setHandler(() => ({ status: 201, body: { order: { order_id: "o1" } } }))
          const { client, sent } = yield* recordingClient
          const response = yield* Effect.flatMap(
            KalshiHttpClient.KalshiHttpClient,
            (c) => c.execute({ ...createOrder, query: { a: "x y", b: ["1", "2"] } })
          ).pipe(Effect.provide(signedClient(server, client)))
          assert.strictEqual(response.status, 201)
          assert.deepStrictEqual(response.body, { order: { order_id: "o1" } })
          assert.strictEqual(sent.length, 1)
          const [received] = server.received
          assert.strictEqual(received!.url, "/trade-api/v2/portfolio/events/orders?a=x+y&b=1&b=2")
          assert.deepStrictEqual(JSON.parse(received!.body), createOrder.body)
          assert.strictEqual(received!.headers["content-type"], "application/json")
          assert.strictEqual(received!.headers["accept"], "application/json")
          assert.strictEqual(received!.headers["kalshi-access-key"], "key-id")
          assert.isDefined(received!.headers["kalshi-access-signature"])
        }))

      it.scopedLive("transformClient and httpSpans take the platform way", () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          server.setHandler(() => ({ status: 200, body: { markets: [] } }))
          const { client, sent } = yield* recordingClient
          for (const options of [{ transformClient: (c: HttpClient.HttpClient) => c }, { httpSpans: true }]) {
            yield* Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (c) => c.execute(getMarkets)).pipe(
              Effect.provide(signedClient(server, client, options))
            )
          }
          assert.strictEqual(server.received.length, 2)
          assert.strictEqual(sent.length, 0)
        }))

      it.scopedLive("interrupting a request ends its connection", () =>
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
            () => Effect.sync(() => server.closeAllConnections())
          )
          const restUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trade-api/v2`
          const { client, sent } = yield* recordingClient
          const fiber = yield* Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (c) => c.execute(getMarkets)).pipe(
            Effect.provide(
              KalshiHttpClient.layer({ rateLimits: { disabled: true } }).pipe(
                Layer.provide(
                  KalshiConfig.layer({ environment: { restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" } })
                ),
                Layer.provide(Layer.succeed(HttpClient.HttpClient, client))
              )
            ),
            Effect.fork
          )
          yield* Deferred.await(received)
          assert.isTrue(Exit.isInterrupted(yield* Fiber.interrupt(fiber)))
          // the server sees the connection end: the request was aborted, not left behind
          yield* Deferred.await(closed)
          assert.strictEqual(sent.length, 1)
        }))

      it.scopedLive("a 2xx whose body is cut off is a TransportError for a read", () =>
        Effect.gen(function*() {
          const server = http.createServer((_, res) => {
            res.writeHead(200, { "content-type": "application/json", "content-length": "1000" })
            res.write("{\"markets\":", () => res.destroy())
          })
          yield* Effect.acquireRelease(
            Effect.async<void>((resume) => {
              server.listen(0, "127.0.0.1", () => resume(Effect.void))
            }),
            () => Effect.sync(() => server.closeAllConnections())
          )
          const restUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trade-api/v2`
          const { client, sent } = yield* recordingClient
          const exit = yield* Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (c) => c.execute(getMarkets)).pipe(
            Effect.provide(
              KalshiHttpClient.layer({ rateLimits: { disabled: true }, retry: { times: 0 } }).pipe(
                Layer.provide(
                  KalshiConfig.layer({ environment: { restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" } })
                ),
                Layer.provide(Layer.succeed(HttpClient.HttpClient, client))
              )
            ),
            Effect.exit
          )
          assert.strictEqual(sent.length, 1)
          const error = failure(exit)
          assert.strictEqual(error._tag, "TransportError")
          if (error._tag === "TransportError") assert.include(error.description, "cut off")
        }))
    })
  }

  describe("tracing", () => {
    /** The default tracer, with every span it makes recorded. */
    const recording = Effect.map(Effect.tracer, (base) => {
      const spans: Array<Tracer.Span> = []
      const tracer = Tracer.make({
        span: (...args) => {
          const span = base.span(...args)
          spans.push(span)
          return span
        },
        context: base.context
      })
      return { tracer, spans }
    })

    for (const [name, platform] of platforms) {
      it.scopedLive(`${name}: one span per operation, with the status and the number of attempts`, () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          let calls = 0
          server.setHandler(() => (++calls === 1 ? { status: 503, body: {} } : { status: 200, body: { markets: [] } }))
          const { spans, tracer } = yield* recording
          yield* withClient(server, (client) => client.execute(getMarkets), {
            retry: { base: "1 millis", jitter: false }
          }, platform).pipe(
            Effect.withTracer(tracer)
          )
          assert.deepStrictEqual(spans.map((s) => s.name), ["Kalshi.GetMarkets"])
          const attributes = spans[0]!.attributes
          assert.strictEqual(attributes.get("http.response.status_code"), 200)
          assert.strictEqual(attributes.get("kalshi.attempts"), 2)
          assert.strictEqual(attributes.get("url.path"), "/trade-api/v2/markets")
          assert.strictEqual(attributes.get("server.address"), new URL(server.restUrl).origin)
        }))
    }

    it.scopedLive("httpSpans: true adds a span per HTTP attempt under the operation's span", () =>
      Effect.gen(function*() {
        const server = yield* TestServer.make
        server.setHandler(() => ({ status: 200, body: { markets: [] } }))
        const { spans, tracer } = yield* recording
        yield* withClient(server, (client) => client.execute(getMarkets), { httpSpans: true }).pipe(
          Effect.withTracer(tracer)
        )
        assert.strictEqual(spans.length, 2)
        const [operation, http] = spans
        assert.strictEqual(operation!.name, "Kalshi.GetMarkets")
        assert.isTrue(Option.isSome(http!.parent) && http!.parent.value.spanId === operation!.spanId)
        assert.strictEqual(http!.attributes.get("http.response.status_code"), 200)
      }))
  })
})
