/**
 * The matching engine of the local Kalshi-compatible exchange: one order book per market on the
 * YES leg, accounts with exact balances and positions, order groups, and the rules of Kalshi's V2
 * order API. Pure and synchronous: no I/O, no timers, no clock and no `Math.random`. Time comes in
 * with every command (`nowMs`), ids come from a generator seeded in {@link Options}, so the same
 * commands always give the same results.
 *
 * Every command returns an {@link Outcome}: its result (a value or an {@link EngineError} carrying
 * the HTTP status and Kalshi's error `code` / `message` / `details`) and the {@link EngineEvent}s it
 * caused, in order, which a server turns into `user_orders`, `fill`, `trade`, `orderbook_delta`,
 * `market_positions` and `ticker` messages. A rejected command changes nothing, except that orders
 * whose expiration passed before `nowMs` are expired first (and reported in `events`).
 *
 * Money model (the V2 single book). A `bid` buys YES at `p`; an `ask` sells YES at `p`, which is
 * buying NO at `1 - p`. A position is signed per market (positive = YES, negative = NO). A fill
 * that goes against an open position closes it first: closing NO with a bid pays `1 - p` per
 * contract back, closing YES with an ask pays `p`; the rest opens a position and costs `p` (bid)
 * or `1 - p` (ask) per contract. Every open YES contract has an open NO contract on the other side,
 * and the exchange holds $1 of collateral for each pair.
 *
 * Fees (see Kalshi's "Fee Rounding" page and the 2026-06 wire finding `fee_cost` "0.017500" for 1
 * contract at 0.52, where 0.07 × 0.52 × 0.48 = 0.017472): the trade fee of a fill is
 * `rate × count × P × (1 − P)` rounded **up to the next $0.0001** (rounding to the cent would give
 * 0.02, to 6 decimals 0.017472; only the centi-cent fits). The taker rate defaults to 0.07, the
 * maker rate to 0. Balances are kept at the direct-member precision of $0.0001: when
 * `revenue − trade fee` has a finer part (sub-cent prices with fractional counts), it is floored and
 * the difference is a rounding fee; an order's accumulated rounding is rebated in whole cents once
 * it exceeds $0.01. A fill's `feeCost` is the net fee: trade fee + rounding fee − rebate.
 *
 * Reservations. The available balance is cash minus what resting orders may still cost: for each
 * resting order, its uncovered contracts times its price (`p` for a bid, `1 − p` for an ask),
 * where contracts that would close an existing position are covered and cost nothing; plus its
 * maximal maker fee; plus, on markets with sub-cent prices, $0.0101 of rounding. An order is
 * accepted only if the balance covers that reservation with the new order included, plus the
 * maximal taker fee of the resting orders it crosses; otherwise it is rejected with 400
 * `insufficient_balance`.
 *
 * Choices where the spec and the recordings are silent: errors not seen on the wire use 400
 * `market_closed` (market not `active`), 400 `invalid_order` with a `details` sentence (off-grid
 * price, bad count, post-only cross, expiration, order group triggered) and 400 `bad_request`
 * (malformed command); a post-only order must be `good_till_canceled`; self-trade prevention and
 * `client_order_id` uniqueness are per user across subaccounts; a `fill_or_kill` order that cannot
 * fill completely is accepted and canceled with nothing filled (no error); an order group's limit
 * is checked after each fill, so the fill that reaches it completes and the group's other orders are
 * canceled.
 *
 * @since 0.1.0
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import {
  CENT,
  CENTI_CENT,
  COUNT_DECIMALS,
  countToDecimal,
  feeCeilMoney,
  floorCentiCent,
  type GridRange,
  moneyToDecimal,
  notional,
  ONE,
  onGrid,
  PRICE_DECIMALS,
  priceToDecimal,
  Prng,
  toMoney,
  toSafeInteger,
  tradeFee
} from "./internal/engineUnits.js"

// ---------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------

/**
 * The side of an order on the YES book: `bid` buys YES, `ask` sells YES (buys NO at `1 - price`).
 *
 * @since 0.1.0
 * @category models
 */
export type BookSide = "bid" | "ask"

/**
 * The outcome an order or fill positions its owner for: `yes` for a bid, `no` for an ask.
 *
 * @since 0.1.0
 * @category models
 */
export type OutcomeSide = "yes" | "no"

/**
 * How long an order may rest: V2's `time_in_force` values. An expiring order is a
 * `good_till_canceled` order with an `expirationTime`.
 *
 * @since 0.1.0
 * @category models
 */
export type TimeInForce = "fill_or_kill" | "good_till_canceled" | "immediate_or_cancel"

/**
 * Self-trade prevention: `taker_at_cross` cancels the incoming order when it reaches an order of
 * the same user (fills already made stand); `maker` cancels the resting order and goes on matching.
 *
 * @since 0.1.0
 * @category models
 */
export type SelfTradePreventionType = "taker_at_cross" | "maker"

/**
 * The status of an order.
 *
 * @since 0.1.0
 * @category models
 */
export type OrderStatus = "resting" | "canceled" | "executed"

/**
 * A market's lifecycle status. Only `active` markets accept orders and amends; `inactive` is a
 * pause (orders with `cancelOrderOnPause` are canceled, others stay); every other status closes the
 * market and cancels its resting orders.
 *
 * @since 0.1.0
 * @category models
 */
export type MarketStatus =
  | "initialized"
  | "inactive"
  | "active"
  | "closed"
  | "determined"
  | "disputed"
  | "amended"
  | "finalized"

/**
 * A named price grid, as in a market's `price_level_structure`.
 *
 * @since 0.1.0
 * @category models
 */
export type PriceLevelStructure = "linear_cent" | "deci_cent" | "tapered_deci_cent"

/**
 * One range of a market's `price_ranges`: valid prices are `start + k * step` up to `end`.
 *
 * @since 0.1.0
 * @category models
 */
export interface PriceRange {
  readonly start: BigDecimal.BigDecimal
  readonly end: BigDecimal.BigDecimal
  readonly step: BigDecimal.BigDecimal
}

/**
 * Why an order changed (the values of `user_orders.last_update_reason`, plus the engine's own for
 * cancels the wire leaves unnamed).
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateReason = "Trade" | "Amend" | "Decrease"

/**
 * Why an order was canceled. `Canceled` is a cancel asked by its owner; `ImmediateOrCancel` and
 * `FillOrKill` cancel what such an order could not fill; `OrderGroupCancel` comes from an order
 * group that reached its limit or was triggered or deleted.
 *
 * @since 0.1.0
 * @category models
 */
export type CancelReason =
  | "Canceled"
  | "Decrease"
  | "SelfTradeCancel"
  | "ExpiryCancel"
  | "CloseCancel"
  | "HaltCancel"
  | "OrderGroupCancel"
  | "ImmediateOrCancel"
  | "FillOrKill"
  | "ReduceOnlyCancel"

/**
 * An order as the exchange reports it (the fields of the spec's `Order` and of `user_orders`).
 * Prices are YES prices; `noPrice` is `1 - price`. Costs and fees are in dollars.
 *
 * @since 0.1.0
 * @category models
 */
export interface Order {
  readonly orderId: string
  readonly user: string
  readonly subaccount: number
  readonly clientOrderId: string
  readonly ticker: string
  readonly side: BookSide
  readonly outcomeSide: OutcomeSide
  readonly price: BigDecimal.BigDecimal
  readonly noPrice: BigDecimal.BigDecimal
  readonly initialCount: BigDecimal.BigDecimal
  readonly fillCount: BigDecimal.BigDecimal
  readonly remainingCount: BigDecimal.BigDecimal
  readonly status: OrderStatus
  readonly timeInForce: TimeInForce
  readonly postOnly: boolean
  readonly reduceOnly: boolean
  readonly selfTradePreventionType: SelfTradePreventionType
  readonly orderGroupId: string | undefined
  readonly cancelOrderOnPause: boolean
  readonly expirationTsMs: number | undefined
  readonly createdTsMs: number
  readonly lastUpdatedTsMs: number
  readonly lastUpdateReason: UpdateReason | CancelReason | undefined
  readonly takerFillCost: BigDecimal.BigDecimal
  readonly makerFillCost: BigDecimal.BigDecimal
  readonly takerFees: BigDecimal.BigDecimal
  readonly makerFees: BigDecimal.BigDecimal
}

/**
 * One side of one trade, for the owner of an order (the spec's `Fill`, the `fill` channel).
 *
 * @since 0.1.0
 * @category models
 */
export interface Fill {
  readonly tradeId: string
  readonly orderId: string
  readonly clientOrderId: string
  readonly user: string
  readonly subaccount: number
  readonly ticker: string
  readonly side: BookSide
  readonly outcomeSide: OutcomeSide
  readonly isTaker: boolean
  /** The YES price of the trade. */
  readonly price: BigDecimal.BigDecimal
  readonly noPrice: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  /** The net fee of this fill: trade fee + rounding fee − rebate. */
  readonly feeCost: BigDecimal.BigDecimal
  /** The owner's signed position in the market after the fill. */
  readonly postPosition: BigDecimal.BigDecimal
  readonly tsMs: number
}

