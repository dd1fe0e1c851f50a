import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import { KalshiConfig, KalshiHttpClient } from "../src/index.js"

/** A full garbage collection, without starting node with `--expose-gc`. */
const gc = (): () => void => {
  setFlagsFromString("--expose-gc")
  return runInNewContext("gc") as () => void
}

/** A server on 127.0.0.1 answering `{}` to everything, keeping nothing of what it receives. */
const server = Effect.acquireRelease(
  Effect.async<http.Server>((resume) => {
    const s = http.createServer((req, res) => {
      req.resume()
      req.on("end", () => {
        res.writeHead(200, { "content-type": "application/json" }).end("{}")
      })
    })
    s.listen(0, "127.0.0.1", () => resume(Effect.succeed(s)))
  }),
  (s) =>
    Effect.async<void>((resume) => {
      s.close(() => resume(Effect.void))
    })
)

// Found by the soak: every amend or cancel names its order in its path, and the client remembered
// each path it had found valid, up to 4,096 of them (about 0.2 KB each) before starting over: heap
// that grew with every order action for an hour and more.
describe("KalshiHttpClient memory", () => {
  it.scopedLive("does not keep the paths of past requests", () =>
    Effect.gen(function*() {
      const s = yield* server
      const port = (s.address() as AddressInfo).port
      const layer = KalshiHttpClient.layer({ rateLimits: { disabled: true } }).pipe(
        Layer.provide(KalshiConfig.layer({
          environment: { restUrl: `http://127.0.0.1:${port}/trade-api/v2`, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" }
        })),
        Layer.provide(FetchHttpClient.layer)
      )
      const grown = yield* Effect.gen(function*() {
        const client = yield* KalshiHttpClient.KalshiHttpClient
        // long order ids, so that the paths kept would be megabytes
        const pad = "x".repeat(4000)
        const cancel = (i: number) =>
          client.execute({
            operation: "CancelOrderV2",
            method: "DELETE",
            path: `/portfolio/events/orders/${pad}-${i}`,
            route: "/portfolio/events/orders/{order_id}",
            auth: "public"
          })
        const collect = gc()
        // fetch lets go of a request's signal in a finalizer, which runs in a later turn: collect
        // in later turns
        const heapAfterGc = Effect.gen(function*() {
          for (let i = 0; i < 3; i++) {
            yield* Effect.sleep("20 millis")
            collect()
          }
          return process.memoryUsage().heapUsed
        })
        for (let i = 0; i < 1000; i++) yield* cancel(i)
        const before = yield* heapAfterGc
        for (let i = 1000; i < 4000; i++) yield* cancel(i)
        return (yield* heapAfterGc) - before
      }).pipe(Effect.provide(layer))
      // 3,000 paths of 4 KB kept would be 12 MB (the client's own code being optimised meanwhile
      // takes about 2 MB)
      assert.isBelow(grown, 5 * 2 ** 20, `heap grew by ${(grown / 2 ** 20).toFixed(2)} MB`)
    }), 60_000)
})
