import { assert, describe, it } from "@effect/vitest"
import { readFileSync, readdirSync } from "node:fs"
import * as path from "node:path"
import { KalshiRateLimiter } from "@kalshi-effect/core"
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

  it("refuses a spec it cannot represent instead of emitting something wrong", () => {
    const broken = specText.replace("operationId: GetExchangeStatus\n", "operationId: GetExchangeStatus\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n")
    assert.notStrictEqual(broken, specText)
    assert.throws(() => generate(broken), /inline request bodies are not supported/)
  })
})
