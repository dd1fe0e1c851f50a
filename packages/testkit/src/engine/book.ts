/**
 * A market's book on the YES leg: price levels of resting orders in price-time priority, and the
 * `BookDelta` events their changes cause. Knows nothing of money: the ledger reserves for what
 * rests here, matching takes from here.
 *
 * @internal
 */
import type { BookSide, SelfTradePreventionType } from "./model.js"
import type { Level, MarketState, OrderState, Tx } from "./state.js"
import { countToDecimal, priceToDecimal } from "./units.js"

/** The levels of one side, best first. */
export const levelsOf = (market: MarketState, side: BookSide): Array<Level> =>
  side === "bid" ? market.bids : market.asks

/** The levels an order of `side` would trade against, best first. */
export const oppositeOf = (market: MarketState, side: BookSide): Array<Level> =>
  levelsOf(market, side === "bid" ? "ask" : "bid")

/** Whether a resting price `restingPrice` on the other side crosses an order of `side` at `limit`. */
export const crosses = (side: BookSide, limit: number, restingPrice: number): boolean =>
  side === "bid" ? restingPrice <= limit : restingPrice >= limit

/** Whether an order of `side` at `price` would trade right away. */
export const wouldCross = (market: MarketState, side: BookSide, price: number): boolean => {
  const opposite = oppositeOf(market, side)
  return opposite.length > 0 && crosses(side, price, opposite[0]!.price)
}

/** Puts an order's remaining count at the back of its level; returns the level's new total. */
export const insert = (market: MarketState, order: OrderState): number => {
  const levels = levelsOf(market, order.side)
  const better = (p: number) => (order.side === "bid" ? p > order.price : p < order.price)
  let lo = 0
  let hi = levels.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (better(levels[mid]!.price)) lo = mid + 1
    else hi = mid
  }
  let level = levels[lo]
  if (level === undefined || level.price !== order.price) {
    level = { price: order.price, orders: [], total: 0 }
    levels.splice(lo, 0, level)
  }
  level.orders.push(order)
  level.total += order.remaining
  return level.total
}

/**
 * Takes `count` contracts of a resting order off its level (not touching the order's counters);
 * the order leaves the level when nothing of it would remain. Returns the level's new total.
 */
export const take = (market: MarketState, order: OrderState, count: number): number => {
  const levels = levelsOf(market, order.side)
  const index = levels.findIndex((l) => l.price === order.price)
  const level = levels[index]!
  level.total -= count
  if (order.remaining - count === 0) {
    level.orders.splice(level.orders.indexOf(order), 1)
    if (level.orders.length === 0) levels.splice(index, 1)
  }
  return level.total
}

/** Records a change of `delta` contracts at an order's level, now holding `total`. */
export const emitDelta = (
  tx: Tx,
  market: MarketState,
  order: OrderState,
  delta: number,
  total: number,
  nowMs: number
): void => {
  tx.touchedMarkets.add(market)
  tx.events.push({
    _tag: "BookDelta",
    ticker: market.ticker,
    side: order.side,
    price: priceToDecimal(order.price),
    delta: countToDecimal(delta),
    count: countToDecimal(total),
    orderId: order.id,
    clientOrderId: order.clientOrderId,
    user: order.user,
    subaccount: order.subaccount,
    tsMs: nowMs
  })
}

/** Every resting order of a market, bids then asks, best first. */
export const restingIn = (market: MarketState): Array<OrderState> => {
  const out: Array<OrderState> = []
  for (const level of market.bids) for (const order of level.orders) out.push(order)
  for (const level of market.asks) for (const order of level.orders) out.push(order)
  return out
}

/** How much an order could fill right now, following self-trade prevention. */
export const fillable = (
  market: MarketState,
  user: string,
  side: BookSide,
  limit: number,
  stp: SelfTradePreventionType,
  wanted: number
): number => {
  let total = 0
  for (const level of oppositeOf(market, side)) {
    if (!crosses(side, limit, level.price)) break
    for (const maker of level.orders) {
      if (maker.user === user) {
        if (stp === "taker_at_cross") return total
        continue
      }
      total += maker.remaining
      if (total >= wanted) return total
    }
  }
  return total
}
