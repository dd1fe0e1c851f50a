/**
 * Case 3 (end to end) and case 5 (memory). A local WebSocket server on 127.0.0.1 answers the
 * subscribe command and pushes a burst of `orderbook_delta` frames (with a snapshot first).
 *
 * - End to end: frames per second from the server to the consumer of a subscription's Stream (the
 *   SDK: handshake signing, `seq` checks, decode, the bounded buffer, the Stream), against a bare `ws`
 *   client that only `JSON.parse`s what it receives.
 * - Memory: heap in use after one million frames through a subscription and an `OrderBook` stream,
 *   after GC, against before: the SDK must hold steady state.
 */
import { KalshiConfig } from "@kalshi-effect/core"
import { KalshiWebSocket, OrderBook } from "@kalshi-effect/ws"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import { generateKeyPairSync } from "node:crypto"
import type { AddressInfo } from "node:net"
import { WebSocket, WebSocketServer } from "ws"
import { gc, type Result, type Settings, stats } from "../lib.js"

/** Frames of one burst: a snapshot, then deltas that keep a 100-level book alive. */
const burst = (sid: number, count: number): Array<string> => {
  const frames: Array<string> = []
  const yes = Array.from({ length: 50 }, (_, i) => [((10 + i) / 100).toFixed(4), "100.00"])
  const no = Array.from({ length: 50 }, (_, i) => [((10 + i) / 100).toFixed(4), "100.00"])
  frames.push(
    JSON.stringify({
      type: "orderbook_snapshot",
      sid,
      seq: 1,
      msg: { market_ticker: "BENCH", market_id: "b", yes_dollars_fp: yes, no_dollars_fp: no }
    })
  )
  for (let i = 0; i < count; i++) {
    // +1 then -1 on the same level and side: sizes never drift.
    const pair = i >> 1
    const level = 10 + (pair * 7) % 50
    frames.push(JSON.stringify({
      type: "orderbook_delta",
      sid,
      seq: i + 2,
      msg: {
        market_ticker: "BENCH",
        market_id: "b",
        price_dollars: (level / 100).toFixed(4),
        delta_fp: i % 2 === 0 ? "1.00" : "-1.00",
        side: pair % 2 === 0 ? "yes" : "no",
        ts_ms: 1_767_225_600_000 + i
      }
    }))
  }
  return frames
}

/** A server that subscribes every client and, on subscribe, sends `frames` (built for the sid). */
const startServer = async (frames: (sid: number) => ReadonlyArray<string>) => {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 })
  await new Promise<void>((resolve) => wss.on("listening", () => resolve()))
  let nextSid = 1
  wss.on("connection", (socket) => {
    socket.on("message", (data) => {
      const command = JSON.parse(String(data)) as { id: number; cmd: string; params?: { sids?: Array<number> } }
      if (command.cmd === "subscribe") {
        const sid = nextSid++
        socket.send(JSON.stringify({ type: "subscribed", id: command.id, msg: { channel: "orderbook_delta", sid } }))
        for (const frame of frames(sid)) socket.send(frame)
      } else if (command.cmd === "unsubscribe") {
        for (const sid of command.params?.sids ?? []) {
          socket.send(JSON.stringify({ type: "unsubscribed", id: command.id, sid }))
        }
      } else if (command.cmd === "list_subscriptions") {
        socket.send(JSON.stringify({ type: "ok", id: command.id, msg: [] }))
      }
    })
  })
  const port = (wss.address() as AddressInfo).port
  return { wss, url: `ws://127.0.0.1:${port}/trade-api/ws/v2` }
}

const makeRuntime = (url: string) => {
  const { privateKey } = generateKeyPairSync("ed25519", {
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" }
  })
  return ManagedRuntime.make(
    KalshiWebSocket.layerNodeFromConfig({
      buffers: { orderbook_delta: { capacity: 2_000_000, onOverflow: "resync" } }
    }).pipe(
      Layer.provide(
        KalshiConfig.layer({
          environment: { restUrl: "http://127.0.0.1:9/trade-api/v2", wsUrl: url },
          apiKeyId: Redacted.make("bench-key"),
          privateKey: Redacted.make(privateKey)
        })
      )
    )
  )
}

