/**
 * The exchange's public vocabulary: what it is seeded with, what it reports, its options, its
 * faults and its service. `TestExchange` re-exports all of it.
 *
 * @since 0.1.0
 */
import type * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import type { EndpointCost, Limits } from "@kalshi-effect/core/KalshiRateLimiter"
import type * as BigDecimal from "effect/BigDecimal"
import type * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import type * as Either from "effect/Either"
import type * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import type { KeyObject } from "node:crypto"
import type * as Engine from "../Engine.js"
import type { CatalogSeed } from "./catalog.js"

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
} from "./catalog.js"

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
  /**
   * A multivariate event (a combination of other markets): its markets' lifecycle is published on
   * `multivariate_market_lifecycle` as well as `market_lifecycle_v2`. Default false.
   */
  readonly multivariate?: boolean | undefined
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
  /** Forgets the HTTP, handshake and subscription faults not yet used. */
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
  /**
   * Refuses the next `count` (1 by default) subscriptions to `channel` (any channel when omitted)
   * with the error `code` instead of `subscribed`: 10 "Channel error" or 25 "Subscription buffer
   * overflow", the codes after which a subscription must be made again.
   */
  readonly refuseSubscriptions: (options: {
    readonly code: 10 | 25
    readonly channel?: string | undefined
    readonly count?: number | undefined
  }) => Effect.Effect<void>
  /**
   * Ends the active subscriptions to `channel` (every subscription when omitted) on every connection
   * with the error `code` (10 or 25, with its `sid`), as the exchange does when it drops one: the
   * client must subscribe again. Returns how many were dropped.
   */
  readonly dropSubscriptions: (options: {
    readonly code: 10 | 25
    readonly channel?: string | undefined
  }) => Effect.Effect<number>
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
   * endpoints to `/historical/*`. Default: nothing ages until {@link Service.ageHistory} (the cutoff
   * is the exchange's start).
   */
  readonly history?: { readonly age?: Duration.DurationInput | undefined } | undefined
}

/**
 * The simulated flow: a market maker quoting around a seeded random walk and a noise trader
 * taking liquidity, each with an account of its own, external index and price feeds, and
 * multivariate markets listed and settled, on a schedule of Effect's `Clock`.
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
  /**
   * Publishes simulated external feeds at the exchange's rates: CF Benchmarks indices once a second
   * (`cfbenchmarks_value`), BTC, ETH, SOL, XRP and DOGE five times a second
   * (`cfbenchmarks_value_5hz`), Pyth prices once a second (`pyth_value`). Default true.
   */
  readonly feeds?: boolean | undefined
  /**
   * Lists a market in a multivariate event (`KXMVESIM-26`) every `multivariateInterval` and settles
   * each three intervals later, so `multivariate_market_lifecycle` carries `created`, `determined`
   * and `settled`. Default false: the catalog stays what was seeded.
   */
  readonly multivariate?: boolean | undefined
  /** Default 1 minute. */
  readonly multivariateInterval?: Duration.DurationInput | undefined
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
  /**
   * Sends money out of an account's primary balance through the ledger (what resting orders hold
   * cannot leave); `GET /portfolio/withdrawals` lists it.
   */
  readonly withdraw: (user: string, dollars: string) => Effect.Effect<void, SeedError>
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
   * back): markets settled, trades made, fills and orders closed before it are served by
   * `/historical/*` and no longer by the live endpoints.
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
