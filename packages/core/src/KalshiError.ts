/**
 * The errors of the Kalshi SDK, one class per stage at which a call can fail.
 *
 * Every class is a `Schema.TaggedError`, so errors can be matched with `Effect.catchTag`,
 * serialised and decoded again. None of them ever holds a credential, a signature or a
 * request header: only the operation, the method, the path and what went wrong.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"

/**
 * A unique identifier for the errors of this SDK.
 *
 * @since 0.1.0
 * @category type ids
 */
export const TypeId: unique symbol = Symbol.for("@kalshi-effect/core/KalshiError")

/**
 * @since 0.1.0
 * @category type ids
 */
export type TypeId = typeof TypeId

/**
 * Tells whether a value is one of the SDK's errors.
 *
 * @since 0.1.0
 * @category guards
 */
export const isKalshiError = (u: unknown): u is KalshiError => Predicate.hasProperty(u, TypeId)

/**
 * Where a request was going: enough to find it in logs, never a header or a body.
 *
 * @since 0.1.0
 * @category models
 */
export const RequestInfo = Schema.Struct({
  /** The spec's operationId (e.g. `GetMarkets`), or a caller-chosen name. */
  operation: Schema.String,
  method: Schema.String,
  /** The URL path including `/trade-api/v2`, without the query string. */
  path: Schema.String
})

const where = (self: { readonly operation: string; readonly method: string; readonly path: string }) =>
  `${self.operation} (${self.method} ${self.path})`

/**
 * An input was rejected before anything was sent: a missing or malformed field, a value out of
 * range, two parameters that cannot be combined.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidInput extends Schema.TaggedError<InvalidInput>("@kalshi-effect/core/KalshiError/InvalidInput")(
  "InvalidInput",
  {
    operation: Schema.String,
    /** The wire name of the offending field, or a dotted path into it. */
    field: Schema.String,
    reason: Schema.String
  }
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    return `${this.operation}: invalid ${this.field}: ${this.reason} (nothing was sent)`
  }
}

/**
 * The operation must be signed and no API key is configured. Nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class MissingCredentials
  extends Schema.TaggedError<MissingCredentials>("@kalshi-effect/core/KalshiError/MissingCredentials")(
    "MissingCredentials",
    { operation: Schema.String }
  )
{
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    return `${this.operation} must be signed, but no API key is configured: set KALSHI_API_KEY_ID and ` +
      `KALSHI_PRIVATE_KEY (or KALSHI_PRIVATE_KEY_PATH), or pass apiKeyId and privateKey to KalshiConfig.layer`
  }
}

/**
 * The configured private key cannot be used: it is not PEM, it is encrypted, it is a public key, or
 * it is of a type Kalshi does not accept. Raised when the layer is built; never echoes key material.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidKey extends Schema.TaggedError<InvalidKey>("@kalshi-effect/core/KalshiError/InvalidKey")(
  "InvalidKey",
  {
    reason: Schema.Literal(
      "Missing",
      "Conflicting",
      "Unreadable",
      "Malformed",
      "Encrypted",
      "NotPrivate",
      "UnsupportedType"
    ),
    description: Schema.String
  }
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    return `Invalid Kalshi private key (${this.reason}): ${this.description}`
  }
}

/**
 * The request was never answered: the connection could not be made, or it failed in a way that
 * proves the request did not reach the exchange. Safe to retry.
 *
 * @since 0.1.0
 * @category errors
 */
export class TransportError
  extends Schema.TaggedError<TransportError>("@kalshi-effect/core/KalshiError/TransportError")(
    "TransportError",
    {
      ...RequestInfo.fields,
      reason: Schema.Literal("Transport", "Encode", "InvalidUrl"),
      description: Schema.String
    }
  )
{
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    return `${where(this)}: request failed (${this.reason}): ${this.description}`
  }
}

/**
 * The exchange answered with a status outside 2xx (429 has its own class, {@link RateLimited}).
 * Kalshi's `code`, `message`, `details` and `service` are parsed from every body shape seen on the
 * wire; `body` keeps the raw text when none fits.
 *
 * @since 0.1.0
 * @category errors
 */
export class HttpError extends Schema.TaggedError<HttpError>("@kalshi-effect/core/KalshiError/HttpError")(
  "HttpError",
  {
    ...RequestInfo.fields,
    status: Schema.Number,
    /** Kalshi's error code, e.g. `order_already_exists`, `authentication_error`. */
    code: Schema.optional(Schema.String),
    /** Kalshi's human-readable message. */
    errorMessage: Schema.optional(Schema.String),
    /** Kalshi's details, e.g. `INCORRECT_API_KEY_SIGNATURE`. */
    details: Schema.optional(Schema.String),
    /** The Kalshi service that answered, when given. */
    service: Schema.optional(Schema.String),
    /** The raw body, kept only when it fits none of the known shapes. */
    body: Schema.optional(Schema.String),
    /**
     * The origin (`scheme://host:port`, never a path or query) of a redirect that was not
     * followed, or of the server whose answer was discarded because the HTTP client followed one.
     */
    redirectOrigin: Schema.optional(Schema.String)
  }
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    if (this.redirectOrigin !== undefined) {
      return `${where(this)}: HTTP ${this.status}: redirect to ${this.redirectOrigin} refused ` +
        `(a signed request follows no redirect, an unsigned one only within the API's origin)`
    }
    const parts = [this.code, this.errorMessage, this.details].filter(Predicate.isNotUndefined)
    const text = parts.length > 0 ? parts.join(": ") : this.body !== undefined ? truncate(this.body, 200) : "no body"
    return `${where(this)}: HTTP ${this.status}: ${text}`
  }
  /** The request was refused for authentication (401), e.g. a bad signature or an expired timestamp. */
  get isAuthentication(): boolean {
    return this.status === 401 || this.code === "authentication_error" ||
      this.code === "signature_is_missing_from_headers" || this.code === "header_timestamp_expired"
  }
}

