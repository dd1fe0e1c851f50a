/**
 * A local exchange on 127.0.0.1 that checks every request against the spec — method and path,
 * query parameters, body, signature — and answers with a body shaped by the operation's response
 * schema. Handlers can be replaced per test (pagination, dropped connections, errors).
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import * as crypto from "node:crypto"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { type Json, operations, refName, spec, type SpecOperation } from "./spec.js"

export interface Received {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
  /** The operation the request matched, if any. */
  readonly operationId: string | undefined
  /** The path parameters, decoded. */
  readonly params: Readonly<Record<string, string>>
  /** What the request did wrong against the spec; empty when it is valid. */
  readonly errors: ReadonlyArray<string>
}

export type Reply =
  | { readonly status: number; readonly body?: unknown }
  | { readonly drop: true }

export interface SpecServer {
  readonly restUrl: string
  readonly received: Array<Received>
  /** Replaces the handler; `next()` answers like the default (a spec-shaped body, or 400 on errors). */
  setHandler(handler: (req: Received, next: () => Reply) => Reply): void
  waitFor(n: number): Effect.Effect<void>
}

const BASE = "/trade-api/v2"

// -------------------------------------------------------------------------------------------------
// schema walking
// -------------------------------------------------------------------------------------------------

/** Resolves `$ref` and single-element `allOf`, keeping the wrapper's own keys. */
export const resolve = (node: Json): Json => {
  let n = node
  while (n !== undefined && (n.$ref !== undefined || (n.allOf !== undefined && n.allOf.length === 1))) {
    if (n.$ref !== undefined) {
      const { $ref, ...rest } = n
      n = { ...spec.components.schemas[refName($ref)], ...rest, __ref: refName($ref) }
    } else {
      const { allOf, ...rest } = n
      n = { ...allOf[0], ...rest }
    }
  }
  return n
}

const refOf = (node: Json): string | undefined => {
  if (node?.$ref !== undefined) return refName(node.$ref)
  if (node?.allOf?.length === 1) return refOf(node.allOf[0])
  return undefined
}

/** The spec's string formats, checked independently of the SDK (a date-time must also parse). */
const FORMATS: Readonly<Record<string, (s: string) => boolean>> = {
  "date-time": (s) =>
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/.test(s) &&
    !Number.isNaN(Date.parse(s)) &&
    new Date(`${s.slice(0, 10)}T00:00:00Z`).toISOString().slice(0, 10) === s.slice(0, 10),
  date: (s) =>
    /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s,
  uuid: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)
}

const checkFormat = (at: string, node: Json, value: string, errors: Array<string>) => {
  const ok = node.format === undefined ? undefined : FORMATS[node.format]
  if (ok !== undefined && !ok(value)) errors.push(`${at}: ${JSON.stringify(value)} is not a ${node.format}`)
}

const REQUEST_DOLLARS = /^\d+\.\d{2,4}$/
const REQUEST_COUNT = /^\d+(\.\d{1,2})?$/

