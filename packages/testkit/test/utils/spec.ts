/**
 * Checks the exchange's answers against Kalshi's spec files (`../shared/kalshi-spec/` beside the
 * repository root, read in place): every required field present, no field the spec does not
 * name, types, enums, constants, and the decimals of the fixed-point strings.
 */
import { readFileSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { parse } from "yaml"

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..")
const specDir = path.resolve(repoRoot, "../shared/kalshi-spec")

export const openapi: any = parse(readFileSync(path.join(specDir, "openapi.yaml"), "utf8"))
export const asyncapi: any = parse(readFileSync(path.join(specDir, "asyncapi.yaml"), "utf8"))

const resolve = (root: any, ref: string): { readonly name: string; readonly schema: any } => {
  const parts = ref.replace(/^#\//, "").split("/")
  let node = root
  for (const p of parts) node = node[p]
  return { name: parts[parts.length - 1]!, schema: node }
}

const fixedPoint: Record<string, RegExp> = {
  FixedPointDollars: /^-?\d+\.\d{4,6}$/,
  FixedPointCount: /^-?\d+\.\d{2}$/
}

const typeOf = (v: unknown): string =>
  v === null
    ? "null"
    : Array.isArray(v)
    ? "array"
    : typeof v === "number"
    ? (Number.isInteger(v) ? "integer" : "number")
    : typeof v

export const validate = (
  root: any,
  schema: any,
  value: unknown,
  at = "$",
  errors: Array<string> = []
): Array<string> => {
  if (schema === undefined || schema === true) return errors
  if (schema.$ref !== undefined) {
    const { name, schema: target } = resolve(root, schema.$ref)
    if (value === null && schema.nullable === true) return errors
    const re = fixedPoint[name]
    if (re !== undefined && (typeof value !== "string" || !re.test(value))) {
      errors.push(`${at}: ${JSON.stringify(value)} is not a ${name}`)
      return errors
    }
    return validate(root, target, value, at, errors)
  }
  if (value === null && schema.nullable === true) return errors
  if (schema.allOf !== undefined) {
    if (value === null && schema.allOf.some((s: any) => s.nullable)) return errors
    for (const s of schema.allOf) validate(root, { ...s, nullable: schema.nullable ?? s.nullable }, value, at, errors)
    return errors
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    if (schema[key] !== undefined) {
      const ok = schema[key].some((s: any) => validate(root, s, value, at, []).length === 0)
      if (!ok) errors.push(`${at}: matches no branch of ${key}`)
      return errors
    }
  }
  if (schema.const !== undefined && value !== schema.const) {
    errors.push(`${at}: expected ${JSON.stringify(schema.const)}`)
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    errors.push(`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`)
  }
  const types: Array<string> | undefined = schema.type === undefined
    ? undefined
    : Array.isArray(schema.type)
    ? schema.type
    : [schema.type]
  if (types !== undefined) {
    const t = typeOf(value)
    const okType = types.includes(t) || (t === "integer" && types.includes("number"))
    if (!okType) {
      errors.push(`${at}: ${JSON.stringify(value)} is not ${types.join("|")}`)
      return errors
    }
  }
  if (schema.format === "date-time" && typeof value === "string" && Number.isNaN(Date.parse(value))) {
    errors.push(`${at}: ${value} is not a date-time`)
  }
  if (typeOf(value) === "object" && (schema.properties !== undefined || schema.required !== undefined)) {
    const obj = value as Record<string, unknown>
    for (const r of schema.required ?? []) if (!(r in obj)) errors.push(`${at}.${r}: required`)
    for (const [k, v] of Object.entries(obj)) {
      const prop = schema.properties?.[k]
      if (prop === undefined) {
        if (schema.additionalProperties === undefined || schema.additionalProperties === false) {
          errors.push(`${at}.${k}: not in the spec`)
        }
        continue
      }
      validate(root, prop, v, `${at}.${k}`, errors)
    }
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((v, i) => validate(root, schema.items, v, `${at}[${i}]`, errors))
  }
  return errors
}

/** The errors of a REST answer against the response schema of its operation. */
export const checkRest = (method: string, route: string, status: number, body: unknown): Array<string> => {
  const op = openapi.paths[route]?.[method.toLowerCase()]
  if (op === undefined) return [`no operation ${method} ${route}`]
  let response = op.responses[String(status)]
  if (response?.$ref !== undefined) response = resolve(openapi, response.$ref).schema
  if (response === undefined) return [`${method} ${route}: no response ${status} in the spec`]
  const schema = response.content?.["application/json"]?.schema
  if (schema === undefined) return body === undefined ? [] : [`${method} ${route}: the spec has no body for ${status}`]
  return validate(openapi, schema, body)
}

const framePayloads: Record<string, string> = {
  orderbook_snapshot: "orderbookSnapshotPayload",
  orderbook_delta: "orderbookDeltaPayload",
  ticker: "tickerPayload",
  trade: "tradePayload",
  fill: "fillPayload",
  market_lifecycle_v2: "marketLifecycleV2Payload",
  market_position: "marketPositionPayload",
  order_group_updates: "orderGroupUpdatesPayload",
  user_order: "userOrderPayload",
  subscribed: "subscribedResponsePayload",
  unsubscribed: "unsubscribedResponsePayload",
  error: "errorResponsePayload",
  multivariate_market_lifecycle: "multivariateMarketLifecyclePayload",
  cfbenchmarks_value: "cfbenchmarksValuePayload",
  cfbenchmarks_value_indexlist: "cfbenchmarksIndexListPayload",
  cfbenchmarks_value_5hz: "cfbenchmarksValue5HzPayload",
  cfbenchmarks_value_5hz_indexlist: "cfbenchmarks5HzIndexListPayload",
  pyth_value: "pythValuePayload",
  pyth_value_underlying_list: "pythUnderlyingListPayload",
  rfq_created: "rfqCreatedPayload",
  rfq_deleted: "rfqDeletedPayload",
  quote_created: "quoteCreatedPayload",
  quote_accepted: "quoteAcceptedPayload",
  quote_executed: "quoteExecutedPayload"
}

/** The errors of a WebSocket frame against its payload schema. */
export const checkFrame = (frame: any): Array<string> => {
  const name = frame.type === "ok"
    ? Array.isArray(frame.msg)
      ? "listSubscriptionsResponsePayload"
      : frame.msg?.index_ids !== undefined
      ? "subscribedIndicesResponsePayload"
      : frame.msg?.underlying_tickers !== undefined
      ? "subscribedUnderlyingsResponsePayload"
      : "okResponsePayload"
    : framePayloads[frame.type]
  if (name === undefined) return [`no schema for frame type ${frame.type}`]
  return validate(asyncapi, asyncapi.components.schemas[name], frame, frame.type)
}
