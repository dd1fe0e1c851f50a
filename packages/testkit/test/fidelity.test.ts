/**
 * The exchange's fidelity test: the official `kalshi-typescript` client (a client nobody here
 * wrote) calls every method of its 17 API classes against the exchange with RSA keys, in an order
 * that builds state (orders, RFQs, quotes, subaccounts, keys), and each answer is checked against
 * the client's own models and against the 3.31.0 spec. An answer is correct when it is 2xx and
 * conforms to both; a 501 must be listed in the testkit README with its reason; anything else is
 * wrong.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { generateKeyPairSync } from "node:crypto"
import { readFileSync } from "node:fs"
import { TestExchange } from "../src/index.js"
import { call } from "./utils/client.js"
import { type Clients, clients, specOnly } from "./utils/official.js"
import { makeChecker, methods, operationOf } from "./utils/officialModels.js"
import { checkRest } from "./utils/spec.js"

type Body = any

/** The state the scenario discovers as it goes (ids returned by one call, used by the next). */
interface Ids {
  [key: string]: string | number | undefined
}

interface Step {
  /** The client method this step calls (counted once; later steps of the same method are setup). */
  readonly method: string
  readonly as?: "maker" | "fcm"
  readonly run: (c: Clients, s: Ids) => Promise<{ readonly status: number; readonly data: unknown }>
  readonly then?: (body: Body, s: Ids) => void
}

const SERIES = "KXFID"
const EVENT = "KXFID-26"
const A = "KXFID-26-A"
const B = "KXFID-26-B"
const SETTLED = "KXFID-26-S"
const str = (v: string | number | undefined) => String(v ?? "missing")
const num = (v: string | number | undefined) => Number(v ?? -1)

const order = (
  ticker: string,
  side: "bid" | "ask",
  price: string,
  count: string,
  extra: Record<string, unknown> = {}
) => ({
  ticker,
  side,
  price,
  count,
  time_in_force: "good_till_canceled" as const,
  self_trade_prevention_type: "taker_at_cross" as const,
  ...extra
})

