/**
 * Safe order writes over the V2 order endpoints.
 *
 * - A small typed builder: buy or sell YES or NO at a price, mapped exactly onto the V2 form, where
 *   every order is a `bid` or an `ask` on the YES leg: buying NO at `p` is an ask on YES at `1 - p`.
 * - {@link place} and {@link reconcileCreate}: a create whose response is lost (`OutcomeUnknown`) is
 *   resolved by sending it again with the same `client_order_id`. Kalshi never accepts a
 *   `client_order_id` twice, so the retry either creates the order (the first attempt never
 *   executed) or answers 409 `order_already_exists`, and the order is then looked up in the order
 *   list — never decided from a single GET, which lags behind writes (API-NOTES section 10).
 * - {@link placeScoped}: {@link place}, and the order is canceled when the scope closes, also when
 *   the create was interrupted in flight (looked up by its `client_order_id`).
 * - {@link placeBatch} and {@link reconcileBatchCreate}: the same for a batch, order by order.
 * - {@link amend}: amends an order and returns it as it was before, with the V2 answer.
 *
 * @since 0.1.0
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import { DecodeError, HttpError, InvalidInput, OutcomeUnknown } from "@kalshi-effect/core/KalshiError"
import type * as KalshiError from "@kalshi-effect/core/KalshiError"
import * as BigDecimal from "effect/BigDecimal"
import type * as Cause from "effect/Cause"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type * as Operations from "./generated/Operations.js"
import type * as Schemas from "./generated/Schemas.js"
import { OrdersApi } from "./generated/Services.js"
import type { ErrorOf } from "./internal/executor.js"
import { makeClientOrderId } from "./KalshiRest.js"

/**
 * A contract outcome.
 *
 * @since 0.1.0
 * @category models
 */
export type Outcome = "yes" | "no"

/**
 * Buying or selling an outcome.
 *
 * @since 0.1.0
 * @category models
 */
export type Action = "buy" | "sell"

/**
 * Where an order rests on the V2 book: a side of the YES leg and a YES price.
 *
 * @since 0.1.0
 * @category models
 */
export interface YesLeg {
  readonly side: "bid" | "ask"
  readonly price: FixedPoint.Dollars
}

const ONE = BigDecimal.fromBigInt(1n)

/**
 * Maps buying or selling an outcome at a price onto the YES leg: buying YES at `p` is a bid at `p`,
 * selling YES at `p` an ask at `p`, buying NO at `p` an ask at `1 - p`, selling NO at `p` a bid at
 * `1 - p`. Exact: no rounding.
 *
 * @since 0.1.0
 * @category conversions
 */
export const toYesLeg = (action: Action, outcome: Outcome, price: FixedPoint.Dollars): YesLeg => {
  const yesPrice = outcome === "yes" ? price : BigDecimal.normalize(BigDecimal.subtract(ONE, price))
  const buysYes = (action === "buy") === (outcome === "yes")
  return { side: buysYes ? "bid" : "ask", price: yesPrice }
}

/**
 * The options of an order, beyond what, where, how many and at which price.
 *
 * @since 0.1.0
 * @category models
 */
export interface OrderOptions {
  /** Default `good_till_canceled`; `expiration` implies it. */
  readonly timeInForce?: "good_till_canceled" | "immediate_or_cancel" | "fill_or_kill" | undefined
  /** Rest only: refuse the order if it would take liquidity. */
  readonly postOnly?: boolean | undefined
  /** Only reduce the position (the exchange requires `immediate_or_cancel`). */
  readonly reduceOnly?: boolean | undefined
  /** What to do when the order would trade against the same account. Default `taker_at_cross`. */
  readonly selfTradePrevention?: "taker_at_cross" | "maker" | undefined
  readonly orderGroupId?: string | undefined
  /** Cancel the order if trading is paused. */
  readonly cancelOnPause?: boolean | undefined
  /** When a resting order expires: a `Date` or Unix seconds. */
  readonly expiration?: Date | number | undefined
  /** Set to make the create idempotent; {@link place} and the service fill one in otherwise. */
  readonly clientOrderId?: string | undefined
  readonly subaccount?: number | undefined
  readonly exchangeIndex?: number | undefined
}

/**
 * What, where, how many and at which price, beyond buying or selling. `count` and `price` are plain
 * decimal strings as Kalshi writes them (`"10"`, `"0.56"`), or the exact `BigDecimal` forms of
 * `FixedPoint`. The outcome is named `side` (as in Kalshi's order objects) or `outcome`.
 *
 * @since 0.1.0
 * @category models
 */
export type OrderTerms =
  & OrderOptions
  & {
    readonly ticker: string
    /** Contracts: a decimal string with at most 2 decimals, or a `FixedPoint.Count`. */
    readonly count: FixedPoint.Count | string
    /** The price of the outcome bought or sold (of NO, for a NO order), between 0 and 1 dollar exclusive. */
    readonly price: FixedPoint.Dollars | string
  }
  & (
    | { readonly side: Outcome; readonly outcome?: undefined }
    | { readonly outcome: Outcome; readonly side?: undefined }
  )

