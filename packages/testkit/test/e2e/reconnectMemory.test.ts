import { describe, expect, it } from "@effect/vitest"
import { Signer } from "@kalshi-effect/core"
import { KalshiWebSocket } from "@kalshi-effect/ws"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import { TestExchange } from "../../src/index.js"

const A = "KXE2EMEM-26-A"

/** A full garbage collection, without starting node with `--expose-gc`. */
const gc = (): () => void => {
  setFlagsFromString("--expose-gc")
  return runInNewContext("gc") as () => void
}

// Found by the soak: the heap grew by one WebSocket (with its fibers and events) per reconnect, each
// connection's error keeping the previous connection alive through the reconnect schedule's context.
describe("reconnects", () => {
  it.live("leave the sockets of past connections to the garbage collector", () =>
    Effect.gen(function*() {
      const sockets: Array<WeakRef<globalThis.WebSocket>> = []
      const node = yield* KalshiWebSocket.WebSocketFactoryTag.pipe(
        Effect.provide(KalshiWebSocket.layerWebSocketFactoryNode)
      )
      const tracking = Layer.succeed(KalshiWebSocket.WebSocketFactoryTag, (url, headers) => {
        const socket = node(url, headers)
        sockets.push(new WeakRef(socket))
        return socket
      })
      const layer = KalshiWebSocket.layer({ reconnect: { initialDelay: "10 millis", maxDelay: "20 millis" } }).pipe(
        Layer.provide(tracking),
        Layer.provide(Signer.layer),
        Layer.provideMerge(TestExchange.layer({ markets: [{ ticker: A }] }))
      )
      const live = yield* Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const ws = yield* KalshiWebSocket.KalshiWebSocket
        const subscription = yield* ws.subscribe("orderbook_delta", { market_tickers: [A] })
        const reconnects = 12
        for (let i = 0; i < reconnects; i++) {
          yield* exchange.faults.dropWebSockets
          // wait until a new connection is open and the subscription is back on it
          yield* Effect.repeat(
            Effect.all([subscription.sid, exchange.connections]).pipe(
              Effect.map(([sid, open]) => Option.isSome(sid) && open === 1 && sockets.length > i + 1)
            ),
            { until: (back) => back, schedule: Schedule.spaced("5 millis") }
          )
        }
        expect(sockets.length).toBeGreaterThan(reconnects)
        const collect = gc()
        // WeakRefs are cleared only after the job that last read them: collect in later turns
        for (let i = 0; i < 3; i++) {
          yield* Effect.sleep("20 millis")
          collect()
        }
        return sockets.filter((s) => s.deref() !== undefined).length
      }).pipe(Effect.scoped, Effect.provide(layer))
      // the open socket, and the last dropped one (the error of the last drop names it), at most
      expect(live).toBeLessThanOrEqual(2)
    }), 60_000)
})
