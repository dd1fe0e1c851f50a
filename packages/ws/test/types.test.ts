import { describe, expectTypeOf, it } from "@effect/vitest"
import type { KalshiConfig, KalshiError, Signer } from "@kalshi-effect/core"
import type { Effect, Layer, Option, Scope, Stream } from "effect"
import type * as KalshiWebSocket from "../src/KalshiWebSocket.js"
import type { CommandError, ConnectionError, SubscriptionOverflow } from "../src/KalshiWebSocketError.js"
import type { ChannelParams, OrderbookDelta, OrderbookSnapshot, SubscriptionInfo, Trade } from "../src/Messages.js"

// These assertions are checked by the type checker (`tsc -b`, part of `npm test`), not at run time.

type Service = KalshiWebSocket.Service

describe("public types", () => {
  it("methods need nothing but a Scope; errors are exact", () => {
    expectTypeOf<Service["listSubscriptions"]>().toEqualTypeOf<
      Effect.Effect<ReadonlyArray<SubscriptionInfo>, CommandError, never>
    >()
    type Sub = ReturnType<Service["subscribe"]>
    expectTypeOf<Effect.Effect.Context<Sub>>().toEqualTypeOf<Scope.Scope>()
    expectTypeOf<Effect.Effect.Error<Sub>>().toEqualTypeOf<CommandError>()
  })

  it("streams are typed per channel", () => {
    type Book = KalshiWebSocket.Subscription<"orderbook_delta">["stream"]
    expectTypeOf<Stream.Stream.Success<Book>>().toEqualTypeOf<
      OrderbookSnapshot | OrderbookDelta | KalshiWebSocket.ControlEvent
    >()
    expectTypeOf<Stream.Stream.Error<Book>>().toEqualTypeOf<SubscriptionOverflow | CommandError>()
    type Trades = KalshiWebSocket.Subscription<"trade">["stream"]
    expectTypeOf<Stream.Stream.Success<Trades>>().toEqualTypeOf<Trade | KalshiWebSocket.ControlEvent>()
    expectTypeOf<KalshiWebSocket.Subscription<"trade">["sid"]>().toEqualTypeOf<Effect.Effect<Option.Option<number>>>()
  })

  it("layers spell out what they need", () => {
    expectTypeOf<ReturnType<typeof KalshiWebSocket.layerNode>>().toEqualTypeOf<
      Layer.Layer<
        KalshiWebSocket.KalshiWebSocket,
        ConnectionError | KalshiError.MissingCredentials,
        KalshiConfig.KalshiConfig | Signer.Signer
      >
    >()
    expectTypeOf<ReturnType<typeof KalshiWebSocket.layerNodeFromConfig>>().toEqualTypeOf<
      Layer.Layer<
        KalshiWebSocket.KalshiWebSocket,
        ConnectionError | KalshiError.MissingCredentials | KalshiError.InvalidKey,
        KalshiConfig.KalshiConfig
      >
    >()
  })

  it("order book parameters require markets", () => {
    expectTypeOf<{ use_yes_price: true }>().not.toMatchTypeOf<ChannelParams["orderbook_delta"]>()
    expectTypeOf<{ market_ticker: "M"; use_yes_price: true }>().toMatchTypeOf<ChannelParams["orderbook_delta"]>()
    expectTypeOf<{ market_tickers: ["M", "N"] }>().toMatchTypeOf<ChannelParams["orderbook_delta"]>()
    expectTypeOf<{}>().toMatchTypeOf<ChannelParams["ticker"]>()
  })
})
