import { assert, describe, it } from "@effect/vitest"
import { BigDecimal, Either, FastCheck as fc, Option } from "effect"
import * as Engine from "../src/Engine.js"

const d = (s: string) => BigDecimal.unsafeFromString(s)
const fmt = (x: BigDecimal.BigDecimal) => BigDecimal.format(BigDecimal.normalize(x))
const T0 = 1_700_000_000_000

const ok = <A>(outcome: Engine.Outcome<A>): A =>
  Either.getOrThrowWith(outcome.result, (e) => new Error(`${e.status} ${e.code}: ${e.details ?? e.message}`))
const fail = <A>(outcome: Engine.Outcome<A>): Engine.EngineError =>
  Either.match(outcome.result, {
    onLeft: (e) => e,
    onRight: () => {
      throw new Error("expected the command to fail")
    }
  })

interface Place {
  readonly user: string
  readonly side: Engine.BookSide
  readonly price: string
  readonly count: string
  readonly ticker?: string
  readonly timeInForce?: Engine.TimeInForce
  readonly stp?: Engine.SelfTradePreventionType
  readonly postOnly?: boolean
  readonly reduceOnly?: boolean
  readonly clientOrderId?: string
  readonly orderGroupId?: string
  readonly cancelOrderOnPause?: boolean
  readonly expirationTime?: number
  readonly nowMs?: number
}

const request = (p: Place): Engine.CreateOrder => ({
  user: p.user,
  ticker: p.ticker ?? "MKT",
  side: p.side,
  price: d(p.price),
  count: d(p.count),
  timeInForce: p.timeInForce ?? "good_till_canceled",
  selfTradePreventionType: p.stp ?? "taker_at_cross",
  postOnly: p.postOnly,
  reduceOnly: p.reduceOnly,
  clientOrderId: p.clientOrderId,
  orderGroupId: p.orderGroupId,
  cancelOrderOnPause: p.cancelOrderOnPause,
  expirationTime: p.expirationTime
})

const setup = (market: Partial<Engine.MarketConfig> = {}, cash = "100") => {
  const engine = Engine.make({ seed: 7 })
  ok(engine.addMarket({ ticker: "MKT", ...market }))
  for (const user of ["alice", "bob", "carol"]) ok(engine.deposit({ user, amount: d(cash), nowMs: T0 }))
  const place = (p: Place) => engine.createOrder({ ...request(p), nowMs: p.nowMs ?? T0 })
  const balance = (user: string) => fmt(engine.getBalance(user).balance)
  const cash_ = (user: string) => fmt(engine.getBalance(user).cash)
  const position = (user: string, ticker = "MKT") => {
    const p = engine.getPositions(user).find((x) => x.ticker === ticker)
    return p === undefined ? "0" : fmt(p.position)
  }
  const book = (ticker = "MKT") => {
    const b = Option.getOrThrow(engine.getBook(ticker))
    const side = (levels: ReadonlyArray<Engine.BookLevel>) => levels.map((l) => `${fmt(l.count)}@${fmt(l.price)}`)
    return { bids: side(b.bids), asks: side(b.asks) }
  }
  return { engine, place, balance, cash: cash_, position, book }
}

const tags = (events: ReadonlyArray<Engine.EngineEvent>) => events.map((e) => e._tag)
const IOC = "immediate_or_cancel" as const

