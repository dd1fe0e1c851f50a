/**
 * Seeding: listing series, events and markets, registering accounts and their keys, deposits,
 * resting orders, market statuses and settlements, each checked and refused with a
 * {@link SeedError} the way a user's test would want to read it.
 *
 * @internal
 */
import * as KalshiConfig from "@kalshi-effect/core/KalshiConfig"
import type { Limits } from "@kalshi-effect/core/KalshiRateLimiter"
import type * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { createPublicKey, type KeyObject } from "node:crypto"
import * as Server from "../adapters/http/server.js"
import type * as Engine from "../Engine.js"
import { generateKeys } from "./keys.js"
import {
  type Account,
  type AccountSeed,
  type EventSeed,
  type MarketSeed,
  type OrderSeed,
  type Seed,
  SeedError,
  type SeriesSeed,
  type Settlement
} from "./model.js"
import { type ExchangeState, parseDecimal } from "./state.js"

const decimal = (field: string, value: string): Effect.Effect<BigDecimal.BigDecimal, SeedError> => {
  const d = parseDecimal(value)
  return d === undefined
    ? Effect.fail(new SeedError({ message: `${field}: not a decimal: ${JSON.stringify(value)}` }))
    : Effect.succeed(d)
}

/** An engine result, its error as a {@link SeedError}. */
export const fromEngine = <A>(result: Either.Either<A, Engine.EngineError>): Effect.Effect<A, SeedError> =>
  Either.match(result, {
    onLeft: (e) =>
      Effect.fail(
        new SeedError({ message: `${e.status} ${e.code}: ${e.message}${e.details ? ` (${e.details})` : ""}` })
      ),
    onRight: Effect.succeed
  })

/** What seeding works on. */
export interface SeedingContext {
  readonly state: ExchangeState
  readonly server: Server.ExchangeServer
  /** Rate limits of accounts registered with their own. */
  readonly limitsOf: Map<string, Limits>
  readonly host: string
}

/** The seeding functions of one exchange. */
export const make = ({ host, limitsOf, server, state }: SeedingContext) => {
  const url = `http://${host}:${server.port}`

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
        multivariate: seed.multivariate ?? false,
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

  /** Sends money out of an account's primary balance (listed by `GET /portfolio/withdrawals`). */
  const withdraw = (user: string, dollars: string) =>
    Effect.flatMap(
      decimal("amount", dollars),
      (amount) => Effect.asVoid(fromEngine(state.money.withdraw(user, amount, state.now())))
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
      const settled = yield* fromEngine(state.run((nowMs) => state.engine.settleMarket({ ticker, result, nowMs })))
      for (const s of settled) state.settlements.push({ ...s, eventTicker: rec.eventTicker, settledMs })
      return settled.map((s): Settlement => ({
        user: s.user,
        subaccount: s.subaccount,
        ticker,
        result,
        yesCount: s.yesCount,
        noCount: s.noCount,
        revenue: s.revenue
      }))
    })

  const configFor = (account: Account) =>
    Option.match(account.credentials, {
      onNone: () => Effect.fail(new SeedError({ message: "the account's key pair was not generated by the exchange" })),
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

  return {
    addSeries,
    addEvent,
    addMarket,
    deposit,
    withdraw,
    addAccount,
    placeOrder,
    setMarketStatus,
    settleMarket,
    configFor,
    seed
  }
}

/** The seeding functions of one exchange. */
export type Seeding = ReturnType<typeof make>
