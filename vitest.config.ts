import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: ["packages/*", "bench", "test-dist"],
    reporters: ["default", "./vitest.summary.ts"]
  }
})
