import { assert, describe, it } from "@effect/vitest"
import { readFileSync } from "node:fs"

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8")
const example = readFileSync(new URL("../examples/strategy.test.ts", import.meta.url), "utf8")

describe("README", () => {
  it("shows the testkit example test verbatim", () => {
    assert.include(readme, "```ts\n" + example.trimEnd() + "\n```")
  })

  it("documents the main job next to the test command", () => {
    assert.include(readme, "npm start")
    assert.include(readme, "npm test")
  })
})
