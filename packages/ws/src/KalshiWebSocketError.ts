/**
 * The errors of the WebSocket service, one class per way a connection, a command or a
 * subscription can fail. Like core's `KalshiError`s they are `Schema.TaggedError`s with a
 * `[TypeId]` and a `message`, and none of them holds a credential or a header.
 *
 * @since 0.1.0
 */
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import { errorCodes, terminalErrorCodes } from "./Messages.js"

/**
 * A unique identifier for the errors of the WebSocket service.
 *
 * @since 0.1.0
 * @category type ids
 */
export const TypeId: unique symbol = Symbol.for("@kalshi-effect/ws/KalshiWebSocketError")

/**
 * @since 0.1.0
 * @category type ids
 */
export type TypeId = typeof TypeId

/**
 * Tells whether a value is one of the WebSocket service's errors.
 *
 * @since 0.1.0
 * @category guards
 */
export const isKalshiWebSocketError = (u: unknown): u is KalshiWebSocketError => Predicate.hasProperty(u, TypeId)

/**
 * The connection could not be opened, was refused, dropped, or went silent.
 *
 * - `Unauthorized`: the handshake was answered 401/403 (bad key, bad signature, expired timestamp);
 * - `Rejected`: the handshake was answered with another HTTP status (`status`);
 * - `Open` / `OpenTimeout`: the connection could not be made / did not open in time;
 * - `Closed`: the connection closed (`closeCode`);
 * - `Silent`: no ping and no message for longer than the configured silence timeout;
 * - `Read` / `Write`: a transport error on an open connection;
 * - `Lost`: a command was in flight when the connection dropped (it may or may not have run);
 * - `RetriesExhausted`: reconnecting stopped after `reconnect.maxAttempts` attempts; the service
 *   no longer connects.
 *
 * When the socket reported an underlying error (a refused connection, a name that does not resolve,
 * a TLS failure), its `code` (e.g. `ECONNREFUSED`, `ENOTFOUND`, `ERR_SSL_WRONG_VERSION_NUMBER`) is
 * in `code` and its message in `description`.
 *
 * @since 0.1.0
 * @category errors
 */
export class ConnectionError
  extends Schema.TaggedError<ConnectionError>("@kalshi-effect/ws/KalshiWebSocketError/ConnectionError")(
    "ConnectionError",
    {
      reason: Schema.Literal(
        "Unauthorized",
        "Rejected",
        "Open",
        "OpenTimeout",
        "Closed",
        "Silent",
        "Read",
        "Write",
        "Lost",
        "RetriesExhausted"
      ),
      status: Schema.optional(Schema.Number),
      closeCode: Schema.optional(Schema.Number),
      /** The code of the underlying system or TLS error, e.g. `ECONNREFUSED`, `ENOTFOUND`. */
      code: Schema.optional(Schema.String),
      description: Schema.String
    }
  )
{
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    const status = this.status !== undefined ? ` (HTTP ${this.status})` : ""
    const closeCode = this.closeCode !== undefined ? ` (close code ${this.closeCode})` : ""
    const code = this.code !== undefined ? ` (${this.code})` : ""
    return `Kalshi WebSocket ${this.reason}${status}${closeCode}${code}: ${this.description}`
  }
}

/**
 * The server answered a command with an `error`, or sent a subscription-scoped error. `code` and
 * `errorMessage` are the server's (API section 2.1).
 *
 * @since 0.1.0
 * @category errors
 */
export class ServerError extends Schema.TaggedError<ServerError>("@kalshi-effect/ws/KalshiWebSocketError/ServerError")(
  "ServerError",
  {
    /** The command that failed (`subscribe`, `update_subscription`, ...), absent for an unsolicited error. */
    command: Schema.optional(Schema.String),
    code: Schema.Number,
    errorMessage: Schema.String,
    sid: Schema.optional(Schema.Number),
    marketTicker: Schema.optional(Schema.String),
    marketTickers: Schema.optional(Schema.Array(Schema.String))
  }
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    const what = this.command !== undefined ? `${this.command} failed` : "server error"
    const known = errorCodes[this.code]
    const text = known !== undefined && known !== this.errorMessage
      ? `${this.errorMessage} (${known})`
      : this.errorMessage
    return `Kalshi WebSocket ${what}: code ${this.code}: ${text}`
  }
  /** Codes 10 (channel error) and 25 (buffer overflow) end the subscription on the server. */
  get isTerminal(): boolean {
    return terminalErrorCodes.has(this.code)
  }
}

