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
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import type { EndpointCost, Limits } from "@kalshi-effect/core/KalshiRateLimiter"
import { basicTier, defaultCost, defaultEndpointCosts } from "@kalshi-effect/core/KalshiRateLimiter"
import * as Kalshi from "@kalshi-effect/kalshi/Kalshi"
import * as BigDecimal from "effect/BigDecimal"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto"
import type * as Engine from "./Engine.js"
import type { CatalogSeed } from "./engine/catalog.js"
import { History } from "./engine/history.js"
import { Prng } from "./internal/engineUnits.js"
import * as Server from "./internal/server.js"
import { ExchangeState, parseDecimal } from "./internal/state.js"

// ---------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------

/**
 * A series to list. Defaults: title = ticker, category `"Testing"`, frequency `"daily"`, fee type
 * `"quadratic"` with multiplier 1.
 *
 * @since 0.1.0
 * @category seeding
 */
export interface SeriesSeed {
  readonly ticker: string
  readonly title?: string | undefined
  readonly category?: string | undefined
  readonly frequency?: string | undefined
  readonly tags?: ReadonlyArray<string> | undefined
  readonly feeType?: string | undefined
  readonly feeMultiplier?: number | undefined
}

/**
 * An event to list. Its series is created when missing.
 *
 * @since 0.1.0
 * @category seeding
 */
export interface EventSeed {
  readonly eventTicker: string
  /** Defaults to the event ticker up to its first `-`. */
  readonly seriesTicker?: string | undefined
  readonly title?: string | undefined
  readonly subTitle?: string | undefined
  readonly mutuallyExclusive?: boolean | undefined
  readonly category?: string | undefined
}

/**
 * A market to list. Its event (and series) are created when missing. Prices are wire strings
 * (`"0.01"`); `priceRanges` wins over `priceLevelStructure` (`linear_cent` by default).
 *
 * @since 0.1.0
 * @category seeding
 */
export interface MarketSeed {
  readonly ticker: string
  /** Defaults to the market ticker without its last `-` segment. */
  readonly eventTicker?: string | undefined
  readonly title?: string | undefined
  readonly yesSubTitle?: string | undefined
  readonly noSubTitle?: string | undefined
  readonly status?: Engine.MarketStatus | undefined
  readonly priceLevelStructure?: Engine.PriceLevelStructure | undefined
  readonly priceRanges?:
    | ReadonlyArray<{ readonly start: string; readonly end: string; readonly step: string }>
    | undefined
  readonly takerFeeRate?: string | undefined
  readonly makerFeeRate?: string | undefined
  /** Unix ms; defaults to the exchange's now. */
  readonly openTime?: number | undefined
  /** Unix ms; defaults to 30 days after the open time. */
  readonly closeTime?: number | undefined
  readonly rulesPrimary?: string | undefined
}

/**
 * An account: a user with one API key. Without `publicKey`, a key pair of `keyType` (Ed25519 by
 * default) is generated and its private key returned in {@link Account.credentials}; Ed25519 keys
 * derive from the exchange's seed, so the same seed gives the same keys.
 *
 * @since 0.1.0
 * @category seeding
 */
export interface AccountSeed {
  /** The user id; generated (seeded) when omitted. */
  readonly user?: string | undefined
  /** The API key id; generated (seeded) when omitted. */
  readonly apiKeyId?: string | undefined
  /** A PEM public key (SPKI) or a `KeyObject` to register instead of generating a pair. */
  readonly publicKey?: string | KeyObject | undefined
  readonly keyType?: "rsa" | "ed25519" | undefined
  /** A deposit in dollars, e.g. `"1000"`. */
  readonly balance?: string | undefined
  /** Rate limits of this account; the exchange's default otherwise. */
  readonly rateLimits?: Limits | undefined
  /** Makes the account an FCM (futures commission merchant): it may create and oversee subtraders. */
  readonly fcm?: boolean | undefined
}

