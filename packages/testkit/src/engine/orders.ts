/**
 * The V2 order commands: create (validation, reservation check, matching, resting or ending by
 * time in force), cancel, cancel all, decrease and amend. Each checks everything before it changes
 * anything, so a rejected command changes nothing.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import { fillable, wouldCross } from "./book.js"
import {
  alreadyExists,
  badRequest,
  insufficientBalance,
  invalidOrder,
  marketClosed,
  notFound,
  orderNotFound
} from "./errors.js"
import { takerFeeBound } from "./fees.js"
import { account, peekAccount, positionOf, refreshReserve, requiredWith } from "./ledger.js"
import { match, nothingTaken, type Taken } from "./matching.js"
import type {
  Actor,
  AmendOrder,
  AmendOrderResult,
  CancelOrderResult,
  CreateOrder,
  CreateOrderResult,
  DecreaseOrder,
  DecreaseOrderResult,
  EngineError
} from "./model.js"
import { cancelResting, finish, rest, shrinkResting, takeFromBook, unrest } from "./resting.js"
import type { EngineState, GroupState, MarketState, OrderState, Tx } from "./state.js"
import { COUNT_DECIMALS, countToDecimal, moneyToDecimal, onGrid, PRICE_DECIMALS, toSafeInteger } from "./units.js"
import { orderView } from "./views.js"

const TIME_IN_FORCE = ["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]

/** Volume-weighted average fill price and average net fee per contract; none without fills. */
const averages = (taken: Taken): {
  readonly averageFillPrice: Option.Option<BigDecimal.BigDecimal>
  readonly averageFeePaid: Option.Option<BigDecimal.BigDecimal>
} => {
  if (taken.count === 0) return { averageFillPrice: Option.none(), averageFeePaid: Option.none() }
  const n = countToDecimal(taken.count)
  const div = (m: bigint) => BigDecimal.round(BigDecimal.unsafeDivide(moneyToDecimal(m), n), { scale: 6 })
  return { averageFillPrice: Option.some(div(taken.cost)), averageFeePaid: Option.some(div(taken.fees)) }
}

const placedResult = (order: OrderState, taken: Taken, nowMs: number): CreateOrderResult => ({
  order: orderView(order),
  fillCount: countToDecimal(taken.count),
  remainingCount: countToDecimal(order.remaining),
  ...averages(taken),
  tsMs: nowMs
})

/** An order's validated terms, in engine units. */
interface Terms {
  readonly market: MarketState
  readonly subaccount: number
  readonly price: number
  readonly count: number
  readonly postOnly: boolean
  readonly reduceOnly: boolean
  readonly expirationMs: number | undefined
  readonly clientOrderId: string
  readonly group: GroupState | undefined
}

/** Checks a create command against the market, the grid and the user's ids and groups. */
const validate = (s: EngineState, command: CreateOrder, nowMs: number): Either.Either<Terms, EngineError> => {
  const subaccount = command.subaccount ?? 0
  const market = s.markets.get(command.ticker)
  if (market === undefined) return Either.left(notFound("market not found"))
  if (market.status !== "active") return Either.left(marketClosed(market.status))
  if (command.side !== "bid" && command.side !== "ask") return Either.left(badRequest("side must be bid or ask"))
  if (!TIME_IN_FORCE.includes(command.timeInForce)) return Either.left(badRequest("invalid time_in_force"))
  if (command.selfTradePreventionType !== "taker_at_cross" && command.selfTradePreventionType !== "maker") {
    return Either.left(badRequest("invalid self_trade_prevention_type"))
  }
  const price = toSafeInteger(command.price, PRICE_DECIMALS)
  if (price === undefined || !onGrid(market.grid, price)) {
    return Either.left(invalidOrder("price is not on the market's price grid"))
  }
  const count = toSafeInteger(command.count, COUNT_DECIMALS)
  if (count === undefined || count <= 0) return Either.left(invalidOrder("count must be a positive multiple of 0.01"))
  const postOnly = command.postOnly ?? false
  const reduceOnly = command.reduceOnly ?? false
  if (reduceOnly && command.timeInForce !== "immediate_or_cancel") {
    return Either.left(invalidOrder("reduce only orders must be immediate_or_cancel"))
  }
  if (postOnly && command.timeInForce !== "good_till_canceled") {
    return Either.left(invalidOrder("post only orders must be good_till_canceled"))
  }
  let expirationMs: number | undefined
  if (command.expirationTime !== undefined) {
    if (command.timeInForce === "immediate_or_cancel") {
      return Either.left(invalidOrder("immediate_or_cancel cannot have an expiration_time"))
    }
    expirationMs = command.expirationTime * 1000
    if (!Number.isSafeInteger(expirationMs) || expirationMs <= nowMs) {
      return Either.left(invalidOrder("expiration_time must be in the future"))
    }
  }
  const clientOrderId = command.clientOrderId ?? ""
  if (clientOrderId !== "" && s.clientOrderIds.get(command.user)?.has(clientOrderId)) {
    return Either.left(alreadyExists())
  }
  let group: GroupState | undefined
  if (command.orderGroupId !== undefined) {
    group = s.groups.get(command.orderGroupId)
    if (group === undefined || group.user !== command.user || group.subaccount !== subaccount) {
      return Either.left(notFound("order group not found"))
    }
    if (group.triggered) return Either.left(invalidOrder("order group is triggered"))
  }
  if (postOnly && wouldCross(market, command.side, price)) return Either.left(invalidOrder("post only cross"))
  return Either.right({ market, subaccount, price, count, postOnly, reduceOnly, expirationMs, clientOrderId, group })
}

