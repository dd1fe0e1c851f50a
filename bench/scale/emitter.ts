/**
 * The scale run's exchange side: a lean WebSocket server (`ws`) in a process of its own that speaks
 * the testkit's wire format for `orderbook_delta` (subscribe, `subscribed`, snapshots, deltas with a
 * per-subscription `seq`, `get_snapshot`, unsubscribe) and emits deltas spread over every market
 * of the latest subscription at a requested total rate. Frames are assembled from pre-encoded
 * parts; each delta carries its send time in `ts_ms` as milliseconds of the system's monotonic
 * clock (`process.hrtime`, shared by every process of the machine), so the consumer can measure
 * send-to-book latency. Driven over the IPC channel of `child_process.fork`.
 */
import { type WebSocket, WebSocketServer } from "ws"

export const LEVELS_PER_SIDE = 50

export type EmitterRequest =
  & { readonly id: number }
  & (
    /** Emits `rate` deltas per second for `durationMs` over the latest subscription's markets. */
    | { readonly op: "run"; readonly rate: number; readonly durationMs: number }
    /** Every market's book as the emitter holds it: sizes of the YES and NO levels (0.01 to 0.50), whole contracts. */
    | { readonly op: "books" }
  )

/** A request without its id. */
export type EmitterCommand = EmitterRequest extends infer R ? R extends unknown ? Omit<R, "id"> : never : never

export interface RunResult {
  readonly sent: number
  readonly elapsedMs: number
  readonly achievedRate: number
  /** The most bytes the socket held unsent: the consumer not reading fast enough shows here. */
  readonly maxBufferedBytes: number
  /** Whether sending stopped early because the consumer stopped reading. */
  readonly backlogged: boolean
}

const BACKLOG_LIMIT = 16 * 2 ** 20

/** Price text of level `i` (0-based): `"0.0100"` to `"0.5000"`. */
const priceText = Array.from({ length: LEVELS_PER_SIDE }, (_, i) => `0.${String(i + 1).padStart(2, "0")}00`)

interface Sub {
  readonly socket: WebSocket
  readonly sid: number
  readonly tickers: ReadonlyArray<string>
  /** Market index by ticker. */
  readonly index: Map<string, number>
  /** Sizes (whole contracts) by market * 2 * LEVELS + side * LEVELS + level. */
  readonly sizes: Int32Array
  /** Pre-encoded frame parts per market: before the price and between the delta and the time. */
  readonly heads: ReadonlyArray<string>
  seq: number
}

let random = 0x9e3779b9
const next = () => {
  random ^= random << 13
  random ^= random >>> 17
  random ^= random << 5
  return random >>> 0
}

const now = () => Number(process.hrtime.bigint()) / 1e6

const subs: Array<Sub> = []
let latest: Sub | undefined

const snapshotFrame = (sub: Sub, m: number, id: number | undefined): string => {
  const side = (s: number) => {
    const out: Array<string> = []
    for (let i = 0; i < LEVELS_PER_SIDE; i++) {
      const size = sub.sizes[m * 2 * LEVELS_PER_SIDE + s * LEVELS_PER_SIDE + i]!
      if (size > 0) out.push(`["${priceText[i]}","${size}.00"]`)
    }
    return out
  }
  const yes = side(0)
  const no = side(1)
  const ticker = sub.tickers[m]!
  sub.seq++
  return `{"type":"orderbook_snapshot","sid":${sub.sid},"seq":${sub.seq}${id !== undefined ? `,"id":${id}` : ""},` +
    `"msg":{"market_ticker":"${ticker}","market_id":"id-${ticker}"` +
    `${yes.length > 0 ? `,"yes_dollars_fp":[${yes.join(",")}]` : ""}` +
    `${no.length > 0 ? `,"no_dollars_fp":[${no.join(",")}]` : ""}}}`
}

const subscribe = (socket: WebSocket, id: number | undefined, tickers: ReadonlyArray<string>, sid: number) => {
  const sizes = new Int32Array(tickers.length * 2 * LEVELS_PER_SIDE)
  for (let i = 0; i < sizes.length; i++) sizes[i] = 1 + (next() % 50)
  const sub: Sub = {
    socket,
    sid,
    tickers,
    index: new Map(tickers.map((t, i) => [t, i])),
    sizes,
    heads: tickers.map((t) => `,"msg":{"market_ticker":"${t}","market_id":"id-${t}","price_dollars":"`),
    seq: 0
  }
  subs.push(sub)
  latest = sub
  socket.send(
    `{"type":"subscribed"${id !== undefined ? `,"id":${id}` : ""},"msg":{"channel":"orderbook_delta","sid":${sid}}}`
  )
  // snapshots in batches, so that the connection's other traffic is not held up behind thousands
  let m = 0
  const batch = () => {
    const end = Math.min(tickers.length, m + 200)
    for (; m < end; m++) socket.send(snapshotFrame(sub, m, undefined))
    if (m < tickers.length) setImmediate(batch)
  }
  batch()
}

