/**
 * A local Kalshi-compatible exchange for tests and demos: the REST API under `/trade-api/v2` and
 * the WebSocket API under `/trade-api/ws/v2`, on 127.0.0.1, around the matching {@link Engine}.
 *
 * It authenticates like Kalshi (the three signed headers, RSA-PSS or Ed25519, a ±5 s timestamp
 * window), rate-limits with read and write token buckets and per-endpoint costs, answers in the
 * 3.31.0 shapes (and the three error body shapes seen on the wire), and publishes the engine's
 * events on the WebSocket channels. Operations it does not serve answer 501.
 *
 * Time is Effect's `Clock` of the context the exchange is built in, plus an offset that
 * {@link Faults.shiftClock} moves: under `TestClock` the exchange's timestamps, its authentication
 * window, order expirations, pings and the simulated traders all follow `TestClock.adjust`.
 *
 * `layer` starts the exchange in a test's layer and provides a `KalshiConfig` for a funded default
 * account, so the SDK's own layers can be built on top:
 *
 * @example
 * ```ts
 * import { it } from "@effect/vitest"
 * import { KalshiHttpClient } from "@kalshi-effect/core"
 * import { TestExchange } from "@kalshi-effect/testkit"
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect, Layer } from "effect"
 *
 * const Test = KalshiHttpClient.layer().pipe(
 *   Layer.provideMerge(TestExchange.layer({ markets: [{ ticker: "KXDEMO-26-T1" }] })),
 *   Layer.provide(FetchHttpClient.layer)
 * )
 *
 * it.layer(Test)("trading", (it) => {
 *   it.effect("a fill shows in the book", () =>
 *     Effect.gen(function*() {
 *       const exchange = yield* TestExchange.TestExchange
 *       const maker = yield* exchange.addAccount({ balance: "100" })
 *       yield* exchange.placeOrder({ user: maker.user, ticker: "KXDEMO-26-T1", side: "ask", price: "0.55", count: "10" })
 *       // ... trade through the SDK, then assert on exchange.book(...) / exchange.orders(...)
 *     }))
 * })
 * ```
 *
 * @since 0.1.0
 */
import * as FetchHttpClient from "@kalshi-effect/core/FetchHttpClient"
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import type { Limits } from "@kalshi-effect/core/KalshiRateLimiter"
import { basicTier, defaultCost, defaultEndpointCosts } from "@kalshi-effect/core/KalshiRateLimiter"
import * as Kalshi from "@kalshi-effect/kalshi/Kalshi"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import * as Server from "./adapters/http/server.js"
import * as Expiry from "./exchange/expiry.js"
import * as Faults from "./exchange/faults.js"
import { History } from "./exchange/history.js"
import type { Account, Options, Seed, SeedError, Service } from "./exchange/model.js"
import * as Seeding from "./exchange/seeding.js"
import * as Simulation from "./exchange/simulation.js"
import { ExchangeState } from "./exchange/state.js"

export * from "./exchange/model.js"

/**
 * The exchange service tag.
 *
 * @since 0.1.0
 * @category tags
 */
export class TestExchange extends Context.Tag("@kalshi-effect/testkit/TestExchange")<TestExchange, Service>() {}

// ---------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------

const toMs = (d: Duration.DurationInput): number => Duration.toMillis(Duration.decode(d))