const useClientOrderId = (s: EngineState, user: string, clientOrderId: string): void => {
  if (clientOrderId === "") return
  let ids = s.clientOrderIds.get(user)
  if (ids === undefined) {
    ids = new Set()
    s.clientOrderIds.set(user, ids)
  }
  ids.add(clientOrderId)
}

/** Places an order (`CreateOrderV2`). */
export const place = (
  s: EngineState,
  tx: Tx,
  command: CreateOrder,
  nowMs: number
): Either.Either<CreateOrderResult, EngineError> => {
  const validated = validate(s, command, nowMs)
  if (Either.isLeft(validated)) return Either.left(validated.left)
  const terms = validated.right
  const { market, price } = terms
  const existing = peekAccount(s, command.user, terms.subaccount)
  const held = existing.positions.get(command.ticker)?.position ?? 0
  const capacity = command.side === "bid" ? Math.max(0, -held) : Math.max(0, held)
  const effective = terms.reduceOnly ? Math.min(terms.count, capacity) : terms.count
  const required = requiredWith(market, existing, {
    side: command.side,
    price,
    remaining: effective,
    roundingAcc: 0n
  }) + takerFeeBound(market, command.side, price, effective)
  if (existing.cash < required) return Either.left(insufficientBalance())
  const fillOrKillShort = command.timeInForce === "fill_or_kill" &&
    fillable(market, command.user, command.side, price, command.selfTradePreventionType, effective) < effective

  // commit
  const owner = account(s, command.user, terms.subaccount)
  positionOf(owner, command.ticker)
  useClientOrderId(s, command.user, terms.clientOrderId)
  const order: OrderState = {
    id: s.prng.uuid(),
    user: command.user,
    subaccount: terms.subaccount,
    account: owner,
    clientOrderId: terms.clientOrderId,
    ticker: command.ticker,
    side: command.side,
    price,
    initial: terms.count,
    filled: 0,
    remaining: effective,
    status: "resting",
    tif: command.timeInForce,
    postOnly: terms.postOnly,
    reduceOnly: terms.reduceOnly,
    stp: command.selfTradePreventionType,
    group: terms.group,
    cancelOnPause: command.cancelOrderOnPause ?? false,
    expirationMs: terms.expirationMs,
    createdMs: nowMs,
    updatedMs: nowMs,
    lastReason: undefined,
    takerCost: 0n,
    makerCost: 0n,
    takerFees: 0n,
    makerFees: 0n,
    roundingAcc: 0n
  }
  s.orders.set(order.id, order)
  tx.events.push({ _tag: "OrderCreated", order: orderView(order) })

  if (fillOrKillShort) {
    finish(tx, order, "FillOrKill", nowMs)
    return Either.right(placedResult(order, nothingTaken, nowMs))
  }
  const taken = match(s, tx, market, order, nowMs)
  if (order.status === "resting") {
    if (order.remaining === 0) {
      // a reduce-only order capped below its count
      finish(tx, order, "ReduceOnlyCancel", nowMs)
    } else if (order.tif === "good_till_canceled") {
      rest(s, tx, market, order, nowMs)
    } else {
      finish(tx, order, order.tif === "fill_or_kill" ? "FillOrKill" : "ImmediateOrCancel", nowMs)
    }
  }
  return Either.right(placedResult(order, taken, nowMs))
}

