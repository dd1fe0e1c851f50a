/**
 * Case "small request": the fixed cost of one call, where the answer is a few dozen bytes and the
 * transport and the pipeline are all there is. `GetBalance` (signed GET, ~100 bytes back) and a
 * `CreateOrderV2` round trip (signed POST with a small JSON body, ~150 bytes back), sequential and
 * 32 in flight, against a server in a child process (so that the allocation per call is the
 * client's alone and the server's work does not share the client's event loop), for:
 *
 * - the SDK with its default Node transport (`KalshiNode.layerHttpClient`, undici's `request`) and
 *   `NodeSigner`, configured as a trading program runs it: signing, rate limiter on (memory store,
 *   limits too large to bind, so that its bookkeeping is measured and not its waiting), retries
 *   armed (4), timeout armed (10 s), metrics on;
 * - the same SDK over its `FetchHttpClient` (`@kalshi-effect/core/FetchHttpClient`, global `fetch`:
 *   the portable transport of `Kalshi.layer`, against the fetch floor);
 * - the undici floor: `undici`'s `request` with a keep-alive `Agent`, signing with a key parsed
 *   once, `JSON.parse` of the body (the limit on Node);
 * - the fetch floor: global `fetch`, the same signing and `JSON.parse`;
 * - the official `kalshi-typescript` 3.30.0 client (axios, PEM parsed on every request).
 *
 * Every variant signs with RSA-2048 (the only key type `kalshi-typescript` takes); one more row
 * measures the SDK against the undici floor with an Ed25519 key, where signing is cheap and the
 * SDK's own cost shows most.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as PlatformFetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { KalshiConfig, KalshiHttpClient } from "@kalshi-effect/core"
import * as FetchHttpClient from "@kalshi-effect/core/FetchHttpClient"
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { KalshiRest, Orders, OrdersApi, PortfolioApi } from "@kalshi-effect/rest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { Configuration, OrdersApi as OfficialOrdersApi, PortfolioApi as OfficialPortfolioApi } from "kalshi-typescript"
import { spawn } from "node:child_process"
import { constants, createPrivateKey, generateKeyPairSync, type KeyObject, randomUUID, sign } from "node:crypto"
import { Agent, request } from "undici"
import { type CallStats, compareCalls, type Result, type Settings } from "../lib.js"

/** The server, as plain JavaScript run by `node -e` in a child process. */
const serverSource = `
const http = require("node:http")
const balance = JSON.stringify({ balance: 10000, balance_dollars: "100.0000", portfolio_value: 25000, updated_ts: 1768231443 })
const server = http.createServer((req, res) => {
  const chunks = []
  req.on("data", (c) => chunks.push(c))
  req.on("end", () => {
    if (req.method === "GET" && req.url.startsWith("/trade-api/v2/portfolio/balance")) {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(balance) })
      res.end(balance)
      return
    }
    if (req.method === "POST" && req.url === "/trade-api/v2/portfolio/events/orders") {
      const order = JSON.parse(Buffer.concat(chunks).toString("utf8"))
      const body = JSON.stringify({
        order_id: "6c170f2d-31ac-5a52-aa49-396c7be13455",
        client_order_id: order.client_order_id,
        fill_count: "0.00",
        remaining_count: order.count,
        ts_ms: 1768231443000
      })
      res.writeHead(201, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
      res.end(body)
      return
    }
    res.writeHead(404, { "content-type": "application/json" })
    res.end(JSON.stringify({ error: { code: "not_found", message: req.method + " " + req.url } }))
  })
})
server.keepAliveTimeout = 60000
server.listen(0, "127.0.0.1", () => process.stdout.write(server.address().port + "\\n"))
`

const startServer = async () => {
  const child = spawn(process.execPath, ["-e", serverSource], { stdio: ["ignore", "pipe", "inherit"] })
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject)
    child.stdout.once("data", (data: Buffer) => resolve(Number(data.toString().trim())))
  })
  return { child, port }
}

const apiKeyId = "bench-key-id"
const balancePath = "/trade-api/v2/portfolio/balance"
const ordersPath = "/trade-api/v2/portfolio/events/orders"