/**
 * An order, said the way a trader says it.
 *
 * @since 0.1.0
 * @category models
 */
export type OrderIntent = OrderTerms & { readonly action: Action }

/**
 * An order built by {@link limit}, {@link buy} or {@link sell} from an {@link OrderIntent}: checked
 * by {@link place} and {@link placeScoped} (or {@link toInput}) before anything is sent.
 *
 * @since 0.1.0
 * @category models
 */
export interface LimitOrder {
  readonly _tag: "LimitOrder"
  readonly intent: OrderIntent
}

/**
 * What {@link place} and {@link placeScoped} take: a {@link LimitOrder}, or the `createOrderV2` input itself.
 *
 * @since 0.1.0
 * @category models
 */
export type PlaceInput = LimitOrder | Operations.CreateOrderV2Input

const isLimitOrder = (input: PlaceInput): input is LimitOrder => "_tag" in input && input._tag === "LimitOrder"

/**
 * An order from an {@link OrderIntent}, for {@link place} and {@link placeScoped}, which check it
 * (a malformed decimal, a price outside `(0, 1)`, a count that is not positive) and fail with
 * `InvalidInput` before sending anything. {@link toInput} checks it into the `createOrderV2` input.
 *
 * @example
 * ```ts
 * import { Orders } from "@kalshi-effect/rest"
 *
 * // an ask on YES at 0.60: buying NO at 0.40
 * const order = Orders.limit({
 *   ticker: "KXHIGHNY-26JAN20-T40",
 *   side: "no",
 *   action: "buy",
 *   count: "5",
 *   price: "0.40",
 *   postOnly: true
 * })
 * const placed = Orders.place(order)
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const limit = (intent: OrderIntent): LimitOrder => ({ _tag: "LimitOrder", intent })

const invalidOrder = (field: string, reason: string) => new InvalidInput({ operation: "CreateOrderV2", field, reason })

const readDecimal = (
  field: "count" | "price",
  value: unknown,
  parse: (s: string) => Option.Option<BigDecimal.BigDecimal>,
  expected: string
): Either.Either<BigDecimal.BigDecimal, InvalidInput> => {
  if (BigDecimal.isBigDecimal(value)) return Either.right(value)
  if (typeof value !== "string") {
    return Either.left(invalidOrder(field, `expected ${expected} or a BigDecimal, got ${typeof value}`))
  }
  return Option.match(parse(value.trim()), {
    onNone: () => Either.left(invalidOrder(field, `expected ${expected}`)),
    onSome: Either.right
  })
}

const ZERO = BigDecimal.fromBigInt(0n)

/**
 * Checks a {@link LimitOrder} (or an {@link OrderIntent}) into the `createOrderV2` input, for
 * `OrdersApi.createOrderV2` or `Orders.placeBatch`: the decimals read exactly, the price between 0 and 1
 * exclusive, the count positive, the outcome and the action known. Fails with `InvalidInput` naming the
 * field.
 *
 * @since 0.1.0
 * @category conversions
 */
export const toInput = (order: LimitOrder | OrderIntent): Effect.Effect<Operations.CreateOrderV2Input, InvalidInput> =>
  Effect.gen(function*() {
    const intent = "_tag" in order ? order.intent : order
    const outcome: unknown = intent.side ?? intent.outcome
    if (outcome !== "yes" && outcome !== "no") {
      return yield* invalidOrder("side", `expected "yes" or "no"`)
    }
    const action: unknown = intent.action
    if (action !== "buy" && action !== "sell") {
      return yield* invalidOrder("action", `expected "buy" or "sell"`)
    }
    const count = yield* readDecimal(
      "count",
      intent.count,
      FixedPoint.parseCount,
      `a decimal string with at most 2 decimals, such as "10" or "2.5"`
    )
    const price = yield* readDecimal(
      "price",
      intent.price,
      FixedPoint.parseDollars,
      `a decimal string of dollars, such as "0.56"`
    )
    if (!BigDecimal.greaterThan(count, ZERO)) return yield* invalidOrder("count", "must be positive")
    if (!BigDecimal.greaterThan(price, ZERO) || !BigDecimal.lessThan(price, ONE)) {
      return yield* invalidOrder("price", "must be between 0 and 1 dollar, exclusive")
    }
    return toCreateInput(intent, action, outcome, count, price)
  })

