import { defineProject, mergeConfig } from "vitest/config"
import shared from "../../vitest.shared.js"

// The commands run as child processes of the built JavaScript (built once by the setup), each
// against a local exchange the test starts.
export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: "cli",
      globalSetup: ["./test/setup.ts"],
      testTimeout: 120_000,
      hookTimeout: 300_000
    }
  })
)