/**
 * A registered account.
 *
 * @since 0.1.0
 * @category models
 */
export interface Account {
  readonly user: string
  readonly apiKeyId: string
  /** The key id and the generated private key (PEM), when the exchange generated the pair. */
  readonly credentials: Option.Option<KalshiConfig.Credentials>
}

/**
 * A resting order to place for an account (`good_till_canceled`, `taker_at_cross` unless told).
 *
 * @since 0.1.0
 * @category seeding
 */
export interface OrderSeed {
  readonly user: string
  readonly ticker: string
  readonly side: Engine.BookSide
  readonly price: string
  readonly count: string
  readonly subaccount?: number | undefined
  readonly clientOrderId?: string | undefined
  readonly timeInForce?: Engine.TimeInForce | undefined
  readonly postOnly?: boolean | undefined
  readonly selfTradePreventionType?: Engine.SelfTradePreventionType | undefined
}

/**
 * A market settled for one account and subaccount.
 *
 * @since 0.1.0
 * @category models
 */
export interface Settlement {
  readonly user: string
  readonly subaccount: number
  readonly ticker: string
  readonly result: "yes" | "no"
  readonly yesCount: BigDecimal.BigDecimal
  readonly noCount: BigDecimal.BigDecimal
  /** The payout in dollars. */
  readonly revenue: BigDecimal.BigDecimal
}

export type {
  CatalogSeed,
  CollectionSeed,
  EventMetadataSeed,
  FeeChangeSeed,
  IncentiveProgramSeed,
  MaintenanceWindowSeed,
  MilestoneSeed,
  StructuredTargetSeed,
  WeatherSeed
} from "./engine/catalog.js"

/**
 * Everything to list at once, in dependency order: the catalog (series, events, markets and the
 * extras of {@link CatalogSeed}: milestones, structured targets, multivariate collections,
 * incentive programs, event metadata, fee changes, weather indexes, maintenance windows), the
 * accounts and their orders.
 *
 * @since 0.1.0
 * @category seeding
 */
export interface Seed extends CatalogSeed {
  readonly series?: ReadonlyArray<SeriesSeed> | undefined
  readonly events?: ReadonlyArray<EventSeed> | undefined
  readonly markets?: ReadonlyArray<MarketSeed> | undefined
  readonly accounts?: ReadonlyArray<AccountSeed> | undefined
  readonly orders?: ReadonlyArray<OrderSeed> | undefined
}

/**
 * A seeding call the exchange refused (a duplicate ticker, an invalid decimal, an order the
 * engine rejected, ...).
 *
 * @since 0.1.0
 * @category errors
 */
export class SeedError extends Schema.TaggedError<SeedError>("@kalshi-effect/testkit/TestExchange/SeedError")(
  "SeedError",
  { message: Schema.String }
) {}

/**
 * Which requests an HTTP fault applies to: every request when empty. `path` is below `/trade-api/v2`,
 * concrete (`/markets/KX-1`) or a route template (`/portfolio/events/orders/{order_id}`).
 *
 * @since 0.1.0
 * @category faults
 */
export interface RequestMatch {
  readonly method?: string | undefined
  readonly path?: string | undefined
}

/**
 * Fault injection. HTTP faults apply to the next `count` matching requests (1 by default), in the
 * order they were added.
 *
 * @since 0.1.0
 * @category faults
 */