export const run = async (settings: Settings): Promise<ReadonlyArray<Result>> => {
  const count = settings.runMs >= 1000 ? 200_000 : 20_000
  // One burst is built once; each subscription gets it with its own sid (the server lives in this
  // process, so it must not keep a copy per subscription either).
  const template = burst(0, count)
  const framesFor = (sid: number) => template.map((frame) => frame.replace("\"sid\":0,", `"sid":${sid},`))
  const server = await startServer(framesFor)
  const runtime = makeRuntime(server.url)
  const results: Array<Result> = []
  try {
    const ws = await runtime.runPromise(KalshiWebSocket.KalshiWebSocket)
    // One burst through the SDK: subscribe, then read every frame of the burst from the Stream.
    const sdkOnce = () =>
      runtime.runPromise(
        Effect.gen(function*() {
          const subscription = yield* ws.subscribe("orderbook_delta", { market_ticker: "BENCH" })
          const start = performance.now()
          yield* subscription.stream.pipe(
            Stream.filter(KalshiWebSocket.isMessage),
            Stream.take(count + 1),
            Stream.runDrain
          )
          return ((count + 1) * 1000) / (performance.now() - start)
        }).pipe(Effect.scoped)
      )
    // One burst through a bare client: connect, subscribe, JSON.parse every frame.
    const floorOnce = () =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(server.url)
        let received = 0
        let start = 0
        socket.on("open", () => {
          socket.send(
            JSON.stringify({
              id: 1,
              cmd: "subscribe",
              params: { channels: ["orderbook_delta"], market_ticker: "BENCH" }
            })
          )
        })
        socket.on("message", (data) => {
          const frame = JSON.parse(String(data)) as { type: string }
          if (frame.type === "subscribed") {
            start = performance.now()
            return
          }
          if (++received === count + 1) {
            const rate = (received * 1000) / (performance.now() - start)
            socket.close()
            resolve(rate)
          }
        })
        socket.on("error", reject)
      })
    await sdkOnce()
    await floorOnce()
    const sdk: Array<number> = []
    const floor: Array<number> = []
    for (let r = 0; r < Math.max(3, Math.min(settings.runs, 5)); r++) {
      sdk.push(await sdkOnce())
      floor.push(await floorOnce())
    }
    const sdkStats = stats(sdk)
    const floorStats = stats(floor)
    results.push({
      case: "WebSocket end to end (server -> subscription Stream consumer)",
      unit: "frames/s",
      sdk: sdkStats,
      floor: { name: "bare ws client + JSON.parse", ...floorStats },
      ratio: sdkStats.median / floorStats.median,
      target: "no target (the 50% decode target is measured by the decode case)",
      notes: `${count + 1} frames per burst`
    })

    // Memory: frames through a subscription and an OrderBook stream, heap after GC before and after.
    const collect = gc()
    const millions = settings.runMs >= 1000 ? 1_000_000 : 100_000
    const bursts = Math.ceil(millions / count)
    const throughBooks = () =>
      runtime.runPromise(
        Effect.gen(function*() {
          const books = yield* OrderBook.subscribe({ market_ticker: "BENCH" })
          yield* books.pipe(Stream.take(count + 1), Stream.runDrain)
        }).pipe(Effect.provideService(KalshiWebSocket.KalshiWebSocket, ws), Effect.scoped)
      )
    await throughBooks()
    collect()
    collect()
    const before = process.memoryUsage().heapUsed
    for (let b = 0; b < bursts; b++) await throughBooks()
    collect()
    collect()
    const after = process.memoryUsage().heapUsed
    const growthMb = (after - before) / (1024 * 1024)
    results.push({
      case: `memory: heap growth after ${bursts * (count + 1)} frames through subscriptions and order books`,
      unit: "MB",
      sdk: stats([growthMb]),
      floor: { name: "heap in use before, MB", ...stats([before / (1024 * 1024)]) },
      ratio: after / before,
      target: "heap growth under 10 MB over one million frames",
      met: growthMb < 10
    })
  } finally {
    await runtime.dispose()
    for (const client of server.wss.clients) client.terminate()
    await new Promise<void>((resolve) => server.wss.close(() => resolve()))
  }
  return results
}
