/**
 * The rate limiter's cost per request: `KalshiRateLimiter.acquire` for a request whose tokens are
 * there (limits far above what the run spends, so that nothing waits), with the buckets in memory
 * and in Redis (`KalshiRateLimiterRedis.layerStore`, one round trip to a local `redis-server` the
 * case starts on a free port), against the floor of the limiter switched off. The Redis variant is
 * also compared with a bare round trip of the same script through ioredis, outside Effect.
 */
import { KalshiRateLimiter } from "@kalshi-effect/core"
import * as KalshiRateLimiterRedis from "@kalshi-effect/core/KalshiRateLimiterRedis"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Scope from "effect/Scope"
import { Redis } from "ioredis"
import { spawn } from "node:child_process"
import * as net from "node:net"
import { compare, type Result, type Settings } from "../lib.js"

const huge = { refillRate: 1e9, capacity: 1e9 }
const limits: KalshiRateLimiter.Limits = { read: huge, write: huge }
const request: KalshiRateLimiter.RequestCost = { operation: "GetMarket", method: "GET", route: "/markets/{ticker}" }

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer()
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0))
    })
  })

const startRedis = async () => {
  const port = await freePort()
  const child = spawn("redis-server", [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no"
  ], {
    stdio: "ignore"
  })
  for (let i = 0; i < 500; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1")
      socket.once("connect", () => {
        socket.destroy()
        resolve(true)
      })
      socket.once("error", () => resolve(false))
    })
    if (up) return { port, stop: () => child.kill("SIGKILL") }
    await new Promise((r) => setTimeout(r, 10))
  }
  child.kill("SIGKILL")
  throw new Error("redis-server did not start (install Debian's redis-server)")
}

export const run = async (settings: Settings): Promise<ReadonlyArray<Result>> => {
  const redis = await startRedis()
  const scope = Effect.runSync(Scope.make())
  try {
    const build = (layer: Layer.Layer<KalshiRateLimiter.KalshiRateLimiter, unknown>) =>
      Effect.runPromise(
        Layer.buildWithScope(layer, scope).pipe(Effect.map(Context.get(KalshiRateLimiter.KalshiRateLimiter)))
      )
    const off = await build(KalshiRateLimiter.layer({ limits, disabled: true }))
    const memory = await build(KalshiRateLimiter.layer({ limits }))
    const shared = await build(KalshiRateLimiter.layer({
      limits,
      account: "bench",
      environment: "bench",
      store: KalshiRateLimiterRedis.layerStore({ redis: { host: "127.0.0.1", port: redis.port } })
    }))
    const bare = new Redis({ host: "127.0.0.1", port: redis.port })
    const many = (limiter: KalshiRateLimiter.Service, n: number) =>
      Effect.runPromise(Effect.gen(function*() {
        for (let i = 0; i < n; i++) yield* Effect.orDie(limiter.acquire(request))
      }))
    const stats = await compare([
      { name: "off", run: (n) => many(off, n) },
      { name: "memory", run: (n) => many(memory, n) },
      { name: "redis", run: (n) => many(shared, n) },
      {
        name: "bare",
        run: async (n) => {
          for (let i = 0; i < n; i++) await bare.hget("bench:bare", "level")
        }
      }
    ], settings)
    bare.disconnect()
    const floor = { name: "limiter off", ...stats.off! }
    return [
      {
        case: "rate limiter, memory store",
        unit: "acquisitions/s",
        sdk: stats.memory!,
        floor,
        ratio: stats.memory!.median / stats.off!.median,
        target: "none: the cost per request of the default limiter, for comparison"
      },
      {
        case: "rate limiter, Redis store (local redis-server)",
        unit: "acquisitions/s",
        sdk: stats.redis!,
        floor,
        comparison: { name: "bare ioredis HGET round trip", ...stats.bare! },
        ratio: stats.redis!.median / stats.off!.median,
        ratioToComparison: stats.redis!.median / stats.bare!.median,
        target: "none: one Redis round trip per request; shown against a bare round trip",
        notes: `memory store ${(stats.memory!.median / stats.redis!.median).toFixed(1)}x as fast as Redis in this run`
      }
    ]
  } finally {
    await Effect.runPromise(Scope.close(scope, Exit.void))
    redis.stop()
  }
}
