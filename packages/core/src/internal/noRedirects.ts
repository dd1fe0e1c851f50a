/**
 * The `HttpClient`s that never follow a redirect by themselves (undici's `request`), so that the
 * signed client does not tell them not to (`fetch`'s `redirect: "manual"`, set in the context of
 * every request, which costs a copy of the context per request).
 */
import type * as HttpClient from "@effect/platform/HttpClient"

const clients = new WeakSet<HttpClient.HttpClient>()

/** Marks a client as one that follows no redirect. */
export const mark = <C extends HttpClient.HttpClient>(client: C): C => {
  clients.add(client)
  return client
}

/** Whether a client follows no redirect by itself. */
export const followsNone = (client: HttpClient.HttpClient): boolean => clients.has(client)