/**
 * A public trade (the `trade` channel).
 *
 * @since 0.1.0
 * @category models
 */
export interface Trade {
  readonly tradeId: string
  readonly ticker: string
  readonly yesPrice: BigDecimal.BigDecimal
  readonly noPrice: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  readonly takerSide: BookSide
  readonly takerOutcomeSide: OutcomeSide
  readonly tsMs: number
}

/**
 * A position in one market (the spec's `MarketPosition`, the `market_positions` channel).
 *
 * @since 0.1.0
 * @category models
 */
export interface Position {
  readonly user: string
  readonly subaccount: number
  readonly ticker: string
  /** Signed: positive is YES contracts, negative is NO contracts. */
  readonly position: BigDecimal.BigDecimal
  /** What the open contracts cost (first in, first out). */
  readonly marketExposure: BigDecimal.BigDecimal
  /** Profit locked in by closing contracts, fees excluded. */
  readonly realizedPnl: BigDecimal.BigDecimal
  readonly feesPaid: BigDecimal.BigDecimal
  /** Contracts traded in this market. */
  readonly volume: BigDecimal.BigDecimal
  /** Dollars spent on fills in this market. */
  readonly totalTraded: BigDecimal.BigDecimal
  readonly lastUpdatedTsMs: number
}

/**
 * An account's money. `balance` is what is available (the exchange's `balance_dollars`): cash minus
 * what resting orders hold, floored to $0.0001; `balanceCents` is the truncated integer of cents of
 * `GetBalance.balance`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Balance {
  readonly user: string
  readonly subaccount: number
  readonly balance: BigDecimal.BigDecimal
  readonly balanceCents: number
  readonly cash: BigDecimal.BigDecimal
  readonly reserved: BigDecimal.BigDecimal
  readonly updatedTsMs: number
}

/**
 * One price level of a book, on the YES leg.
 *
 * @since 0.1.0
 * @category models
 */
export interface BookLevel {
  readonly price: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
}

/**
 * A market's book on the YES leg, best levels first. To publish Kalshi's two-sided bid book, YES
 * bids are the `bids` and NO bids are the `asks` at `1 - price`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Book {
  readonly ticker: string
  readonly bids: ReadonlyArray<BookLevel>
  readonly asks: ReadonlyArray<BookLevel>
}

/**
 * A market's state and statistics (what the `ticker` channel and `GetMarket` report).
 *
 * @since 0.1.0
 * @category models
 */
export interface Market {
  readonly ticker: string
  readonly status: MarketStatus
  readonly priceRanges: ReadonlyArray<PriceRange>
  readonly takerFeeRate: BigDecimal.BigDecimal
  readonly makerFeeRate: BigDecimal.BigDecimal
  readonly yesBid: Option.Option<BookLevel>
  readonly yesAsk: Option.Option<BookLevel>
  readonly lastPrice: Option.Option<BigDecimal.BigDecimal>
  readonly lastTradeCount: BigDecimal.BigDecimal
  readonly volume: BigDecimal.BigDecimal
  readonly openInterest: BigDecimal.BigDecimal
}

/**
 * An order group: a cap on the contracts its orders may match over a rolling 15-second window.
 *
 * @since 0.1.0
 * @category models
 */
export interface OrderGroup {
  readonly orderGroupId: string
  readonly user: string
  readonly subaccount: number
  readonly contractsLimit: BigDecimal.BigDecimal
  /** True once the limit was reached or the group was triggered, until a reset. */
  readonly triggered: boolean
  /** The ids of the group's resting orders. */
  readonly orders: ReadonlyArray<string>
}

/**
 * What the whole exchange holds, for audits and invariants: `deposits` always equals
 * `cash + feesCollected + openInterest × $1`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Ledger {
  readonly deposits: BigDecimal.BigDecimal
  readonly cash: BigDecimal.BigDecimal
  readonly reserved: BigDecimal.BigDecimal
  readonly feesCollected: BigDecimal.BigDecimal
  readonly openInterest: BigDecimal.BigDecimal
  /** The sum of every signed position: always zero. */
  readonly positionSum: BigDecimal.BigDecimal
}

// ---------------------------------------------------------------------------------------------
// events
// ---------------------------------------------------------------------------------------------

/**
 * What happened, in order, during a command. A server maps them to WebSocket messages and REST
 * results: `OrderCreated` / `OrderUpdated` / `OrderCanceled` to `user_orders`, `Fill` to `fill`,
 * `Trade` to `trade`, `BookDelta` to `orderbook_delta`, `PositionChanged` to `market_positions`,
 * `TickerChanged` to `ticker`, `OrderGroupChanged` to `order_group_updates`.
 *
 * @since 0.1.0
 * @category events
 */
export type EngineEvent =
  | OrderCreated
  | OrderUpdated
  | OrderCanceled
  | FillEvent
  | TradeEvent
  | BookDelta
  | PositionChanged
  | BalanceChanged
  | TickerChanged
  | OrderGroupChanged
  | MarketStatusChanged

/**
 * An order was accepted (before any of its fills).
 *
 * @since 0.1.0
 * @category events
 */
export interface OrderCreated {
  readonly _tag: "OrderCreated"
  readonly order: Order
}

/**
 * An order changed without ending (or ended by being fully executed, `reason: "Trade"`).
 *
 * @since 0.1.0
 * @category events
 */
export interface OrderUpdated {
  readonly _tag: "OrderUpdated"
  readonly reason: UpdateReason
  readonly order: Order
}

/**
 * An order was canceled; `reducedBy` is the count it still had.
 *
 * @since 0.1.0
 * @category events
 */
export interface OrderCanceled {
  readonly _tag: "OrderCanceled"
  readonly reason: CancelReason
  readonly reducedBy: BigDecimal.BigDecimal
  readonly order: Order
}

/**
 * One side of a trade, for that side's owner.
 *
 * @since 0.1.0
 * @category events
 */
export interface FillEvent {
  readonly _tag: "Fill"
  readonly fill: Fill
}

/**
 * A public trade.
 *
 * @since 0.1.0
 * @category events
 */
export interface TradeEvent {
  readonly _tag: "Trade"
  readonly trade: Trade
}

/**
 * A price level of a book changed by `delta` contracts (negative when contracts left) and now holds
 * `count`. `side`/`price` are on the YES leg: an `ask` at `p` is Kalshi's NO bid at `1 - p`. The
 * order that caused it is named, so a server can add `client_order_id` for its owner.
 *
 * @since 0.1.0
 * @category events
 */
export interface BookDelta {
  readonly _tag: "BookDelta"
  readonly ticker: string
  readonly side: BookSide
  readonly price: BigDecimal.BigDecimal
  readonly delta: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  readonly orderId: string
  readonly clientOrderId: string
  readonly user: string
  readonly subaccount: number
  readonly tsMs: number
}

/**
 * A position changed (emitted once per command and market for each account that traded).
 *
 * @since 0.1.0
 * @category events
 */
export interface PositionChanged {
  readonly _tag: "PositionChanged"
  readonly position: Position
}

/**
 * An account's cash or available balance changed (once per command and account).
 *
 * @since 0.1.0
 * @category events
 */
export interface BalanceChanged {
  readonly _tag: "BalanceChanged"
  readonly balance: Balance
}

/**
 * A market's best prices, last trade, volume or open interest changed (once per command).
 *
 * @since 0.1.0
 * @category events
 */
export interface TickerChanged {
  readonly _tag: "TickerChanged"
  readonly market: Market
  readonly tsMs: number
}

/**
 * An order group was created, triggered, reset, deleted or got a new limit.
 *
 * @since 0.1.0
 * @category events
 */
export interface OrderGroupChanged {
  readonly _tag: "OrderGroupChanged"
  readonly eventType: "created" | "triggered" | "reset" | "deleted" | "limit_updated"
  readonly orderGroup: OrderGroup
  readonly tsMs: number
}

/**
 * A market changed status.
 *
 * @since 0.1.0
 * @category events
 */
export interface MarketStatusChanged {
  readonly _tag: "MarketStatusChanged"
  readonly ticker: string
  readonly status: MarketStatus
  readonly tsMs: number
}

// ---------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------

/**
 * A rejected command, with what the exchange answers: the HTTP `status` and the `code`, `message`
 * and `details` of its error body (`{"error":{"code","message","details"}}`).
 *
 * @since 0.1.0
 * @category errors
 */
export class EngineError extends Schema.TaggedError<EngineError>("@kalshi-effect/testkit/Engine/EngineError")(
  "EngineError",
  {
    status: Schema.Number,
    code: Schema.String,
    message: Schema.String,
    details: Schema.optional(Schema.String)
  }
) {}

const invalidOrder = (details: string): EngineError =>
  new EngineError({ status: 400, code: "invalid_order", message: "invalid order", details })
const badRequest = (details: string): EngineError =>
  new EngineError({ status: 400, code: "bad_request", message: "bad request", details })
