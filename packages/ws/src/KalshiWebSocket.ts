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
 * `type`) and control events (one `Data.TaggedEnum` whose cases have a `_tag`, see {@link ControlEvent}):
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
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberSet from "effect/FiberSet"
import * as Layer from "effect/Layer"
import type * as Metric from "effect/Metric"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as PubSub from "effect/PubSub"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { WebSocket as IsoWebSocket } from "isows"
import * as Commands from "./internal/commands.js"
import * as Connection from "./internal/connection.js"
import * as Reconnect from "./internal/reconnect.js"
import * as Router from "./internal/router.js"
import * as Subscribe from "./internal/subscribe.js"
import * as Subscriptions from "./internal/subscriptions.js"
import { ConnectionError } from "./KalshiWebSocketError.js"
import type { CommandError, ServerError, SubscriptionOverflow, UndecodableFrame } from "./KalshiWebSocketError.js"
import type {
  Channel,
  ChannelMessage,
  ChannelParams,
  DataMessage,
  Ok,
  SubscriptionInfo,
  UpdateAction,
  UpdateParams
} from "./Messages.js"

// ---------------------------------------------------------------------------------------------
// control events
// ---------------------------------------------------------------------------------------------

/**
 * Why the order books of a subscription must be discarded (see {@link ControlEvent}).
 *
 * @since 0.1.0
 * @category events
 */
export type ResyncReason = "SequenceGap" | "BufferOverflow" | "UndecodableMessage" | "SubscriptionError" | "Requested"

/**
 * An item of a subscription's stream that is not a channel message, told apart by `_tag`:
 *
 * - `Disconnected`: the connection was lost (`error`); nothing arrives until `Reconnected`. The
 *   next attempt (`attempt`) starts in `retryInMillis`.
 * - `Reconnected`: the connection was replaced and the subscription re-established under a new
 *   `sid`. Messages sent while disconnected were missed; order books get fresh snapshots.
 * - `Resync`: the order books of an `orderbook_delta` subscription (or of `marketTickers`) must be
 *   discarded; fresh snapshots follow.
 * - `SequenceGap`: messages were lost on a sequenced channel other than `orderbook_delta`.
 * - `UndecodableFrame`: a frame of this subscription that fits no schema, with its `raw` text.
 * - `ServerError`: a subscription-scoped server error (`code`, `errorMessage`).
 *
 * Build one with {@link ControlEvent} (`ControlEvent.Reconnected({ sid })`); match with
 * `ControlEvent.$match` or `ControlEvent.$is`.
 *
 * @since 0.1.0
 * @category events
 */
export type ControlEvent = Data.TaggedEnum<{
  Disconnected: { readonly error: ConnectionError; readonly attempt: number; readonly retryInMillis: number }
  Reconnected: { readonly sid: number }
  Resync: {
    readonly reason: ResyncReason
    readonly description: string
    /** The markets whose books must be dropped; absent: every market of the subscription. */
    readonly marketTickers?: ReadonlyArray<string> | undefined
  }
  SequenceGap: {
    readonly channel: string
    readonly sid: number
    readonly expected: number
    readonly received: number
    readonly message: string
  }
  UndecodableFrame: {
    readonly raw: string
    readonly sid?: number | undefined
    readonly description: string
    readonly message: string
  }
  ServerError: {
    readonly code: number
    readonly errorMessage: string
    readonly sid?: number | undefined
    readonly marketTicker?: string | undefined
    readonly marketTickers?: ReadonlyArray<string> | undefined
    readonly message: string
  }
}>

/**
 * The constructors and matchers of {@link ControlEvent}.
 *
 * @since 0.1.0
 * @category events
 */
export const ControlEvent = Data.taggedEnum<ControlEvent>()

/**
 * A `Reconnected` control event.
 *
 * @since 0.1.0
 * @category events
 */
export type Reconnected = Data.TaggedEnum.Value<ControlEvent, "Reconnected">

/**
 * A `Resync` control event.
 *
 * @since 0.1.0
 * @category events
 */
