import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer } from "effect"
import { readFileSync } from "node:fs"
import { KalshiLive, program } from "../examples/exchange-status.js"
import * as TestServer from "./utils/TestServer.js"

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8")
const packageReadme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
const example = readFileSync(new URL("../examples/exchange-status.ts", import.meta.url), "utf8")

describe("README example", () => {
  it("is the README's code, verbatim", () => {
    assert.include(readme, "```ts\n" + example.trimEnd() + "\n```")
    assert.include(packageReadme, "```ts\n" + example.trimEnd() + "\n```")
  })

  it.scopedLive("runs against a local exchange configured through KALSHI_REST_URL", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      server.setHandler((req) =>
        req.path === "/trade-api/v2/exchange/status"
          ? {
            status: 200,
            body: { exchange_active: true, trading_active: false, exchange_estimated_resume_time: null }
          }
          : { status: 404, body: { error: { code: "not_found", message: "not found" } } }
      )
      const config = ConfigProvider.fromMap(new Map([["KALSHI_REST_URL", server.restUrl]]))
      const status = yield* program.pipe(
        Effect.provide(KalshiLive),
        Effect.provide(Layer.setConfigProvider(config))
      )
      assert.deepStrictEqual(status, { exchange_active: true, trading_active: false })
      assert.strictEqual(server.received.length, 1)
      assert.isUndefined(server.received[0]!.headers["kalshi-access-key"])
    }))
})
