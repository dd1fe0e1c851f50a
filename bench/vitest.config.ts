import { defineProject, mergeConfig } from "vitest/config"
import shared from "../vitest.shared.js"

// The smoke runs of the soak and scale instruments: correctness only, no timing. Threads, not forks:
// the instruments fork processes of their own and talk to them over IPC, which a forked test worker
// shares with vitest.
export default mergeConfig(shared, defineProject({ test: { name: "bench", testTimeout: 120_000, pool: "threads" } }))
