/**
 * The operations beyond trading, for their effects on the exchange's state (the fidelity test
 * checks their shapes): keys the exchange then accepts or refuses, money moved through the ledger,
 * the historical split, FCM subtraders, multivariate combinations and block trade proposals.
 */
import { describe, expect, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { TestExchange } from "../src/index.js"
import { call } from "./utils/client.js"

const A = "KXCOV-26-A"
const B = "KXCOV-26-B"

/** `deposits = cash + fees + open interest × $1`, the ledger's invariant. */
const balanced = (exchange: TestExchange.Service) => {
  const l = exchange.engine.ledger()
  return BigDecimal.equals(l.deposits, BigDecimal.sum(BigDecimal.sum(l.cash, l.feesCollected), l.openInterest))
}

/** An account whose key is one the exchange generated through `POST /api_keys/generate`. */
const withKey = (user: string, apiKeyId: string, privateKey: string): TestExchange.Account => ({
  user,
  apiKeyId,
  credentials: {
    _tag: "Some",
    value: { apiKeyId: Redacted.make(apiKeyId), privateKey: Redacted.make(privateKey) }
  } as any
})

describe("coverage: what the operations change", () => {
  it.scopedLive("a generated key signs requests at once, a deleted key is refused", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: A }] })
      const me = yield* exchange.addAccount({ balance: "100" })
      const made = yield* call(exchange, "POST", "/api_keys/generate", {
        as: me,
        body: { name: "bot", scopes: ["read"] }
      })
      expect(made.status).toBe(201)
      const bot = withKey(me.user, made.body.api_key_id, made.body.private_key)
      const balance = yield* call(exchange, "GET", "/portfolio/balance", { as: bot })
      expect(balance.body.balance_dollars).toBe("100.0000")
      const listed = yield* call(exchange, "GET", "/api_keys", { as: bot })
      expect(listed.body.api_keys.map((k: any) => k.name)).toEqual(["default", "bot"])
      const deleted = yield* call(exchange, "DELETE", `/api_keys/${bot.apiKeyId}`, { as: me })
      expect(deleted.status).toBe(204)
      const refused = yield* call(exchange, "GET", "/portfolio/balance", { as: bot })
      expect(refused.status).toBe(401)
      const again = yield* call(exchange, "DELETE", `/api_keys/${bot.apiKeyId}`, { as: me })
      expect(again.status).toBe(404)
    }))

  it.scopedLive("subaccount transfers, withdrawals and instance transfers move money through the ledger", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: A }] })
      const me = yield* exchange.addAccount({ balance: "100" })
      const sub = yield* call(exchange, "POST", "/portfolio/subaccounts", { as: me })
      expect(sub.body).toEqual({ subaccount_number: 1 })
      const transfer = { client_transfer_id: "t-1", from_subaccount: 0, to_subaccount: 1, amount_cents: 2550 }
      expect((yield* call(exchange, "POST", "/portfolio/subaccounts/transfer", { as: me, body: transfer })).status)
        .toBe(200)
      // the same client_transfer_id again moves nothing
      yield* call(exchange, "POST", "/portfolio/subaccounts/transfer", { as: me, body: transfer })
      const tooMuch = yield* call(exchange, "POST", "/portfolio/subaccounts/transfer", {
        as: me,
        body: { ...transfer, client_transfer_id: "t-2", amount_cents: 1_000_000 }
      })
      expect(tooMuch.body.error.code).toBe("insufficient_balance")
      const balances = yield* call(exchange, "GET", "/portfolio/subaccounts/balances", { as: me })
      expect(balances.body.subaccount_balances.map((b: any) => [b.subaccount_number, b.balance])).toEqual([
        [0, "74.5000"],
        [1, "25.5000"]
      ])
      const inSub = yield* call(exchange, "GET", "/portfolio/balance", { as: me, query: { subaccount: "1" } })
      expect(inSub.body.balance_dollars).toBe("25.5000")
      const moved = yield* call(exchange, "POST", "/portfolio/intra_exchange_instance_transfer", {
        as: me,
        body: { source: "event_contract", destination: "margined", amount: 1000 }
      })
      const transfers = yield* call(
        exchange,
        "GET",
        `/portfolio/intra_exchange_instance_transfers/${moved.body.transfer_id}`,
        { as: me }
      )
      expect(transfers.body.transfer).toMatchObject({ amount: "10.0000", status: "complete" })
      expect((yield* call(exchange, "GET", "/portfolio/balance", { as: me })).body.balance_dollars).toBe("64.5000")
      const deposits = yield* call(exchange, "GET", "/portfolio/deposits", { as: me })
      expect(deposits.body.deposits.map((d: any) => d.amount_cents)).toEqual([10_000])
      yield* exchange.withdraw(me.user, "4.50")
      expect((yield* Effect.flip(exchange.withdraw(me.user, "1000")))._tag).toBe("SeedError")
      const withdrawals = yield* call(exchange, "GET", "/portfolio/withdrawals", { as: me })
      expect(withdrawals.body.withdrawals.map((w: any) => [w.amount_cents, w.status])).toEqual([[450, "applied"]])
      expect((yield* call(exchange, "GET", "/portfolio/balance", { as: me })).body.balance_dollars).toBe("60.0000")
      expect(balanced(exchange)).toBe(true)
    }))

  it.scopedLive("what aged past the cutoff moves from the live endpoints to /historical", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: A }, { ticker: B }] })
      const cutoff0 = yield* call(exchange, "GET", "/historical/cutoff")
      expect(Date.parse(cutoff0.body.trades_created_ts)).toBeGreaterThan(Date.UTC(2020, 0, 1))
      const maker = yield* exchange.addAccount({ balance: "100" })
      const taker = yield* exchange.addAccount({ balance: "100" })
      yield* exchange.placeOrder({ user: maker.user, ticker: A, side: "ask", price: "0.40", count: "2" })
      yield* exchange.placeOrder({ user: taker.user, ticker: A, side: "bid", price: "0.40", count: "2" })
      yield* exchange.settleMarket(A, "yes")
      yield* Effect.sleep("5 millis")
      yield* exchange.ageHistory()
      yield* Effect.sleep("5 millis")
      yield* exchange.placeOrder({ user: maker.user, ticker: B, side: "ask", price: "0.60", count: "1" })
      yield* exchange.placeOrder({ user: taker.user, ticker: B, side: "bid", price: "0.60", count: "1" })

      const live = yield* call(exchange, "GET", "/markets/trades")
      expect(live.body.trades.map((t: any) => t.ticker)).toEqual([B])
      const old = yield* call(exchange, "GET", "/historical/trades")
      expect(old.body.trades.map((t: any) => t.ticker)).toEqual([A])
      const markets = yield* call(exchange, "GET", "/markets")
      expect(markets.body.markets.map((m: any) => m.ticker)).toEqual([B])
      const oldMarkets = yield* call(exchange, "GET", "/historical/markets")
      expect(oldMarkets.body.markets.map((m: any) => [m.ticker, m.result])).toEqual([[A, "yes"]])
      const fills = yield* call(exchange, "GET", "/portfolio/fills", { as: taker })
      expect(fills.body.fills.map((f: any) => f.ticker)).toEqual([B])
      const oldFills = yield* call(exchange, "GET", "/historical/fills", { as: taker })
      expect(oldFills.body.fills.map((f: any) => f.ticker)).toEqual([A])
      const oldOrders = yield* call(exchange, "GET", "/historical/orders", { as: taker })
      expect(oldOrders.body.orders.map((o: any) => [o.ticker, o.status])).toEqual([[A, "executed"]])
      const orders = yield* call(exchange, "GET", "/portfolio/orders", { as: taker })
      expect(orders.body.orders.map((o: any) => o.ticker)).toEqual([B])
      const positions = yield* call(exchange, "GET", "/historical/positions", { as: taker })
      expect(positions.body.market_positions.map((p: any) => [p.ticker, p.realized_pnl_dollars])).toEqual([[
        A,
        "1.2000"
      ]])
      const now = Math.floor(Date.now() / 1000)
      const candles = yield* call(exchange, "GET", `/historical/markets/${A}/candlesticks`, {
        query: { start_ts: String(now - 3600), end_ts: String(now + 3600), period_interval: "1" }
      })
      expect(candles.body.candlesticks.map((c: any) => [c.price.close, c.volume])).toEqual([["0.4000", "2.00"]])
      const notAged = yield* call(exchange, "GET", `/historical/markets/${B}`)
      expect(notAged.status).toBe(404)
    }))

  it.scopedLive("an FCM's subtraders trade with their own keys; the FCM reads their orders and positions", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: A }] })
      const plain = yield* exchange.addAccount({ balance: "10" })
      expect((yield* call(exchange, "GET", "/fcm/subtraders", { as: plain })).status).toBe(403)
      const fcm = yield* exchange.addAccount({ fcm: true })
      const created = yield* call(exchange, "POST", "/fcm/subtraders", { as: fcm, body: { subtrader_suffix: "one" } })
      const subtrader: string = created.body.subtrader_id
      yield* exchange.deposit(subtrader, "50")
      const key = yield* call(exchange, "POST", "/api_keys/generate", {
        as: fcm,
        body: { name: "desk", fcm_subtrader_id: subtrader }
      })
      const desk = withKey(subtrader, key.body.api_key_id, key.body.private_key)
      const order = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: desk,
        body: {
          ticker: A,
          side: "bid",
          price: "0.30",
          count: "5",
          time_in_force: "good_till_canceled",
          self_trade_prevention_type: "taker_at_cross"
        }
      })
      expect(order.status).toBe(201)
      const orders = yield* call(exchange, "GET", "/fcm/orders", { as: fcm, query: { subtrader_id: subtrader } })
      expect(orders.body.orders.map((o: any) => o.order_id)).toEqual([order.body.order_id])
      yield* call(exchange, "PUT", "/fcm/subtraders/event_contract_daily_cap", {
        as: fcm,
        body: { subtrader_id: subtrader, limit: "200" }
      })
      const cap = yield* call(exchange, "GET", "/fcm/subtraders/event_contract_daily_cap", {
        as: fcm,
        query: { subtrader_id: subtrader }
      })
      expect(cap.body).toMatchObject({ limit: "200.0000", resting_order_utilization: "1.5000" })
      const keys = yield* call(exchange, "GET", "/api_keys", { as: fcm, query: { fcm_subtrader_id: subtrader } })
      expect(keys.body.api_keys.map((k: any) => k.fcm_subtrader_id)).toEqual([subtrader])
    }))

  it.scopedLive("a combination of a collection's markets is listed once and trades", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({
        rateLimits: false,
        seedData: {
          markets: [{ ticker: "KXCOV-26-A", eventTicker: "KXCOV-26" }, {
            ticker: "KXCOW-26-A",
            eventTicker: "KXCOW-26"
          }],
          collections: [{
            collectionTicker: "KXMVECOV",
            seriesTicker: "KXCOV",
            associatedEvents: ["KXCOV-26", "KXCOW-26"]
          }]
        }
      })
      const me = yield* exchange.addAccount({ balance: "10" })
      const legs = {
        selected_markets: [
          { market_ticker: "KXCOV-26-A", event_ticker: "KXCOV-26", side: "yes" },
          { market_ticker: "KXCOW-26-A", event_ticker: "KXCOW-26", side: "no" }
        ]
      }
      const first = yield* call(exchange, "POST", "/multivariate_event_collections/KXMVECOV", { as: me, body: legs })
      const again = yield* call(exchange, "POST", "/multivariate_event_collections/KXMVECOV", {
        as: me,
        body: { selected_markets: [...legs.selected_markets].reverse(), with_market_payload: true }
      })
      expect(again.body.market_ticker).toBe(first.body.market_ticker)
      expect(again.body.market.event_ticker).toBe(first.body.event_ticker)
      const events = yield* call(exchange, "GET", "/events/multivariate", { query: { collection_ticker: "KXMVECOV" } })
      expect(events.body.events.map((e: any) => e.event_ticker)).toEqual([first.body.event_ticker])
      const only = yield* call(exchange, "GET", "/markets", { query: { mve_filter: "only" } })
      expect(only.body.markets.map((m: any) => m.ticker)).toEqual([first.body.market_ticker])
      const order = yield* call(exchange, "POST", "/portfolio/events/orders", {
        as: me,
        body: {
          ticker: first.body.market_ticker,
          side: "bid",
          price: "0.10",
          count: "1",
          time_in_force: "good_till_canceled",
          self_trade_prevention_type: "taker_at_cross"
        }
      })
      expect(order.status).toBe(201)
      const outside = yield* call(exchange, "POST", "/multivariate_event_collections/KXMVECOV", {
        as: me,
        body: { selected_markets: [{ market_ticker: "NOPE", event_ticker: "KXCOV-26", side: "yes" }] }
      })
      expect(outside.status).toBe(404)
    }))

  it.scopedLive("a block trade proposal executes when both sides accepted: positions, a block trade, a balanced ledger", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: A }] })
      const buyer = yield* exchange.addAccount({ balance: "100" })
      const seller = yield* exchange.addAccount({ balance: "100" })
      const proposed = yield* call(exchange, "POST", "/communications/block-trade-proposals", {
        as: seller,
        body: {
          buyer_user_id: buyer.user,
          seller_user_id: seller.user,
          market_ticker: A,
          price_centi_cents: 4500,
          centicount: 300,
          maker_side: "no",
          expiration_ts: new Date(Date.now() + 60_000).toISOString()
        }
      })
      expect(proposed.status).toBe(201)
      const id = proposed.body.block_trade_proposal_id
      const accepted = yield* call(exchange, "POST", `/communications/block-trade-proposals/${id}/accept`, {
        as: buyer
      })
      expect(accepted.status).toBe(204)
      const proposals = yield* call(exchange, "GET", "/communications/block-trade-proposals", { as: buyer })
      expect(proposals.body.block_trade_proposals[0]).toMatchObject({ status: "executed", buyer_accepted: true })
      const positions = yield* call(exchange, "GET", "/portfolio/positions", { as: buyer })
      expect(positions.body.market_positions.map((p: any) => p.position_fp)).toEqual(["3.00"])
      const blocks = yield* call(exchange, "GET", "/markets/trades", { query: { is_block_trade: "true" } })
      expect(blocks.body.trades.map((t: any) => [t.count_fp, t.yes_price_dollars, t.is_block_trade])).toEqual([
        ["3.00", "0.4500", true]
      ])
      expect(balanced(exchange)).toBe(true)
    }))

  it.scopedLive("the demo catalog serves its extras: milestone and live data, collection, incentives, weather", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, seedData: TestExchange.demoSeed })
      const milestones = yield* call(exchange, "GET", "/milestones", { query: { limit: "10" } })
      expect(milestones.body.milestones.map((m: any) => m.id)).toEqual(["MS-RAINNYC-26DEC01"])
      const live = yield* call(exchange, "GET", "/live_data/events/KXRAINNYC-26DEC01")
      expect(live.body.live_data.details).toEqual({ precipitation_inches: 0.4 })
      const collections = yield* call(exchange, "GET", "/multivariate_event_collections")
      expect(collections.body.multivariate_contracts.map((c: any) => c.collection_ticker)).toEqual(["KXMVEDEMO"])
      const programs = yield* call(exchange, "GET", "/incentive_programs")
      expect(programs.body.incentive_programs.map((p: any) => p.market_ticker)).toEqual(["KXBTCY-26DEC31-B100000"])
      const weather = yield* call(exchange, "GET", "/live_data/weather/NYC", {
        query: { from: String(Date.UTC(2026, 11, 1)), to: String(Date.UTC(2026, 11, 2)) }
      })
      expect(weather.body.timeseries.map((p: any) => p.v)).toEqual([41.2])
      const tags = yield* call(exchange, "GET", "/search/tags_by_categories")
      expect(tags.body.tags_by_categories).toEqual({ Crypto: ["BTC"], "Climate and Weather": ["Rain"] })
    }))
})
