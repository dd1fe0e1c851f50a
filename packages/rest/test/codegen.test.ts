import { assert, describe, it } from "@effect/vitest"
import { KalshiRateLimiter } from "@kalshi-effect/core"
import { readdirSync, readFileSync } from "node:fs"
import * as path from "node:path"
import { generate } from "../scripts/generator.js"
import * as Operations from "../src/generated/Operations.js"
import { packageRoot, spec, specText } from "./utils/spec.js"

const generatedDir = path.join(packageRoot, "src/generated")

describe("codegen", () => {
  const files = generate(specText)

  it("the committed generated files are what the spec generates", () => {
    assert.deepStrictEqual(Object.keys(files).sort(), readdirSync(generatedDir).sort())
    for (const [name, content] of Object.entries(files)) {
      const committed = readFileSync(path.join(generatedDir, name), "utf8")
      assert.isTrue(committed === content, `src/generated/${name} is stale: run npm run codegen`)
    }
  })

  it("marks every generated file as generated", () => {
    for (const content of Object.values(files)) assert.include(content, "GENERATED FILE: do not edit")
  })

  it("emits every component schema and one descriptor per operation", () => {
    const components = Object.keys(spec.components.schemas)
    assert.strictEqual(components.length, 207)
    for (const name of components) assert.include(files["Schemas.ts"], `export const ${name} = `)
    const operationIds = Object.values(spec.paths as Record<string, Record<string, { operationId: string }>>)
      .flatMap((item) => Object.values(item).map((op) => op.operationId))
    assert.strictEqual(operationIds.length, 117)
    for (const id of operationIds) assert.include(files["Operations.ts"], `export const ${id} = {`)
  })

  it("documents the same non-default token costs as core's rate limiter", () => {
    const fromSpec = Object.values(Operations.all)
      .filter((d) => d.tokenCost !== undefined)
      .map((d) => `${d.method} ${d.path} ${d.tokenCost!.tokens}${d.tokenCost!.perItem ? " per item" : ""}`)
      .sort()
    const fromCore = KalshiRateLimiter.defaultEndpointCosts
      .map((c) => `${c.method} ${c.path} ${c.cost}${c.perItem === true ? " per item" : ""}`)
      .sort()
    assert.deepStrictEqual(fromSpec, fromCore)
  })

  it("turns each spec construct into its schema form", () => {
    const mini = `
openapi: 3.0.0
info: { title: mini, version: 0.0.1 }
paths:
  /things/{thing_id}:
    get:
      operationId: GetThings
      tags: [thing-stuff]
      description: |
        Lists things.
      x-mint:
        content: "**Rate limit:** 3 tokens per request."
      security: [{ kalshiAccessKey: [] }]
      parameters:
        - { name: thing_id, in: path, required: true, schema: { type: string } }
        - { name: tickers, in: query, description: "Comma-separated list of tickers (maximum 7)", schema: { type: string } }
        - { name: ids, in: query, style: form, explode: true, schema: { type: array, items: { type: string } } }
        - { name: limit, in: query, schema: { type: integer, minimum: 1, maximum: 50 } }
        - { name: cursor, in: query, schema: { type: string } }
        - { name: since, in: query, schema: { type: string, format: date-time } }
        - { name: shard, in: query, schema: { type: integer, format: int32, minimum: 0 } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Page' } } }
  /things:
    post:
      operationId: CreateThing
      tags: [thing-stuff]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/ThingRequest' } } }
      responses:
        '201':
          description: created
components:
  parameters: {}
  schemas:
    FixedPointDollars: { type: string }
    Thing:
      type: object
      required: [id, state, price]
      properties:
        id: { type: string }
        state: { type: string, enum: [on, off] }
        price: { $ref: '#/components/schemas/FixedPointDollars' }
        size_fp: { type: string }
        balance: { type: integer }
        amount_cents: { type: integer }
    ThingRequest:
      type: object
      required: [client_id]
      properties:
        client_id: { type: string, format: uuid }
        on_day: { type: string, format: date }
        at: { type: string, format: date-time }
        note: { type: string }
        size: { type: integer, format: int64 }
    Page:
      type: object
      required: [things]
      properties:
        things: { type: array, items: { $ref: '#/components/schemas/Thing' } }
        next_cursor: { type: string }
`
    const out = generate(mini)
    assert.include(out["Schemas.ts"], `id: Schema.String`)
    assert.include(out["Schemas.ts"], `state: field(openEnum("on", "off"))`)
    assert.include(out["Schemas.ts"], `price: dollarsField`)
    assert.include(out["Schemas.ts"], `size_fp: countField`)
    assert.include(out["Schemas.ts"], `amount_cents: field(FixedPoint.DollarsFromCents)`)
    assert.include(out["Schemas.ts"], `balance: field(Schema.Number)`)
    // `things` is what GetThings exists to return: required, `null` is `[]`
    assert.include(out["Schemas.ts"], `things: payloadArray(Thing)`)
    assert.include(out["Operations.ts"], `payload: ["things"]`)
    assert.include(out["Operations.ts"], `thing_id: PathParam`)
    assert.include(out["Operations.ts"], `cursor: Schema.optionalWith(QueryString, { exact: true })`)
    assert.include(out["Operations.ts"], `since: Schema.optionalWith(DateTime, { exact: true })`)
    assert.include(
      out["Operations.ts"],
      `shard: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true })`
    )
    assert.include(
      out["Operations.ts"],
      `import { commaList, DateTime, Int32, PathParam, QueryString } from "../internal/schema.js"`
    )
    assert.include(out["Requests.ts"], `client_id: Uuid`)
    assert.include(out["Requests.ts"], `on_day: Schema.optionalWith(FullDate, { exact: true })`)
    assert.include(out["Requests.ts"], `at: Schema.optionalWith(DateTime, { exact: true })`)
    assert.include(out["Requests.ts"], `note: Schema.optionalWith(Schema.String, { exact: true })`)
    assert.include(out["Requests.ts"], `size: Schema.optionalWith(Schema.Int, { exact: true })`)
    assert.include(out["Requests.ts"], `import { DateTime, FullDate, Uuid } from "../internal/schema.js"`)
    assert.include(out["Operations.ts"], `tickers: Schema.optionalWith(commaList(7), { exact: true })`)
    assert.include(out["Operations.ts"], `{ name: "ids", in: "query", required: false, style: "form", explode: true }`)
    assert.include(
      out["Operations.ts"],
      `Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(50))`
    )
    assert.include(out["Operations.ts"], `auth: "signed"`)
    assert.include(out["Operations.ts"], `tokenCost: { tokens: 3, perItem: false }`)
    assert.include(out["Operations.ts"], `pagination: { cursorField: "next_cursor", itemFields: ["things"] }`)
    assert.include(
      out["Services.ts"],
      `export class ThingStuffApi extends Context.Tag("@kalshi-effect/rest/ThingStuffApi")`
    )
    assert.include(out["Services.ts"], `getThingsStream: executor.stream(Operations.GetThings, (page) => page.things)`)
    // the decoders are written from the same shapes as the schemas
    assert.include(out["Decoders.ts"], `function decodeThing(input: unknown): Schemas.Thing | Fail {`)
    assert.include(out["Decoders.ts"], `const d0 = FixedPoint.readDollars(v)`) // price: FixedPoint.FixedPointDollars
    assert.include(out["Decoders.ts"], `out["amount_cents"] = BigDecimal.make(BigInt(v), 2)`)
    assert.include(out["Decoders.ts"], `= array(v, decodeThing)`) // things: payloadArray(Thing)
    assert.include(out["Decoders.ts"], `  Thing: decodeThing,\n  Page: decodePage`)
  })

  it("refuses a spec it cannot represent instead of emitting something wrong", () => {
    const broken = specText.replace(
      "operationId: GetExchangeStatus\n",
      "operationId: GetExchangeStatus\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n"
    )
    assert.notStrictEqual(broken, specText)
    assert.throws(() => generate(broken), /inline request bodies are not supported/)
    // A format the generator has no check for must not go out unchecked.
    const unknownFormat = specText.replace(
      "description: Minimum start date to filter milestones. Format RFC3339 timestamp\n          required: false\n          schema:\n            type: string\n            format: date-time",
      "description: Minimum start date to filter milestones. Format RFC3339 timestamp\n          required: false\n          schema:\n            type: string\n            format: ipv4"
    )
    assert.notStrictEqual(unknownFormat, specText)
    assert.throws(() => generate(unknownFormat), /GetMilestones\.minimum_start_date: unsupported string format ipv4/)
  })
})
