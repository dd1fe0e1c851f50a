/**
 * The exchange's HTTP server: node's `http` for REST under `/trade-api/v2` and a `ws`
 * WebSocketServer (`noServer`) for the signed upgrade on `/trade-api/ws/v2`. Every request goes
 * through faults, authentication, rate limits and a handler; every WebSocket connection gets a
 * session fed by the engine's events.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as FiberSet from "effect/FiberSet"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from "node:http"
import type { AddressInfo } from "node:net"
import type { Duplex } from "node:stream"
import { type WebSocket, WebSocketServer } from "ws"
import type { AccountRecord, ExchangeState } from "../../exchange/state.js"
import * as Wire from "../wire.js"
import { Session, type WsFaults } from "../ws/session.js"
import { authenticate, Buckets, hasAuthHeaders, type Limits } from "./auth.js"
import { handlers } from "./handlers/index.js"
import { batchItems } from "./handlers/orders.js"
import { matchRoute, resolve } from "./operations.js"
import type { Context, RestResponse } from "./params.js"

export const REST_PREFIX = "/trade-api/v2"
export const WS_PATH = "/trade-api/ws/v2"

/** Which requests a fault applies to. */
export interface RequestMatch {
  readonly method?: string | undefined
  /** A path below `/trade-api/v2`, concrete (`/markets/X`) or a route template (`/markets/{ticker}`). */
  readonly path?: string | undefined
}

export type HttpFault =
  | { readonly _tag: "Status"; readonly status: number }
  | { readonly _tag: "Delay"; readonly delay: Duration.Duration }
  | { readonly _tag: "Hang" }
  | { readonly _tag: "DropResponse" }

interface PendingFault {
  readonly fault: HttpFault
  readonly match: RequestMatch | undefined
  remaining: number
}

export interface Config {
  readonly state: ExchangeState
  readonly host: string
  readonly port: number
  readonly authWindowMs: number
  readonly pingIntervalMs: number
  readonly rateLimits: Limits | undefined
  readonly limitsOf: Map<string, Limits>
  readonly costs: Context["costs"]
  readonly exchangeStatus: Context["exchangeStatus"]
}

export class ExchangeServer {
  readonly faults: Array<PendingFault> = []
  readonly wsFaults: WsFaults = { skips: [], refusals: [] }
  readonly sessions = new Set<Session>()
  readonly buckets = new Buckets()
  /** Statuses for the next WebSocket handshakes, refused before authentication. */
  readonly handshakeFaults: Array<number> = []
  pinging = true
  pings = 0
  inFlight = 0
  private readonly hanging = new Set<ServerResponse>()
  private readonly context: Context

  constructor(
    readonly config: Config,
    readonly http: Server,
    readonly wss: WebSocketServer,
    private readonly run: <A, E>(effect: Effect.Effect<A, E>) => Fiber.RuntimeFiber<A, E>
  ) {
    this.context = {
      state: config.state,
      exchangeStatus: config.exchangeStatus,
      costs: config.costs,
      limits: (user) => config.limitsOf.get(user) ?? config.rateLimits ?? { read: none, write: none }
    }
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port
  }

  addFault(fault: HttpFault, count: number, match: RequestMatch | undefined): void {
    this.faults.push({ fault, match, remaining: count })
  }

  private takeFault(method: string, path: string): HttpFault | undefined {
    const i = this.faults.findIndex((f) =>
      f.remaining > 0 &&
      (f.match?.method === undefined || f.match.method.toUpperCase() === method) &&
      (f.match?.path === undefined || f.match.path === path || matchRoute(f.match.path, path) !== undefined)
    )
    if (i === -1) return undefined
    const f = this.faults[i]!
    f.remaining -= 1
    if (f.remaining <= 0) this.faults.splice(i, 1)
    return f.fault
  }

  // ------------------------------------------------------------------ REST

  onRequest(req: IncomingMessage, res: ServerResponse): void {
    if (req.headers.origin !== undefined) {
      // A page on another origin may read public data: CORS for unsigned requests. A signed request
      // from a page would need its key in the page, so the preflight does not allow the auth headers.
      res.setHeader("access-control-allow-origin", "*")
      if ((req.method ?? "GET").toUpperCase() === "OPTIONS") {
        res.writeHead(204, {
          "access-control-allow-methods": "GET",
          "access-control-allow-headers": "accept, content-type",
          "access-control-max-age": "600"
        })
        res.end()
        return
      }
    }
    this.inFlight += 1
    let done = false
    const finish = () => {
      if (!done) {
        done = true
        this.inFlight -= 1
      }
    }
    res.on("close", finish)
    this.run(this.handle(req, res))
  }