const toCreateInput = (
  intent: OrderOptions & { readonly ticker: string },
  action: Action,
  outcome: Outcome,
  count: FixedPoint.Count,
  price: FixedPoint.Dollars
): Operations.CreateOrderV2Input => {
  const leg = toYesLeg(action, outcome, price)
  const expiration = intent.expiration instanceof Date
    ? Math.floor(intent.expiration.getTime() / 1000)
    : intent.expiration
  return {
    ticker: intent.ticker,
    side: leg.side,
    price: leg.price,
    count,
    time_in_force: intent.timeInForce ?? "good_till_canceled",
    self_trade_prevention_type: intent.selfTradePrevention ?? "taker_at_cross",
    ...(intent.postOnly !== undefined ? { post_only: intent.postOnly } : {}),
    ...(intent.reduceOnly !== undefined ? { reduce_only: intent.reduceOnly } : {}),
    ...(intent.orderGroupId !== undefined ? { order_group_id: intent.orderGroupId } : {}),
    ...(intent.cancelOnPause !== undefined ? { cancel_order_on_pause: intent.cancelOnPause } : {}),
    ...(expiration !== undefined ? { expiration_time: expiration } : {}),
    ...(intent.clientOrderId !== undefined ? { client_order_id: intent.clientOrderId } : {}),
    ...(intent.subaccount !== undefined ? { subaccount: intent.subaccount } : {}),
    ...(intent.exchangeIndex !== undefined ? { exchange_index: intent.exchangeIndex } : {})
  }
}

/**
 * Buys an outcome: `buy({ ticker, side, count, price, ...options })` is {@link limit} with
 * `action: "buy"`. The positional form takes exact decimals and builds the `createOrderV2` input
 * directly.
 *
 * @example
 * ```ts
 * import { Orders } from "@kalshi-effect/rest"
 *
 * const order = Orders.buy({ ticker: "KXHIGHNY-26JAN20-T40", side: "yes", count: "1", price: "0.01" })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export function buy(terms: OrderTerms): LimitOrder
export function buy(
  outcome: Outcome,
  ticker: string,
  count: FixedPoint.Count,
  price: FixedPoint.Dollars,
  options?: OrderOptions
): Operations.CreateOrderV2Input
export function buy(
  ...args: [OrderTerms] | [Outcome, string, FixedPoint.Count, FixedPoint.Dollars, (OrderOptions | undefined)?]
): LimitOrder | Operations.CreateOrderV2Input {
  return args.length === 1
    ? limit({ ...args[0], action: "buy" })
    : toCreateInput({ ...args[4], ticker: args[1] }, "buy", args[0], args[2], args[3])
}

/**
 * Sells an outcome: `sell({ ticker, side, count, price, ...options })` is {@link limit} with
 * `action: "sell"`. The positional form takes exact decimals and builds the `createOrderV2` input
 * directly.
 *
 * @since 0.1.0
 * @category constructors
 */
export function sell(terms: OrderTerms): LimitOrder
export function sell(
  outcome: Outcome,
  ticker: string,
  count: FixedPoint.Count,
  price: FixedPoint.Dollars,
  options?: OrderOptions
): Operations.CreateOrderV2Input
export function sell(
  ...args: [OrderTerms] | [Outcome, string, FixedPoint.Count, FixedPoint.Dollars, (OrderOptions | undefined)?]
): LimitOrder | Operations.CreateOrderV2Input {
  return args.length === 1
    ? limit({ ...args[0], action: "sell" })
    : toCreateInput({ ...args[4], ticker: args[1] }, "sell", args[0], args[2], args[3])
}

/**
 * The outcome of a create: the order was created by this call, or it already existed (the earlier
 * attempt whose answer was lost did execute) and was found in the order list. Either way `orderId`
 * is the order's id and `status` where it stands: for a created order, `resting` while contracts
 * remain, `executed` when the create filled it, `canceled` when nothing filled and nothing rests
 * (an immediate-or-cancel order that found no match).
 *
 * @since 0.1.0
 * @category models
 */
export type Placed =
  | {
    readonly _tag: "Created"
    readonly clientOrderId: string
    readonly orderId: string
    readonly status: Schemas.OrderStatus
    readonly response: Schemas.CreateOrderV2Response
  }
  | {
    readonly _tag: "Existing"
    readonly clientOrderId: string
    readonly orderId: string
    /** As the order list shows it; undefined only when the exchange omits it. */
    readonly status: Schemas.OrderStatus | undefined
    readonly order: Schemas.Order
  }

const created = (clientOrderId: string, response: Schemas.CreateOrderV2Response): Placed => {
  const remaining = response.remaining_count
  const filled = response.fill_count
  const status: Schemas.OrderStatus = remaining === undefined || !BigDecimal.isZero(remaining)
    ? "resting"
    : filled !== undefined && !BigDecimal.isZero(filled)
    ? "executed"
    : "canceled"
  return { _tag: "Created", clientOrderId, orderId: response.order_id, status, response }
}

const existing = (clientOrderId: string, order: Schemas.Order): Placed => ({
  _tag: "Existing",
  clientOrderId,
  orderId: order.order_id,
  status: order.status,
  order
})

/**
 * What a reconciled create can fail with: what the create and the order-list lookup can raise;
 * `OutcomeUnknown` only when the outcome could still not be established within the attempts allowed.
 *
 * @since 0.1.0
 * @category models
 */
export type PlaceError = ErrorOf<typeof Operations.CreateOrderV2> | ErrorOf<typeof Operations.GetOrders>

