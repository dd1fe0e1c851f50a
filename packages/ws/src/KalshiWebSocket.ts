/**
 * One authenticated, self-healing connection to Kalshi's WebSocket API, with every channel as a
 * `Stream`.
 *
 * ```ts
 * const program = Effect.gen(function*() {
 *   const ws = yield* KalshiWebSocket
 *   const trades = yield* ws.subscribe("trade", { market_tickers: ["KXBTCD-26AUG2017-T73749.99"] })
 *   yield* trades.stream.pipe(Stream.filter(KalshiWebSocket.isMessage), Stream.runForEach(Console.log))
 * }).pipe(Effect.scoped)
 * ```
 *
 * **Connection.** `layer` opens one connection when it is built (failing with a typed
 * `ConnectionError` when the first connect is refused, e.g. `Unauthorized` for a bad key, or with
 * `MissingCredentials` before connecting when no API key is configured: Kalshi's WebSocket requires
 * authentication) and keeps it open until its scope closes. The handshake carries the three `KALSHI-ACCESS-*` headers,
 * signed over `GET` and the URL's path with a fresh timestamp on every connect. When the connection
 * drops, goes silent (no ping and no message for `silenceTimeout`), or is refused later, it is
 * reopened with jittered exponential backoff (`reconnect`), re-signed, and every live
 * subscription is subscribed again under its new `sid`; the user's streams keep running.
 * Closing the layer's scope unsubscribes everything, closes the socket and leaves no fiber.
 *
 * **Subscriptions.** `subscribe(channel, params)` sends `subscribe` and waits for `subscribed`
 * before it returns, so nothing sent after that is lost, however late the stream is pulled. It
 * returns a {@link Subscription}: its `stream`, its current `sid`, and the `update_subscription`
 * actions (`addMarkets`, `deleteMarkets`, `getSnapshot`, `update` for the CF Benchmarks and Pyth
 * actions). The subscription belongs to the scope `subscribe` runs in, and also ends when its stream
 * ends or is interrupted: either sends `unsubscribe`.
 *
 * **The stream** carries the channel's decoded messages (`Messages.ChannelMessage<C>`, which have a
 * `type`) and control events (which have a `_tag`, see {@link ControlEvent}):
 *
 * - `Disconnected`: the connection was lost; nothing arrives until `Reconnected` (what is known
 *   may be stale). It carries the error and when the next attempt starts.
 * - `Reconnected`: the connection was replaced and the subscription re-established under a new
 *   `sid`; messages may have been missed. On `orderbook_delta`, fresh snapshots follow.
 * - `Resync`: on `orderbook_delta` only. The books of this subscription (or of `marketTickers`)
 *   must be discarded: a `seq` gap, a buffer overflow, an undecodable book message or a terminal
 *   server error was detected, or `getSnapshot` was called, and fresh `orderbook_snapshot`s follow
 *   (by `get_snapshot`, or a resubscribe).
 * - `SequenceGap`: a gap on another sequenced channel (messages were lost; nothing to resync).
 * - `UndecodableFrame`: a frame of this subscription that fits no schema, with its raw text.
 * - `ServerError`: a subscription-scoped server error that did not end the subscription; after a
 *   terminal one (codes 10 and 25) the subscription is re-established by itself (`Resync` or
 *   `Reconnected` follows).
 *
 * **Local order books** are built on `subscribe("orderbook_delta", { market_tickers, use_yes_price })`,
 * whose stream is `Stream<OrderbookSnapshot | OrderbookDelta | ControlEvent, SubscriptionOverflow |
 * CommandError>` with exact `BigDecimal` prices and counts. The protocol a book consumer follows:
 *
 * 1. keep one book per `msg.market_ticker`;
 * 2. `OrderbookSnapshot` (`msg.yes_dollars_fp` / `msg.no_dollars_fp`, `[price, count]` pairs, `[]`
 *    for an empty side): replace that market's book;
 * 3. `OrderbookDelta` (`msg.price_dollars`, signed `msg.delta_fp`, `msg.side`): apply it to the
 *    market's book if that market has had a snapshot since the last `Resync`/`Reconnected`; ignore
 *    it otherwise (the snapshot that follows already includes it);
 * 4. `Resync`: drop the books of its `marketTickers` (every book of the subscription when absent,
 *    which is the case for every automatic resync); `Reconnected`: drop every book. Fresh snapshots
 *    of those markets follow, in the same stream, in order;
 * 5. a delta that would make a level negative is a local inconsistency: drop that book and call
 *    `subscription.getSnapshot([ticker])`, which delivers `Resync` (reason `"Requested"`,
 *    `marketTickers: [ticker]`) and then the snapshot;
 * 6. other control events (`UndecodableFrame`, `ServerError`) need no action: when they affect a
 *    book, a `Resync` follows.
 *
 * `seq` gaps, buffer overflows and undecodable book messages are handled by the service (`Resync`
 * then `get_snapshot`, or a resubscribe when `get_snapshot` fails); `use_yes_price` is passed
 * through unchanged, so NO-side prices are NO-leg prices unless it is `true`.
 *
 * **Slow consumers.** Each subscription buffers at most `capacity` messages (control events are
 * few and always delivered). Past the bound, the channel's {@link BufferPolicy} applies:
 * `"resync"` (default for `orderbook_delta`): the buffer is cleared, a `Resync` with reason
 * `"BufferOverflow"` is delivered, and fresh snapshots follow; `"fail"` (default for `fill`,
 * `user_orders`, `market_positions`, `order_group_updates`, `communications`, `trade` and the
 * lifecycle channels): the stream fails with `SubscriptionOverflow` once the buffered messages are
 * read, and the subscription is cancelled; `"dropOldest"` (default for `ticker`, the CF Benchmarks
 * channels and `pyth_value`): the oldest buffered message is dropped, keeping the latest.
 *
 * **Undecodable frames** never close the connection: a frame naming a subscription is delivered
 * to it as `UndecodableFrame`; any other goes to {@link Service.events} and the log.
 *
 * Browsers cannot set headers on a WebSocket handshake, so the signed connection needs Node.js,
 * Bun or Deno ({@link layerNode}); {@link layerWebSocketConstructor} adapts any
 * `Socket.WebSocketConstructor` but cannot sign.
 *
 * @since 0.1.0
 */
import * as Socket from "@effect/platform/Socket"
import { KalshiConfig } from "@kalshi-effect/core/KalshiConfig"
import { type InvalidKey, MissingCredentials } from "@kalshi-effect/core/KalshiError"
import { layer as SignerLayer, Signer } from "@kalshi-effect/core/Signer"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as FiberSet from "effect/FiberSet"
import * as Layer from "effect/Layer"
import * as Mailbox from "effect/Mailbox"
import type * as Metric from "effect/Metric"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as PubSub from "effect/PubSub"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { WebSocket as IsoWebSocket } from "isows"
import * as Reconnect from "./internal/reconnect.js"
import {
  CommandTimeout,
  ConnectionError,
  SequenceGap,
  ServerError,
  SubscriptionOverflow,
  UndecodableFrame
} from "./KalshiWebSocketError.js"
import type { CommandError } from "./KalshiWebSocketError.js"
import type {
  Channel,
  ChannelMessage,
  ChannelParams,
  DataMessage,
  DataMessageType,
  ErrorReply,
  Reply,
  SubscriptionInfo,
  UpdateAction,
  UpdateParams
} from "./Messages.js"
import {
  channelMessageTypes,
  decodeDataMessage,
  decodeReply,
  isDataMessageType,
  isReplyType,
  Ok,
  sequencedChannels,
  Subscribed,
  terminalErrorCodes
} from "./Messages.js"

