/**
 * Case 2: REST round trip of a page. A server in a child process on 127.0.0.1 serves a realistic
 * 100-market `GET /markets` page (the recorded markets of `captures/rest-2026-01`, repeated with
 * distinct tickers). Signed requests (RSA-2048), sequential and 32 at a time, for:
 *
 * - the SDK: `MarketApi.getMarkets` with signing and the full response decode, configured as in the
 *   small-request case (rate limiter on with limits too large to bind, retries and timeout armed,
 *   metrics on), signing with `NodeSigner` over its default Node transport
 *   (`KalshiNode.layerHttpClient`, undici's `request`), and in a row of its own over its `FetchHttpClient`;
 *   once as a Promise per call returning the page, once with the page used inside the Effect that
 *   made it (the fiber returns the number of markets: a page that a fiber returns after waiting on
 *   I/O is promoted out of V8's young generation, see `bench/profile.ts --gc`);
 * - the undici floor: `undici`'s `request` with a keep-alive `Agent` + RSA-PSS signing with a key
 *   parsed once + `JSON.parse` (the limit on Node), and the fetch floor (global `fetch`, the same);
 * - the official `kalshi-typescript` 3.30.0 client (axios, PEM parsed on every request; it decodes
 *   nothing, returning the parsed JSON).
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import { KalshiConfig, KalshiHttpClient } from "@kalshi-effect/core"
import * as FetchHttpClient from "@kalshi-effect/core/FetchHttpClient"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { KalshiRest, MarketApi } from "@kalshi-effect/rest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { Configuration, MarketApi as OfficialMarketApi } from "kalshi-typescript"
import { spawn } from "node:child_process"
import { constants, createPrivateKey, generateKeyPairSync, sign } from "node:crypto"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Agent, request } from "undici"
import { compareCalls, type Result, type Settings } from "../lib.js"

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

/** The server, as plain JavaScript run by `node -e` in a child process: the page from a file. */
const serverSource = `
const http = require("node:http")
const body = require("node:fs").readFileSync(process.argv[1])
const server = http.createServer((req, res) => {
  req.resume()
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length })
    res.end(body)
  })
})
server.keepAliveTimeout = 60000
server.listen(0, "127.0.0.1", () => process.stdout.write(server.address().port + "\\n"))
`

const startServer = async (page: string) => {
  const file = join(tmpdir(), `kalshi-bench-page-${process.pid}.json`)
  writeFileSync(file, page)
  const child = spawn(process.execPath, ["-e", serverSource, file], { stdio: ["ignore", "pipe", "inherit"] })
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject)
    child.stdout.once("data", (data: Buffer) => resolve(Number(data.toString().trim())))
  })
  return { port, close: () => (child.kill(), rmSync(file, { force: true })) }
}

/** The server, the clients and one call of each variant. */
const setup = async () => {
  const { port, close: closeServer } = await startServer(marketsPage())
  const restUrl = `http://127.0.0.1:${port}/trade-api/v2`
  const origin = `http://127.0.0.1:${port}`
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" }
  })
  const apiKeyId = "bench-key-id"

  const huge = { refillRate: 1e9, capacity: 1e9 }
  const sdkRuntime = (transport: Layer.Layer<HttpClient.HttpClient>) =>
    ManagedRuntime.make(
      KalshiRest.layerWithClient({ rateLimits: { limits: { read: huge, write: huge } } }).pipe(
        Layer.provide(
          KalshiConfig.layer({
            environment: { restUrl, wsUrl: `ws://127.0.0.1:${port}/trade-api/ws/v2` },
            apiKeyId: Redacted.make(apiKeyId),
            privateKey: Redacted.make(privateKey)
          })
        ),
        Layer.provide(NodeSigner.layer),
        Layer.provide(transport)
      )
    )
  const runtime = sdkRuntime(KalshiNode.layerHttpClient)
  const fetchRuntime = sdkRuntime(FetchHttpClient.layer)
  const markets = await runtime.runPromise(MarketApi)
  const fetchMarkets = await fetchRuntime.runPromise(MarketApi)
  // the stages of the SDK, for bench/profile.ts: core's client alone (signed, parsed, not decoded)
  const core = await runtime.runPromise(KalshiHttpClient.KalshiHttpClient)
  const coreOnly = () =>
    runtime.runPromise(
      core.execute({ operation: "GetMarkets", method: "GET", path: "/markets", query: { limit: 100 }, auth: "signed" })
    )
  let decodedMarkets = 0
  const sdk = () =>
    runtime.runPromise(markets.getMarkets({ limit: 100 })).then((r) => {
      decodedMarkets += r.markets.length
    })
  // the same call with the page kept inside the fiber (it returns the number of markets): the
  // difference to `sdk` is what the page costs once it leaves a fiber (see `bench/profile.ts --gc`)
  const sdkInside = () =>
    runtime.runPromise(Effect.map(markets.getMarkets({ limit: 100 }), (r) => r.markets.length)).then((n) => {
      decodedMarkets += n
    })
  const sdkFetch = () =>
    fetchRuntime.runPromise(fetchMarkets.getMarkets({ limit: 100 })).then((r) => {
      decodedMarkets += r.markets.length
    })

  const key = createPrivateKey(privateKey)
  const path = "/trade-api/v2/markets"
  const signed = () => {
    const ts = Date.now()
    const signature = sign("sha256", Buffer.from(`${ts}GET${path}`), {
      key,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: 32
    }).toString("base64")
    return {
      accept: "application/json",
      "KALSHI-ACCESS-KEY": apiKeyId,
      "KALSHI-ACCESS-TIMESTAMP": String(ts),
      "KALSHI-ACCESS-SIGNATURE": signature
    }
  }
  const agent = new Agent({ keepAliveTimeout: 60_000 })
  const undiciFloor = async () => {
    const response = await request(`${origin}${path}?limit=100`, { dispatcher: agent, headers: signed() })
    const json = JSON.parse(await response.body.text()) as { markets: Array<unknown> }
    if (json.markets.length !== 100) throw new Error("unexpected page")
  }
  // the undici floor returning its page through a fiber (`Effect.runPromise` of `Effect.promise`)
  const effectFloor = () =>
    Effect.runPromise(Effect.promise(async () => {
      const response = await request(`${origin}${path}?limit=100`, { dispatcher: agent, headers: signed() })
      const json = JSON.parse(await response.body.text()) as { markets: Array<unknown> }
      if (json.markets.length !== 100) throw new Error("unexpected page")
      return json
    }))
  const fetchFloor = async () => {
    const response = await fetch(`${origin}${path}?limit=100`, { headers: signed() })
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

  const close = async () => {
    await runtime.dispose()
    await fetchRuntime.dispose()
    await agent.close()
    closeServer()
  }
  return {
    calls: {
      sdk,
      sdkInside,
      sdkFetch,
      core: coreOnly,
      undici: undiciFloor,
      effectFloor,
      fetch: fetchFloor,
      official: officialCall
    },
    decoded: () => decodedMarkets,
    close
  }
}