/** A resting order of the actor (in the actor's subaccount when it names one). */
export const owned = (s: EngineState, actor: Actor, orderId: string): OrderState | undefined => {
  const order = s.orders.get(orderId)
  if (order === undefined || order.user !== actor.user || order.status !== "resting") return undefined
  if (actor.subaccount !== undefined && order.subaccount !== actor.subaccount) return undefined
  return order
}

/** Cancels one resting order (`CancelOrderV2`). */
export const cancelOne = (
  s: EngineState,
  tx: Tx,
  command: Actor & { readonly orderId: string },
  nowMs: number
): Either.Either<CancelOrderResult, EngineError> => {
  const order = owned(s, command, command.orderId)
  if (order === undefined) return Either.left(orderNotFound())
  const reducedBy = cancelResting(s, tx, order, "Canceled", nowMs)
  return Either.right({ order: orderView(order), reducedBy: countToDecimal(reducedBy), tsMs: nowMs })
}

/** Cancels every resting order of a user, of one subaccount and of one market when given (`CancelAllOrders`). */
export const cancelAll = (
  s: EngineState,
  tx: Tx,
  command: { readonly user: string; readonly subaccount?: number | undefined; readonly ticker?: string | undefined },
  nowMs: number
): ReadonlyArray<CancelOrderResult> => {
  const canceled: Array<CancelOrderResult> = []
  for (const order of [...s.resting]) {
    if (order.user !== command.user) continue
    if (command.subaccount !== undefined && order.subaccount !== command.subaccount) continue
    if (command.ticker !== undefined && order.ticker !== command.ticker) continue
    const reducedBy = cancelResting(s, tx, order, "Canceled", nowMs)
    canceled.push({ order: orderView(order), reducedBy: countToDecimal(reducedBy), tsMs: nowMs })
  }
  return canceled
}

/** Decreases a resting order, keeping its time priority (`DecreaseOrderV2`); to zero cancels it. */
export const decrease = (
  s: EngineState,
  tx: Tx,
  command: DecreaseOrder,
  nowMs: number
): Either.Either<DecreaseOrderResult, EngineError> => {
  const order = owned(s, command, command.orderId)
  if (order === undefined) return Either.left(orderNotFound())
  if ((command.reduceBy === undefined) === (command.reduceTo === undefined)) {
    return Either.left(badRequest("exactly one of reduce_by and reduce_to"))
  }
  const amount = toSafeInteger(command.reduceBy ?? command.reduceTo!, COUNT_DECIMALS)
  if (amount === undefined || amount < 0 || (command.reduceBy !== undefined && amount === 0)) {
    return Either.left(invalidOrder("invalid count"))
  }
  const target = command.reduceBy !== undefined ? Math.max(0, order.remaining - amount) : amount
  if (target > order.remaining) return Either.left(invalidOrder("cannot increase an order with a decrease"))
  if (target === 0) {
    cancelResting(s, tx, order, "Decrease", nowMs)
  } else if (target < order.remaining) {
    shrinkResting(s, tx, order, order.remaining - target, nowMs)
    order.lastReason = "Decrease"
    tx.events.push({ _tag: "OrderUpdated", reason: "Decrease", order: orderView(order) })
  }
  return Either.right({ order: orderView(order), remainingCount: countToDecimal(order.remaining), tsMs: nowMs })
}

/** An amend's validated terms, in engine units. */
interface AmendTerms {
  readonly price: number
  readonly total: number
  readonly remaining: number
  readonly expirationMs: number | undefined
  readonly newClientOrderId: string | undefined
}

