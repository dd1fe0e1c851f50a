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
 * The engine is made of parts with one job each, under `engine/`: the book (`book.ts`) and
 * matching (`matching.ts`), an order's life on the book (`resting.ts`), the V2 order commands
 * (`orders.ts`), the ledger of balances and positions (`ledger.ts`), fees (`fees.ts`), order groups
 * (`groups.ts`), markets and their status (`markets.ts`) and settlement (`settlement.ts`). This
 * module is their one door: the {@link Engine} runs each command as a transaction of events.
 *
 * @since 0.1.0
 */
import type * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as BlockTrades from "./engine/blockTrades.js"
import type { BlockTrade, BlockTradeResult } from "./engine/blockTrades.js"
import { notFound, orderNotFound } from "./engine/errors.js"
import * as Groups from "./engine/groups.js"
import * as Ledger from "./engine/ledger.js"
import * as Markets from "./engine/markets.js"
import type {
  Actor,
  AmendOrder,
  AmendOrderResult,
  Balance,
  Book,
  CancelOrderResult,
  CreateOrder,
  CreateOrderResult,
  DecreaseOrder,
  DecreaseOrderResult,
  EngineError,
  Ledger as LedgerTotals,
  Market,
  MarketConfig,
  MarketSettlement,
  MarketStatus,
  Options,
  Order,
  OrderGroup,
  OrderStatus,
  Outcome,
  Position
} from "./engine/model.js"

export type { BlockTrade, BlockTradeResult } from "./engine/blockTrades.js"
import * as Orders from "./engine/orders.js"
import { expire } from "./engine/resting.js"
import * as Settlement from "./engine/settlement.js"
import { accountKey, type EngineState, type GroupState, makeState, makeTx, type Tx } from "./engine/state.js"
import * as Transfers from "./engine/transfers.js"
import { countToDecimal, priceToDecimal, Prng } from "./engine/units.js"
import { balanceView, groupView, marketView, orderView, positionView, tickerKey } from "./engine/views.js"

export * from "./engine/model.js"

/**
 * A command on one of an account's order groups.
 *
 * @since 0.1.0
 * @category models
 */
export type GroupCommand = Actor & { readonly orderGroupId: string; readonly nowMs: number }

/**
 * A matching engine with its markets, accounts, orders and order groups. Mutable and synchronous:
 * own it from one fiber (or behind a lock) and call one command at a time.
 *
 * @since 0.1.0
 * @category models
 */
export class Engine {
  private readonly state: EngineState

  constructor(options: Options = {}) {
    this.state = makeState(new Prng(options.seed ?? 0))
  }

  // ------------------------------------------------------------------ admin commands

  /**
   * Lists a market, or fails with 400 `bad_request` when the ticker exists or the config is not
   * exact (a rate or grid finer than the engine's units).
   */
  addMarket(config: MarketConfig & { readonly nowMs?: number | undefined }): Outcome<Market> {
    return this.run(config.nowMs, () => Markets.add(this.state, config))
  }

  /**
   * Changes a market's status. Leaving `active` for `inactive` (a pause) cancels the resting orders
   * that asked for `cancelOrderOnPause` (`HaltCancel`); any other non-active status cancels every
   * resting order of the market (`CloseCancel`).
   */
  setMarketStatus(command: { readonly ticker: string; readonly status: MarketStatus; readonly nowMs: number }): Outcome<
    Market
  > {
    return this.run(command.nowMs, (tx) => Markets.setStatus(this.state, tx, command, command.nowMs))
  }

  /**
   * Settles a market on `result`: it is determined (canceling its resting orders), each holder is
   * paid $1 per winning contract through the ledger, every position in it closes, and it is
   * finalized. Fails with 404 for an unknown market and 400 for a settled one.
   */
  settleMarket(command: {
    readonly ticker: string
    readonly result: "yes" | "no"
    readonly nowMs: number
  }): Outcome<ReadonlyArray<MarketSettlement>> {
    return this.run(command.nowMs, (tx) => Settlement.settle(this.state, tx, command, command.nowMs))
  }

  /**
   * Adds cash to an account (creating it). The amount must be positive and a multiple of $0.0001.
   */
  deposit(command: Actor & { readonly amount: BigDecimal.BigDecimal; readonly nowMs: number }): Outcome<Balance> {
    return this.run(command.nowMs, (tx) => Ledger.deposit(this.state, tx, command, command.nowMs))
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
    return this.run(command.nowMs, (tx) => Transfers.transfer(this.state, tx, command, command.nowMs))
  }