// ---------------------------------------------------------------------------------------------
// control events
// ---------------------------------------------------------------------------------------------

/**
 * The connection was replaced and the subscription re-established under a new `sid`. Messages
 * sent while disconnected were missed; order books get fresh snapshots.
 *
 * @since 0.1.0
 * @category events
 */
export class Reconnected extends Schema.TaggedClass<Reconnected>("@kalshi-effect/ws/KalshiWebSocket/Reconnected")(
  "Reconnected",
  { sid: Schema.Number }
) {}

/**
 * The order books of an `orderbook_delta` subscription must be discarded; fresh snapshots follow.
 *
 * @since 0.1.0
 * @category events
 */
export class Resync extends Schema.TaggedClass<Resync>("@kalshi-effect/ws/KalshiWebSocket/Resync")("Resync", {
  reason: Schema.Literal("SequenceGap", "BufferOverflow", "UndecodableMessage", "SubscriptionError", "Requested"),
  description: Schema.String,
  /** The markets whose books must be dropped; absent: every market of the subscription. */
  marketTickers: Schema.optional(Schema.Array(Schema.String))
}) {}

/**
 * An event of a subscription's stream that is not a channel message.
 *
 * @since 0.1.0
 * @category events
 */
export type ControlEvent = Disconnected | Reconnected | Resync | SequenceGap | UndecodableFrame | ServerError

/**
 * What a subscription's stream carries: the channel's messages and control events.
 *
 * @since 0.1.0
 * @category events
 */
export type SubscriptionEvent<C extends Channel> = ChannelMessage<C> | ControlEvent

/**
 * Tells a control event (it has a `_tag`) from a channel message (it has a `type`).
 *
 * @since 0.1.0
 * @category guards
 */
export const isControlEvent = <C extends Channel>(event: SubscriptionEvent<C>): event is ControlEvent =>
  Predicate.hasProperty(event, "_tag")

/**
 * Tells a channel message from a control event.
 *
 * @since 0.1.0
 * @category guards
 */
export const isMessage = <C extends Channel>(event: SubscriptionEvent<C>): event is ChannelMessage<C> =>
  !Predicate.hasProperty(event, "_tag")

/**
 * The connection opened (`attempt` 0 for the first connection).
 *
 * @since 0.1.0
 * @category events
 */
export class Connected extends Schema.TaggedClass<Connected>("@kalshi-effect/ws/KalshiWebSocket/Connected")(
  "Connected",
  { attempt: Schema.Number }
) {}

/**
 * The connection was lost or could not be opened; the next attempt (`attempt`, counting from 1
 * since the last open connection) starts in `retryInMillis`.
 *
 * @since 0.1.0
 * @category events
 */
export class Disconnected extends Schema.TaggedClass<Disconnected>("@kalshi-effect/ws/KalshiWebSocket/Disconnected")(
  "Disconnected",
  { error: ConnectionError, attempt: Schema.Number, retryInMillis: Schema.Number }
) {}

/**
 * An event of the connection (see {@link Service.events}).
 *
 * @since 0.1.0
 * @category events
 */
export type ConnectionEvent = Connected | Disconnected | UndecodableFrame | ServerError

// ---------------------------------------------------------------------------------------------
// options
// ---------------------------------------------------------------------------------------------

/**
 * What a subscription does when its consumer falls `capacity` messages behind.
 *
 * @since 0.1.0
 * @category models
 */
export interface BufferPolicy {
  readonly capacity: number
  /**
   * - `"resync"`: clear the buffer, deliver `Resync`, fetch fresh snapshots (`orderbook_delta`
   *   only; elsewhere it acts as `"fail"`);
   * - `"fail"`: fail the stream with `SubscriptionOverflow` after the buffered messages;
   * - `"dropOldest"`: drop the oldest buffered message, keeping the latest.
   */
  readonly onOverflow: "resync" | "fail" | "dropOldest"
}

/**
 * The default buffer policy of each channel.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultBufferPolicies: { readonly [C in Channel]: BufferPolicy } = {
  orderbook_delta: { capacity: 10_000, onOverflow: "resync" },
  ticker: { capacity: 1_000, onOverflow: "dropOldest" },
  trade: { capacity: 10_000, onOverflow: "fail" },
  fill: { capacity: 10_000, onOverflow: "fail" },
  market_positions: { capacity: 10_000, onOverflow: "fail" },
  market_lifecycle_v2: { capacity: 10_000, onOverflow: "fail" },
  multivariate_market_lifecycle: { capacity: 10_000, onOverflow: "fail" },
  communications: { capacity: 10_000, onOverflow: "fail" },
  order_group_updates: { capacity: 10_000, onOverflow: "fail" },
  user_orders: { capacity: 10_000, onOverflow: "fail" },
  cfbenchmarks_value: { capacity: 1_000, onOverflow: "dropOldest" },
  cfbenchmarks_value_5hz: { capacity: 1_000, onOverflow: "dropOldest" },
  pyth_value: { capacity: 1_000, onOverflow: "dropOldest" }
}

/**
 * Reconnection backoff: attempt `n` (from 1, counted since the last healthy connection) waits
 * `min(maxDelay, initialDelay * factor^(n-1))`, shortened by a random fraction of up to `jitter`.
 * The delay keeps growing while connections fail or fail to stay up; it starts again from
 * `initialDelay` only after a connection stayed open for `healthyAfter` or delivered a data
 * message. Each attempt is reported as a `Disconnected` event and counted by the
 * `kalshi_ws_reconnects_total` metric.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReconnectOptions {
  /** Default 500 ms. */
  readonly initialDelay?: Duration.DurationInput | undefined
  /** Default 30 s. */
  readonly maxDelay?: Duration.DurationInput | undefined
  /** Default 2. */
  readonly factor?: number | undefined
  /** Between 0 and 1; default 0.2. */
  readonly jitter?: number | undefined
  /**
   * How long a connection must stay open (when it delivers no data message) for the next drop to
   * start again from `initialDelay`. Default 10 s.
   */
  readonly healthyAfter?: Duration.DurationInput | undefined
  /**
   * How many attempts in a row (since the last healthy connection) before giving up: every
   * subscription's stream then fails, and every command, with `ConnectionError` reason
   * `"RetriesExhausted"`. Default: no limit.
   */
  readonly maxAttempts?: number | undefined
}

/**
 * The counter of reconnect attempts, `kalshi_ws_reconnects_total`: one per wait before a new
 * connection attempt (the same moments as the `Disconnected` events).
 *
 * @since 0.1.0
 * @category metrics
 */
export const reconnectsTotal: Metric.Metric.Counter<number> = Reconnect.reconnectsTotal

