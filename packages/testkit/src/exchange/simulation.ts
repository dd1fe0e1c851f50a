/**
 * The simulated market flow: a market maker quoting around a seeded random walk and a noise
 * trader taking liquidity, on a schedule of Effect's `Clock`.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import { Prng } from "../engine/units.js"
import * as Feeds from "./feeds.js"
import type { Account, SeedError, SimulationOptions } from "./model.js"
import type { Seeding } from "./seeding.js"
import type { ExchangeState } from "./state.js"

/** Starts the simulated traders until the scope closes; returns their accounts. */
export const start = (
  state: ExchangeState,
  seeding: Seeding,
  seed: number,
  o: SimulationOptions = {}
): Effect.Effect<{ readonly marketMaker: Account; readonly noiseTrader: Account }, SeedError, Scope.Scope> =>
  Effect.gen(function*() {
    const marketMaker = yield* seeding.addAccount({ balance: "1000000" })
    const noiseTrader = yield* seeding.addAccount({ balance: "1000000" })
    const tickers = o.markets ?? [...state.markets.keys()].filter((t) => state.marketStatus(t) === "active")
    yield* Effect.forkScoped(
      flow(state, tickers, marketMaker.user, noiseTrader.user, o.seed ?? seed, o.interval ?? "1 second")
    )
    if (o.feeds !== false) yield* Effect.forkScoped(Feeds.run(state, o.seed ?? seed))
    if (o.multivariate === true) {
      yield* Effect.forkScoped(multivariate(state, seeding, o.seed ?? seed, o.multivariateInterval ?? "1 minute"))
    }
    return { marketMaker, noiseTrader }
  })

const flow = (
  state: ExchangeState,
  tickers: ReadonlyArray<string>,
  maker: string,
  taker: string,
  seed: number,
  interval: Duration.DurationInput
): Effect.Effect<void> => {
  const rng = new Prng((seed ^ 0x2545f491) >>> 0)
  const unit = () => rng.next() / 0x1_0000_0000
  const fair = new Map(tickers.map((t) => [t, 40 + Math.floor(unit() * 20)]))
  const cents = (c: number) => BigDecimal.unsafeDivide(BigDecimal.fromBigInt(BigInt(c)), BigDecimal.fromBigInt(100n))
  const round = Effect.sync(() => {
    for (const ticker of tickers) {
      if (state.marketStatus(ticker) !== "active") continue
      const step = Math.floor(unit() * 5) - 2
      const value = Math.min(90, Math.max(10, (fair.get(ticker) ?? 50) + step))
      fair.set(ticker, value)
      state.run((nowMs) => state.engine.cancelAllOrders({ user: maker, ticker, nowMs }))
      for (let level = 0; level < 3; level++) {
        const size = BigDecimal.fromBigInt(BigInt(10 + Math.floor(unit() * 40)))
        for (const [side, price] of [["bid", value - 1 - level], ["ask", value + 1 + level]] as const) {
          state.run((nowMs) =>
            state.engine.createOrder({
              user: maker,
              ticker,
              side,
              price: cents(price),
              count: size,
              timeInForce: "good_till_canceled",
              selfTradePreventionType: "maker",
              nowMs
            })
          )
        }
      }
      if (unit() < 0.6) {
        const side = unit() < 0.5 ? "bid" : "ask"
        state.run((nowMs) =>
          state.engine.createOrder({
            user: taker,
            ticker,
            side,
            price: cents(side === "bid" ? 99 : 1),
            count: BigDecimal.fromBigInt(BigInt(1 + Math.floor(unit() * 10))),
            timeInForce: "immediate_or_cancel",
            selfTradePreventionType: "taker_at_cross",
            nowMs
          })
        )
      }
    }
  })
  return round.pipe(Effect.repeat(Schedule.spaced(interval)), Effect.asVoid)
}

/** The multivariate event the simulation lists its markets in. */
export const MULTIVARIATE_EVENT = "KXMVESIM-26"

/**
 * Lists a market in a multivariate event every `interval` and settles each one three intervals
 * after it was listed, on a seeded result.
 */
const multivariate = (
  state: ExchangeState,
  seeding: Seeding,
  seed: number,
  interval: Duration.DurationInput
): Effect.Effect<void> => {
  const rng = new Prng((seed ^ 0x6a09e667) >>> 0)
  const open: Array<string> = []
  let n = 0
  const round = Effect.gen(function*() {
    if (!state.events.has(MULTIVARIATE_EVENT)) {
      yield* seeding.addEvent({ eventTicker: MULTIVARIATE_EVENT, title: "Simulated combinations", multivariate: true })
    }
    if (open.length >= 3) yield* seeding.settleMarket(open.shift()!, rng.next() % 2 === 0 ? "yes" : "no")
    n += 1
    const ticker = `${MULTIVARIATE_EVENT}-M${n}`
    yield* seeding.addMarket({ ticker, eventTicker: MULTIVARIATE_EVENT, title: `Simulated combination ${n}` })
    open.push(ticker)
  }).pipe(Effect.orDie)
  // the first market comes one interval after the start, then one every interval
  return round.pipe(Effect.repeat(Schedule.spaced(interval)), Effect.delay(interval), Effect.asVoid)
}