/**
 * The exchange answered 429: the account's token bucket is empty. Reads are retried automatically;
 * this surfaces when retries are exhausted or for writes. Also raised, with `storeUnavailable`, when
 * the rate limiter's shared store (Redis) cannot be reached and its policy is to fail: then nothing
 * was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class RateLimited extends Schema.TaggedError<RateLimited>("@kalshi-effect/core/KalshiError/RateLimited")(
  "RateLimited",
  {
    ...RequestInfo.fields,
    code: Schema.optional(Schema.String),
    errorMessage: Schema.optional(Schema.String),
    /** From a `Retry-After` header, when the exchange sends one (Kalshi usually does not). */
    retryAfterMillis: Schema.optional(Schema.Number),
    /**
     * `true` when the request was not sent because the rate limiter's shared store could not be
     * reached (policy `Fail`); absent when the exchange answered 429.
     */
    storeUnavailable: Schema.optional(Schema.Boolean)
  }
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    if (this.storeUnavailable === true) {
      return `${where(this)}: not sent: the rate limiter's shared store cannot be reached`
    }
    const after = this.retryAfterMillis !== undefined ? `, retry after ${this.retryAfterMillis} ms` : ""
    return `${where(this)}: rate limited (HTTP 429)${
      this.errorMessage !== undefined ? `: ${this.errorMessage}` : ""
    }${after}`
  }
  /** @since 0.1.0 */
  get retryAfter(): Option.Option<Duration.Duration> {
    return this.retryAfterMillis === undefined ? Option.none() : Option.some(Duration.millis(this.retryAfterMillis))
  }
}

/**
 * A response (or a message) did not match its schema. `path` names the field that failed.
 *
 * @since 0.1.0
 * @category errors
 */
export class DecodeError extends Schema.TaggedError<DecodeError>("@kalshi-effect/core/KalshiError/DecodeError")(
  "DecodeError",
  {
    operation: Schema.String,
    /** The path of the first failing field, e.g. `markets.3.yes_bid_dollars`; empty for the root. */
    path: Schema.String,
    description: Schema.String
  }
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    return `${this.operation}: response did not decode at ${
      this.path === "" ? "<root>" : this.path
    }: ${this.description}`
  }
  /**
   * Builds a decode error from a `ParseError`, naming the first failing field.
   *
   * @since 0.1.0
   */
  static fromParseError(operation: string, error: ParseResult.ParseError): DecodeError {
    const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
    const first = issues[0]
    return new DecodeError({
      operation,
      path: first === undefined ? "" : first.path.map(String).join("."),
      description: first === undefined ? error.message : issues.length > 1
        ? `${first.message} (and ${issues.length - 1} more)`
        : first.message
    })
  }
}

/**
 * No answer came within the request timeout. For a read this is retried; a write that timed out
 * becomes {@link OutcomeUnknown}, since it may have been executed.
 *
 * @since 0.1.0
 * @category errors
 */
export class Timeout extends Schema.TaggedError<Timeout>("@kalshi-effect/core/KalshiError/Timeout")(
  "Timeout",
  {
    ...RequestInfo.fields,
    timeoutMillis: Schema.Number
  }
) {
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    return `${where(this)}: no response within ${this.timeoutMillis} ms`
  }
}

/**
 * A write was sent, but its response was lost (connection dropped, timeout): the exchange may or may
 * not have executed it. It is never retried blindly. When the request carried a `client_order_id`,
 * that id is here so the outcome can be resolved by looking the order up.
 *
 * @since 0.1.0
 * @category errors
 */
export class OutcomeUnknown
  extends Schema.TaggedError<OutcomeUnknown>("@kalshi-effect/core/KalshiError/OutcomeUnknown")(
    "OutcomeUnknown",
    {
      ...RequestInfo.fields,
      clientOrderId: Schema.optional(Schema.String),
      description: Schema.String
    }
  )
{
  /** @since 0.1.0 */
  readonly [TypeId]: TypeId = TypeId
  /** @since 0.1.0 */
  override get message(): string {
    const id = this.clientOrderId !== undefined ? ` (client_order_id ${this.clientOrderId})` : ""
    return `${where(this)}: the write was sent but its outcome is unknown${id}: ${this.description}`
  }
}

/**
 * Every error the SDK can raise.
 *
 * @since 0.1.0
 * @category models
 */
export type KalshiError =
  | InvalidInput
  | MissingCredentials
  | InvalidKey
  | TransportError
  | HttpError
  | RateLimited
  | DecodeError
  | Timeout
  | OutcomeUnknown

/**
 * The schema of {@link KalshiError}, to serialise errors and decode them again.
 *
 * @since 0.1.0
 * @category schemas
 */
export const KalshiError: Schema.Union<[
  typeof InvalidInput,
  typeof MissingCredentials,
  typeof InvalidKey,
  typeof TransportError,
  typeof HttpError,
  typeof RateLimited,
  typeof DecodeError,
  typeof Timeout,
  typeof OutcomeUnknown
]> = Schema.Union(
  InvalidInput,
  MissingCredentials,
  InvalidKey,
  TransportError,
  HttpError,
  RateLimited,
  DecodeError,
  Timeout,
  OutcomeUnknown
)

/**
 * The errors a request can raise once it is built: what every REST operation may fail with.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestError =
  | InvalidInput
  | MissingCredentials
  | TransportError
  | HttpError
  | RateLimited
  | DecodeError
  | Timeout
  | OutcomeUnknown

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s)