const server = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false })
server.on("connection", (socket) => {
  let nextSid = 1
  socket.on("message", (data) => {
    let command: { id?: number; cmd?: string; params?: Record<string, unknown> }
    try {
      command = JSON.parse(String(data))
    } catch {
      return
    }
    const id = command.id
    const params = command.params ?? {}
    const idPart = id !== undefined ? `,"id":${id}` : ""
    if (command.cmd === "subscribe") {
      const tickers = (params["market_tickers"] as Array<string> | undefined) ?? []
      return subscribe(socket, id, tickers, nextSid++)
    }
    if (command.cmd === "unsubscribe") {
      const sids = (params["sids"] as Array<number> | undefined) ?? []
      for (const sid of sids) {
        const i = subs.findIndex((s) => s.socket === socket && s.sid === sid)
        if (i >= 0) {
          const [sub] = subs.splice(i, 1)
          if (latest === sub) latest = undefined
          sub!.seq++
          socket.send(`{"type":"unsubscribed"${idPart},"sid":${sid},"seq":${sub!.seq}}`)
        }
      }
      return
    }
    if (command.cmd === "update_subscription" && params["action"] === "get_snapshot") {
      const sid = (params["sid"] as number | undefined) ?? (params["sids"] as Array<number> | undefined)?.[0]
      const sub = subs.find((s) => s.socket === socket && s.sid === sid)
      if (sub === undefined) {
        return socket.send(`{"type":"error"${idPart},"msg":{"code":7,"msg":"Unknown subscription ID"}}`)
      }
      const wanted = (params["market_tickers"] as Array<string> | undefined) ?? sub.tickers
      for (const t of wanted) {
        const m = sub.index.get(t)
        if (m !== undefined) socket.send(snapshotFrame(sub, m, id))
      }
      return
    }
    if (command.cmd === "list_subscriptions") {
      return socket.send(`{"type":"ok"${idPart},"msg":[]}`)
    }
    socket.send(`{"type":"error"${idPart},"msg":{"code":5,"msg":"Unknown command"}}`)
  })
  socket.on("close", () => {
    for (let i = subs.length - 1; i >= 0; i--) if (subs[i]!.socket === socket) subs.splice(i, 1)
    if (latest !== undefined && latest.socket === socket) latest = undefined
  })
})

/** One delta of a random level of market `m`, never taking a level below zero. */
const deltaFrame = (sub: Sub, m: number, ts: number): string => {
  const r = next()
  const side = r & 1
  const level = (r >>> 1) % LEVELS_PER_SIDE
  const at = m * 2 * LEVELS_PER_SIDE + side * LEVELS_PER_SIDE + level
  const size = sub.sizes[at]!
  const up = size < 5 || ((r >>> 8) & 1) === 1
  const delta = up ? 1 + ((r >>> 9) % 10) : -(1 + ((r >>> 9) % Math.min(size, 10)))
  sub.sizes[at] = size + delta
  sub.seq++
  return `{"type":"orderbook_delta","sid":${sub.sid},"seq":${sub.seq}${sub.heads[m]}${
    priceText[level]
  }","delta_fp":"${delta}.00","side":"${side === 0 ? "yes" : "no"}","ts_ms":${ts.toFixed(4)}}}`
}

const run = (rate: number, durationMs: number): Promise<RunResult> =>
  new Promise((resolve) => {
    const sub = latest
    if (sub === undefined) {
      return resolve({ sent: 0, elapsedMs: 0, achievedRate: 0, maxBufferedBytes: 0, backlogged: false })
    }
    const raw = (sub.socket as unknown as { _socket: { cork: () => void; uncork: () => void } })._socket
    const n = sub.tickers.length
    const start = now()
    let sent = 0
    let m = next() % n
    let maxBufferedBytes = 0
    let backlogged = false
    const tick = () => {
      const t = now()
      const elapsed = t - start
      if (elapsed >= durationMs || sub.socket.readyState !== sub.socket.OPEN) {
        return resolve({
          sent,
          elapsedMs: elapsed,
          achievedRate: (sent * 1000) / elapsed,
          maxBufferedBytes,
          backlogged
        })
      }
      const due = Math.floor((rate * elapsed) / 1000) - sent
      const buffered = sub.socket.bufferedAmount
      if (buffered > maxBufferedBytes) {
        maxBufferedBytes = buffered
      }
      if (buffered > BACKLOG_LIMIT) {
        backlogged = true
      }
      if (due > 0 && buffered <= BACKLOG_LIMIT) {
        const count = Math.min(due, Math.max(100, rate / 200))
        raw.cork()
        for (let i = 0; i < count; i++) {
          sub.socket.send(deltaFrame(sub, m, now()))
          m += 1
          if (m === n) m = 0
        }
        raw.uncork()
        sent += count
      }
      // a timer, not a busy loop: the emitter must leave the other core to the consumer
      setTimeout(tick, 1)
    }
    tick()
  })

server.on("listening", () => {
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  process.send?.({ id: 0, ok: true, result: { url: `ws://127.0.0.1:${port}/trade-api/ws/v2` } })
})

process.on("message", (raw) => {
  const request = raw as EmitterRequest
  const reply = (result: unknown) => process.send?.({ id: request.id, ok: true, result })
  if (request.op === "run") {
    run(request.rate, request.durationMs).then(reply)
  } else if (request.op === "books") {
    const sub = latest
    reply((sub?.tickers ?? []).map((ticker, m) => ({
      ticker,
      sizes: Array.from(sub!.sizes.subarray(m * 2 * LEVELS_PER_SIDE, (m + 1) * 2 * LEVELS_PER_SIDE))
    })))
  }
})
process.on("disconnect", () => process.exit(0))
