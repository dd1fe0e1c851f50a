/**
 * The signed HTTP client every Kalshi REST call goes through.
 *
 * One request = one {@link Request} description (operation, method, path, query, body, whether it
 * must be signed). The client resolves it against the configured base URL, checks credentials before
 * sending, waits for rate-limit tokens, signs with a fresh timestamp on every attempt, applies a
 * timeout, retries what is safe to retry, and maps every failure to the `KalshiError` union.
 *
 * Retries: reads (GET) are retried on transport errors, timeouts, 429 and 5xx with jittered
 * exponential backoff and a cap, honouring `Retry-After` when present. Writes are never retried
 * blindly: only when the failure proves the request was not executed (the connection could not be
 * opened, or 429: the exchange refused it). A write whose response is lost — dropped connection,
 * timeout, 500/502/504 — fails with `OutcomeUnknown`, carrying its `client_order_id`.
 *
 * Which errors a request can raise depends only on its kind, and callers may narrow on it:
 * `MissingCredentials` only for `auth: "signed"` requests when no key is configured; `Timeout` only
 * for GET (a write that times out is `OutcomeUnknown`); `OutcomeUnknown` only for writes (every
 * method but GET). Every request may fail with `InvalidInput`, `TransportError`, `HttpError`,
 * `RateLimited` and `DecodeError`.
 *
 * Redirects: Kalshi's API does not redirect API calls, and the signed headers must reach no other
 * server. A request that carries the signature follows no redirect; an unsigned one (a public
 * operation without credentials) follows a redirect within the API's origin only (5 at most). Any
 * other 3xx answer is an `HttpError` whose `redirectOrigin` names the target's origin, never its
 * path or query. `fetch` is told not to follow (`redirect: "manual"`, added to the
 * `FetchHttpClient.RequestInit` in use), `HttpClient.followRedirects` in `transformClient` never
 * sees a 3xx, and an answer that comes from another origin than the request's (an `HttpClient`
 * that followed a redirect by itself) is refused the same way.
 *
 * @since 0.1.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as DefaultServices from "effect/DefaultServices"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberRef from "effect/FiberRef"
import { constVoid, identity } from "effect/Function"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as MetricKey from "effect/MetricKey"
import * as MetricLabel from "effect/MetricLabel"
import * as Option from "effect/Option"
import type * as ParseResult from "effect/ParseResult"
import * as Random from "effect/Random"
import * as Schema from "effect/Schema"
import * as Tracer from "effect/Tracer"
import * as Direct from "./internal/directTransport.js"
import { parseErrorBody } from "./internal/errorBody.js"
import * as NoRedirects from "./internal/noRedirects.js"
import { KalshiConfig } from "./KalshiConfig.js"
import {
  DecodeError,
  HttpError,
  InvalidInput,
  type InvalidKey,
  type MissingCredentials,
  OutcomeUnknown,
  RateLimited,
  type RequestError,
  Timeout,
  TransportError
} from "./KalshiError.js"
import * as KalshiRateLimiter from "./KalshiRateLimiter.js"
import * as Signer from "./Signer.js"

/**
 * A query parameter value. Arrays are sent as repeated parameters (`?a=1&a=2`); join them with `,`
 * beforehand for parameters the spec declares comma-separated. `undefined` values are omitted.
 *
 * @since 0.1.0
 * @category models
 */
export type QueryValue = string | number | boolean | bigint | ReadonlyArray<string> | undefined

/**
 * One request, described independently of the HTTP machinery.
 *
 * @since 0.1.0
 * @category models
 */
export interface Request {
  /** The spec's operationId (e.g. `GetMarkets`): names spans, metrics and errors. */
  readonly operation: string
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** The path below the base URL, path parameters already percent-encoded: `/markets/KXBTC-25`. */
  readonly path: string
  /** The spec's route template (`/markets/{ticker}`), used to look up the rate-limit cost. Defaults to `path`. */
  readonly route?: string | undefined
  readonly query?: Readonly<Record<string, QueryValue>> | undefined
  /** A JSON body. */
  readonly body?: unknown
  /** `"signed"` operations refuse to run without credentials; public ones are signed when a key exists. */
  readonly auth: "signed" | "public"
  /** Rate-limit bucket; by default GET is a read and every other method a write. */
  readonly bucket?: KalshiRateLimiter.Bucket | undefined
  /** Number of items of a batch request, for per-item rate-limit costs. */
  readonly items?: number | undefined
  /**
   * The order's `client_order_id`, reported in `OutcomeUnknown`. Taken from the body's
   * `client_order_id` field when not given.
   */
  readonly clientOrderId?: string | undefined
  /** Overrides the client's timeout for this request. */
  readonly timeout?: Duration.DurationInput | undefined
}

/**
 * A successful (2xx) response with its JSON body (`undefined` for an empty body).
 *
 * @since 0.1.0
 * @category models
 */
export interface Response {
  readonly status: number
  readonly headers: Headers.Headers
  readonly body: unknown
}

/**
 * Retry policy for requests that are safe to retry.
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 switches retries off. Default 4. */
  readonly times?: number | undefined
  /** First backoff delay. Default 250 ms. */
  readonly base?: Duration.DurationInput | undefined
  /** Growth factor per retry. Default 2. */
  readonly factor?: number | undefined
  /** Longest delay between attempts (also caps `Retry-After`). Default 10 s. */
  readonly cap?: Duration.DurationInput | undefined
  /** Randomise each delay by ±20% so that many clients do not retry in step. Default true. */
  readonly jitter?: boolean | undefined
}