/**
 * How hard reconciliation tries.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReconcileOptions {
  /** Creates sent again while the outcome stays unknown. Default 3. */
  readonly retries?: number | undefined
  /** Between attempts, and between lookups of an order the list does not show yet. Default 250 ms, doubling. */
  readonly backoff?: Duration.DurationInput | undefined
  /** Order-list lookups after a 409 before giving up. Default 5. */
  readonly lookups?: number | undefined
}

const isAlreadyExists = (error: KalshiError.KalshiError): boolean =>
  error instanceof HttpError &&
  (error.code === "order_already_exists" || (error.status === 409 && error.code === undefined))

const schedule = (options: ReconcileOptions, times: number) =>
  Schedule.intersect(
    Schedule.exponential(Duration.decode(options.backoff ?? Duration.millis(250))),
    Schedule.recurs(times)
  )

/**
 * Finds an order by `client_order_id` in the order list of its market (all pages).
 *
 * @since 0.1.0
 * @category lookups
 */
export const findByClientOrderId = (
  ticker: string,
  clientOrderId: string,
  filters: { readonly subaccount?: number | undefined } = {}
): Effect.Effect<Option.Option<Schemas.Order>, ErrorOf<typeof Operations.GetOrders>, OrdersApi> =>
  Effect.flatMap(
    OrdersApi,
    (orders) =>
      orders.getOrdersStream({
        ticker,
        ...(filters.subaccount !== undefined ? { subaccount: filters.subaccount } : {})
      }).pipe(
        Stream.filter((order) => order.client_order_id === clientOrderId),
        Stream.runHead
      )
  )

/** What a create sent again after a lost answer established. */
type Retried =
  | { readonly _tag: "Created"; readonly placed: Placed }
  | { readonly _tag: "Exists" }
  | { readonly _tag: "Refused"; readonly reason: string }

/**
 * Resolves a create whose outcome is unknown: sends the same order again with the same
 * `client_order_id`. A 201 means the first attempt never executed and the order now exists once; a
 * 409 `order_already_exists` means it did, and the order is looked up in the order list (retrying
 * while the list lags behind the write). A retry whose outcome is unknown again is retried. A retry
 * refused for any other reason (a 429 storm outlasting the client's retries, a 4xx) says nothing of
 * the first attempt, so the order list decides there too: the order is returned as `Existing` when
 * it shows, and the failure is `OutcomeUnknown` when it does not, or when the list cannot be read —
 * never an error that would read as "no order was created".
 *
 * @since 0.1.0
 * @category reconciliation
 */
export const reconcileCreate = (
  input: Operations.CreateOrderV2Input & { readonly client_order_id: string },
  options: ReconcileOptions = {}
): Effect.Effect<Placed, PlaceError, OrdersApi> =>
  Effect.gen(function*() {
    const orders = yield* OrdersApi
    const clientOrderId = input.client_order_id
    const retried = yield* orders.createOrderV2(input).pipe(
      Effect.retry({ schedule: schedule(options, options.retries ?? 3), while: (e) => e._tag === "OutcomeUnknown" }),
      Effect.map((response): Retried => ({ _tag: "Created", placed: created(clientOrderId, response) })),
      Effect.catchIf(isAlreadyExists, (): Effect.Effect<Retried> => Effect.succeed({ _tag: "Exists" })),
      // A retry refused for another reason (a 429 storm, a 4xx such as a balance the first attempt
      // may have used) proves nothing about the first attempt: only the order list can tell.
      Effect.catchIf(
        (e) => e._tag !== "OutcomeUnknown",
        (error): Effect.Effect<Retried> => Effect.succeed({ _tag: "Refused", reason: error._tag })
      )
    )
    if (retried._tag === "Created") return retried.placed
    const description = retried._tag === "Exists"
      ? "the exchange reports the order exists (409 order_already_exists) but the order list does not show it yet"
      : `the first attempt's answer was lost, a retry was refused (${retried.reason}), and the order list does not show the order`
    const lookup = findByClientOrderId(input.ticker, clientOrderId, {
      subaccount: input.subaccount
    }).pipe(
      Effect.flatMap(Option.match({
        onNone: () =>
          Effect.fail(
            new OutcomeUnknown({
              operation: "CreateOrderV2",
              method: "POST",
              path: "/trade-api/v2/portfolio/events/orders",
              clientOrderId,
              description
            })
          ),
        onSome: (order) => Effect.succeed(existing(clientOrderId, order))
      }))
    )
    return yield* lookup.pipe(
      Effect.retry({ schedule: schedule(options, options.lookups ?? 5), while: (e) => e._tag === "OutcomeUnknown" }),
      // the list could not be read (a 429 storm, a timeout): the order may exist, so the outcome stays unknown
      Effect.catchIf(
        (e) => e._tag !== "OutcomeUnknown",
        (e) =>
          Effect.fail(
            new OutcomeUnknown({
              operation: "CreateOrderV2",
              method: "POST",
              path: "/trade-api/v2/portfolio/events/orders",
              clientOrderId,
              description: `${description}; the order list could not be read (${e._tag})`
            })
          )
      )
    )
  })

