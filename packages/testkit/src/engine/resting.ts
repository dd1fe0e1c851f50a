/**
 * An order's life on the book: it rests (joins its level, the indexes of resting and expiring
 * orders, its group and its position's reservations), shrinks, and ends (canceled with a reason,
 * or finished without having rested). Each step keeps the book and the ledger's reservations in
 * step and records its events.
 *
 * @internal
 */
import { emitDelta, insert, take } from "./book.js"
import { positionOf, refreshReserve } from "./ledger.js"
import type { CancelReason } from "./model.js"
import type { EngineState, MarketState, OrderState, Tx } from "./state.js"
import { countToDecimal } from "./units.js"
import { orderView } from "./views.js"

/** Puts an order on the book with its remaining count. */
export const rest = (s: EngineState, tx: Tx, market: MarketState, order: OrderState, nowMs: number): void => {
  const total = insert(market, order)
  s.resting.add(order)
  if (order.expirationMs !== undefined) s.expiring.add(order)
  order.group?.orders.add(order)
  positionOf(order.account, order.ticker).orders.add(order)
  refreshReserve(s, tx, order.account, order.ticker)
  emitDelta(tx, market, order, order.remaining, total, nowMs)
}

/** Takes `count` contracts of a resting order off its level, recording the delta. */
export const takeFromBook = (tx: Tx, market: MarketState, order: OrderState, count: number, nowMs: number): void => {
  const total = take(market, order, count)
  emitDelta(tx, market, order, -count, total, nowMs)
}

/** Removes an order (already off its level) from the indexes of resting orders. */
export const unrest = (s: EngineState, order: OrderState): void => {
  s.resting.delete(order)
  s.expiring.delete(order)
  order.group?.orders.delete(order)
  positionOf(order.account, order.ticker).orders.delete(order)
}

/** Cancels a resting order; returns the count it had. */
export const cancelResting = (
  s: EngineState,
  tx: Tx,
  order: OrderState,
  reason: CancelReason,
  nowMs: number
): number => {
  const market = s.markets.get(order.ticker)!
  const reducedBy = order.remaining
  takeFromBook(tx, market, order, reducedBy, nowMs)
  order.remaining = 0
  order.status = "canceled"
  order.updatedMs = nowMs
  order.lastReason = reason
  unrest(s, order)
  refreshReserve(s, tx, order.account, order.ticker)
  tx.events.push({ _tag: "OrderCanceled", reason, reducedBy: countToDecimal(reducedBy), order: orderView(order) })
  return reducedBy
}

/** Lowers a resting order's count by `by`, keeping its time priority. */
export const shrinkResting = (s: EngineState, tx: Tx, order: OrderState, by: number, nowMs: number): void => {
  const market = s.markets.get(order.ticker)!
  takeFromBook(tx, market, order, by, nowMs)
  order.remaining -= by
  order.updatedMs = nowMs
  refreshReserve(s, tx, order.account, order.ticker)
}

/** Ends an order that never rested: what is left is canceled. */
export const finish = (tx: Tx, order: OrderState, reason: CancelReason, nowMs: number): void => {
  const reducedBy = order.initial - order.filled
  order.remaining = 0
  order.status = "canceled"
  order.updatedMs = nowMs
  order.lastReason = reason
  tx.events.push({ _tag: "OrderCanceled", reason, reducedBy: countToDecimal(reducedBy), order: orderView(order) })
}

/** Expires the resting orders whose expiration is at or before `nowMs`. */
export const expire = (s: EngineState, tx: Tx, nowMs: number): void => {
  for (const order of [...s.expiring]) {
    if (order.expirationMs !== undefined && order.expirationMs <= nowMs) {
      cancelResting(s, tx, order, "ExpiryCancel", nowMs)
    }
  }
}
