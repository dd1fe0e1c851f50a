/**
 * What every REST handler shares: the request and response shapes, the {@link Reject} failure a
 * handler answers with instead of its result, and the parsers of query parameters and JSON
 * bodies. A parser returns an `Either` whose left is the `Reject` (a 400 in the shape the exchange
 * uses for that kind of mistake); handlers are `Effect.gen` programs that `yield*` them, so the
 * first bad input ends the handler as a failure, never as a thrown value.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Data from "effect/Data"
import type * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Engine from "../../Engine.js"
import { type AccountRecord, type ExchangeState, parseDecimal } from "../../exchange/state.js"
import * as Wire from "../wire.js"

/** A request, parsed as far as every handler needs. */
export interface RestRequest {
  readonly method: string
  readonly path: string
  readonly params: Readonly<Record<string, string>>
  readonly query: URLSearchParams
  readonly body: unknown
  readonly account: AccountRecord | undefined
}

/** An answer: a status and a JSON body (none for 204). */
export interface RestResponse {
  readonly status: number
  readonly body: unknown
}

/** A request the exchange refuses: answered with `status` and `body` instead of the handler's result. */
export class Reject extends Data.TaggedError("Reject")<{ readonly status: number; readonly body: unknown }> {}

/** What handlers may read besides the request. */
export interface Context {
  readonly state: ExchangeState
  readonly exchangeStatus: () => { readonly exchangeActive: boolean; readonly tradingActive: boolean }
  readonly limits: (user: string) => {
    readonly read: { readonly refillRate: number; readonly capacity: number }
    readonly write: { readonly refillRate: number; readonly capacity: number }
  }
  readonly costs: () => {
    readonly defaultCost: number
    readonly endpointCosts: ReadonlyArray<{ readonly method: string; readonly path: string; readonly cost: number }>
  }
}

/** A REST operation's handler. */
export type Handler = (req: RestRequest, ctx: Context) => Effect.Effect<RestResponse, Reject>

/** A JSON object. */
export type Json = Record<string, unknown>

/** A 204 without a body. */
export const noContent: RestResponse = { status: 204, body: undefined }

/** Answers `body` with `status` (200 by default). */
export const ok = (body: unknown, status = 200): RestResponse => ({ status, body })

/** A refusal with the nested error body. */
export const reject = (status: number, code: string, message: string, details?: string): Reject =>
  new Reject({ status, body: Wire.nestedError({ code, message, details }) })

/** 400 `bad_request` with details. */
export const badRequest = (details: string): Reject => reject(400, "bad_request", "bad request", details)

/** 404 `not_found` with details. */
export const notFound = (details: string): Reject => reject(404, "not_found", "not found", details)

/** A query-validation 400 (`{"msg"}`). */
export const queryError = (msg: string): Reject => new Reject({ status: 400, body: Wire.queryError(msg) })

/** The engine's rejection, answered as is. */
export const engineError = (e: Engine.EngineError): Reject =>
  new Reject({ status: e.status, body: Wire.nestedError({ code: e.code, message: e.message, details: e.details }) })

/** An engine result, its error as a {@link Reject}. */
export const fromEngine = <A>(result: Either.Either<A, Engine.EngineError>): Either.Either<A, Reject> =>
  Either.mapLeft(result, engineError)

/** The signed-in user (handlers of signed operations always have one). */
export const userOf = (req: RestRequest): Either.Either<string, Reject> =>
  req.account === undefined
    ? Either.left(reject(401, "signature_is_missing_from_headers", "signature is missing from headers"))
    : Either.right(req.account.user)

// ---------------------------------------------------------------------------------------------
// query parameters
// ---------------------------------------------------------------------------------------------

/** An optional integer parameter within bounds. */
export const intParam = (
  q: URLSearchParams,
  name: string,
  min?: number,
  max?: number
): Either.Either<number | undefined, Reject> => {
  const raw = q.get(name)
  if (raw === null || raw === "") return Either.right(undefined)
  if (!/^-?\d+$/.test(raw)) return Either.left(queryError(`${name} must be an integer`))
  const n = Number(raw)
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    const lo = min !== undefined ? `>= ${min}` : ""
    const and = min !== undefined && max !== undefined ? " and " : ""
    const hi = max !== undefined ? `<= ${max}` : ""
    return Either.left(queryError(`${name} must be ${lo}${and}${hi}`))
  }
  return Either.right(n)
}

