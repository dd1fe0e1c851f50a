/**
 * A lean `HttpClient` over undici's `request` API and a keep-alive `Agent`: the SDK's default
 * transport on Node.js (`KalshiNode`), and the fastest way to send a request from Node.js.
 *
 * It is an `@effect/platform` `HttpClient` like any other (built with `HttpClient.make`, so spans,
 * trace propagation, `HttpClient.withScope` and interruption behave as they do over
 * `FetchHttpClient` or `NodeHttpClient`), and any other `HttpClient` can replace it. What it leaves
 * out is the work a REST client does not need: no `fetch` `Request`/`Response` objects, no
 * WHATWG streams, headers read from undici's record as they are; the answer's body is read in one
 * piece by `text`/`json`/`arrayBuffer` (or streamed by `stream`).
 *
 * It follows no redirect (undici's `request` does not) and leaves timeouts to Effect (the
 * `KalshiHttpClient`'s `timeout`). Interrupting a request aborts it, and a body nobody reads is
 * discarded when the response is garbage collected.
 *
 * The SDK's signed client (`KalshiHttpClient`) does not go through `execute` when it runs over this
 * client unwrapped (no `transformClient`, no `httpSpans`): it sends through the client's direct way,
 * undici's `dispatch` with a handler that gathers the answer and reads its body as one string, and
 * one timer for its timeout. The same request goes on the wire, and the same answers and errors
 * come back, with none of the platform's per-request objects.
 *
 * This module imports `undici`: it is not part of `@kalshi-effect/core`'s index, so that bundles
 * for browsers never reach it.
 *
 * @since 0.1.0
 */
import * as Cookies from "@effect/platform/Cookies"
import * as Headers from "@effect/platform/Headers"
import type * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpIncomingMessage from "@effect/platform/HttpIncomingMessage"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { Readable } from "node:stream"
import { Agent, type Dispatcher as UndiciDispatcher, type FormData as UndiciFormData } from "undici"
import * as Direct from "./internal/directTransport.js"
import * as NoRedirects from "./internal/noRedirects.js"

/**
 * The undici dispatcher (an `Agent`, a `Pool`, a `ProxyAgent`, ...) requests go through.
 *
 * @since 0.1.0
 * @category tags
 */
export class Dispatcher extends Context.Tag("@kalshi-effect/core/UndiciHttpClient/Dispatcher")<
  Dispatcher,
  UndiciDispatcher
>() {}

/**
 * A keep-alive `Agent` owned by the scope: closed (its connections ended) when the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeDispatcher = (
  options?: Agent.Options | undefined
): Effect.Effect<UndiciDispatcher, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.sync(() => new Agent(options)),
    (agent) => Effect.promise(() => agent.destroy())
  )

/** A body nobody read: its socket is released when the response is collected. */
const unread = new FinalizationRegistry<UndiciDispatcher.ResponseData["body"]>((body) => {
  body.destroy()
})

const noop = () => {}

class UndiciResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpIncomingMessage.TypeId]: HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  readonly [HttpClientResponse.TypeId]: HttpClientResponse.TypeId = HttpClientResponse.TypeId

  constructor(
    readonly request: HttpClientRequest.HttpClientRequest,
    readonly source: UndiciDispatcher.ResponseData
  ) {
    super()
    source.body.on("error", noop)
    unread.register(this, source.body, this)
  }

  get status(): number {
    return this.source.statusCode
  }

  private cachedHeaders?: Headers.Headers
  get headers(): Headers.Headers {
    if (this.cachedHeaders !== undefined) return this.cachedHeaders
    // undici's names are lower case already
    const out: Record<string, string> = {}
    const source = this.source.headers
    for (const name in source) {
      const value = source[name]
      if (value !== undefined) out[name] = typeof value === "string" ? value : value.join(", ")
    }
    return this.cachedHeaders = Headers.unsafeFromRecord(out)
  }

  private cachedCookies?: Cookies.Cookies
  get cookies(): Cookies.Cookies {
    if (this.cachedCookies !== undefined) return this.cachedCookies
    const header = this.source.headers["set-cookie"]
    return this.cachedCookies = header === undefined
      ? Cookies.empty
      : Cookies.fromSetCookie(Array.isArray(header) ? header : [header])
  }

  get remoteAddress(): Option.Option<string> {
    return Option.none()
  }

  private decodeError(cause: unknown) {
    return new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })
  }

  /**
   * Reads the whole body once (later reads share the result); interrupting the read destroys the
   * body, which ends the request.
   */
  private read<A>(
    cached: Promise<A> | undefined,
    cache: (promise: Promise<A>) => Promise<A>,
    f: (body: UndiciDispatcher.ResponseData["body"]) => Promise<A>
  ): Effect.Effect<A, HttpClientError.ResponseError> {
    return Effect.async<A, HttpClientError.ResponseError>((resume) => {
      const body = this.source.body
      let promise = cached
      if (promise === undefined) {
        unread.unregister(this)
        promise = cache(f(body))
      }
      promise.then(
        (value) => resume(Effect.succeed(value)),
        (cause) => resume(Effect.fail(this.decodeError(cause)))
      )
      return Effect.sync(() => body.destroy())
    })
  }

  private textPromise?: Promise<string>
  get text(): Effect.Effect<string, HttpClientError.ResponseError> {
    return this.read(this.textPromise, (p) => this.textPromise = p, (body) => body.text())
  }

  get json(): Effect.Effect<unknown, HttpClientError.ResponseError> {
    return Effect.flatMap(this.text, (text) =>
      Effect.try({
        try: () => (text === "" ? null : JSON.parse(text) as unknown),
        catch: (cause) => this.decodeError(cause)
      }))
  }

  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.ResponseError> {
    return Effect.flatMap(this.text, (text) =>
      Effect.try({
        try: () => UrlParams.fromInput(new URLSearchParams(text)),
        catch: (cause) => this.decodeError(cause)
      }))
  }

  private arrayBufferPromise?: Promise<ArrayBuffer>
  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.ResponseError> {
    return this.read(this.arrayBufferPromise, (p) => this.arrayBufferPromise = p, (body) => body.arrayBuffer())
  }

  private formDataPromise?: Promise<FormData>
  get formData(): Effect.Effect<FormData, HttpClientError.ResponseError> {
    return this.read(
      this.formDataPromise,
      (p) => this.formDataPromise = p,
      (body) => new Response(Readable.toWeb(body) as ReadableStream, { headers: this.headers }).formData()
    )
  }

  get stream(): Stream.Stream<Uint8Array, HttpClientError.ResponseError> {
    return Stream.suspend(() => {
      unread.unregister(this)
      const body = this.source.body
      return Stream.fromAsyncIterable(body as AsyncIterable<Uint8Array>, (cause) => this.decodeError(cause)).pipe(
        Stream.ensuring(Effect.sync(() => body.destroy()))
      )
    })
  }

  toJSON(): unknown {
    return HttpIncomingMessage.inspect(this, {
      _id: "@effect/platform/HttpClientResponse",
      request: this.request.toJSON(),
      status: this.status
    })
  }
}

type Body = string | Uint8Array | UndiciFormData | Readable | null

const bodyOf = (body: HttpBody.HttpBody): Effect.Effect<Body> => {
  switch (body._tag) {
    case "Empty":
      return Effect.succeed(null)
    case "Uint8Array":
      return Effect.succeed(body.body)
    case "Raw":
      return Effect.succeed(body.body as Body)
    case "FormData":
      // Node's FormData is undici's
      return Effect.succeed(body.formData as UndiciFormData)
    case "Stream":
      return Effect.map(Stream.toAsyncIterableEffect(body.stream), (iterable) => Readable.from(iterable))
  }
}

const send = (
  dispatcher: UndiciDispatcher,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  signal: AbortSignal,
  body: Body
): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.RequestError> =>
  Effect.async<HttpClientResponse.HttpClientResponse, HttpClientError.RequestError>((resume) => {
    dispatcher.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: request.method,
      headers: request.headers,
      body,
      signal,
      // timeouts are Effect's (the caller's timeout)
      headersTimeout: 0,
      bodyTimeout: 0
    }, (error, data) => {
      if (error !== null) {
        resume(Effect.fail(new HttpClientError.RequestError({ request, reason: "Transport", cause: error })))
      } else {
        resume(Effect.succeed(new UndiciResponse(request, data)))
      }
    })
  })

