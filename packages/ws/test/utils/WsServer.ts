/**
 * A small Kalshi-compatible WebSocket server on 127.0.0.1 for tests: it verifies the signed
 * handshake with the public key, answers the commands like the exchange, keeps order books per
 * market, numbers `seq` per subscription, and lets a test inject frames, drop connections, refuse
 * handshakes or ignore commands.
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as FiberId from "effect/FiberId"
import type * as Scope from "effect/Scope"
import * as crypto from "node:crypto"
import type { IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"
import { type WebSocket, WebSocketServer } from "ws"

export interface Handshake {
  readonly headers: IncomingMessage["headers"]
  readonly path: string
  readonly verified: boolean
}

export interface Command {
  readonly conn: number
  readonly id: number
  readonly cmd: string
  readonly params: Record<string, any>
}

export interface ServerSub {
  readonly sid: number
  readonly channel: string
  readonly conn: number
  params: Record<string, any>
  markets: Array<string>
  seq: number
}

/** A book side: price string -> count (as numbers of hundredths, to stay exact). */
export type BookSide = Map<string, number>
export interface Book {
  readonly yes: BookSide
  readonly no: BookSide
}

export type CommandReply = "default" | "ignore"

export interface Options {
  /** When given, handshakes must carry a valid signature by this key; others get 401. */
  readonly publicKey?: crypto.KeyObject
  readonly apiKeyId?: string
}

const centi = (s: string) => Math.round(Number(s) * 100)
const fmtCount = (n: number) => (n / 100).toFixed(2)

export class TestWsServer {
  readonly handshakes: Array<Handshake> = []
  readonly connections: Array<WebSocket> = []
  readonly closed: Array<number> = []
  readonly commands: Array<Command> = []
  readonly subs = new Map<number, ServerSub>()
  /** Every subscription ever created, with its connection. */
  readonly assigned: Array<{ readonly conn: number; readonly sid: number; readonly channel: string }> = []
  readonly books = new Map<string, Book>()
  /** Decides the HTTP status of the handshake with this index (0-based); undefined accepts. */
  handshakeStatus: (index: number) => number | undefined = () => undefined
  /** When true, every connection is accepted and dropped at once. */
  dropOnConnect = false
  /** Decides whether a command gets the default reply or none. */
  onCommand: (command: Command) => CommandReply = () => "default"
  private nextSid = 1
  private waiters: Array<() => void> = []

  constructor(readonly wss: WebSocketServer, readonly url: string, private readonly options: Options) {}

  private notify() {
    for (const w of [...this.waiters]) w()
  }

  /** Waits until `predicate` holds (checked on every server event). */
  waitUntil(predicate: () => boolean): Effect.Effect<void> {
    return Effect.suspend(() => {
      if (predicate()) return Effect.void
      const deferred = Deferred.unsafeMake<void>(FiberId.none)
      const waiter = () => {
        if (predicate()) {
          this.waiters = this.waiters.filter((w) => w !== waiter)
          Deferred.unsafeDone(deferred, Effect.void)
        }
      }
      this.waiters.push(waiter)
      return Deferred.await(deferred)
    })
  }

  /** Waits for a command matching `predicate` (past or future) and returns it. */
  waitForCommand(predicate: (c: Command) => boolean): Effect.Effect<Command> {
    return Effect.map(
      this.waitUntil(() => this.commands.some(predicate)),
      () => this.commands.find(predicate)!
    )
  }

  get current(): WebSocket {
    return this.connections[this.connections.length - 1]!
  }

  /** The live subscription of a channel on the newest connection. */
  subOf(channel: string): ServerSub | undefined {
    const conn = this.connections.length - 1
    return [...this.subs.values()].find((s) => s.channel === channel && s.conn === conn)
  }

  sendRaw(text: string, conn: WebSocket = this.current) {
    conn.send(text)
  }

  send(frame: object, conn: WebSocket = this.current) {
    conn.send(JSON.stringify(frame))
  }

  /** Sends a data message on a subscription, numbering `seq` unless told otherwise. */
  publish(sub: ServerSub, type: string, msg: object, options: { seq?: number | "none"; id?: number } = {}) {
    const seq = options.seq === "none" ? undefined : options.seq ?? ++sub.seq
    if (typeof seq === "number") sub.seq = seq
    this.send({
      type,
      sid: sub.sid,
      ...(seq !== undefined ? { seq } : {}),
      ...(options.id !== undefined ? { id: options.id } : {}),
      msg
    }, this.connections[sub.conn]!)
  }