  /** Takes available cash out of the exchange (the deposits fall by as much). */
  withdraw(command: Actor & { readonly amount: BigDecimal.BigDecimal; readonly nowMs: number }): Outcome<Balance> {
    return this.run(command.nowMs, (tx) => Transfers.withdraw(this.state, tx, command, command.nowMs))
  }

  /**
   * Executes a block trade off the book (an RFQ quote or a block trade proposal): `yes` buys YES at
   * `yesPrice`, `no` buys NO, with the fills, the trade and the positions of a book trade; `maker`
   * names the side that pays the maker rate. Each side must afford what it opens.
   */
  blockTrade(command: BlockTrade & { readonly nowMs: number }): Outcome<BlockTradeResult> {
    return this.run(command.nowMs, (tx) => BlockTrades.blockTrade(this.state, tx, command, command.nowMs))
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
    return this.run(command.nowMs, (tx) => Orders.place(this.state, tx, command, command.nowMs))
  }

  /**
   * Places orders one after another (`BatchCreateOrdersV2`); each gets its own result, and a
   * rejected item does not stop the others.
   */
  batchCreateOrders(command: {
    readonly orders: ReadonlyArray<CreateOrder>
    readonly nowMs: number
  }): Outcome<ReadonlyArray<Either.Either<CreateOrderResult, EngineError>>> {
    return this.run(
      command.nowMs,
      (tx) => Either.right(command.orders.map((o) => Orders.place(this.state, tx, o, command.nowMs)))
    )
  }

  /**
   * Cancels a resting order (`CancelOrderV2`). An unknown, someone else's, canceled or executed
   * order gets the same 404 `not_found`.
   */
  cancelOrder(command: Actor & { readonly orderId: string; readonly nowMs: number }): Outcome<CancelOrderResult> {
    return this.run(command.nowMs, (tx) => Orders.cancelOne(this.state, tx, command, command.nowMs))
  }

  /** Cancels orders one after another (`BatchCancelOrdersV2`), each with its own result. */
  batchCancelOrders(command: {
    readonly orders: ReadonlyArray<Actor & { readonly orderId: string }>
    readonly nowMs: number
  }): Outcome<ReadonlyArray<Either.Either<CancelOrderResult, EngineError>>> {
    return this.run(
      command.nowMs,
      (tx) => Either.right(command.orders.map((o) => Orders.cancelOne(this.state, tx, o, command.nowMs)))
    )
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
    return this.run(command.nowMs, (tx) => Either.right(Orders.cancelAll(this.state, tx, command, command.nowMs)))
  }

  /** Decreases a resting order (`DecreaseOrderV2`), keeping its time priority. */
  decreaseOrder(command: DecreaseOrder & { readonly nowMs: number }): Outcome<DecreaseOrderResult> {
    return this.run(command.nowMs, (tx) => Orders.decrease(this.state, tx, command, command.nowMs))
  }

  /** Amends a resting order's price, count and expiration (`AmendOrderV2`). */
  amendOrder(command: AmendOrder & { readonly nowMs: number }): Outcome<AmendOrderResult> {
    return this.run(command.nowMs, (tx) => Orders.amend(this.state, tx, command, command.nowMs))
  }

  // ------------------------------------------------------------------ order groups

  /** Creates an order group (`CreateOrderGroup`) with a limit of contracts per rolling 15 seconds. */
  createOrderGroup(
    command: Actor & { readonly contractsLimit: BigDecimal.BigDecimal; readonly nowMs: number }
  ): Outcome<OrderGroup> {
    return this.run(command.nowMs, (tx) => Groups.create(this.state, tx, command, command.nowMs))
  }

  /** Cancels a group's resting orders and blocks new ones until a reset (`TriggerOrderGroup`). */
  triggerOrderGroup(command: GroupCommand): Outcome<OrderGroup> {
    return this.withGroup(command, (tx, group) => Groups.triggerByHand(this.state, tx, group, command.nowMs))
  }

  /** Reopens a triggered group and forgets its matched contracts (`ResetOrderGroup`). */
  resetOrderGroup(command: GroupCommand): Outcome<OrderGroup> {
    return this.withGroup(command, (tx, group) => Groups.reset(tx, group, command.nowMs))
  }

  /** Deletes a group and cancels its resting orders (`DeleteOrderGroup`). */
  deleteOrderGroup(command: GroupCommand): Outcome<OrderGroup> {
    return this.withGroup(command, (tx, group) => Groups.remove(this.state, tx, group, command.nowMs))
  }

  /** Changes a group's limit (`UpdateOrderGroupLimit`); triggers it when already reached. */
  updateOrderGroupLimit(
    command: GroupCommand & { readonly contractsLimit: BigDecimal.BigDecimal }
  ): Outcome<OrderGroup> {
    return this.run(command.nowMs, (tx) => Groups.updateLimit(this.state, tx, command, command.nowMs))
  }

