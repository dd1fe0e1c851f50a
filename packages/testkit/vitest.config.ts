import { defineProject, mergeConfig } from "vitest/config"
import shared from "../../vitest.shared.js"

// `examples/` holds a user's test written with the testkit (shown in the README); it runs too.
export default mergeConfig(
  shared,
  defineProject({ test: { name: "testkit", include: ["test/**/*.test.ts", "examples/**/*.test.ts"] } })
)
