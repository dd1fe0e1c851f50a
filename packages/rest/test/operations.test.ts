import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"
import * as Operations from "../src/generated/Operations.js"
import * as Services from "../src/generated/Services.js"
import * as Harness from "./utils/harness.js"
import { type Json, operations, refName } from "./utils/spec.js"
import { resolve } from "./utils/SpecServer.js"

const pascal = (tag: string) => tag.split("-").map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join("")
const methodName = (operationId: string) => operationId.charAt(0).toLowerCase() + operationId.slice(1)

/** A path parameter that would change the path if it were not percent-encoded. */
const NASTY = "A/../B?c=1#d %2F."

const oneOf = (node: Json): Array<string> | undefined => {
  const tag: string | undefined = node?.["x-oapi-codegen-extra-tags"]?.validate
  const m = tag === undefined ? null : /oneof=([^,]+)/.exec(tag)
  return m === null ? undefined : m[1]!.split(" ")
}

/** A valid wire value for a request schema node: required fields only. */
const wireValue = (node0: Json, name: string): unknown => {
  const ref = node0?.$ref !== undefined ? refName(node0.$ref) : node0?.allOf?.[0]?.$ref !== undefined ? refName(node0.allOf[0].$ref) : undefined
  if (ref === "FixedPointDollars") return "0.5600"
  if (ref === "FixedPointCount") return "10.00"
  const node = resolve(node0)
  const choices = oneOf(node0) ?? oneOf(node)
  if (node.enum !== undefined) return node.enum[0]
  switch (node.type) {
    case "string":
      return choices?.[0] ?? `${name}-1`
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

const wireInput = (operationId: string, all = false): Record<string, unknown> => {
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
  if (all) for (const name of conflicting[operationId] ?? []) delete input[name]
  return { ...input, ...extra[operationId] }
}

type Method = (input: unknown) => Effect.Effect<unknown, unknown>

describe("every operation", () => {
  const descriptors = Object.values(Operations.all)

  it("the spec has 117 operations and the SDK 117 descriptors", () => {
    assert.strictEqual(operations.length, 117)
    assert.strictEqual(descriptors.length, 117)
  })

  it("parity: every spec operation has its method on its tag's service, and every method is a spec operation", () =>
    Effect.gen(function*() {
      const apis = (yield* Harness.apis) as unknown as Record<string, Record<string, unknown>>
      const expected = new Set<string>()
      for (const op of operations) {
        const service = `${pascal(op.tag)}Api`
        assert.isDefined(apis[service], `${service} is missing`)
        assert.isFunction(apis[service]![methodName(op.operationId)], `${service}.${methodName(op.operationId)} is missing`)
        expected.add(`${service}.${methodName(op.operationId)}`)
      }
      const actual = new Set<string>()
      for (const [service, methods] of Object.entries(apis)) {
        for (const name of Object.keys(methods)) if (!name.endsWith("Stream")) actual.add(`${service}.${name}`)
      }
      assert.deepStrictEqual([...actual].sort(), [...expected].sort())
      assert.strictEqual(Object.keys(apis).length, 17)
      assert.deepStrictEqual(Object.keys(Services.tags).sort(), [...new Set(operations.map((o) => `${pascal(o.tag)}Api`))].sort())
    }).pipe(Effect.provide(Harness.layer({ restUrl: "http://127.0.0.1:9/trade-api/v2" }))))

  for (const all of [false, true]) {
  it.scopedLive(`each of the 117 is sent as the spec says, signed, and its spec-shaped answer decodes (${all ? "every field" : "required fields"})`, () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const apis = (yield* Harness.apis) as unknown as Record<string, Record<string, Method>>
        const called = new Set<string>()
        for (const descriptor of descriptors) {
          const input = Schema.decodeUnknownSync(descriptor.input as Schema.Schema.AnyNoContext)(wireInput(descriptor.operationId, all))
          const method = apis[`${pascal(descriptor.tag)}Api`]![methodName(descriptor.operationId)]!
          const before = server.received.length
          const exit = yield* Effect.exit(method(input))
          const req = server.received[before]
          assert.strictEqual(server.received.length, before + 1, `${descriptor.operationId}: one request`)
          assert.strictEqual(req!.operationId, descriptor.operationId)
          assert.deepStrictEqual(req!.errors, [], `${descriptor.operationId}: ${req!.errors.join("; ")}`)
          for (const value of Object.values(req!.params)) assert.strictEqual(value, NASTY)
          assert.isTrue(Exit.isSuccess(exit), `${descriptor.operationId}: ${Exit.isFailure(exit) ? String(exit.cause) : ""}`)
          called.add(descriptor.operationId)
        }
        assert.strictEqual(called.size, 117)
      })
    ))
  }
})
