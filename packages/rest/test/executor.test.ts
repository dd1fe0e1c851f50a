import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import { assert, describe, it } from "@effect/vitest"
import { KalshiConfig, KalshiHttpClient, Signer } from "@kalshi-effect/core"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as crypto from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { ExchangeApi, KalshiRest, MarketApi, PortfolioApi } from "../src/index.js"
import * as Harness from "./utils/harness.js"
import * as SpecServer from "./utils/SpecServer.js"

describe("requests", () => {
  it.scopedLive("sends comma-style lists joined and exploded lists repeated", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const markets = yield* MarketApi
        yield* markets.getMarkets({ tickers: ["KX-A", "KX-B.5"], limit: 2 })
        yield* markets.getMarketOrderbooks({ tickers: ["KX-A", "KX-B"] })
        const [list, books] = server.received
        assert.deepStrictEqual(list!.query.getAll("tickers"), ["KX-A,KX-B.5"])
        assert.strictEqual(list!.query.get("limit"), "2")
        assert.deepStrictEqual(books!.query.getAll("tickers"), ["KX-A", "KX-B"])
        assert.deepStrictEqual(list!.errors, [])
        assert.deepStrictEqual(books!.errors, [])
      })
    ))

  it.scopedLive("percent-encodes path parameters so that no id can change the path", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const markets = yield* MarketApi
        for (const ticker of ["A?limit=1", "A#frag", "%2E%2E", "%2F", "a b", "T3.00"]) {
          yield* markets.getMarket({ ticker })
          const req = server.received[server.received.length - 1]!
          assert.strictEqual(req.operationId, "GetMarket")
          assert.strictEqual(req.params["ticker"], ticker)
          assert.strictEqual(req.path, `/trade-api/v2/markets/${encodeURIComponent(ticker)}`)
          assert.strictEqual(req.query.toString(), "")
        }
        // No encoding protects `.` and `..`; `/` and `\` would be read as separators by a proxy that decodes them.
        for (const ticker of [".", "..", "", "../exchange/status", "a/b", "a\\b", "a\tb"]) {
          const error = yield* Effect.flip(markets.getMarket({ ticker }))
          assert.strictEqual(error._tag, "InvalidInput")
          if (error._tag === "InvalidInput") assert.strictEqual(error.field, "ticker")
        }
        assert.strictEqual(server.received.length, 6)
      })
    ))

  it.scopedLive("a response that does not match fails with the operation and the field path", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        server.setHandler(() => ({
          status: 200,
          body: {
            cursor: "",
            markets: [{ ticker: "A", event_ticker: "E" }, { ticker: "B", event_ticker: "E", yes_bid_dollars: 5 }]
          }
        }))
        const error = yield* Effect.flip((yield* MarketApi).getMarkets())
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") {
          assert.strictEqual(error.operation, "GetMarkets")
          assert.strictEqual(error.path, "markets.1.yes_bid_dollars")
        }
      })
    ))
})

describe("errors", () => {
  it.scopedLive("an error status surfaces as HttpError with Kalshi's code, naming the operation", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        server.setHandler(() => ({ status: 404, body: { error: { code: "not_found", message: "market not found" } } }))
        const error = yield* Effect.flip((yield* MarketApi).getMarket({ ticker: "NOPE" }))
        assert.strictEqual(error._tag, "HttpError")
        if (error._tag === "HttpError") {
          assert.strictEqual(error.operation, "GetMarket")
          assert.strictEqual(error.status, 404)
          assert.strictEqual(error.code, "not_found")
        }
      })
    ))
})