/**
 * Options of the client.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Per-request timeout (send and read the whole response). Default 10 s. */
  readonly timeout?: Duration.DurationInput | undefined
  readonly retry?: RetryPolicy | undefined
  /** Transforms the underlying platform `HttpClient` (logging, proxies, extra headers). */
  readonly transformClient?: ((client: HttpClient.HttpClient) => HttpClient.HttpClient) | undefined
  /**
   * Also trace every HTTP attempt as a child of the operation's span, with `@effect/platform`'s
   * attributes (full URL, status, request and response headers, the signed ones redacted). Default
   * `false`: the operation's span (`Kalshi.<operationId>`) carries the method, path, server, last
   * status code and number of attempts, and the per-attempt spans, which cost 5 to 10% of a
   * 100-market page request in the benchmark, are not made.
   */
  readonly httpSpans?: boolean | undefined
}

/**
 * The client.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** Sends a request and returns the decoded JSON of a 2xx answer. */
  readonly execute: (request: Request) => Effect.Effect<Response, RequestError>
  /**
   * Sends a request and decodes a 2xx answer with `schema`; a mismatch is a `DecodeError`. `decode`,
   * when given, is used in place of `Schema.decodeUnknownEither(schema)` and must give what it gives
   * (a faster decoder of the same schema, such as the REST package's generated ones).
   */
  readonly executeSchema: <A, I>(
    request: Request,
    schema: Schema.Schema<A, I, never>,
    decode?: ((input: unknown) => Either.Either<A, ParseResult.ParseError>) | undefined
  ) => Effect.Effect<A, RequestError>
  /** The rate limiter, to read or replace the limits and costs. */
  readonly rateLimiter: KalshiRateLimiter.Service
  /** The signer (also used by the WebSocket handshake). */
  readonly signer: Signer.Service
  /** The configuration in use. */
  readonly config: KalshiConfig["Type"]
}

/**
 * The signed HTTP client service.
 *
 * @since 0.1.0
 * @category tags
 */
export class KalshiHttpClient
  extends Context.Tag("@kalshi-effect/core/KalshiHttpClient")<KalshiHttpClient, Service>()
{}

const requestsTotalKey = MetricKey.counter("kalshi_http_requests_total", {
  description: "Kalshi REST requests sent, by operation and outcome",
  incremental: true
})

const retriesTotalKey = MetricKey.counter("kalshi_http_retries_total", {
  description: "Kalshi REST requests retried, by operation and reason",
  incremental: true
})

/**
 * Requests sent, tagged by `operation` and `status` (the HTTP status, or `transport` / `timeout`).
 *
 * @since 0.1.0
 * @category metrics
 */
export const requestsTotal = Metric.fromMetricKey(requestsTotalKey)

/**
 * Retries, tagged by `operation` and `reason`.
 *
 * @since 0.1.0
 * @category metrics
 */
export const retriesTotal = Metric.fromMetricKey(retriesTotalKey)

/**
 * The header names redacted in logs, spans and errors: the three `KALSHI-ACCESS-*` headers.
 *
 * @since 0.1.0
 * @category constants
 */
export const redactedHeaderNames: ReadonlyArray<string> = [
  Signer.headerNames.key.toLowerCase(),
  Signer.headerNames.timestamp.toLowerCase(),
  Signer.headerNames.signature.toLowerCase()
]

/** The names with the `KALSHI-ACCESS-*` ones added, made once per list of names. */
const withRedactedNames = new WeakMap<ReadonlyArray<string | RegExp>, ReadonlyArray<string | RegExp>>()
const addRedactedNames = (names: ReadonlyArray<string | RegExp>): ReadonlyArray<string | RegExp> => {
  let added = withRedactedNames.get(names)
  if (added === undefined) {
    added = redactedHeaderNames.every((n) => names.includes(n))
      ? names
      : [...names, ...redactedHeaderNames.filter((n) => !names.includes(n))]
    withRedactedNames.set(names, added)
  }
  return added
}

/**
 * A layer that adds the `KALSHI-ACCESS-*` headers to `Headers.currentRedactedNames` for the
 * program it is provided to. Included in {@link layer}.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerRedactHeaders: Layer.Layer<never> = Layer.fiberRefLocallyScopedWith(
  Headers.currentRedactedNames,
  addRedactedNames
)

/** Errors of node:net / undici / fetch that happen before a request is on the wire. */
const preSendCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "EAI_FAIL",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_INVALID_URL",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"
])

const causeChain = (u: unknown): Array<unknown> => {
  const out: Array<unknown> = []
  let current: unknown = u
  while (current !== undefined && current !== null && out.length < 8) {
    out.push(current)
    current = typeof current === "object" && "cause" in current ? current.cause : undefined
  }
  return out
}

const describeCause = (u: unknown): string => {
  const parts: Array<string> = []
  for (const c of causeChain(u)) {
    if (typeof c === "object" && c !== null) {
      const code = "code" in c && typeof c.code === "string" ? c.code : undefined
      const message = "message" in c && typeof c.message === "string" ? c.message : undefined
      const text = [code, message].filter((s) => s !== undefined && s !== "").join(" ")
      if (text !== "") parts.push(text)
    } else if (typeof c === "string") {
      parts.push(c)
    }
  }
  return parts.length > 0 ? parts.join(": ") : "unknown transport error"
}

/** True when the cause of a transport failure proves the request never reached the server. */
const causeFailedBeforeSending = (cause: unknown): boolean => {
  for (const c of causeChain(cause)) {
    if (typeof c === "object" && c !== null) {
      if ("code" in c && typeof c.code === "string" && preSendCodes.has(c.code)) return true
      if ("message" in c && c.message === "bad port") return true
    }
  }
  return false
}