export interface Faults {
  /** Answers the next requests with `status` (429 in the rate-limit shape; 5xx with an error body), executing nothing. */
  readonly failRequests: (options: {
    readonly status: number
    readonly count?: number | undefined
    readonly match?: RequestMatch | undefined
  }) => Effect.Effect<void>
  /** Holds the next requests for `delay` (on the exchange's clock) before serving them. */
  readonly delayRequests: (options: {
    readonly delay: Duration.DurationInput
    readonly count?: number | undefined
    readonly match?: RequestMatch | undefined
  }) => Effect.Effect<void>
  /** Never answers the next requests (the connection stays open until the client gives up). */
  readonly hangRequests: (options?: {
    readonly count?: number | undefined
    readonly match?: RequestMatch | undefined
  }) => Effect.Effect<void>
  /** Executes the next requests and then closes their connections without an answer: outcome unknown. */
  readonly dropResponses: (options?: {
    readonly count?: number | undefined
    readonly match?: RequestMatch | undefined
  }) => Effect.Effect<void>
  /** Forgets the HTTP faults not yet used. */
  readonly clearRequestFaults: Effect.Effect<void>
  /** Refuses the next `count` WebSocket handshakes (1 by default) with `status` (e.g. 503, 429, 401). */
  readonly refuseHandshakes: (options: {
    readonly status: number
    readonly count?: number | undefined
  }) => Effect.Effect<void>
  /** Closes every WebSocket connection abruptly (no close frame); returns how many. */
  readonly dropWebSockets: Effect.Effect<number>
  /** Makes the next seq-carrying message (of `channel`, or of any channel) skip one `seq` number. */
  readonly skipSeq: (options?: { readonly channel?: string | undefined }) => Effect.Effect<void>
  /** Sends a text frame that is not JSON (or `text`) on every WebSocket connection; returns how many. */
  readonly sendMalformedFrame: (text?: string) => Effect.Effect<number>
  /** Stops the WebSocket ping frames. */
  readonly stopPinging: Effect.Effect<void>
  /** Starts them again. */
  readonly resumePinging: Effect.Effect<void>
  /** Moves the exchange's clock (timestamps, authentication window, expirations, rate-limit refill). */
  readonly shiftClock: (by: Duration.DurationInput) => Effect.Effect<void>
  /** Sets the clock's offset back to zero. */
  readonly resetClock: Effect.Effect<void>
}

/**
 * Options of the exchange.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Default 0: a free port chosen by the system. */
  readonly port?: number | undefined
  /** Default `127.0.0.1`. */
  readonly host?: string | undefined
  /** Seeds every generated id. Default 0. */
  readonly seed?: number | undefined
  /** Default rate limits per account (Basic tier: 200 read, 100 write); `false` switches them off. */
  readonly rateLimits?: Limits | false | undefined
  /** Endpoint costs (default: core's `defaultEndpointCosts`, 10 for the others). */
  readonly endpointCosts?: ReadonlyArray<EndpointCost> | undefined
  readonly defaultCost?: number | undefined
  /** How far a request's timestamp may be from the exchange's clock. Default 5 seconds. */
  readonly authWindow?: Duration.DurationInput | undefined
  /** Interval of the WebSocket ping frames. Default 10 seconds. */
  readonly pingInterval?: Duration.DurationInput | undefined
  /** Listed when the exchange starts. */
  readonly seedData?: Seed | undefined
  /** Shorthand for `seedData.markets`. */
  readonly markets?: ReadonlyArray<MarketSeed> | undefined
  /** The account {@link layer} configures the SDK for. Default: Ed25519 key, $10,000. */
  readonly defaultAccount?: AccountSeed | undefined
  /** Starts the simulated traders on every market. */
  readonly simulate?: boolean | SimulationOptions | undefined
  /**
   * The historical split: data older than `age` (behind the exchange's clock) moves from the live
   * endpoints to `/historical/*`. Default: nothing ages (the cutoff is the exchange's start).
   */
  readonly history?: { readonly age?: Duration.DurationInput | undefined } | undefined
}

/**
 * The simulated flow: a market maker quoting around a seeded random walk and a noise trader
 * taking liquidity, each with an account of its own, on a schedule of Effect's `Clock`.
 *
 * @since 0.1.0
 * @category models
 */
export interface SimulationOptions {
  /** Markets to trade; default all `active` markets when the simulation starts. */
  readonly markets?: ReadonlyArray<string> | undefined
  /** Time between two rounds. Default 1 second. */
  readonly interval?: Duration.DurationInput | undefined
  /** Seed of the random walk and the noise. Default the exchange's seed. */
  readonly seed?: number | undefined
}