describe("Engine: matching", () => {
  it("fills at the resting order's price, best price first, then oldest first at a price", () => {
    const { place, book } = setup()
    const bob1 = ok(place({ user: "bob", side: "ask", price: "0.45", count: "2" }))
    const carol = ok(place({ user: "carol", side: "ask", price: "0.45", count: "2" }))
    const bob2 = ok(place({ user: "bob", side: "ask", price: "0.43", count: "1" }))
    const outcome = place({ user: "alice", side: "bid", price: "0.50", count: "4" })
    const result = ok(outcome)
    const fills = outcome.events.flatMap((e) => (e._tag === "Fill" && !e.fill.isTaker ? [e.fill] : []))
    assert.deepStrictEqual(fills.map((f) => [f.orderId, fmt(f.price), fmt(f.count)]), [
      [bob2.order.orderId, "0.43", "1"],
      [bob1.order.orderId, "0.45", "2"],
      [carol.order.orderId, "0.45", "1"]
    ])
    assert.strictEqual(fmt(result.fillCount), "4")
    assert.strictEqual(fmt(result.remainingCount), "0")
    assert.strictEqual(result.order.status, "executed")
    assert.strictEqual(fmt(Option.getOrThrow(result.averageFillPrice)), "0.445")
    assert.deepStrictEqual(book(), { bids: [], asks: ["1@0.45"] })
  })

  it("rests a good-till-canceled order that does not cross, bids and asks on their own sides", () => {
    const { place, book } = setup()
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "3" }))
    ok(place({ user: "alice", side: "bid", price: "0.42", count: "1" }))
    ok(place({ user: "bob", side: "ask", price: "0.45", count: "2" }))
    assert.deepStrictEqual(book(), { bids: ["1@0.42", "3@0.4"], asks: ["2@0.45"] })
  })

  it("fill_or_kill fills completely or not at all", () => {
    const { place, book, position } = setup()
    ok(place({ user: "bob", side: "ask", price: "0.45", count: "2" }))
    const killed = ok(place({ user: "alice", side: "bid", price: "0.50", count: "3", timeInForce: "fill_or_kill" }))
    assert.strictEqual(killed.order.status, "canceled")
    assert.strictEqual(fmt(killed.fillCount), "0")
    assert.strictEqual(fmt(killed.remainingCount), "0")
    assert.deepStrictEqual(book(), { bids: [], asks: ["2@0.45"] })
    const filled = ok(place({ user: "alice", side: "bid", price: "0.50", count: "2", timeInForce: "fill_or_kill" }))
    assert.strictEqual(filled.order.status, "executed")
    assert.strictEqual(position("alice"), "2")
  })

  it("immediate_or_cancel fills what it can and cancels the rest", () => {
    const { place, book } = setup()
    ok(place({ user: "bob", side: "ask", price: "0.45", count: "2" }))
    const outcome = place({ user: "alice", side: "bid", price: "0.50", count: "5", timeInForce: "immediate_or_cancel" })
    const result = ok(outcome)
    assert.strictEqual(fmt(result.fillCount), "2")
    assert.strictEqual(fmt(result.remainingCount), "0")
    assert.strictEqual(result.order.status, "canceled")
    const canceled = outcome.events.find((e) => e._tag === "OrderCanceled")
    assert.isTrue(canceled?._tag === "OrderCanceled" && canceled.reason === "ImmediateOrCancel")
    assert.isTrue(canceled?._tag === "OrderCanceled" && fmt(canceled.reducedBy) === "3")
    assert.deepStrictEqual(book(), { bids: [], asks: [] })
  })

  it("expires a good-till-canceled order at its expiration_time, from the clock in the commands", () => {
    const { engine, place, book } = setup()
    const expiry = T0 / 1000 + 60
    const o = ok(place({ user: "alice", side: "bid", price: "0.40", count: "1", expirationTime: expiry }))
    assert.strictEqual(o.order.expirationTsMs, expiry * 1000)
    assert.deepStrictEqual(engine.tick(expiry * 1000 - 1).events, [])
    assert.deepStrictEqual(book().bids, ["1@0.4"])
    const outcome = engine.tick(expiry * 1000)
    const canceled = outcome.events.find((e) => e._tag === "OrderCanceled")
    assert.isTrue(canceled?._tag === "OrderCanceled" && canceled.reason === "ExpiryCancel")
    assert.deepStrictEqual(book().bids, [])
    assert.strictEqual(fmt(engine.getBalance("alice").reserved), "0")
  })

  it("expires orders before any command, even a rejected one", () => {
    const { place, book } = setup()
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "1", expirationTime: T0 / 1000 + 1 }))
    const outcome = place({ user: "alice", side: "bid", price: "0.401", count: "1", nowMs: T0 + 5000 })
    assert.strictEqual(fail(outcome).code, "invalid_order")
    assert.include(tags(outcome.events), "OrderCanceled")
    assert.deepStrictEqual(book().bids, [])
  })

  it("rejects an expiration in the past and one on an immediate_or_cancel order", () => {
    const { place } = setup()
    const past = fail(place({ user: "alice", side: "bid", price: "0.40", count: "1", expirationTime: T0 / 1000 }))
    assert.strictEqual(past.status, 400)
    const ioc = fail(
      place({
        user: "alice",
        side: "bid",
        price: "0.40",
        count: "1",
        timeInForce: "immediate_or_cancel",
        expirationTime: T0 / 1000 + 10
      })
    )
    assert.strictEqual(ioc.code, "invalid_order")
  })

  it("rejects a post-only order that would cross with 400 invalid_order \"post only cross\"", () => {
    const { place, book } = setup()
    ok(place({ user: "bob", side: "ask", price: "0.45", count: "2" }))
    const error = fail(place({ user: "alice", side: "bid", price: "0.45", count: "1", postOnly: true }))
    assert.deepStrictEqual([error.status, error.code, error.details], [400, "invalid_order", "post only cross"])
    ok(place({ user: "alice", side: "bid", price: "0.44", count: "1", postOnly: true }))
    assert.deepStrictEqual(book(), { bids: ["1@0.44"], asks: ["2@0.45"] })
  })

  it("reduce-only orders must be immediate_or_cancel and are capped by the position", () => {
    const { place, position } = setup()
    const gtc = fail(place({ user: "alice", side: "ask", price: "0.40", count: "1", reduceOnly: true }))
    assert.strictEqual(gtc.code, "invalid_order")
    // no position: nothing to reduce
    const none = ok(
      place({ user: "alice", side: "ask", price: "0.40", count: "1", reduceOnly: true, timeInForce: IOC })
    )
    assert.strictEqual(fmt(none.fillCount), "0")
    assert.strictEqual(none.order.lastUpdateReason, "ReduceOnlyCancel")
    // buy 2 YES, then a reduce-only sell of 5 sells only 2
    ok(place({ user: "bob", side: "ask", price: "0.40", count: "2" }))
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "2" }))
    ok(place({ user: "carol", side: "bid", price: "0.50", count: "10" }))
    const reduced = ok(
      place({ user: "alice", side: "ask", price: "0.50", count: "5", reduceOnly: true, timeInForce: IOC })
    )
    assert.strictEqual(fmt(reduced.fillCount), "2")
    assert.strictEqual(position("alice"), "0")
    assert.strictEqual(reduced.order.status, "canceled")
  })

  it("self-trade prevention taker_at_cross cancels the taker with nothing filled and keeps the resting order", () => {
    const { place, book } = setup()
    ok(place({ user: "alice", side: "ask", price: "0.45", count: "2" }))
    const result = ok(place({ user: "alice", side: "bid", price: "0.50", count: "1", stp: "taker_at_cross" }))
    assert.strictEqual(fmt(result.fillCount), "0")
    assert.strictEqual(fmt(result.remainingCount), "0")
    assert.strictEqual(result.order.status, "canceled")
    assert.strictEqual(result.order.lastUpdateReason, "SelfTradeCancel")
    assert.deepStrictEqual(book(), { bids: [], asks: ["2@0.45"] })
  })

  it("taker_at_cross keeps the fills made before reaching the user's own order", () => {
    const { place, book } = setup()
    ok(place({ user: "bob", side: "ask", price: "0.44", count: "1" }))
    ok(place({ user: "alice", side: "ask", price: "0.45", count: "2" }))
    const result = ok(place({ user: "alice", side: "bid", price: "0.50", count: "3" }))
    assert.strictEqual(fmt(result.fillCount), "1")
    assert.strictEqual(result.order.status, "canceled")
    assert.deepStrictEqual(book(), { bids: [], asks: ["2@0.45"] })
  })

  it("self-trade prevention maker cancels the user's resting order and goes on matching", () => {
    const { place, book } = setup()
    const own = ok(place({ user: "alice", side: "ask", price: "0.44", count: "2" }))
    ok(place({ user: "bob", side: "ask", price: "0.45", count: "2" }))
    const outcome = place({ user: "alice", side: "bid", price: "0.50", count: "1", stp: "maker" })
    const result = ok(outcome)
    assert.strictEqual(fmt(result.fillCount), "1")
    assert.strictEqual(fmt(Option.getOrThrow(result.averageFillPrice)), "0.45")
    const canceled = outcome.events.find((e) => e._tag === "OrderCanceled")
    assert.isTrue(
      canceled?._tag === "OrderCanceled" && canceled.reason === "SelfTradeCancel" &&
        canceled.order.orderId === own.order.orderId
    )
    assert.deepStrictEqual(book(), { bids: [], asks: ["1@0.45"] })
  })

  it("trades fractional counts exactly", () => {
    const { place, position, book } = setup()
    ok(place({ user: "bob", side: "ask", price: "0.30", count: "1.25" }))
    const result = ok(place({ user: "alice", side: "bid", price: "0.30", count: "0.5" }))
    assert.strictEqual(fmt(result.fillCount), "0.5")
    assert.strictEqual(position("alice"), "0.5")
    assert.strictEqual(position("bob"), "-0.5")
    assert.deepStrictEqual(book().asks, ["0.75@0.3"])
    const bad = fail(place({ user: "alice", side: "bid", price: "0.30", count: "0.001" }))
    assert.strictEqual(bad.code, "invalid_order")
  })
})