/** True when the error proves the request never reached the server. */
const failedBeforeSending = (error: HttpClientError.RequestError): boolean =>
  error.reason === "Encode" || error.reason === "InvalidUrl" || causeFailedBeforeSending(error.cause)

const parseRetryAfter = (value: string | undefined, now: number): number | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** What one attempt produced, before the retry decision. */
type AttemptError =
  | MissingCredentials
  | TransportError
  | HttpError
  | RateLimited
  | Timeout
  | OutcomeUnknown
  | DecodeError

const clientOrderIdOf = (body: unknown): string | undefined =>
  typeof body === "object" && body !== null && "client_order_id" in body && typeof body.client_order_id === "string"
    ? body.client_order_id
    : undefined

/** One interpreter per schema, built on first use. */
const decoders = new WeakMap<object, (input: unknown) => Either.Either<unknown, ParseResult.ParseError>>()
const decoderOf = <A, I>(schema: Schema.Schema<A, I, never>) => {
  let decoder = decoders.get(schema)
  if (decoder === undefined) {
    decoder = Schema.decodeUnknownEither(schema)
    decoders.set(schema, decoder)
  }
  return decoder as (input: unknown) => Either.Either<A, ParseResult.ParseError>
}

const isRead = (request: Request) => request.method === "GET"

/**
 * A counter with its tags in its key, made once per operation and tag value. (A counter made with
 * `Metric.tagged` builds a new key, and hashes it, on every update; this one is found in the
 * registry once. Both name the same counter: `Metric.value(Metric.tagged(Metric.tagged(metric,
 * "operation", op), tag, value))` reads it.)
 */
const taggedCounters = (key: MetricKey.MetricKey.Counter<number>, tag: string) => {
  const cache = new Map<string, Map<string, Metric.Metric.Counter<number>>>()
  return (operation: string, value: string): Metric.Metric.Counter<number> => {
    let byValue = cache.get(operation)
    if (byValue === undefined) {
      byValue = new Map()
      cache.set(operation, byValue)
    }
    let counter = byValue.get(value)
    if (counter === undefined) {
      counter = Metric.fromMetricKey(
        MetricKey.taggedWithLabels(key, [MetricLabel.make("operation", operation), MetricLabel.make(tag, value)])
      )
      byValue.set(value, counter)
    }
    return counter
  }
}
const requestCounter = taggedCounters(requestsTotalKey, "status")
const retryCounter = taggedCounters(retriesTotalKey, "reason")

/** A clock whose timers are real ones (the live clock): it hands out its scheduler. */
const hasScheduler = (
  clock: Clock.Clock
): clock is Clock.Clock & { readonly scheduler: () => Effect.Effect<Clock.ClockScheduler> } =>
  "scheduler" in clock && typeof clock.scheduler === "function"

/**
 * `Effect.timeoutOption` (`None` when the time runs out, the effect interrupted) at a lower cost:
 * over a clock with real timers, one child fiber and a timer of the clock's scheduler, instead of
 * two fibers racing; over any other clock (`TestClock`), `Effect.timeoutOption` itself.
 */
const timeoutOption = <A, E>(effect: Effect.Effect<A, E>, timeout: Duration.Duration) =>
  Effect.clockWith((clock): Effect.Effect<Option.Option<A>, E> => {
    if (!hasScheduler(clock)) return Effect.timeoutOption(effect, timeout)
    return Effect.flatMap(
      clock.scheduler(),
      (scheduler) =>
        Effect.flatMap(Effect.fork(effect), (fiber) =>
          Effect.async<Option.Option<A>, E>((resume) => {
            let settled = false
            const cancel = scheduler.unsafeSchedule(() => {
              if (settled) return
              settled = true
              resume(Effect.as(Fiber.interrupt(fiber), Option.none()))
            }, timeout)
            fiber.addObserver((exit) => {
              if (settled) return
              settled = true
              cancel()
              resume(Exit.isSuccess(exit) ? Effect.succeed(Option.some(exit.value)) : Effect.failCause(exit.cause))
            })
            return Effect.suspend(() => {
              settled = true
              cancel()
              return Fiber.interrupt(fiber)
            })
          }))
    )
  })

/** How many same-origin redirects an unsigned request follows. */
const maxRedirects = 5

/**
 * Why a response is not an answer: a 3xx (`followed` false, `target` its location when there is a
 * valid one), or a response from another origin than the request's (`followed` true).
 */
class Redirect {
  constructor(
    readonly status: number,
    readonly target: URL | undefined,
    readonly followed: boolean
  ) {}
}

const parseUrl = (url: string, base?: string): URL | undefined => {
  try {
    return new URL(url, base)
  } catch {
    return undefined
  }
}

/** The platform error of a response that is not an answer; its body is read and dropped first. */
const notAnAnswer = (
  request: HttpClientRequest.HttpClientRequest,
  response: HttpClientResponse.HttpClientResponse,
  target: URL | undefined,
  followed: boolean
) =>
  Effect.zipRight(
    Effect.ignore(response.text),
    Effect.fail(
      new HttpClientError.ResponseError({
        request,
        response,
        reason: "StatusCode",
        cause: new Redirect(response.status, target, followed),
        description: "a redirect is not an answer"
      })
    )
  )

/**
 * Wraps the platform client so that no redirect is followed below the SDK: `fetch` gets
 * `redirect: "manual"` (merged into the `RequestInit` of the request's context, or else of the
 * context the client was built in), and a 3xx, or a response whose request is for another origin,
 * fails with a {@link Redirect}.
 */