/**
 * Starts an exchange in the current scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<Service, SeedError, Scope.Scope> =>
  Effect.gen(function*() {
    const clock = yield* Effect.clock
    const seedValue = options.seed ?? 0
    const state = new ExchangeState(seedValue, () => clock.unsafeCurrentTimeMillis())
    if (options.history?.age !== undefined) {
      state.history = new History({ startMs: state.now(), ageMs: toMs(options.history.age) })
    }
    let exchangeStatus = { exchangeActive: true, tradingActive: true }
    const endpointCosts = options.endpointCosts ?? defaultEndpointCosts
    const limitsOf = new Map<string, Limits>()
    const host = options.host ?? "127.0.0.1"
    const server = yield* Server.start({
      state,
      host,
      port: options.port ?? 0,
      authWindowMs: toMs(options.authWindow ?? "5 seconds"),
      pingIntervalMs: toMs(options.pingInterval ?? "10 seconds"),
      rateLimits: options.rateLimits === false ? undefined : options.rateLimits ?? basicTier,
      limitsOf,
      costs: () => ({ defaultCost: options.defaultCost ?? defaultCost, endpointCosts }),
      exchangeStatus: () => exchangeStatus
    })
    const url = `http://${host}:${server.port}`
    state.onMarketCreated = (ticker) => {
      for (const s of server.sessions) s.onMarketCreated(ticker)
    }
    const seeding = Seeding.make({ state, server, limitsOf, host })
    yield* Expiry.run(state)

    const service: Service = {
      url,
      restUrl: `${url}${Server.REST_PREFIX}`,
      wsUrl: `ws://${host}:${server.port}${Server.WS_PATH}`,
      port: server.port,
      now: Effect.sync(() => state.now()),
      ...seeding,
      ageHistory: (atMs) => Effect.sync(() => state.history.setCutoff(atMs ?? state.now())),
      setExchangeStatus: (s) =>
        Effect.sync(() => {
          exchangeStatus = s
        }),
      execute: (command) => Effect.sync(() => state.run((nowMs) => command(state.engine, nowMs))),
      engine: state.engine,
      book: (ticker) => Effect.sync(() => state.engine.getBook(ticker)),
      orders: (user) => Effect.sync(() => state.engine.getOrders({ user })),
      connections: Effect.sync(() => server.sessions.size),
      pingsSent: Effect.sync(() => server.pings),
      requestsInFlight: Effect.sync(() => server.inFlight),
      faults: Faults.make(server, state),
      simulate: (o = {}) => Simulation.start(state, seeding, seedValue, o)
    }

    yield* seeding.seed({
      ...options.seedData,
      markets: [...(options.seedData?.markets ?? []), ...(options.markets ?? [])]
    })
    if (options.simulate !== undefined && options.simulate !== false) {
      yield* service.simulate(options.simulate === true ? {} : options.simulate)
    }
    return service
  })

// ---------------------------------------------------------------------------------------------
// demo data
// ---------------------------------------------------------------------------------------------

/**
 * A small catalog for demos: two series, two events, five markets on three price grids, and a
 * milestone, a structured target, a multivariate collection, an incentive program, event metadata,
 * a fee change and a weather index.
 *
 * @since 0.1.0
 * @category seeding
 */
export const demoSeed: Seed = {
  series: [
    { ticker: "KXBTCY", title: "Bitcoin price at year end", category: "Crypto", tags: ["BTC"] },
    { ticker: "KXRAINNYC", title: "Rain in New York City", category: "Climate and Weather", tags: ["Rain"] }
  ],
  events: [
    { eventTicker: "KXBTCY-26DEC31", title: "Bitcoin price on Dec 31, 2026", mutuallyExclusive: true },
    { eventTicker: "KXRAINNYC-26DEC01", title: "Rain in NYC on Dec 1, 2026" }
  ],
  markets: [
    {
      ticker: "KXBTCY-26DEC31-B90000",
      title: "Bitcoin between $85,000 and $95,000",
      yesSubTitle: "$85,000 to $94,999.99"
    },
    {
      ticker: "KXBTCY-26DEC31-B100000",
      title: "Bitcoin between $95,000 and $105,000",
      yesSubTitle: "$95,000 to $104,999.99"
    },
    {
      ticker: "KXBTCY-26DEC31-B110000",
      title: "Bitcoin between $105,000 and $115,000",
      yesSubTitle: "$105,000 to $114,999.99",
      priceLevelStructure: "deci_cent"
    },
    {
      ticker: "KXRAINNYC-26DEC01-T1",
      title: "Will it rain in NYC on Dec 1?",
      priceLevelStructure: "tapered_deci_cent"
    },
    { ticker: "KXRAINNYC-26DEC01-T2", title: "More than 2 inches of rain in NYC on Dec 1?" }
  ],
  milestones: [{
    id: "MS-RAINNYC-26DEC01",
    title: "Rain in New York City on Dec 1, 2026",
    category: "Climate and Weather",
    type: "weather_day",
    startTime: Date.UTC(2026, 11, 1, 5),
    endTime: Date.UTC(2026, 11, 2, 5),
    relatedEventTickers: ["KXRAINNYC-26DEC01"],
    liveData: { precipitation_inches: 0.4 }
  }],
  structuredTargets: [{ id: "ST-NYC", name: "New York City", type: "city" }],
  collections: [{
    collectionTicker: "KXMVEDEMO",
    seriesTicker: "KXBTCY",
    title: "Bitcoin and rain",
    associatedEvents: ["KXBTCY-26DEC31", "KXRAINNYC-26DEC01"]
  }],
  incentivePrograms: [{
    id: "IP-BTC-LIQ",
    marketTicker: "KXBTCY-26DEC31-B100000",
    type: "liquidity",
    description: "Quote the $100,000 bucket",
    periodReward: 500_000
  }],
  eventMetadata: [{
    eventTicker: "KXRAINNYC-26DEC01",
    settlementSources: [{ name: "National Weather Service", url: "https://www.weather.gov" }]
  }],
  feeChanges: [{
    seriesTicker: "KXBTCY",
    feeType: "quadratic_with_maker_fees",
    feeMultiplier: 1,
    scheduledTime: Date.UTC(2027, 0, 1)
  }],
  weather: [{ city: "NYC", units: "F", referenceC: 4.5, points: [{ t: Date.UTC(2026, 11, 1, 12), v: 41.2 }] }]
}