/**
 * Options of {@link make} and {@link layer}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** How long a command waits for its reply. Default 10 s. */
  readonly commandTimeout?: Duration.DurationInput | undefined
  /** How long the handshake may take. Default 10 s. */
  readonly openTimeout?: Duration.DurationInput | undefined
  /** A connection with no ping and no message for this long is replaced. Default 30 s (the server pings every 10 s). */
  readonly silenceTimeout?: Duration.DurationInput | undefined
  readonly reconnect?: ReconnectOptions | undefined
  /**
   * When the first connection cannot be opened: `false` (default) fails the layer with the
   * `ConnectionError`; `true` retries with the `reconnect` backoff until it opens (building the
   * layer waits). A refused signature (`Unauthorized`) always fails at once.
   */
  readonly retryFirstConnect?: boolean | undefined
  /** Overrides of {@link defaultBufferPolicies}, per channel. */
  readonly buffers?: { readonly [C in Channel]?: BufferPolicy } | undefined
}

/**
 * Builds the WebSocket of one connection attempt: the URL and the signed handshake headers.
 * {@link layerWebSocketFactoryNode} sends the headers; {@link layerWebSocketConstructor} cannot.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSocketFactory = (url: string, headers: Readonly<Record<string, string>>) => globalThis.WebSocket

/**
 * The service providing the {@link WebSocketFactory}.
 *
 * @since 0.1.0
 * @category tags
 */
export class WebSocketFactoryTag extends Context.Tag("@kalshi-effect/ws/KalshiWebSocket/WebSocketFactory")<
  WebSocketFactoryTag,
  WebSocketFactory
>() {}

// ---------------------------------------------------------------------------------------------
// service
// ---------------------------------------------------------------------------------------------

/**
 * The reply of an `update_subscription`: `ok` (with the lists after the update), or the data
 * message that answers it (`orderbook_snapshot` for `get_snapshot`, the index or underlying list).
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateReply = Ok | DataMessage

/**
 * A live subscription.
 *
 * @since 0.1.0
 * @category models
 */
export interface Subscription<C extends Channel> {
  readonly channel: C
  /**
   * The messages and control events. Ends when the subscription ends (scope closed, `unsubscribe`,
   * layer closed); fails with `SubscriptionOverflow` under the `"fail"` policy, or with the error
   * that prevented a resubscription. Ending or interrupting it unsubscribes.
   */
  readonly stream: Stream.Stream<SubscriptionEvent<C>, SubscriptionOverflow | CommandError>
  /** The server's current id of the subscription; none while it is being re-established. */
  readonly sid: Effect.Effect<Option.Option<number>>
  /** The markets of the subscription, as last confirmed by the server or requested. */
  readonly markets: Effect.Effect<ReadonlyArray<string>>
  /** Adds markets (`add_markets`); succeeds with the markets after the update. */
  readonly addMarkets: (marketTickers: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<string>, CommandError>
  /** Removes markets (`delete_markets`); succeeds with the markets after the update. */
  readonly deleteMarkets: (marketTickers: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<string>, CommandError>
  /**
   * `orderbook_delta`: asks for fresh snapshots of some markets (default: all of the subscription).
   * The snapshots arrive in the stream, preceded by a `Resync` with reason `"Requested"`.
   */
  readonly getSnapshot: (marketTickers?: ReadonlyArray<string>) => Effect.Effect<void, CommandError>
  /** Any `update_subscription` action, e.g. `subscribe_indices` or `underlying_list`. */
  readonly update: (action: UpdateAction, params?: UpdateParams) => Effect.Effect<UpdateReply, CommandError>
  /** Cancels the subscription now (also done when its scope closes); the stream ends. */
  readonly unsubscribe: Effect.Effect<void>
}

/**
 * The WebSocket service.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /**
   * Subscribes to one channel; returns once the server confirmed (`subscribed`), or fails with the
   * server's error or a timeout. While the connection is being re-established it waits for it. The
   * subscription lives until the scope closes, its stream ends, or `unsubscribe`.
   */
  readonly subscribe: <C extends Channel>(
    channel: C,
    params: ChannelParams[C],
    options?: { readonly buffer?: BufferPolicy | undefined }
  ) => Effect.Effect<Subscription<C>, CommandError, Scope.Scope>
  /**
   * The stream of a subscription taken when the stream starts (lazily) and cancelled when it ends.
   * Prefer {@link Service.subscribe} when no message may be missed before the first pull.
   */
  readonly stream: <C extends Channel>(
    channel: C,
    params: ChannelParams[C],
    options?: { readonly buffer?: BufferPolicy | undefined }
  ) => Stream.Stream<SubscriptionEvent<C>, SubscriptionOverflow | CommandError>
  /** `list_subscriptions`: the server's view of this connection's subscriptions. */
  readonly listSubscriptions: Effect.Effect<ReadonlyArray<SubscriptionInfo>, CommandError>
  /**
   * Connection events from now on (connects, disconnects with their backoff, frames and errors that
   * name no subscription). A slow reader keeps the latest 1024.
   */
  readonly events: Effect.Effect<Stream.Stream<ConnectionEvent>, never, Scope.Scope>
}

/**
 * The WebSocket service tag.
 *
 * @since 0.1.0
 * @category tags
 */
export class KalshiWebSocket extends Context.Tag("@kalshi-effect/ws/KalshiWebSocket")<KalshiWebSocket, Service>() {}

// ---------------------------------------------------------------------------------------------
// implementation
// ---------------------------------------------------------------------------------------------

type Incoming = Reply | DataMessage

interface Pending {
  readonly command: string
  /** Runs synchronously in the frame handler, before the next frame is read. */
  readonly onReply: (incoming: Incoming) => void
  readonly onFail: (error: ConnectionError) => void
}

type SubState = "subscribing" | "active" | "closed"

interface Sub {
  readonly channel: Channel
  /** The wire parameters, kept current by updates, used to resubscribe. */
  params: Record<string, unknown>
  markets: ReadonlyArray<string>
  sid: number | undefined
  lastSeq: number | undefined
  state: SubState
  /** The next `subscribed` follows a reconnect: deliver `Reconnected`. */
  reconnected: boolean
  resyncing: boolean
  resyncAgain: boolean
  everActive: boolean
  readonly policy: BufferPolicy
  readonly mailbox: Mailbox.Mailbox<SubscriptionEvent<Channel>, SubscriptionOverflow | CommandError>
  readonly ready: Deferred.Deferred<void, CommandError>
}

const textDecoder = new TextDecoder()

/** Messages are routed by `sid` and checked against their channel's types before they are buffered. */
const isEventOf =
  <C extends Channel>(channel: C) => (event: SubscriptionEvent<Channel>): event is SubscriptionEvent<C> =>
    Predicate.hasProperty(event, "_tag") || channelMessageTypes[channel].includes(event.type)

const isSubscriptionList = (msg: Ok["msg"]): msg is ReadonlyArray<SubscriptionInfo> => Array.isArray(msg)

const marketList = (params: { readonly market_ticker?: unknown; readonly market_tickers?: unknown }) => {
  const out: Array<string> = []
  if (typeof params.market_ticker === "string") out.push(params.market_ticker)
  if (Array.isArray(params.market_tickers)) {
    for (const t of params.market_tickers) if (typeof t === "string") out.push(t)
  }
  return out
}

const cleanParams = (params: object): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v
  return out
}