  private handle(req: IncomingMessage, res: ServerResponse): Effect.Effect<void> {
    return Effect.gen(this, function*() {
      const method = (req.method ?? "GET").toUpperCase()
      const url = new URL(req.url ?? "/", "http://127.0.0.1")
      const fullPath = url.pathname
      const path = fullPath.startsWith(REST_PREFIX) ? fullPath.slice(REST_PREFIX.length) || "/" : undefined
      const text = yield* readBody(req)
      const fault = path === undefined ? undefined : this.takeFault(method, path)
      if (fault?._tag === "Hang") {
        this.hanging.add(res)
        res.on("close", () => this.hanging.delete(res))
        return
      }
      if (fault?._tag === "Delay") yield* Effect.sleep(fault.delay)
      if (fault?._tag === "Status") {
        return send(res, fault.status, faultBody(fault.status))
      }
      const response = path === undefined
        ? { status: 404, body: Wire.nestedError({ code: "not_found", message: "not found" }) }
        : yield* this.process(req, method, fullPath, path, url.searchParams, text)
      if (fault?._tag === "DropResponse") {
        req.socket.destroy()
        return
      }
      send(res, response.status, response.body)
    }).pipe(
      Effect.catchAllDefect((defect) =>
        Effect.sync(() =>
          send(
            res,
            500,
            Wire.nestedError({
              code: "internal_server_error",
              message: "internal server error",
              details: String(defect)
            })
          )
        )
      )
    )
  }

  /**
   * Serves one request below the REST prefix: the spec's operation for the path (404 when none),
   * authentication (always for a signed operation, and for any request that carries the headers),
   * the JSON body, the rate limit, then the operation's handler (501 when none serves it).
   */
  private process(
    req: IncomingMessage,
    method: string,
    fullPath: string,
    path: string,
    query: URLSearchParams,
    text: string
  ): Effect.Effect<RestResponse> {
    const state = this.config.state
    state.expire()
    const resolved = resolve(method, path)
    if (resolved === undefined) {
      return Effect.succeed({ status: 404, body: Wire.nestedError({ code: "not_found", message: "not found" }) })
    }
    const { op, params } = resolved
    let account: AccountRecord | undefined
    if (op.signed || hasAuthHeaders(req.headers)) {
      const auth = authenticate(
        req.headers,
        method,
        fullPath,
        state.now(),
        this.config.authWindowMs,
        state.accountsByKey
      )
      if (auth._tag === "Fail") {
        return Effect.succeed({ status: auth.failure.status, body: Wire.nestedError(auth.failure.body) })
      }
      account = auth.account
    }
    let body: unknown = undefined
    if (text.trim() !== "") {
      try {
        body = JSON.parse(text)
      } catch (e) {
        return Effect.succeed({
          status: 400,
          body: Wire.flatError({ code: "bad_request", message: `invalid JSON body: ${(e as Error).message}` })
        })
      }
    }
    if (!this.charge(method, op.route, account, req, body)) {
      return Effect.succeed({
        status: 429,
        body: Wire.nestedError({
          code: "too_many_requests",
          message: "too many requests",
          details: `the ${method === "GET" ? "read" : "write"} rate limit of this account is exhausted`
        })
      })
    }
    const handler = handlers[op.operation]
    if (handler === undefined) {
      return Effect.succeed({
        status: 501,
        body: Wire.nestedError({
          code: "not_implemented",
          message: `${op.operation} (${method} ${op.route}) is not implemented by the test exchange`
        })
      })
    }
    return handler({ method, path, params, query, body, account }, this.context).pipe(
      Effect.catchTag("Reject", (r) => Effect.succeed({ status: r.status, body: r.body })),
      // the RFQ flow's messages of the request go out once it is answered
      Effect.ensuring(Effect.sync(() => state.publishCommunications()))
    )
  }

  private charge(
    method: string,
    template: string,
    account: AccountRecord | undefined,
    req: IncomingMessage,
    body: unknown
  ): boolean {
    const key = account?.user ?? `address:${req.socket.remoteAddress ?? "unknown"}`
    const limits = (account !== undefined ? this.config.limitsOf.get(account.user) : undefined) ??
      this.config.rateLimits
    if (limits === undefined) return true
    const costs = this.config.costs()
    const entry = costs.endpointCosts.find((c) => c.method === method && c.path === template)
    const perItem = entry !== undefined && "perItem" in entry && entry.perItem === true
    const cost = (entry?.cost ?? costs.defaultCost) * (perItem ? batchItems(body) : 1)
    const bucket = method === "GET" ? "read" : "write"
    return this.buckets.take(`${key}:${bucket}`, limits[bucket], cost, this.config.state.now())
  }

  // ------------------------------------------------------------------ WebSocket

  onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    if (url.pathname !== WS_PATH) {
      return refuse(socket, 404, Wire.nestedError({ code: "not_found", message: "not found" }))
    }
    const refusal = this.handshakeFaults.shift()
    if (refusal !== undefined) {
      return refuse(socket, refusal, faultBody(refusal))
    }
    const state = this.config.state
    const auth = authenticate(
      req.headers,
      "GET",
      url.pathname,
      state.now(),
      this.config.authWindowMs,
      state.accountsByKey
    )
    if (auth._tag === "Fail") return refuse(socket, 401, Wire.nestedError(auth.failure.body))
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, auth.account))
  }

  private onConnection(ws: WebSocket, account: AccountRecord): void {
    const session = new Session(ws, account.user, this.config.state, this.wsFaults)
    const listener = (events: Parameters<Session["onEvents"]>[0]) => session.onEvents(events)
    const feedListener = (tick: Parameters<Session["onFeed"]>[0]) => session.onFeed(tick)
    const communications = (events: Parameters<Session["onCommunications"]>[0]) => session.onCommunications(events)
    this.sessions.add(session)
    this.config.state.listeners.add(listener)
    this.config.state.feedListeners.add(feedListener)
    this.config.state.communicationListeners.add(communications)
    const interval = Duration.millis(this.config.pingIntervalMs)
    const pinger = this.run(
      Effect.sync(() => this.ping(session)).pipe(Effect.repeat(Schedule.spaced(interval)), Effect.delay(interval))
    )
    ws.on("message", (data, isBinary) => {
      if (isBinary) return
      try {
        session.onMessage(String(data))
      } catch {
        ws.send(JSON.stringify({ type: "error", msg: { code: 1, msg: "Unable to process message" } }))
      }
    })
    ws.on("close", () => {
      this.run(Fiber.interrupt(pinger))
      this.sessions.delete(session)
      this.config.state.listeners.delete(listener)
      this.config.state.feedListeners.delete(feedListener)
      this.config.state.communicationListeners.delete(communications)
    })
    ws.on("error", () => ws.terminate())
  }

  private ping(session: Session): void {
    if (!this.pinging || session.socket.readyState !== session.socket.OPEN) return
    session.socket.ping("heartbeat")
    this.pings += 1
  }

  dropConnections(): number {
    let n = 0
    for (const s of this.sessions) {
      s.socket.terminate()
      n += 1
    }
    return n
  }

  /** Ends the subscriptions of `channel` (`"*"`: all) on every connection with error `code`; returns how many. */
  dropSubscriptions(channel: string, code: number): number {
    let n = 0
    for (const s of this.sessions) n += s.drop(channel, code)
    return n
  }

  sendRaw(text: string): number {
    let n = 0
    for (const s of this.sessions) {
      if (s.socket.readyState === s.socket.OPEN) {
        s.socket.send(text)
        n += 1
      }
    }
    return n
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      for (const s of this.sessions) s.socket.terminate()
      for (const r of this.hanging) r.destroy()
      this.wss.close()
      this.http.close(() => resolve())
      this.http.closeAllConnections()
    })
  }
}

const none = { refillRate: 0, capacity: 0 }

const faultBody = (status: number): unknown =>
  status === 429
    ? Wire.nestedError({ code: "too_many_requests", message: "too many requests" })
    : Wire.nestedError({
      code: status >= 500 ? "internal_server_error" : "bad_request",
      message: status >= 500 ? "internal server error" : "bad request",
      details: "injected fault"
    })

const readBody = (req: IncomingMessage): Effect.Effect<string> =>
  Effect.async<string>((resume) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => resume(Effect.succeed(Buffer.concat(chunks).toString("utf8"))))
    req.on("error", () => resume(Effect.succeed("")))
  })

const send = (res: ServerResponse, status: number, body: unknown): void => {
  if (res.destroyed || res.headersSent) return
  if (body === undefined || status === 204) {
    res.writeHead(status)
    res.end()
    return
  }
  const text = JSON.stringify(body)
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) })
  res.end(text)
}

const refuse = (socket: Duplex, status: number, body: unknown): void => {
  const text = JSON.stringify(body)
  const reason = STATUS_CODES[status] ?? "Error"
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${
      Buffer.byteLength(text)
    }\r\nConnection: close\r\n\r\n${text}`
  )
}

/**
 * Starts the server; closing the scope stops it and every connection. Request handlers and ping
 * loops run in a FiberSet made outside the (uninterruptible) acquisition, so they stay
 * interruptible and are interrupted when the scope closes.
 */
export const start = (config: Config): Effect.Effect<ExchangeServer, never, Scope.Scope> =>
  Effect.flatMap(FiberSet.makeRuntime<never>(), (run) =>
    Effect.acquireRelease(
      Effect.async<ExchangeServer>((resume) => {
        const http = createServer()
        http.once("error", (error) => resume(Effect.die(error)))
        const wss = new WebSocketServer({ noServer: true })
        const server = new ExchangeServer(config, http, wss, run)
        http.on("request", (req, res) => server.onRequest(req, res))
        http.on("upgrade", (req, socket, head) => server.onUpgrade(req, socket, head))
        http.listen(config.port, config.host, () => resume(Effect.succeed(server)))
      }),
      (server) => Effect.promise(() => server.close())
    ))
