/**
 * One soak run: the exchange in a process of its own, the pipeline in this one, faults on a
 * schedule, and a check every `sampleEvery`: books and orders compared with the exchange's, and the
 * process's heap after a full GC, live fibers, open file descriptors and sockets.
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import * as Supervisor from "effect/Supervisor"
import { readdirSync, readlinkSync } from "node:fs"
import { join } from "node:path"
import { getHeapCodeStatistics, writeHeapSnapshot } from "node:v8"
import { gc } from "../lib.js"
import * as Control from "./control.js"
import type { BookLevels, LedgerOrder } from "./control.js"
import { compare, type OrderComparison } from "./orders.js"
import * as Pipeline from "./pipeline.js"

export interface Options {
  /** How long the run lasts. */
  readonly durationMs: number
  /** Time between two checks. Default 60 s. */
  readonly sampleEveryMs: number
  /** Multiplies the fault periods (1: a WebSocket drop every 30 s, ...); below 1 is denser. */
  readonly faultScale: number
  readonly markets: number
  /** The simulated traders' round. Default 1 s. */
  readonly simulationIntervalMs: number
  readonly workers: number
  readonly actionEveryMs: number
  readonly seed: number
  /** Requests answered 429 by each storm. Default 25. */
  readonly stormSize: number
  /** Whether the exchange injects faults. Default true; a run without them separates what grows per action. */
  readonly faults: boolean
  /**
   * A directory to write a V8 heap snapshot into at each check, after the full GC
   * (`check-<n>.heapsnapshot`): for finding what grows. Off by default (each is tens of MB and
   * holds the process's memory, key included).
   */
  readonly heapSnapshots?: string | undefined
  /** Told each sample as it is taken. */
  readonly onSample?: ((sample: Sample) => void) | undefined
}

export const defaults: Options = {
  durationMs: 10 * 60_000,
  sampleEveryMs: 60_000,
  faultScale: 1,
  markets: 24,
  simulationIntervalMs: 1000,
  workers: 2,
  actionEveryMs: 250,
  seed: 1,
  stormSize: 25,
  faults: true
}

export interface Sample {
  /** Minutes since the pipeline started. */
  readonly minute: number
  readonly heapUsedMB: number
  /**
   * Of the heap used, V8's compiled code and bytecode with their metadata: grows while the JIT
   * optimises the paths a run takes (faults reach rare ones late), which is not data kept.
   */
  readonly codeMB: number
  readonly rssMB: number
  readonly fibers: number
  readonly fds: number
  readonly sockets: number
  readonly booksDiffering: number
  /** Comparisons made before the books agreed (at most `checkAttempts`). */
  readonly bookAttempts: number
  readonly orders: Omit<OrderComparison, "examples">
  readonly reconnects: number
  readonly resyncs: number
  readonly retries: number
  readonly requests: number
  readonly decoded: number
  readonly undecodable: number
  readonly actions: number
  readonly examples: ReadonlyArray<string>
}

export interface Report {
  readonly options: Omit<Options, "onSample">
  readonly startedAt: string
  readonly endedAt: string
  readonly faults: Record<string, number>
  readonly counters: Pipeline.Counters
  readonly samples: ReadonlyArray<Sample>
  /** Least-squares slopes per hour over the samples after the warm-up (the first fifth of the run). */
  readonly slopes: {
    readonly heapMBPerHour: number
    /** The heap used without the compiled code (`codeMB`): the data the process keeps. */
    readonly heapWithoutCodeMBPerHour: number
    readonly fibersPerHour: number
    readonly fdsPerHour: number
    readonly socketsPerHour: number
    readonly fromMinute: number
  }
  /** Whether every check found the books and the orders in agreement with the exchange. */
  readonly correct: boolean
}

const checkAttempts = 12

