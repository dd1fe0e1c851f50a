/**
 * The engine's state as the public models report it: decimals instead of engine units, copies
 * instead of live records.
 *
 * @internal
 */
import * as Option from "effect/Option"
import type { Balance, BookLevel, BookSide, Market, Order, OrderGroup, OutcomeSide, Position } from "./model.js"
import type { AccountState, GroupState, Level, MarketState, OrderState, PositionState } from "./state.js"
import { CENT, countToDecimal, floorCentiCent, moneyToDecimal, notional, ONE, priceToDecimal } from "./units.js"

/** `yes` for a bid, `no` for an ask. */
export const outcomeOf = (side: BookSide): OutcomeSide => (side === "bid" ? "yes" : "no")

/** An order as reported. */
export const orderView = (o: OrderState): Order => ({
  orderId: o.id,
  user: o.user,
  subaccount: o.subaccount,
  clientOrderId: o.clientOrderId,
  ticker: o.ticker,
  side: o.side,
  outcomeSide: outcomeOf(o.side),
  price: priceToDecimal(o.price),
  noPrice: priceToDecimal(ONE - o.price),
  initialCount: countToDecimal(o.initial),
  fillCount: countToDecimal(o.filled),
  remainingCount: countToDecimal(o.remaining),
  status: o.status,
  timeInForce: o.tif,
  postOnly: o.postOnly,
  reduceOnly: o.reduceOnly,
  selfTradePreventionType: o.stp,
  orderGroupId: o.group?.id,
  cancelOrderOnPause: o.cancelOnPause,
  expirationTsMs: o.expirationMs,
  createdTsMs: o.createdMs,
  lastUpdatedTsMs: o.updatedMs,
  lastUpdateReason: o.lastReason,
  takerFillCost: moneyToDecimal(o.takerCost),
  makerFillCost: moneyToDecimal(o.makerCost),
  takerFees: moneyToDecimal(o.takerFees),
  makerFees: moneyToDecimal(o.makerFees)
})

/** A position as reported. */
export const positionView = (account: AccountState, p: PositionState): Position => ({
  user: account.user,
  subaccount: account.subaccount,
  ticker: p.ticker,
  position: countToDecimal(p.position),
  marketExposure: moneyToDecimal(p.lots.reduce((sum, lot) => sum + notional(lot.price, lot.count), 0n)),
  realizedPnl: moneyToDecimal(p.realizedPnl),
  feesPaid: moneyToDecimal(p.feesPaid),
  volume: countToDecimal(p.volume),
  totalTraded: moneyToDecimal(p.totalTraded),
  lastUpdatedTsMs: p.updatedMs
})

/** A balance as reported: available is cash minus reservations, floored to $0.0001. */
export const balanceView = (account: AccountState): Balance => {
  const available = floorCentiCent(account.cash - account.reserved)
  return {
    user: account.user,
    subaccount: account.subaccount,
    balance: moneyToDecimal(available),
    balanceCents: Number(available / CENT),
    cash: moneyToDecimal(account.cash),
    reserved: moneyToDecimal(account.reserved),
    updatedTsMs: account.updatedMs
  }
}

const best = (levels: ReadonlyArray<Level>): Option.Option<BookLevel> =>
  levels.length === 0
    ? Option.none()
    : Option.some({ price: priceToDecimal(levels[0]!.price), count: countToDecimal(levels[0]!.total) })

/** A market's state and statistics as reported. */
export const marketView = (m: MarketState): Market => ({
  ticker: m.ticker,
  status: m.status,
  priceRanges: m.ranges,
  takerFeeRate: priceToDecimal(m.takerRate),
  makerFeeRate: priceToDecimal(m.makerRate),
  yesBid: best(m.bids),
  yesAsk: best(m.asks),
  lastPrice: m.lastPrice === undefined ? Option.none() : Option.some(priceToDecimal(m.lastPrice)),
  lastTradeCount: countToDecimal(m.lastTradeCount),
  volume: countToDecimal(m.volume),
  openInterest: countToDecimal(m.openInterest)
})

/** What the `ticker` channel reports of a market, as a key: a new key means a new ticker message. */
export const tickerKey = (m: MarketState): string => {
  const top = (levels: ReadonlyArray<Level>) => levels.length === 0 ? "-" : `${levels[0]!.price}x${levels[0]!.total}`
  return `${top(m.bids)}|${top(m.asks)}|${m.lastPrice}|${m.volume}|${m.openInterest}|${m.status}`
}

/** An order group as reported. */
export const groupView = (g: GroupState): OrderGroup => ({
  orderGroupId: g.id,
  user: g.user,
  subaccount: g.subaccount,
  contractsLimit: countToDecimal(g.limit),
  triggered: g.triggered,
  orders: [...g.orders].map((o) => o.id)
})
