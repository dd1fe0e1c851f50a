/**
 * The short way from the signed client to the wire: an `HttpClient` of the SDK's own
 * (`UndiciHttpClient`, `FetchHttpClient`) carries a {@link Send} beside its `execute`, and the signed client sends
 * through it when nothing wraps the client (no `transformClient`, no per-attempt spans). A request
 * then needs no platform request, `Headers`, URL or response object, no `AbortController`, no
 * stream for the body and no fiber of its own for the timeout: the answer comes back in one
 * callback with its body read as one string.
 *
 * The behaviour is the `HttpClient`'s: the same request on the wire, the same answer, the same
 * errors as causes (`code` and all), so the signed client maps both ways alike.
 *
 * @internal
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as Context from "effect/Context"

/** One request, ready for the wire. */
export interface DirectRequest {
  readonly method: string
  /** `http://host:port`. */
  readonly origin: string
  /** The path and the query string, encoded as they go on the wire. */
  readonly path: string
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
}

/** An answer: its status, its headers (made on demand) and its body (`undefined` when cut off). */
export interface Answer {
  readonly _tag: "Answer"
  readonly status: number
  /** Lower-case names; several values of one name joined with `", "`. */
  readonly headers: () => Readonly<Record<string, string>>
  readonly text: string | undefined
}

/** No answer: the connection failed (`cause` as the transport raised it). */
export interface Failed {
  readonly _tag: "Failed"
  readonly cause: unknown
}

/** What a request ended with. */
export type Outcome = Answer | Failed

/**
 * Sends a request and calls `done` once with its outcome (possibly before returning). The function
 * it returns aborts the request (after which `done` is not called). `context` is the context of the
 * fiber that sends it, for a transport that reads services per request as its platform client does
 * (`fetch` reads `FetchHttpClient.Fetch` and `FetchHttpClient.RequestInit`).
 */
export type Send = (
  request: DirectRequest,
  done: (outcome: Outcome) => void,
  context: Context.Context<never>
) => () => void

const senders = new WeakMap<HttpClient.HttpClient, Send>()

/** Gives a client its direct way to the wire. */
export const attach = <C extends HttpClient.HttpClient>(client: C, send: Send): C => {
  senders.set(client, send)
  return client
}

/** The direct way of a client, if it has one. */
export const get = (client: HttpClient.HttpClient): Send | undefined => senders.get(client)