describe("Engine: prices", () => {
  it("enforces the linear_cent grid and prices strictly between 0 and 1", () => {
    const { place } = setup()
    for (const price of ["0.455", "0", "1", "0.00", "1.5"]) {
      const error = fail(place({ user: "alice", side: "bid", price, count: "1" }))
      assert.deepStrictEqual([error.status, error.code], [400, "invalid_order"], price)
    }
    ok(place({ user: "alice", side: "bid", price: "0.01", count: "1" }))
    ok(place({ user: "alice", side: "bid", price: "0.99", count: "1" }))
  })

  it("enforces deci_cent and tapered_deci_cent grids", () => {
    const engine = Engine.make()
    ok(engine.addMarket({ ticker: "DECI", priceLevelStructure: "deci_cent" }))
    ok(engine.addMarket({ ticker: "TAPER", priceLevelStructure: "tapered_deci_cent" }))
    ok(engine.deposit({ user: "u", amount: d("100"), nowMs: T0 }))
    const place = (ticker: string, price: string) =>
      engine.createOrder({ ...request({ user: "u", side: "bid", price, count: "1", ticker }), nowMs: T0 })
    ok(place("DECI", "0.555"))
    assert.strictEqual(fail(place("DECI", "0.5555")).code, "invalid_order")
    ok(place("TAPER", "0.055"))
    ok(place("TAPER", "0.955"))
    ok(place("TAPER", "0.55"))
    assert.strictEqual(fail(place("TAPER", "0.555")).code, "invalid_order")
  })

  it("takes explicit price_ranges", () => {
    const engine = Engine.make()
    ok(engine.addMarket({ ticker: "R", priceRanges: [{ start: d("0.2"), end: d("0.8"), step: d("0.05") }] }))
    ok(engine.deposit({ user: "u", amount: d("100"), nowMs: T0 }))
    const place = (price: string) =>
      engine.createOrder({ ...request({ user: "u", side: "bid", price, count: "1", ticker: "R" }), nowMs: T0 })
    ok(place("0.25"))
    assert.strictEqual(fail(place("0.26")).code, "invalid_order")
    assert.strictEqual(fail(place("0.15")).code, "invalid_order")
  })
})

describe("Engine: fees, balances and positions", () => {
  it("charges the taker 0.07 x P x (1 - P) rounded up to $0.0001: 0.0175 for 1 contract at 0.52", () => {
    const { place, cash } = setup()
    ok(place({ user: "bob", side: "ask", price: "0.52", count: "1" }))
    const outcome = place({ user: "alice", side: "bid", price: "0.52", count: "1" })
    const fills = outcome.events.flatMap((e) => (e._tag === "Fill" ? [e.fill] : []))
    assert.deepStrictEqual(fills.map((f) => [f.isTaker, fmt(f.feeCost)]), [[true, "0.0175"], [false, "0"]])
    assert.strictEqual(cash("alice"), "99.4625") // 100 - 0.52 - 0.0175
    assert.strictEqual(cash("bob"), "99.52") // 100 - 0.48 (buying NO), no maker fee
    const result = ok(outcome)
    assert.strictEqual(fmt(Option.getOrThrow(result.averageFeePaid)), "0.0175")
    assert.strictEqual(fmt(result.order.takerFees), "0.0175")
  })

  it("rounds each fill's fee up to the next $0.0001, not to the cent and not to 6 decimals", () => {
    const { place } = setup()
    ok(place({ user: "bob", side: "ask", price: "0.37", count: "3" }))
    const outcome = place({ user: "alice", side: "bid", price: "0.37", count: "3" })
    const taker = outcome.events.find((e) => e._tag === "Fill" && e.fill.isTaker)
    // 0.07 * 3 * 0.37 * 0.63 = 0.048951
    assert.isTrue(taker?._tag === "Fill" && fmt(taker.fill.feeCost) === "0.049")
  })

  it("charges a maker fee only when the market has a maker rate", () => {
    const { place } = setup({ makerFeeRate: d("0.0175") })
    ok(place({ user: "bob", side: "ask", price: "0.50", count: "1" }))
    const outcome = place({ user: "alice", side: "bid", price: "0.50", count: "1" })
    const maker = outcome.events.find((e) => e._tag === "Fill" && !e.fill.isTaker)
    // 0.0175 * 0.25 = 0.004375 -> 0.0044
    assert.isTrue(maker?._tag === "Fill" && fmt(maker.fill.feeCost) === "0.0044")
  })

  it("moves cash and signed positions exactly, and realizes PnL on closing", () => {
    const { engine, place, cash, position } = setup({ takerFeeRate: d("0") })
    ok(place({ user: "bob", side: "ask", price: "0.40", count: "10" }))
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "10" }))
    assert.deepStrictEqual([cash("alice"), cash("bob")], ["96", "94"])
    assert.deepStrictEqual([position("alice"), position("bob")], ["10", "-10"])
    assert.strictEqual(fmt(Option.getOrThrow(engine.getMarket("MKT")).openInterest), "10")
    // alice sells her YES at 0.50 to carol: she gets 0.50 each back
    ok(place({ user: "carol", side: "bid", price: "0.50", count: "4" }))
    ok(place({ user: "alice", side: "ask", price: "0.50", count: "4" }))
    assert.strictEqual(cash("alice"), "98")
    assert.strictEqual(position("alice"), "6")
    const alice = engine.getPositions("alice")[0]!
    assert.strictEqual(fmt(alice.realizedPnl), "0.4")
    assert.strictEqual(fmt(alice.marketExposure), "2.4")
    // bob closes NO by buying YES at 0.50 from alice: he gets 1 - 0.50 back each
    ok(place({ user: "alice", side: "ask", price: "0.50", count: "6" }))
    ok(place({ user: "bob", side: "bid", price: "0.50", count: "6" }))
    assert.strictEqual(cash("bob"), "97")
    assert.strictEqual(position("bob"), "-4")
    assert.strictEqual(fmt(engine.getPositions("bob")[0]!.realizedPnl), "-0.6")
    assert.strictEqual(fmt(Option.getOrThrow(engine.getMarket("MKT")).openInterest), "4")
    const ledger = engine.ledger()
    assert.strictEqual(fmt(ledger.positionSum), "0")
    assert.strictEqual(fmt(ledger.cash), "296")
  })

  it("reserves a resting bid's worst-case cost and rejects what the balance cannot cover", () => {
    const { place, balance } = setup({}, "10")
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "20" }))
    assert.strictEqual(balance("alice"), "2")
    const error = fail(place({ user: "alice", side: "bid", price: "0.30", count: "7" }))
    assert.deepStrictEqual([error.status, error.code], [400, "insufficient_balance"])
    ok(place({ user: "alice", side: "bid", price: "0.30", count: "6" }))
    assert.strictEqual(balance("alice"), "0.2")
    // an ask reserves 1 - p per contract
    const ask = fail(place({ user: "bob", side: "ask", price: "0.40", count: "17" }))
    assert.strictEqual(ask.code, "insufficient_balance")
    ok(place({ user: "bob", side: "ask", price: "0.41", count: "16" }))
    assert.strictEqual(balance("bob"), "0.56")
  })

  it("requires the taker fee on top of the price", () => {
    const { place } = setup({}, "10")
    ok(place({ user: "bob", side: "ask", price: "0.50", count: "20" }))
    const error = fail(place({ user: "alice", side: "bid", price: "0.50", count: "20" }))
    assert.strictEqual(error.code, "insufficient_balance")
    const result = ok(place({ user: "alice", side: "bid", price: "0.50", count: "19" }))
    assert.strictEqual(fmt(result.fillCount), "19")
  })

  it("lets a holder sell contracts it holds without cash for them", () => {
    const { engine, place, balance, position } = setup({ takerFeeRate: d("0") }, "6")
    ok(place({ user: "bob", side: "ask", price: "0.40", count: "10" }))
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "10" }))
    assert.strictEqual(balance("alice"), "2")
    // the 10 YES held back this ask, so it needs no cash; another ask of 6 is not covered and needs 6 × 0.50 > 2
    ok(place({ user: "alice", side: "ask", price: "0.60", count: "10" }))
    assert.strictEqual(fmt(engine.getBalance("alice").reserved), "0")
    const uncovered = fail(place({ user: "alice", side: "ask", price: "0.50", count: "6" }))
    assert.strictEqual(uncovered.code, "insufficient_balance")
    ok(place({ user: "carol", side: "bid", price: "0.60", count: "10" }))
    assert.strictEqual(position("alice"), "0")
    assert.strictEqual(balance("alice"), "8")
  })

  it("keeps balances at $0.0001 with a rounding fee on sub-cent fills, rebated by the cent", () => {
    const engine = Engine.make()
    ok(engine.addMarket({ ticker: "DECI", priceLevelStructure: "deci_cent", takerFeeRate: d("0") }))
    ok(engine.deposit({ user: "a", amount: d("10"), nowMs: T0 }))
    ok(engine.deposit({ user: "b", amount: d("10"), nowMs: T0 }))
    const place = (user: string, side: Engine.BookSide, count: string) =>
      engine.createOrder({ ...request({ user, side, price: "0.555", count, ticker: "DECI" }), nowMs: T0 })
    ok(place("b", "ask", "3"))
    // 0.01 contract at 0.555 costs 0.00555: the balance moves by 0.0056 and the fill's fee is 0.00005
    const outcome = place("a", "bid", "0.01")
    const fill = outcome.events.find((e) => e._tag === "Fill" && e.fill.isTaker)
    assert.isTrue(fill?._tag === "Fill" && fmt(fill.fill.feeCost) === "0.00005")
    assert.strictEqual(fmt(engine.getBalance("a").cash), "9.9944")
    // one order taking 0.01 at a time would pay 0.00005 per fill; a single 1.00 fill pays none
    const big = ok(place("a", "bid", "1"))
    assert.strictEqual(fmt(big.order.takerFees), "0")
    const ledger = engine.ledger()
    assert.strictEqual(
      fmt(BigDecimal.sum(BigDecimal.sum(ledger.cash, ledger.feesCollected), ledger.openInterest)),
      fmt(ledger.deposits)
    )
  })
})