const validateAmend = (
  s: EngineState,
  order: OrderState,
  market: MarketState,
  command: AmendOrder,
  nowMs: number
): Either.Either<AmendTerms, EngineError> => {
  if (command.ticker !== order.ticker || command.side !== order.side) {
    return Either.left(invalidOrder("ticker and side must match the order"))
  }
  if (market.status !== "active") return Either.left(marketClosed(market.status))
  const price = toSafeInteger(command.price, PRICE_DECIMALS)
  if (price === undefined || !onGrid(market.grid, price)) {
    return Either.left(invalidOrder("price is not on the market's price grid"))
  }
  const total = toSafeInteger(command.count, COUNT_DECIMALS)
  if (total === undefined || total <= order.filled) {
    return Either.left(invalidOrder("count must exceed the filled count"))
  }
  const remaining = total - order.filled
  let expirationMs = order.expirationMs
  if (command.expirationTime !== undefined) {
    expirationMs = command.expirationTime === 0 ? undefined : command.expirationTime * 1000
    if (expirationMs !== undefined && (!Number.isSafeInteger(expirationMs) || expirationMs <= nowMs)) {
      return Either.left(invalidOrder("expiration_time must be in the future"))
    }
  }
  const changed = command.updatedClientOrderId === order.clientOrderId ? undefined : command.updatedClientOrderId
  const newClientOrderId = changed === "" ? undefined : changed
  if (newClientOrderId !== undefined && s.clientOrderIds.get(order.user)?.has(newClientOrderId)) {
    return Either.left(alreadyExists())
  }
  if (order.postOnly && wouldCross(market, order.side, price)) return Either.left(invalidOrder("post only cross"))
  const required = requiredWith(market, order.account, {
    side: order.side,
    price,
    remaining,
    roundingAcc: order.roundingAcc
  }, order) + takerFeeBound(market, order.side, price, remaining)
  if (order.account.cash < required) return Either.left(insufficientBalance())
  return Either.right({ price, total, remaining, expirationMs, newClientOrderId })
}

/**
 * Amends a resting order's price, count and expiration (`AmendOrderV2`). A new price or a higher
 * remaining count loses time priority and may trade; a lower count or a new expiration keeps it.
 */
export const amend = (
  s: EngineState,
  tx: Tx,
  command: AmendOrder,
  nowMs: number
): Either.Either<AmendOrderResult, EngineError> => {
  const order = owned(s, command, command.orderId)
  if (order === undefined) return Either.left(orderNotFound())
  const market = s.markets.get(order.ticker)!
  const validated = validateAmend(s, order, market, command, nowMs)
  if (Either.isLeft(validated)) return Either.left(validated.left)
  const { expirationMs, newClientOrderId, price, remaining, total } = validated.right

  // commit
  const oldOrder = orderView(order)
  if (newClientOrderId !== undefined) {
    useClientOrderId(s, order.user, newClientOrderId)
    order.clientOrderId = newClientOrderId
  }
  order.expirationMs = expirationMs
  order.lastReason = "Amend"
  order.updatedMs = nowMs
  let taken = nothingTaken
  if (price !== order.price || remaining > order.remaining) {
    // loses its place in the queue: off the book, changed, matched, back at the end
    takeFromBook(tx, market, order, order.remaining, nowMs)
    unrest(s, order)
    order.price = price
    order.remaining = remaining
    order.initial = total
    tx.events.push({ _tag: "OrderUpdated", reason: "Amend", order: orderView(order) })
    taken = match(s, tx, market, order, nowMs)
    if (order.status === "resting") rest(s, tx, market, order, nowMs)
    else refreshReserve(s, tx, order.account, order.ticker)
  } else {
    if (remaining < order.remaining) shrinkResting(s, tx, order, order.remaining - remaining, nowMs)
    if (expirationMs === undefined) s.expiring.delete(order)
    else s.expiring.add(order)
    order.initial = total
    refreshReserve(s, tx, order.account, order.ticker)
    tx.events.push({ _tag: "OrderUpdated", reason: "Amend", order: orderView(order) })
  }
  return Either.right({
    oldOrder,
    order: orderView(order),
    fillCount: countToDecimal(taken.count),
    remainingCount: countToDecimal(order.remaining),
    ...averages(taken),
    tsMs: nowMs
  })
}