/** The variants of this case, for `bench/profile.ts`. */
export const profileTarget = setup

export const run = async (settings: Settings): Promise<ReadonlyArray<Result>> => {
  const { calls, close, decoded } = await setup()
  const { sdk, sdkFetch, official: officialCall } = calls
  const undiciFloor = calls.undici
  const fetchFloor = calls.fetch
  const results: Array<Result> = []
  try {
    for (const concurrency of [1, 32]) {
      const stats = await compareCalls(
        [
          { name: "sdk", one: sdk },
          { name: "sdkInside", one: calls.sdkInside },
          { name: "undici", one: undiciFloor },
          { name: "official", one: officialCall },
          { name: "sdkFetch", one: sdkFetch },
          { name: "fetch", one: fetchFloor }
        ],
        concurrency,
        { runs: settings.runs, runMs: Math.max(settings.runMs, 300) }
      )
      const s = stats.sdk!
      const u = stats.undici!
      const o = stats.official!
      const timeRatio = s.perCallMicros / u.perCallMicros
      const vsOfficial = s.throughput.median / o.throughput.median
      const label = `REST GET /markets (100 markets), ${
        concurrency === 1 ? "sequential" : `${concurrency} in flight`
      }, RSA-2048`
      results.push({
        case: `${label}: SDK (undici transport)`,
        unit: "requests/s",
        sdk: s.throughput,
        floor: { name: "undici request + keep-alive Agent + parsed key + JSON.parse", ...u.throughput },
        comparison: { name: "kalshi-typescript 3.30.0", ...o.throughput },
        ratio: s.throughput.median / u.throughput.median,
        ratioToComparison: vsOfficial,
        target: "time per request <= 1.15x the undici floor, throughput >= 2x kalshi-typescript",
        met: timeRatio <= 1.15 && vsOfficial >= 2,
        calls: { sdk: s, floor: u, comparison: o },
        notes: `time ${timeRatio.toFixed(2)}x the floor`
      })
      // The same calls, the page used inside the Effect that made it (as a program written in Effect
      // uses it): its result is a number, and the page is not what the fiber returns.
      const i = stats.sdkInside!
      const insideRatio = i.perCallMicros / u.perCallMicros
      const insideVsOfficial = i.throughput.median / o.throughput.median
      results.push({
        case: `${label}: SDK (undici transport), the page used inside the Effect`,
        unit: "requests/s",
        sdk: i.throughput,
        floor: { name: "undici request + keep-alive Agent + parsed key + JSON.parse", ...u.throughput },
        comparison: { name: "kalshi-typescript 3.30.0", ...o.throughput },
        ratio: i.throughput.median / u.throughput.median,
        ratioToComparison: insideVsOfficial,
        target: "time per request <= 1.15x the undici floor, throughput >= 2x kalshi-typescript",
        met: insideRatio <= 1.15 && insideVsOfficial >= 2,
        calls: { sdk: i, floor: u, comparison: o },
        notes: `time ${insideRatio.toFixed(2)}x the floor`
      })
      const f = stats.sdkFetch!
      const ff = stats.fetch!
      results.push({
        case: `${label}: SDK over FetchHttpClient`,
        unit: "requests/s",
        sdk: f.throughput,
        floor: { name: "global fetch + parsed key + JSON.parse", ...ff.throughput },
        comparison: { name: "kalshi-typescript 3.30.0", ...o.throughput },
        ratio: f.throughput.median / ff.throughput.median,
        ratioToComparison: f.throughput.median / o.throughput.median,
        target: "none: the portable transport, for comparison",
        calls: { sdk: f, floor: ff, comparison: o }
      })
    }
  } finally {
    await close()
  }
  if (decoded() === 0) throw new Error("the SDK decoded no market")
  return results
}