describe("Engine: rounding rebates", () => {
  it("rebates a whole cent once an order's accumulated rounding exceeds $0.01", () => {
    const engine = Engine.make()
    ok(engine.addMarket({ ticker: "DECI", priceLevelStructure: "deci_cent", takerFeeRate: d("0") }))
    ok(engine.deposit({ user: "a", amount: d("100"), nowMs: T0 }))
    ok(engine.deposit({ user: "b", amount: d("100"), nowMs: T0 }))
    const maker = ok(engine.createOrder({
      ...request({ user: "a", side: "bid", price: "0.555", count: "3", ticker: "DECI" }),
      nowMs: T0
    }))
    const fees: Array<string> = []
    for (let i = 0; i < 300; i++) {
      const outcome = engine.createOrder({
        ...request({ user: "b", side: "ask", price: "0.555", count: "0.01", ticker: "DECI", timeInForce: IOC }),
        nowMs: T0
      })
      for (const e of outcome.events) if (e._tag === "Fill" && !e.fill.isTaker) fees.push(fmt(e.fill.feeCost))
    }
    // each 0.01 at 0.555 costs 0.00555, taken as 0.0056: 0.00005 of rounding, until the 201st fill
    assert.strictEqual(fees[0], "0.00005")
    assert.strictEqual(fees[200], "-0.00995")
    const order = Either.getOrThrow(engine.getOrder("a", maker.order.orderId))
    assert.strictEqual(order.status, "executed")
    assert.strictEqual(fmt(order.makerFees), "0.005")
    assert.strictEqual(fmt(engine.getBalance("a").cash), "98.33")
  })
})

describe("Engine: client_order_id", () => {
  it("is unique forever per user: reuse after a cancel gets 409 order_already_exists", () => {
    const { engine, place } = setup()
    const first = ok(place({ user: "alice", side: "bid", price: "0.40", count: "1", clientOrderId: "c-1" }))
    assert.strictEqual(first.order.clientOrderId, "c-1")
    ok(engine.cancelOrder({ user: "alice", orderId: first.order.orderId, nowMs: T0 }))
    const error = fail(place({ user: "alice", side: "bid", price: "0.40", count: "1", clientOrderId: "c-1" }))
    assert.deepStrictEqual([error.status, error.code], [409, "order_already_exists"])
    // another user may use the same id
    ok(place({ user: "bob", side: "bid", price: "0.40", count: "1", clientOrderId: "c-1" }))
  })
})