const refuseRedirects = (
  client: HttpClient.HttpClient,
  initOfMake: Option.Option<globalThis.RequestInit>
): HttpClient.HttpClient => {
  const manual = (init: globalThis.RequestInit): globalThis.RequestInit =>
    init.redirect === "manual" ? init : { ...init, redirect: "manual" }
  const defaultInit = manual(Option.getOrElse(initOfMake, () => ({})))
  const withManualRedirect = (context: Context.Context<never>): Context.Context<never> => {
    const own = Context.getOption(context, FetchHttpClient.RequestInit)
    return Context.add(context, FetchHttpClient.RequestInit, own._tag === "None" ? defaultInit : manual(own.value))
  }
  // undici's request follows no redirect: no RequestInit to set for it
  const tellFetch = !NoRedirects.followsNone(client)
  return HttpClient.transform(
    client,
    (effect, request) =>
      Effect.flatMap(tellFetch ? Effect.mapInputContext(effect, withManualRedirect) : effect, (response) => {
        const status = response.status
        if (status >= 300 && status < 400) {
          const location = response.headers["location"]
          return notAnAnswer(
            request,
            response,
            location === undefined ? undefined : parseUrl(location, request.url),
            false
          )
        }
        if (response.request !== request) {
          const answered = parseUrl(response.request.url)
          if (answered === undefined || answered.origin !== parseUrl(request.url)?.origin) {
            return notAnAnswer(request, response, answered, true)
          }
        }
        return Effect.succeed(response)
      })
  )
}

const isRedirect = (
  error: HttpClientError.HttpClientError
): error is HttpClientError.ResponseError & { readonly cause: Redirect } =>
  error._tag === "ResponseError" && error.cause instanceof Redirect

/** A successful response with its body still as text (its headers made on demand). */
interface TextResponse {
  readonly status: number
  readonly headers: () => Headers.Headers
  readonly text: string
}

/** Why an attempt failed, and whether it failed before anything was sent. */
interface AttemptFailure {
  readonly error: AttemptError
  readonly preSend: boolean
}

/** A request made ready once: what each of its attempts sends. */
interface Prepared {
  readonly request: Request
  readonly info: { readonly operation: string; readonly method: Request["method"]; readonly path: string }
  readonly orderId: { readonly clientOrderId?: string }
  /** The path below the origin and the query string, as they go on the wire. */
  readonly target: string
  /** The JSON body. */
  readonly body: string | undefined
  readonly timeout: Duration.Duration
  readonly cost: KalshiRateLimiter.RequestCost
}

/** What a request runs with: its span, the fiber's clock and metric labels, the live clock's scheduler. */
interface Run {
  /** None when no tracer would see it (Effect's own tracer, or tracing switched off), on the direct way. */
  readonly span: Tracer.Span | undefined
  readonly clock: Clock.Clock
  readonly labels: ReadonlyArray<MetricLabel.MetricLabel>
  /** None over a clock without real timers (`TestClock`): the timeout is then `Effect.timeoutOption`. */
  readonly scheduler: Clock.ClockScheduler | undefined
  /** The fiber's context, for a direct way that reads services per request (`fetch`'s `RequestInit`). */
  readonly context: Context.Context<never>
}

/** What a direct attempt ended with. */
type Sent =
  | Direct.Outcome
  | { readonly _tag: "Redirect"; readonly status: number; readonly target: URL | undefined }
  | { readonly _tag: "TimedOut" }

const timedOutSent: Sent = { _tag: "TimedOut" }

/** Effect's own tracer, which exports nothing. */
const nativeTracer = Context.get(DefaultServices.liveServices, Tracer.Tracer)

const [keyHeader, timestampHeader, signatureHeader] = [
  Signer.headerNames.key.toLowerCase(),
  Signer.headerNames.timestamp.toLowerCase(),
  Signer.headerNames.signature.toLowerCase()
]

/** The scheduler of each live clock, learnt once. */
const schedulers = new WeakMap<Clock.Clock, Clock.ClockScheduler>()

/** `f` with the clock's scheduler when it has real timers, or none (`TestClock`). */
const withLiveScheduler = <A, E>(
  clock: Clock.Clock,
  f: (scheduler: Clock.ClockScheduler | undefined) => Effect.Effect<A, E>
): Effect.Effect<A, E> => {
  if (!hasScheduler(clock)) return f(undefined)
  const known = schedulers.get(clock)
  if (known !== undefined) return f(known)
  return Effect.flatMap(clock.scheduler(), (scheduler) => {
    schedulers.set(clock, scheduler)
    return f(scheduler)
  })
}

/** `effect` with the `KALSHI-ACCESS-*` headers redacted, unless they already are (the layer's). */
const redacting = <A, E>(
  effect: Effect.Effect<A, E>,
  names: ReadonlyArray<string | RegExp>
): Effect.Effect<A, E> =>
  addRedactedNames(names) === names
    ? effect
    : Effect.locallyWith(effect, Headers.currentRedactedNames, addRedactedNames)

/** The JSON body of a successful response (`undefined` when empty), or the `DecodeError` of a body that is not JSON. */
const parseBody = (operation: string, response: TextResponse): Either.Either<unknown, DecodeError> => {
  if (response.text.trim() === "") return Either.right(undefined)
  try {
    return Either.right(JSON.parse(response.text))
  } catch {
    return Either.left(
      new DecodeError({
        operation,
        path: "",
        description: `HTTP ${response.status} with a body that is not JSON`
      })
    )
  }
}