describe("credentials", () => {
  it.scopedLive("without a key, public operations go unsigned and signed ones fail with MissingCredentials before sending", () =>
    Effect.gen(function*() {
      const server = yield* SpecServer.make(Harness.keyPair.publicKey)
      const layer = KalshiRest.layerWithClient({ rateLimits: { disabled: true } }).pipe(
        Layer.provide(
          KalshiConfig.layer({ environment: { restUrl: server.restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" } })
        ),
        Layer.provide(Harness.httpLayer),
        Layer.orDie
      )
      yield* Effect.gen(function*() {
        const status = yield* (yield* ExchangeApi).getExchangeStatus()
        assert.isDefined(status)
        const error = yield* Effect.flip((yield* PortfolioApi).getBalance())
        assert.strictEqual(error._tag, "MissingCredentials")
      }).pipe(Effect.provide(layer))
      assert.strictEqual(server.received.length, 1)
      assert.isUndefined(server.received[0]!.headers["kalshi-access-key"])
      assert.deepStrictEqual(server.received[0]!.errors, [])
    }))
})

describe("signing backend", () => {
  it.scopedLive("layerWithClient signs with WebCrypto by default and with node:crypto under NodeSigner.layer", () =>
    Effect.gen(function*() {
      const server = yield* SpecServer.make(Harness.keyPair.publicKey)
      const backendOf = (signer: Signer.Service) => (JSON.parse(JSON.stringify(signer)) as { crypto: string }).crypto
      const balance = Effect.gen(function*() {
        yield* (yield* PortfolioApi).getBalance()
        return backendOf(yield* Signer.Signer)
      })
      assert.strictEqual(yield* balance.pipe(Effect.provide(Harness.layer(server))), "WebCrypto")
      assert.strictEqual(
        yield* balance.pipe(Effect.provide(Harness.layer(server).pipe(Layer.provide(NodeSigner.layer)))),
        "node:crypto"
      )
      // the server verified both signatures
      assert.strictEqual(server.received.length, 2)
      for (const r of server.received) {
        assert.isString(r.headers["kalshi-access-signature"])
        assert.deepStrictEqual(r.errors, [])
      }
    }))

  it.scopedLive("the README's Runtimes composition: the key file read through NodeFileSystem, signed with node:crypto", () =>
    Effect.gen(function*() {
      // As in the README, verbatim
      const KalshiLive = KalshiRest.layerWithClient().pipe(
        Layer.provide(NodeSigner.layer),
        Layer.provide(KalshiConfig.layerConfig().pipe(Layer.provide(NodeFileSystem.layer))),
        Layer.provide(FetchHttpClient.layer)
      )
      const readme = fs.readFileSync(new URL("../../../README.md", import.meta.url), "utf8")
      assert.include(
        readme,
        `const KalshiLive = KalshiRest.layerWithClient().pipe(
  Layer.provide(NodeSigner.layer),
  Layer.provide(KalshiConfig.layerConfig().pipe(Layer.provide(NodeFileSystem.layer))),
  Layer.provide(FetchHttpClient.layer)
)`
      )
      const dir = yield* Effect.acquireRelease(
        Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "kalshi-rest-"))),
        (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
      )
      const keyFile = path.join(dir, "key.pem")
      fs.writeFileSync(keyFile, Harness.privateKeyPem)
      const server = yield* SpecServer.make(Harness.keyPair.publicKey)
      const env = ConfigProvider.fromMap(
        new Map([
          ["KALSHI_REST_URL", server.restUrl],
          ["KALSHI_API_KEY_ID", "test-key-id"],
          ["KALSHI_PRIVATE_KEY_PATH", keyFile]
        ])
      )
      const backend = yield* Effect.gen(function*() {
        yield* (yield* PortfolioApi).getBalance()
        return (JSON.parse(JSON.stringify(yield* Signer.Signer)) as { crypto: string }).crypto
      }).pipe(Effect.provide(KalshiLive), Effect.withConfigProvider(env))
      assert.strictEqual(backend, "node:crypto")
      assert.strictEqual(server.received.length, 1)
      assert.deepStrictEqual(server.received[0]!.errors, [])
      assert.strictEqual(server.received[0]!.headers["kalshi-access-key"], "test-key-id")
    }))
})

describe("the spec-checking server", () => {
  const other = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })

  it.scopedLive("rejects what the spec does not allow", () =>
    Effect.gen(function*() {
      const server = yield* SpecServer.make(Harness.keyPair.publicKey)
      const send = (request: KalshiHttpClient.Request) =>
        Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (c) => Effect.either(c.execute(request))).pipe(
          Effect.provide(Harness.layer(server))
        )
      const bad: Array<readonly [KalshiHttpClient.Request, RegExp]> = [
        [
          { operation: "GetMarkets", method: "GET", path: "/markets", query: { limit: 5000 }, auth: "public" },
          /limit: 5000 is above 1000/
        ],
        [
          { operation: "GetMarkets", method: "GET", path: "/markets", query: { nope: "1" }, auth: "public" },
          /nope: not a query parameter/
        ],
        [
          { operation: "GetMarkets", method: "GET", path: "/markets", query: { status: "weird" }, auth: "public" },
          /status: weird is not one of/
        ],
        [
          { operation: "GetMarketOrderbooks", method: "GET", path: "/markets/orderbooks", auth: "public" },
          /tickers: required/
        ],
        [
          { operation: "GetMarkets", method: "GET", path: "/markets", query: { limit: ["1", "2"] }, auth: "public" },
          /limit: sent 2 times/
        ],
        [{
          operation: "CreateOrderV2",
          method: "POST",
          path: "/portfolio/events/orders",
          body: {
            ticker: "A",
            side: "bid",
            count: 10,
            price: "0.5",
            time_in_force: "fill_or_kill",
            self_trade_prevention_type: "maker"
          },
          auth: "signed"
        }, /body.count: expected a FixedPointCount string.*body.price: expected a FixedPointDollars/],
        [{
          operation: "CreateOrderV2",
          method: "POST",
          path: "/portfolio/events/orders",
          body: {
            ticker: "A",
            side: "bid",
            count: "1",
            price: "0.50",
            time_in_force: "fill_or_kill",
            self_trade_prevention_type: "maker",
            extra: 1
          },
          auth: "signed"
        }, /body.extra: not in the spec/],
        [
          { operation: "GetExchangeStatus", method: "POST", path: "/exchange/status", auth: "public" },
          /no such operation/
        ]
      ]
      for (const [request, pattern] of bad) {
        yield* send(request)
        const req = server.received[server.received.length - 1]!
        assert.match(req.errors.join("; "), pattern)
      }
      const wrongKey = KalshiHttpClient.layer({ rateLimits: { disabled: true }, retry: { times: 0 } })
      yield* Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (c) =>
        Effect.either(
          c.execute({ operation: "GetBalance", method: "GET", path: "/portfolio/balance", auth: "signed" })
        )).pipe(
          Effect.provide(
            wrongKey.pipe(
              Layer.provide(
                Harness.configLayer(server, other.privateKey.export({ type: "pkcs8", format: "pem" }).toString())
              ),
              Layer.provide(Harness.httpLayer),
              Layer.orDie
            )
          )
        )
      assert.match(server.received[server.received.length - 1]!.errors.join("; "), /does not verify/)
    }))
})