  book(ticker: string): Book {
    let b = this.books.get(ticker)
    if (b === undefined) {
      b = { yes: new Map(), no: new Map() }
      this.books.set(ticker, b)
    }
    return b
  }

  /** Applies a delta to the server's book and publishes it. */
  delta(
    sub: ServerSub,
    ticker: string,
    side: "yes" | "no",
    price: string,
    delta: string,
    options: { seq?: number } = {}
  ) {
    const b = this.book(ticker)[side]
    const next = (b.get(price) ?? 0) + centi(delta)
    if (next === 0) b.delete(price)
    else b.set(price, next)
    this.publish(sub, "orderbook_delta", {
      market_ticker: ticker,
      market_id: `id-${ticker}`,
      price_dollars: price,
      delta_fp: delta,
      side
    }, options)
  }

  snapshot(sub: ServerSub, ticker: string, id?: number) {
    const b = this.book(ticker)
    const levels = (side: BookSide) =>
      [...side.entries()].sort(([a], [c]) => Number(a) - Number(c)).map(([p, n]) => [p, fmtCount(n)])
    const msg: Record<string, unknown> = { market_ticker: ticker, market_id: `id-${ticker}` }
    if (b.yes.size > 0) msg["yes_dollars_fp"] = levels(b.yes)
    if (b.no.size > 0) msg["no_dollars_fp"] = levels(b.no)
    this.publish(sub, "orderbook_snapshot", msg, id !== undefined ? { id } : {})
  }

  /** Closes every connection abruptly (no close frame). */
  dropAll() {
    for (const c of this.connections) c.terminate()
  }

  private reply(conn: number, ws: WebSocket, c: Command) {
    const p = c.params ?? {}
    switch (c.cmd) {
      case "subscribe": {
        for (const channel of p["channels"] as Array<string>) {
          const sid = this.nextSid++
          const markets = [...(p["market_ticker"] ? [p["market_ticker"]] : []), ...(p["market_tickers"] ?? [])]
          const sub: ServerSub = { sid, channel, conn, params: p, markets, seq: 0 }
          this.subs.set(sid, sub)
          this.assigned.push({ conn, sid, channel })
          ws.send(JSON.stringify({ type: "subscribed", id: c.id, msg: { channel, sid } }))
          if (channel === "orderbook_delta") { for (const m of markets) this.snapshot(sub, m) }
        }
        return
      }
      case "unsubscribe": {
        for (const sid of p["sids"] as Array<number>) {
          const sub = this.subs.get(sid)
          if (sub === undefined) {
            ws.send(JSON.stringify({ type: "error", id: c.id, msg: { code: 7, msg: "Unknown subscription ID" } }))
            continue
          }
          this.subs.delete(sid)
          ws.send(JSON.stringify({ type: "unsubscribed", id: c.id, sid, seq: ++sub.seq }))
        }
        return
      }
      case "list_subscriptions": {
        const list = [...this.subs.values()].filter((s) => s.conn === conn).map((s) => ({
          channel: s.channel,
          sid: s.sid
        }))
        ws.send(JSON.stringify({ type: "ok", id: c.id, msg: list }))
        return
      }
      case "update_subscription": {
        const sid = p["sid"] ?? p["sids"]?.[0]
        const sub = this.subs.get(sid)
        if (sub === undefined) {
          ws.send(JSON.stringify({ type: "error", id: c.id, msg: { code: 7, msg: "Unknown subscription ID" } }))
          return
        }
        const marketChannels = ["orderbook_delta", "ticker", "trade", "fill", "market_positions", "user_orders"]
        if (
          ["add_markets", "delete_markets", "get_snapshot"].includes(p["action"]) &&
          !marketChannels.includes(sub.channel)
        ) {
          ws.send(JSON.stringify({ type: "error", id: c.id, sid, msg: { code: 13, msg: "Unsupported action" } }))
          return
        }
        const tickers: Array<string> = [
          ...(p["market_ticker"] ? [p["market_ticker"]] : []),
          ...(p["market_tickers"] ?? [])
        ]
        switch (p["action"]) {
          case "add_markets":
            sub.markets = [...sub.markets, ...tickers.filter((t) => !sub.markets.includes(t))]
            ws.send(JSON.stringify({ type: "ok", id: c.id, sid, seq: ++sub.seq, msg: { market_tickers: sub.markets } }))
            if (sub.channel === "orderbook_delta") { for (const t of tickers) this.snapshot(sub, t) }
            return
          case "delete_markets":
            sub.markets = sub.markets.filter((t) => !tickers.includes(t))
            ws.send(JSON.stringify({ type: "ok", id: c.id, sid, seq: ++sub.seq, msg: { market_tickers: sub.markets } }))
            return
          case "get_snapshot":
            for (const t of tickers) this.snapshot(sub, t, c.id)
            return
          case "indexlist":
            this.publish(sub, "cfbenchmarks_value_indexlist", { index_ids: ["BRTI", "ETHUSD_RTI"] }, { id: c.id })
            return
          case "underlying_list":
            this.publish(sub, "pyth_value_underlying_list", { underlying_tickers: ["Metal.XAU/USD"] }, { id: c.id })
            return
          case "subscribe_indices":
            ws.send(
              JSON.stringify({
                type: "ok",
                id: c.id,
                sid,
                seq: ++sub.seq,
                msg: { index_ids: [...(sub.params["index_ids"] ?? []), ...p["index_ids"]] }
              })
            )
            return
          default:
            ws.send(JSON.stringify({ type: "error", id: c.id, sid, msg: { code: 13, msg: "Unsupported action" } }))
            return
        }
      }
      default:
        ws.send(JSON.stringify({ type: "error", id: c.id, msg: { code: 5, msg: "Unknown command" } }))
    }
  }

