/**
 * The engine's mutable state, shared by its parts: markets with their books, accounts with their
 * positions, orders, order groups and the ledger's totals; and {@link Tx}, what one command
 * collects while it runs (its events and what it touched, flushed as summary events at its end).
 *
 * Units: prices in micros (`number`), counts in centis (`number`), money in 1e-8 dollars
 * (`bigint`); see `units.ts`.
 *
 * @internal
 */
import type {
  BookSide,
  CancelReason,
  EngineEvent,
  MarketStatus,
  OrderStatus,
  PriceRange,
  SelfTradePreventionType,
  TimeInForce,
  UpdateReason
} from "./model.js"
import type { GridRange, Prng } from "./units.js"

/** An order, in engine units. */
export interface OrderState {
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
  /** Money lost to the $0.0001 floor of this order's fills and not yet rebated. */
  roundingAcc: bigint
}

/** One price level of a book: its orders in time priority. */
export interface Level {
  readonly price: number
  readonly orders: Array<OrderState>
  total: number
}

/** A market: its grid, fee rates, book and statistics. */
export interface MarketState {
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
  /** The outcome, once the market is settled. */
  result: "yes" | "no" | undefined
  lastTickerKey: string
}

/** Open contracts bought at one price (first in, first out). */
export interface Lot {
  count: number
  readonly price: number
}

/** An account's position in one market, and what its resting orders there reserve. */
export interface PositionState {
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

/** A user's subaccount: cash, what resting orders reserve, positions. */
export interface AccountState {
  readonly user: string
  readonly subaccount: number
  cash: bigint
  reserved: bigint
  readonly positions: Map<string, PositionState>
  updatedMs: number
  lastEmitted: string
}

/** An order group. */
export interface GroupState {
  readonly id: string
  readonly user: string
  readonly subaccount: number
  limit: number
  triggered: boolean
  readonly fills: Array<{ readonly ts: number; readonly count: number }>
  readonly orders: Set<OrderState>
}

/** Everything the engine holds. */
export interface EngineState {
  readonly prng: Prng
  readonly markets: Map<string, MarketState>
  readonly accounts: Map<string, AccountState>
  readonly orders: Map<string, OrderState>
  readonly resting: Set<OrderState>
  readonly expiring: Set<OrderState>
  /** `client_order_id`s used, per user. */
  readonly clientOrderIds: Map<string, Set<string>>
  readonly groups: Map<string, GroupState>
  /** Money that came in from outside (deposits). */
  deposits: bigint
  feesCollected: bigint
}

/** An empty engine state. */
export const makeState = (prng: Prng): EngineState => ({
  prng,
  markets: new Map(),
  accounts: new Map(),
  orders: new Map(),
  resting: new Set(),
  expiring: new Set(),
  clientOrderIds: new Map(),
  groups: new Map(),
  deposits: 0n,
  feesCollected: 0n
})

/** What one command collects while it runs. */
export interface Tx {
  readonly events: Array<EngineEvent>
  readonly touchedPositions: Map<PositionState, AccountState>
  readonly touchedAccounts: Set<AccountState>
  readonly touchedMarkets: Set<MarketState>
}

/** A fresh command scratch. */
export const makeTx = (): Tx => ({
  events: [],
  touchedPositions: new Map(),
  touchedAccounts: new Set(),
  touchedMarkets: new Set()
})

/** The key of an account (a user's subaccount). */
export const accountKey = (user: string, subaccount: number): string => `${subaccount}:${user}`