describe("Engine: cancel, decrease, amend", () => {
  it("answers the same 404 for a canceled, an executed and an unknown order", () => {
    const { engine, place } = setup()
    const canceled = ok(place({ user: "alice", side: "bid", price: "0.40", count: "1" }))
    const cancel = ok(engine.cancelOrder({ user: "alice", orderId: canceled.order.orderId, nowMs: T0 }))
    assert.strictEqual(fmt(cancel.reducedBy), "1")
    ok(place({ user: "bob", side: "ask", price: "0.45", count: "1" }))
    const executed = ok(place({ user: "alice", side: "bid", price: "0.45", count: "1" }))
    const errors = [canceled.order.orderId, executed.order.orderId, "no-such-order"].map((orderId) =>
      fail(engine.cancelOrder({ user: "alice", orderId, nowMs: T0 }))
    )
    assert.deepStrictEqual(errors[0], errors[1])
    assert.deepStrictEqual(errors[1], errors[2])
    assert.deepStrictEqual([errors[0]!.status, errors[0]!.code], [404, "not_found"])
    // someone else's resting order is not found either
    const bobs = ok(place({ user: "bob", side: "ask", price: "0.60", count: "1" }))
    const others = fail(engine.cancelOrder({ user: "alice", orderId: bobs.order.orderId, nowMs: T0 }))
    assert.deepStrictEqual(others, errors[0])
  })

  it("cancels all of a user's resting orders, or only one market's", () => {
    const { engine, place, book } = setup()
    ok(engine.addMarket({ ticker: "OTHER" }))
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "1" }))
    ok(place({ user: "alice", side: "bid", price: "0.41", count: "1", ticker: "OTHER" }))
    ok(place({ user: "bob", side: "bid", price: "0.39", count: "1" }))
    const some = ok(engine.cancelAllOrders({ user: "alice", ticker: "OTHER", nowMs: T0 }))
    assert.strictEqual(some.length, 1)
    assert.deepStrictEqual(book("OTHER").bids, [])
    assert.deepStrictEqual(book().bids, ["1@0.4", "1@0.39"])
    const rest = ok(engine.cancelAllOrders({ user: "alice", nowMs: T0 }))
    assert.strictEqual(rest.length, 1)
    assert.deepStrictEqual(book().bids, ["1@0.39"])
    assert.strictEqual(fmt(engine.getBalance("alice").reserved), "0")
  })

  it("decreases by reduce_by or to reduce_to, keeping priority; to zero cancels", () => {
    const { engine, place, book } = setup()
    const a = ok(place({ user: "alice", side: "bid", price: "0.40", count: "5" }))
    const c = ok(place({ user: "carol", side: "bid", price: "0.40", count: "5" }))
    const by = ok(engine.decreaseOrder({ user: "alice", orderId: a.order.orderId, reduceBy: d("2"), nowMs: T0 }))
    assert.strictEqual(fmt(by.remainingCount), "3")
    const to = ok(engine.decreaseOrder({ user: "alice", orderId: a.order.orderId, reduceTo: d("1"), nowMs: T0 }))
    assert.strictEqual(fmt(to.remainingCount), "1")
    assert.deepStrictEqual(book().bids, ["6@0.4"])
    // alice is still first in the queue
    const sell = place({ user: "bob", side: "ask", price: "0.40", count: "1" })
    const maker = sell.events.find((e) => e._tag === "Fill" && !e.fill.isTaker)
    assert.isTrue(maker?._tag === "Fill" && maker.fill.orderId === a.order.orderId)
    const both = fail(
      engine.decreaseOrder({ user: "carol", orderId: c.order.orderId, reduceBy: d("1"), reduceTo: d("1"), nowMs: T0 })
    )
    assert.strictEqual(both.status, 400)
    assert.strictEqual(fail(engine.decreaseOrder({ user: "carol", orderId: c.order.orderId, nowMs: T0 })).status, 400)
    const zero = ok(engine.decreaseOrder({ user: "carol", orderId: c.order.orderId, reduceTo: d("0"), nowMs: T0 }))
    assert.strictEqual(zero.order.status, "canceled")
    assert.deepStrictEqual(book().bids, [])
  })

  it("amends price and count, returning the old and new order; a price change loses time priority", () => {
    const { engine, place } = setup()
    const a = ok(place({ user: "alice", side: "bid", price: "0.40", count: "2" }))
    const c = ok(place({ user: "carol", side: "bid", price: "0.41", count: "2" }))
    const amended = ok(
      engine.amendOrder({
        user: "carol",
        orderId: c.order.orderId,
        ticker: "MKT",
        side: "bid",
        price: d("0.40"),
        count: d("3"),
        updatedClientOrderId: "carol-2",
        nowMs: T0 + 1
      })
    )
    assert.strictEqual(fmt(amended.oldOrder.price), "0.41")
    assert.strictEqual(fmt(amended.order.price), "0.4")
    assert.strictEqual(fmt(amended.order.remainingCount), "3")
    assert.strictEqual(amended.order.clientOrderId, "carol-2")
    // the order's own client_order_id is not a duplicate of itself; an old one is
    ok(engine.amendOrder({
      user: "carol",
      orderId: c.order.orderId,
      ticker: "MKT",
      side: "bid",
      price: d("0.40"),
      count: d("3"),
      updatedClientOrderId: "carol-2",
      nowMs: T0 + 1
    }))
    ok(place({ user: "carol", side: "bid", price: "0.30", count: "1", clientOrderId: "taken" }))
    const reused = fail(engine.amendOrder({
      user: "carol",
      orderId: c.order.orderId,
      ticker: "MKT",
      side: "bid",
      price: d("0.40"),
      count: d("3"),
      updatedClientOrderId: "taken",
      nowMs: T0 + 1
    }))
    assert.strictEqual(reused.code, "order_already_exists")
    const sell = place({ user: "bob", side: "ask", price: "0.40", count: "1" })
    const maker = sell.events.find((e) => e._tag === "Fill" && !e.fill.isTaker)
    assert.isTrue(maker?._tag === "Fill" && maker.fill.orderId === a.order.orderId)
  })

  it("keeps time priority when an amend only lowers the count", () => {
    const { engine, place } = setup()
    const a = ok(place({ user: "alice", side: "bid", price: "0.40", count: "3" }))
    ok(place({ user: "carol", side: "bid", price: "0.40", count: "2" }))
    ok(
      engine.amendOrder({
        user: "alice",
        orderId: a.order.orderId,
        ticker: "MKT",
        side: "bid",
        price: d("0.40"),
        count: d("2"),
        expirationTime: T0 / 1000 + 10,
        nowMs: T0
      })
    )
    const sell = place({ user: "bob", side: "ask", price: "0.40", count: "1" })
    const maker = sell.events.find((e) => e._tag === "Fill" && !e.fill.isTaker)
    assert.isTrue(maker?._tag === "Fill" && maker.fill.orderId === a.order.orderId)
    // the amended expiration applies
    const expired = engine.tick(T0 + 10_000)
    assert.deepStrictEqual(
      expired.events.flatMap((e) => e._tag === "OrderCanceled" ? [[e.order.orderId, e.reason, fmt(e.reducedBy)]] : []),
      [[a.order.orderId, "ExpiryCancel", "1"]]
    )
  })

  it("trades when an amend crosses, and rejects a count not above the filled count", () => {
    const { engine, place, position } = setup()
    ok(place({ user: "bob", side: "ask", price: "0.45", count: "1" }))
    const a = ok(place({ user: "alice", side: "bid", price: "0.40", count: "3" }))
    const amended = ok(
      engine.amendOrder({
        user: "alice",
        orderId: a.order.orderId,
        ticker: "MKT",
        side: "bid",
        price: d("0.45"),
        count: d("3"),
        nowMs: T0
      })
    )
    assert.strictEqual(fmt(amended.fillCount), "1")
    assert.strictEqual(fmt(amended.remainingCount), "2")
    assert.strictEqual(position("alice"), "1")
    const error = fail(
      engine.amendOrder({
        user: "alice",
        orderId: a.order.orderId,
        ticker: "MKT",
        side: "bid",
        price: d("0.45"),
        count: d("1"),
        nowMs: T0
      })
    )
    assert.strictEqual(error.code, "invalid_order")
    const wrongSide = fail(
      engine.amendOrder({
        user: "alice",
        orderId: a.order.orderId,
        ticker: "MKT",
        side: "ask",
        price: d("0.45"),
        count: d("3"),
        nowMs: T0
      })
    )
    assert.strictEqual(wrongSide.status, 400)
  })
})