/** A required integer parameter within bounds. */
export const requiredInt = (
  q: URLSearchParams,
  name: string,
  min?: number,
  max?: number
): Either.Either<number, Reject> =>
  Either.flatMap(
    intParam(q, name, min, max),
    (n) => n === undefined ? Either.left(queryError(`${name} is required`)) : Either.right(n)
  )

/** An optional string parameter (empty reads as absent). */
export const strParam = (q: URLSearchParams, name: string): string | undefined => {
  const raw = q.get(name)
  return raw === null || raw === "" ? undefined : raw
}

/** An optional boolean parameter, false when absent. */
export const boolParam = (q: URLSearchParams, name: string): Either.Either<boolean, Reject> => {
  const raw = q.get(name)
  if (raw === null || raw === "") return Either.right(false)
  if (raw !== "true" && raw !== "false") return Either.left(queryError(`${name} must be a boolean`))
  return Either.right(raw === "true")
}

/** An optional parameter from a set of values. */
export const enumParam = <A extends string>(
  q: URLSearchParams,
  name: string,
  values: ReadonlyArray<A>
): Either.Either<A | undefined, Reject> => {
  const raw = strParam(q, name)
  if (raw === undefined) return Either.right(undefined)
  if (!(values as ReadonlyArray<string>).includes(raw)) {
    return Either.left(queryError(`${name} must be one of ${values.join(", ")}`))
  }
  return Either.right(raw as A)
}

/** A list parameter, repeated or comma-separated; none when empty. */
export const listParam = (q: URLSearchParams, name: string): ReadonlyArray<string> | undefined => {
  const all = q.getAll(name).flatMap((v) => v.split(",")).map((s) => s.trim()).filter((s) => s !== "")
  return all.length === 0 ? undefined : all
}

/** The `subaccount` parameter (0 to 63). */
export const subaccountParam = (q: URLSearchParams): Either.Either<number | undefined, Reject> =>
  intParam(q, "subaccount", 0, 63)

// ---------------------------------------------------------------------------------------------
// pagination: the cursor is an opaque offset; a cursor that does not decode starts over
// ---------------------------------------------------------------------------------------------

