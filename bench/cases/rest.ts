/**
 * Case 2: REST round trip. A local HTTP server on 127.0.0.1 serves a realistic 100-market
 * `GET /markets` page (the recorded markets of `captures/rest-2026-01`, repeated with distinct
 * tickers). Signed requests per second, sequential and 32 at a time, for:
 *
 * - the SDK: `MarketApi.getMarkets` with signing and the full response decode (rate limiting off),
 *   signing with `NodeSigner.layer` (`node:crypto`, what a Node program that cares about speed
 *   provides), over `FetchHttpClient` (the same `fetch` as the floor) and, in a row of its own, over
 *   `NodeHttpClient.layerUndici` (the transport a Node program may provide instead);
 * - the floor: `fetch` + RSA-PSS signing with a key parsed once + `JSON.parse`;
 * - the official `kalshi-typescript` 3.30.0 client (axios, PEM parsed on every request).
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import { KalshiConfig } from "@kalshi-effect/core"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import { KalshiRest, MarketApi } from "@kalshi-effect/rest"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { Configuration, MarketApi as OfficialMarketApi } from "kalshi-typescript"
import { constants, createPrivateKey, generateKeyPairSync, sign } from "node:crypto"
import { readFileSync } from "node:fs"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { compare, type Result, type Settings } from "../lib.js"

const capturePath = new URL(
  "../../../shared/kalshi-spec/captures/rest-2026-01/markets_list_response.json",
  import.meta.url
)

const marketsPage = (): string => {
  const recorded = JSON.parse(readFileSync(capturePath, "utf8")) as {
    response: { markets: Array<Record<string, unknown>> }
  }
  const markets = Array.from({ length: 100 }, (_, i) => {
    const base = recorded.response.markets[i % recorded.response.markets.length]!
    return { ...base, ticker: `${String(base.ticker)}-${i}` }
  })
  return JSON.stringify({ markets, cursor: "CgwI0K6XzQYQ8O2ZuAESCkJFTkNIQ1VSU09S" })
}

const startServer = async (body: string) => {
  const server = http.createServer((req, res) => {
    req.resume()
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
      res.end(body)
    })
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { server, port: (server.address() as AddressInfo).port }
}

/** Runs `n` requests with at most `concurrency` in flight. */
const pool = async (n: number, concurrency: number, one: () => Promise<unknown>) => {
  let next = 0
  const worker = async () => {
    while (next < n) {
      next++
      await one()
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker))
}

export const run = async (settings: Settings): Promise<ReadonlyArray<Result>> => {
  const page = marketsPage()
  const { server, port } = await startServer(page)
  const restUrl = `http://127.0.0.1:${port}/trade-api/v2`
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" }
  })
  const apiKeyId = "bench-key-id"

  const sdkLayer = KalshiRest.layerWithClient({ rateLimits: { disabled: true }, retry: { times: 0 } }).pipe(
    Layer.provide(
      KalshiConfig.layer({
        environment: { restUrl, wsUrl: `ws://127.0.0.1:${port}/trade-api/ws/v2` },
        apiKeyId: Redacted.make(apiKeyId),
        privateKey: Redacted.make(privateKey)
      })
    ),
    Layer.provide(NodeSigner.layer)
  )
  const runtime = ManagedRuntime.make(sdkLayer.pipe(Layer.provide(FetchHttpClient.layer)))
  const undiciRuntime = ManagedRuntime.make(sdkLayer.pipe(Layer.provide(NodeHttpClient.layerUndici)))
  const markets = await runtime.runPromise(MarketApi)
  const undiciMarkets = await undiciRuntime.runPromise(MarketApi)
  let decodedMarkets = 0
  const sdk = () =>
    runtime.runPromise(markets.getMarkets({ limit: 100 })).then((r) => {
      decodedMarkets += r.markets.length
    })
  const sdkUndici = () =>
    undiciRuntime.runPromise(undiciMarkets.getMarkets({ limit: 100 })).then((r) => {
      decodedMarkets += r.markets.length
    })

  const key = createPrivateKey(privateKey)
  const floor = async () => {
    const ts = Date.now()
    const path = "/trade-api/v2/markets"
    const signature = sign("sha256", Buffer.from(`${ts}GET${path}`), {
      key,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: 32
    }).toString("base64")
    const response = await fetch(`${restUrl}/markets?limit=100`, {
      headers: {
        accept: "application/json",
        "KALSHI-ACCESS-KEY": apiKeyId,
        "KALSHI-ACCESS-TIMESTAMP": String(ts),
        "KALSHI-ACCESS-SIGNATURE": signature
      }
    })
    const json = JSON.parse(await response.text()) as { markets: Array<unknown> }
    if (json.markets.length !== 100) throw new Error("unexpected page")
  }

  const official = new OfficialMarketApi(
    new Configuration({ apiKey: apiKeyId, privateKeyPem: privateKey, basePath: restUrl })
  )
  const officialCall = async () => {
    const response = await official.getMarkets(100)
    if (response.data.markets.length !== 100) throw new Error("unexpected page")
  }

  const results: Array<Result> = []
  try {
    for (const concurrency of [1, 32]) {
      const stats = await compare([
        { name: "sdk", run: (n) => pool(n, concurrency, sdk) },
        { name: "floor", run: (n) => pool(n, concurrency, floor) },
        { name: "official", run: (n) => pool(n, concurrency, officialCall) },
        { name: "sdkUndici", run: (n) => pool(n, concurrency, sdkUndici) }
      ], { runs: settings.runs, runMs: Math.max(settings.runMs, 300) })
      const ratio = stats.sdk!.median / stats.floor!.median
      const ratioToComparison = stats.sdk!.median / stats.official!.median
      const label = `REST GET /markets (100 markets), ${
        concurrency === 1 ? "sequential" : `${concurrency} concurrent`
      }, SDK signing with NodeSigner.layer`
      results.push({
        case: label,
        unit: "requests/s",
        sdk: stats.sdk!,
        floor: { name: "fetch + RSA-PSS with a parsed key + JSON.parse", ...stats.floor! },
        comparison: { name: "kalshi-typescript 3.30.0", ...stats.official! },
        ratio,
        ratioToComparison,
        target: "time per request within 1.15x of the floor (ratio >= 0.87) and >= 1.5x kalshi-typescript",
        met: ratio >= 1 / 1.15 && ratioToComparison >= 1.5
      })
      results.push({
        case: `${label}, SDK over undici`,
        unit: "requests/s",
        sdk: stats.sdkUndici!,
        floor: { name: "fetch + RSA-PSS with a parsed key + JSON.parse", ...stats.floor! },
        comparison: { name: "kalshi-typescript 3.30.0", ...stats.official! },
        ratio: stats.sdkUndici!.median / stats.floor!.median,
        ratioToComparison: stats.sdkUndici!.median / stats.official!.median,
        target: "none: the SDK over NodeHttpClient.layerUndici instead of FetchHttpClient, for comparison"
      })
    }
  } finally {
    await runtime.dispose()
    await undiciRuntime.dispose()
    server.closeAllConnections()
    server.close()
  }
  if (decodedMarkets === 0) throw new Error("the SDK decoded no market")
  return results
}
