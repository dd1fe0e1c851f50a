import type { ViteUserConfig } from "vitest/config"

/** Settings every package's vitest project shares: run on sources, no build step. */
const config: ViteUserConfig = {
  ssr: {
    resolve: {
      conditions: ["@kalshi-effect/source"]
    }
  },
  resolve: {
    conditions: ["@kalshi-effect/source"]
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
}

export default config
