/**
 * Fees: the trade fee of a fill (`rate × count × P × (1 − P)` rounded up to $0.0001), the
 * rounding of balances to $0.0001 with its rebate in whole cents, and the bounds the ledger
 * reserves for fees a resting or incoming order may still cost.
 *
 * @internal
 */
import { crosses, oppositeOf } from "./book.js"
import type { BookSide } from "./model.js"
import type { MarketState, OrderState } from "./state.js"
import { CENT, CENTI_CENT, feeCeilMoney, floorCentiCent, ONE, tradeFee } from "./units.js"

/** The most the rounding of one order can still cost: $0.01 before a rebate plus one fill's < $0.0001. */
export const ROUNDING_RESERVE = CENT + CENTI_CENT

/** What a resting order reserves for fees: its maximal maker fee, and its rounding on sub-cent markets. */
export const restingFeeReserve = (
  market: MarketState,
  order: { readonly price: number; readonly remaining: number; readonly roundingAcc: bigint }
): bigint => {
  let total = 0n
  if (market.makerRate > 0) {
    total += feeCeilMoney(market.makerRate, order.price, order.remaining) + CENTI_CENT * BigInt(order.remaining)
  }
  if (market.subCent) total += ROUNDING_RESERVE - order.roundingAcc
  return total
}

/** The most the taker fees of an order can be: the worst crossed price, plus a rounding step per maker. */
export const takerFeeBound = (market: MarketState, side: BookSide, limit: number, count: number): bigint => {
  if (market.takerRate === 0 && !market.subCent) return 0n
  let makers = 0
  let worst = -1
  for (const level of oppositeOf(market, side)) {
    if (!crosses(side, limit, level.price)) break
    makers += level.orders.length
    if (worst === -1 || Math.abs(2 * level.price - ONE) < Math.abs(2 * worst - ONE)) worst = level.price
  }
  if (makers === 0) return 0n
  return feeCeilMoney(market.takerRate, worst, count) + CENTI_CENT * BigInt(makers) +
    (market.subCent ? ROUNDING_RESERVE : 0n)
}

/** What one side of a fill does to its owner's cash, and the net fee it pays. */
export interface FillCharge {
  /** Added to the owner's cash (negative when the fill costs). */
  readonly credit: bigint
  /** Trade fee + rounding fee − rebate. */
  readonly net: bigint
}

/**
 * Charges one side of a fill whose contracts move `revenue` (positive when closing pays back more
 * than opening costs): the trade fee at the side's rate, then the floor to $0.0001 whose remainder
 * accumulates on the order and comes back as a $0.01 rebate once it exceeds a cent. Updates the
 * order's accumulated rounding.
 */
export const chargeFill = (
  market: MarketState,
  order: OrderState,
  isTaker: boolean,
  price: number,
  size: number,
  revenue: bigint
): FillCharge => {
  const fee = tradeFee(isTaker ? market.takerRate : market.makerRate, price, size)
  const change = revenue - fee
  const floored = floorCentiCent(change)
  order.roundingAcc += change - floored
  const rebate = order.roundingAcc > CENT ? CENT : 0n
  order.roundingAcc -= rebate
  return { credit: floored + rebate, net: fee + (change - floored) - rebate }
}
