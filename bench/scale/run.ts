/**
 * The scale run: one WebSocket connection of the SDK following N order books, fed by the lean
 * emitter (`emitter.ts`, a process of its own) at increasing total delta rates; and a full
 * `getMarketsStream` over a catalog of 10,000 markets served by the testkit exchange.
 */
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import { Kalshi } from "@kalshi-effect/kalshi"
import { MarketApi } from "@kalshi-effect/rest"
import { KalshiWebSocket, OrderBook } from "@kalshi-effect/ws"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { generateKeyPairSync } from "node:crypto"
import { fileURLToPath } from "node:url"
import * as Ipc from "../ipc.js"
import { gc } from "../lib.js"
import type { Ready } from "../soak/control.js"
import type { EmitterCommand, RunResult } from "./emitter.js"
import { LEVELS_PER_SIDE } from "./emitter.js"

export interface Options {
  readonly books: ReadonlyArray<number>
  /** Total delta rates tried in order for each N; the first that fails ends the search. */
  readonly rates: ReadonlyArray<number>
  /** How long each rate is held. The definition of "sustained" is 30 s. */
  readonly stepMs: number
  /** Markets of the REST catalog; 0 skips the REST part. */
  readonly restMarkets: number
  /** Compare every local book with the emitter's after each step (a correctness check). */
  readonly verifyBooks: boolean
  readonly onStep?: ((n: number, step: Step) => void) | undefined
}

export interface Step {
  readonly rate: number
  readonly sent: number
  readonly applied: number
  readonly achievedRate: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly maxMs: number
  /** Median latency of the first and the last third of the step. */
  readonly p50FirstThirdMs: number
  readonly p50LastThirdMs: number
  /** CPU time of this process (user + system) per 1,000 deltas applied. */
  readonly cpuMsPer1000: number
  readonly resyncs: number
  readonly inconsistent: number
  readonly maxEmitterBufferedBytes: number
  /** Books differing from the emitter's after the step (only with `verifyBooks`). */
  readonly booksDiffering: number | undefined
  readonly sustained: boolean
  readonly why: string
}

export interface BooksResult {
  readonly books: number
  readonly levelsPerBook: number
  readonly subscribeMs: number
  readonly heapPerBookKB: number
  readonly steps: ReadonlyArray<Step>
  /** The highest rate sustained, 0 when none was. */
  readonly sustainedRate: number
}

export interface RestResult {
  readonly markets: number
  readonly received: number
  readonly ms: number
  readonly requests: number
  readonly rateLimited: number
  readonly heapMB: number
  readonly peakRssMB: number
}

/** Monotonic milliseconds, on the clock the emitter stamps deltas with. */
const offset = Number(process.hrtime.bigint()) / 1e6 - performance.now()
const monoNow = () => performance.now() + offset

