/**
 * The SDK's portable transport: an `@effect/platform` `HttpClient` over the global `fetch` (Node.js,
 * Bun, Deno, browsers), used by `Kalshi.layer`.
 *
 * As an `HttpClient` it is `@effect/platform`'s `FetchHttpClient`: the same requests, responses,
 * spans, redirects followed by `fetch`, and the same services read from the context of each request
 * (`FetchHttpClient.Fetch` for the function to call, `FetchHttpClient.RequestInit` for options such
 * as `credentials` or extra headers). Any other `HttpClient` can replace it.
 *
 * The SDK's signed client (`KalshiHttpClient`) does not go through `execute` when it runs over this
 * client unwrapped (no `transformClient`, no `httpSpans`): it calls `fetch(url, init)` itself, with
 * a URL string and a plain `init` (a plain record of headers, `redirect: "manual"`, the body as a
 * string, one `AbortSignal` that its timeout and interruption abort), and reads the answer's body as
 * one string. The same request goes on the wire and the same answers and errors come back, with none
 * of the platform's per-request objects (request, URL, headers, response wrapper, fiber for the
 * timeout). The `Fetch` and `RequestInit` services of the request's context are honoured there too;
 * `redirect` is always `"manual"` (the signed client decides which redirect to follow).
 *
 * @since 0.1.0
 */
import * as PlatformFetch from "@effect/platform/FetchHttpClient"
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Direct from "./internal/directTransport.js"

/**
 * The `fetch` function requests go through (the global `fetch` when absent). The same tag as
 * `@effect/platform`'s `FetchHttpClient.Fetch`.
 *
 * @since 0.1.0
 * @category tags
 */
export const Fetch: typeof PlatformFetch.Fetch = PlatformFetch.Fetch

/**
 * Options given to every `fetch` call (`credentials`, `headers`, ...). The same tag as
 * `@effect/platform`'s `FetchHttpClient.RequestInit`.
 *
 * @since 0.1.0
 * @category tags
 */
export const RequestInit: typeof PlatformFetch.RequestInit = PlatformFetch.RequestInit

const noop = () => {}

/** The value of a service in `context`, read without an `Option`. */
const lookup = <A>(context: Context.Context<never>, key: string): A | undefined =>
  context.unsafeMap.get(key) as A | undefined

/** The answer's headers as a record: lower-case names, several values of one name joined with ", ". */
const headerRecord = (headers: globalThis.Headers): Record<string, string> => {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    out[name] = value
  })
  return out
}

/**
 * The `init` of a direct request: a plain object, with the `RequestInit` of the context under it
 * (its headers merged below the request's, as the platform client merges them).
 */
const initOf = (
  request: Direct.DirectRequest,
  signal: AbortSignal,
  own: globalThis.RequestInit | undefined
): globalThis.RequestInit => {
  if (own === undefined) {
    return { method: request.method, headers: request.headers, body: request.body ?? null, redirect: "manual", signal }
  }
  let headers: Record<string, string> = request.headers
  if (own.headers !== undefined) {
    const merged: Record<string, string> = { ...Headers.fromInput(own.headers), ...request.headers }
    delete merged["content-length"]
    headers = merged
  }
  return { ...own, method: request.method, headers, body: request.body ?? null, redirect: "manual", signal }
}

/**
 * The direct way of a client (see `internal/directTransport`): `Fetch` and `RequestInit` are read
 * from the request's context, then from the context the client was made in, as the platform client
 * reads them.
 */
const directSend = (made: Context.Context<never>): Direct.Send => {
  const madeFetch = lookup<typeof globalThis.fetch>(made, PlatformFetch.Fetch.key)
  const madeInit = lookup<globalThis.RequestInit>(made, PlatformFetch.RequestInit.key)
  return (request, done, context) => {
    const fetch = lookup<typeof globalThis.fetch>(context, PlatformFetch.Fetch.key) ?? madeFetch ?? globalThis.fetch
    const own = lookup<globalThis.RequestInit>(context, PlatformFetch.RequestInit.key) ?? madeInit
    const controller = new AbortController()
    let aborted = false
    let promise: Promise<Response>
    try {
      promise = fetch(request.origin + request.path, initOf(request, controller.signal, own))
    } catch (cause) {
      // a `fetch` that throws instead of rejecting
      promise = Promise.reject(cause)
    }
    promise.then(
      (response) => {
        if (aborted) {
          // a `fetch` that does not heed its signal: end the body
          if (response.body !== null) response.body.cancel().then(noop, noop)
          return
        }
        const status = response.status
        const headers = () => headerRecord(response.headers)
        response.text().then(
          (text) => {
            if (!aborted) done({ _tag: "Answer", status, headers, text })
          },
          () => {
            // after the head: an answer whose body was cut off
            if (!aborted) done({ _tag: "Answer", status, headers, text: undefined })
          }
        )
      },
      (cause: unknown) => {
        if (!aborted) done({ _tag: "Failed", cause })
      }
    )
    return () => {
      if (aborted) return
      aborted = true
      controller.abort()
    }
  }
}

/**
 * The client, made in the current context (whose `Fetch` and `RequestInit`, if any, serve every
 * request that brings none of its own).
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<HttpClient.HttpClient> = Effect.flatMap(
  Effect.context<never>(),
  (context) =>
    Effect.map(
      Effect.provide(HttpClient.HttpClient, PlatformFetch.layer),
      (client) => Direct.attach(client, directSend(context))
    )
)

/**
 * The client as a layer: a drop-in replacement for `@effect/platform`'s `FetchHttpClient.layer`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = Layer.effect(HttpClient.HttpClient, make)