/**
 * Creates an order safely: fills in a `client_order_id` when there is none, and when the answer is
 * lost reconciles with {@link reconcileCreate} instead of failing with `OutcomeUnknown`.
 *
 * @since 0.1.0
 * @category writes
 */
export const place = (
  order: PlaceInput,
  options: ReconcileOptions = {}
): Effect.Effect<Placed, PlaceError, OrdersApi> =>
  Effect.gen(function*() {
    const orders = yield* OrdersApi
    const input = isLimitOrder(order) ? yield* toInput(order) : order
    const clientOrderId = input.client_order_id ?? (yield* makeClientOrderId)
    const withId = { ...input, client_order_id: clientOrderId }
    return yield* orders.createOrderV2(withId).pipe(
      Effect.map((response) => created(clientOrderId, response)),
      Effect.catchTag("OutcomeUnknown", () => reconcileCreate(withId, options))
    )
  })

/**
 * What the finalizer of {@link placeScoped} did when its scope closed.
 *
 * - `NotPlaced`: the create was never started, or the exchange refused it (an invalid input, a 4xx,
 *   a 429): there is no order.
 * - `Canceled`: the order rested and was canceled.
 * - `NotResting`: the order exists but no longer rests (it executed, or was canceled already).
 * - `NotFound`: the create's outcome was unknown (interrupted in flight, or its answer lost) and the
 *   order list did not show the `client_order_id` within the lookups allowed: most likely the create
 *   never executed, but see {@link placeScoped} for what cannot be ruled out.
 * - `Failed`: a lookup or the cancel failed, or the cleanup ran out of time; the order may rest.
 *
 * @since 0.1.0
 * @category models
 */
export type Cleanup = Data.TaggedEnum<{
  NotPlaced: { readonly clientOrderId: string }
  Canceled: {
    readonly clientOrderId: string
    readonly orderId: string
    readonly reducedBy: Option.Option<BigDecimal.BigDecimal>
  }
  NotResting: { readonly clientOrderId: string; readonly orderId: string }
  NotFound: { readonly clientOrderId: string; readonly lookups: number }
  Failed: { readonly clientOrderId: string; readonly cause: Cause.Cause<CleanupError> }
}>

/**
 * Constructors and matchers of {@link Cleanup}.
 *
 * @since 0.1.0
 * @category models
 */
export const Cleanup = Data.taggedEnum<Cleanup>()

/**
 * What the cleanup of {@link placeScoped} can run into: what the order-list lookup and the cancel can
 * raise, or its time bound.
 *
 * @since 0.1.0
 * @category models
 */
export type CleanupError =
  | ErrorOf<typeof Operations.GetOrders>
  | ErrorOf<typeof Operations.CancelOrderV2>
  | Cause.TimeoutException

/**
 * Options of {@link placeScoped}: those of {@link place}, and how the order is cleaned up.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScopedOptions extends ReconcileOptions {
  /**
   * Order-list lookups when the create's outcome is unknown at scope close (the exchange may still be
   * processing it), after the first. Default 4.
   */
  readonly cleanupLookups?: number | undefined
  /**
   * Between those lookups, and between cancels sent again when a cancel's answer is lost (twice at
   * most). Default 200 ms, doubling (the lookups span about 3 seconds).
   */
  readonly cleanupBackoff?: Duration.DurationInput | undefined
  /** The whole cleanup's time bound. Default 10 seconds. */
  readonly cleanupTimeout?: Duration.DurationInput | undefined
  /**
   * Told what the cleanup did. Default: a debug log, a warning for `NotFound` and an error for
   * `Failed`. Bounded by `cleanupTimeout` too.
   */
  readonly onCleanup?: ((cleanup: Cleanup) => Effect.Effect<void>) | undefined
}

/** Where the create stands, as the finalizer sees it. */
type Progress =
  | { readonly _tag: "NotSent" }
  | { readonly _tag: "Unknown" }
  | { readonly _tag: "Refused" }
  | { readonly _tag: "Placed"; readonly placed: Placed }

/**
 * Errors by which the exchange, or the SDK before sending, refused a first create: no order exists.
 * (After an unknown outcome, a refused retry proves nothing about the first attempt.)
 */
const isRefusal = (error: PlaceError): boolean =>
  error._tag === "InvalidInput" || error._tag === "MissingCredentials" || error._tag === "RateLimited" ||
  (error._tag === "HttpError" && error.status >= 400 && error.status < 500)

const cleanupSchedule = (options: ScopedOptions, times: number) =>
  Schedule.intersect(
    Schedule.exponential(Duration.decode(options.cleanupBackoff ?? Duration.millis(200))),
    Schedule.recurs(times)
  )

