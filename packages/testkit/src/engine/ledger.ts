/**
 * The ledger: accounts (a user's subaccounts) with exact cash, what their resting orders reserve,
 * and positions with their lots, realized profit and fees. Every dollar that moves between
 * accounts, the exchange's collateral and its fees moves here, so that `deposits` always equals
 * `cash + feesCollected + openInterest × $1` (see {@link totals}).
 *
 * @internal
 */
import type * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { badRequest } from "./errors.js"
import { chargeFill, restingFeeReserve } from "./fees.js"
import type { Balance, BookSide, EngineError, Fill, Ledger } from "./model.js"
import {
  accountKey,
  type AccountState,
  type EngineState,
  type MarketState,
  type OrderState,
  type PositionState,
  type Tx
} from "./state.js"
import { CENTI_CENT, countToDecimal, DOLLAR, moneyToDecimal, notional, ONE, priceToDecimal, toMoney } from "./units.js"
import { balanceView, outcomeOf } from "./views.js"

/** An account with nothing, not registered. */
export const blankAccount = (user: string, subaccount: number): AccountState => ({
  user,
  subaccount,
  cash: 0n,
  reserved: 0n,
  positions: new Map(),
  updatedMs: 0,
  lastEmitted: "0/0"
})

/** An account, registered on first use. */
export const account = (s: EngineState, user: string, subaccount: number): AccountState => {
  const key = accountKey(user, subaccount)
  let found = s.accounts.get(key)
  if (found === undefined) {
    found = blankAccount(user, subaccount)
    s.accounts.set(key, found)
  }
  return found
}

/** An existing account, or a blank one that is not registered (for what-if checks). */
export const peekAccount = (s: EngineState, user: string, subaccount: number): AccountState =>
  s.accounts.get(accountKey(user, subaccount)) ?? blankAccount(user, subaccount)

/** An account's position in a market, opened (flat) on first use. */
export const positionOf = (account: AccountState, ticker: string): PositionState => {
  let position = account.positions.get(ticker)
  if (position === undefined) {
    position = {
      ticker,
      position: 0,
      lots: [],
      realizedPnl: 0n,
      feesPaid: 0n,
      volume: 0,
      totalTraded: 0n,
      reserved: 0n,
      orders: new Set(),
      updatedMs: 0
    }
    account.positions.set(ticker, position)
  }
  return position
}

/** A resting or would-be order, as far as reservations care. */
export interface Reservable {
  readonly side: BookSide
  readonly price: number
  readonly remaining: number
  readonly roundingAcc: bigint
}

/**
 * What an account's orders in one market may still cost, given its position there. Contracts
 * that would close the position are covered, the most expensive orders first.
 */
export const reserveOf = (market: MarketState, position: number, orders: Iterable<Reservable>): bigint => {
  const bids: Array<Reservable> = []
  const asks: Array<Reservable> = []
  let total = 0n
  for (const o of orders) {
    ;(o.side === "bid" ? bids : asks).push(o)
    total += restingFeeReserve(market, o)
  }
  bids.sort((a, b) => b.price - a.price)
  asks.sort((a, b) => a.price - b.price)
  let noHeld = Math.max(0, -position)
  for (const o of bids) {
    const covered = Math.min(o.remaining, noHeld)
    noHeld -= covered
    total += notional(o.price, o.remaining - covered)
  }
  let yesHeld = Math.max(0, position)
  for (const o of asks) {
    const covered = Math.min(o.remaining, yesHeld)
    yesHeld -= covered
    total += notional(ONE - o.price, o.remaining - covered)
  }
  return total
}

/** Recomputes what an account's orders in one market reserve. */
export const refreshReserve = (s: EngineState, tx: Tx, account: AccountState, ticker: string): void => {
  const market = s.markets.get(ticker)!
  const position = positionOf(account, ticker)
  const reserved = reserveOf(market, position.position, position.orders)
  account.reserved += reserved - position.reserved
  position.reserved = reserved
  tx.touchedAccounts.add(account)
}

/**
 * What an account would need in cash for its orders in `market` with `would` in place of `replaced`
 * (or added), on top of what it reserves elsewhere.
 */
export const requiredWith = (
  market: MarketState,
  account: AccountState,
  would: Reservable,
  replaced?: OrderState
): bigint => {
  const position = account.positions.get(market.ticker)
  const others = position === undefined ? [] : [...position.orders].filter((o) => o !== replaced)
  return account.reserved - (position?.reserved ?? 0n) + reserveOf(market, position?.position ?? 0, [...others, would])
}

/** Adds cash from outside. The amount must be positive and a multiple of $0.0001. */
export const deposit = (
  s: EngineState,
  tx: Tx,
  command: { readonly user: string; readonly subaccount?: number | undefined; readonly amount: BigDecimal.BigDecimal },
  nowMs: number
): Either.Either<Balance, EngineError> => {
  const amount = toMoney(command.amount)
  if (amount === undefined || amount <= 0n || amount % CENTI_CENT !== 0n) {
    return Either.left(badRequest("a deposit is a positive multiple of $0.0001"))
  }
  const owner = account(s, command.user, command.subaccount ?? 0)
  owner.cash += amount
  owner.updatedMs = nowMs
  s.deposits += amount
  tx.touchedAccounts.add(owner)
  return Either.right(balanceView(owner))
}