/**
 * No reply to a command within the command timeout.
 *
 * @since 0.1.0
 * @category errors
 */
export class CommandTimeout
  extends Schema.TaggedError<CommandTimeout>("@kalshi-effect/ws/KalshiWebSocketError/CommandTimeout")(
    "CommandTimeout",
    {
      command: Schema.String,
      id: Schema.Number,
      timeoutMillis: Schema.Number
    }
  )
{
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    return `Kalshi WebSocket ${this.command} (id ${this.id}): no reply within ${this.timeoutMillis} ms`
  }
}

/**
 * A subscription's `seq` skipped: messages were lost between `expected` and `received`. On
 * `orderbook_delta` the book resyncs by itself; on other channels this is reported in the stream.
 *
 * @since 0.1.0
 * @category errors
 */
export class SequenceGap extends Schema.TaggedError<SequenceGap>("@kalshi-effect/ws/KalshiWebSocketError/SequenceGap")(
  "SequenceGap",
  {
    channel: Schema.String,
    sid: Schema.Number,
    expected: Schema.Number,
    received: Schema.Number
  }
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    return `Kalshi WebSocket ${this.channel} (sid ${this.sid}): sequence gap, expected ${this.expected}, received ${this.received}`
  }
}

/**
 * A consumer fell behind: its subscription buffer reached `capacity` on a channel whose policy is
 * not to drop messages. The stream fails with it (policy `"fail"`), or carries it before a resync
 * (policy `"resync"`, order books).
 *
 * @since 0.1.0
 * @category errors
 */
export class SubscriptionOverflow
  extends Schema.TaggedError<SubscriptionOverflow>("@kalshi-effect/ws/KalshiWebSocketError/SubscriptionOverflow")(
    "SubscriptionOverflow",
    {
      channel: Schema.String,
      capacity: Schema.Number
    }
  )
{
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    return `Kalshi WebSocket ${this.channel}: the consumer fell behind by more than ${this.capacity} messages`
  }
}

/**
 * A frame that is not JSON, has an unknown `type`, or does not fit its schema. `raw` is the frame
 * as received; `sid` is set when the frame named a subscription.
 *
 * @since 0.1.0
 * @category errors
 */
export class UndecodableFrame
  extends Schema.TaggedError<UndecodableFrame>("@kalshi-effect/ws/KalshiWebSocketError/UndecodableFrame")(
    "UndecodableFrame",
    {
      raw: Schema.String,
      sid: Schema.optional(Schema.Number),
      description: Schema.String
    }
  )
{
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    const raw = this.raw.length > 200 ? `${this.raw.slice(0, 200)}…` : this.raw
    return `Kalshi WebSocket: undecodable frame${
      this.sid !== undefined ? ` (sid ${this.sid})` : ""
    }: ${this.description}: ${raw}`
  }
}

/**
 * Every error of the WebSocket service.
 *
 * @since 0.1.0
 * @category models
 */
export type KalshiWebSocketError =
  | ConnectionError
  | ServerError
  | CommandTimeout
  | SequenceGap
  | SubscriptionOverflow
  | UndecodableFrame

/**
 * The schema of {@link KalshiWebSocketError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const KalshiWebSocketError: Schema.Union<[
  typeof ConnectionError,
  typeof ServerError,
  typeof CommandTimeout,
  typeof SequenceGap,
  typeof SubscriptionOverflow,
  typeof UndecodableFrame
]> = Schema.Union(ConnectionError, ServerError, CommandTimeout, SequenceGap, SubscriptionOverflow, UndecodableFrame)

/**
 * What a command can fail with.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandError = ServerError | CommandTimeout | ConnectionError