const defaultOnCleanup = (cleanup: Cleanup): Effect.Effect<void> =>
  Cleanup.$match(cleanup, {
    NotPlaced: ({ clientOrderId }) => Effect.logDebug(`order ${clientOrderId}: not placed, nothing to cancel`),
    Canceled: ({ clientOrderId, orderId }) =>
      Effect.logDebug(`order ${clientOrderId}: canceled ${orderId} on scope close`),
    NotResting: ({ clientOrderId, orderId }) => Effect.logDebug(`order ${clientOrderId}: ${orderId} no longer rests`),
    NotFound: ({ clientOrderId, lookups }) =>
      Effect.logWarning(
        `order ${clientOrderId}: the create's outcome was unknown and ${lookups} order-list lookups did not show it; it was most likely never executed`
      ),
    Failed: ({ cause, clientOrderId }) =>
      Effect.logError(`order ${clientOrderId}: could not be canceled on scope close`, cause)
  })

const cancelIfResting = (
  orders: OrdersApi["Type"],
  input: Operations.CreateOrderV2Input & { readonly client_order_id: string },
  orderId: string,
  options: ScopedOptions
): Effect.Effect<Cleanup, ErrorOf<typeof Operations.CancelOrderV2>> =>
  orders.cancelOrderV2({
    order_id: orderId,
    market_ticker: input.ticker,
    ...(input.subaccount !== undefined ? { subaccount: input.subaccount } : {}),
    ...(input.exchange_index !== undefined ? { exchange_index: input.exchange_index } : {})
  }).pipe(
    // a cancel is safe to send again: one whose answer was lost is answered 404 the second time
    Effect.retry({
      schedule: cleanupSchedule(options, 2),
      while: (e) => e._tag === "OutcomeUnknown" || e._tag === "TransportError"
    }),
    Effect.map((canceled) =>
      Cleanup.Canceled({
        clientOrderId: input.client_order_id,
        orderId,
        reducedBy: Option.fromNullable(canceled.reduced_by)
      })
    ),
    // a 404 answers the cancel of an executed, a canceled and an unknown order alike: none rests
    Effect.catchIf(
      (e) => e._tag === "HttpError" && e.status === 404,
      () => Effect.succeed(Cleanup.NotResting({ clientOrderId: input.client_order_id, orderId }))
    )
  )

const cleanup = (
  orders: OrdersApi["Type"],
  input: Operations.CreateOrderV2Input & { readonly client_order_id: string },
  progress: Progress,
  options: ScopedOptions
): Effect.Effect<Cleanup, Exclude<CleanupError, Cause.TimeoutException>, OrdersApi> => {
  const clientOrderId = input.client_order_id
  switch (progress._tag) {
    case "NotSent":
    case "Refused":
      return Effect.succeed(Cleanup.NotPlaced({ clientOrderId }))
    case "Placed": {
      const placed = progress.placed
      if (placed._tag === "Existing") {
        return placed.order.status === "resting"
          ? cancelIfResting(orders, input, placed.order.order_id, options)
          : Effect.succeed(Cleanup.NotResting({ clientOrderId, orderId: placed.order.order_id }))
      }
      const remaining = placed.response.remaining_count
      return remaining !== undefined && BigDecimal.isZero(remaining)
        ? Effect.succeed(Cleanup.NotResting({ clientOrderId, orderId: placed.response.order_id }))
        : cancelIfResting(orders, input, placed.response.order_id, options)
    }
    case "Unknown": {
      const lookups = options.cleanupLookups ?? 4
      return findByClientOrderId(input.ticker, clientOrderId, { subaccount: input.subaccount }).pipe(
        Effect.flatten,
        Effect.retry({
          schedule: cleanupSchedule(options, lookups),
          while: (e) => e._tag === "NoSuchElementException"
        }),
        Effect.flatMap((order) =>
          order.status === "resting"
            ? cancelIfResting(orders, input, order.order_id, options)
            : Effect.succeed(Cleanup.NotResting({ clientOrderId, orderId: order.order_id }))
        ),
        Effect.catchTag(
          "NoSuchElementException",
          () => Effect.succeed(Cleanup.NotFound({ clientOrderId, lookups: lookups + 1 }))
        )
      )
    }
  }
}

/**
 * {@link place}, for an order that must not outlive a scope: when the scope closes, for whatever
 * reason (success, failure, interruption), the order is canceled if it rests.
 *
 * The `client_order_id` is fixed before anything is sent, and the cleanup is registered before the
 * create starts, so it also covers a create interrupted in flight (Ctrl-C, a timeout, a closing
 * scope) or whose answer was lost: the order is then looked up by `client_order_id` in the order
 * list, and canceled if it rests. The create itself stays interruptible.
 *
 * The cleanup runs uninterruptibly, bounded by `cleanupTimeout`, and reports what it did to
 * `onCleanup` (by default the log) instead of failing or hanging.
 *
 * Limits: an HTTP request cut off on the client may still reach the exchange and be executed later.
 * When the create's outcome is unknown, the cleanup looks the order up again a few times
 * (`cleanupLookups`, about 3 seconds by default) before reporting `NotFound`; a create the exchange
 * executes after the last lookup would rest. A cleanup that fails or times out reports `Failed`: the
 * order may rest. An order that filled is not undone.
 *
 * @example
 * ```ts
 * import { Orders } from "@kalshi-effect/rest"
 * import { FixedPoint } from "@kalshi-effect/core"
 * import { Effect } from "effect"
 *
 * // the bid rests while the program watches the market, and is canceled when the scope closes
 * const quote = Effect.scoped(
 *   Effect.gen(function*() {
 *     yield* Orders.placeScoped(
 *       Orders.buy("yes", "KXHIGHNY-26JAN20-T40", FixedPoint.unsafeCount("1"), FixedPoint.unsafeDollars("0.40"))
 *     )
 *     yield* Effect.sleep("1 minute")
 *   })
 * )
 * ```
 *
 * @since 0.1.0
 * @category writes
 */