/**
 * The exchange service.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string
  /** `http://127.0.0.1:<port>/trade-api/v2`. */
  readonly restUrl: string
  /** `ws://127.0.0.1:<port>/trade-api/ws/v2`. */
  readonly wsUrl: string
  readonly port: number
  /** The exchange's current time (Unix ms). */
  readonly now: Effect.Effect<number>
  readonly addSeries: (seed: SeriesSeed) => Effect.Effect<void, SeedError>
  readonly addEvent: (seed: EventSeed) => Effect.Effect<void, SeedError>
  readonly addMarket: (seed: MarketSeed) => Effect.Effect<Engine.Market, SeedError>
  readonly addAccount: (seed?: AccountSeed) => Effect.Effect<Account, SeedError>
  readonly deposit: (user: string, dollars: string, subaccount?: number) => Effect.Effect<Engine.Balance, SeedError>
  readonly placeOrder: (seed: OrderSeed) => Effect.Effect<Engine.CreateOrderResult, SeedError>
  readonly setMarketStatus: (ticker: string, status: Engine.MarketStatus) => Effect.Effect<Engine.Market, SeedError>
  /**
   * Settles a market: it is determined, then finalized (canceling its resting orders), each holder
   * is paid $1 per winning contract and gets a settlement in `GET /portfolio/settlements`, and its
   * positions leave `GET /portfolio/positions`.
   */
  readonly settleMarket: (ticker: string, result: "yes" | "no") => Effect.Effect<ReadonlyArray<Settlement>, SeedError>
  /** A `KalshiConfig` pointing at the exchange with the credentials of an account it generated. */
  readonly configFor: (account: Account) => Effect.Effect<KalshiConfig.Service, SeedError>
  readonly seed: (seed: Seed) => Effect.Effect<ReadonlyArray<Account>, SeedError>
  /**
   * Moves the historical cutoff to a time (Unix ms, default the exchange's now; it never moves
   * back): markets settled, trades made and orders closed before it are served by `/historical/*`.
   */
  readonly ageHistory: (atMs?: number) => Effect.Effect<void>
  /** Sets the answer of `GET /exchange/status`. */
  readonly setExchangeStatus: (
    status: { readonly exchangeActive: boolean; readonly tradingActive: boolean }
  ) => Effect.Effect<void>
  /**
   * Runs a command on the engine at the exchange's time and publishes its events, like a request
   * would. Use it for what the seeding functions do not cover.
   */
  readonly execute: <A>(
    command: (engine: Engine.Engine, nowMs: number) => Engine.Outcome<A>
  ) => Effect.Effect<Either.Either<A, Engine.EngineError>>
  /** The engine, for assertions. Change state through the seeding functions or {@link Service.execute}. */
  readonly engine: Engine.Engine
  readonly book: (ticker: string) => Effect.Effect<Option.Option<Engine.Book>>
  readonly orders: (user: string) => Effect.Effect<ReadonlyArray<Engine.Order>>
  /** The number of WebSocket connections open now. */
  readonly connections: Effect.Effect<number>
  /** Ping frames sent so far. */
  readonly pingsSent: Effect.Effect<number>
  /** REST requests received and not answered yet (held by a delay or a hang, or being served). */
  readonly requestsInFlight: Effect.Effect<number>
  readonly faults: Faults
  /** Starts the simulated traders until the scope closes; returns their accounts. */
  readonly simulate: (
    options?: SimulationOptions
  ) => Effect.Effect<{ readonly marketMaker: Account; readonly noiseTrader: Account }, SeedError, Scope.Scope>
}

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

const decimal = (field: string, value: string): Effect.Effect<BigDecimal.BigDecimal, SeedError> => {
  const d = parseDecimal(value)
  return d === undefined
    ? Effect.fail(new SeedError({ message: `${field}: not a decimal: ${JSON.stringify(value)}` }))
    : Effect.succeed(d)
}