/** The one 404 for an order: unknown, someone else's, canceled or executed all look the same. */
const orderNotFound = (): EngineError => new EngineError({ status: 404, code: "not_found", message: "not found" })
const notFound = (details: string): EngineError =>
  new EngineError({ status: 404, code: "not_found", message: "not found", details })
const alreadyExists = (): EngineError =>
  new EngineError({ status: 409, code: "order_already_exists", message: "order already exists" })
const insufficientBalance = (): EngineError =>
  new EngineError({ status: 400, code: "insufficient_balance", message: "insufficient balance" })
const marketClosed = (status: MarketStatus): EngineError =>
  new EngineError({
    status: 400,
    code: "market_closed",
    message: "market closed",
    details: `market status is ${status}`
  })

// ---------------------------------------------------------------------------------------------
// commands and results
// ---------------------------------------------------------------------------------------------

/**
 * What a command returns: its result and the events it caused (also when it failed, for orders
 * that expired before it).
 *
 * @since 0.1.0
 * @category models
 */
export interface Outcome<A> {
  readonly result: Either.Either<A, EngineError>
  readonly events: ReadonlyArray<EngineEvent>
}

/**
 * The engine's options. `seed` determines every generated id.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly seed?: number | undefined
}

/**
 * A market to list. Defaults: `active`, the `linear_cent` grid, taker fee rate 0.07, maker fee
 * rate 0. `priceRanges` wins over `priceLevelStructure`.
 *
 * @since 0.1.0
 * @category commands
 */
export interface MarketConfig {
  readonly ticker: string
  readonly status?: MarketStatus | undefined
  readonly priceLevelStructure?: PriceLevelStructure | undefined
  readonly priceRanges?: ReadonlyArray<PriceRange> | undefined
  readonly takerFeeRate?: BigDecimal.BigDecimal | undefined
  readonly makerFeeRate?: BigDecimal.BigDecimal | undefined
}

/**
 * Who sends a command: a user and one of its subaccounts (default 0). Self-trade prevention and
 * `client_order_id` uniqueness are per user.
 *
 * @since 0.1.0
 * @category commands
 */
export interface Actor {
  readonly user: string
  readonly subaccount?: number | undefined
}

/**
 * `CreateOrderV2` (and one item of `BatchCreateOrdersV2`). `price` and `count` are the decoded
 * wire strings; `expirationTime` is Unix seconds, as on the wire.
 *
 * @since 0.1.0
 * @category commands
 */
export interface CreateOrder extends Actor {
  readonly ticker: string
  readonly side: BookSide
  readonly price: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  readonly timeInForce: TimeInForce
  readonly selfTradePreventionType: SelfTradePreventionType
  readonly postOnly?: boolean | undefined
  readonly reduceOnly?: boolean | undefined
  readonly clientOrderId?: string | undefined
  readonly orderGroupId?: string | undefined
  readonly cancelOrderOnPause?: boolean | undefined
  readonly expirationTime?: number | undefined
}

/**
 * The result of placing an order (`CreateOrderV2Response`, plus the order itself).
 *
 * @since 0.1.0
 * @category models
 */
export interface CreateOrderResult {
  readonly order: Order
  readonly fillCount: BigDecimal.BigDecimal
  readonly remainingCount: BigDecimal.BigDecimal
  /** Volume-weighted average fill price; none without fills. */
  readonly averageFillPrice: Option.Option<BigDecimal.BigDecimal>
  /** Average net fee per contract filled; none without fills. */
  readonly averageFeePaid: Option.Option<BigDecimal.BigDecimal>
  readonly tsMs: number
}

/**
 * `AmendOrderV2`: a new price and a new total count (already filled plus the desired remaining).
 * An amend that changes the price or raises the remaining count loses time priority and may trade;
 * one that only lowers the count or changes the expiration keeps it. `expirationTime` 0 removes the
 * expiration; omitted keeps it.
 *
 * @since 0.1.0
 * @category commands
 */
export interface AmendOrder extends Actor {
  readonly orderId: string
  readonly ticker: string
  readonly side: BookSide
  readonly price: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  readonly updatedClientOrderId?: string | undefined
  readonly expirationTime?: number | undefined
}

/**
 * The result of an amend: the order before and after, and what the amend filled.
 *
 * @since 0.1.0
 * @category models
 */
export interface AmendOrderResult {
  readonly oldOrder: Order
  readonly order: Order
  readonly fillCount: BigDecimal.BigDecimal
  readonly remainingCount: BigDecimal.BigDecimal
  readonly averageFillPrice: Option.Option<BigDecimal.BigDecimal>
  readonly averageFeePaid: Option.Option<BigDecimal.BigDecimal>
  readonly tsMs: number
}

/**
 * `DecreaseOrderV2`: exactly one of `reduceBy` and `reduceTo`. Reducing to zero cancels the order.
 *
 * @since 0.1.0
 * @category commands
 */
export interface DecreaseOrder extends Actor {
  readonly orderId: string
  readonly reduceBy?: BigDecimal.BigDecimal | undefined
  readonly reduceTo?: BigDecimal.BigDecimal | undefined
}

/**
 * The result of a decrease (`DecreaseOrderV2Response`, plus the order).
 *
 * @since 0.1.0
 * @category models
 */
export interface DecreaseOrderResult {
  readonly order: Order
  readonly remainingCount: BigDecimal.BigDecimal
  readonly tsMs: number
}

/**
 * The result of a cancel (`CancelOrderV2Response`, plus the order).
 *
 * @since 0.1.0
 * @category models
 */
export interface CancelOrderResult {
  readonly order: Order
  readonly reducedBy: BigDecimal.BigDecimal
  readonly tsMs: number
}

// ---------------------------------------------------------------------------------------------
// internal state
// ---------------------------------------------------------------------------------------------

interface OrderState {
  readonly id: string
  readonly user: string
  readonly subaccount: number
  readonly account: AccountState
  clientOrderId: string
  readonly ticker: string
  readonly side: BookSide
  price: number
  initial: number
  filled: number
  remaining: number
  status: OrderStatus
  readonly tif: TimeInForce
  readonly postOnly: boolean
  readonly reduceOnly: boolean
  readonly stp: SelfTradePreventionType
  readonly group: GroupState | undefined
  readonly cancelOnPause: boolean
  expirationMs: number | undefined
  readonly createdMs: number
  updatedMs: number
  lastReason: UpdateReason | CancelReason | undefined
  takerCost: bigint
  makerCost: bigint
  takerFees: bigint
  makerFees: bigint
  roundingAcc: bigint
}

interface Level {
  readonly price: number
  readonly orders: Array<OrderState>
  total: number
}

interface MarketState {
  readonly ticker: string
  status: MarketStatus
  readonly ranges: ReadonlyArray<PriceRange>
  readonly grid: ReadonlyArray<GridRange>
  /** Whether a fill can move money by less than $0.0001 (a sub-cent price on the grid). */
  readonly subCent: boolean
  readonly takerRate: number
  readonly makerRate: number
  /** Bids, best (highest) first. */
  readonly bids: Array<Level>
  /** Asks, best (lowest) first. */
  readonly asks: Array<Level>
  lastPrice: number | undefined
  lastTradeCount: number
  volume: number
  openInterest: number
  lastTickerKey: string
}

interface Lot {
  count: number
  readonly price: number
}

interface PositionState {
  readonly ticker: string
  position: number
  readonly lots: Array<Lot>
  realizedPnl: bigint
  feesPaid: bigint
  volume: number
  totalTraded: bigint
  reserved: bigint
  readonly orders: Set<OrderState>
  updatedMs: number
}

interface AccountState {
  readonly user: string
  readonly subaccount: number
  cash: bigint
  reserved: bigint
  readonly positions: Map<string, PositionState>
  updatedMs: number
  lastEmitted: string
}

interface GroupState {
  readonly id: string
  readonly user: string
  readonly subaccount: number
  limit: number
  triggered: boolean
  readonly fills: Array<{ readonly ts: number; readonly count: number }>
  readonly orders: Set<OrderState>
}

/** A resting or would-be order, as far as reservations care. */
interface Reservable {
  readonly side: BookSide
  readonly price: number
  readonly remaining: number
  readonly roundingAcc: bigint
}

const GROUP_WINDOW_MS = 15_000
/** The most the rounding of one order can still cost: $0.01 before a rebate plus one fill's < $0.0001. */
const ROUNDING_RESERVE = CENT + CENTI_CENT

const STRUCTURES: Record<PriceLevelStructure, ReadonlyArray<readonly [string, string, string]>> = {
  linear_cent: [["0", "1", "0.01"]],
  deci_cent: [["0", "1", "0.001"]],
  tapered_deci_cent: [["0", "0.1", "0.001"], ["0.1", "0.9", "0.01"], ["0.9", "1", "0.001"]]
}

const dec = (s: string): BigDecimal.BigDecimal => BigDecimal.unsafeFromString(s)

