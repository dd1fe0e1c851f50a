/**
 * One process of a fleet trading one account: readers and writers sending as fast as the rate
 * limiter lets them, for a bounded time, against the exchange named in `FLEET_TRADER` (JSON).
 *
 * Prints `ready` once warmed up, starts at the time a `go <unix ms>` line on stdin names, runs until
 * that time plus `durationMs`, and prints one JSON line
 * of results: what the exchange accepted and refused (every response is counted, retries included),
 * and, per 100 ms since `go`, the tokens of the requests sent.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import * as KalshiHttpClient from "@kalshi-effect/core/KalshiHttpClient"
import * as KalshiRateLimiterRedis from "@kalshi-effect/core/KalshiRateLimiterRedis"
import { KalshiRest, RateLimits } from "@kalshi-effect/rest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Redacted from "effect/Redacted"
import * as readline from "node:readline"

export interface TraderConfig {
  readonly restUrl: string
  readonly apiKeyId: string
  readonly privateKey: string
  readonly ticker: string
  readonly store: "redis" | "memory"
  readonly redisPort?: number | undefined
  readonly onUnavailable?: "wait" | "fail" | { readonly share: number } | undefined
  readonly durationMs: number
  /** The limiter's margin (see `KalshiRateLimiter.Options.margin`). */
  readonly marginMs?: number | undefined
  readonly readers: number
  readonly writers: number
  readonly name: string
}

export interface TraderResult {
  readonly name: string
  /** Tokens of the requests the exchange accepted (any answer but 429), by bucket. */
  readonly acceptedRead: number
  readonly acceptedWrite: number
  /** 429 answers, retried ones included. */
  readonly refused: number
  /** When each 429 came, in ms since `go`, and by which method. */
  readonly refusedAt: Array<string>
  /** When the run started and ended (Unix ms). */
  readonly startedAt: number
  readonly endedAt: number
  /** Other failures, by tag. */
  readonly errors: Record<string, number>
  /** Tokens sent per 100 ms since `go`, by bucket. */
  readonly sentRead: Array<number>
  readonly sentWrite: Array<number>
}

const config: TraderConfig = JSON.parse(process.env.FLEET_TRADER ?? "{}")
const COST = 10

const result = {
  name: config.name,
  acceptedRead: 0,
  acceptedWrite: 0,
  refused: 0,
  refusedAt: [] as Array<string>,
  startedAt: 0,
  endedAt: 0,
  errors: {} as Record<string, number>,
  sentRead: [] as Array<number>,
  sentWrite: [] as Array<number>
}
let startedAt = 0
let endsAt = Number.POSITIVE_INFINITY
const slot = (series: Array<number>) => {
  const i = Math.floor((Date.now() - startedAt) / 100)
  while (series.length <= i) series.push(0)
  series[i]! += COST
}

/** Requests sent within the run: their answers count, even when they come after its end. */
const inRun = new WeakSet<object>()

/** Counts every response the SDK receives, before its retries. */
const counting = (client: HttpClient.HttpClient) =>
  HttpClient.tapRequest(client, (request) =>
    Effect.sync(() => {
      if (startedAt === 0 || Date.now() >= endsAt) return
      inRun.add(request)
      slot(request.method === "GET" ? result.sentRead : result.sentWrite)
    })).pipe(HttpClient.tap((response) =>
      Effect.sync(() => {
        if (!inRun.has(response.request)) return
        if (response.status === 429) {
          result.refused++
          result.refusedAt.push(`${response.request.method}@${Date.now() - startedAt}`)
        } else if (response.request.method === "GET") result.acceptedRead += COST
        else result.acceptedWrite += COST
      })
    ))

const store = config.store === "redis"
  ? KalshiRateLimiterRedis.layerStore({
    redis: { host: "127.0.0.1", port: config.redisPort ?? 6379 },
    onUnavailable: config.onUnavailable === "fail"
      ? KalshiRateLimiterRedis.OnUnavailable.Fail()
      : config.onUnavailable === "wait" || config.onUnavailable === undefined
      ? KalshiRateLimiterRedis.OnUnavailable.Wait()
      : KalshiRateLimiterRedis.OnUnavailable.Local({ share: config.onUnavailable.share }),
    probeInterval: "250 millis"
  })
  : undefined

// The account's limits from `GET /account/limits`, as a program would load them.
const Client = RateLimits.layer.pipe(Layer.provideMerge(KalshiRest.layerWithClient({
  transformClient: counting,
  rateLimits: {
    ...(store !== undefined ? { store } : {}),
    ...(config.marginMs !== undefined ? { margin: config.marginMs } : {})
  }
}))).pipe(
  Layer.provide(KalshiConfig.layer({
    environment: { restUrl: config.restUrl, wsUrl: "ws://127.0.0.1:9/unused" },
    apiKeyId: Redacted.make(config.apiKeyId),
    privateKey: Redacted.make(config.privateKey)
  })),
  Layer.provide(FetchHttpClient.layer)
)

/** Waits for `go <unix ms>` on stdin; returns the start time. */
const go = Effect.async<number>((resume) => {
  const lines = readline.createInterface({ input: process.stdin })
  lines.on("line", (line) => {
    const [word, at] = line.trim().split(" ")
    if (word === "go") {
      lines.close()
      resume(Effect.succeed(Number(at)))
    }
  })
})

const count = (tag: string) =>
  Effect.sync(() => {
    result.errors[tag] = (result.errors[tag] ?? 0) + 1
  })

const program = Effect.gen(function*() {
  const client = yield* KalshiHttpClient.KalshiHttpClient
  let n = 0
  const read = client.execute({ operation: "GetBalance", method: "GET", path: "/portfolio/balance", auth: "signed" })
  const write = Effect.suspend(() =>
    client.execute({
      operation: "CreateOrderV2",
      method: "POST",
      path: "/portfolio/events/orders",
      auth: "signed",
      body: {
        ticker: config.ticker,
        side: "bid",
        price: "0.01",
        count: "1",
        time_in_force: "good_till_canceled",
        self_trade_prevention_type: "taker_at_cross",
        client_order_id: `${config.name}-${n++}`
      }
    })
  )
  // Warm up (keys, connections, code paths) so that the timed run measures the limiter, not a cold start.
  yield* Effect.all([read, write], { discard: true })
  process.stdout.write("ready\n")
  const at = yield* go
  yield* Effect.sleep(Math.max(0, at - Date.now()))
  startedAt = at
  endsAt = at + config.durationMs
  const loop = (request: typeof read) => Effect.forever(Effect.catchAll(request, (error) => count(error._tag)))
  yield* Effect.all(
    [
      ...Array.from({ length: config.readers }, () => loop(read)),
      ...Array.from({ length: config.writers }, () => loop(write))
    ],
    { concurrency: "unbounded", discard: true }
  ).pipe(
    // Requests stop being sent at the end; those on their way get a moment to be answered.
    Effect.timeoutOption(Math.max(0, endsAt - Date.now()) + 500)
  )
  process.stdout.write(`${JSON.stringify({ ...result, startedAt, endedAt: at + config.durationMs })}\n`)
})

Effect.runPromise(
  program.pipe(
    Effect.provide(Client),
    Effect.provide(Logger.replace(Logger.defaultLogger, Logger.prettyLogger({ stderr: true, colors: false })))
  )
).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${String(error)}\n`)
    process.exit(1)
  }
)