const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`, "utf8").toString("base64url")
const decodeCursor = (cursor: string | undefined): number => {
  if (cursor === undefined) return 0
  const text = Buffer.from(cursor, "base64url").toString("utf8")
  const m = /^o:(\d+)$/.exec(text)
  return m === null ? 0 : Number(m[1])
}

/** One page of `items` by the request's `limit` and `cursor`, and the cursor of the next page. */
export const paginate = <A>(
  q: URLSearchParams,
  items: ReadonlyArray<A>,
  limits: { readonly min: number; readonly max: number; readonly def: number; readonly name?: string }
): Either.Either<{ readonly page: ReadonlyArray<A>; readonly cursor: string }, Reject> =>
  Either.map(intParam(q, limits.name ?? "limit", limits.min, limits.max), (requested) => {
    const limit = requested === undefined || requested === 0 ? limits.def : requested
    const offset = decodeCursor(strParam(q, "cursor"))
    const page = items.slice(offset, offset + limit)
    return { page, cursor: offset + limit < items.length ? encodeCursor(offset + limit) : "" }
  })

/** A filter on a time (Unix ms) by the request's `min_ts` / `max_ts` (Unix seconds). */
export const tsRange = (
  q: URLSearchParams,
  min = "min_ts",
  max = "max_ts"
): Either.Either<(tsMs: number) => boolean, Reject> =>
  Either.map(Either.all([intParam(q, min), intParam(q, max)]), ([lo, hi]) => (tsMs: number) => {
    const s = Math.floor(tsMs / 1000)
    return (lo === undefined || s >= lo) && (hi === undefined || s <= hi)
  })

// ---------------------------------------------------------------------------------------------
// JSON bodies: Go's decoder errors for wrong types, 400 bad_request for missing or bad values
// ---------------------------------------------------------------------------------------------

/** The body as a JSON object. */
export const asObject = (body: unknown): Either.Either<Json, Reject> =>
  typeof body !== "object" || body === null || Array.isArray(body)
    ? Either.left(
      new Reject({
        status: 400,
        body: Wire.flatError({ code: "bad_request", message: "request body must be a JSON object" })
      })
    )
    : Either.right(body as Json)

/** Go's answer to a field of the wrong JSON type. */
export const unmarshal = (field: string, value: unknown, expected: string): Reject =>
  new Reject({
    status: 400,
    body: Wire.flatError({
      code: "bad_request",
      message: `json: cannot unmarshal ${
        Array.isArray(value) ? "array" : value === null ? "null" : typeof value
      } into Go struct field .${field} of type ${expected}`
    })
  })

/** An optional string field. */
export const optString = (o: Json, field: string): Either.Either<string | undefined, Reject> => {
  const v = o[field]
  if (v === undefined || v === null) return Either.right(undefined)
  return typeof v === "string" ? Either.right(v) : Either.left(unmarshal(field, v, "string"))
}

/** A required, non-empty string field. */
export const reqString = (o: Json, field: string): Either.Either<string, Reject> =>
  Either.flatMap(
    optString(o, field),
    (v) => v === undefined || v === "" ? Either.left(badRequest(`${field} is required`)) : Either.right(v)
  )

/** An optional boolean field. */
export const optBool = (o: Json, field: string): Either.Either<boolean | undefined, Reject> => {
  const v = o[field]
  if (v === undefined || v === null) return Either.right(undefined)
  return typeof v === "boolean" ? Either.right(v) : Either.left(unmarshal(field, v, "bool"))
}

/** An optional integer field. */
export const optInt = (o: Json, field: string): Either.Either<number | undefined, Reject> => {
  const v = o[field]
  if (v === undefined || v === null) return Either.right(undefined)
  return typeof v === "number" && Number.isInteger(v) ? Either.right(v) : Either.left(unmarshal(field, v, "int64"))
}

/** A required field from a set of values. */
export const reqEnum = <A extends string>(o: Json, field: string, values: ReadonlyArray<A>): Either.Either<A, Reject> =>
  Either.flatMap(reqString(o, field), (v) =>
    (values as ReadonlyArray<string>).includes(v)
      ? Either.right(v as A)
      : Either.left(badRequest(`${field} must be one of ${values.join(", ")}`)))

/** An optional decimal-string field with at most `maxDecimals` decimals. */
export const optDecimal = (
  o: Json,
  field: string,
  maxDecimals: number
): Either.Either<BigDecimal.BigDecimal | undefined, Reject> =>
  Either.flatMap(optString(o, field), (raw) => {
    if (raw === undefined) return Either.right(undefined)
    const d = parseDecimal(raw)
    return d === undefined || BigDecimal.normalize(d).scale > maxDecimals
      ? Either.left(badRequest(`${field} must be a decimal string with at most ${maxDecimals} decimals`))
      : Either.right(d)
  })

/** A required decimal-string field with at most `maxDecimals` decimals. */
export const reqDecimal = (o: Json, field: string, maxDecimals: number): Either.Either<BigDecimal.BigDecimal, Reject> =>
  Either.flatMap(reqString(o, field), () =>
    Either.flatMap(
      optDecimal(o, field, maxDecimals),
      (d) => d === undefined ? Either.left(badRequest(`${field} is required`)) : Either.right(d)
    ))

/** A required integer field. */
export const reqInt = (o: Json, field: string): Either.Either<number, Reject> =>
  Either.flatMap(
    optInt(o, field),
    (v) => v === undefined ? Either.left(badRequest(`${field} is required`)) : Either.right(v)
  )

/** The body as a JSON object, `{}` when there is none (an optional body). */
export const optObject = (body: unknown): Either.Either<Json, Reject> =>
  body === undefined ? Either.right({}) : asObject(body)
