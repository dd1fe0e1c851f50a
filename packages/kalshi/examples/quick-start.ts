import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { MarketApi, Orders } from "@kalshi-effect/rest"
import { KalshiWebSocket } from "@kalshi-effect/ws"
import { Console, Effect, Stream } from "effect"

// The open markets, a bid that rests on the first one while the program watches its order on the
// WebSocket, and the bid canceled when the scope closes.
export const program = Effect.gen(function*() {
  const markets = yield* MarketApi
  const ws = yield* KalshiWebSocket.KalshiWebSocket
  const { markets: open } = yield* markets.getMarkets({ status: "open", limit: 5 })
  for (const market of open) yield* Console.log(`${market.ticker}: ${market.title ?? ""}`)
  const ticker = open[0]?.ticker
  if (ticker === undefined) return yield* Console.log("no open market")

  const updates = yield* ws.subscribe("user_orders", { market_tickers: [ticker] })
  // Decimals as Kalshi writes them; a malformed one fails with InvalidInput before anything is sent.
  const placed = yield* Orders.placeScoped(
    Orders.buy({ ticker, side: "yes", count: "1", price: "0.01", postOnly: true })
  )
  yield* Console.log(`placed ${placed.orderId}: ${placed.status}`)
  const update = yield* updates.stream.pipe(Stream.filter(KalshiWebSocket.isMessage), Stream.runHead)
  if (update._tag === "Some") yield* Console.log(`on the WebSocket: ${update.value.msg.status}`)
  return placed.orderId
}).pipe(Effect.scoped)

// Every REST service, the WebSocket and Node's fastest transport, configured by KALSHI_ENV (demo by
// default), KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY or KALSHI_PRIVATE_KEY_PATH. Elsewhere (Bun, Deno,
// a bundle): Kalshi.layerConfig() or Kalshi.layer({ environment, apiKeyId, privateKey }) over fetch.
export const Sdk = KalshiNode.layerConfig()

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(program.pipe(Effect.provide(Sdk))).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