const steps = (startTs: number, endTs: number, publicKeyPem: string): ReadonlyArray<Step> => [
  // exchange
  { method: "getExchangeStatus", run: (c) => c.exchange.getExchangeStatus() },
  { method: "getExchangeSchedule", run: (c) => c.exchange.getExchangeSchedule() },
  { method: "getUserDataTimestamp", run: (c) => c.exchange.getUserDataTimestamp() },
  { method: "getSeriesFeeChanges", run: (c) => c.exchange.getSeriesFeeChanges(SERIES, true) },
  // markets
  { method: "getSeriesList", run: (c) => c.market.getSeriesList() },
  { method: "getSeries", run: (c) => c.market.getSeries(SERIES, true) },
  { method: "getMarkets", run: (c) => c.market.getMarkets(100) },
  { method: "getMarket", run: (c) => c.market.getMarket(A) },
  { method: "getMarketOrderbook", run: (c) => c.market.getMarketOrderbook(A) },
  { method: "getMarketOrderbooks", run: (c) => c.market.getMarketOrderbooks([A, B]) },
  { method: "getTrades", run: (c) => c.market.getTrades(100, undefined, A) },
  { method: "getMarketCandlesticks", run: (c) => c.market.getMarketCandlesticks(SERIES, A, startTs, endTs, 1) },
  {
    method: "batchGetMarketCandlesticks",
    run: (c) => c.market.batchGetMarketCandlesticks(`${A},${B}`, startTs, endTs, 1)
  },
  // events
  { method: "getEvents", run: (c) => c.events.getEvents(100, undefined, true) },
  { method: "getEvent", run: (c) => c.events.getEvent(EVENT, true) },
  { method: "getEventMetadata", run: (c) => c.events.getEventMetadata(EVENT) },
  { method: "getEventFeeChanges", run: (c) => c.events.getEventFeeChanges(EVENT) },
  { method: "getMultivariateEvents", run: (c) => c.events.getMultivariateEvents(100) },
  {
    method: "getMarketCandlesticksByEvent",
    run: (c) => c.events.getMarketCandlesticksByEvent(EVENT, SERIES, startTs, endTs, 1)
  },
  {
    method: "getEventForecastPercentilesHistory",
    run: (c) => c.events.getEventForecastPercentilesHistory(EVENT, SERIES, [5000], startTs, endTs, 60)
  },
  // order groups and orders
  {
    method: "createOrderGroup",
    run: (c) => c.orderGroups.createOrderGroup({ contracts_limit_fp: "50" }),
    then: (b, s) => (s.group = b.order_group_id)
  },
  {
    method: "createOrderV2",
    run: (c, s) => c.orders.createOrderV2(order(A, "bid", "0.30", "5", { order_group_id: s.group })),
    then: (b, s) => (s.order = b.order_id)
  },
  { method: "getOrder", run: (c, s) => c.orders.getOrder(str(s.order)) },
  { method: "getOrders", run: (c) => c.orders.getOrders(A) },
  { method: "getOrderQueuePosition", run: (c, s) => c.orders.getOrderQueuePosition(str(s.order)) },
  { method: "getOrderQueuePositions", run: (c) => c.orders.getOrderQueuePositions(A) },
  {
    method: "amendOrderV2",
    run: (c, s) => c.orders.amendOrderV2(str(s.order), { ticker: A, side: "bid", price: "0.31", count: "6" }),
    then: (b, s) => (s.order = b.order?.order_id ?? b.order_id ?? s.order)
  },
  { method: "decreaseOrderV2", run: (c, s) => c.orders.decreaseOrderV2(str(s.order), { reduce_by: "1" }) },
  {
    method: "batchCreateOrdersV2",
    run: (c) => c.orders.batchCreateOrdersV2({ orders: [order(B, "bid", "0.20", "2"), order(B, "bid", "0.21", "2")] }),
    then: (b, s) => (s.batch = b.orders?.[0]?.order_id)
  },
  {
    method: "batchCancelOrdersV2",
    run: (c, s) => c.orders.batchCancelOrdersV2({ orders: [{ order_id: str(s.batch) }] })
  },
  { method: "cancelOrderV2", run: (c, s) => c.orders.cancelOrderV2(str(s.order)) },
  { method: "cancelAllOrders", run: (c) => c.orders.cancelAllOrders() },
  { method: "getOrderGroups", run: (c) => c.orderGroups.getOrderGroups() },
  { method: "getOrderGroup", run: (c, s) => c.orderGroups.getOrderGroup(str(s.group)) },
  {
    method: "updateOrderGroupLimit",
    run: (c, s) => c.orderGroups.updateOrderGroupLimit(str(s.group), { contracts_limit_fp: "40" })
  },
  { method: "triggerOrderGroup", run: (c, s) => c.orderGroups.triggerOrderGroup(str(s.group)) },
  { method: "resetOrderGroup", run: (c, s) => c.orderGroups.resetOrderGroup(str(s.group)) },
  { method: "deleteOrderGroup", run: (c, s) => c.orderGroups.deleteOrderGroup(str(s.group)) },
  // portfolio
  { method: "getBalance", run: (c) => c.portfolio.getBalance() },
  { method: "getPositions", run: (c) => c.portfolio.getPositions() },
  { method: "getFills", run: (c) => c.portfolio.getFills() },
  { method: "getSettlements", run: (c) => c.portfolio.getSettlements() },
  { method: "getPortfolioRestingOrderTotalValue", run: (c) => c.portfolio.getPortfolioRestingOrderTotalValue() },
  {
    method: "createSubaccount",
    run: (c) => c.portfolio.createSubaccount({}),
    then: (b, s) => (s.subaccount = b.subaccount_number)
  },
  {
    method: "applySubaccountTransfer",
    run: (c, s) =>
      c.portfolio.applySubaccountTransfer({
        client_transfer_id: "fidelity-1",
        from_subaccount: 0,
        to_subaccount: num(s.subaccount),
        amount_cents: 2500
      })
  },
  { method: "getSubaccountBalances", run: (c) => c.portfolio.getSubaccountBalances() },
  { method: "getSubaccountTransfers", run: (c) => c.portfolio.getSubaccountTransfers() },
  {
    method: "updateSubaccountNetting",
    run: (c, s) => c.portfolio.updateSubaccountNetting({ subaccount_number: num(s.subaccount), enabled: true })
  },
  { method: "getSubaccountNetting", run: (c) => c.portfolio.getSubaccountNetting() },
  {
    method: "setTargetBalanceAllocation",
    run: (c) => c.portfolio.setTargetBalanceAllocation({ allocations: [{ exchange_index: 0, percent: 100 }] })
  },
  { method: "getTargetBalanceAllocation", run: (c) => c.portfolio.getTargetBalanceAllocation() },
  { method: "getDeposits", run: (c) => c.portfolio.getDeposits() },
  { method: "getWithdrawals", run: (c) => c.portfolio.getWithdrawals() },
  {
    method: "intraExchangeInstanceTransfer",
    run: (c) =>
      c.portfolio.intraExchangeInstanceTransfer({ source: "event_contract", destination: "margined", amount: 1000 }),
    then: (b, s) => (s.transfer = b.transfer_id)
  },
  { method: "getIntraExchangeInstanceTransfers", run: (c) => c.portfolio.getIntraExchangeInstanceTransfers() },
  {
    method: "getIntraExchangeInstanceTransfer",
    run: (c, s) => c.portfolio.getIntraExchangeInstanceTransfer(str(s.transfer))
  },
  // account
  { method: "getAccountApiLimits", run: (c) => c.account.getAccountApiLimits() },
  { method: "getAccountEndpointCosts", run: (c) => c.account.getAccountEndpointCosts() },
  { method: "getAccountApiUsageLevelVolumeProgress", run: (c) => c.account.getAccountApiUsageLevelVolumeProgress() },
  { method: "upgradeAccountApiUsageLevel", run: (c) => c.account.upgradeAccountApiUsageLevel() },
  // API keys
  {
    method: "generateApiKey",
    run: (c) => c.apiKeys.generateApiKey({ name: "generated", scopes: ["read", "write"] }),
    then: (b, s) => (s.generatedKey = b.api_key_id)
  },
  {
    method: "createApiKey",
    run: (c) => c.apiKeys.createApiKey({ name: "created", public_key: publicKeyPem }),
    then: (b, s) => (s.createdKey = b.api_key_id)
  },
  { method: "getApiKeys", run: (c) => c.apiKeys.getApiKeys() },
  { method: "deleteApiKey", run: (c, s) => c.apiKeys.deleteApiKey(str(s.generatedKey)) },
  // communications: RFQs, quotes, block trades
  { method: "getCommunicationsID", run: (c) => c.communications.getCommunicationsID() },
  {
    method: "createRFQ",
    run: (c) => c.communications.createRFQ({ market_ticker: A, contracts_fp: "10", rest_remainder: false }),
    then: (b, s) => (s.rfq = b.id)
  },
  { method: "getRFQ", run: (c, s) => c.communications.getRFQ(str(s.rfq)) },
  { method: "getRFQs", run: (c) => c.communications.getRFQs() },
  {
    method: "createQuote",
    as: "maker",
    run: (c, s) =>
      c.communications.createQuote({ rfq_id: str(s.rfq), yes_bid: "0.40", no_bid: "0.55", rest_remainder: false }),
    then: (b, s) => (s.quote = b.id)
  },
  { method: "getQuote", run: (c, s) => c.communications.getQuote(str(s.quote)) },
  {
    method: "getQuotes",
    run: (c, s) =>
      c.communications.getQuotes(
        undefined,
        undefined,
        undefined,
        100,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        str(s.rfq)
      )
  },
  { method: "getRFQQuote", run: (c, s) => c.communications.getRFQQuote(str(s.rfq), str(s.quote)) },
  { method: "acceptQuote", run: (c, s) => c.communications.acceptQuote(str(s.quote), { accepted_side: "yes" }) },
  { method: "confirmQuote", as: "maker", run: (c, s) => c.communications.confirmQuote(str(s.quote)) },
  {
    method: "createRFQ",
    run: (c) => c.communications.createRFQ({ market_ticker: B, contracts_fp: "4", rest_remainder: false }),
    then: (b, s) => (s.rfq2 = b.id)
  },
  {
    method: "createQuote",
    as: "maker",
    run: (c, s) =>
      c.communications.createQuote({ rfq_id: str(s.rfq2), yes_bid: "0.30", no_bid: "0.65", rest_remainder: false }),
    then: (b, s) => (s.quote2 = b.id)
  },
  {
    method: "acceptRFQQuote",
    run: (c, s) => c.communications.acceptRFQQuote(str(s.rfq2), str(s.quote2), { accepted_side: "no" })
  },
  {
    method: "confirmRFQQuote",
    as: "maker",
    run: (c, s) => c.communications.confirmRFQQuote(str(s.rfq2), str(s.quote2))
  },
  {
    method: "createRFQ",
    run: (c) => c.communications.createRFQ({ market_ticker: A, contracts_fp: "3", rest_remainder: false }),
    then: (b, s) => (s.rfq3 = b.id)
  },
  {
    method: "createQuote",
    as: "maker",
    run: (c, s) =>
      c.communications.createQuote({ rfq_id: str(s.rfq3), yes_bid: "0.35", no_bid: "0.60", rest_remainder: false }),
    then: (b, s) => (s.quote3 = b.id)
  },
  {
    method: "createQuote",
    as: "maker",
    run: (c, s) =>
      c.communications.createQuote({ rfq_id: str(s.rfq3), yes_bid: "0.36", no_bid: "0.59", rest_remainder: false }),
    then: (b, s) => (s.quote4 = b.id)
  },
  { method: "deleteRFQQuote", as: "maker", run: (c, s) => c.communications.deleteRFQQuote(str(s.rfq3), str(s.quote3)) },
  { method: "deleteQuote", as: "maker", run: (c, s) => c.communications.deleteQuote(str(s.quote4)) },
  { method: "deleteRFQ", run: (c, s) => c.communications.deleteRFQ(str(s.rfq3)) },
  {
    method: "proposeBlockTrade",
    as: "maker",
    run: (c, s) =>
      c.communications.proposeBlockTrade({
        buyer_user_id: str(s.takerUser),
        seller_user_id: str(s.makerUser),
        market_ticker: A,
        price_centi_cents: 4500,
        centicount: 200,
        maker_side: "yes",
        expiration_ts: new Date(Date.now() + 3_600_000).toISOString()
      }),
    then: (b, s) => (s.proposal = b.block_trade_proposal_id ?? b.id)
  },
  { method: "getBlockTradeProposals", run: (c) => c.communications.getBlockTradeProposals() },
  {
    method: "acceptBlockTradeProposal",
    run: (c, s) => c.communications.acceptBlockTradeProposal(str(s.proposal), {})
  },
  // historical
  { method: "getHistoricalCutoff", run: (c) => c.historical.getHistoricalCutoff() },
  { method: "getHistoricalMarkets", run: (c) => c.historical.getHistoricalMarkets(100) },
  { method: "getHistoricalMarket", run: (c) => c.historical.getHistoricalMarket(SETTLED) },
  { method: "getTradesHistorical", run: (c) => c.historical.getTradesHistorical() },
  { method: "getFillsHistorical", run: (c) => c.historical.getFillsHistorical() },
  { method: "getHistoricalOrders", run: (c) => c.historical.getHistoricalOrders() },
  { method: "getHistoricalPositions", run: (c) => c.historical.getHistoricalPositions() },
  {
    method: "getMarketCandlesticksHistorical",
    run: (c) => c.historical.getMarketCandlesticksHistorical(SETTLED, startTs, endTs, 1)
  },
  // catalog extras
  {
    method: "getMilestones",
    run: (c) => c.milestone.getMilestones(100),
    then: (b, s) => (s.milestone = b.milestones?.[0]?.id)
  },
  { method: "getMilestone", run: (c, s) => c.milestone.getMilestone(str(s.milestone)) },
  {
    method: "getStructuredTargets",
    run: (c) => c.structuredTargets.getStructuredTargets(),
    then: (b, s) => (s.target = b.structured_targets?.[0]?.id)
  },
  { method: "getStructuredTarget", run: (c, s) => c.structuredTargets.getStructuredTarget(str(s.target)) },
  { method: "getLiveData", run: (c, s) => c.liveData.getLiveData("football_game", str(s.milestone)) },
  { method: "getLiveDataByMilestone", run: (c, s) => c.liveData.getLiveDataByMilestone(str(s.milestone)) },
  { method: "getLiveDatas", run: (c, s) => c.liveData.getLiveDatas([str(s.milestone)]) },
  { method: "getGameStats", run: (c, s) => c.liveData.getGameStats(str(s.milestone)) },
  { method: "getEventLiveData", run: (c) => c.liveData.getEventLiveData(EVENT) },
  { method: "getWeatherIndex", run: (c) => c.liveData.getWeatherIndex("NYC") },
  { method: "getWeatherIndexCalibrations", run: (c) => c.liveData.getWeatherIndexCalibrations("NYC") },
  {
    method: "getMultivariateEventCollections",
    run: (c) => c.multivariate.getMultivariateEventCollections(),
    then: (b, s) => (s.collection = b.multivariate_contracts?.[0]?.collection_ticker)
  },
  {
    method: "getMultivariateEventCollection",
    run: (c, s) => c.multivariate.getMultivariateEventCollection(str(s.collection))
  },
  {
    method: "createMarketInMultivariateEventCollection",
    run: (c, s) =>
      c.multivariate.createMarketInMultivariateEventCollection(str(s.collection), {
        selected_markets: [{ market_ticker: A, event_ticker: EVENT, side: "yes" }]
      })
  },
  { method: "getIncentivePrograms", run: (c) => c.incentivePrograms.getIncentivePrograms() },
  { method: "getFiltersForSports", run: (c) => c.search.getFiltersForSports() },
  { method: "getTagsForSeriesCategories", run: (c) => c.search.getTagsForSeriesCategories() },
  // FCM
  {
    method: "createFCMSubtrader",
    as: "fcm",
    run: (c) => c.fcm.createFCMSubtrader({ subtrader_suffix: "alpha" }),
    then: (b, s) => (s.subtrader = b.subtrader_id ?? b.subtrader?.subtrader_id)
  },
  { method: "listFCMSubtraders", as: "fcm", run: (c) => c.fcm.listFCMSubtraders() },
  { method: "getFCMOrders", as: "fcm", run: (c, s) => c.fcm.getFCMOrders(str(s.subtrader)) },
  { method: "getFCMPositions", as: "fcm", run: (c, s) => c.fcm.getFCMPositions(str(s.subtrader)) },
  {
    method: "updateFCMEventContractDailyCap",
    as: "fcm",
    run: (c, s) => c.fcm.updateFCMEventContractDailyCap({ subtrader_id: str(s.subtrader), limit: "100" })
  },
  {
    method: "getFCMEventContractDailyCap",
    as: "fcm",
    run: (c, s) => c.fcm.getFCMEventContractDailyCap(str(s.subtrader))
  },
  {
    method: "deleteFCMEventContractDailyCap",
    as: "fcm",
    run: (c, s) => c.fcm.deleteFCMEventContractDailyCap(str(s.subtrader))
  }
]

