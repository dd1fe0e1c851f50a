/**
 * The engine's public vocabulary: the models it reports, the events a command causes, the commands
 * it takes and its one error. `Engine` re-exports all of it.
 *
 * @since 0.1.0
 */
import type * as BigDecimal from "effect/BigDecimal"
import type * as Either from "effect/Either"
import type * as Option from "effect/Option"
import * as Schema from "effect/Schema"

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
  /** A block trade (an RFQ or a proposal), made off the book. */
  readonly blockTrade?: boolean | undefined
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

/**
 * One account's part in a market's settlement: the contracts it held, what they cost, and what
 * the winning ones paid ($1 each).
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketSettlement {
  readonly user: string
  readonly subaccount: number
  readonly ticker: string
  readonly result: "yes" | "no"
  readonly yesCount: BigDecimal.BigDecimal
  readonly yesCost: BigDecimal.BigDecimal
  readonly noCount: BigDecimal.BigDecimal
  readonly noCost: BigDecimal.BigDecimal
  /** The payout in dollars. */
  readonly revenue: BigDecimal.BigDecimal
  readonly tsMs: number
}