const outcomeOf = (side: BookSide): OutcomeSide => (side === "bid" ? "yes" : "no")

/** Whether a resting price `restingPrice` on the other side crosses an order of `side` at `limit`. */
const crosses = (side: BookSide, limit: number, restingPrice: number): boolean =>
  side === "bid" ? restingPrice <= limit : restingPrice >= limit

const accountKey = (user: string, subaccount: number): string => `${subaccount}:${user}`

// ---------------------------------------------------------------------------------------------
// the engine
// ---------------------------------------------------------------------------------------------

/**
 * A matching engine with its markets, accounts, orders and order groups. Mutable and synchronous:
 * own it from one fiber (or behind a lock) and call one command at a time.
 *
 * @since 0.1.0
 * @category models
 */
export class Engine {
  private readonly prng: Prng
  private readonly markets = new Map<string, MarketState>()
  private readonly accounts = new Map<string, AccountState>()
  private readonly orders = new Map<string, OrderState>()
  private readonly resting = new Set<OrderState>()
  private readonly expiring = new Set<OrderState>()
  private readonly clientOrderIds = new Map<string, Set<string>>()
  private readonly groups = new Map<string, GroupState>()
  private deposits = 0n
  private feesCollected = 0n

  // per-command scratch
  private events: Array<EngineEvent> = []
  private touchedPositions = new Map<PositionState, AccountState>()
  private touchedAccounts = new Set<AccountState>()
  private touchedMarkets = new Set<MarketState>()

  constructor(options: Options = {}) {
    this.prng = new Prng(options.seed ?? 0)
  }

  // ------------------------------------------------------------------ admin commands

  /**
   * Lists a market, or fails with 400 `bad_request` when the ticker exists or the config is not
   * exact (a rate or grid finer than the engine's units).
   */
  addMarket(config: MarketConfig & { readonly nowMs?: number | undefined }): Outcome<Market> {
    return this.run(config.nowMs, () => {
      if (this.markets.has(config.ticker)) return Either.left(badRequest(`market ${config.ticker} exists`))
      const ranges: ReadonlyArray<PriceRange> = config.priceRanges ??
        STRUCTURES[config.priceLevelStructure ?? "linear_cent"].map(([start, end, step]) => ({
          start: dec(start),
          end: dec(end),
          step: dec(step)
        }))
      const grid: Array<GridRange> = []
      for (const r of ranges) {
        const start = toSafeInteger(r.start, PRICE_DECIMALS)
        const end = toSafeInteger(r.end, PRICE_DECIMALS)
        const step = toSafeInteger(r.step, PRICE_DECIMALS)
        if (start === undefined || end === undefined || step === undefined || step <= 0 || start > end) {
          return Either.left(badRequest("invalid price range"))
        }
        grid.push({ start, end, step })
      }
      const takerRate = toSafeInteger(config.takerFeeRate ?? dec("0.07"), PRICE_DECIMALS)
      const makerRate = toSafeInteger(config.makerFeeRate ?? dec("0"), PRICE_DECIMALS)
      if (takerRate === undefined || makerRate === undefined || takerRate < 0 || makerRate < 0) {
        return Either.left(badRequest("invalid fee rate"))
      }
      const market: MarketState = {
        ticker: config.ticker,
        status: config.status ?? "active",
        ranges,
        grid,
        subCent: grid.some((r) => r.step % 10_000 !== 0 || r.start % 10_000 !== 0),
        takerRate,
        makerRate,
        bids: [],
        asks: [],
        lastPrice: undefined,
        lastTradeCount: 0,
        volume: 0,
        openInterest: 0,
        lastTickerKey: ""
      }
      this.markets.set(config.ticker, market)
      market.lastTickerKey = this.tickerKey(market)
      return Either.right(this.marketView(market))
    })
  }

  /**
   * Changes a market's status. Leaving `active` for `inactive` (a pause) cancels the resting orders
   * that asked for `cancelOrderOnPause` (`HaltCancel`); any other non-active status cancels every
   * resting order of the market (`CloseCancel`).
   */
  setMarketStatus(command: { readonly ticker: string; readonly status: MarketStatus; readonly nowMs: number }): Outcome<
    Market
  > {
    return this.run(command.nowMs, () => {
      const market = this.markets.get(command.ticker)
      if (market === undefined) return Either.left(notFound("market not found"))
      market.status = command.status
      this.emit({ _tag: "MarketStatusChanged", ticker: market.ticker, status: command.status, tsMs: command.nowMs })
      if (command.status !== "active") {
        for (const order of this.restingIn(market)) {
          if (command.status !== "inactive") this.cancelResting(order, "CloseCancel", command.nowMs)
          else if (order.cancelOnPause) this.cancelResting(order, "HaltCancel", command.nowMs)
        }
      }
      return Either.right(this.marketView(market))
    })
  }

  /**
   * Adds cash to an account (creating it). The amount must be positive and a multiple of $0.0001.
   */
  deposit(command: Actor & { readonly amount: BigDecimal.BigDecimal; readonly nowMs: number }): Outcome<Balance> {
    return this.run(command.nowMs, () => {
      const amount = toMoney(command.amount)
      if (amount === undefined || amount <= 0n || amount % CENTI_CENT !== 0n) {
        return Either.left(badRequest("a deposit is a positive multiple of $0.0001"))
      }
      const account = this.account(command.user, command.subaccount ?? 0)
      account.cash += amount
      account.updatedMs = command.nowMs
      this.deposits += amount
      this.touchedAccounts.add(account)
      return Either.right(this.balanceView(account))
    })
  }

  /**
   * Moves available cash between two accounts of one user (subaccounts); the exchange's deposits
   * do not change. Fails with 400 `insufficient_balance` when the source cannot spare it.
   */
  transfer(command: {
    readonly user: string
    readonly from: number
    readonly to: number
    readonly amount: BigDecimal.BigDecimal
    readonly nowMs: number
  }): Outcome<{ readonly from: Balance; readonly to: Balance }> {
    return this.run(command.nowMs, () => {
      const amount = toMoney(command.amount)
      if (amount === undefined || amount <= 0n || amount % CENTI_CENT !== 0n) {
        return Either.left(badRequest("a transfer is a positive multiple of $0.0001"))
      }
      const source = this.accounts.get(accountKey(command.user, command.from))
      if (source === undefined || source.cash - source.reserved < amount) return Either.left(insufficientBalance())
      const target = this.account(command.user, command.to)
      source.cash -= amount
      target.cash += amount
      source.updatedMs = command.nowMs
      target.updatedMs = command.nowMs
      this.touchedAccounts.add(source)
      this.touchedAccounts.add(target)
      return Either.right({ from: this.balanceView(source), to: this.balanceView(target) })
    })
  }

  /** Takes available cash out of the exchange (the deposits fall by as much). */
  withdraw(command: Actor & { readonly amount: BigDecimal.BigDecimal; readonly nowMs: number }): Outcome<Balance> {
    return this.run(command.nowMs, () => {
      const amount = toMoney(command.amount)
      if (amount === undefined || amount <= 0n || amount % CENTI_CENT !== 0n) {
        return Either.left(badRequest("a withdrawal is a positive multiple of $0.0001"))
      }
      const owner = this.accounts.get(accountKey(command.user, command.subaccount ?? 0))
      if (owner === undefined || owner.cash - owner.reserved < amount) return Either.left(insufficientBalance())
      owner.cash -= amount
      owner.updatedMs = command.nowMs
      this.deposits -= amount
      this.touchedAccounts.add(owner)
      return Either.right(this.balanceView(owner))
    })
  }

