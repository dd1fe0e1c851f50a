import { assert, describe, it } from "@effect/vitest"
import { TestExchange } from "@kalshi-effect/testkit"
import { ConfigProvider, Effect, Layer, Option, Redacted } from "effect"
import { readFileSync } from "node:fs"
import * as QuickStart from "../examples/quick-start.js"

const source = readFileSync(new URL("../examples/quick-start.ts", import.meta.url), "utf8").trimEnd()

describe("the quick start", () => {
  it("is the first example of the repository's README and of the package's README, verbatim", () => {
    for (const file of ["../../../README.md", "../README.md"]) {
      const readme = readFileSync(new URL(file, import.meta.url), "utf8")
      const first = readme.indexOf("```ts\n")
      assert.isAtLeast(first, 0, file)
      assert.strictEqual(readme.slice(first, first + source.length + 10), "```ts\n" + source + "\n```", file)
    }
  })

  it.scopedLive("runs against a local exchange configured through the KALSHI_* variables", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.TestExchange
      const me = yield* exchange.addAccount({ balance: "100" })
      const config = yield* exchange.configFor(me)
      const key = Option.getOrThrow(config.credentials)
      const env = ConfigProvider.fromMap(
        new Map([
          ["KALSHI_REST_URL", config.restUrl],
          ["KALSHI_WS_URL", config.wsUrl],
          ["KALSHI_API_KEY_ID", Redacted.value(key.apiKeyId)],
          ["KALSHI_PRIVATE_KEY", Redacted.value(key.privateKey)]
        ])
      )
      const orderId = yield* QuickStart.program.pipe(
        Effect.provide(QuickStart.Sdk.pipe(Layer.provide(Layer.setConfigProvider(env))))
      )
      assert.isString(orderId)
      // the bid rested while the program ran, and was canceled when its scope closed
      const [order] = yield* exchange.orders(me.user)
      assert.strictEqual(order?.orderId, orderId)
      assert.strictEqual(order?.status, "canceled")
    }).pipe(Effect.provide(TestExchange.layerExchange({ markets: [{ ticker: "KXQUICK-26-A" }] }))))
})