const signer = (key: KeyObject, rsa: boolean) => (method: string, path: string) => {
  const ts = String(Date.now())
  const data = Buffer.from(ts + method + path)
  const signature = rsa
    ? sign("sha256", data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
    : sign(null, data, key)
  return {
    "KALSHI-ACCESS-KEY": apiKeyId,
    "KALSHI-ACCESS-TIMESTAMP": ts,
    "KALSHI-ACCESS-SIGNATURE": signature.toString("base64")
  }
}

/** The client order body the floors send: what the SDK sends for `Orders.buy("yes", "KX-1", 1, 0.56)`. */
const orderFields = () => ({
  ticker: "KX-1",
  side: "bid" as const,
  price: "0.56",
  count: "1.00",
  time_in_force: "good_till_canceled" as const,
  self_trade_prevention_type: "taker_at_cross" as const,
  client_order_id: randomUUID()
})
const orderBody = () => JSON.stringify(orderFields())

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`unexpected answer: ${what}`)
}

/** The server, the clients and one call of each variant. */
const setup = async () => {
  const { child, port } = await startServer()
  const restUrl = `http://127.0.0.1:${port}/trade-api/v2`
  const origin = `http://127.0.0.1:${port}`
  const rsaPem = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" }
  }).privateKey
  const edPem = generateKeyPairSync("ed25519", {
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" }
  }).privateKey

  const signEd = signer(createPrivateKey(edPem), false)
  const huge = { refillRate: 1e9, capacity: 1e9 }
  const sdkRuntime = (pem: string, transport: Layer.Layer<HttpClient.HttpClient>) =>
    ManagedRuntime.make(
      KalshiRest.layerWithClient({ rateLimits: { limits: { read: huge, write: huge } } }).pipe(
        Layer.provide(
          KalshiConfig.layer({
            environment: { restUrl, wsUrl: `ws://127.0.0.1:${port}/trade-api/ws/v2` },
            apiKeyId: Redacted.make(apiKeyId),
            privateKey: Redacted.make(pem)
          })
        ),
        Layer.provide(NodeSigner.layer),
        Layer.provide(transport)
      )
    )
  const runtimes = {
    sdk: sdkRuntime(rsaPem, KalshiNode.layerHttpClient),
    sdkFetch: sdkRuntime(rsaPem, FetchHttpClient.layer),
    sdkFetchPlatform: sdkRuntime(rsaPem, PlatformFetchHttpClient.layer),
    sdkEd: sdkRuntime(edPem, KalshiNode.layerHttpClient),
    sdkEdPlatform: sdkRuntime(edPem, NodeHttpClient.layerUndici),
    transport: ManagedRuntime.make(KalshiNode.layerHttpClient)
  }
  const sdkCalls = async (runtime: (typeof runtimes)["sdk"]) => {
    const portfolio = await runtime.runPromise(PortfolioApi)
    const orders = await runtime.runPromise(OrdersApi)
    const order = Orders.buy("yes", "KX-1", FixedPoint.unsafeCount("1"), FixedPoint.unsafeDollars("0.56"))
    return {
      balance: () =>
        runtime.runPromise(portfolio.getBalance()).then((r) => check(r.updated_ts === 1768231443, "balance")),
      order: () => runtime.runPromise(orders.createOrderV2(order)).then((r) => check(r.order_id.length === 36, "order"))
    }
  }
  const sdk = await sdkCalls(runtimes.sdk)
  const sdkFetch = await sdkCalls(runtimes.sdkFetch)
  const sdkFetchPlatform = await sdkCalls(runtimes.sdkFetchPlatform)
  const sdkEd = await sdkCalls(runtimes.sdkEd)
  const sdkEdPlatform = await sdkCalls(runtimes.sdkEdPlatform)
  // the stages of the SDK (Ed25519), for bench/profile.ts: core's client alone, the transport alone
  const core = await runtimes.sdkEd.runPromise(KalshiHttpClient.KalshiHttpClient)
  const transport = await runtimes.transport.runPromise(HttpClient.HttpClient)
  const stages = {
    balance: () =>
      runtimes.sdkEd.runPromise(
        core.execute({ operation: "GetBalance", method: "GET", path: "/portfolio/balance", auth: "signed" })
      ),
    order: () =>
      runtimes.sdkEd.runPromise(
        core.execute({
          operation: "CreateOrderV2",
          method: "POST",
          path: "/portfolio/events/orders",
          auth: "signed",
          body: orderFields()
        })
      )
  }
  const transportOnly = {
    balance: () =>
      runtimes.transport.runPromise(
        Effect.flatMap(
          transport.execute(HttpClientRequest.get(origin + balancePath, { headers: signEd("GET", balancePath) })),
          (response) => response.text
        )
      ),
    order: () =>
      runtimes.transport.runPromise(
        Effect.flatMap(
          transport.execute(
            HttpClientRequest.post(origin + ordersPath, { headers: signEd("POST", ordersPath) }).pipe(
              HttpClientRequest.bodyUnsafeJson(orderFields())
            )
          ),
          (response) => response.text
        )
      )
  }

  const agent = new Agent({ keepAliveTimeout: 60_000 })
  const undiciFloor = (signed: ReturnType<typeof signer>) => ({
    balance: async () => {
      const response = await request(origin + balancePath, {
        dispatcher: agent,
        headers: { accept: "application/json", ...signed("GET", balancePath) }
      })
      const json = JSON.parse(await response.body.text()) as { updated_ts: number }
      check(response.statusCode === 200 && json.updated_ts === 1768231443, "balance")
    },
    order: async () => {
      const response = await request(origin + ordersPath, {
        method: "POST",
        dispatcher: agent,
        headers: { accept: "application/json", "content-type": "application/json", ...signed("POST", ordersPath) },
        body: orderBody()
      })
      const json = JSON.parse(await response.body.text()) as { order_id: string }
      check(response.statusCode === 201 && json.order_id.length === 36, "order")
    }
  })
  const fetchFloor = (signed: ReturnType<typeof signer>) => ({
    balance: async () => {
      const response = await fetch(origin + balancePath, {
        headers: { accept: "application/json", ...signed("GET", balancePath) }
      })
      const json = JSON.parse(await response.text()) as { updated_ts: number }
      check(response.status === 200 && json.updated_ts === 1768231443, "balance")
    },
    order: async () => {
      const response = await fetch(origin + ordersPath, {
        method: "POST",
        headers: { accept: "application/json", "content-type": "application/json", ...signed("POST", ordersPath) },
        body: orderBody()
      })
      const json = JSON.parse(await response.text()) as { order_id: string }
      check(response.status === 201 && json.order_id.length === 36, "order")
    }
  })
  const rsaSign = signer(createPrivateKey(rsaPem), true)
  const floorUndici = undiciFloor(rsaSign)
  const floorFetch = fetchFloor(rsaSign)
  const floorUndiciEd = undiciFloor(signEd)

  const configuration = new Configuration({ apiKey: apiKeyId, privateKeyPem: rsaPem, basePath: restUrl })
  const officialPortfolio = new OfficialPortfolioApi(configuration)
  const officialOrders = new OfficialOrdersApi(configuration)
  const official = {
    balance: async () => {
      const response = await officialPortfolio.getBalance()
      check(response.data.updated_ts === 1768231443, "balance")
    },
    order: async () => {
      const response = await officialOrders.createOrderV2(orderFields())
      check(response.data.order_id.length === 36, "order")
    }
  }

  const close = async () => {
    await Promise.all(Object.values(runtimes).map((r) => r.dispose()))
    await agent.close()
    child.kill()
  }
  return {
    calls: {
      sdk,
      sdkFetch,
      sdkFetchPlatform,
      sdkEd,
      sdkEdPlatform,
      coreEd: stages,
      transportEd: transportOnly,
      undici: floorUndici,
      fetch: floorFetch,
      undiciEd: floorUndiciEd,
      official
    },
    close
  }
}