const sendWithBody = (
  dispatcher: UndiciDispatcher,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  signal: AbortSignal
) =>
  request.body._tag === "Empty"
    ? send(dispatcher, request, url, signal, null)
    : Effect.flatMap(bodyOf(request.body), (body) => send(dispatcher, request, url, signal, body))

/** The headers of an answer as undici parses them. */
type IncomingHttpHeaders = Readonly<Record<string, string | ReadonlyArray<string> | undefined>>

/** Collects an answer for the signed client's direct way (see `internal/directTransport`). */
class DirectHandler implements UndiciDispatcher.DispatchHandler {
  private controller: UndiciDispatcher.DispatchController | undefined = undefined
  private aborted = false
  private status = 0
  private headers: IncomingHttpHeaders | undefined = undefined
  private chunks: Array<Buffer> = []
  private length = 0

  constructor(private readonly done: (outcome: Direct.Outcome) => void) {}

  abort(): void {
    if (this.aborted) return
    this.aborted = true
    this.controller?.abort(new Error("The request was interrupted"))
  }

  onRequestStart(controller: UndiciDispatcher.DispatchController): void {
    this.controller = controller
    if (this.aborted) controller.abort(new Error("The request was interrupted"))
  }

  onResponseStart(_controller: UndiciDispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders) {
    this.status = statusCode
    this.headers = headers
  }

  onResponseData(_controller: UndiciDispatcher.DispatchController, chunk: Buffer): void {
    this.chunks.push(chunk)
    this.length += chunk.length
  }

  onResponseEnd(): void {
    if (this.aborted) return
    this.done(answer(this.status, this.headers, textOf(this.chunks, this.length)))
  }

  onResponseError(_controller: UndiciDispatcher.DispatchController, error: Error): void {
    if (this.aborted) return
    // after the head: an answer whose body was cut off
    this.done(this.status === 0 ? { _tag: "Failed", cause: error } : answer(this.status, this.headers, undefined))
  }
}

/** The body as text, as undici's `body.text()` reads it (UTF-8, a leading BOM skipped). */
const textOf = (chunks: ReadonlyArray<Buffer>, length: number): string => {
  if (length === 0) return ""
  const buffer = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length)
  const start = buffer.length > 2 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0
  return buffer.toString("utf8", start)
}

const answer = (status: number, headers: IncomingHttpHeaders | undefined, text: string | undefined): Direct.Answer => ({
  _tag: "Answer",
  status,
  headers: () => headerRecord(headers),
  text
})

/** undici's names are lower case already; several values of one name are joined with ", ". */
const headerRecord = (source: IncomingHttpHeaders | undefined): Record<string, string> => {
  const out: Record<string, string> = {}
  if (source === undefined) return out
  for (const name in source) {
    const value = source[name]
    if (value !== undefined) out[name] = typeof value === "string" ? value : value.join(", ")
  }
  return out
}

/** The direct way of a client over `dispatcher`. */
const directSend = (dispatcher: UndiciDispatcher): Direct.Send => (request, done) => {
  const handler = new DirectHandler(done)
  dispatcher.dispatch({
    origin: request.origin,
    path: request.path,
    method: request.method as UndiciDispatcher.HttpMethod,
    headers: request.headers,
    body: request.body ?? null,
    // timeouts are the signed client's
    headersTimeout: 0,
    bodyTimeout: 0
  }, handler)
  return () => handler.abort()
}

/**
 * The client over a dispatcher.
 *
 * It is made by `HttpClient.make`, so the platform's span, trace propagation, interruption and
 * `HttpClient.withScope` work as over any platform client. The SDK's signed client sends through
 * its direct way instead (see the module's description) unless `transformClient` or `httpSpans`
 * asks for the platform's path.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (dispatcher: UndiciDispatcher): HttpClient.HttpClient =>
  Direct.attach(
    NoRedirects.mark(HttpClient.make((request, url, signal) => sendWithBody(dispatcher, request, url, signal))),
    directSend(dispatcher)
  )

/**
 * The client over the `Dispatcher` of the context.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWithoutDispatcher: Layer.Layer<HttpClient.HttpClient, never, Dispatcher> = Layer.effect(
  HttpClient.HttpClient,
  Effect.map(Dispatcher, make)
)

/**
 * The client over a keep-alive `Agent` of its own, closed with the layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = layerWithoutDispatcher.pipe(
  Layer.provide(Layer.scoped(Dispatcher, makeDispatcher()))
)