describe("Engine: batches", () => {
  it("creates and cancels in batches with a result per item", () => {
    const { engine } = setup()
    const created = ok(engine.batchCreateOrders({
      orders: [
        request({ user: "alice", side: "bid", price: "0.40", count: "1", clientOrderId: "x" }),
        request({ user: "alice", side: "bid", price: "0.405", count: "1" }),
        request({ user: "alice", side: "bid", price: "0.41", count: "1", clientOrderId: "x" })
      ],
      nowMs: T0
    }))
    assert.deepStrictEqual(created.map((r) => Either.isRight(r)), [true, false, false])
    assert.deepStrictEqual(
      created.map((r) => Either.isLeft(r) ? r.left.code : "ok"),
      ["ok", "invalid_order", "order_already_exists"]
    )
    const id = Either.getOrThrow(created[0]!).order.orderId
    const canceled = ok(engine.batchCancelOrders({
      orders: [{ user: "alice", orderId: id }, { user: "alice", orderId: id }],
      nowMs: T0
    }))
    assert.deepStrictEqual(canceled.map((r) => Either.isRight(r) ? fmt(r.right.reducedBy) : r.left.status), ["1", 404])
  })
})

describe("Engine: order groups", () => {
  it("cancels the group's resting orders once its fills reach the limit, blocking new ones until reset", () => {
    const { engine, place, book } = setup()
    const group = ok(engine.createOrderGroup({ user: "alice", contractsLimit: d("3"), nowMs: T0 }))
    const id = group.orderGroupId
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "2", orderGroupId: id }))
    ok(place({ user: "alice", side: "bid", price: "0.39", count: "5", orderGroupId: id }))
    ok(place({ user: "bob", side: "ask", price: "0.40", count: "2" }))
    assert.isFalse(Either.getOrThrow(engine.getOrderGroup("alice", id)).triggered)
    const outcome = place({ user: "bob", side: "ask", price: "0.39", count: "1", nowMs: T0 + 1000 })
    assert.include(tags(outcome.events), "OrderGroupChanged")
    assert.isTrue(Either.getOrThrow(engine.getOrderGroup("alice", id)).triggered)
    assert.deepStrictEqual(book().bids, [])
    const blocked = fail(place({ user: "alice", side: "bid", price: "0.30", count: "1", orderGroupId: id }))
    assert.strictEqual(blocked.status, 400)
    ok(engine.resetOrderGroup({ user: "alice", orderGroupId: id, nowMs: T0 + 2000 }))
    ok(place({ user: "alice", side: "bid", price: "0.30", count: "1", orderGroupId: id }))
  })

  it("counts matched contracts over a rolling 15-second window", () => {
    const { engine, place } = setup()
    const id = ok(engine.createOrderGroup({ user: "alice", contractsLimit: d("2"), nowMs: T0 })).orderGroupId
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "5", orderGroupId: id }))
    ok(place({ user: "bob", side: "ask", price: "0.40", count: "1" }))
    ok(place({ user: "bob", side: "ask", price: "0.40", count: "1", nowMs: T0 + 15_000 }))
    assert.isFalse(Either.getOrThrow(engine.getOrderGroup("alice", id)).triggered)
    ok(place({ user: "bob", side: "ask", price: "0.40", count: "1", nowMs: T0 + 16_000 }))
    assert.isTrue(Either.getOrThrow(engine.getOrderGroup("alice", id)).triggered)
  })

  it("triggers when a new limit is already reached", () => {
    const { engine, place, book } = setup()
    const id = ok(engine.createOrderGroup({ user: "alice", contractsLimit: d("5"), nowMs: T0 })).orderGroupId
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "5", orderGroupId: id }))
    ok(place({ user: "bob", side: "ask", price: "0.40", count: "2" }))
    const updated = ok(
      engine.updateOrderGroupLimit({ user: "alice", orderGroupId: id, contractsLimit: d("2"), nowMs: T0 })
    )
    assert.isTrue(updated.triggered)
    assert.strictEqual(fmt(updated.contractsLimit), "2")
    assert.deepStrictEqual(book().bids, [])
  })

  it("triggers and deletes on request, canceling resting orders; unknown groups are 404", () => {
    const { engine, place, book } = setup()
    const id = ok(engine.createOrderGroup({ user: "alice", contractsLimit: d("10"), nowMs: T0 })).orderGroupId
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "1", orderGroupId: id }))
    ok(engine.triggerOrderGroup({ user: "alice", orderGroupId: id, nowMs: T0 }))
    assert.deepStrictEqual(book().bids, [])
    ok(engine.resetOrderGroup({ user: "alice", orderGroupId: id, nowMs: T0 }))
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "1", orderGroupId: id }))
    ok(engine.deleteOrderGroup({ user: "alice", orderGroupId: id, nowMs: T0 }))
    assert.deepStrictEqual(book().bids, [])
    assert.strictEqual(fail(engine.triggerOrderGroup({ user: "alice", orderGroupId: id, nowMs: T0 })).status, 404)
    assert.strictEqual(fail(engine.resetOrderGroup({ user: "bob", orderGroupId: "nope", nowMs: T0 })).status, 404)
  })
})

