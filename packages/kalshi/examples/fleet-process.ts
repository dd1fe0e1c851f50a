import { KalshiHttpClient } from "@kalshi-effect/core"
import * as KalshiRateLimiterRedis from "@kalshi-effect/core/KalshiRateLimiterRedis"
import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { PortfolioApi, RateLimits } from "@kalshi-effect/rest"
import { BigDecimal, Console, Effect, Layer, Option, Redacted } from "effect"

// One of several processes trading one account (market data, strategies, risk). Each builds the SDK
// with the same Redis: together they spend the account's read and write budget, never each the whole.
export const Sdk = (redisUrl: Redacted.Redacted<string>, processes: number) =>
  RateLimits.layer.pipe(
    // The account's own limits (GET /account/limits) and costs, in place of the Basic tier.
    Layer.provideMerge(KalshiNode.layerConfig({}, {
      rest: {
        rateLimits: {
          store: KalshiRateLimiterRedis.layerStore({
            url: redisUrl,
            // Without Redis each process keeps trading on its share of the budget (the default waits).
            onUnavailable: KalshiRateLimiterRedis.OnUnavailable.Local({ share: 1 / processes })
          })
        }
      }
    }))
  )

export const program = Effect.gen(function*() {
  const { rateLimiter } = yield* KalshiHttpClient.KalshiHttpClient
  const limits = Option.getOrThrow(yield* rateLimiter.limits)
  yield* Console.log(`the account's budget: ${limits.read.refillRate} read, ${limits.write.refillRate} write tokens/s`)
  const portfolio = yield* PortfolioApi
  const { balance } = yield* portfolio.getBalance()
  if (balance !== undefined) yield* Console.log(`balance: $${BigDecimal.format(balance)}`)
  return { limits, balance }
})

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = Redacted.make(process.env.KALSHI_REDIS_URL ?? "redis://127.0.0.1:6379")
  Effect.runPromise(program.pipe(Effect.provide(Sdk(url, Number(process.env.KALSHI_PROCESSES ?? "4"))))).catch(
    (error) => {
      console.error(String(error))
      process.exitCode = 1
    }
  )
}