/**
 * Moves the money and the position of one side of a trade of `size` at the YES price `price`. A
 * fill against an open position closes it first (paying back the other side's price); the rest
 * opens (costing this side's price). Updates the order's counters and returns the fill with its
 * net fee.
 */
export const applyFill = (
  s: EngineState,
  tx: Tx,
  market: MarketState,
  order: OrderState,
  isTaker: boolean,
  trade: { readonly size: number; readonly price: number; readonly tradeId: string },
  nowMs: number
): { readonly fill: Fill; readonly fee: bigint } => {
  const { price, size, tradeId } = trade
  const owner = order.account
  const position = positionOf(owner, market.ticker)
  const before = position.position
  const bid = order.side === "bid"
  const closing = Math.min(size, bid ? Math.max(0, -before) : Math.max(0, before))
  const opening = size - closing
  const proceeds = bid ? ONE - price : price
  const ownPrice = bid ? price : ONE - price
  const revenue = notional(proceeds, closing) - notional(ownPrice, opening)
  let left = closing
  while (left > 0) {
    const lot = position.lots[0]!
    const used = Math.min(left, lot.count)
    position.realizedPnl += notional(proceeds, used) - notional(lot.price, used)
    lot.count -= used
    left -= used
    if (lot.count === 0) position.lots.shift()
  }
  if (opening > 0) position.lots.push({ count: opening, price: ownPrice })
  position.position = before + (bid ? size : -size)
  market.openInterest += Math.max(0, position.position) - Math.max(0, before)

  const { credit, net } = chargeFill(market, order, isTaker, price, size, revenue)
  owner.cash += credit
  owner.updatedMs = nowMs
  s.feesCollected += net
  position.feesPaid += net
  position.volume += size
  const cost = notional(ownPrice, size)
  position.totalTraded += cost
  position.updatedMs = nowMs
  order.filled += size
  order.remaining -= size
  order.updatedMs = nowMs
  order.lastReason = "Trade"
  if (isTaker) {
    order.takerCost += cost
    order.takerFees += net
  } else {
    order.makerCost += cost
    order.makerFees += net
  }
  tx.touchedPositions.set(position, owner)
  tx.touchedAccounts.add(owner)
  return {
    fee: net,
    fill: {
      tradeId,
      orderId: order.id,
      clientOrderId: order.clientOrderId,
      user: order.user,
      subaccount: order.subaccount,
      ticker: market.ticker,
      side: order.side,
      outcomeSide: outcomeOf(order.side),
      isTaker,
      price: priceToDecimal(price),
      noPrice: priceToDecimal(ONE - price),
      count: countToDecimal(size),
      feeCost: moneyToDecimal(net),
      postPosition: countToDecimal(position.position),
      tsMs: nowMs
    }
  }
}

/**
 * Closes an account's position in a settled market: each winning contract is paid $1 out of the
 * collateral the exchange held for its pair, the lots close at the payout, and the position is
 * flat. Returns the contracts, their cost and the payout, in engine units.
 */
export const payOut = (
  tx: Tx,
  market: MarketState,
  owner: AccountState,
  position: PositionState,
  result: "yes" | "no",
  nowMs: number
): { readonly yes: number; readonly no: number; readonly cost: bigint; readonly revenue: bigint } => {
  const yes = Math.max(0, position.position)
  const no = Math.max(0, -position.position)
  const won = result === "yes" ? yes : no
  const revenue = (DOLLAR * BigInt(won)) / 100n
  let cost = 0n
  for (const lot of position.lots) cost += notional(lot.price, lot.count)
  position.realizedPnl += revenue - cost
  position.lots.length = 0
  position.position = 0
  position.updatedMs = nowMs
  market.openInterest -= yes
  owner.cash += revenue
  owner.updatedMs = nowMs
  tx.touchedPositions.set(position, owner)
  tx.touchedAccounts.add(owner)
  return { yes, no, cost, revenue }
}

/** The exchange's totals, for audits. */
export const totals = (s: EngineState): Ledger => {
  let cash = 0n
  let reserved = 0n
  let positionSum = 0
  for (const owner of s.accounts.values()) {
    cash += owner.cash
    reserved += owner.reserved
    for (const p of owner.positions.values()) positionSum += p.position
  }
  let openInterest = 0
  for (const market of s.markets.values()) openInterest += market.openInterest
  return {
    deposits: moneyToDecimal(s.deposits),
    cash: moneyToDecimal(cash),
    reserved: moneyToDecimal(reserved),
    feesCollected: moneyToDecimal(s.feesCollected),
    openInterest: countToDecimal(openInterest),
    positionSum: countToDecimal(positionSum)
  }
}
