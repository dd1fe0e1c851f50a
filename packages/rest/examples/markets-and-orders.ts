import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { FixedPoint, KalshiConfig } from "@kalshi-effect/core"
import * as FetchHttpClient from "@kalshi-effect/core/FetchHttpClient"
import { KalshiRest, MarketApi, Orders, OrdersApi } from "@kalshi-effect/rest"
import { Console, Effect, Layer, Stream } from "effect"

// Every open market of a series, read page after page as one Stream (the cursor is handled for you).
export const openMarkets = (seriesTicker: string) =>
  Stream.unwrap(
    Effect.map(MarketApi, (markets) =>
      markets.getMarketsStream({ series_ticker: seriesTicker, status: "open", limit: 200 }))
  )

// Buy 1 YES contract at 0.01 (resting, post-only), then cancel it.
export const placeAndCancel = (ticker: string) =>
  Effect.gen(function*() {
    const orders = yield* OrdersApi
    // place() fills in a client_order_id and, if the answer is lost, finds out whether the order exists.
    // Decimals are strings, as Kalshi writes them; a malformed one fails with InvalidInput and nothing is sent.
    const placed = yield* Orders.place(
      Orders.limit({ ticker, side: "yes", action: "buy", count: "1", price: "0.01", postOnly: true })
    )
    const orderId = placed.orderId
    yield* Console.log(`placed ${orderId}, ${placed.status} (client_order_id ${placed.clientOrderId})`)
    const canceled = yield* orders.cancelOrderV2({ order_id: orderId })
    yield* Console.log(
      `canceled ${orderId}: ${FixedPoint.formatCount(canceled.reduced_by ?? FixedPoint.unsafeCount("0"))} contracts`
    )
    return canceled
  })

export const program = Effect.gen(function*() {
  const markets = yield* Stream.runCollect(Stream.take(openMarkets("KXHIGHNY"), 10))
  for (const market of markets) {
    yield* Console.log(
      `${market.ticker}: yes bid ${market.yes_bid_dollars ? FixedPoint.formatDollars(market.yes_bid_dollars) : "-"}`
    )
  }
  const [first] = markets
  if (first !== undefined) yield* placeAndCancel(first.ticker)
})

// KALSHI_ENV (demo by default), KALSHI_REST_URL, KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY(_PATH) come from the
// environment (a key file is read through NodeFileSystem).
export const KalshiLive = KalshiRest.layerWithClient().pipe(
  Layer.provide(KalshiConfig.layerConfig().pipe(Layer.provide(NodeFileSystem.layer))),
  Layer.provide(FetchHttpClient.layer)
)

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(program.pipe(Effect.provide(KalshiLive))).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
