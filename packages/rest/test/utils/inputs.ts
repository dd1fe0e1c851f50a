/**
 * Valid inputs for every operation, built from the spec (wire form; decode them with the
 * operation's input schema to get what the SDK methods take).
 */
import { type Json, operations, refName } from "./spec.js"
import { resolve } from "./SpecServer.js"

/**
 * A path parameter that would change the path if it were not percent-encoded (`/` and `\`, which
 * the SDK refuses, are left out).
 */
export const NASTY = "A..B?c=1#d %2F."

/** Valid request values of the spec's string formats. */
export const formatValues: Readonly<Record<string, string>> = {
  "date-time": "2026-03-01T12:00:00.250+01:00",
  date: "2024-02-29",
  uuid: "8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1"
}

const oneOf = (node: Json): Array<string> | undefined => {
  const tag: string | undefined = node?.["x-oapi-codegen-extra-tags"]?.validate
  const m = tag === undefined ? null : /oneof=([^,]+)/.exec(tag)
  return m === null ? undefined : m[1]!.split(" ")
}

/** A valid wire value for a request schema node: required fields only. */
export const wireValue = (node0: Json, name: string): unknown => {
  const ref = node0?.$ref !== undefined
    ? refName(node0.$ref)
    : node0?.allOf?.[0]?.$ref !== undefined
    ? refName(node0.allOf[0].$ref)
    : undefined
  if (ref === "FixedPointDollars") return "0.5600"
  if (ref === "FixedPointCount") return "10.00"
  const node = resolve(node0)
  const choices = oneOf(node0) ?? oneOf(node)
  if (node.enum !== undefined) return node.enum[0]
  switch (node.type) {
    case "string":
      return choices?.[0] ?? formatValues[node.format] ?? `${name}-1`
    case "integer":
    case "number": {
      if (choices !== undefined) return Number(choices[0])
      return node.minimum ?? 1
    }
    case "boolean":
      return false
    case "array":
      return Array.from({ length: Math.max(1, node.minItems ?? 1) }, () => wireValue(node.items, name))
    default: {
      const out: Record<string, unknown> = {}
      for (const r of (node.required ?? []) as Array<string>) out[r] = wireValue(node.properties[r], r)
      return out
    }
  }
}

/** Inputs the spec's prose requires beyond its required fields. */
const extra: Record<string, Record<string, unknown>> = {
  DecreaseOrderV2: { reduce_by: "1.00" }
}

/** Optional fields left out of the all-fields pass because the spec forbids combining them. */
const conflicting: Record<string, ReadonlyArray<string>> = {
  GetMarkets: ["min_close_ts", "max_close_ts", "min_settled_ts", "max_settled_ts", "min_updated_ts", "max_updated_ts"],
  GetHistoricalMarkets: ["event_ticker", "series_ticker"],
  GetMultivariateEvents: ["collection_ticker"],
  GetWeatherIndex: ["last_sec"],
  CreateOrderV2: ["expiration_time"],
  CreateRFQ: ["target_cost_centi_cents", "subtrader_id", "contracts"],
  ProposeBlockTrade: ["buyer_subtrader_id", "seller_subtrader_id"],
  AcceptBlockTradeProposal: ["subtrader_id"],
  DecreaseOrderV2: ["reduce_to"]
}

export const wireInput = (operationId: string, all = false): Record<string, unknown> => {
  const op = operations.find((o) => o.operationId === operationId)!
  const input: Record<string, unknown> = {}
  for (const p of op.parameters) {
    if (p.in === "path") input[p.name] = NASTY
    else if (p.required === true || all) input[p.name] = wireValue(p.schema, p.name)
  }
  const body = op.op.requestBody?.content?.["application/json"]?.schema
  if (body !== undefined) {
    Object.assign(input, wireValue(body, "body"))
    if (all) {
      const node = resolve(body)
      for (const [name, p] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
        if (input[name] === undefined) input[name] = wireValue(p, name)
      }
    }
  }
  if (all) { for (const name of conflicting[operationId] ?? []) delete input[name] }
  return { ...input, ...extra[operationId] }
}