/** The operations the testkit README lists as answered 501, with their reasons. */
const listed501 = (): ReadonlyMap<string, string> => {
  const text = readFileSync(new URL("../README.md", import.meta.url), "utf8")
  const section = /## Operations answered 501\n([\s\S]*?)(\n## |$)/.exec(text)?.[1] ?? ""
  return new Map([...section.matchAll(/^- `(\w+)`: (.+)$/gm)].map((m) => [m[1]!, m[2]!]))
}

type Outcome =
  | { readonly _tag: "Correct" }
  | { readonly _tag: "NotImplemented"; readonly listed: boolean }
  | { readonly _tag: "Wrong"; readonly why: string }

const pem = (account: TestExchange.Account) =>
  Option.match(account.credentials, {
    onNone: () => {
      throw new Error("no generated key")
    },
    onSome: (c) => Redacted.value(c.privateKey)
  })

describe("fidelity: the official client against the exchange", () => {
  it.scopedLive("answers every method of kalshi-typescript 3.30.0 as its models say", () =>
    Effect.gen(function*() {
      const now = Date.now()
      const exchange = yield* TestExchange.make({
        rateLimits: false,
        seedData: {
          series: [{ ticker: SERIES, title: "Fidelity", category: "Economics", tags: ["test"] }],
          events: [{ eventTicker: EVENT, title: "Fidelity 2026" }],
          markets: [
            { ticker: A, eventTicker: EVENT },
            { ticker: B, eventTicker: EVENT },
            { ticker: SETTLED, eventTicker: EVENT }
          ],
          milestones: [{
            id: "MS-1",
            title: "Fidelity game",
            type: "football_game",
            competition: "Pro Football",
            relatedEventTickers: [EVENT],
            liveData: { home_score: 7, away_score: 3 },
            playByPlay: [{ events: [{ clock: "15:00", description: "kickoff" }] }]
          }],
          structuredTargets: [{ id: "ST-1", name: "Fidelity FC", type: "team", competition: "Pro Football" }],
          collections: [{ collectionTicker: "KXMVEFID", seriesTicker: SERIES, associatedEvents: [EVENT] }],
          incentivePrograms: [{
            id: "IP-1",
            marketTicker: A,
            type: "liquidity",
            description: "quote A",
            periodReward: 1000
          }],
          eventMetadata: [{ eventTicker: EVENT, imageUrl: "https://example.com/fid.png" }],
          feeChanges: [{
            seriesTicker: SERIES,
            eventTicker: EVENT,
            feeType: "quadratic",
            feeMultiplier: 1,
            scheduledTime: now
          }],
          weather: [{ city: "NYC", points: [{ t: now - 60_000, v: 41.5 }], referenceC: 5 }]
        }
      })
      const taker = yield* exchange.addAccount({ keyType: "rsa", balance: "10000" })
      const maker = yield* exchange.addAccount({ keyType: "rsa", balance: "10000" })
      const fcm = yield* exchange.addAccount({ keyType: "rsa", balance: "10000", fcm: true })
      // trades on the market that settles, which then ages into the historical data, and on A, so
      // that candlesticks, fills, settlements and historical records exist
      const trade = (ticker: string) =>
        Effect.gen(function*() {
          yield* exchange.placeOrder({ user: maker.user, ticker, side: "ask", price: "0.45", count: "10" })
          yield* exchange.placeOrder({ user: taker.user, ticker, side: "bid", price: "0.45", count: "4" })
        })
      yield* trade(SETTLED)
      yield* exchange.settleMarket(SETTLED, "yes")
      yield* Effect.sleep("5 millis")
      yield* exchange.ageHistory()
      yield* Effect.sleep("5 millis")
      yield* trade(A)
      const extraKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
      const publicKeyPem = extraKey.publicKey.export({ type: "spki", format: "pem" }).toString()

      const as = {
        taker: clients(exchange.restUrl, taker.apiKeyId, pem(taker)),
        maker: clients(exchange.restUrl, maker.apiKeyId, pem(maker)),
        fcm: clients(exchange.restUrl, fcm.apiKeyId, pem(fcm))
      }
      const ids: Ids = { takerUser: taker.user, makerUser: maker.user }
      const checker = makeChecker()
      const infos = new Map(methods().map((m) => [m.method, m]))
      const listed = listed501()
      const outcomes = new Map<string, Outcome>()
      const script = steps(Math.floor(now / 1000) - 3600, Math.floor(now / 1000) + 3600, publicKeyPem)

      for (const step of script) {
        const info = infos.get(step.method)
        expect(info, step.method).toBeDefined()
        const reply = yield* Effect.promise(() =>
          step.run(as[step.as ?? "taker"], ids).then(
            (r) => ({ status: r.status, data: r.data as Body }),
            (e: Body) => ({ status: Number(e?.response?.status ?? 0), data: e?.response?.data ?? String(e) })
          )
        )
        if (reply.status >= 200 && reply.status < 300) step.then?.(reply.data, ids)
        if (outcomes.has(step.method) && outcomes.get(step.method)!._tag !== "Wrong" && reply.status < 300) continue
        let outcome: Outcome
        if (reply.status === 501) {
          outcome = { _tag: "NotImplemented", listed: listed.has(operationOf(step.method)) }
        } else if (reply.status < 200 || reply.status >= 300) {
          outcome = { _tag: "Wrong", why: `${reply.status} ${JSON.stringify(reply.data).slice(0, 300)}` }
        } else {
          // the client's 3.30.0 models, and the 3.31.0 spec (which also refuses fields it does not name)
          const body = reply.data === "" ? undefined : reply.data
          const problems = [
            ...checker.check(info!.returns, body),
            ...checkRest(info!.httpMethod, info!.route, reply.status, body).map((e) => `spec: ${e}`)
          ]
          outcome = problems.length === 0
            ? { _tag: "Correct" }
            : { _tag: "Wrong", why: problems.slice(0, 5).join("; ") }
        }
        if (!outcomes.has(step.method) || outcome._tag === "Wrong") outcomes.set(step.method, outcome)
      }

      // the operations the client lacks, called directly as the FCM
      const spec: Array<string> = []
      const blocked = yield* call(exchange, "PUT", "/fcm/subtraders/blocked_categories", {
        as: fcm,
        body: { subtrader_id: str(ids.subtrader), category: "Crypto", blocked: true }
      })
      const categories = yield* call(exchange, "GET", "/fcm/subtraders/blocked_categories", {
        as: fcm,
        query: { subtrader_id: str(ids.subtrader) }
      })
      expect(categories.body.categories).toEqual(["Crypto"])
      const fcmFills = yield* call(exchange, "GET", "/fcm/fills", { as: fcm })
      for (
        const [op, reply] of [[specOnly[2]!, blocked], [specOnly[1]!, categories], [specOnly[0]!, fcmFills]] as const
      ) {
        const problems = reply.status >= 300
          ? [`${reply.status}`]
          : checkRest(op.method, op.route, reply.status, reply.body)
        if (problems.length > 0) spec.push(`${op.operation}: ${problems.join("; ")}`)
      }

      const all = [...infos.keys()]
      const missing = all.filter((m) => !outcomes.has(m))
      const correct = all.filter((m) => outcomes.get(m)?._tag === "Correct")
      const notImplemented = all.filter((m) => outcomes.get(m)?._tag === "NotImplemented")
      const unlisted = notImplemented.filter((m) => {
        const o = outcomes.get(m)!
        return o._tag === "NotImplemented" && !o.listed
      })
      const wrong = all.flatMap((m) => {
        const o = outcomes.get(m)
        return o?._tag === "Wrong" ? [`${m}: ${o.why}`] : []
      })
      console.log(
        `fidelity: ${all.length} methods: ${correct.length} answered correctly, ${notImplemented.length} 501 ` +
          `(${unlisted.length} not listed in the README), ${wrong.length} wrong; ` +
          `${specOnly.length - spec.length} of the ${specOnly.length} operations the client lacks answered correctly` +
          (spec.length > 0 ? `\nspec-only wrong:\n  ${spec.join("\n  ")}` : "") +
          (unlisted.length > 0 ? `\n501 not listed: ${unlisted.join(", ")}` : "") +
          (wrong.length > 0 ? `\nwrong:\n  ${wrong.join("\n  ")}` : "")
      )
      expect(all).toHaveLength(114)
      expect(missing).toEqual([])
      expect(wrong).toEqual([])
      expect(unlisted).toEqual([])
      expect(spec).toEqual([])
    }), 120_000)
})