  /** @internal */
  attach() {
    this.wss.on("connection", (ws) => {
      const conn = this.connections.length
      this.connections.push(ws)
      if (this.dropOnConnect) ws.terminate()
      ws.on("message", (data) => {
        const c = JSON.parse(String(data)) as Omit<Command, "conn">
        const command: Command = { ...c, conn }
        this.commands.push(command)
        if (this.onCommand(command) === "default") this.reply(conn, ws, command)
        this.notify()
      })
      ws.on("close", () => {
        this.closed.push(conn)
        for (const [sid, s] of this.subs) if (s.conn === conn) this.subs.delete(sid)
        this.notify()
      })
      this.notify()
    })
  }

  /** @internal */
  verify(req: IncomingMessage): { ok: boolean; status?: number } {
    const index = this.handshakes.length
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    let verified = false
    const key = this.options.publicKey
    if (key !== undefined) {
      const ts = req.headers["kalshi-access-timestamp"]
      const sig = req.headers["kalshi-access-signature"]
      const id = req.headers["kalshi-access-key"]
      if (typeof ts === "string" && typeof sig === "string" && id === this.options.apiKeyId) {
        const message = Buffer.from(`${ts}GET${url.pathname}`)
        const signature = Buffer.from(sig, "base64")
        verified = key.asymmetricKeyType === "ed25519"
          ? crypto.verify(null, message, key, signature)
          : crypto.verify("sha256", message, {
            key,
            padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
            saltLength: 32
          }, signature)
      }
    }
    this.handshakes.push({ headers: req.headers, path: url.pathname, verified })
    this.notify()
    if (key !== undefined && !verified) return { ok: false, status: 401 }
    const status = this.handshakeStatus(index)
    return status === undefined ? { ok: true } : { ok: false, status }
  }
}

export const make = (options: Options = {}): Effect.Effect<TestWsServer, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<TestWsServer>((resume) => {
      let server: TestWsServer | undefined = undefined
      const wss = new WebSocketServer({
        host: "127.0.0.1",
        port: 0,
        verifyClient: (info, cb) => {
          const r = server!.verify(info.req)
          if (r.ok) cb(true)
          else cb(false, r.status)
        }
      })
      wss.on("listening", () => {
        const port = (wss.address() as AddressInfo).port
        server = new TestWsServer(wss, `ws://127.0.0.1:${port}/trade-api/ws/v2`, options)
        server.attach()
        resume(Effect.succeed(server))
      })
    }),
    (server) =>
      Effect.async<void>((resume) => {
        for (const c of server.wss.clients) c.terminate()
        server.wss.close(() => resume(Effect.void))
      })
  )
