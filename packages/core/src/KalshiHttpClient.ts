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
import type * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import { identity } from "effect/Function"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as MetricKey from "effect/MetricKey"
import * as MetricLabel from "effect/MetricLabel"
import * as Option from "effect/Option"
import type * as ParseResult from "effect/ParseResult"
import * as Random from "effect/Random"
import * as Schema from "effect/Schema"
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

/** True when the error proves the request never reached the server. */
const failedBeforeSending = (error: HttpClientError.RequestError): boolean => {
  if (error.reason === "Encode" || error.reason === "InvalidUrl") return true
  for (const c of causeChain(error.cause)) {
    if (typeof c === "object" && c !== null) {
      if ("code" in c && typeof c.code === "string" && preSendCodes.has(c.code)) return true
      if ("message" in c && c.message === "bad port") return true
    }
  }
  return false
}

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

/** A successful response with its body still as text. */
interface TextResponse {
  readonly status: number
  readonly headers: Headers.Headers
  readonly text: string
}

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
    const httpClient = (options.transformClient ?? identity)(
      refuseRedirects(yield* HttpClient.HttpClient, yield* Effect.serviceOption(FetchHttpClient.RequestInit)).pipe(
        // one FiberRef set per request: without spans, trace propagation has nothing to propagate
        options.httpSpans === true
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
    const checkRequest = (request: Request): Effect.Effect<void, InvalidInput> => {
      if (validPaths.has(request.path)) return Effect.void
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
      return Effect.void
    }

    const buildRequest = (request: Request, fullPath: string) => {
      const params: Array<readonly [string, string]> = []
      if (request.query !== undefined) {
        for (const [key, value] of Object.entries(request.query)) {
          if (value === undefined) continue
          if (Array.isArray(value)) {
            for (const v of value as ReadonlyArray<string>) params.push([key, v])
          } else {
            params.push([key, String(value)])
          }
        }
      }
      const req = HttpClientRequest.make(request.method)(origin + fullPath, {
        urlParams: params,
        acceptJson: true
      })
      if (request.body === undefined) return Effect.succeed(req)
      return HttpClientRequest.bodyJson(req, request.body).pipe(
        Effect.mapError((error: HttpBody.HttpBodyError) =>
          new TransportError({
            operation: request.operation,
            method: request.method,
            path: fullPath,
            reason: "Encode",
            description: error.reason._tag === "JsonError"
              ? "the body is not JSON-serialisable"
              : "cannot encode the body"
          })
        )
      )
    }

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

    interface AttemptFailure {
      readonly error: AttemptError
      readonly preSend: boolean
    }

    const attempt = (
      request: Request,
      req: HttpClientRequest.HttpClientRequest,
      fullPath: string,
      timeout: Duration.Duration,
      attemptNumber: number
    ): Effect.Effect<TextResponse, AttemptFailure> =>
      Effect.gen(function*() {
        yield* Effect.annotateCurrentSpan("kalshi.attempts", attemptNumber + 1)
        const info = { operation: request.operation, method: request.method, path: fullPath }
        const clientOrderId = request.clientOrderId ?? clientOrderIdOf(request.body)
        const orderId = clientOrderId !== undefined ? { clientOrderId } : {}
        const signed = hasCredentials
          ? HttpClientRequest.setHeaders(
            req,
            (yield* Effect.mapError(
              signer.sign(request.method, fullPath, request.operation),
              (error): AttemptFailure => ({ error, preSend: true })
            )).toRecord()
          )
          : req
        const now = yield* Clock.currentTimeMillis
        const outcome =
          yield* (hasCredentials || !isRead(request) ? httpClient.execute(signed) : sendFollowing(signed, 0)).pipe(
            Effect.flatMap((response) => Effect.map(readBody(response), (text) => ({ response, text }))),
            (effect) => timeoutOption(effect, timeout),
            Effect.either
          )
        if (outcome._tag === "Left") {
          const error = outcome.left
          if (isRedirect(error)) {
            const { status, target } = error.cause
            yield* Metric.increment(requestCounter(request.operation, String(status)))
            return yield* Effect.fail({
              error: new HttpError({
                ...info,
                status,
                ...(target !== undefined ? { redirectOrigin: target.origin } : {})
              }),
              preSend: false
            })
          }
          const preSend = error._tag === "RequestError" && failedBeforeSending(error)
          yield* Metric.increment(requestCounter(request.operation, "transport"))
          if (!isRead(request) && !preSend) {
            return yield* Effect.fail({
              error: new OutcomeUnknown({
                ...info,
                ...orderId,
                description: `the connection failed after the request was sent: ${describeCause(error.cause)}`
              }),
              preSend
            })
          }
          return yield* Effect.fail({
            error: new TransportError({
              ...info,
              reason: error._tag === "RequestError" ? error.reason : "Transport",
              description: describeCause(error.cause)
            }),
            preSend
          })
        }
        if (Option.isNone(outcome.right)) {
          yield* Metric.increment(requestCounter(request.operation, "timeout"))
          const ms = Duration.toMillis(timeout)
          return yield* Effect.fail({
            error: isRead(request)
              ? new Timeout({ ...info, timeoutMillis: ms })
              : new OutcomeUnknown({
                ...info,
                ...orderId,
                description: `no response within ${ms} ms`
              }),
            preSend: false
          })
        }
        const { response, text } = outcome.right.value
        const status = response.status
        yield* Effect.annotateCurrentSpan("http.response.status_code", status)
        yield* Metric.increment(requestCounter(request.operation, String(status)))
        if (status >= 200 && status < 300) {
          if (Option.isNone(text)) {
            return yield* Effect.fail({
              error: isRead(request)
                ? new TransportError({ ...info, reason: "Transport", description: "the response body was cut off" })
                : new OutcomeUnknown({
                  ...info,
                  ...orderId,
                  description: `HTTP ${status} but the response body was cut off`
                }),
              preSend: false
            })
          }
          return { status, headers: response.headers, text: text.value } satisfies TextResponse
        }
        const fields = parseErrorBody(Option.getOrElse(text, () => ""))
        if (status === 429) {
          const retryAfterMillis = parseRetryAfter(response.headers["retry-after"], now)
          return yield* Effect.fail({
            error: new RateLimited({
              ...info,
              ...(fields.code !== undefined ? { code: fields.code } : {}),
              ...(fields.errorMessage !== undefined ? { errorMessage: fields.errorMessage } : {}),
              ...(retryAfterMillis !== undefined ? { retryAfterMillis } : {})
            }),
            preSend: false
          })
        }
        if (!isRead(request) && (status === 500 || status === 502 || status === 504)) {
          return yield* Effect.fail({
            error: new OutcomeUnknown({
              ...info,
              ...orderId,
              description: `HTTP ${status}${fields.errorMessage !== undefined ? ` (${fields.errorMessage})` : ""}: ` +
                `the exchange may have executed the request`
            }),
            preSend: false
          })
        }
        return yield* Effect.fail({ error: new HttpError({ ...info, status, ...fields }), preSend: false })
      })

    const backoff = (attemptNumber: number, error: AttemptError): Effect.Effect<number> => {
      if (error._tag === "RateLimited" && error.retryAfterMillis !== undefined) {
        return Effect.succeed(Math.min(retryCap, error.retryAfterMillis))
      }
      const raw = Math.min(retryCap, retryBase * Math.pow(retryFactor, attemptNumber))
      if (!jitter) return Effect.succeed(raw)
      return Effect.map(Random.nextRange(0.8, 1.2), (f) => Math.min(retryCap, Math.round(raw * f)))
    }

    const executeText = (request: Request): Effect.Effect<TextResponse, RequestError> =>
      Effect.gen(function*() {
        yield* checkRequest(request)
        if (request.auth === "signed" && !hasCredentials) {
          // Fails with MissingCredentials before anything is sent.
          yield* signer.sign(request.method, basePath + request.path, request.operation)
        }
        const fullPath = basePath + request.path
        const timeout = request.timeout !== undefined ? Duration.decode(request.timeout) : defaultTimeout
        const cost: KalshiRateLimiter.RequestCost = {
          operation: request.operation,
          method: request.method,
          route: request.route ?? request.path,
          bucket: request.bucket,
          items: request.items,
          path: fullPath
        }
        const req = yield* buildRequest(request, fullPath)
        let attemptNumber = 0
        while (true) {
          yield* rateLimiter.acquire(cost)
          const result = yield* Effect.either(attempt(request, req, fullPath, timeout, attemptNumber))
          if (result._tag === "Right") return result.right
          const { error, preSend } = result.left
          const reason = retryReason(request, error, preSend)
          if (reason === undefined || attemptNumber >= retryTimes) return yield* Effect.fail(error)
          const delay = yield* backoff(attemptNumber, error)
          attemptNumber++
          yield* Metric.increment(retryCounter(request.operation, reason))
          yield* Effect.logDebug(`retrying ${request.operation} in ${delay} ms (${reason})`)
          yield* Effect.sleep(Duration.millis(delay))
        }
      }).pipe(
        Effect.locallyWith(Headers.currentRedactedNames, addRedactedNames),
        Effect.withSpan(`Kalshi.${request.operation}`, {
          kind: "client",
          captureStackTrace: false,
          attributes: {
            "kalshi.operation": request.operation,
            "http.request.method": request.method,
            "server.address": origin,
            "url.path": basePath + request.path
          }
        })
      )

    const execute = (request: Request): Effect.Effect<Response, RequestError> =>
      Effect.flatMap(executeText(request), (response) => {
        const body = parseBody(request.operation, response)
        return Either.isLeft(body)
          ? Effect.fail(body.left)
          : Effect.succeed({ status: response.status, headers: response.headers, body: body.right })
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