/** Validates a request body value against a spec node; strict about unknown properties. */
export const validate = (node0: Json, value: unknown, at: string, errors: Array<string>): void => {
  const ref = refOf(node0)
  const node = resolve(node0)
  if (value === null) {
    if (node.nullable !== true) errors.push(`${at}: null is not allowed`)
    return
  }
  if (ref === "FixedPointDollars" || ref === "FixedPointCount") {
    const pattern = ref === "FixedPointDollars" ? REQUEST_DOLLARS : REQUEST_COUNT
    if (typeof value !== "string" || !pattern.test(value)) {
      errors.push(`${at}: expected a ${ref} string, got ${JSON.stringify(value)}`)
    }
    return
  }
  if (node.enum !== undefined && !node.enum.includes(value)) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${node.enum.join(", ")}`)
    return
  }
  switch (node.type) {
    case "string":
      if (typeof value !== "string") errors.push(`${at}: expected a string`)
      else checkFormat(at, node, value, errors)
      return
    case "integer":
    case "number":
      if (typeof value !== "number" || (node.type === "integer" && !Number.isInteger(value))) {
        errors.push(`${at}: expected an ${node.type}, got ${JSON.stringify(value)}`)
        return
      }
      if (node.minimum !== undefined && value < node.minimum) errors.push(`${at}: below ${node.minimum}`)
      if (node.maximum !== undefined && value > node.maximum) errors.push(`${at}: above ${node.maximum}`)
      return
    case "boolean":
      if (typeof value !== "boolean") errors.push(`${at}: expected a boolean`)
      return
    case "array":
      if (!Array.isArray(value)) {
        errors.push(`${at}: expected an array`)
        return
      }
      if (node.minItems !== undefined && value.length < node.minItems) {
        errors.push(`${at}: fewer than ${node.minItems} items`)
      }
      if (node.maxItems !== undefined && value.length > node.maxItems) {
        errors.push(`${at}: more than ${node.maxItems} items`)
      }
      value.forEach((v, i) => validate(node.items ?? {}, v, `${at}[${i}]`, errors))
      return
    default: {
      if (typeof value !== "object" || Array.isArray(value)) {
        errors.push(`${at}: expected an object`)
        return
      }
      const record = value as Record<string, unknown>
      const props = (node.properties ?? {}) as Record<string, Json>
      for (const r of (node.required ?? []) as Array<string>) {
        if (record[r] === undefined) errors.push(`${at}.${r}: required`)
      }
      for (const [k, v] of Object.entries(record)) {
        if (props[k] !== undefined) validate(props[k], v, `${at}.${k}`, errors)
        else if (node.additionalProperties === undefined || node.additionalProperties === false) {
          errors.push(`${at}.${k}: not in the spec`)
        }
      }
    }
  }
}

/** A value shaped by a response schema node. */
export const synthesize = (node0: Json, name = ""): unknown => {
  const ref = refOf(node0)
  const node = resolve(node0)
  if (ref === "FixedPointDollars" || (node.type === "string" && name.endsWith("_dollars"))) return "0.5600"
  if (ref === "FixedPointCount" || (node.type === "string" && name.endsWith("_fp"))) return "10.00"
  if (node.example !== undefined && node.type !== "object") return node.example
  if (name === "cursor" || name === "next_cursor") return ""
  if (node.enum !== undefined) return node.enum[0]
  switch (node.type) {
    case "string":
      return node.format === "date-time" ? "2026-01-02T03:04:05Z" : `${name || "value"}-1`
    case "integer":
      return Math.max(node.minimum ?? 1, 1)
    case "number":
      return 1.5
    case "boolean":
      return true
    case "array":
      return [synthesize(node.items ?? {}, name)]
    default: {
      const out: Record<string, unknown> = {}
      for (const [k, p] of Object.entries((node.properties ?? {}) as Record<string, Json>)) out[k] = synthesize(p, k)
      if (node.properties === undefined && typeof node.additionalProperties === "object") {
        out["key"] = synthesize(node.additionalProperties, "key")
      }
      return out
    }
  }
}

/** The success status and body schema of an operation. */
export const successOf = (op: SpecOperation): { readonly status: number; readonly schema: Json } => {
  const [code, resp] = Object.entries(op.op.responses as Record<string, Json>).find(([c]) => c.startsWith("2"))!
  return { status: Number(code), schema: resp.content?.["application/json"]?.schema }
}

// -------------------------------------------------------------------------------------------------
// request checking
// -------------------------------------------------------------------------------------------------

const matchers = operations.map((op) => {
  const names: Array<string> = []
  const pattern = op.path.replace(/\{([^}]+)\}/g, (_, n: string) => {
    names.push(n)
    return "([^/]+)"
  })
  return { op, names, regex: new RegExp(`^${pattern}$`) }
})

const matchOperation = (method: string, rawPath: string) => {
  // Prefer templates without parameters (`/portfolio/orders/queue_positions` over `/portfolio/orders/{order_id}`).
  const candidates = matchers
    .filter((m) => m.op.method === method)
    .map((m) => ({ m, match: m.regex.exec(rawPath) }))
    .filter((x) => x.match !== null)
    .sort((a, b) => a.m.names.length - b.m.names.length)
  const best = candidates[0]
  if (best === undefined) return undefined
  const params: Record<string, string> = {}
  best.m.names.forEach((n, i) => (params[n] = decodeURIComponent(best.match![i + 1]!)))
  return { op: best.m.op, params }
}

const checkQueryValue = (p: Json, values: ReadonlyArray<string>, errors: Array<string>) => {
  const schema = resolve(p.schema)
  if (schema.type === "array") {
    if (p.explode === false) errors.push(`${p.name}: explode false is not supported`)
    const items = resolve(schema.items)
    if (schema.maxItems !== undefined && values.length > schema.maxItems) errors.push(`${p.name}: too many values`)
    for (const v of values) checkScalar(p.name, items, v, errors)
    return
  }
  if (values.length > 1) errors.push(`${p.name}: sent ${values.length} times`)
  checkScalar(p.name, schema, values[0]!, errors)
}

const checkScalar = (name: string, schema: Json, v: string, errors: Array<string>) => {
  if (schema.enum !== undefined && !schema.enum.map(String).includes(v)) {
    errors.push(`${name}: ${v} is not one of ${schema.enum}`)
  }
  if (schema.type === "integer") {
    if (!/^-?\d+$/.test(v)) errors.push(`${name}: ${v} is not an integer`)
    else {
      const n = Number(v)
      if (schema.minimum !== undefined && n < schema.minimum) errors.push(`${name}: ${v} is below ${schema.minimum}`)
      if (schema.maximum !== undefined && n > schema.maximum) errors.push(`${name}: ${v} is above ${schema.maximum}`)
    }
  }
  if (schema.type === "boolean" && v !== "true" && v !== "false") errors.push(`${name}: ${v} is not a boolean`)
  if (schema.type === "string") checkFormat(name, schema, v, errors)
}

const verifySignature = (
  publicKey: crypto.KeyObject | undefined,
  headers: http.IncomingHttpHeaders,
  method: string,
  path: string,
  errors: Array<string>
) => {
  const key = headers["kalshi-access-key"]
  const timestamp = headers["kalshi-access-timestamp"]
  const signature = headers["kalshi-access-signature"]
  if (typeof key !== "string" || typeof timestamp !== "string" || typeof signature !== "string") {
    errors.push("signature: the KALSHI-ACCESS-* headers are missing")
    return
  }
  if (publicKey === undefined) {
    errors.push("signature: the server has no public key")
    return
  }
  const ok = crypto.verify(
    "sha256",
    Buffer.from(`${timestamp}${method}${path}`, "utf8"),
    { key: publicKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
    Buffer.from(signature, "base64")
  )
  if (!ok) errors.push("signature: does not verify against the public key")
}

const check = (
  publicKey: crypto.KeyObject | undefined,
  method: string,
  url: URL,
  headers: http.IncomingHttpHeaders,
  body: string
): Pick<Received, "operationId" | "params" | "errors"> => {
  const errors: Array<string> = []
  if (!url.pathname.startsWith(BASE + "/")) {
    return { operationId: undefined, params: {}, errors: ["path: not below /trade-api/v2"] }
  }
  const rawPath = url.pathname.slice(BASE.length)
  const matched = matchOperation(method, rawPath)
  if (matched === undefined) {
    return { operationId: undefined, params: {}, errors: [`${method} ${rawPath}: no such operation`] }
  }
  const { op, params } = matched
  const declared = new Map<string, Json>(
    op.parameters.filter((p: Json) => p.in === "query").map((p: Json) => [p.name, p])
  )
  for (const name of new Set(url.searchParams.keys())) {
    const p = declared.get(name)
    if (p === undefined) errors.push(`${name}: not a query parameter of ${op.operationId}`)
    else checkQueryValue(p, url.searchParams.getAll(name), errors)
  }
  for (const p of declared.values()) {
    if (p.required === true && !url.searchParams.has(p.name)) errors.push(`${p.name}: required query parameter missing`)
  }
  const bodySpec = op.op.requestBody
  if (bodySpec === undefined) {
    if (body !== "") errors.push("body: the operation takes no body")
  } else if (body === "") {
    if (bodySpec.required === true) errors.push("body: required")
  } else {
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      errors.push("body: not JSON")
    }
    if (parsed !== undefined) validate(bodySpec.content["application/json"].schema, parsed, "body", errors)
  }
  if (headers["kalshi-access-key"] !== undefined || (op.op.security ?? []).length > 0) {
    verifySignature(publicKey, headers, method, url.pathname, errors)
  }
  return { operationId: op.operationId, params, errors }
}

/** The default answer: 400 naming the errors, or the success status with a spec-shaped body. */
export const defaultReply = (req: Received): Reply => {
  if (req.operationId === undefined) {
    return { status: 404, body: { error: { code: "not_found", message: req.errors.join("; ") } } }
  }
  if (req.errors.length > 0) {
    return { status: 400, body: { error: { code: "bad_request", message: req.errors.join("; ") } } }
  }
  const op = operations.find((o) => o.operationId === req.operationId)!
  const { status, schema } = successOf(op)
  return { status, body: schema === undefined ? undefined : synthesize(schema) }
}

/** Starts the server; `publicKey` verifies the signatures. */
export const make = (publicKey?: crypto.KeyObject): Effect.Effect<SpecServer, never, Scope.Scope> =>
  Effect.gen(function*() {
    let handler: (req: Received, next: () => Reply) => Reply = (_req, next) => next()
    const received: Array<Received> = []
    const waiters: Array<{ n: number; deferred: Deferred.Deferred<void> }> = []
    const server = http.createServer((req, res) => {
      const chunks: Array<Buffer> = []
      req.on("data", (c: Buffer) => chunks.push(c))
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1")
        const body = Buffer.concat(chunks).toString("utf8")
        const method = req.method ?? ""
        const r: Received = {
          method,
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body,
          ...check(publicKey, method, url, req.headers, body)
        }
        received.push(r)
        for (const w of waiters) if (received.length >= w.n) Deferred.unsafeDone(w.deferred, Effect.void)
        const reply = handler(r, () => defaultReply(r))
        if ("drop" in reply) {
          req.socket.destroy()
          return
        }
        const text = reply.body === undefined ? "" : JSON.stringify(reply.body)
        res.writeHead(reply.status, { "content-type": "application/json" })
        res.end(reply.status === 204 ? undefined : text)
      })
    })
    yield* Effect.acquireRelease(
      Effect.async<void>((resume) => {
        server.listen(0, "127.0.0.1", () => resume(Effect.void))
      }),
      () =>
        Effect.async<void>((resume) => {
          server.closeAllConnections()
          server.close(() => resume(Effect.void))
        })
    )
    const { port } = server.address() as AddressInfo
    return {
      restUrl: `http://127.0.0.1:${port}${BASE}`,
      received,
      setHandler(h) {
        handler = h
      },
      waitFor: (n) =>
        Effect.suspend(() => {
          if (received.length >= n) return Effect.void
          return Effect.flatMap(Deferred.make<void>(), (deferred) => {
            waiters.push({ n, deferred })
            if (received.length >= n) Deferred.unsafeDone(deferred, Effect.void)
            return Deferred.await(deferred)
          })
        })
    }
  })
