/**
 * The operations of the Trade API, taken from the SDK's generated descriptors (which the codegen
 * check keeps equal to the spec): method, route template, operationId and whether it is signed.
 * A new spec version regenerates them, and the exchange names the new operations (501 until a
 * handler serves them) without a second list to keep in step.
 *
 * @internal
 */
import { all } from "@kalshi-effect/rest/generated/Operations"

/** An operationId of the spec. */
export type OperationId = keyof typeof all

/** What the exchange needs to know of an operation. */
export interface OperationInfo {
  readonly method: string
  readonly route: string
  readonly operation: OperationId
  readonly signed: boolean
}

/** Every operation of the spec. */
export const operations: ReadonlyArray<OperationInfo> = Object.values(all).map((d) => ({
  method: d.method,
  route: d.path,
  operation: d.operationId,
  signed: d.auth === "signed"
}))

/** Matches a concrete path against a route template; returns the path parameters. */
export const matchRoute = (template: string, path: string): Record<string, string> | undefined => {
  const t = template.split("/")
  const p = path.split("/")
  if (t.length !== p.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < t.length; i++) {
    const seg = t[i]!
    if (seg.startsWith("{") && seg.endsWith("}")) {
      if (p[i] === "") return undefined
      params[seg.slice(1, -1)] = decodeURIComponent(p[i]!)
    } else if (seg !== p[i]) return undefined
  }
  return params
}

/**
 * Of two templates that match the same path, whether `a` is more specific than `b`: a fixed
 * segment wins over a parameter at the first place they differ (`/series/fee_changes` over
 * `/series/{series_ticker}`).
 */
const moreSpecific = (a: string, b: string): boolean => {
  const x = a.split("/")
  const y = b.split("/")
  for (let i = 0; i < x.length; i++) {
    const px = x[i]!.startsWith("{")
    const py = y[i]!.startsWith("{")
    if (px !== py) return py
  }
  return false
}

const byMethod = new Map<string, Array<OperationInfo>>()
for (const op of operations) {
  const list = byMethod.get(op.method)
  if (list === undefined) byMethod.set(op.method, [op])
  else list.push(op)
}

/**
 * The operation a request names, with its path parameters: the most specific template that
 * matches, so that fixed paths are never caught by a templated one. None for an unknown path.
 */
export const resolve = (
  method: string,
  path: string
): { readonly op: OperationInfo; readonly params: Record<string, string> } | undefined => {
  let found: { readonly op: OperationInfo; readonly params: Record<string, string> } | undefined
  for (const op of byMethod.get(method) ?? []) {
    const params = matchRoute(op.route, path)
    if (params !== undefined && (found === undefined || moreSpecific(op.route, found.op.route))) found = { op, params }
  }
  return found
}