const fromEngine = <A>(result: Either.Either<A, Engine.EngineError>): Effect.Effect<A, SeedError> =>
  Either.match(result, {
    onLeft: (e) =>
      Effect.fail(
        new SeedError({ message: `${e.status} ${e.code}: ${e.message}${e.details ? ` (${e.details})` : ""}` })
      ),
    onRight: Effect.succeed
  })

/** The PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows. */
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex")

/** Ed25519 keys come from the exchange's seeded generator (the same seed gives the same keys); RSA keys are random. */
const generateKeys = (
  keyType: "rsa" | "ed25519",
  random: () => number
): { readonly publicKey: KeyObject; readonly privatePem: string } => {
  if (keyType === "ed25519") {
    const seed = Buffer.alloc(32)
    for (let i = 0; i < 32; i += 4) seed.writeUInt32BE(random(), i)
    const privateKey = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
      format: "der",
      type: "pkcs8"
    })
    return {
      publicKey: createPublicKey(privateKey),
      privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    }
  }
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 })
  return { publicKey, privatePem: privateKey.export({ type: "pkcs1", format: "pem" }).toString() }
}

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
    state.onMarketCreated = (ticker) => {
      for (const s of server.sessions) s.onMarketCreated(ticker)
    }
    const server = yield* Server.start({
      state,
      host: options.host ?? "127.0.0.1",
      port: options.port ?? 0,
      authWindowMs: toMs(options.authWindow ?? "5 seconds"),
      pingIntervalMs: toMs(options.pingInterval ?? "10 seconds"),
      rateLimits: options.rateLimits === false ? undefined : options.rateLimits ?? basicTier,
      limitsOf,
      costs: () => ({ defaultCost: options.defaultCost ?? defaultCost, endpointCosts }),
      exchangeStatus: () => exchangeStatus
    })
    const host = options.host ?? "127.0.0.1"
    const url = `http://${host}:${server.port}`

    // -------------------------------------------------------------- seeding

    const addSeries = (seed: SeriesSeed) =>
      Effect.suspend(() => {
        if (state.series.has(seed.ticker)) {
          return Effect.fail(new SeedError({ message: `series ${seed.ticker} exists` }))
        }
        state.series.set(seed.ticker, {
          ticker: seed.ticker,
          title: seed.title ?? seed.ticker,
          category: seed.category ?? "Testing",
          frequency: seed.frequency ?? "daily",
          tags: seed.tags ?? [],
          feeType: seed.feeType ?? "quadratic",
          feeMultiplier: seed.feeMultiplier ?? 1,
          updatedMs: state.now()
        })
        return Effect.void
      })

    const addEvent = (seed: EventSeed) =>
      Effect.gen(function*() {
        if (state.events.has(seed.eventTicker)) {
          return yield* new SeedError({ message: `event ${seed.eventTicker} exists` })
        }
        const seriesTicker = seed.seriesTicker ?? seed.eventTicker.split("-")[0]!
        if (!state.series.has(seriesTicker)) yield* addSeries({ ticker: seriesTicker })
        state.events.set(seed.eventTicker, {
          eventTicker: seed.eventTicker,
          seriesTicker,
          title: seed.title ?? seed.eventTicker,
          subTitle: seed.subTitle ?? "",
          mutuallyExclusive: seed.mutuallyExclusive ?? false,
          category: seed.category ?? state.series.get(seriesTicker)!.category,
          updatedMs: state.now()
        })
      })

    const addMarket = (seed: MarketSeed) =>
      Effect.gen(function*() {
        const eventTicker = seed.eventTicker ??
          (seed.ticker.includes("-") ? seed.ticker.slice(0, seed.ticker.lastIndexOf("-")) : seed.ticker)
        if (!state.events.has(eventTicker)) yield* addEvent({ eventTicker })
        const priceRanges = seed.priceRanges === undefined ? undefined : yield* Effect.forEach(
          seed.priceRanges,
          (r) =>
            Effect.all({
              start: decimal("priceRanges.start", r.start),
              end: decimal("priceRanges.end", r.end),
              step: decimal("priceRanges.step", r.step)
            })
        )
        const takerFeeRate = seed.takerFeeRate === undefined
          ? undefined
          : yield* decimal("takerFeeRate", seed.takerFeeRate)
        const makerFeeRate = seed.makerFeeRate === undefined
          ? undefined
          : yield* decimal("makerFeeRate", seed.makerFeeRate)
        const market = yield* fromEngine(state.run((nowMs) =>
          state.engine.addMarket({
            ticker: seed.ticker,
            nowMs,
            status: seed.status,
            priceLevelStructure: seed.priceLevelStructure,
            priceRanges,
            takerFeeRate,
            makerFeeRate
          })
        ))
        const now = state.now()
        const openMs = seed.openTime ?? now
        state.markets.set(seed.ticker, {
          ticker: seed.ticker,
          marketId: state.ids.uuid(),
          eventTicker,
          seriesTicker: state.events.get(eventTicker)!.seriesTicker,
          title: seed.title ?? seed.ticker,
          yesSubTitle: seed.yesSubTitle ?? "Yes",
          noSubTitle: seed.noSubTitle ?? "No",
          priceLevelStructure: seed.priceRanges !== undefined ? "custom" : seed.priceLevelStructure ?? "linear_cent",
          priceRanges: market.priceRanges,
          createdMs: now,
          updatedMs: now,
          openMs,
          closeMs: seed.closeTime ?? openMs + 30 * 24 * 3600 * 1000,
          rulesPrimary: seed.rulesPrimary ?? `Resolves Yes if ${seed.title ?? seed.ticker} happens.`
        })
        for (const s of server.sessions) s.onMarketCreated(seed.ticker)
        return market
      })

    const deposit = (user: string, dollars: string, subaccount?: number) =>
      Effect.flatMap(
        decimal("balance", dollars),
        (amount) =>
          Effect.tap(
            fromEngine(state.run((nowMs) => state.engine.deposit({ user, subaccount, amount, nowMs }))),
            () => state.money.recordDeposit(user, subaccount ?? 0, amount, state.now())
          )
      )

    const addAccount = (seed: AccountSeed = {}) =>
      Effect.gen(function*() {
        const apiKeyId = seed.apiKeyId ?? state.ids.uuid()
        if (state.accountsByKey.has(apiKeyId)) {
          return yield* new SeedError({ message: `API key ${apiKeyId} exists` })
        }
        const user = seed.user ?? state.ids.uuid()
        let publicKey: KeyObject
        let credentials = Option.none<KalshiConfig.Credentials>()
        if (seed.publicKey !== undefined) {
          try {
            publicKey = typeof seed.publicKey === "string" ? createPublicKey(seed.publicKey) : seed.publicKey
          } catch {
            return yield* new SeedError({ message: "publicKey is not a PEM public key" })
          }
        } else {
          const keys = generateKeys(seed.keyType ?? "ed25519", () => state.ids.next())
          publicKey = keys.publicKey
          credentials = Option.some({
            apiKeyId: Redacted.make(apiKeyId),
            privateKey: Redacted.make(keys.privatePem)
          })
        }
        state.accountsByKey.set(apiKeyId, { user, apiKeyId, publicKey })
        if (seed.rateLimits !== undefined) limitsOf.set(user, seed.rateLimits)
        if (seed.fcm === true) state.fcms.enable(user)
        if (seed.balance !== undefined) yield* deposit(user, seed.balance)
        return { user, apiKeyId, credentials } satisfies Account
      })

    const placeOrder = (seed: OrderSeed) =>
      Effect.gen(function*() {
        const price = yield* decimal("price", seed.price)
        const count = yield* decimal("count", seed.count)
        return yield* fromEngine(state.run((nowMs) =>
          state.engine.createOrder({
            user: seed.user,
            subaccount: seed.subaccount,
            ticker: seed.ticker,
            side: seed.side,
            price,
            count,
            clientOrderId: seed.clientOrderId,
            postOnly: seed.postOnly,
            timeInForce: seed.timeInForce ?? "good_till_canceled",
            selfTradePreventionType: seed.selfTradePreventionType ?? "taker_at_cross",
            nowMs
          })
        ))
      })

    const setMarketStatus = (ticker: string, status: Engine.MarketStatus) =>
      fromEngine(state.run((nowMs) => state.engine.setMarketStatus({ ticker, status, nowMs })))

    const settleMarket = (ticker: string, result: "yes" | "no") =>
      Effect.gen(function*() {
        const rec = state.markets.get(ticker)
        if (rec === undefined) return yield* new SeedError({ message: `market ${ticker} not found` })
        if (state.results.has(ticker)) return yield* new SeedError({ message: `market ${ticker} is settled` })
        const settledMs = state.now()
        state.results.set(ticker, { result, settledMs })
        yield* setMarketStatus(ticker, "determined")
        const out: Array<Settlement> = []
        const zero = BigDecimal.fromBigInt(0n)
        for (const account of state.holders.get(ticker)?.values() ?? []) {
          const p = state.engine.getPositions(account.user, account.subaccount).find((x) => x.ticker === ticker)
          if (p === undefined || BigDecimal.isZero(p.position)) continue
          const yesCount = BigDecimal.isPositive(p.position) ? p.position : zero
          const noCount = BigDecimal.isNegative(p.position) ? BigDecimal.negate(p.position) : zero
          const revenue = result === "yes" ? yesCount : noCount
          if (BigDecimal.isPositive(revenue)) {
            yield* fromEngine(
              state.run((nowMs) =>
                state.engine.deposit({ user: account.user, subaccount: account.subaccount, amount: revenue, nowMs })
              )
            )
          }
          state.settlements.push({
            user: account.user,
            subaccount: account.subaccount,
            ticker,
            eventTicker: rec.eventTicker,
            result,
            yesCount,
            yesCost: BigDecimal.isPositive(p.position) ? p.marketExposure : zero,
            noCount,
            noCost: BigDecimal.isNegative(p.position) ? p.marketExposure : zero,
            revenue,
            settledMs
          })
          out.push({ user: account.user, subaccount: account.subaccount, ticker, result, yesCount, noCount, revenue })
        }
        yield* setMarketStatus(ticker, "finalized")
        return out
      })

    const configFor = (account: Account) =>
      Option.match(account.credentials, {
        onNone: () =>
          Effect.fail(new SeedError({ message: "the account's key pair was not generated by the exchange" })),
        onSome: (credentials) =>
          KalshiConfig.make({
            environment: {
              restUrl: `${url}${Server.REST_PREFIX}`,
              wsUrl: `ws://${host}:${server.port}${Server.WS_PATH}`
            },
            apiKeyId: credentials.apiKeyId,
            privateKey: credentials.privateKey
          }).pipe(Effect.mapError((e) => new SeedError({ message: e.message })))
      })

    const seed = (s: Seed) =>
      Effect.gen(function*() {
        for (const x of s.series ?? []) yield* addSeries(x)
        for (const x of s.events ?? []) yield* addEvent(x)
        for (const x of s.markets ?? []) yield* addMarket(x)
        const accounts = yield* Effect.forEach(s.accounts ?? [], addAccount)
        for (const x of s.orders ?? []) yield* placeOrder(x)
        state.catalog.add(s, state.now())
        return accounts
      })

    // -------------------------------------------------------------- faults

    const addFault = (fault: Server.HttpFault, count: number | undefined, match: RequestMatch | undefined) =>
      Effect.sync(() => server.addFault(fault, count ?? 1, match))

    const faults: Faults = {
      failRequests: ({ count, match, status }) => addFault({ _tag: "Status", status }, count, match),
      delayRequests: ({ count, delay, match }) =>
        addFault({ _tag: "Delay", delay: Duration.decode(delay) }, count, match),
      hangRequests: (o = {}) => addFault({ _tag: "Hang" }, o.count, o.match),
      dropResponses: (o = {}) => addFault({ _tag: "DropResponse" }, o.count, o.match),
      clearRequestFaults: Effect.sync(() => {
        server.faults.length = 0
        server.handshakeFaults.length = 0
      }),
      refuseHandshakes: ({ count, status }) =>
        Effect.sync(() => {
          for (let i = 0; i < (count ?? 1); i++) server.handshakeFaults.push(status)
        }),
      dropWebSockets: Effect.sync(() => server.dropConnections()),
      skipSeq: (o = {}) =>
        Effect.sync(() => {
          server.wsFaults.skips.push(o.channel ?? "*")
        }),
      sendMalformedFrame: (text) => Effect.sync(() => server.sendRaw(text ?? "{\"type\":\"orderbook_delta\",\"sid\":")),
      stopPinging: Effect.sync(() => {
        server.pinging = false
      }),
      resumePinging: Effect.sync(() => {
        server.pinging = true
      }),
      shiftClock: (by) =>
        Effect.sync(() => {
          state.offsetMs += toMs(by)
          state.expire()
        }),
      resetClock: Effect.sync(() => {
        state.offsetMs = 0
      })
    }

    // -------------------------------------------------------------- background fibers

    // expirations: sleep until the next one (on the exchange's clock), or until one is added
    const wake = yield* Queue.sliding<void>(1)
    state.onExpiriesChanged = () => {
      Queue.unsafeOffer(wake, undefined)
    }
    yield* Effect.forkScoped(Effect.forever(Effect.suspend(() => {
      const next = state.nextExpiry()
      if (next === undefined) return Queue.take(wake)
      const wait = next - state.now()
      return (wait > 0 ? Effect.race(Effect.sleep(Duration.millis(wait)), Queue.take(wake)) : Effect.void).pipe(
        Effect.zipRight(Effect.sync(() => state.expire()))
      )
    })))

    const service: Service = {
      url,
      restUrl: `${url}${Server.REST_PREFIX}`,
      wsUrl: `ws://${host}:${server.port}${Server.WS_PATH}`,
      port: server.port,
      now: Effect.sync(() => state.now()),
      addSeries,
      addEvent,
      addMarket,
      addAccount,
      deposit,
      placeOrder,
      setMarketStatus,
      settleMarket,
      configFor,
      seed,
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
      faults,
      simulate: (o = {}) =>
        Effect.gen(function*() {
          const marketMaker = yield* addAccount({ balance: "1000000" })
          const noiseTrader = yield* addAccount({ balance: "1000000" })
          const tickers = o.markets ?? [...state.markets.keys()].filter((t) => state.marketStatus(t) === "active")
          yield* Effect.forkScoped(
            simulation(
              state,
              tickers,
              marketMaker.user,
              noiseTrader.user,
              o.seed ?? seedValue,
              o.interval ?? "1 second"
            )
          )
          return { marketMaker, noiseTrader }
        })
    }

    yield* seed({
      ...options.seedData,
      markets: [...(options.seedData?.markets ?? []), ...(options.markets ?? [])]
    })
    if (options.simulate !== undefined && options.simulate !== false) {
      yield* service.simulate(options.simulate === true ? {} : options.simulate)
    }
    return service
  })

// ---------------------------------------------------------------------------------------------
// simulation
// ---------------------------------------------------------------------------------------------

const simulation = (
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

// ---------------------------------------------------------------------------------------------
// demo data
// ---------------------------------------------------------------------------------------------

/**
 * A small catalog for demos: two series, two events, five markets on three price grids.
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
  ]
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
