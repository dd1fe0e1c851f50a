import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { PortfolioApi } from "@kalshi-effect/rest"
import { KalshiWebSocket } from "@kalshi-effect/ws"
import { BigDecimal, Console, Effect, Stream } from "effect"

// Your fills and positions as they happen on the WebSocket, each followed by the balance read over REST.
export const followPortfolio = Effect.gen(function*() {
  const ws = yield* KalshiWebSocket.KalshiWebSocket
  const portfolio = yield* PortfolioApi
  // subscribed once these return: nothing is missed before the streams are read
  const fills = yield* ws.subscribe("fill", {})
  const positions = yield* ws.subscribe("market_positions", {})
  const withBalance = (line: string) =>
    Effect.map(
      portfolio.getBalance(),
      ({ balance_dollars }) =>
        `${line} (balance ${balance_dollars === undefined ? "?" : BigDecimal.format(balance_dollars)})`
    )
  return Stream.merge(
    fills.stream.pipe(
      Stream.filter(KalshiWebSocket.isMessage),
      Stream.map(({ msg }) =>
        `fill      ${msg.market_ticker}: ${BigDecimal.format(msg.count_fp)} ${msg.outcome_side} at ${
          BigDecimal.format(msg.yes_price_dollars)
        }`
      )
    ),
    positions.stream.pipe(
      Stream.filter(KalshiWebSocket.isMessage),
      Stream.map(({ msg }) => `position  ${msg.market_ticker}: ${BigDecimal.format(msg.position_fp)}`)
    )
  ).pipe(Stream.mapEffect(withBalance))
})

export const program = Effect.scoped(
  Effect.flatMap(followPortfolio, Stream.runForEach(Console.log))
)

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(program.pipe(Effect.provide(KalshiNode.layerConfig()))).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