  // ------------------------------------------------------------------ queries

  /** An order of a user, in any status, or 404 `not_found`. */
  getOrder(user: string, orderId: string): Either.Either<Order, EngineError> {
    const order = this.state.orders.get(orderId)
    return order === undefined || order.user !== user
      ? Either.left(orderNotFound())
      : Either.right(orderView(order))
  }

  /** A user's orders, oldest first, optionally filtered. */
  getOrders(filter: {
    readonly user: string
    readonly subaccount?: number | undefined
    readonly ticker?: string | undefined
    readonly status?: OrderStatus | undefined
  }): ReadonlyArray<Order> {
    const out: Array<Order> = []
    for (const order of this.state.orders.values()) {
      if (order.user !== filter.user) continue
      if (filter.subaccount !== undefined && order.subaccount !== filter.subaccount) continue
      if (filter.ticker !== undefined && order.ticker !== filter.ticker) continue
      if (filter.status !== undefined && order.status !== filter.status) continue
      out.push(orderView(order))
    }
    return out
  }

  /** An account's balance (zero for an account never seen). */
  getBalance(user: string, subaccount = 0): Balance {
    return balanceView(Ledger.peekAccount(this.state, user, subaccount))
  }

  /** An account's positions, one per market it ever traded or ordered in. */
  getPositions(user: string, subaccount = 0): ReadonlyArray<Position> {
    const account = this.state.accounts.get(accountKey(user, subaccount))
    if (account === undefined) return []
    return [...account.positions.values()].map((p) => positionView(account, p))
  }

  /** A market's book, best levels first, or none for an unknown market. */
  getBook(ticker: string): Option.Option<Book> {
    const market = this.state.markets.get(ticker)
    if (market === undefined) return Option.none()
    const levels = (side: typeof market.bids) =>
      side.map((l) => ({ price: priceToDecimal(l.price), count: countToDecimal(l.total) }))
    return Option.some({ ticker, bids: levels(market.bids), asks: levels(market.asks) })
  }

  /** A market's state and statistics, or none for an unknown market. */
  getMarket(ticker: string): Option.Option<Market> {
    const market = this.state.markets.get(ticker)
    return market === undefined ? Option.none() : Option.some(marketView(market))
  }

  /** A user's order group, or 404 `not_found`. */
  getOrderGroup(user: string, orderGroupId: string): Either.Either<OrderGroup, EngineError> {
    const group = this.state.groups.get(orderGroupId)
    return group === undefined || group.user !== user
      ? Either.left(notFound("order group not found"))
      : Either.right(groupView(group))
  }

  /** A user's order groups. */
  getOrderGroups(user: string): ReadonlyArray<OrderGroup> {
    return [...this.state.groups.values()].filter((g) => g.user === user).map(groupView)
  }

  /** The exchange's totals, for audits. */
  ledger(): LedgerTotals {
    return Ledger.totals(this.state)
  }

  // ------------------------------------------------------------------ command plumbing

  /**
   * Runs one command: expires what is due, runs the body, then reports what it touched (positions,
   * balances that changed, tickers that changed) after its own events.
   */
  private run<A>(nowMs: number | undefined, body: (tx: Tx) => Either.Either<A, EngineError>): Outcome<A> {
    const tx = makeTx()
    if (nowMs !== undefined) expire(this.state, tx, nowMs)
    const result = body(tx)
    flush(tx, nowMs ?? 0)
    return { result, events: tx.events }
  }

  private withGroup<A>(command: GroupCommand, f: (tx: Tx, group: GroupState) => A): Outcome<A> {
    return this.run(command.nowMs, (tx) => Either.map(Groups.owned(this.state, command), (group) => f(tx, group)))
  }
}

/** Appends the summary events of a command: positions it touched, balances and tickers that changed. */
const flush = (tx: Tx, nowMs: number): void => {
  for (const [position, account] of tx.touchedPositions) {
    tx.events.push({ _tag: "PositionChanged", position: positionView(account, position) })
  }
  for (const account of tx.touchedAccounts) {
    const key = `${account.cash}/${account.reserved}`
    if (key !== account.lastEmitted) {
      account.lastEmitted = key
      tx.events.push({ _tag: "BalanceChanged", balance: balanceView(account) })
    }
  }
  for (const market of tx.touchedMarkets) {
    const key = tickerKey(market)
    if (key !== market.lastTickerKey) {
      market.lastTickerKey = key
      tx.events.push({ _tag: "TickerChanged", market: marketView(market), tsMs: nowMs })
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