  /**
   * Executes a block trade off the book: `yes` buys YES at `yesPrice` (an order bid), `no` buys NO
   * (an order ask), with the fills, the trade and the positions of a book trade; `maker` names the
   * side that pays the maker fee. Each side must afford what it opens.
   */
  blockTrade(command: {
    readonly ticker: string
    readonly yes: Actor
    readonly no: Actor
    readonly yesPrice: BigDecimal.BigDecimal
    readonly count: BigDecimal.BigDecimal
    readonly maker: OutcomeSide
    readonly nowMs: number
  }): Outcome<{ readonly yesOrderId: string; readonly noOrderId: string; readonly tradeId: string }> {
    const nowMs = command.nowMs
    return this.run(nowMs, () => {
      const market = this.markets.get(command.ticker)
      if (market === undefined) return Either.left(notFound("market not found"))
      if (market.status !== "active") return Either.left(marketClosed(market.status))
      const price = toSafeInteger(command.yesPrice, PRICE_DECIMALS)
      if (price === undefined || price <= 0 || price >= ONE) return Either.left(invalidOrder("invalid price"))
      const size = toSafeInteger(command.count, COUNT_DECIMALS)
      if (size === undefined || size <= 0) return Either.left(invalidOrder("count must be a positive multiple of 0.01"))
      if (command.yes.user === command.no.user) return Either.left(badRequest("the two sides must be different users"))
      const sides = [["bid", command.yes], ["ask", command.no]] as const
      for (const [side, actor] of sides) {
        const owner = this.accounts.get(accountKey(actor.user, actor.subaccount ?? 0))
        const held = owner?.positions.get(market.ticker)?.position ?? 0
        const closing = Math.min(size, side === "bid" ? Math.max(0, -held) : Math.max(0, held))
        const cost = notional(side === "bid" ? price : ONE - price, size - closing) +
          feeCeilMoney(Math.max(market.takerRate, market.makerRate), price, size) + CENT
        if (owner === undefined || owner.cash - owner.reserved < cost) return Either.left(insufficientBalance())
      }
      const tradeId = this.prng.uuid()
      const [bid, ask] = sides.map(([side, actor]) => {
        const subaccount = actor.subaccount ?? 0
        const order: OrderState = {
          id: this.prng.uuid(),
          user: actor.user,
          subaccount,
          account: this.account(actor.user, subaccount),
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
        this.orders.set(order.id, order)
        this.positionOf(order.account, market.ticker)
        this.emit({ _tag: "OrderCreated", order: this.orderView(order) })
        return order
      }) as [OrderState, OrderState]
      const makerOrder = command.maker === "yes" ? bid : ask
      const takerOrder = command.maker === "yes" ? ask : bid
      const takerFill = this.settle(market, takerOrder, true, size, price, tradeId, nowMs)
      const makerFill = this.settle(market, makerOrder, false, size, price, tradeId, nowMs)
      for (const order of [takerOrder, makerOrder]) {
        order.status = "executed"
        this.refreshReserve(order.account, market.ticker)
      }
      market.volume += size
      market.lastPrice = price
      market.lastTradeCount = size
      this.touchedMarkets.add(market)
      this.emit({ _tag: "Fill", fill: takerFill.fill })
      this.emit({ _tag: "Fill", fill: makerFill.fill })
      this.emit({
        _tag: "Trade",
        trade: {
          tradeId,
          ticker: market.ticker,
          yesPrice: priceToDecimal(price),
          noPrice: priceToDecimal(ONE - price),
          count: countToDecimal(size),
          takerSide: takerOrder.side,
          takerOutcomeSide: outcomeOf(takerOrder.side),
          tsMs: nowMs
        }
      })
      this.emit({ _tag: "OrderUpdated", reason: "Trade", order: this.orderView(takerOrder) })
      this.emit({ _tag: "OrderUpdated", reason: "Trade", order: this.orderView(makerOrder) })
      return Either.right({ yesOrderId: bid.id, noOrderId: ask.id, tradeId })
    })
  }

  /**
   * Expires the orders whose expiration is at or before `nowMs`, and nothing else. Every other
   * command does this first too.
   */
  tick(nowMs: number): Outcome<void> {
    return this.run(nowMs, () => Either.void)
  }

  // ------------------------------------------------------------------ orders

  /** Places an order (`CreateOrderV2`). */
  createOrder(command: CreateOrder & { readonly nowMs: number }): Outcome<CreateOrderResult> {
    return this.run(command.nowMs, () => this.place(command, command.nowMs))
  }

  /**
   * Places orders one after another (`BatchCreateOrdersV2`); each gets its own result, and a
   * rejected item does not stop the others.
   */
  batchCreateOrders(command: {
    readonly orders: ReadonlyArray<CreateOrder>
    readonly nowMs: number
  }): Outcome<ReadonlyArray<Either.Either<CreateOrderResult, EngineError>>> {
    return this.run(command.nowMs, () => Either.right(command.orders.map((o) => this.place(o, command.nowMs))))
  }

  /**
   * Cancels a resting order (`CancelOrderV2`). An unknown, someone else's, canceled or executed
   * order gets the same 404 `not_found`.
   */
  cancelOrder(command: Actor & { readonly orderId: string; readonly nowMs: number }): Outcome<CancelOrderResult> {
    return this.run(command.nowMs, () => this.cancelOne(command, command.nowMs))
  }

  /** Cancels orders one after another (`BatchCancelOrdersV2`), each with its own result. */
  batchCancelOrders(command: {
    readonly orders: ReadonlyArray<Actor & { readonly orderId: string }>
    readonly nowMs: number
  }): Outcome<ReadonlyArray<Either.Either<CancelOrderResult, EngineError>>> {
    return this.run(command.nowMs, () => Either.right(command.orders.map((o) => this.cancelOne(o, command.nowMs))))
  }

  /**
   * Cancels every resting order of a user (`CancelAllOrders`), of one subaccount when `subaccount`
   * is given, of one market when `ticker` is given.
   */
  cancelAllOrders(command: {
    readonly user: string
    readonly subaccount?: number | undefined
    readonly ticker?: string | undefined
    readonly nowMs: number
  }): Outcome<ReadonlyArray<CancelOrderResult>> {
    return this.run(command.nowMs, () => {
      const canceled: Array<CancelOrderResult> = []
      for (const order of [...this.resting]) {
        if (order.user !== command.user) continue
        if (command.subaccount !== undefined && order.subaccount !== command.subaccount) continue
        if (command.ticker !== undefined && order.ticker !== command.ticker) continue
        const reducedBy = this.cancelResting(order, "Canceled", command.nowMs)
        canceled.push({ order: this.orderView(order), reducedBy: countToDecimal(reducedBy), tsMs: command.nowMs })
      }
      return Either.right(canceled)
    })
  }

  /** Decreases a resting order (`DecreaseOrderV2`), keeping its time priority. */
  decreaseOrder(command: DecreaseOrder & { readonly nowMs: number }): Outcome<DecreaseOrderResult> {
    return this.run(command.nowMs, () => {
      const order = this.owned(command, command.orderId)
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
        this.cancelResting(order, "Decrease", command.nowMs)
      } else if (target < order.remaining) {
        this.shrinkResting(order, order.remaining - target, command.nowMs)
        order.lastReason = "Decrease"
        this.emit({ _tag: "OrderUpdated", reason: "Decrease", order: this.orderView(order) })
      }
      return Either.right({
        order: this.orderView(order),
        remainingCount: countToDecimal(order.remaining),
        tsMs: command.nowMs
      })
    })
  }

  /** Amends a resting order's price, count and expiration (`AmendOrderV2`). */
  amendOrder(command: AmendOrder & { readonly nowMs: number }): Outcome<AmendOrderResult> {
    return this.run(command.nowMs, () => this.amend(command, command.nowMs))
  }

  // ------------------------------------------------------------------ order groups

  /** Creates an order group (`CreateOrderGroup`) with a limit of contracts per rolling 15 seconds. */
  createOrderGroup(
    command: Actor & { readonly contractsLimit: BigDecimal.BigDecimal; readonly nowMs: number }
  ): Outcome<OrderGroup> {
    return this.run(command.nowMs, () => {
      const limit = toSafeInteger(command.contractsLimit, COUNT_DECIMALS)
      if (limit === undefined || limit <= 0) return Either.left(badRequest("contracts_limit must be positive"))
      const group: GroupState = {
        id: this.prng.uuid(),
        user: command.user,
        subaccount: command.subaccount ?? 0,
        limit,
        triggered: false,
        fills: [],
        orders: new Set()
      }
      this.groups.set(group.id, group)
      this.emitGroup(group, "created", command.nowMs)
      return Either.right(this.groupView(group))
    })
  }

  /** Cancels a group's resting orders and blocks new ones until a reset (`TriggerOrderGroup`). */
  triggerOrderGroup(command: Actor & { readonly orderGroupId: string; readonly nowMs: number }): Outcome<OrderGroup> {
    return this.withGroup(command, (group) => {
      this.trigger(group, command.nowMs)
      return this.groupView(group)
    })
  }

  /** Reopens a triggered group and forgets its matched contracts (`ResetOrderGroup`). */
  resetOrderGroup(command: Actor & { readonly orderGroupId: string; readonly nowMs: number }): Outcome<OrderGroup> {
    return this.withGroup(command, (group) => {
      group.triggered = false
      group.fills.length = 0
      this.emitGroup(group, "reset", command.nowMs)
      return this.groupView(group)
    })
  }

  /** Deletes a group and cancels its resting orders (`DeleteOrderGroup`). */
  deleteOrderGroup(command: Actor & { readonly orderGroupId: string; readonly nowMs: number }): Outcome<OrderGroup> {
    return this.withGroup(command, (group) => {
      for (const order of [...group.orders]) this.cancelResting(order, "OrderGroupCancel", command.nowMs)
      this.groups.delete(group.id)
      this.emitGroup(group, "deleted", command.nowMs)
      return this.groupView(group)
    })
  }

  /** Changes a group's limit (`UpdateOrderGroupLimit`); triggers it when already reached. */
  updateOrderGroupLimit(
    command: Actor & {
      readonly orderGroupId: string
      readonly contractsLimit: BigDecimal.BigDecimal
      readonly nowMs: number
    }
  ): Outcome<OrderGroup> {
    const limit = toSafeInteger(command.contractsLimit, COUNT_DECIMALS)
    if (limit === undefined || limit <= 0) {
      return this.run(command.nowMs, () => Either.left(badRequest("contracts_limit must be positive")))
    }
    return this.withGroup(command, (group) => {
      group.limit = limit
      this.emitGroup(group, "limit_updated", command.nowMs)
      if (!group.triggered && this.windowCount(group, command.nowMs) >= group.limit) this.trigger(group, command.nowMs)
      return this.groupView(group)
    })
  }

