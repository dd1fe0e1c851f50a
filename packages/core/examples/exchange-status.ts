import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { KalshiConfig, KalshiHttpClient } from "@kalshi-effect/core"
import * as FetchHttpClient from "@kalshi-effect/core/FetchHttpClient"
import { Console, Effect, Layer, Schema } from "effect"

// The part of the response we care about; fields the exchange adds later are ignored.
const ExchangeStatus = Schema.Struct({
  exchange_active: Schema.Boolean,
  trading_active: Schema.Boolean
})

export const program = Effect.gen(function*() {
  const kalshi = yield* KalshiHttpClient.KalshiHttpClient
  const status = yield* kalshi.executeSchema(
    { operation: "GetExchangeStatus", method: "GET", path: "/exchange/status", auth: "public" },
    ExchangeStatus
  )
  yield* Console.log(
    `${kalshi.config.environment}: exchange active ${status.exchange_active}, trading active ${status.trading_active}`
  )
  return status
})

// KALSHI_ENV (demo by default), KALSHI_REST_URL, KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY(_PATH) are read
// from the environment (a key file through NodeFileSystem); without a key, public operations still work.
export const KalshiLive = KalshiHttpClient.layer().pipe(
  Layer.provide(KalshiConfig.layerConfig().pipe(Layer.provide(NodeFileSystem.layer))),
  Layer.provide(FetchHttpClient.layer)
)

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(program.pipe(Effect.provide(KalshiLive))).catch((error) => {
    console.error(String(error))
    process.exitCode = 1
  })
}