describe("Engine: market status", () => {
  it("accepts orders only on active markets", () => {
    const { engine, place } = setup({ status: "initialized" })
    const error = fail(place({ user: "alice", side: "bid", price: "0.40", count: "1" }))
    assert.deepStrictEqual([error.status, error.code], [400, "market_closed"])
    ok(engine.setMarketStatus({ ticker: "MKT", status: "active", nowMs: T0 }))
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "1" }))
    const unknown = fail(place({ user: "alice", side: "bid", price: "0.40", count: "1", ticker: "NOPE" }))
    assert.strictEqual(unknown.status, 404)
  })

  it("a pause cancels only cancel_order_on_pause orders; a close cancels every resting order", () => {
    const { engine, place, book } = setup()
    ok(place({ user: "alice", side: "bid", price: "0.40", count: "1", cancelOrderOnPause: true }))
    ok(place({ user: "alice", side: "bid", price: "0.39", count: "1" }))
    const paused = engine.setMarketStatus({ ticker: "MKT", status: "inactive", nowMs: T0 })
    assert.deepStrictEqual(
      paused.events.flatMap((e) => (e._tag === "OrderCanceled" ? [e.reason] : [])),
      ["HaltCancel"]
    )
    assert.deepStrictEqual(book().bids, ["1@0.39"])
    assert.strictEqual(fail(place({ user: "bob", side: "ask", price: "0.39", count: "1" })).code, "market_closed")
    const closed = engine.setMarketStatus({ ticker: "MKT", status: "closed", nowMs: T0 })
    assert.deepStrictEqual(
      closed.events.flatMap((e) => (e._tag === "OrderCanceled" ? [e.reason] : [])),
      ["CloseCancel"]
    )
    assert.deepStrictEqual(book().bids, [])
  })
})

describe("Engine: events", () => {
  it("reports a trade: order updates, fills for both sides, a trade, book deltas, positions, balances, ticker", () => {
    const { place } = setup()
    const resting = place({ user: "bob", side: "ask", price: "0.45", count: "2", clientOrderId: "b-1" })
    assert.deepStrictEqual(tags(resting.events), ["OrderCreated", "BookDelta", "BalanceChanged", "TickerChanged"])
    const delta = resting.events.find((e) => e._tag === "BookDelta")
    assert.isTrue(
      delta?._tag === "BookDelta" && delta.side === "ask" && fmt(delta.delta) === "2" && fmt(delta.count) === "2" &&
        delta.clientOrderId === "b-1"
    )
    const outcome = place({ user: "alice", side: "bid", price: "0.50", count: "1" })
    assert.deepStrictEqual(tags(outcome.events), [
      "OrderCreated",
      "BookDelta",
      "Fill",
      "Fill",
      "Trade",
      "OrderUpdated",
      "OrderUpdated",
      "PositionChanged",
      "PositionChanged",
      "BalanceChanged",
      "BalanceChanged",
      "TickerChanged"
    ])
    const trade = outcome.events.find((e) => e._tag === "Trade")
    assert.isTrue(
      trade?._tag === "Trade" && fmt(trade.trade.yesPrice) === "0.45" && fmt(trade.trade.noPrice) === "0.55" &&
        trade.trade.takerSide === "bid" && trade.trade.takerOutcomeSide === "yes"
    )
    const fills = outcome.events.flatMap((e) => (e._tag === "Fill" ? [e.fill] : []))
    assert.deepStrictEqual(fills.map((f) => [f.user, f.outcomeSide, fmt(f.postPosition)]), [
      ["alice", "yes", "1"],
      ["bob", "no", "-1"]
    ])
    const ticker = outcome.events.find((e) => e._tag === "TickerChanged")
    assert.isTrue(
      ticker?._tag === "TickerChanged" && Option.isSome(ticker.market.lastPrice) &&
        fmt(ticker.market.volume) === "1" && fmt(ticker.market.openInterest) === "1"
    )
  })

  it("is deterministic: the same seed and commands give the same ids", () => {
    const run = () => {
      const { place } = setup()
      return [
        ok(place({ user: "bob", side: "ask", price: "0.45", count: "2" })).order.orderId,
        ok(place({ user: "alice", side: "bid", price: "0.45", count: "1" })).order.orderId
      ]
    }
    const first = run()
    assert.deepStrictEqual(run(), first)
    assert.match(first[0]!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    assert.notStrictEqual(first[0], first[1])
  })
})

// ---------------------------------------------------------------------------------------------
// invariants under random order flow
// ---------------------------------------------------------------------------------------------

const USERS = ["u0", "u1", "u2"] as const
const TICKERS = ["CENT", "DECI"] as const

type Op =
  | {
    readonly kind: "create"
    readonly user: number
    readonly ticker: number
    readonly side: Engine.BookSide
    readonly tick: number
    readonly count: number
    readonly tif: Engine.TimeInForce
    readonly stp: Engine.SelfTradePreventionType
    readonly postOnly: boolean
    readonly reduceOnly: boolean
    readonly expires: boolean
  }
  | { readonly kind: "cancel"; readonly pick: number }
  | { readonly kind: "amend"; readonly pick: number; readonly tick: number; readonly count: number }
  | { readonly kind: "decrease"; readonly pick: number; readonly count: number }
  | { readonly kind: "time"; readonly ms: number }
  | { readonly kind: "settle"; readonly ticker: number; readonly result: "yes" | "no" }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("create" as const),
      user: fc.integer({ min: 0, max: 2 }),
      ticker: fc.integer({ min: 0, max: 1 }),
      side: fc.constantFrom("bid" as const, "ask" as const),
      tick: fc.integer({ min: 40, max: 60 }),
      count: fc.integer({ min: 1, max: 500 }),
      tif: fc.constantFrom(
        "good_till_canceled" as const,
        "good_till_canceled" as const,
        "good_till_canceled" as const,
        "immediate_or_cancel" as const,
        "fill_or_kill" as const
      ),
      stp: fc.constantFrom("taker_at_cross" as const, "maker" as const),
      postOnly: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
      reduceOnly: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      expires: fc.boolean()
    })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("amend" as const),
      pick: fc.nat(),
      tick: fc.integer({ min: 40, max: 60 }),
      count: fc.integer({ min: 1, max: 500 })
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("decrease" as const),
      pick: fc.nat(),
      count: fc.integer({ min: 1, max: 300 })
    })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("time" as const), ms: fc.integer({ min: 0, max: 20_000 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("settle" as const),
      ticker: fc.integer({ min: 0, max: 1 }),
      result: fc.constantFrom("yes" as const, "no" as const)
    })
  }
)