const percentile = (sorted: Float64Array, q: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

const sortedCopy = (a: Float64Array, from: number, to: number) => {
  const out = a.slice(from, to)
  out.sort()
  return out
}

const tickers = (n: number) => Array.from({ length: n }, (_, i) => `KXSCALE-26DEC31-M${String(i).padStart(5, "0")}`)

const wsLayer = (url: string) => {
  const { privateKey } = generateKeyPairSync("ed25519")
  return KalshiWebSocket.layerNodeFromConfig({ silenceTimeout: "5 minutes" }).pipe(
    Layer.provide(KalshiConfig.layer({
      restUrl: "http://127.0.0.1:9/trade-api/v2",
      wsUrl: url,
      apiKeyId: Redacted.make("00000000-0000-4000-8000-000000000000"),
      privateKey: Redacted.make(privateKey.export({ type: "pkcs8", format: "pem" }).toString())
    }))
  )
}

const MAX_SAMPLES = 4_000_000

/** Follows `n` books on one connection and runs the rate steps. */
const followBooks = (
  emitter: Ipc.Child<EmitterCommand>,
  url: string,
  n: number,
  options: Options
): Effect.Effect<BooksResult, Error> =>
  Effect.scoped(
    Effect.gen(function*() {
      const collect = gc()
      const ws = yield* KalshiWebSocket.KalshiWebSocket
      const latencies = new Float64Array(MAX_SAMPLES)
      const state = { snapshots: 0, deltas: 0, resyncs: 0, inconsistent: 0, skipped: 0, samples: 0 }
      const books = new Map<string, OrderBook.OrderBook>()
      collect()
      const heap0 = process.memoryUsage().heapUsed
      const t0 = performance.now()
      const subscription = yield* ws.subscribe("orderbook_delta", { market_tickers: tickers(n) })
      const apply = (event: KalshiWebSocket.SubscriptionEvent<"orderbook_delta">) => {
        if (KalshiWebSocket.isControlEvent(event)) {
          if (event._tag === "Resync" || event._tag === "Reconnected") {
            state.resyncs++
            if (event._tag === "Reconnected" || event.marketTickers === undefined) books.clear()
            else for (const t of event.marketTickers) books.delete(t)
          }
          return
        }
        if (event.type === "orderbook_snapshot") {
          const book = OrderBook.make(event.msg.market_ticker)
          book.applySnapshot(event.msg.yes_dollars_fp, event.msg.no_dollars_fp, event.seq)
          books.set(event.msg.market_ticker, book)
          state.snapshots++
          return
        }
        const book = books.get(event.msg.market_ticker)
        if (book === undefined) {
          state.skipped++
          return
        }
        if (book.applyDelta(event.msg.side, event.msg.price_dollars, event.msg.delta_fp, event.seq) !== undefined) {
          state.inconsistent++
        }
        state.deltas++
        const sent = event.msg.ts_ms
        if (sent !== undefined && state.samples < MAX_SAMPLES) latencies[state.samples++] = monoNow() - sent
      }
      yield* subscription.stream.pipe(
        Stream.runForEachChunk((chunk) =>
          Effect.sync(() => {
            for (const event of chunk) apply(event)
          })
        ),
        Effect.forkScoped
      )
      const waitUntil = (done: () => boolean, maxMs: number) =>
        Effect.repeat(Effect.sync(done), {
          until: (b) => b,
          schedule: Schedule.spaced("5 millis").pipe(Schedule.upTo(`${maxMs} millis`))
        })
      yield* waitUntil(() => state.snapshots >= n, 120_000)
      const subscribeMs = performance.now() - t0
      collect()
      const heapPerBookKB = (process.memoryUsage().heapUsed - heap0) / n / 1024

      // warm-up (compilation, buffers), not measured
      const warm = state.deltas
      const warmUp = yield* emitter.call<RunResult>({
        op: "run",
        rate: options.rates[0] ?? 1000,
        durationMs: Math.min(3000, options.stepMs)
      })
      yield* waitUntil(() => state.deltas - warm >= warmUp.sent, 3000)

      const steps: Array<Step> = []
      let sustainedRate = 0
      for (const rate of options.rates) {
        const before = { ...state }
        state.samples = 0
        const cpu0 = process.cpuUsage()
        const result = yield* emitter.call<RunResult>({ op: "run", rate, durationMs: options.stepMs })
        // drain: what was sent must be applied shortly after the emitter stops
        yield* waitUntil(() => state.deltas - before.deltas >= result.sent, 3000)
        const cpu = process.cpuUsage(cpu0)
        const applied = state.deltas - before.deltas
        const count = state.samples
        const all = sortedCopy(latencies, 0, count)
        const third = Math.floor(count / 3)
        const first = percentile(sortedCopy(latencies, 0, third), 0.5)
        const last = percentile(sortedCopy(latencies, count - third, count), 0.5)
        let booksDiffering: number | undefined = undefined
        if (options.verifyBooks) {
          const truth = yield* emitter.call<ReadonlyArray<{ ticker: string; sizes: ReadonlyArray<number> }>>({
            op: "books"
          })
          booksDiffering = 0
          for (const { sizes, ticker } of truth) {
            const book = books.get(ticker)
            let same = book !== undefined
            for (let i = 0; same && i < sizes.length; i++) {
              const side = i < LEVELS_PER_SIDE ? "yes" : "no"
              const level = i % LEVELS_PER_SIDE
              const price = BigDecimal.unsafeFromString(`0.${String(level + 1).padStart(2, "0")}`)
              same = Number(BigDecimal.format(book!.sizeAt(side, price))) === sizes[i]
            }
            if (!same) booksDiffering++
          }
        }
        const resyncs = state.resyncs - before.resyncs
        const inconsistent = state.inconsistent - before.inconsistent
        const reasons: Array<string> = []
        if (result.achievedRate < rate * 0.95) reasons.push(`the emitter reached ${result.achievedRate.toFixed(0)}/s`)
        if (result.backlogged) reasons.push("the consumer stopped reading (emitter backlog)")
        if (applied < result.sent) reasons.push(`${result.sent - applied} deltas not applied 3 s after the step`)
        if (resyncs > 0) reasons.push(`${resyncs} resyncs (buffer overflow)`)
        if (inconsistent > 0) reasons.push(`${inconsistent} deltas inconsistent with the book`)
        if (last > 2 * first + 5) reasons.push(`latency grew (p50 ${first.toFixed(2)} -> ${last.toFixed(2)} ms)`)
        if (booksDiffering !== undefined && booksDiffering > 0) reasons.push(`${booksDiffering} books differ`)
        const step: Step = {
          rate,
          sent: result.sent,
          applied,
          achievedRate: result.achievedRate,
          p50Ms: percentile(all, 0.5),
          p99Ms: percentile(all, 0.99),
          maxMs: all.length > 0 ? all[all.length - 1]! : 0,
          p50FirstThirdMs: first,
          p50LastThirdMs: last,
          cpuMsPer1000: applied === 0 ? 0 : ((cpu.user + cpu.system) / 1000 / applied) * 1000,
          resyncs,
          inconsistent,
          maxEmitterBufferedBytes: result.maxBufferedBytes,
          booksDiffering,
          sustained: reasons.length === 0,
          why: reasons.join("; ")
        }
        steps.push(step)
        options.onStep?.(n, step)
        if (!step.sustained) break
        sustainedRate = rate
        // let the heap and the socket settle between steps
        yield* Effect.sleep("500 millis")
      }
      return {
        books: n,
        levelsPerBook: 2 * LEVELS_PER_SIDE,
        subscribeMs,
        heapPerBookKB,
        steps,
        sustainedRate
      }
    }).pipe(Effect.provide(Layer.orDie(wsLayer(url))))
  )

const counterSum = (name: string, tag?: readonly [string, string]) =>
  Effect.map(Metric.snapshot, (pairs) => {
    let sum = 0
    for (const pair of pairs) {
      if (pair.metricKey.name !== name) continue
      if (tag !== undefined && !pair.metricKey.tags.some((t) => t.key === tag[0] && t.value === tag[1])) continue
      const count = (pair.metricState as { readonly count?: number | bigint }).count
      sum += Number(count ?? 0)
    }
    return sum
  })

/** A full `getMarketsStream` over a catalog of `markets` markets on the testkit exchange. */
export const rest = (markets: number): Effect.Effect<RestResult, Error> =>
  Effect.scoped(Effect.gen(function*() {
    const { ready } = yield* Ipc.start<{ readonly op: string }, Ready>(
      fileURLToPath(new URL("../soak/exchange.ts", import.meta.url)),
      ["--markets", String(markets), "--simulate", "0"]
    )
    const collect = gc()
    return yield* Effect.gen(function*() {
      const api = yield* MarketApi
      const requests0 = yield* counterSum("kalshi_http_requests_total", ["operation", "GetMarkets"])
      const limited0 = yield* counterSum("kalshi_http_requests_total", ["status", "429"])
      collect()
      const heap0 = process.memoryUsage().heapUsed
      let peakRss = process.memoryUsage().rss
      const t0 = performance.now()
      const all = yield* api.getMarketsStream({}).pipe(
        Stream.tap(() =>
          Effect.sync(() => {
            const rss = process.memoryUsage.rss()
            if (rss > peakRss) peakRss = rss
          })
        ),
        Stream.runCollect
      )
      const ms = performance.now() - t0
      collect()
      const heapMB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20
      return {
        markets,
        received: all.length,
        ms,
        requests: (yield* counterSum("kalshi_http_requests_total", ["operation", "GetMarkets"])) - requests0,
        rateLimited: (yield* counterSum("kalshi_http_requests_total", ["status", "429"])) - limited0,
        heapMB,
        peakRssMB: peakRss / 2 ** 20
      }
    }).pipe(
      Effect.provide(Layer.orDie(Kalshi.layer({
        restUrl: ready.restUrl,
        wsUrl: ready.wsUrl,
        apiKeyId: Redacted.make(ready.apiKeyId),
        privateKey: Redacted.make(ready.privateKey)
      })))
    )
  }))

export interface Report {
  readonly emitter: string
  readonly books: ReadonlyArray<BooksResult>
  readonly rest: RestResult | undefined
}

export const run = (options: Options): Effect.Effect<Report, Error> =>
  Effect.scoped(Effect.gen(function*() {
    const { child: emitter, ready } = yield* Ipc.start<EmitterCommand, { readonly url: string }>(
      fileURLToPath(new URL("./emitter.ts", import.meta.url)),
      []
    )
    const results: Array<BooksResult> = []
    for (const n of options.books) results.push(yield* followBooks(emitter, ready.url, n, options))
    const restResult = options.restMarkets > 0 ? yield* rest(options.restMarkets) : undefined
    return {
      emitter:
        "a separate Node process with a ws server speaking the testkit's orderbook_delta wire format, frames assembled from pre-encoded parts, send time in ts_ms (monotonic clock)",
      books: results,
      rest: restResult
    }
  }))
