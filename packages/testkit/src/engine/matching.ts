/**
 * Matching: an incoming order takes the best resting orders on the other side while they cross,
 * in price-time priority, at the maker's price, following self-trade prevention. Each trade moves
 * money and positions through the ledger, counts against order groups, and is reported as two
 * fills, a public trade and two order updates.
 *
 * @internal
 */
import { crosses, oppositeOf } from "./book.js"
import { recordFill } from "./groups.js"
import { applyFill, refreshReserve } from "./ledger.js"
import { cancelResting, finish, takeFromBook, unrest } from "./resting.js"
import type { EngineState, MarketState, OrderState, Tx } from "./state.js"
import { countToDecimal, notional, ONE, priceToDecimal } from "./units.js"
import { orderView, outcomeOf } from "./views.js"

/** What an order filled while matching: contracts, YES cost and net fees (engine units). */
export interface Taken {
  readonly count: number
  readonly cost: bigint
  readonly fees: bigint
}

/** Nothing filled. */
export const nothingTaken: Taken = { count: 0, cost: 0n, fees: 0n }

/** Matches an incoming order against the book. */
export const match = (s: EngineState, tx: Tx, market: MarketState, taker: OrderState, nowMs: number): Taken => {
  const opposite = oppositeOf(market, taker.side)
  let count = 0
  let cost = 0n
  let fees = 0n
  while (taker.remaining > 0 && taker.status === "resting") {
    const level = opposite[0]
    if (level === undefined || !crosses(taker.side, taker.price, level.price)) break
    const maker = level.orders[0]!
    if (maker.user === taker.user) {
      if (taker.stp === "taker_at_cross") {
        finish(tx, taker, "SelfTradeCancel", nowMs)
        break
      }
      cancelResting(s, tx, maker, "SelfTradeCancel", nowMs)
      continue
    }
    const size = Math.min(taker.remaining, maker.remaining)
    const fee = trade(s, tx, market, taker, maker, size, nowMs)
    count += size
    cost += notional(maker.price, size)
    fees += fee
    if (taker.group !== undefined && taker.group.triggered && taker.status === "resting" && taker.remaining > 0) {
      finish(tx, taker, "OrderGroupCancel", nowMs)
    }
  }
  return { count, cost, fees }
}

/** Executes one trade of `size` at the maker's price. Returns the taker's net fee. */
export const trade = (
  s: EngineState,
  tx: Tx,
  market: MarketState,
  taker: OrderState,
  maker: OrderState,
  size: number,
  nowMs: number
): bigint => {
  const price = maker.price
  const tradeId = s.prng.uuid()
  takeFromBook(tx, market, maker, size, nowMs)
  const takerFill = applyFill(s, tx, market, taker, true, { size, price, tradeId }, nowMs)
  const makerFill = applyFill(s, tx, market, maker, false, { size, price, tradeId }, nowMs)
  if (maker.remaining === 0) {
    maker.status = "executed"
    unrest(s, maker)
  }
  if (taker.remaining === 0 && taker.filled === taker.initial) taker.status = "executed"
  refreshReserve(s, tx, maker.account, market.ticker)
  refreshReserve(s, tx, taker.account, market.ticker)
  market.volume += size
  market.lastPrice = price
  market.lastTradeCount = size
  tx.touchedMarkets.add(market)
  tx.events.push({ _tag: "Fill", fill: takerFill.fill })
  tx.events.push({ _tag: "Fill", fill: makerFill.fill })
  tx.events.push({
    _tag: "Trade",
    trade: {
      tradeId,
      ticker: market.ticker,
      yesPrice: priceToDecimal(price),
      noPrice: priceToDecimal(ONE - price),
      count: countToDecimal(size),
      takerSide: taker.side,
      takerOutcomeSide: outcomeOf(taker.side),
      tsMs: nowMs
    }
  })
  tx.events.push({ _tag: "OrderUpdated", reason: "Trade", order: orderView(taker) })
  tx.events.push({ _tag: "OrderUpdated", reason: "Trade", order: orderView(maker) })
  for (const order of [maker, taker]) {
    if (order.group !== undefined) recordFill(s, tx, order.group, size, nowMs)
  }
  return takerFill.fee
}