const statusOf = (cause: unknown): number | undefined => {
  const text = Predicate.hasProperty(cause, "message") && typeof cause.message === "string"
    ? cause.message
    : Predicate.hasProperty(cause, "error") && cause.error instanceof Error
    ? cause.error.message
    : undefined
  const match = text === undefined ? null : /Unexpected server response: (\d{3})/.exec(text)
  return match === null ? undefined : Number(match[1])
}

/**
 * The code and message of the error under a socket error. `ws` (isows on Node) reports an
 * `ErrorEvent` whose `error` holds the system or TLS error; others chain it as `cause`. The message
 * of the first error with a code is preferred (`connect ECONNREFUSED 127.0.0.1:1`).
 */
const underlying = (cause: unknown): { readonly code?: string; readonly message?: string } => {
  const chain: Array<unknown> = []
  let current: unknown = Predicate.hasProperty(cause, "error") && cause.error !== undefined && cause.error !== null
    ? cause.error
    : cause
  while (current !== undefined && current !== null && chain.length < 8) {
    chain.push(current)
    current = Predicate.hasProperty(current, "cause") ? current.cause : undefined
  }
  const messageOf = (u: unknown) =>
    typeof u === "string"
      ? u
      : Predicate.hasProperty(u, "message") && typeof u.message === "string" && u.message !== ""
      ? u.message
      : undefined
  const withCode = chain.find((u) => Predicate.hasProperty(u, "code") && typeof u.code === "string" && u.code !== "")
  const code = Predicate.hasProperty(withCode, "code") && typeof withCode.code === "string" ? withCode.code : undefined
  const message = messageOf(withCode) ?? chain.map(messageOf).find(Predicate.isNotUndefined)
  const text = message === undefined ? undefined : message.length > 300 ? `${message.slice(0, 300)}…` : message
  return { ...(code !== undefined ? { code } : {}), ...(text !== undefined ? { message: text } : {}) }
}

const withCause = (description: string, cause: unknown) => {
  const { code, message } = underlying(cause)
  return {
    ...(code !== undefined ? { code } : {}),
    description: message !== undefined ? `${description}: ${message}` : description
  }
}

const toConnectionError = (error: unknown): ConnectionError => {
  if (error instanceof ConnectionError) return error
  if (Socket.isSocketError(error)) {
    if (error.reason === "Close") {
      return new ConnectionError({
        reason: "Closed",
        closeCode: error.code,
        description: error.closeReason !== undefined && error.closeReason !== ""
          ? `the connection closed: ${error.closeReason}`
          : "the connection closed"
      })
    }
    if (error.reason === "Open") {
      const status = statusOf(error.cause)
      if (status === 401 || status === 403) {
        return new ConnectionError({
          reason: "Unauthorized",
          status,
          description: "the handshake was refused: check the API key id, the private key and the clock"
        })
      }
      if (status !== undefined) {
        return new ConnectionError({ reason: "Rejected", status, description: "the handshake was refused" })
      }
      return new ConnectionError({ reason: "Open", ...withCause("the connection could not be opened", error.cause) })
    }
    if (error.reason === "OpenTimeout") {
      return new ConnectionError({ reason: "OpenTimeout", description: "the handshake did not complete in time" })
    }
    return new ConnectionError({
      reason: error.reason,
      ...withCause(`a transport error during ${error.reason}`, error.cause)
    })
  }
  return new ConnectionError({ reason: "Open", description: String(error) })
}

/** Registers a listener for ping frames when the socket exposes them (`ws`, used by isows on Node). */
const onPing = (ws: globalThis.WebSocket, f: () => void): void => {
  if (Predicate.hasProperty(ws, "on") && typeof ws.on === "function") {
    ws.on("ping", f)
    ws.on("pong", f)
  }
}