  // ------------------------------------------------------------------ queries

  /** An order of a user, in any status, or 404 `not_found`. */
  getOrder(user: string, orderId: string): Either.Either<Order, EngineError> {
    const order = this.orders.get(orderId)
    return order === undefined || order.user !== user
      ? Either.left(orderNotFound())
      : Either.right(this.orderView(order))
  }

  /** A user's orders, oldest first, optionally filtered. */
  getOrders(filter: {
    readonly user: string
    readonly subaccount?: number | undefined
    readonly ticker?: string | undefined
    readonly status?: OrderStatus | undefined
  }): ReadonlyArray<Order> {
    const out: Array<Order> = []
    for (const order of this.orders.values()) {
      if (order.user !== filter.user) continue
      if (filter.subaccount !== undefined && order.subaccount !== filter.subaccount) continue
      if (filter.ticker !== undefined && order.ticker !== filter.ticker) continue
      if (filter.status !== undefined && order.status !== filter.status) continue
      out.push(this.orderView(order))
    }
    return out
  }

  /** An account's balance (zero for an account never seen). */
  getBalance(user: string, subaccount = 0): Balance {
    return this.balanceView(this.accounts.get(accountKey(user, subaccount)) ?? this.blankAccount(user, subaccount))
  }

  /** An account's positions, one per market it ever traded or ordered in. */
  getPositions(user: string, subaccount = 0): ReadonlyArray<Position> {
    const account = this.accounts.get(accountKey(user, subaccount))
    if (account === undefined) return []
    return [...account.positions.values()].map((p) => this.positionView(account, p))
  }

  /** A market's book, best levels first, or none for an unknown market. */
  getBook(ticker: string): Option.Option<Book> {
    const market = this.markets.get(ticker)
    if (market === undefined) return Option.none()
    const levels = (side: ReadonlyArray<Level>) =>
      side.map((l) => ({ price: priceToDecimal(l.price), count: countToDecimal(l.total) }))
    return Option.some({ ticker, bids: levels(market.bids), asks: levels(market.asks) })
  }

  /** A market's state and statistics, or none for an unknown market. */
  getMarket(ticker: string): Option.Option<Market> {
    const market = this.markets.get(ticker)
    return market === undefined ? Option.none() : Option.some(this.marketView(market))
  }

  /** A user's order group, or 404 `not_found`. */
  getOrderGroup(user: string, orderGroupId: string): Either.Either<OrderGroup, EngineError> {
    const group = this.groups.get(orderGroupId)
    return group === undefined || group.user !== user
      ? Either.left(notFound("order group not found"))
      : Either.right(this.groupView(group))
  }

  /** A user's order groups. */
  getOrderGroups(user: string): ReadonlyArray<OrderGroup> {
    return [...this.groups.values()].filter((g) => g.user === user).map((g) => this.groupView(g))
  }

  /** The exchange's totals, for audits. */
  ledger(): Ledger {
    let cash = 0n
    let reserved = 0n
    let positionSum = 0
    for (const account of this.accounts.values()) {
      cash += account.cash
      reserved += account.reserved
      for (const p of account.positions.values()) positionSum += p.position
    }
    let openInterest = 0
    for (const market of this.markets.values()) openInterest += market.openInterest
    return {
      deposits: moneyToDecimal(this.deposits),
      cash: moneyToDecimal(cash),
      reserved: moneyToDecimal(reserved),
      feesCollected: moneyToDecimal(this.feesCollected),
      openInterest: countToDecimal(openInterest),
      positionSum: countToDecimal(positionSum)
    }
  }

  // ------------------------------------------------------------------ command plumbing

  private run<A>(nowMs: number | undefined, body: () => Either.Either<A, EngineError>): Outcome<A> {
    this.events = []
    this.touchedPositions = new Map()
    this.touchedAccounts = new Set()
    this.touchedMarkets = new Set()
    if (nowMs !== undefined) this.expire(nowMs)
    const result = body()
    this.flush(nowMs ?? 0)
    const events = this.events
    this.events = []
    return { result, events }
  }

  private emit(event: EngineEvent): void {
    this.events.push(event)
  }

  private flush(nowMs: number): void {
    for (const [position, account] of this.touchedPositions) {
      this.emit({ _tag: "PositionChanged", position: this.positionView(account, position) })
    }
    for (const account of this.touchedAccounts) {
      const key = `${account.cash}/${account.reserved}`
      if (key !== account.lastEmitted) {
        account.lastEmitted = key
        this.emit({ _tag: "BalanceChanged", balance: this.balanceView(account) })
      }
    }
    for (const market of this.touchedMarkets) {
      const key = this.tickerKey(market)
      if (key !== market.lastTickerKey) {
        market.lastTickerKey = key
        this.emit({ _tag: "TickerChanged", market: this.marketView(market), tsMs: nowMs })
      }
    }
  }

  private expire(nowMs: number): void {
    for (const order of [...this.expiring]) {
      if (order.expirationMs !== undefined && order.expirationMs <= nowMs) {
        this.cancelResting(order, "ExpiryCancel", nowMs)
      }
    }
  }

  private withGroup<A>(
    command: Actor & { readonly orderGroupId: string; readonly nowMs: number },
    f: (group: GroupState) => A
  ): Outcome<A> {
    return this.run(command.nowMs, () => {
      const group = this.groups.get(command.orderGroupId)
      if (
        group === undefined || group.user !== command.user ||
        (command.subaccount !== undefined && group.subaccount !== command.subaccount)
      ) {
        return Either.left(notFound("order group not found"))
      }
      return Either.right(f(group))
    })
  }

  // ------------------------------------------------------------------ accounts

  private blankAccount(user: string, subaccount: number): AccountState {
    return { user, subaccount, cash: 0n, reserved: 0n, positions: new Map(), updatedMs: 0, lastEmitted: "0/0" }
  }

  private account(user: string, subaccount: number): AccountState {
    const key = accountKey(user, subaccount)
    let account = this.accounts.get(key)
    if (account === undefined) {
      account = this.blankAccount(user, subaccount)
      this.accounts.set(key, account)
    }
    return account
  }