// ---------------------------------------------------------------------------------------------
// layers
// ---------------------------------------------------------------------------------------------

/**
 * The exchange as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerExchange = (options: Options = {}): Layer.Layer<TestExchange, SeedError> =>
  Layer.scoped(TestExchange, make(options))

/**
 * The exchange and a `KalshiConfig` pointing at it with the credentials of a default account
 * (an Ed25519 key generated for it, $10,000 unless `defaultAccount` says otherwise): everything an
 * SDK test needs, e.g. `it.layer(TestExchange.layer({ markets: [...] }))`. The default account is
 * provided as {@link DefaultAccount}.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<TestExchange | KalshiConfig.KalshiConfig | DefaultAccount> =>
  Layer.scopedContext(
    Effect.gen(function*() {
      const exchange = yield* make(options)
      const account = yield* exchange.addAccount({ balance: "10000", ...options.defaultAccount })
      const config = yield* exchange.configFor(account)
      return Context.make(TestExchange, exchange).pipe(
        Context.add(KalshiConfig.KalshiConfig, config),
        Context.add(DefaultAccount, account)
      )
    }).pipe(Effect.orDie)
  )

/**
 * The exchange and the whole SDK configured for its default account: what `Kalshi.layer` provides
 * (every REST service, the WebSocket connection, the signer, the rate limiter, the `KalshiConfig`),
 * with {@link TestExchange} and {@link DefaultAccount}, so that a test is one `it.layer(...)`.
 *
 * @example
 * ```ts
 * import { expect, layer } from "@effect/vitest"
 * import { Orders } from "@kalshi-effect/rest"
 * import { TestExchange } from "@kalshi-effect/testkit"
 * import { Effect } from "effect"
 *
 * layer(TestExchange.layerSdk({ markets: [{ ticker: "KXDEMO-26-T1" }] }))("orders", (it) => {
 *   it.effect("a bid rests", () =>
 *     Effect.gen(function*() {
 *       const placed = yield* Orders.place(
 *         Orders.buy({ ticker: "KXDEMO-26-T1", side: "yes", count: "1", price: "0.40" })
 *       )
 *       expect(placed.status).toBe("resting")
 *     }))
 * })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerSdk = (
  options: Options = {},
  clients: Kalshi.ClientOptions = {}
): Layer.Layer<Kalshi.Services | TestExchange | DefaultAccount, Kalshi.LayerError> =>
  Kalshi.layerWith(clients).pipe(
    Layer.provideMerge(layer(options)),
    Layer.provide(FetchHttpClient.layer)
  )

/**
 * The account {@link layer} configured the SDK with.
 *
 * @since 0.1.0
 * @category tags
 */
export class DefaultAccount extends Context.Tag("@kalshi-effect/testkit/TestExchange/DefaultAccount")<
  DefaultAccount,
  Account
>() {}