export const placeScoped = (
  order: PlaceInput,
  options: ScopedOptions = {}
): Effect.Effect<Placed, PlaceError, OrdersApi | Scope.Scope> =>
  Effect.gen(function*() {
    const orders = yield* OrdersApi
    const input = isLimitOrder(order) ? yield* toInput(order) : order
    const clientOrderId = input.client_order_id ?? (yield* makeClientOrderId)
    const withId = { ...input, client_order_id: clientOrderId }
    const progress = yield* Ref.make<Progress>({ _tag: "NotSent" })
    const report = options.onCleanup ?? defaultOnCleanup
    const timeout = options.cleanupTimeout ?? Duration.seconds(10)
    yield* Effect.addFinalizer(() =>
      Ref.get(progress).pipe(
        // a finalizer runs uninterruptibly; the timeout runs the cleanup in a fiber of its own,
        // interruptible by the timeout only
        Effect.flatMap((p) => Effect.interruptible(cleanup(orders, withId, p, options)).pipe(Effect.timeout(timeout))),
        Effect.catchAllCause((cause) => Effect.succeed(Cleanup.Failed({ clientOrderId, cause }))),
        Effect.flatMap((c) => Effect.interruptible(report(c)).pipe(Effect.timeout(timeout))),
        Effect.catchAllCause((cause) => Effect.logError(`order ${clientOrderId}: reporting its cleanup failed`, cause)),
        Effect.provideService(OrdersApi, orders)
      )
    )
    // place, with the progress recorded outside the interruptible parts: a create refused on its
    // first attempt created nothing; once its outcome was unknown, it stays unknown unless resolved
    return yield* Effect.uninterruptibleMask((restore) =>
      Ref.set(progress, { _tag: "Unknown" }).pipe(
        Effect.zipRight(restore(orders.createOrderV2(withId))),
        Effect.map((response) => created(clientOrderId, response)),
        Effect.tapError((error) => isRefusal(error) ? Ref.set(progress, { _tag: "Refused" }) : Effect.void),
        Effect.catchTag("OutcomeUnknown", () => restore(reconcileCreate(withId, options))),
        Effect.tap((placed) => Ref.set(progress, { _tag: "Placed", placed }))
      )
    )
  })

/**
 * The outcome of one order of a batch: created by this call, found in the order list (an earlier
 * attempt whose answer was lost did create it), or rejected by the exchange with its error.
 *
 * @since 0.1.0
 * @category models
 */
export type PlacedInBatch =
  | {
    readonly _tag: "Created"
    readonly clientOrderId: string
    readonly response: Schemas.BatchCreateOrdersV2Response["orders"][number]
  }
  | { readonly _tag: "Existing"; readonly clientOrderId: string; readonly order: Schemas.Order }
  | { readonly _tag: "Rejected"; readonly clientOrderId: string; readonly error: Schemas.ErrorResponse }

/**
 * What a reconciled batch create can fail with.
 *
 * @since 0.1.0
 * @category models
 */
export type PlaceBatchError = ErrorOf<typeof Operations.BatchCreateOrdersV2> | ErrorOf<typeof Operations.GetOrders>

type BatchInput = Operations.BatchCreateOrdersV2Input

const lookupExisting = (
  order: Operations.CreateOrderV2Input,
  clientOrderId: string,
  options: ReconcileOptions,
  why = "the exchange reports the order exists (order_already_exists) but the order list does not show it yet"
): Effect.Effect<PlacedInBatch, ErrorOf<typeof Operations.GetOrders> | OutcomeUnknown, OrdersApi> => {
  const unknown = (description: string) =>
    new OutcomeUnknown({
      operation: "BatchCreateOrdersV2",
      method: "POST",
      path: "/trade-api/v2/portfolio/events/orders/batched",
      clientOrderId,
      description
    })
  return findByClientOrderId(order.ticker, clientOrderId, { subaccount: order.subaccount }).pipe(
    Effect.flatMap(Option.match({
      onNone: () => Effect.fail(unknown(why)),
      onSome: (found) => Effect.succeed<PlacedInBatch>({ _tag: "Existing", clientOrderId, order: found })
    })),
    Effect.retry({ schedule: schedule(options, options.lookups ?? 5), while: (e) => e._tag === "OutcomeUnknown" }),
    // the list could not be read (a 429 storm, a timeout): the order may exist, so its outcome stays unknown
    Effect.catchIf(
      (e) => e._tag !== "OutcomeUnknown",
      (e) => Effect.fail(unknown(`${why}; the order list could not be read (${e._tag})`))
    )
  )
}