  private positionOf(account: AccountState, ticker: string): PositionState {
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

  /**
   * What an account's orders in one market may still cost, given its position there. Contracts
   * that would close the position are covered, the most expensive orders first.
   */
  private reserveOf(market: MarketState, position: number, orders: Iterable<Reservable>): bigint {
    const bids: Array<Reservable> = []
    const asks: Array<Reservable> = []
    let total = 0n
    for (const o of orders) {
      ;(o.side === "bid" ? bids : asks).push(o)
      if (market.makerRate > 0) {
        total += feeCeilMoney(market.makerRate, o.price, o.remaining) + CENTI_CENT * BigInt(o.remaining)
      }
      if (market.subCent) total += ROUNDING_RESERVE - o.roundingAcc
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

  private refreshReserve(account: AccountState, ticker: string): void {
    const market = this.markets.get(ticker)!
    const position = this.positionOf(account, ticker)
    const reserved = this.reserveOf(market, position.position, position.orders)
    account.reserved += reserved - position.reserved
    position.reserved = reserved
    this.touchedAccounts.add(account)
  }

  // ------------------------------------------------------------------ book

  private levels(market: MarketState, side: BookSide): Array<Level> {
    return side === "bid" ? market.bids : market.asks
  }

  private addToBook(market: MarketState, order: OrderState, nowMs: number): void {
    const levels = this.levels(market, order.side)
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
    this.resting.add(order)
    if (order.expirationMs !== undefined) this.expiring.add(order)
    order.group?.orders.add(order)
    const position = this.positionOf(order.account, order.ticker)
    position.orders.add(order)
    this.refreshReserve(order.account, order.ticker)
    this.bookDelta(market, order, order.remaining, level.total, nowMs)
  }

  /** Takes `count` contracts of a resting order off its level (not touching its counters). */
  private takeFromLevel(market: MarketState, order: OrderState, count: number, nowMs: number): void {
    const levels = this.levels(market, order.side)
    const index = levels.findIndex((l) => l.price === order.price)
    const level = levels[index]!
    level.total -= count
    if (order.remaining - count === 0) {
      level.orders.splice(level.orders.indexOf(order), 1)
      if (level.orders.length === 0) levels.splice(index, 1)
    }
    this.bookDelta(market, order, -count, level.total, nowMs)
  }

  private unrest(order: OrderState): void {
    this.resting.delete(order)
    this.expiring.delete(order)
    order.group?.orders.delete(order)
    this.positionOf(order.account, order.ticker).orders.delete(order)
  }

  private bookDelta(market: MarketState, order: OrderState, delta: number, total: number, nowMs: number): void {
    this.touchedMarkets.add(market)
    this.emit({
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

  private restingIn(market: MarketState): Array<OrderState> {
    const out: Array<OrderState> = []
    for (const level of market.bids) for (const order of level.orders) out.push(order)
    for (const level of market.asks) for (const order of level.orders) out.push(order)
    return out
  }

  /** Cancels a resting order; returns the count it had. */
  private cancelResting(order: OrderState, reason: CancelReason, nowMs: number): number {
    const market = this.markets.get(order.ticker)!
    const reducedBy = order.remaining
    this.takeFromLevel(market, order, reducedBy, nowMs)
    order.remaining = 0
    order.status = "canceled"
    order.updatedMs = nowMs
    order.lastReason = reason
    this.unrest(order)
    this.refreshReserve(order.account, order.ticker)
    this.emit({ _tag: "OrderCanceled", reason, reducedBy: countToDecimal(reducedBy), order: this.orderView(order) })
    return reducedBy
  }

  private shrinkResting(order: OrderState, by: number, nowMs: number): void {
    const market = this.markets.get(order.ticker)!
    this.takeFromLevel(market, order, by, nowMs)
    order.remaining -= by
    order.updatedMs = nowMs
    this.refreshReserve(order.account, order.ticker)
  }

  // ------------------------------------------------------------------ placing

  private place(command: CreateOrder, nowMs: number): Either.Either<CreateOrderResult, EngineError> {
    const subaccount = command.subaccount ?? 0
    const market = this.markets.get(command.ticker)
    if (market === undefined) return Either.left(notFound("market not found"))
    if (market.status !== "active") return Either.left(marketClosed(market.status))
    if (command.side !== "bid" && command.side !== "ask") return Either.left(badRequest("side must be bid or ask"))
    if (!["fill_or_kill", "good_till_canceled", "immediate_or_cancel"].includes(command.timeInForce)) {
      return Either.left(badRequest("invalid time_in_force"))
    }
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
    if (clientOrderId !== "" && this.clientOrderIds.get(command.user)?.has(clientOrderId)) {
      return Either.left(alreadyExists())
    }
    let group: GroupState | undefined
    if (command.orderGroupId !== undefined) {
      group = this.groups.get(command.orderGroupId)
      if (group === undefined || group.user !== command.user || group.subaccount !== subaccount) {
        return Either.left(notFound("order group not found"))
      }
      if (group.triggered) return Either.left(invalidOrder("order group is triggered"))
    }
    const opposite = this.levels(market, command.side === "bid" ? "ask" : "bid")
    if (postOnly && opposite.length > 0 && crosses(command.side, price, opposite[0]!.price)) {
      return Either.left(invalidOrder("post only cross"))
    }

    const account = this.accounts.get(accountKey(command.user, subaccount)) ??
      this.blankAccount(command.user, subaccount)
    const position = account.positions.get(command.ticker)
    const held = position?.position ?? 0
    const capacity = command.side === "bid" ? Math.max(0, -held) : Math.max(0, held)
    const effective = reduceOnly ? Math.min(count, capacity) : count

    const would: Reservable = { side: command.side, price, remaining: effective, roundingAcc: 0n }
    const others = position === undefined ? [] : [...position.orders]
    const marketReserve = this.reserveOf(market, held, [...others, would]) +
      this.takerFeeBound(market, command.side, price, effective)
    const required = account.reserved - (position?.reserved ?? 0n) + marketReserve
    if (account.cash < required) return Either.left(insufficientBalance())

    const fillOrKillShort = command.timeInForce === "fill_or_kill" &&
      this.fillable(market, command.user, command.side, price, command.selfTradePreventionType, effective) < effective

    // commit
    const owner = this.account(command.user, subaccount)
    this.positionOf(owner, command.ticker)
    if (clientOrderId !== "") {
      let ids = this.clientOrderIds.get(command.user)
      if (ids === undefined) {
        ids = new Set()
        this.clientOrderIds.set(command.user, ids)
      }
      ids.add(clientOrderId)
    }
    const order: OrderState = {
      id: this.prng.uuid(),
      user: command.user,
      subaccount,
      account: owner,
      clientOrderId,
      ticker: command.ticker,
      side: command.side,
      price,
      initial: count,
      filled: 0,
      remaining: effective,
      status: "resting",
      tif: command.timeInForce,
      postOnly,
      reduceOnly,
      stp: command.selfTradePreventionType,
      group,
      cancelOnPause: command.cancelOrderOnPause ?? false,
      expirationMs,
      createdMs: nowMs,
      updatedMs: nowMs,
      lastReason: undefined,
      takerCost: 0n,
      makerCost: 0n,
      takerFees: 0n,
      makerFees: 0n,
      roundingAcc: 0n
    }
    this.orders.set(order.id, order)
    this.emit({ _tag: "OrderCreated", order: this.orderView(order) })

    if (fillOrKillShort) {
      this.finish(order, "FillOrKill", nowMs)
      return Either.right(this.placedResult(order, 0, 0n, 0n, nowMs))
    }
    const taken = this.match(market, order, nowMs)
    if (order.status === "resting") {
      if (order.remaining === 0) {
        // a reduce-only order capped below its count
        this.finish(order, "ReduceOnlyCancel", nowMs)
      } else if (order.tif === "good_till_canceled") {
        this.addToBook(market, order, nowMs)
      } else {
        this.finish(order, order.tif === "fill_or_kill" ? "FillOrKill" : "ImmediateOrCancel", nowMs)
      }
    }
    return Either.right(this.placedResult(order, taken.count, taken.cost, taken.fees, nowMs))
  }

  /** Ends an order that never rested: what is left is canceled. */
  private finish(order: OrderState, reason: CancelReason, nowMs: number): void {
    const reducedBy = order.initial - order.filled
    order.remaining = 0
    order.status = "canceled"
    order.updatedMs = nowMs
    order.lastReason = reason
    this.emit({
      _tag: "OrderCanceled",
      reason,
      reducedBy: countToDecimal(reducedBy),
      order: this.orderView(order)
    })
  }

  private placedResult(
    order: OrderState,
    count: number,
    cost: bigint,
    fees: bigint,
    nowMs: number
  ): CreateOrderResult {
    return {
      order: this.orderView(order),
      fillCount: countToDecimal(count),
      remainingCount: countToDecimal(order.remaining),
      ...this.averages(count, cost, fees),
      tsMs: nowMs
    }
  }

  private averages(count: number, yesCost: bigint, fees: bigint): {
    readonly averageFillPrice: Option.Option<BigDecimal.BigDecimal>
    readonly averageFeePaid: Option.Option<BigDecimal.BigDecimal>
  } {
    if (count === 0) return { averageFillPrice: Option.none(), averageFeePaid: Option.none() }
    const n = countToDecimal(count)
    const div = (m: bigint) => BigDecimal.round(BigDecimal.unsafeDivide(moneyToDecimal(m), n), { scale: 6 })
    return { averageFillPrice: Option.some(div(yesCost)), averageFeePaid: Option.some(div(fees)) }
  }

  /** The most the taker fees of an order can be: the worst crossed price, plus a rounding step per maker. */
  private takerFeeBound(market: MarketState, side: BookSide, limit: number, count: number): bigint {
    if (market.takerRate === 0 && !market.subCent) return 0n
    let makers = 0
    let worst = -1
    for (const level of this.levels(market, side === "bid" ? "ask" : "bid")) {
      if (!crosses(side, limit, level.price)) break
      makers += level.orders.length
      if (worst === -1 || Math.abs(2 * level.price - ONE) < Math.abs(2 * worst - ONE)) worst = level.price
    }
    if (makers === 0) return 0n
    return feeCeilMoney(market.takerRate, worst, count) + CENTI_CENT * BigInt(makers) +
      (market.subCent ? ROUNDING_RESERVE : 0n)
  }

  /** How much an order could fill right now, following self-trade prevention. */
  private fillable(
    market: MarketState,
    user: string,
    side: BookSide,
    limit: number,
    stp: SelfTradePreventionType,
    wanted: number
  ): number {
    let total = 0
    for (const level of this.levels(market, side === "bid" ? "ask" : "bid")) {
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

  /** Matches an incoming order against the book. Returns what it filled (count, YES cost, fees). */
  private match(
    market: MarketState,
    taker: OrderState,
    nowMs: number
  ): { count: number; cost: bigint; fees: bigint } {
    const opposite = this.levels(market, taker.side === "bid" ? "ask" : "bid")
    let count = 0
    let cost = 0n
    let fees = 0n
    while (taker.remaining > 0 && taker.status === "resting") {
      const level = opposite[0]
      if (level === undefined || !crosses(taker.side, taker.price, level.price)) break
      const maker = level.orders[0]!
      if (maker.user === taker.user) {
        if (taker.stp === "taker_at_cross") {
          this.finish(taker, "SelfTradeCancel", nowMs)
          break
        }
        this.cancelResting(maker, "SelfTradeCancel", nowMs)
        continue
      }
      const size = Math.min(taker.remaining, maker.remaining)
      const fee = this.trade(market, taker, maker, size, nowMs)
      count += size
      cost += notional(maker.price, size)
      fees += fee
      if (taker.group !== undefined && taker.group.triggered && taker.status === "resting" && taker.remaining > 0) {
        this.finish(taker, "OrderGroupCancel", nowMs)
      }
    }
    return { count, cost, fees }
  }

  /** Executes one trade of `size` at the maker's price. Returns the taker's net fee. */
  private trade(market: MarketState, taker: OrderState, maker: OrderState, size: number, nowMs: number): bigint {
    const price = maker.price
    const tradeId = this.prng.uuid()
    this.takeFromLevel(market, maker, size, nowMs)
    const takerFill = this.settle(market, taker, true, size, price, tradeId, nowMs)
    const makerFill = this.settle(market, maker, false, size, price, tradeId, nowMs)
    if (maker.remaining === 0) {
      maker.status = "executed"
      this.unrest(maker)
    }
    if (taker.remaining === 0 && taker.filled === taker.initial) taker.status = "executed"
    this.refreshReserve(maker.account, market.ticker)
    this.refreshReserve(taker.account, market.ticker)
    market.volume += size
    market.lastPrice = price
    market.lastTradeCount = size
    this.touchedMarkets.add(market)
    this.emit({ _tag: "Fill", fill: takerFill.fill })
    this.emit({ _tag: "Fill", fill: makerFill.fill })
    this.emit({
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
    this.emit({ _tag: "OrderUpdated", reason: "Trade", order: this.orderView(taker) })
    this.emit({ _tag: "OrderUpdated", reason: "Trade", order: this.orderView(maker) })
    for (const order of [maker, taker]) {
      const group = order.group
      if (group === undefined || group.triggered) continue
      group.fills.push({ ts: nowMs, count: size })
      if (this.windowCount(group, nowMs) >= group.limit) this.trigger(group, nowMs)
    }
    return takerFill.fee
  }

  /** Moves the money and position of one side of a trade. */
  private settle(
    market: MarketState,
    order: OrderState,
    isTaker: boolean,
    size: number,
    price: number,
    tradeId: string,
    nowMs: number
  ): { readonly fill: Fill; readonly fee: bigint } {
    const account = order.account
    const position = this.positionOf(account, market.ticker)
    const before = position.position
    const bid = order.side === "bid"
    const closing = Math.min(size, bid ? Math.max(0, -before) : Math.max(0, before))
    const opening = size - closing
    // closing pays back the other side's price; opening costs this side's price
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

    const fee = tradeFee(isTaker ? market.takerRate : market.makerRate, price, size)
    const change = revenue - fee
    const floored = floorCentiCent(change)
    order.roundingAcc += change - floored
    const rebate = order.roundingAcc > CENT ? CENT : 0n
    order.roundingAcc -= rebate
    const net = fee + (change - floored) - rebate
    account.cash += floored + rebate
    account.updatedMs = nowMs
    this.feesCollected += net
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
    this.touchedPositions.set(position, account)
    this.touchedAccounts.add(account)
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

  // ------------------------------------------------------------------ cancel, amend

  private owned(actor: Actor, orderId: string): OrderState | undefined {
    const order = this.orders.get(orderId)
    if (order === undefined || order.user !== actor.user || order.status !== "resting") return undefined
    if (actor.subaccount !== undefined && order.subaccount !== actor.subaccount) return undefined
    return order
  }

  private cancelOne(command: Actor & { readonly orderId: string }, nowMs: number): Either.Either<
    CancelOrderResult,
    EngineError
  > {
    const order = this.owned(command, command.orderId)
    if (order === undefined) return Either.left(orderNotFound())
    const reducedBy = this.cancelResting(order, "Canceled", nowMs)
    return Either.right({ order: this.orderView(order), reducedBy: countToDecimal(reducedBy), tsMs: nowMs })
  }

  private amend(command: AmendOrder, nowMs: number): Either.Either<AmendOrderResult, EngineError> {
    const order = this.owned(command, command.orderId)
    if (order === undefined) return Either.left(orderNotFound())
    const market = this.markets.get(order.ticker)!
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
    const newClientOrderId = command.updatedClientOrderId === order.clientOrderId
      ? undefined
      : command.updatedClientOrderId
    if (
      newClientOrderId !== undefined && newClientOrderId !== "" &&
      this.clientOrderIds.get(order.user)?.has(newClientOrderId)
    ) {
      return Either.left(alreadyExists())
    }
    const opposite = this.levels(market, order.side === "bid" ? "ask" : "bid")
    const crossing = opposite.length > 0 && crosses(order.side, price, opposite[0]!.price)
    if (order.postOnly && crossing) return Either.left(invalidOrder("post only cross"))
    const account = order.account
    const position = this.positionOf(account, order.ticker)
    const would: Reservable = { side: order.side, price, remaining, roundingAcc: order.roundingAcc }
    const others = [...position.orders].filter((o) => o !== order)
    const required = account.reserved - position.reserved +
      this.reserveOf(market, position.position, [...others, would]) +
      this.takerFeeBound(market, order.side, price, remaining)
    if (account.cash < required) return Either.left(insufficientBalance())

    // commit
    const oldOrder = this.orderView(order)
    if (newClientOrderId !== undefined && newClientOrderId !== "") {
      const ids = this.clientOrderIds.get(order.user)
      if (ids === undefined) this.clientOrderIds.set(order.user, new Set([newClientOrderId]))
      else ids.add(newClientOrderId)
      order.clientOrderId = newClientOrderId
    }
    order.expirationMs = expirationMs
    order.lastReason = "Amend"
    order.updatedMs = nowMs
    let taken = { count: 0, cost: 0n, fees: 0n }
    if (price !== order.price || remaining > order.remaining) {
      // loses its place in the queue: off the book, changed, matched, back at the end
      this.takeFromLevel(market, order, order.remaining, nowMs)
      this.unrest(order)
      order.price = price
      order.remaining = remaining
      order.initial = total
      this.emit({ _tag: "OrderUpdated", reason: "Amend", order: this.orderView(order) })
      taken = this.match(market, order, nowMs)
      if (order.status === "resting") this.addToBook(market, order, nowMs)
      else this.refreshReserve(account, order.ticker)
    } else {
      if (remaining < order.remaining) this.shrinkResting(order, order.remaining - remaining, nowMs)
      if (expirationMs === undefined) this.expiring.delete(order)
      else this.expiring.add(order)
      order.initial = total
      this.refreshReserve(account, order.ticker)
      this.emit({ _tag: "OrderUpdated", reason: "Amend", order: this.orderView(order) })
    }
    return Either.right({
      oldOrder,
      order: this.orderView(order),
      fillCount: countToDecimal(taken.count),
      remainingCount: countToDecimal(order.remaining),
      ...this.averages(taken.count, taken.cost, taken.fees),
      tsMs: nowMs
    })
  }

  // ------------------------------------------------------------------ groups

  private windowCount(group: GroupState, nowMs: number): number {
    while (group.fills.length > 0 && group.fills[0]!.ts <= nowMs - GROUP_WINDOW_MS) group.fills.shift()
    return group.fills.reduce((sum, f) => sum + f.count, 0)
  }

  private trigger(group: GroupState, nowMs: number): void {
    group.triggered = true
    for (const order of [...group.orders]) this.cancelResting(order, "OrderGroupCancel", nowMs)
    this.emitGroup(group, "triggered", nowMs)
  }

  private emitGroup(group: GroupState, eventType: OrderGroupChanged["eventType"], nowMs: number): void {
    this.emit({ _tag: "OrderGroupChanged", eventType, orderGroup: this.groupView(group), tsMs: nowMs })
  }

  // ------------------------------------------------------------------ views

  private orderView(o: OrderState): Order {
    return {
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
    }
  }

  private positionView(account: AccountState, p: PositionState): Position {
    return {
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
    }
  }

  private balanceView(account: AccountState): Balance {
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

  private marketView(m: MarketState): Market {
    const best = (levels: ReadonlyArray<Level>): Option.Option<BookLevel> =>
      levels.length === 0
        ? Option.none()
        : Option.some({ price: priceToDecimal(levels[0]!.price), count: countToDecimal(levels[0]!.total) })
    return {
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
    }
  }

  private tickerKey(m: MarketState): string {
    const top = (levels: ReadonlyArray<Level>) => levels.length === 0 ? "-" : `${levels[0]!.price}x${levels[0]!.total}`
    return `${top(m.bids)}|${top(m.asks)}|${m.lastPrice}|${m.volume}|${m.openInterest}|${m.status}`
  }

  private groupView(g: GroupState): OrderGroup {
    return {
      orderGroupId: g.id,
      user: g.user,
      subaccount: g.subaccount,
      contractsLimit: countToDecimal(g.limit),
      triggered: g.triggered,
      orders: [...g.orders].map((o) => o.id)
    }
  }
}

/**
 * Creates an empty engine.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Engine => new Engine(options)