export type Resync = Data.TaggedEnum.Value<ControlEvent, "Resync">

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
    const commandTimeout = Duration.decode(options.commandTimeout ?? "10 seconds")
    const runFork = yield* FiberSet.makeRuntime<never, unknown, unknown>()
    const events = yield* Effect.acquireRelease(PubSub.sliding<ConnectionEvent>(1024), PubSub.shutdown)
    const connection = yield* Connection.make({
      url: config.wsUrl,
      signer,
      factory: yield* WebSocketFactoryTag,
      openTimeout: options.openTimeout ?? "10 seconds",
      silenceTimeout: Duration.decode(options.silenceTimeout ?? "30 seconds")
    })
    const state = {
      connected: false,
      closing: false,
      /** Set once reconnecting stopped: every command and subscription fails with it. */
      stopped: undefined as ConnectionError | undefined
    }
    const connectedLatch = yield* Effect.makeLatch(false)
    const commands = Commands.make({
      send: connection.send,
      timeout: commandTimeout,
      connected: connectedLatch,
      stopped: () => state.stopped
    })
    const isConnected = () => state.connected
    const registry = Subscriptions.make({ commands, isConnected, runFork })
    const report = (event: UndecodableFrame | ServerError) => {
      events.unsafeOffer(event)
      runFork(Effect.logWarning(event.message).pipe(Effect.annotateLogs({ module: "KalshiWebSocket" })))
    }
    const session = yield* Reconnect.supervise({
      connection,
      reconnect: Reconnect.config(options.reconnect),
      retryFirstConnect: options.retryFirstConnect === true,
      closing: () => state.closing,
      route: (onData) => Router.make({ commands, registry, report, onData }),
      onOpen: (attempt) =>
        Effect.zipRight(
          Effect.sync(() => {
            state.connected = true
            registry.onOpen()
            events.unsafeOffer(new Connected({ attempt }))
          }),
          connectedLatch.open
        ),
      onDrop: Effect.zipRight(
        Effect.sync(() => {
          state.connected = false
          commands.failPending()
          registry.onDisconnect()
        }),
        connectedLatch.close
      ),
      onAttempt: ({ attempt, delay, drop }) => {
        const fields = { error: drop.error, attempt, retryInMillis: Duration.toMillis(delay) }
        return Effect.sync(() => {
          events.unsafeOffer(new Disconnected(fields))
          if (drop.opened) {
            // the connection that was open is gone: tell every subscription its data has stopped
            const lost = ControlEvent.Disconnected(fields)
            for (const sub of registry.all()) if (sub.everActive) registry.control(sub, lost)
          }
        })
      },
      onStop: (error) =>
        Effect.zipRight(
          Effect.sync(() => {
            state.stopped = error
            registry.endAll(Exit.fail(error))
          }),
          connectedLatch.open
        )
    })

    yield* Effect.addFinalizer(() =>
      Effect.gen(function*() {
        const sids = registry.all().flatMap((s) => (s.sid !== undefined ? [s.sid] : []))
        if (state.connected && sids.length > 0) {
          yield* Effect.ignore(Effect.timeout(commands.unsubscribe(sids), commandTimeout))
        }
        state.closing = true
        registry.endAll(Exit.void)
        yield* Fiber.interrupt(session.fiber)
      })
    )
    yield* session.firstOpen

    const subscribe = <C extends Channel>(
      channel: C,
      params: ChannelParams[C],
      subscribeOptions?: { readonly buffer?: BufferPolicy | undefined }
    ): Effect.Effect<Subscription<C>, CommandError, Scope.Scope> =>
      Subscribe.subscribe(
        { commands, registry, isConnected, stopped: () => state.stopped },
        channel,
        params,
        subscribeOptions?.buffer ?? options.buffers?.[channel] ?? defaultBufferPolicies[channel]
      )

    return KalshiWebSocket.of({
      subscribe,
      stream: (channel, params, streamOptions) =>
        Stream.unwrapScoped(Effect.map(subscribe(channel, params, streamOptions), (s) => s.stream)),
      listSubscriptions: Subscribe.listSubscriptions(commands),
      events: Effect.map(PubSub.subscribe(events), Stream.fromQueue)
    })
  })

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
