import { defineProject } from "vitest/config"

// The packages as a user gets them: no source condition here, only the tarballs installed by the setup.
export default defineProject({
  test: {
    name: "dist",
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 600_000
  }
})