/**
 * Builds the service: opens the first connection (failing when it is refused, or with
 * `MissingCredentials` before connecting when no API key is configured) and keeps it open,
 * reconnecting, until the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: Options = {}
): Effect.Effect<
  Service,
  ConnectionError | MissingCredentials,
  KalshiConfig | Signer | WebSocketFactoryTag | Scope.Scope
> =>
  Effect.gen(function*() {
    const config = yield* KalshiConfig
    const signer = yield* Signer
    if (Option.isNone(signer.keyType)) {
      // Kalshi refuses an unsigned handshake (401): fail before connecting, as a signed REST call does.
      return yield* new MissingCredentials({ operation: "KalshiWebSocket" })
    }
    const factory = yield* WebSocketFactoryTag
    const url = config.wsUrl
    const path = new URL(url).pathname
    const commandTimeout = Duration.decode(options.commandTimeout ?? "10 seconds")
    const silenceTimeout = Duration.decode(options.silenceTimeout ?? "30 seconds")
    const reconnect = Reconnect.config(options.reconnect)
    const policyOf = (channel: Channel, override: BufferPolicy | undefined): BufferPolicy =>
      override ?? options.buffers?.[channel] ?? defaultBufferPolicies[channel]

    const runFork = yield* FiberSet.makeRuntime<never, unknown, unknown>()
    const events = yield* Effect.acquireRelease(
      PubSub.sliding<ConnectionEvent>(1024),
      PubSub.shutdown
    )

    // --- state, touched only synchronously (the frame handler) or inside Effect.sync ---------
    let nextId = 1
    let connected = false
    let closing = false
    let activity = 0
    const pending = new Map<number, Pending>()
    const subs = new Set<Sub>()
    const bySid = new Map<number, Sub>()
    const connectedLatch = yield* Effect.makeLatch(false)

    // --- socket --------------------------------------------------------------------------------
    const acquire = Effect.acquireRelease(
      Effect.gen(function*() {
        const headers = (yield* Effect.orDie(signer.sign("GET", path, "KalshiWebSocket"))).toRecord()
        return yield* Effect.try({
          try: () => {
            const ws = factory(url, headers)
            onPing(ws, () => {
              activity++
            })
            return ws
          },
          catch: (cause) => new Socket.SocketGenericError({ reason: "Open", cause })
        })
      }),
      (ws) => Effect.sync(() => ws.close(1000))
    )
    const socket = yield* Socket.fromWebSocket(acquire, {
      closeCodeIsError: () => true,
      openTimeout: options.openTimeout ?? "10 seconds"
    })
    const write = yield* socket.writer

    const send = (text: string): Effect.Effect<void, ConnectionError> => Effect.mapError(write(text), toConnectionError)

    // --- delivery ------------------------------------------------------------------------------
    const control = (sub: Sub, event: ControlEvent) => {
      sub.mailbox.unsafeOffer(event)
    }

    const deliver = (sub: Sub, message: DataMessage) => {
      const size = Option.getOrElse(sub.mailbox.unsafeSize(), () => 0)
      if (size < sub.policy.capacity) {
        sub.mailbox.unsafeOffer(message)
        return
      }
      const policy = sub.policy.onOverflow === "resync" && sub.channel !== "orderbook_delta"
        ? "fail"
        : sub.policy.onOverflow
      switch (policy) {
        case "dropOldest": {
          Effect.runSync(sub.mailbox.takeN(1))
          sub.mailbox.unsafeOffer(message)
          return
        }
        case "resync": {
          Effect.runSync(sub.mailbox.clear)
          control(
            sub,
            new Resync({
              reason: "BufferOverflow",
              description: `the consumer fell ${sub.policy.capacity} messages behind; buffered messages were discarded`
            })
          )
          startResync(sub)
          sub.mailbox.unsafeOffer(message)
          return
        }
        case "fail": {
          sub.mailbox.unsafeDone(
            Exit.fail(new SubscriptionOverflow({ channel: sub.channel, capacity: sub.policy.capacity }))
          )
          closeSub(sub)
          return
        }
      }
    }

    const reportUnattributed = (event: UndecodableFrame | ServerError) => {
      events.unsafeOffer(event)
      runFork(Effect.logWarning(event.message).pipe(Effect.annotateLogs({ module: "KalshiWebSocket" })))
    }

    const checkSeq = (sub: Sub, seq: number) => {
      const last = sub.lastSeq
      sub.lastSeq = seq
      if (last === undefined || seq === last + 1 || sub.sid === undefined) return
      const gap = new SequenceGap({ channel: sub.channel, sid: sub.sid, expected: last + 1, received: seq })
      if (sub.channel === "orderbook_delta") {
        control(sub, new Resync({ reason: "SequenceGap", description: gap.message }))
        startResync(sub)
      } else {
        control(sub, gap)
      }
    }

    // --- commands ------------------------------------------------------------------------------
    const timeoutMillis = Duration.toMillis(commandTimeout)

    /** Sends a command once connected and waits for its reply, interpreted synchronously by `interpret`. */
    const request = <A>(
      command: string,
      build: (id: number) => object,
      interpret: (incoming: Incoming, id: number) => Either.Either<A, ServerError>
    ): Effect.Effect<A, CommandError> =>
      Effect.suspend(() => {
        const id = nextId++
        const deferred = Deferred.unsafeMake<A, CommandError>(FiberId.none)
        return connectedLatch.await.pipe(
          Effect.zipRight(Effect.suspend(() => {
            if (gaveUp !== undefined) return Effect.fail(gaveUp)
            pending.set(id, {
              command,
              onReply: (incoming) => {
                pending.delete(id)
                Deferred.unsafeDone(
                  deferred,
                  Either.match(interpret(incoming, id), {
                    onLeft: Exit.fail,
                    onRight: Exit.succeed
                  })
                )
              },
              onFail: (error) => {
                pending.delete(id)
                Deferred.unsafeDone(deferred, Exit.fail(error))
              }
            })
            return send(JSON.stringify(build(id)))
          })),
          Effect.zipRight(Deferred.await(deferred)),
          Effect.timeoutFail({
            duration: commandTimeout,
            onTimeout: () => new CommandTimeout({ command, id, timeoutMillis })
          }),
          Effect.ensuring(Effect.sync(() => pending.delete(id)))
        )
      })

    const serverError = (command: string | undefined, reply: ErrorReply) =>
      new ServerError({
        ...(command !== undefined ? { command } : {}),
        code: reply.msg.code,
        errorMessage: reply.msg.msg,
        ...(reply.sid !== undefined ? { sid: reply.sid } : {}),
        ...(reply.msg.market_ticker !== undefined ? { marketTicker: reply.msg.market_ticker } : {}),
        ...(reply.msg.market_tickers !== undefined ? { marketTickers: reply.msg.market_tickers } : {})
      })

    const unexpected = (command: string, incoming: Incoming) =>
      new ServerError({ command, code: 0, errorMessage: `unexpected reply of type ${incoming.type}` })

    const sendUnsubscribe = (sids: ReadonlyArray<number>): Effect.Effect<void, CommandError> =>
      request(
        "unsubscribe",
        (id) => ({ id, cmd: "unsubscribe", params: { sids } }),
        (incoming) =>
          incoming.type === "error"
            ? Either.left(serverError("unsubscribe", incoming))
            : Either.right(undefined)
      )

    /** Sends `subscribe` for a sub; the `subscribed` reply maps its new sid before any of its data is read. */
    const sendSubscribe = (sub: Sub): Effect.Effect<void, CommandError> =>
      request(
        "subscribe",
        (id) => ({ id, cmd: "subscribe", params: { channels: [sub.channel], ...sub.params } }),
        (incoming): Either.Either<void, ServerError> => {
          if (incoming instanceof Subscribed) {
            const sid = incoming.msg.sid
            if (sub.state === "closed") {
              runFork(Effect.ignore(sendUnsubscribe([sid])))
              return Either.right(undefined)
            }
            if (sub.state === "active" && sub.sid !== undefined && sub.sid !== sid) {
              // a second subscribe raced a reconnect: keep the first, cancel the duplicate
              runFork(Effect.ignore(sendUnsubscribe([sid])))
              return Either.right(undefined)
            }
            if (sub.sid !== undefined) bySid.delete(sub.sid)
            sub.sid = sid
            sub.lastSeq = undefined
            bySid.set(sid, sub)
            if (sub.reconnected) {
              sub.reconnected = false
              control(sub, new Reconnected({ sid }))
            }
            sub.state = "active"
            sub.everActive = true
            Deferred.unsafeDone(sub.ready, Exit.void)
            return Either.right(undefined)
          }
          if (incoming.type === "error") return Either.left(serverError("subscribe", incoming))
          return Either.left(unexpected("subscribe", incoming))
        }
      )

    /** Subscribes a sub (again); a failure ends its stream, or fails `subscribe` for a new one. */
    const establish = (sub: Sub): Effect.Effect<void> =>
      sendSubscribe(sub).pipe(
        Effect.catchAll((error) =>
          Effect.sync(() => {
            if (sub.state === "closed") return
            if (error._tag === "ConnectionError" && error.reason === "Lost") return // the next connection retries
            if (!sub.everActive) {
              Deferred.unsafeDone(sub.ready, Exit.fail(error))
            }
            sub.mailbox.unsafeDone(Exit.fail(error))
            removeSub(sub)
          })
        )
      )

    const removeSub = (sub: Sub) => {
      sub.state = "closed"
      subs.delete(sub)
      if (sub.sid !== undefined) bySid.delete(sub.sid)
    }

    /** Ends a subscription and cancels it on the server (in the background). */
    const closeSub = (sub: Sub) => {
      if (sub.state === "closed") return
      const sid = sub.sid
      removeSub(sub)
      if (sid !== undefined && connected) runFork(Effect.ignore(sendUnsubscribe([sid])))
    }

    /** Resubscribes: the server ended the subscription, or a snapshot could not be had. */
    const resubscribe = (sub: Sub) =>
      Effect.suspend(() => {
        if (sub.state === "closed") return Effect.void
        const old = sub.sid
        if (old !== undefined) bySid.delete(old)
        sub.sid = undefined
        sub.state = "subscribing"
        return Effect.zipRight(
          old !== undefined ? Effect.ignore(sendUnsubscribe([old])) : Effect.void,
          establish(sub)
        )
      })

    const getSnapshot = (sub: Sub, tickers: ReadonlyArray<string>) =>
      Effect.suspend(() => {
        const sid = sub.sid
        if (sid === undefined || tickers.length === 0) {
          return Effect.fail(
            new ServerError({ command: "update_subscription", code: 0, errorMessage: "no markets to snapshot" })
          )
        }
        return request(
          "update_subscription",
          (id) => ({
            id,
            cmd: "update_subscription",
            params: { sid, action: "get_snapshot", market_tickers: tickers }
          }),
          (incoming) =>
            incoming.type === "error"
              ? Either.left(serverError("update_subscription", incoming))
              : Either.right(undefined)
        )
      })

    /** Fresh snapshots for an order book subscription: `get_snapshot`, or a resubscribe when that fails. */
    const startResync = (sub: Sub): void => {
      if (sub.state !== "active") return
      if (sub.resyncing) {
        // the snapshots in flight may be discarded by this resync (a buffer overflow): ask again after them
        sub.resyncAgain = true
        return
      }
      sub.resyncing = true
      runFork(
        getSnapshot(sub, sub.markets).pipe(
          Effect.catchAll(() => resubscribe(sub)),
          Effect.ensuring(Effect.sync(() => {
            sub.resyncing = false
            if (sub.resyncAgain) {
              sub.resyncAgain = false
              startResync(sub)
            }
          }))
        )
      )
    }

    // --- frames --------------------------------------------------------------------------------
    const handleReply = (reply: Reply) => {
      const sub = reply.type !== "subscribed" && reply.sid !== undefined ? bySid.get(reply.sid) : undefined
      if (
        sub !== undefined && reply.type !== "subscribed" && reply.seq !== undefined &&
        sequencedChannels.has(sub.channel)
      ) {
        checkSeq(sub, reply.seq)
      }
      if (reply.id !== undefined && reply.id !== 0) {
        const p = pending.get(reply.id)
        if (p !== undefined) {
          p.onReply(reply)
          return
        }
      }
      switch (reply.type) {
        case "error": {
          const error = serverError(undefined, reply)
          if (sub === undefined) {
            reportUnattributed(error)
          } else if (terminalErrorCodes.has(reply.msg.code)) {
            if (sub.channel === "orderbook_delta") {
              control(sub, new Resync({ reason: "SubscriptionError", description: error.message }))
            } else {
              control(sub, error)
              sub.reconnected = true
            }
            runFork(resubscribe(sub))
          } else {
            control(sub, error)
          }
          return
        }
        case "subscribed": {
          // a reply that came after its command timed out: nobody owns it
          if (!bySid.has(reply.msg.sid)) runFork(Effect.ignore(sendUnsubscribe([reply.msg.sid])))
          return
        }
        case "unsubscribed": {
          if (sub !== undefined && sub.state !== "subscribing") {
            sub.mailbox.unsafeDone(Exit.void)
            removeSub(sub)
          }
          return
        }
        case "ok":
          return
      }
    }

    const handleData = (type: DataMessageType, frame: Record<string, unknown>, raw: string) => {
      const sid = typeof frame["sid"] === "number" ? frame["sid"] : undefined
      const sub = sid === undefined ? undefined : bySid.get(sid)
      const decoded = decodeDataMessage(type, frame)
      const id = frame["id"]
      if (typeof id === "number" && id !== 0 && Either.isRight(decoded)) {
        pending.get(id)?.onReply(decoded.right)
      }
      if (sub === undefined) {
        if (Either.isLeft(decoded)) {
          reportUnattributed(
            new UndecodableFrame({ raw, ...(sid !== undefined ? { sid } : {}), description: decoded.left.message })
          )
        }
        // otherwise: a message of a subscription that was just cancelled
        return
      }
      const seq = frame["seq"]
      if (typeof seq === "number" && sequencedChannels.has(sub.channel)) checkSeq(sub, seq)
      if (Either.isLeft(decoded)) {
        control(sub, new UndecodableFrame({ raw, sid: sub.sid ?? 0, description: decoded.left.message }))
        if (sub.channel === "orderbook_delta") {
          control(sub, new Resync({ reason: "UndecodableMessage", description: "a book message could not be decoded" }))
          startResync(sub)
        }
        return
      }
      if (!channelMessageTypes[sub.channel].includes(type)) {
        control(
          sub,
          new UndecodableFrame({ raw, sid: sub.sid ?? 0, description: `a ${type} message on channel ${sub.channel}` })
        )
        return
      }
      dataSeen = true
      deliver(sub, decoded.right)
    }

    const onFrame = (data: string | Uint8Array): void => {
      activity++
      const raw = typeof data === "string" ? data : textDecoder.decode(data)
      let frame: unknown
      try {
        frame = JSON.parse(raw)
      } catch {
        reportUnattributed(new UndecodableFrame({ raw, description: "not JSON" }))
        return
      }
      if (typeof frame !== "object" || frame === null || Array.isArray(frame)) {
        reportUnattributed(new UndecodableFrame({ raw, description: "not a JSON object" }))
        return
      }
      const record = frame as Record<string, unknown>
      const type = record["type"]
      if (isReplyType(type)) {
        const reply = decodeReply(type, record)
        if (Either.isRight(reply)) {
          handleReply(reply.right)
        } else {
          const sid = typeof record["sid"] === "number" ? record["sid"] : undefined
          const sub = sid === undefined ? undefined : bySid.get(sid)
          const event = new UndecodableFrame({
            raw,
            ...(sid !== undefined ? { sid } : {}),
            description: reply.left.message
          })
          if (sub !== undefined) control(sub, event)
          else reportUnattributed(event)
        }
        return
      }
      if (isDataMessageType(type)) {
        handleData(type, record, raw)
        return
      }
      const sid = typeof record["sid"] === "number" ? record["sid"] : undefined
      const sub = sid === undefined ? undefined : bySid.get(sid)
      const event = new UndecodableFrame({
        raw,
        ...(sid !== undefined ? { sid } : {}),
        description: `unknown message type ${JSON.stringify(type)}`
      })
      if (sub !== undefined) control(sub, event)
      else reportUnattributed(event)
    }

    // --- connection loop -----------------------------------------------------------------------
    const firstOpen = yield* Deferred.make<void, ConnectionError>()
    let attempt = 0
    let openedAt: number | undefined = undefined
    let dataSeen = false
    let gaveUp: ConnectionError | undefined = undefined

    const onOpen = Effect.flatMap(Clock.currentTimeMillis, (now) =>
      Effect.sync(() => {
        openedAt = now
        connected = true
        activity++
        for (const sub of subs) {
          if (sub.state === "closed") continue
          sub.reconnected = sub.everActive
          sub.state = "subscribing"
          runFork(establish(sub))
        }
        events.unsafeOffer(new Connected({ attempt }))
        Deferred.unsafeDone(firstOpen, Exit.void)
      })).pipe(Effect.zipRight(connectedLatch.open))

    const watchdog: Effect.Effect<never, ConnectionError> = Effect.suspend(() => {
      const step = Duration.toMillis(silenceTimeout) / 4
      let seen = activity
      let idle = 0
      return Effect.sleep(Duration.millis(step)).pipe(
        Effect.zipRight(Effect.suspend(() => {
          if (activity !== seen) {
            seen = activity
            idle = 0
            return Effect.void
          }
          idle += step
          return idle >= Duration.toMillis(silenceTimeout)
            ? Effect.fail(
              new ConnectionError({
                reason: "Silent",
                description: `no ping and no message for ${Duration.format(silenceTimeout)}`
              })
            )
            : Effect.void
        })),
        Effect.forever
      )
    })

    const connectOnce: Effect.Effect<void, ConnectionError> = Effect.gen(function*() {
      const opened = yield* Deferred.make<void>()
      yield* Effect.raceFirst(
        socket.runRaw(onFrame, { onOpen: Effect.zipRight(onOpen, Deferred.succeed(opened, undefined)) }).pipe(
          Effect.mapError(toConnectionError)
        ),
        Effect.zipRight(Deferred.await(opened), watchdog)
      )
    })

    const onDisconnect = Effect.sync(() => {
      connected = false
      for (const p of [...pending.values()]) {
        p.onFail(new ConnectionError({ reason: "Lost", description: `the connection dropped during ${p.command}` }))
      }
      pending.clear()
      bySid.clear()
      for (const sub of subs) {
        sub.sid = undefined
        if (sub.state === "active") sub.state = "subscribing"
      }
    }).pipe(Effect.zipRight(connectedLatch.close))

    /** One connection, from the handshake to its end, described as a {@link Reconnect.Drop}. */
    const connection: Effect.Effect<never, Reconnect.Drop> = Effect.gen(function*() {
      openedAt = undefined
      dataSeen = false
      const exit = yield* Effect.exit(connectOnce)
      const error = failureOf(exit)
      yield* onDisconnect
      const now = yield* Clock.currentTimeMillis
      const opened = openedAt !== undefined
      const healthy = openedAt !== undefined &&
        (dataSeen || now - openedAt >= Duration.toMillis(reconnect.healthyAfter))
      const first = !(yield* Deferred.isDone(firstOpen))
      const retry = !closing && (!first || (options.retryFirstConnect === true && error.reason !== "Unauthorized"))
      return yield* Effect.fail<Reconnect.Drop>({ error, opened, healthy, retry })
    })

    const onAttempt = ({ attempt: n, delay, drop }: Reconnect.Attempt) =>
      Effect.gen(function*() {
        attempt = n
        const retryInMillis = Duration.toMillis(delay)
        const disconnected = new Disconnected({ error: drop.error, attempt: n, retryInMillis })
        events.unsafeOffer(disconnected)
        if (drop.opened) {
          // the connection that was open is gone: tell every subscription its data has stopped
          for (const sub of subs) if (sub.everActive && sub.state !== "closed") control(sub, disconnected)
        }
        yield* Effect.logDebug(`${drop.error.message}; reconnecting in ${retryInMillis} ms (attempt ${n})`).pipe(
          Effect.annotateLogs({ module: "KalshiWebSocket" })
        )
      })

    /** Reconnecting stopped: the first connect was refused, or the attempts ran out. */
    const giveUp = (drop: Reconnect.Drop) =>
      Effect.gen(function*() {
        if (closing) return
        if (!(yield* Deferred.isDone(firstOpen))) {
          yield* Deferred.fail(firstOpen, drop.error)
          return
        }
        gaveUp = new ConnectionError({
          reason: "RetriesExhausted",
          description: `gave up reconnecting after ${attempt} attempts; the last error: ${drop.error.message}`
        })
        for (const sub of [...subs]) {
          sub.mailbox.unsafeDone(Exit.fail(gaveUp))
          removeSub(sub)
        }
        yield* Effect.logWarning(gaveUp.message).pipe(Effect.annotateLogs({ module: "KalshiWebSocket" }))
        yield* connectedLatch.open
      })

    const loop: Effect.Effect<void> = connection.pipe(
      Effect.retry(Reconnect.schedule(reconnect, onAttempt)),
      Effect.catchAll(giveUp)
    )

    const loopFiber = yield* Effect.forkDaemon(Effect.interruptible(loop))

    yield* Effect.addFinalizer(() =>
      Effect.gen(function*() {
        const sids = [...subs].flatMap((s) => (s.sid !== undefined ? [s.sid] : []))
        if (connected && sids.length > 0) {
          yield* Effect.ignore(Effect.timeout(sendUnsubscribe(sids), commandTimeout))
        }
        closing = true
        for (const sub of [...subs]) {
          sub.mailbox.unsafeDone(Exit.void)
          removeSub(sub)
        }
        yield* Fiber.interrupt(loopFiber)
      })
    )

    yield* Deferred.await(firstOpen).pipe(Effect.onError(() => Fiber.interrupt(loopFiber)))

    // --- public API ----------------------------------------------------------------------------
    const update = (sub: Sub, action: UpdateAction, params: UpdateParams = {}) =>
      Effect.suspend(() => {
        const sid = sub.sid
        if (sub.state === "closed") {
          return Effect.fail(
            new ServerError({ command: "update_subscription", code: 0, errorMessage: "the subscription has ended" })
          )
        }
        if (sid === undefined || sub.state !== "active") {
          return Effect.fail(
            new ConnectionError({ reason: "Lost", description: "the subscription is being re-established; try again" })
          )
        }
        return request<UpdateReply>(
          "update_subscription",
          (id) => ({ id, cmd: "update_subscription", params: { sid, action, ...cleanParams(params) } }),
          (incoming) => {
            if (incoming.type === "error") return Either.left(serverError("update_subscription", incoming))
            if (incoming.type === "subscribed" || incoming.type === "unsubscribed") {
              return Either.left(unexpected("update_subscription", incoming))
            }
            applyUpdate(sub, action, params, incoming)
            return Either.right(incoming)
          }
        )
      }).pipe(Effect.withSpan("KalshiWebSocket.update", { attributes: { channel: sub.channel, action } }))

    const applyUpdate = (sub: Sub, action: UpdateAction, params: UpdateParams, reply: Incoming) => {
      const confirmed = reply instanceof Ok && reply.msg !== undefined && !isSubscriptionList(reply.msg)
        ? reply.msg
        : undefined
      const listOf = (key: "index_ids" | "underlying_tickers") =>
        Array.isArray(sub.params[key]) ? (sub.params[key] as ReadonlyArray<string>) : []
      switch (action) {
        case "add_markets":
        case "delete_markets": {
          const requested = marketList(params)
          const markets = confirmed?.market_tickers ?? (action === "add_markets"
            ? [...sub.markets, ...requested.filter((t) => !sub.markets.includes(t))]
            : sub.markets.filter((t) => !requested.includes(t)))
          sub.markets = markets
          const { market_ticker: _, ...rest } = sub.params
          sub.params = { ...rest, market_tickers: markets }
          return
        }
        case "subscribe_indices":
        case "unsubscribe_indices": {
          const requested = params.index_ids ?? []
          const current = listOf("index_ids")
          sub.params = {
            ...sub.params,
            index_ids: confirmed?.index_ids ?? (action === "subscribe_indices"
              ? [...current, ...requested.filter((t) => !current.includes(t))]
              : current.filter((t) => !requested.includes(t)))
          }
          return
        }
        case "subscribe_underlyings":
        case "unsubscribe_underlyings": {
          const requested = params.underlying_tickers ?? []
          const current = listOf("underlying_tickers")
          sub.params = {
            ...sub.params,
            underlying_tickers: confirmed?.underlying_tickers ?? (action === "subscribe_underlyings"
              ? [...current, ...requested.filter((t) => !current.includes(t))]
              : current.filter((t) => !requested.includes(t)))
          }
          return
        }
        default:
          return
      }
    }

    const subscribe = <C extends Channel>(
      channel: C,
      params: ChannelParams[C],
      subscribeOptions?: { readonly buffer?: BufferPolicy | undefined }
    ): Effect.Effect<Subscription<C>, CommandError, Scope.Scope> =>
      Effect.gen(function*() {
        const mailbox = yield* Mailbox.make<SubscriptionEvent<Channel>, SubscriptionOverflow | CommandError>()
        const ready = yield* Deferred.make<void, CommandError>()
        const wire = cleanParams(params)
        const sub: Sub = {
          channel,
          params: wire,
          markets: marketList(wire),
          sid: undefined,
          lastSeq: undefined,
          state: "subscribing",
          reconnected: false,
          resyncing: false,
          resyncAgain: false,
          everActive: false,
          policy: policyOf(channel, subscribeOptions?.buffer),
          mailbox,
          ready
        }
        const unsubscribe = Effect.suspend(() => {
          if (sub.state === "closed") return Effect.void
          const sid = sub.sid
          removeSub(sub)
          return Effect.zipRight(
            sid !== undefined && connected ? Effect.ignore(sendUnsubscribe([sid])) : Effect.void,
            mailbox.end
          )
        }).pipe(Effect.asVoid)
        yield* Effect.acquireRelease(
          Effect.suspend(() => {
            if (gaveUp !== undefined) return Effect.fail(gaveUp)
            subs.add(sub)
            if (connected) runFork(establish(sub))
            return Deferred.await(ready)
          }).pipe(Effect.onInterrupt(() => unsubscribe)),
          () => unsubscribe
        )
        const typed: Stream.Stream<SubscriptionEvent<C>, SubscriptionOverflow | CommandError> = Mailbox.toStream(
          mailbox
        ).pipe(Stream.filter(isEventOf(channel)))
        const subscription: Subscription<C> = {
          channel,
          stream: typed.pipe(Stream.ensuring(unsubscribe)),
          sid: Effect.sync(() => Option.fromNullable(sub.sid)),
          markets: Effect.sync(() => sub.markets),
          addMarkets: (tickers) =>
            Effect.as(update(sub, "add_markets", { market_tickers: tickers }), undefined).pipe(
              Effect.map(() => sub.markets)
            ),
          deleteMarkets: (tickers) =>
            Effect.as(update(sub, "delete_markets", { market_tickers: tickers }), undefined).pipe(
              Effect.map(() => sub.markets)
            ),
          getSnapshot: (tickers) =>
            Effect.suspend(() => {
              control(
                sub,
                new Resync({
                  reason: "Requested",
                  description: "snapshots were requested",
                  ...(tickers !== undefined ? { marketTickers: tickers } : {})
                })
              )
              return getSnapshot(sub, tickers ?? sub.markets)
            }),
          update: (action, updateParams) => update(sub, action, updateParams),
          unsubscribe
        }
        return subscription
      }).pipe(Effect.withSpan("KalshiWebSocket.subscribe", { attributes: { channel } }))

    const listSubscriptions = request(
      "list_subscriptions",
      (id) => ({ id, cmd: "list_subscriptions" }),
      (incoming): Either.Either<ReadonlyArray<SubscriptionInfo>, ServerError> => {
        if (incoming.type === "error") return Either.left(serverError("list_subscriptions", incoming))
        if (incoming instanceof Ok) return Either.right(isSubscriptionList(incoming.msg) ? incoming.msg : [])
        return Either.left(unexpected("list_subscriptions", incoming))
      }
    ).pipe(Effect.withSpan("KalshiWebSocket.listSubscriptions"))

    return KalshiWebSocket.of({
      subscribe,
      stream: (channel, params, streamOptions) =>
        Stream.unwrapScoped(Effect.map(subscribe(channel, params, streamOptions), (s) => s.stream)),
      listSubscriptions,
      events: Effect.map(PubSub.subscribe(events), Stream.fromQueue)
    })
  })

