/**
 * Block trades: a trade between two accounts off the book (an executed RFQ quote, an accepted
 * block trade proposal). The YES buyer gets an executed bid and the NO buyer an executed ask at
 * the YES price, and the trade goes through the ledger like a book trade (fills, positions, fees,
 * open interest, the market's last price and volume), so the ledger's invariant holds. Each side
 * must afford what it opens plus the largest fee it could pay.
 *
 * @internal
 */
import type * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { badRequest, insufficientBalance, invalidOrder, marketClosed, notFound } from "./errors.js"
import { account, applyFill, positionOf, refreshReserve } from "./ledger.js"
import type { Actor, BookSide, EngineError, OutcomeSide } from "./model.js"
import { accountKey, type EngineState, type MarketState, type OrderState, type Tx } from "./state.js"
import {
  CENT,
  COUNT_DECIMALS,
  countToDecimal,
  feeCeilMoney,
  notional,
  ONE,
  PRICE_DECIMALS,
  priceToDecimal,
  toSafeInteger
} from "./units.js"
import { orderView, outcomeOf } from "./views.js"

export interface BlockTrade {
  readonly ticker: string
  /** Buys YES at `yesPrice`. */
  readonly yes: Actor
  /** Buys NO at `1 - yesPrice`. */
  readonly no: Actor
  readonly yesPrice: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  /** The side that provided the liquidity (pays the maker rate; the other side the taker rate). */
  readonly maker: OutcomeSide
}

export interface BlockTradeResult {
  readonly yesOrderId: string
  readonly noOrderId: string
  readonly tradeId: string
}

const affordable = (s: EngineState, market: MarketState, side: BookSide, actor: Actor, price: number, size: number) => {
  const owner = s.accounts.get(accountKey(actor.user, actor.subaccount ?? 0))
  const held = owner?.positions.get(market.ticker)?.position ?? 0
  const closing = Math.min(size, side === "bid" ? Math.max(0, -held) : Math.max(0, held))
  const cost = notional(side === "bid" ? price : ONE - price, size - closing) +
    feeCeilMoney(Math.max(market.takerRate, market.makerRate), price, size) + CENT
  return owner !== undefined && owner.cash - owner.reserved >= cost
}

const executedOrder = (
  s: EngineState,
  tx: Tx,
  market: MarketState,
  side: BookSide,
  actor: Actor,
  price: number,
  size: number,
  nowMs: number
): OrderState => {
  const subaccount = actor.subaccount ?? 0
  const order: OrderState = {
    id: s.prng.uuid(),
    user: actor.user,
    subaccount,
    account: account(s, actor.user, subaccount),
    clientOrderId: "",
    ticker: market.ticker,
    side,
    price,
    initial: size,
    filled: 0,
    remaining: size,
    status: "resting",
    tif: "fill_or_kill",
    postOnly: false,
    reduceOnly: false,
    stp: "taker_at_cross",
    group: undefined,
    cancelOnPause: false,
    expirationMs: undefined,
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
  positionOf(order.account, market.ticker)
  tx.events.push({ _tag: "OrderCreated", order: orderView(order) })
  return order
}

/** Executes a block trade. */
export const blockTrade = (
  s: EngineState,
  tx: Tx,
  command: BlockTrade,
  nowMs: number
): Either.Either<BlockTradeResult, EngineError> => {
  const market = s.markets.get(command.ticker)
  if (market === undefined) return Either.left(notFound("market not found"))
  if (market.status !== "active") return Either.left(marketClosed(market.status))
  const price = toSafeInteger(command.yesPrice, PRICE_DECIMALS)
  if (price === undefined || price <= 0 || price >= ONE) {
    return Either.left(invalidOrder("the price must be inside (0, 1)"))
  }
  const size = toSafeInteger(command.count, COUNT_DECIMALS)
  if (size === undefined || size <= 0) return Either.left(invalidOrder("count must be a positive multiple of 0.01"))
  if (command.yes.user === command.no.user) return Either.left(badRequest("the two sides must be different users"))
  if (
    !affordable(s, market, "bid", command.yes, price, size) || !affordable(s, market, "ask", command.no, price, size)
  ) return Either.left(insufficientBalance())
  const tradeId = s.prng.uuid()
  const bid = executedOrder(s, tx, market, "bid", command.yes, price, size, nowMs)
  const ask = executedOrder(s, tx, market, "ask", command.no, price, size, nowMs)
  const [maker, taker] = command.maker === "yes" ? [bid, ask] : [ask, bid]
  const takerFill = applyFill(s, tx, market, taker, true, { size, price, tradeId }, nowMs)
  const makerFill = applyFill(s, tx, market, maker, false, { size, price, tradeId }, nowMs)
  for (const order of [taker, maker]) {
    order.status = "executed"
    refreshReserve(s, tx, order.account, market.ticker)
  }
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
      tsMs: nowMs,
      blockTrade: true
    }
  })
  tx.events.push({ _tag: "OrderUpdated", reason: "Trade", order: orderView(taker) })
  tx.events.push({ _tag: "OrderUpdated", reason: "Trade", order: orderView(maker) })
  return Either.right({ yesOrderId: bid.id, noOrderId: ask.id, tradeId })
}
