import { assert, describe, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import { OrdersApi } from "../src/index.js"
import { captures } from "./utils/captures.js"
import * as Harness from "./utils/harness.js"

/** The queue position body recorded in January 2026: the legacy integer, no `queue_position_fp`. */
const january = captures.find((c) => c.endpoint === "order_queue_position")!.response

describe("a response without what its operation exists to return", () => {
  it.scopedLive("GetOrderQueuePosition answered without queue_position_fp is a DecodeError naming it", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        assert.deepStrictEqual(january, { queue_position: 103 })
        server.setHandler((req, next) =>
          req.operationId === "GetOrderQueuePosition" ? { status: 200, body: january } : next()
        )
        const orders = yield* OrdersApi
        const error = yield* Effect.flip(orders.getOrderQueuePosition({ order_id: "6c170f2d" }))
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") {
          assert.strictEqual(error.operation, "GetOrderQueuePosition")
          assert.strictEqual(error.path, "queue_position_fp")
          assert.include(error.message, "queue_position_fp")
        }
      })
    ))

  it.scopedLive("with it, the position decodes", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        server.setHandler((req, next) =>
          req.operationId === "GetOrderQueuePosition"
            ? { status: 200, body: { queue_position_fp: "103.00" } }
            : next()
        )
        const orders = yield* OrdersApi
        const answer = yield* orders.getOrderQueuePosition({ order_id: "6c170f2d" })
        const position: BigDecimal.BigDecimal = answer.queue_position_fp
        assert.isTrue(BigDecimal.equals(position, BigDecimal.unsafeFromString("103")))
      })
    ))
})