/** Least-squares slope of y over x. */
export const slope = (points: ReadonlyArray<readonly [number, number]>): number => {
  const n = points.length
  if (n < 2) return 0
  let sx = 0, sy = 0, sxx = 0, sxy = 0
  for (const [x, y] of points) {
    sx += x
    sy += y
    sxx += x * x
    sxy += x * y
  }
  const d = n * sxx - sx * sx
  return d === 0 ? 0 : (n * sxy - sx * sy) / d
}

const openFds = () => {
  let fds = 0
  let sockets = 0
  for (const fd of readdirSync("/proc/self/fd")) {
    fds++
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`).startsWith("socket:")) sockets++
    } catch {
      // closed while listing (the directory's own fd)
    }
  }
  return { fds, sockets }
}

export const run = (options: Options): Effect.Effect<Report, Error> =>
  Effect.scoped(Effect.gen(function*() {
    const startedAt = new Date()
    const exchange = yield* Control.start({
      markets: options.markets,
      intervalMs: options.simulationIntervalMs,
      seed: options.seed
    })
    const fibers = yield* Supervisor.track
    const collect = gc()

    const program = Effect.gen(function*() {
      const pipeline = yield* Pipeline.start(exchange.ready, {
        workers: options.workers,
        actionEveryMs: options.actionEveryMs,
        seed: options.seed
      })
      const t0 = Date.now()

      // ---------------------------------------------------------------- faults
      const faults: Record<string, number> = {}
      const faultsOn = yield* Effect.makeLatch(true)
      const everyFault = (name: string, periodS: number, offsetS: number, inject: Effect.Effect<unknown>) =>
        !options.faults ? Effect.void : Effect.sleep(Duration.seconds(offsetS * options.faultScale)).pipe(
          Effect.zipRight(
            faultsOn.await.pipe(
              Effect.zipRight(inject),
              Effect.zipRight(Effect.sync(() => faults[name] = (faults[name] ?? 0) + 1)),
              Effect.repeat(Schedule.spaced(Duration.seconds(periodS * options.faultScale)))
            )
          ),
          Effect.forkScoped
        )
      const createPath = { method: "POST", path: "/portfolio/events/orders" }
      yield* everyFault("webSocketDrop", 30, 30, exchange.call({ op: "dropWebSockets" }))
      yield* everyFault("seqGap", 45, 20, exchange.call({ op: "skipSeq", channel: "orderbook_delta" }))
      yield* everyFault(
        "rateLimitStorm429",
        120,
        50,
        exchange.call({ op: "failRequests", status: 429, count: options.stormSize })
      )
      yield* everyFault(
        "delayedAnswers",
        20,
        7,
        exchange.call({ op: "delayRequests", delayMs: 1500, count: 4 })
      )
      yield* everyFault(
        "delayedCreatePastTimeout",
        60,
        37,
        exchange.call({ op: "delayRequests", delayMs: 5000, count: 1, match: createPath })
      )
      yield* everyFault(
        "droppedCreateAnswer",
        25,
        12,
        exchange.call({ op: "dropResponses", count: 1, match: createPath })
      )
      yield* everyFault("droppedAnswer", 40, 33, exchange.call({ op: "dropResponses", count: 1 }))
      yield* everyFault(
        "refusedHandshake",
        150,
        75,
        Effect.zipRight(
          exchange.call({ op: "refuseHandshakes", status: 503, count: 2 }),
          exchange.call({ op: "dropWebSockets" })
        )
      )
      yield* everyFault("malformedFrame", 300, 150, exchange.call({ op: "sendMalformedFrame" }))

      // ---------------------------------------------------------------- checks
      const samples: Array<Sample> = []
      // orders that changed since shortly before the previous check (the view keeps them 2 minutes)
      let sinceMs = 0
      const check = Effect.gen(function*() {
        yield* faultsOn.close
        yield* pipeline.pause
        yield* pipeline.settle
        yield* Effect.sleep("1 second")
        let books = { differing: 0, examples: [] as ReadonlyArray<string> }
        let bookAttempts = 0
        for (; bookAttempts < checkAttempts; bookAttempts++) {
          books = Pipeline.compareBooks(
            pipeline.books,
            yield* exchange.call<ReadonlyArray<BookLevels>>({ op: "books" })
          )
          if (books.differing === 0) break
          yield* Effect.sleep("500 millis")
        }
        let orders = compare(pipeline.ledger, [])
        for (let i = 0; i < checkAttempts; i++) {
          const ledger = yield* exchange.call<ReadonlyArray<LedgerOrder>>({
            op: "orders",
            sinceMs,
            clientOrderIds: [...pipeline.ledger.byClientId.keys()]
          })
          orders = compare(pipeline.ledger, ledger)
          if (orders.lost + orders.duplicated + orders.restingUnknown + orders.phantomResting === 0) break
          yield* pipeline.settle
          yield* Effect.sleep("500 millis")
        }
        const metrics = yield* pipeline.metrics
        collect()
        const memory = process.memoryUsage()
        const code = getHeapCodeStatistics()
        const live = yield* fibers.value
        const { fds, sockets } = openFds()
        const c = pipeline.counters
        const { examples, ...orderFigures } = orders
        const sample: Sample = {
          minute: (Date.now() - t0) / 60_000,
          heapUsedMB: memory.heapUsed / 2 ** 20,
          codeMB: (code.code_and_metadata_size + code.bytecode_and_metadata_size) / 2 ** 20,
          rssMB: memory.rss / 2 ** 20,
          fibers: live.length,
          fds,
          sockets,
          booksDiffering: books.differing,
          bookAttempts: bookAttempts + 1,
          orders: orderFigures,
          reconnects: metrics.reconnects,
          resyncs: c.resyncs,
          retries: metrics.retries,
          requests: metrics.requests,
          decoded: c.decoded,
          undecodable: c.undecodable,
          actions: c.actions.place + c.actions.amend + c.actions.cancel,
          examples: [...books.examples, ...examples]
        }
        samples.push(sample)
        if (options.heapSnapshots !== undefined) {
          writeHeapSnapshot(join(options.heapSnapshots, `check-${samples.length}.heapsnapshot`))
        }
        // the next check asks for the orders changed since shortly before this one; the view forgets
        // the orders it saw close before that (the exchange still answers for those it holds)
        sinceMs = Date.now() - 30_000
        pipeline.ledger.prune(sinceMs - 5_000)
        options.onSample?.(sample)
        yield* pipeline.resume
        yield* faultsOn.open
      })
      const checks = Math.max(1, Math.floor(options.durationMs / options.sampleEveryMs))
      for (let i = 0; i < checks; i++) {
        const due = t0 + (i + 1) * options.sampleEveryMs
        yield* Effect.sleep(Duration.millis(Math.max(0, due - Date.now())))
        yield* check
      }
      return { samples, faults, counters: pipeline.counters }
    })

    const { counters, faults, samples } = yield* program.pipe(
      Effect.scoped,
      Effect.provide(Layer.orDie(Pipeline.layer(exchange.ready))),
      Effect.supervised(fibers)
    )
    const durationMin = options.durationMs / 60_000
    const after = samples.filter((s) => s.minute >= durationMin / 5)
    const perHour = (f: (s: Sample) => number) => slope(after.map((s) => [s.minute / 60, f(s)] as const))
    const { heapSnapshots: _h, onSample: _, ...settings } = options
    return {
      options: settings,
      startedAt: startedAt.toISOString(),
      endedAt: new Date().toISOString(),
      faults,
      counters,
      samples,
      slopes: {
        heapMBPerHour: perHour((s) => s.heapUsedMB),
        heapWithoutCodeMBPerHour: perHour((s) => s.heapUsedMB - s.codeMB),
        fibersPerHour: perHour((s) => s.fibers),
        fdsPerHour: perHour((s) => s.fds),
        socketsPerHour: perHour((s) => s.sockets),
        fromMinute: after[0]?.minute ?? 0
      },
      correct: samples.every((s) =>
        s.booksDiffering === 0 && s.orders.lost === 0 && s.orders.duplicated === 0 && s.orders.restingUnknown === 0
      )
    }
  }))