/** A price on a market's grid: cents on CENT, deci-cents near the middle on DECI. */
const priceOf = (ticker: number, tick: number): string =>
  ticker === 0 ? (tick / 100).toFixed(2) : ((tick * 10 + (tick % 7)) / 1000).toFixed(3)

const checkInvariants = (engine: Engine.Engine): void => {
  const ledger = engine.ledger()
  // every open YES contract has a NO contract on the other side
  assert.strictEqual(fmt(ledger.positionSum), "0")
  // cash is conserved: what was deposited is in balances, fees, or the $1 collateral of each open pair
  assert.strictEqual(
    fmt(BigDecimal.sum(BigDecimal.sum(ledger.cash, ledger.feesCollected), ledger.openInterest)),
    fmt(ledger.deposits)
  )
  let openInterest = BigDecimal.fromBigInt(0n)
  const resting = new Map<string, BigDecimal.BigDecimal>()
  for (const user of USERS) {
    const balance = engine.getBalance(user)
    assert.isTrue(BigDecimal.greaterThanOrEqualTo(balance.cash, balance.reserved), `${user} over-reserved`)
    assert.isTrue(BigDecimal.normalize(balance.cash).scale <= 4, `${user} cash ${fmt(balance.cash)}`)
    for (const p of engine.getPositions(user)) {
      if (BigDecimal.isPositive(p.position)) openInterest = BigDecimal.sum(openInterest, p.position)
    }
    for (const o of engine.getOrders({ user, status: "resting" })) {
      assert.isTrue(BigDecimal.isPositive(o.remainingCount))
      const key = `${o.ticker}/${o.side}/${fmt(o.price)}`
      resting.set(key, BigDecimal.sum(resting.get(key) ?? BigDecimal.fromBigInt(0n), o.remainingCount))
    }
  }
  assert.strictEqual(fmt(openInterest), fmt(ledger.openInterest))
  const levels = new Map<string, BigDecimal.BigDecimal>()
  for (const ticker of TICKERS) {
    const book = Option.getOrThrow(engine.getBook(ticker))
    // matching never leaves a crossed book
    if (book.bids.length > 0 && book.asks.length > 0) {
      assert.isTrue(BigDecimal.lessThan(book.bids[0]!.price, book.asks[0]!.price), `${ticker} crossed`)
    }
    for (const l of book.bids) levels.set(`${ticker}/bid/${fmt(l.price)}`, l.count)
    for (const l of book.asks) levels.set(`${ticker}/ask/${fmt(l.price)}`, l.count)
  }
  // the book's levels are the sums of the resting orders
  assert.deepStrictEqual(
    [...levels].map(([k, v]) => `${k}=${fmt(v)}`).sort(),
    [...resting].map(([k, v]) => `${k}=${fmt(v)}`).sort()
  )
}

describe("Engine: invariants", () => {
  it.prop(
    "random order flow and settlements keep the book, positions, cash and reservations consistent",
    [fc.array(opArb, { minLength: 20, maxLength: 150 }), fc.integer({ min: 1, max: 60 })],
    ([ops, cash]) => {
      const engine = Engine.make({ seed: 3 })
      ok(engine.addMarket({ ticker: "CENT" }))
      ok(engine.addMarket({ ticker: "DECI", priceLevelStructure: "deci_cent", makerFeeRate: d("0.0175") }))
      let now = T0
      for (const user of USERS) ok(engine.deposit({ user, amount: d(String(cash)), nowMs: now }))
      const ids: Array<{ user: string; orderId: string; ticker: string; side: Engine.BookSide }> = []
      for (const op of ops) {
        switch (op.kind) {
          case "create": {
            const user = USERS[op.user]!
            const outcome = engine.createOrder({
              user,
              ticker: TICKERS[op.ticker]!,
              side: op.side,
              price: d(priceOf(op.ticker, op.tick)),
              count: BigDecimal.make(BigInt(op.count), 2),
              timeInForce: op.reduceOnly ? "immediate_or_cancel" : op.tif,
              selfTradePreventionType: op.stp,
              postOnly: op.postOnly && op.tif === "good_till_canceled" && !op.reduceOnly,
              reduceOnly: op.reduceOnly,
              expirationTime: op.expires && op.tif === "good_till_canceled" && !op.reduceOnly
                ? Math.floor(now / 1000) + 5
                : undefined,
              nowMs: now
            })
            if (Either.isRight(outcome.result)) {
              const o = outcome.result.right.order
              ids.push({ user, orderId: o.orderId, ticker: o.ticker, side: o.side })
            }
            break
          }
          case "cancel": {
            const target = ids[op.pick % Math.max(1, ids.length)]
            if (target !== undefined) engine.cancelOrder({ user: target.user, orderId: target.orderId, nowMs: now })
            break
          }
          case "amend": {
            const target = ids[op.pick % Math.max(1, ids.length)]
            if (target === undefined) break
            const order = Either.getOrThrow(engine.getOrder(target.user, target.orderId))
            engine.amendOrder({
              user: target.user,
              orderId: target.orderId,
              ticker: target.ticker,
              side: target.side,
              price: d(priceOf(target.ticker === "CENT" ? 0 : 1, op.tick)),
              count: BigDecimal.sum(order.fillCount, BigDecimal.make(BigInt(op.count), 2)),
              nowMs: now
            })
            break
          }
          case "decrease": {
            const target = ids[op.pick % Math.max(1, ids.length)]
            if (target !== undefined) {
              engine.decreaseOrder({
                user: target.user,
                orderId: target.orderId,
                reduceBy: BigDecimal.make(BigInt(op.count), 2),
                nowMs: now
              })
            }
            break
          }
          case "time": {
            now += op.ms
            engine.tick(now)
            break
          }
          case "settle": {
            // settles through the ledger (a settled market refuses a second settlement: no change)
            engine.settleMarket({ ticker: TICKERS[op.ticker]!, result: op.result, nowMs: now })
            break
          }
        }
        checkInvariants(engine)
      }
      // settling every market leaves no position, no collateral and no reservation, and still balances
      for (const ticker of TICKERS) engine.settleMarket({ ticker, result: "yes", nowMs: now })
      checkInvariants(engine)
      const ledger = engine.ledger()
      assert.strictEqual(fmt(ledger.openInterest), "0")
      assert.strictEqual(fmt(ledger.reserved), "0")
      assert.strictEqual(fmt(BigDecimal.sum(ledger.cash, ledger.feesCollected)), fmt(ledger.deposits))
      for (const user of USERS) {
        for (const p of engine.getPositions(user)) assert.isTrue(BigDecimal.isZero(p.position), `${user} ${p.ticker}`)
      }
    },
    { fastCheck: { numRuns: 150 } }
  )
})
