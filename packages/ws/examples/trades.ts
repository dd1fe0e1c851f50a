import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { KalshiConfig } from "@kalshi-effect/core"
import { formatCount, formatDollars } from "@kalshi-effect/core/FixedPoint"
import { KalshiWebSocket } from "@kalshi-effect/ws"
import { Console, Effect, Layer, Stream } from "effect"

// The first `count` public trades of some markets, with exact prices and sizes.
export const trades = (marketTickers: ReadonlyArray<string>, count: number) =>
  Effect.gen(function*() {
    const ws = yield* KalshiWebSocket.KalshiWebSocket
    // subscribed once this returns: nothing is missed before the stream is read
    const subscription = yield* ws.subscribe("trade", { market_tickers: marketTickers })
    return yield* subscription.stream.pipe(
      // control events (reconnects, gaps, undecodable frames) have a `_tag`; trades have a `type`
      Stream.tap((event) => KalshiWebSocket.isControlEvent(event) ? Console.warn(event) : Effect.void),
      Stream.filter(KalshiWebSocket.isMessage),
      Stream.take(count),
      Stream.tap(({ msg }) =>
        Console.log(
          `${msg.market_ticker}: ${formatCount(msg.count_fp)} at ${
            formatDollars(msg.yes_price_dollars)
          } (taker ${msg.taker_outcome_side})`
        )
      ),
      Stream.runCollect
    )
    // leaving the scope unsubscribes
  }).pipe(Effect.scoped)

// KALSHI_ENV (demo by default), KALSHI_WS_URL, KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY(_PATH) are read
// from the environment. The connection is signed, so it needs Node.js, Bun or Deno: browsers cannot set
// headers on a WebSocket handshake.
export const KalshiLive = KalshiWebSocket.layerNodeFromConfig().pipe(
  Layer.provide(KalshiConfig.layerConfig().pipe(Layer.provide(NodeFileSystem.layer)))
)

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(trades(process.argv.slice(2), 10).pipe(Effect.provide(KalshiLive))).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
