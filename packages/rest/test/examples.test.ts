import { assert, describe, it } from "@effect/vitest"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { readFileSync } from "node:fs"
import { KalshiLive, program } from "../examples/markets-and-orders.js"
import * as Harness from "./utils/harness.js"
import * as SpecServer from "./utils/SpecServer.js"
import { synthesize } from "./utils/SpecServer.js"

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
const example = readFileSync(new URL("../examples/markets-and-orders.ts", import.meta.url), "utf8")

const market = (ticker: string) => ({ ...(synthesize({ $ref: "#/components/schemas/Market" }) as object), ticker })

const rootReadme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8")

describe("README example", () => {
  it("is in the repository's README, verbatim", () => {
    assert.include(
      rootReadme,
      "```ts\n" + readFileSync(new URL("../examples/markets-and-orders.ts", import.meta.url), "utf8").trimEnd() +
        "\n```"
    )
  })

  it("is the README's code, verbatim", () => {
    assert.include(readme, "```ts\n" + example.trimEnd() + "\n```")
  })

  it.scopedLive("lists markets as a Stream, places and cancels an order, against a local exchange", () =>
    Effect.gen(function*() {
      const server = yield* SpecServer.make(Harness.keyPair.publicKey)
      server.setHandler((req, next) => {
        if (req.errors.length > 0) return next()
        if (req.operationId === "GetMarkets") {
          return req.query.get("cursor") === null
            ? { status: 200, body: { markets: [market("KXHIGHNY-1"), market("KXHIGHNY-2")], cursor: "page-2" } }
            : { status: 200, body: { markets: [market("KXHIGHNY-3")], cursor: "" } }
        }
        if (req.operationId === "CreateOrderV2") {
          const body = JSON.parse(req.body)
          return {
            status: 201,
            body: {
              order_id: "order-1",
              client_order_id: body.client_order_id,
              fill_count: "0.00",
              remaining_count: "1.00",
              ts_ms: 1
            }
          }
        }
        if (req.operationId === "CancelOrderV2") {
          return { status: 200, body: { order_id: req.params["order_id"], reduced_by: "1.00", ts_ms: 2 } }
        }
        return next()
      })
      const config = ConfigProvider.fromMap(
        new Map([
          ["KALSHI_REST_URL", server.restUrl],
          ["KALSHI_API_KEY_ID", "example-key"],
          ["KALSHI_PRIVATE_KEY", Harness.privateKeyPem]
        ])
      )
      yield* program.pipe(Effect.provide(KalshiLive), Effect.provide(Layer.setConfigProvider(config)))
      assert.deepStrictEqual(server.received.map((r) => r.operationId), [
        "GetMarkets",
        "GetMarkets",
        "CreateOrderV2",
        "CancelOrderV2"
      ])
      assert.deepStrictEqual(server.received.flatMap((r) => r.errors), [])
      assert.deepStrictEqual(server.received.map((r) => r.query.get("series_ticker")).slice(0, 2), [
        "KXHIGHNY",
        "KXHIGHNY"
      ])
      const order = JSON.parse(server.received[2]!.body)
      assert.include(order, { ticker: "KXHIGHNY-1", side: "bid", price: "0.01", count: "1.00", post_only: true })
      assert.strictEqual(server.received[3]!.params["order_id"], "order-1")
    }))
})