/** Reads a batch answer order by order, looking up the orders the exchange says already exist. */
const resolveBatch = (
  orders: ReadonlyArray<Operations.CreateOrderV2Input & { readonly client_order_id: string }>,
  response: Schemas.BatchCreateOrdersV2Response,
  options: ReconcileOptions
) =>
  Effect.forEach(orders, (order, i) => {
    const clientOrderId = order.client_order_id
    const item = response.orders.find((o) => o.client_order_id === clientOrderId) ?? response.orders[i]
    if (item === undefined) {
      return lookupExisting(order, clientOrderId, options)
    }
    const error = item.error
    if (error === undefined) return Effect.succeed<PlacedInBatch>({ _tag: "Created", clientOrderId, response: item })
    if (error.code === "order_already_exists") return lookupExisting(order, clientOrderId, options)
    return Effect.succeed<PlacedInBatch>({ _tag: "Rejected", clientOrderId, error })
  })

const withIds = (input: BatchInput) =>
  Effect.forEach(input.orders, (order) =>
    order.client_order_id !== undefined
      ? Effect.succeed({ ...order, client_order_id: order.client_order_id })
      : Effect.map(makeClientOrderId, (client_order_id) => ({ ...order, client_order_id })))

/**
 * Resolves a batch create whose outcome is unknown, like {@link reconcileCreate}: sends the same
 * batch again with the same `client_order_id`s, and reads the answer order by order: created now,
 * rejected, or `order_already_exists` and then looked up in the order list. When the batch sent
 * again is refused (a 429 storm outlasting the client's retries, a 4xx), every order is looked up
 * in the order list; an order it does not show, or a list that cannot be read, fails with
 * `OutcomeUnknown`, never with an error that would read as "not placed".
 *
 * @since 0.1.0
 * @category reconciliation
 */
export const reconcileBatchCreate = (
  input: BatchInput & {
    readonly orders: ReadonlyArray<Operations.CreateOrderV2Input & { readonly client_order_id: string }>
  },
  options: ReconcileOptions = {}
): Effect.Effect<ReadonlyArray<PlacedInBatch>, PlaceBatchError, OrdersApi> =>
  Effect.gen(function*() {
    const orders = yield* OrdersApi
    const response = yield* orders.batchCreateOrdersV2(input).pipe(
      Effect.retry({ schedule: schedule(options, options.retries ?? 3), while: (e) => e._tag === "OutcomeUnknown" }),
      Effect.map(Either.right),
      // A retry refused for another reason (a 429 storm, a 4xx) says nothing of the first attempt:
      // the order list decides, order by order.
      Effect.catchIf((e) => e._tag !== "OutcomeUnknown", (e) => Effect.succeed(Either.left(e._tag)))
    )
    if (Either.isRight(response)) return yield* resolveBatch(input.orders, response.right, options)
    const refused = response.left
    return yield* Effect.forEach(input.orders, (order) =>
      lookupExisting(
        order,
        order.client_order_id,
        options,
        `the first attempt's answer was lost, a retry was refused (${refused}), and the order list does not show the order`
      ))
  })

/**
 * Creates a batch of orders safely: fills in the missing `client_order_id`s and, when the answer is
 * lost, reconciles with {@link reconcileBatchCreate}. Returns one outcome per order, in order.
 *
 * @since 0.1.0
 * @category writes
 */
export const placeBatch = (
  input: BatchInput,
  options: ReconcileOptions = {}
): Effect.Effect<ReadonlyArray<PlacedInBatch>, PlaceBatchError, OrdersApi> =>
  Effect.gen(function*() {
    const orders = yield* OrdersApi
    const filled = { ...input, orders: yield* withIds(input) }
    const response = yield* orders.batchCreateOrdersV2(filled).pipe(
      Effect.map(Option.some),
      Effect.catchTag("OutcomeUnknown", () => Effect.succeed(Option.none()))
    )
    return Option.isSome(response)
      ? yield* resolveBatch(filled.orders, response.value, options)
      : yield* reconcileBatchCreate(filled, options)
  })

/**
 * Amends an order (price and total count, optionally its expiry) and returns the order as it was
 * before the amend, read from the order list, with the V2 answer (the amended order's id, and its
 * remaining and filled counts).
 *
 * @since 0.1.0
 * @category writes
 */
export const amend = (
  input: Operations.AmendOrderV2Input
): Effect.Effect<
  { readonly before: Schemas.Order; readonly after: Schemas.AmendOrderV2Response },
  | ErrorOf<typeof Operations.GetOrder>
  | ErrorOf<typeof Operations.AmendOrderV2>,
  OrdersApi
> =>
  Effect.gen(function*() {
    const orders = yield* OrdersApi
    const { order: before } = yield* orders.getOrder({ order_id: input.order_id })
    if (before === undefined) {
      return yield* new DecodeError({ operation: "GetOrder", path: "order", description: "the answer holds no order" })
    }
    const after = yield* orders.amendOrderV2(input)
    return { before, after }
  })