const failureOf = (exit: Exit.Exit<unknown, ConnectionError>): ConnectionError =>
  Option.getOrElse(
    Exit.isFailure(exit) ? Cause.failureOption(exit.cause) : Option.none(),
    () => new ConnectionError({ reason: "Closed", description: "the connection ended" })
  )

/**
 * The service as a layer: one connection for the layer's lifetime.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options = {}
): Layer.Layer<KalshiWebSocket, ConnectionError | MissingCredentials, KalshiConfig | Signer | WebSocketFactoryTag> =>
  Layer.scoped(KalshiWebSocket, make(options))

/**
 * A {@link WebSocketFactory} for Node.js (and Bun, Deno): `isows` (the `ws` package on Node 20,
 * the built-in WebSocket where there is one), with the signed headers on the handshake.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWebSocketFactoryNode: Layer.Layer<WebSocketFactoryTag> = Layer.succeed(
  WebSocketFactoryTag,
  (url, headers) => {
    // `ws` >= 8.23 and Node's built-in WebSocket take `{ headers }` as the second argument
    const Ctor = IsoWebSocket as new(...args: ReadonlyArray<unknown>) => globalThis.WebSocket
    return new Ctor(url, { headers })
  }
)

/**
 * A {@link WebSocketFactory} from a `Socket.WebSocketConstructor` (e.g. the browser's). It cannot
 * put headers on the handshake, so it only suits servers that do not require them (a local
 * test exchange); Kalshi's servers require a signed handshake. The service still requires
 * credentials to be configured.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWebSocketConstructor: Layer.Layer<WebSocketFactoryTag, never, Socket.WebSocketConstructor> = Layer
  .effect(
    WebSocketFactoryTag,
    Effect.map(Socket.WebSocketConstructor, (construct) => (url: string) => construct(url))
  )

/**
 * The service for Node.js: {@link layer} with {@link layerWebSocketFactoryNode}. Provide
 * `KalshiConfig` and `Signer`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNode = (
  options: Options = {}
): Layer.Layer<KalshiWebSocket, ConnectionError | MissingCredentials, KalshiConfig | Signer> =>
  layer(options).pipe(Layer.provide(layerWebSocketFactoryNode))

/**
 * The service for Node.js with its signer built from `KalshiConfig`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNodeFromConfig = (
  options: Options = {}
): Layer.Layer<KalshiWebSocket, ConnectionError | MissingCredentials | InvalidKey, KalshiConfig> =>
  layerNode(options).pipe(Layer.provide(SignerLayer))