const retryReason = (request: Request, error: AttemptError, preSend: boolean): string | undefined => {
  switch (error._tag) {
    case "RateLimited":
      // The exchange refused the request: nothing was executed, so even a write may go again.
      return "rate_limited"
    case "TransportError":
      return isRead(request) || preSend ? "transport" : undefined
    case "Timeout":
      return isRead(request) ? "timeout" : undefined
    case "HttpError":
      return isRead(request) && error.status >= 500 ? `status_${error.status}` : undefined
    default:
      return undefined
  }
}

/**
 * Builds the client from its dependencies.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: Options = {}
): Effect.Effect<
  Service,
  never,
  KalshiConfig | Signer.Signer | KalshiRateLimiter.KalshiRateLimiter | HttpClient.HttpClient
> =>
  Effect.gen(function*() {
    const config = yield* KalshiConfig
    const signer = yield* Signer.Signer
    const rateLimiter = yield* KalshiRateLimiter.KalshiRateLimiter
    const platformClient = yield* HttpClient.HttpClient
    const httpSpans = options.httpSpans === true
    // The platform client's direct way to the wire, when nothing is to wrap it.
    const direct = options.transformClient === undefined && !httpSpans ? Direct.get(platformClient) : undefined
    const httpClient = (options.transformClient ?? identity)(
      refuseRedirects(platformClient, yield* Effect.serviceOption(FetchHttpClient.RequestInit)).pipe(
        // one FiberRef set per request: without spans, trace propagation has nothing to propagate
        httpSpans
          ? HttpClient.withTracerPropagation(false)
          : HttpClient.withTracerDisabledWhen(() => true)
      )
    )
    const base = new URL(config.restUrl)
    const basePath = base.pathname.replace(/\/+$/, "")
    const origin = base.origin
    const defaultTimeout = Duration.decode(options.timeout ?? Duration.seconds(10))
    const retryTimes = Math.max(0, Math.floor(options.retry?.times ?? 4))
    const retryBase = Duration.toMillis(options.retry?.base ?? Duration.millis(250))
    const retryFactor = options.retry?.factor ?? 2
    const retryCap = Duration.toMillis(options.retry?.cap ?? Duration.seconds(10))
    const jitter = options.retry?.jitter ?? true
    const hasCredentials = Option.isSome(config.credentials)

    /**
     * Paths already found valid (most calls repeat a path): checked once, not on every call. Kept
     * small and emptied when full: paths that name an order (amend, cancel) are new on almost every
     * call, and a large set of them is memory held for nothing.
     */
    const validPaths = new Set<string>()
    const checkPath = (request: Request): InvalidInput | undefined => {
      if (validPaths.has(request.path)) return undefined
      if (!request.path.startsWith("/")) {
        return new InvalidInput({ operation: request.operation, field: "path", reason: "must start with '/'" })
      }
      if (/[?#]/.test(request.path)) {
        return new InvalidInput({
          operation: request.operation,
          field: "path",
          reason: "must not contain '?' or '#': pass query parameters in `query` and percent-encode path parameters"
        })
      }
      if (request.path.split("/").some((segment) => segment === "." || segment === "..")) {
        return new InvalidInput({
          operation: request.operation,
          field: "path",
          reason: "must not contain '.' or '..' segments"
        })
      }
      // What is signed must be exactly what goes on the wire: the URL parser must leave the path as is
      // (no unencoded characters, backslashes or encoded dot segments that it would rewrite).
      let parsed: string
      try {
        parsed = new URL(origin + basePath + request.path).pathname
      } catch {
        parsed = ""
      }
      if (parsed !== basePath + request.path) {
        return new InvalidInput({
          operation: request.operation,
          field: "path",
          reason: "must be percent-encoded and normalised (encode path parameters with encodeURIComponent)"
        })
      }
      if (validPaths.size >= 256) validPaths.clear()
      validPaths.add(request.path)
      return undefined
    }

    /** What every attempt of a request sends, made once (the path is checked first). */
    const prepare = (request: Request, fullPath: string): Prepared | TransportError => {
      let search = ""
      if (request.query !== undefined) {
        const params = new URLSearchParams()
        for (const key in request.query) {
          const value = request.query[key]
          if (value === undefined) continue
          if (Array.isArray(value)) {
            for (const v of value as ReadonlyArray<string>) params.append(key, v)
          } else {
            params.append(key, String(value))
          }
        }
        search = params.toString()
      }
      const info = { operation: request.operation, method: request.method, path: fullPath }
      let body: string | undefined
      if (request.body !== undefined) {
        try {
          body = JSON.stringify(request.body)
        } catch {
          body = undefined
        }
        if (body === undefined) {
          return new TransportError({ ...info, reason: "Encode", description: "the body is not JSON-serialisable" })
        }
      }
      const clientOrderId = request.clientOrderId ?? clientOrderIdOf(request.body)
      return {
        request,
        info,
        orderId: clientOrderId !== undefined ? { clientOrderId } : {},
        target: search === "" ? fullPath : `${fullPath}?${search}`,
        body,
        timeout: request.timeout !== undefined ? Duration.decode(request.timeout) : defaultTimeout,
        cost: {
          operation: request.operation,
          method: request.method,
          route: request.route ?? request.path,
          bucket: request.bucket,
          items: request.items,
          path: fullPath
        }
      }
    }

    const signHeaders = (p: Prepared): Effect.Effect<Signer.SignedHeaders | undefined, AttemptFailure> =>
      hasCredentials
        ? Effect.mapError(
          signer.sign(p.info.method, p.info.path, p.info.operation),
          (error): AttemptFailure => ({ error, preSend: true })
        )
        : Effect.succeed(undefined)

    /** What an answer means for the caller: the response, or why this attempt failed. Counted. */
    const judge = (
      p: Prepared,
      run: Run,
      status: number,
      headers: () => Headers.Headers,
      text: string | undefined,
      now: number
    ): Effect.Effect<TextResponse, AttemptFailure> => {
      run.span?.attribute("http.response.status_code", status)
      requestCounter(p.info.operation, String(status)).unsafeUpdate(1, run.labels)
      const read = isRead(p.request)
      if (status >= 200 && status < 300) {
        if (text === undefined) {
          return Effect.fail({
            error: read
              ? new TransportError({ ...p.info, reason: "Transport", description: "the response body was cut off" })
              : new OutcomeUnknown({
                ...p.info,
                ...p.orderId,
                description: `HTTP ${status} but the response body was cut off`
              }),
            preSend: false
          })
        }
        return Effect.succeed({ status, headers, text })
      }
      const fields = parseErrorBody(text ?? "")
      if (status === 429) {
        const retryAfterMillis = parseRetryAfter(headers()["retry-after"], now)
        return Effect.fail({
          error: new RateLimited({
            ...p.info,
            ...(fields.code !== undefined ? { code: fields.code } : {}),
            ...(fields.errorMessage !== undefined ? { errorMessage: fields.errorMessage } : {}),
            ...(retryAfterMillis !== undefined ? { retryAfterMillis } : {})
          }),
          preSend: false
        })
      }
      if (!read && (status === 500 || status === 502 || status === 504)) {
        return Effect.fail({
          error: new OutcomeUnknown({
            ...p.info,
            ...p.orderId,
            description: `HTTP ${status}${fields.errorMessage !== undefined ? ` (${fields.errorMessage})` : ""}: ` +
              `the exchange may have executed the request`
          }),
          preSend: false
        })
      }
      return Effect.fail({ error: new HttpError({ ...p.info, status, ...fields }), preSend: false })
    }

    /** A 3xx that is not followed: an `HttpError` naming the target's origin only. */
    const refusedRedirect = (p: Prepared, run: Run, status: number, target: URL | undefined): AttemptFailure => {
      requestCounter(p.info.operation, String(status)).unsafeUpdate(1, run.labels)
      return {
        error: new HttpError({ ...p.info, status, ...(target !== undefined ? { redirectOrigin: target.origin } : {}) }),
        preSend: false
      }
    }

    /** No answer: the connection failed, before the request was sent (`preSend`) or after. */
    const noAnswer = (
      p: Prepared,
      run: Run,
      reason: TransportError["reason"],
      cause: unknown,
      preSend: boolean
    ): AttemptFailure => {
      requestCounter(p.info.operation, "transport").unsafeUpdate(1, run.labels)
      if (!isRead(p.request) && !preSend) {
        return {
          error: new OutcomeUnknown({
            ...p.info,
            ...p.orderId,
            description: `the connection failed after the request was sent: ${describeCause(cause)}`
          }),
          preSend
        }
      }
      return { error: new TransportError({ ...p.info, reason, description: describeCause(cause) }), preSend }
    }

    const timedOut = (p: Prepared, run: Run): AttemptFailure => {
      requestCounter(p.info.operation, "timeout").unsafeUpdate(1, run.labels)
      const ms = Duration.toMillis(p.timeout)
      return {
        error: isRead(p.request)
          ? new Timeout({ ...p.info, timeoutMillis: ms })
          : new OutcomeUnknown({ ...p.info, ...p.orderId, description: `no response within ${ms} ms` }),
        preSend: false
      }
    }

    // ---- the direct way: the platform client's own sender, one callback per attempt ----

    /**
     * Sends one attempt through the direct way, following same-origin redirects when `follow`; with
     * a timer of `scheduler` (the live clock's) when given, which aborts the request at `timeout`.
     */
    const sendDirect = (
      send: Direct.Send,
      p: Prepared,
      headers: Record<string, string>,
      follow: boolean,
      scheduler: Clock.ClockScheduler | undefined,
      context: Context.Context<never>
    ) =>
      Effect.async<Sent>((resume) => {
        let settled = false
        let abort: () => void = constVoid
        let cancelTimer: (() => boolean) | undefined
        let hops = 0
        const finish = (sent: Sent) => {
          if (settled) return
          settled = true
          if (cancelTimer !== undefined) cancelTimer()
          resume(Effect.succeed(sent))
        }
        const go = (path: string) => {
          abort = send({ method: p.info.method, origin, path, headers, body: p.body }, (outcome) => {
            if (settled) return
            if (outcome._tag === "Answer" && outcome.status >= 300 && outcome.status < 400) {
              const location = outcome.headers()["location"]
              const target = location === undefined ? undefined : parseUrl(location, origin + path)
              if (follow && hops < maxRedirects && target !== undefined && target.origin === origin) {
                hops++
                go(target.pathname + target.search)
                return
              }
              return finish({ _tag: "Redirect", status: outcome.status, target })
            }
            finish(outcome)
          }, context)
        }
        go(p.target)
        if (!settled && scheduler !== undefined) {
          cancelTimer = scheduler.unsafeSchedule(() => {
            if (settled) return
            settled = true
            abort()
            resume(Effect.succeed(timedOutSent))
          }, p.timeout)
        }
        return Effect.sync(() => {
          if (settled) return
          settled = true
          if (cancelTimer !== undefined) cancelTimer()
          abort()
        })
      })

    const attemptDirect = (send: Direct.Send, p: Prepared, run: Run, attemptNumber: number) =>
      Effect.flatMap(signHeaders(p), (signed): Effect.Effect<TextResponse, AttemptFailure> => {
        run.span?.attribute("kalshi.attempts", attemptNumber + 1)
        const headers: Record<string, string> = p.body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" }
        if (signed !== undefined) {
          const values = signed.toRecord()
          headers[keyHeader] = values[Signer.headerNames.key]!
          headers[timestampHeader] = values[Signer.headerNames.timestamp]!
          headers[signatureHeader] = values[Signer.headerNames.signature]!
        }
        const now = run.clock.unsafeCurrentTimeMillis()
        const follow = !hasCredentials && isRead(p.request)
        const sent = run.scheduler !== undefined
          ? sendDirect(send, p, headers, follow, run.scheduler, run.context)
          : Effect.map(
            Effect.timeoutOption(sendDirect(send, p, headers, follow, undefined, run.context), p.timeout),
            Option.getOrElse((): Sent => timedOutSent)
          )
        return Effect.flatMap(sent, (outcome): Effect.Effect<TextResponse, AttemptFailure> => {
          switch (outcome._tag) {
            case "Answer":
              return judge(
                p,
                run,
                outcome.status,
                () => Headers.unsafeFromRecord(outcome.headers()),
                outcome.text,
                now
              )
            case "Redirect":
              return Effect.fail(refusedRedirect(p, run, outcome.status, outcome.target))
            case "Failed":
              return Effect.fail(noAnswer(p, run, "Transport", outcome.cause, causeFailedBeforeSending(outcome.cause)))
            case "TimedOut":
              return Effect.fail(timedOut(p, run))
          }
        })
      })

    // ---- the platform way: every other HttpClient, wrapped by `refuseRedirects` and `transformClient` ----

    const readBody = (response: HttpClientResponse.HttpClientResponse) =>
      response.text.pipe(Effect.map(Option.some), Effect.orElseSucceed(() => Option.none<string>()))

    /** Sends an unsigned GET, following redirects within the API's origin. */
    const sendFollowing = (
      req: HttpClientRequest.HttpClientRequest,
      hops: number
    ): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError> =>
      Effect.catchIf(
        httpClient.execute(req),
        (error) => {
          if (hops >= maxRedirects || !isRedirect(error)) return false
          const target = error.cause.target
          return !error.cause.followed && target !== undefined && target.origin === origin
        },
        (error) =>
          isRedirect(error) && error.cause.target !== undefined
            ? sendFollowing(HttpClientRequest.setUrl(req, error.cause.target), hops + 1)
            : Effect.fail(error)
      )

    /** The platform request of a prepared one. */
    const platformRequests = new WeakMap<Prepared, HttpClientRequest.HttpClientRequest>()
    const platformRequest = (p: Prepared) => {
      let req = platformRequests.get(p)
      if (req === undefined) {
        req = HttpClientRequest.make(p.info.method)(origin + p.target, { acceptJson: true })
        if (p.body !== undefined) req = HttpClientRequest.bodyText(req, p.body, "application/json")
        platformRequests.set(p, req)
      }
      return req
    }

    const attemptPlatform = (p: Prepared, run: Run, attemptNumber: number) =>
      Effect.flatMap(signHeaders(p), (signed): Effect.Effect<TextResponse, AttemptFailure> => {
        run.span?.attribute("kalshi.attempts", attemptNumber + 1)
        const req = platformRequest(p)
        const signedReq = signed !== undefined ? HttpClientRequest.setHeaders(req, signed.toRecord()) : req
        const now = run.clock.unsafeCurrentTimeMillis()
        return (hasCredentials || !isRead(p.request) ? httpClient.execute(signedReq) : sendFollowing(signedReq, 0))
          .pipe(
            Effect.flatMap((response) => Effect.map(readBody(response), (text) => ({ response, text }))),
            (effect) => timeoutOption(effect, p.timeout),
            Effect.matchEffect({
              onFailure: (error): Effect.Effect<TextResponse, AttemptFailure> => {
                if (isRedirect(error)) {
                  return Effect.fail(refusedRedirect(p, run, error.cause.status, error.cause.target))
                }
                const requestError = error._tag === "RequestError"
                return Effect.fail(
                  noAnswer(
                    p,
                    run,
                    requestError ? error.reason : "Transport",
                    error.cause,
                    requestError && failedBeforeSending(error)
                  )
                )
              },
              onSuccess: (outcome) => {
                if (Option.isNone(outcome)) return Effect.fail(timedOut(p, run))
                const { response, text } = outcome.value
                return judge(p, run, response.status, () => response.headers, Option.getOrUndefined(text), now)
              }
            })
          )
      })

    // ---- retries ----

    const backoff = (attemptNumber: number, error: AttemptError): Effect.Effect<number> => {
      if (error._tag === "RateLimited" && error.retryAfterMillis !== undefined) {
        return Effect.succeed(Math.min(retryCap, error.retryAfterMillis))
      }
      const raw = Math.min(retryCap, retryBase * Math.pow(retryFactor, attemptNumber))
      if (!jitter) return Effect.succeed(raw)
      return Effect.map(Random.nextRange(0.8, 1.2), (f) => Math.min(retryCap, Math.round(raw * f)))
    }

    /** Attempts until one succeeds or a failure may not (or no longer) be retried; tokens are taken for each. */
    const withRetries = (
      p: Prepared,
      run: Run,
      attempt: (attemptNumber: number) => Effect.Effect<TextResponse, AttemptFailure>
    ) => {
      const loop = (attemptNumber: number): Effect.Effect<TextResponse, RequestError> =>
        Effect.flatMap(rateLimiter.acquire(p.cost), () =>
          Effect.catchAll(attempt(attemptNumber), ({ error, preSend }) => {
            const reason = retryReason(p.request, error, preSend)
            if (reason === undefined || attemptNumber >= retryTimes) {
              return Effect.fail(error)
            }
            return Effect.flatMap(backoff(attemptNumber, error), (delay) => {
              retryCounter(p.info.operation, reason).unsafeUpdate(1, run.labels)
              const log = Effect.logDebug(`retrying ${p.info.operation} in ${delay} ms (${reason})`)
              return (run.span === undefined ? log : Effect.withParentSpan(log, run.span)).pipe(
                Effect.zipRight(Effect.sleep(Duration.millis(delay))),
                Effect.zipRight(Effect.suspend(() =>
                  loop(attemptNumber + 1)
                ))
              )
            })
          }))
      return loop(0)
    }

    // ---- one request ----

    const send = (request: Request, span: Tracer.Span | undefined) =>
      Effect.withFiberRuntime<TextResponse, RequestError>((fiber) => {
        const invalid = checkPath(request)
        if (invalid !== undefined) return Effect.fail(invalid)
        const fullPath = basePath + request.path
        const go = (): Effect.Effect<TextResponse, RequestError> => {
          const p = prepare(request, fullPath)
          if (p instanceof TransportError) return Effect.fail(p)
          const clock = Context.get(fiber.currentDefaultServices, Clock.Clock)
          const labels = fiber.getFiberRef(FiberRef.currentMetricLabels)
          if (direct === undefined) {
            const run: Run = { span, clock, labels, scheduler: undefined, context: fiber.currentContext }
            const retried = withRetries(p, run, (n) => attemptPlatform(p, run, n))
            return redacting(
              span === undefined ? retried : Effect.withParentSpan(retried, span),
              fiber.getFiberRef(Headers.currentRedactedNames)
            )
          }
          return withLiveScheduler(clock, (scheduler) => {
            const run: Run = { span, clock, labels, scheduler, context: fiber.currentContext }
            return withRetries(p, run, (n) => attemptDirect(direct, p, run, n))
          })
        }
        // Fails with MissingCredentials before anything is sent.
        if (request.auth === "signed" && !hasCredentials) {
          return Effect.zipRight(signer.sign(request.method, fullPath, request.operation), Effect.suspend(go))
        }
        return go()
      })

    const executeText = (request: Request): Effect.Effect<TextResponse, RequestError> =>
      Effect.withFiberRuntime((fiber) => {
        // On the direct way nothing runs under the operation's span but the request itself: a span
        // that no tracer exports (Effect's own, or tracing switched off) is not made at all.
        if (
          direct !== undefined &&
          (fiber.currentTracer === nativeTracer || !fiber.getFiberRef(FiberRef.currentTracerEnabled))
        ) {
          return send(request, undefined)
        }
        return Effect.useSpan(`Kalshi.${request.operation}`, {
          kind: "client",
          captureStackTrace: false,
          attributes: {
            "kalshi.operation": request.operation,
            "http.request.method": request.method,
            "server.address": origin,
            "url.path": basePath + request.path
          }
        }, (span) => send(request, span))
      })

    const execute = (request: Request): Effect.Effect<Response, RequestError> =>
      Effect.flatMap(executeText(request), (response) => {
        const body = parseBody(request.operation, response)
        return Either.isLeft(body)
          ? Effect.fail(body.left)
          : Effect.succeed({ status: response.status, headers: response.headers(), body: body.right })
      })

    const executeSchema = <A, I>(
      request: Request,
      schema: Schema.Schema<A, I, never>,
      decoder?: (input: unknown) => Either.Either<A, ParseResult.ParseError>
    ) => {
      const decode = decoder ?? decoderOf(schema)
      // Parsed and decoded in one step: the parsed JSON is garbage before anything else runs.
      return Effect.flatMap(executeText(request), (response) => {
        const body = parseBody(request.operation, response)
        if (Either.isLeft(body)) return Effect.fail(body.left)
        const result = decode(body.right)
        return result._tag === "Right"
          ? Effect.succeed(result.right)
          : Effect.fail(DecodeError.fromParseError(request.operation, result.left))
      })
    }

    return KalshiHttpClient.of({ execute, executeSchema, rateLimiter, signer, config })
  })

/**
 * The client over a configuration, a signer and a rate limiter taken from the context.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWithoutDependencies = (
  options: Options = {}
): Layer.Layer<
  KalshiHttpClient,
  never,
  KalshiConfig | Signer.Signer | KalshiRateLimiter.KalshiRateLimiter | HttpClient.HttpClient
> => Layer.merge(Layer.effect(KalshiHttpClient, make(options)), layerRedactHeaders)

/**
 * The client with its signer and an in-memory rate limiter (Basic tier until told otherwise). The
 * signer and the limiter are provided to the rest of the program too, so that the WebSocket client
 * signs with the same parsed key and the REST package can update the limits.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options & { readonly rateLimits?: KalshiRateLimiter.Options | undefined } = {}
): Layer.Layer<
  KalshiHttpClient | Signer.Signer | KalshiRateLimiter.KalshiRateLimiter,
  InvalidKey | InvalidInput,
  KalshiConfig | HttpClient.HttpClient
> =>
  layerWithoutDependencies(options).pipe(
    Layer.provideMerge(Layer.merge(Signer.layer, KalshiRateLimiter.layer(options.rateLimits)))
  )