/** The variants of this case, for `bench/profile.ts`. */
export const profileTarget = setup

export const run = async (settings: Settings): Promise<ReadonlyArray<Result>> => {
  const { calls, close } = await setup()
  const { sdk, sdkFetch, sdkEd, official } = calls
  const floorUndici = calls.undici
  const floorFetch = calls.fetch
  const floorUndiciEd = calls.undiciEd
  const results: Array<Result> = []
  const runSettings = { runs: settings.runs, runMs: Math.max(settings.runMs, 300) }
  const micros = (s: CallStats) => `${s.perCallMicros.toFixed(0)} µs`
  try {
    for (const [op, label] of [["balance", "GetBalance"], ["order", "CreateOrderV2"]] as const) {
      for (const concurrency of [1, 32]) {
        const stats = await compareCalls(
          [
            { name: "sdk", one: sdk[op] },
            { name: "undici", one: floorUndici[op] },
            { name: "official", one: official[op] },
            { name: "sdkFetch", one: sdkFetch[op] },
            { name: "fetch", one: floorFetch[op] }
          ],
          concurrency,
          runSettings
        )
        const mode = concurrency === 1 ? "sequential" : `${concurrency} in flight`
        const s = stats.sdk!
        const u = stats.undici!
        const o = stats.official!
        const timeRatio = s.perCallMicros / u.perCallMicros
        const throughputVsOfficial = s.throughput.median / o.throughput.median
        results.push({
          case: `small request ${label}, ${mode}, RSA-2048: SDK (undici transport)`,
          unit: "calls/s",
          sdk: s.throughput,
          floor: { name: "undici request + keep-alive Agent + parsed key + JSON.parse", ...u.throughput },
          comparison: { name: "kalshi-typescript 3.30.0", ...o.throughput },
          ratio: s.throughput.median / u.throughput.median,
          ratioToComparison: throughputVsOfficial,
          target: "time per call <= 1.5x the undici floor, throughput >= 3x kalshi-typescript",
          met: timeRatio <= 1.5 && throughputVsOfficial >= 3,
          calls: { sdk: s, floor: u, comparison: o },
          notes: `time ${timeRatio.toFixed(2)}x the floor (${micros(s)} vs ${micros(u)}, overhead ${
            (s.perCallMicros - u.perCallMicros).toFixed(0)
          } µs)`
        })
        const f = stats.sdkFetch!
        const ff = stats.fetch!
        const fetchRatio = f.perCallMicros / ff.perCallMicros
        results.push({
          case: `small request ${label}, ${mode}, RSA-2048: SDK over FetchHttpClient`,
          unit: "calls/s",
          sdk: f.throughput,
          floor: { name: "global fetch + parsed key + JSON.parse", ...ff.throughput },
          comparison: { name: "kalshi-typescript 3.30.0", ...o.throughput },
          ratio: f.throughput.median / ff.throughput.median,
          ratioToComparison: f.throughput.median / o.throughput.median,
          target: "time per call <= 1.3x the fetch floor",
          met: fetchRatio <= 1.3,
          calls: { sdk: f, floor: ff, comparison: o },
          notes: `time ${fetchRatio.toFixed(2)}x the floor (${micros(f)} vs ${micros(ff)}, overhead ${
            (f.perCallMicros - ff.perCallMicros).toFixed(0)
          } µs)`
        })
      }
    }
    const ed = await compareCalls(
      [
        { name: "sdk", one: sdkEd.balance },
        { name: "undici", one: floorUndiciEd.balance }
      ],
      1,
      runSettings
    )
    const edRatio = ed.sdk!.perCallMicros / ed.undici!.perCallMicros
    results.push({
      case: "small request GetBalance, sequential, Ed25519: SDK (undici transport)",
      unit: "calls/s",
      sdk: ed.sdk!.throughput,
      floor: { name: "undici request + keep-alive Agent + parsed key + JSON.parse", ...ed.undici!.throughput },
      ratio: ed.sdk!.throughput.median / ed.undici!.throughput.median,
      target: "time per call <= 1.5x the undici floor",
      met: edRatio <= 1.5,
      calls: { sdk: ed.sdk!, floor: ed.undici! },
      notes: `time ${edRatio.toFixed(2)}x the floor (${micros(ed.sdk!)} vs ${micros(ed.undici!)}, overhead ${
        (ed.sdk!.perCallMicros - ed.undici!.perCallMicros).toFixed(0)
      } µs)`
    })
  } finally {
    await close()
  }
  return results
}
