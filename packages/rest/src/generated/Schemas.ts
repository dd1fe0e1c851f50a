/**
 * The 207 component schemas of the Kalshi Trade API, as they are decoded from responses.
 *
 * Decoding is tolerant (see the package README): every object field may be absent except the identifiers the
 * spec requires (`ticker`, `order_id`, `id`, ...) and the fields an operation exists to return (its `payload`),
 * `null` decodes to absent,
 * `""` in a decimal field decodes to absent, a missing or `null` array decodes to `[]`, an enum accepts values
 * added later, and fields the exchange adds later are ignored.
 *
 * GENERATED FILE: do not edit. Produced by `npm run codegen` (packages/rest/scripts/codegen.ts)
 * from the Kalshi Trade API spec 3.31.0. Tests fail when it differs from what the spec generates.
 *
 * @since 0.1.0
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as Schema from "effect/Schema"
import { arrayField, countField, dollarsField, field, nullableArray, openEnum, payloadArray } from "../internal/schema.js"

/**
 * @since 0.1.0
 * @category schemas
 */
export const AcceptBlockTradeProposalRequest = Schema.Struct({
  /**
   * Subtrader ID to accept as. Provide either this or subaccount, not both.
   */
  subtrader_id: field(Schema.String),
  /**
   * User-managed subaccount number to accept as (0 for primary, 1-63 for numbered subaccounts). Provide either this or subtrader_id, not both.
   */
  subaccount: field(Schema.Number)
}).annotations({ identifier: "AcceptBlockTradeProposalRequest" })

/**
 * The decoded form of {@link AcceptBlockTradeProposalRequest}.
 * @since 0.1.0
 * @category models
 */
export interface AcceptBlockTradeProposalRequest extends Schema.Schema.Type<typeof AcceptBlockTradeProposalRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const AcceptQuoteRequest = Schema.Struct({
  /**
   * The side of the quote to accept (yes or no)
   * Required by the spec; absent when the exchange omits it.
   */
  accepted_side: field(openEnum("yes", "no"))
}).annotations({ identifier: "AcceptQuoteRequest" })

/**
 * The decoded form of {@link AcceptQuoteRequest}.
 * @since 0.1.0
 * @category models
 */
export interface AcceptQuoteRequest extends Schema.Schema.Type<typeof AcceptQuoteRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const AccountApiUsageLevelVolumeGoal = Schema.Struct({
  /**
   * API usage level for this Predictions volume goal.
   * Required by the spec; absent when the exchange omits it.
   */
  level: field(Schema.String),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  earn_volume_goal_fp: countField,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  keep_volume_goal_fp: countField
}).annotations({ identifier: "AccountApiUsageLevelVolumeGoal" })

/**
 * The decoded form of {@link AccountApiUsageLevelVolumeGoal}.
 * @since 0.1.0
 * @category models
 */
export interface AccountApiUsageLevelVolumeGoal extends Schema.Schema.Type<typeof AccountApiUsageLevelVolumeGoal> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const AccountApiUsageLevelVolumeProgress = Schema.Struct({
  /**
   * Unix timestamp (seconds) when this progress was computed; trailing_30d_volume_fp covers the trailing 30 days ending at this time.
   * Required by the spec; absent when the exchange omits it.
   */
  computed_ts: field(Schema.Number),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  trailing_30d_volume_fp: countField,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  goals: arrayField(AccountApiUsageLevelVolumeGoal)
}).annotations({ identifier: "AccountApiUsageLevelVolumeProgress" })

/**
 * The decoded form of {@link AccountApiUsageLevelVolumeProgress}.
 * @since 0.1.0
 * @category models
 */
export interface AccountApiUsageLevelVolumeProgress extends Schema.Schema.Type<typeof AccountApiUsageLevelVolumeProgress> {}

/**
 * Identifier for an exchange shard.
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeIndex = Schema.Number.annotations({ identifier: "ExchangeIndex" })

/**
 * The decoded form of {@link ExchangeIndex}.
 * @since 0.1.0
 * @category models
 */
export type ExchangeIndex = typeof ExchangeIndex.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const AmendOrderRequest = Schema.Struct({
  /**
   * Optional subaccount number to use for this amendment (0 for primary, 1-63 for subaccounts)
   */
  subaccount: field(Schema.Number),
  /**
   * Market ticker
   */
  ticker: Schema.String,
  /**
   * Side of the order
   * Required by the spec; absent when the exchange omits it.
   */
  side: field(openEnum("yes", "no")),
  /**
   * Action of the order
   * Required by the spec; absent when the exchange omits it.
   */
  action: field(openEnum("buy", "sell")),
  /**
   * The original client-specified order ID to be amended
   */
  client_order_id: field(Schema.String),
  /**
   * The new client-specified order ID after amendment
   */
  updated_client_order_id: field(Schema.String),
  /**
   * Updated yes price for the order in cents
   */
  yes_price: field(FixedPoint.DollarsFromCents),
  /**
   * Updated no price for the order in cents
   */
  no_price: field(FixedPoint.DollarsFromCents),
  /**
   * Updated yes price for the order in fixed-point dollars. Exactly one of yes_price, no_price, yes_price_dollars, and no_price_dollars must be passed.
   */
  yes_price_dollars: dollarsField,
  /**
   * Updated no price for the order in fixed-point dollars. Exactly one of yes_price, no_price, yes_price_dollars, and no_price_dollars must be passed.
   */
  no_price_dollars: dollarsField,
  /**
   * Updated quantity for the order (whole contracts only). If updating quantity, provide count or count_fp; if both provided they must match.
   */
  count: field(Schema.Number),
  /**
   * String representation of the updated quantity for the order. If updating quantity, provide count or count_fp; if both provided they must match.
   */
  count_fp: countField,
  /**
   * Exchange shard index. Defaults to 0. Use -1 to auto-route by market ticker.
   */
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "AmendOrderRequest" })

/**
 * The decoded form of {@link AmendOrderRequest}.
 * @since 0.1.0
 * @category models
 */
export interface AmendOrderRequest extends Schema.Schema.Type<typeof AmendOrderRequest> {}

/**
 * Side of the book for an order or trade. For event markets, this refers to the YES leg only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`, but this endpoint quotes everything from the YES side.)
 * @since 0.1.0
 * @category schemas
 */
export const BookSide = openEnum("bid", "ask").annotations({ identifier: "BookSide" })

/**
 * The decoded form of {@link BookSide}.
 * @since 0.1.0
 * @category models
 */
export type BookSide = typeof BookSide.Type

/**
 * The status of an order
 * @since 0.1.0
 * @category schemas
 */
export const OrderStatus = openEnum("resting", "canceled", "executed").annotations({ identifier: "OrderStatus" })

/**
 * The decoded form of {@link OrderStatus}.
 * @since 0.1.0
 * @category models
 */
export type OrderStatus = typeof OrderStatus.Type

/**
 * The self-trade prevention type for orders. `taker_at_cross` cancels the taker order when it would trade against another order from the same user; execution stops and any partial fills already matched are executed. `maker` cancels the resting maker order and continues matching.
 * @since 0.1.0
 * @category schemas
 */
export const SelfTradePreventionType = openEnum("taker_at_cross", "maker").annotations({ identifier: "SelfTradePreventionType" })

/**
 * The decoded form of {@link SelfTradePreventionType}.
 * @since 0.1.0
 * @category models
 */
export type SelfTradePreventionType = typeof SelfTradePreventionType.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const Order = Schema.Struct({
  order_id: Schema.String,
  /**
   * Unique identifier for users
   * Required by the spec; absent when the exchange omits it.
   */
  user_id: field(Schema.String),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  client_order_id: field(Schema.String),
  ticker: Schema.String,
  /**
   * Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
   * @deprecated Use `outcome_side` (or `book_side`).
   */
  side: field(openEnum("yes", "no")),
  /**
   * Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
   * @deprecated Use `outcome_side` (or `book_side`).
   */
  action: field(openEnum("buy", "sell")),
  /**
   * The outcome side this order is positioned for. buy-yes and sell-no produce 'yes'; buy-no and sell-yes produce 'no'.
   *
   * `outcome_side` describes directional exposure only; it does not change the order's price. An order at price `p` with `outcome_side=no` is matched by an order at the same price `p` with `outcome_side=yes` — both parties trade at the same price, just on opposite directions.
   *
   * `outcome_side` and `book_side` will become the canonical way to determine order direction. The legacy `action`, `side`, and `is_yes` fields will be deprecated in a future release — please migrate to these new fields.
   * Required by the spec; absent when the exchange omits it.
   */
  outcome_side: field(openEnum("yes", "no")),
  /**
   * Same directional bit as outcome_side in book vocabulary. 'bid' is equivalent to outcome_side 'yes'; 'ask' is equivalent to outcome_side 'no'.
   *
   * `outcome_side` and `book_side` will become the canonical way to determine order direction. The legacy `action`, `side`, and `is_yes` fields will be deprecated in a future release — please migrate to these new fields.
   * Required by the spec; absent when the exchange omits it.
   */
  book_side: field(BookSide),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  type: field(openEnum("limit", "market")),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  status: field(OrderStatus),
  /**
   * The yes price for this order in fixed-point dollars
   * Required by the spec; absent when the exchange omits it.
   */
  yes_price_dollars: dollarsField,
  /**
   * The no price for this order in fixed-point dollars
   * Required by the spec; absent when the exchange omits it.
   */
  no_price_dollars: dollarsField,
  /**
   * String representation of the number of contracts that have been filled
   * Required by the spec; absent when the exchange omits it.
   */
  fill_count_fp: countField,
  /**
   * String representation of the remaining contracts for this order
   * Required by the spec; absent when the exchange omits it.
   */
  remaining_count_fp: countField,
  /**
   * String representation of the initial size of the order (contract units)
   * Required by the spec; absent when the exchange omits it.
   */
  initial_count_fp: countField,
  /**
   * The cost of filled taker orders in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  taker_fill_cost_dollars: dollarsField,
  /**
   * The cost of filled maker orders in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  maker_fill_cost_dollars: dollarsField,
  /**
   * Fees paid on filled taker contracts, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  taker_fees_dollars: dollarsField,
  /**
   * Fees paid on filled maker contracts, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  maker_fees_dollars: dollarsField,
  expiration_time: field(Schema.String),
  created_time: field(Schema.String),
  /**
   * The last update to an order (modify, cancel, fill)
   */
  last_update_time: field(Schema.String),
  self_trade_prevention_type: field(SelfTradePreventionType),
  /**
   * The order group this order is part of
   */
  order_group_id: field(Schema.String),
  /**
   * If this flag is set to true, the order will be canceled if the order is open and trading on the exchange is paused for any reason.
   */
  cancel_order_on_pause: field(Schema.Boolean),
  /**
   * Subaccount number (0 for primary, 1-63 for subaccounts).
   */
  subaccount_number: field(Schema.Number),
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "Order" })

/**
 * The decoded form of {@link Order}.
 * @since 0.1.0
 * @category models
 */
export interface Order extends Schema.Schema.Type<typeof Order> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const AmendOrderResponse = Schema.Struct({
  /**
   * The order before amendment
   * Required by the spec; absent when the exchange omits it.
   */
  old_order: field(Order),
  /**
   * The order after amendment
   * Required by the spec; absent when the exchange omits it.
   */
  order: field(Order)
}).annotations({ identifier: "AmendOrderResponse" })

/**
 * The decoded form of {@link AmendOrderResponse}.
 * @since 0.1.0
 * @category models
 */
export interface AmendOrderResponse extends Schema.Schema.Type<typeof AmendOrderResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const AmendOrderV2Request = Schema.Struct({
  /**
   * Market ticker
   */
  ticker: Schema.String,
  /**
   * Side of the order
   * Required by the spec; absent when the exchange omits it.
   */
  side: field(BookSide),
  /**
   * Updated price for the order in fixed-point dollars.
   * Required by the spec; absent when the exchange omits it.
   */
  price: dollarsField,
  /**
   * Updated total/max fillable count for the order. Set this to the order's already filled count plus the desired resting remaining count after the amend.
   * Required by the spec; absent when the exchange omits it.
   */
  count: countField,
  /**
   * The original client-specified order ID to be amended
   */
  client_order_id: field(Schema.String),
  /**
   * The new client-specified order ID after amendment
   */
  updated_client_order_id: field(Schema.String),
  /**
   * New Unix expiration timestamp in seconds. Omit to preserve the current expiry, or use 0 to remove it (good-till-canceled). A nonzero expiry must be in the future. Send the current price and total quantity for an expiry-only amendment; this preserves queue position.
   */
  expiration_time: field(Schema.Number),
  /**
   * Exchange shard index. If omitted, auto-routes when ticker is provided; otherwise defaults to 0. Use -1 to require auto-routing by ticker.
   */
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "AmendOrderV2Request" })

/**
 * The decoded form of {@link AmendOrderV2Request}.
 * @since 0.1.0
 * @category models
 */
export interface AmendOrderV2Request extends Schema.Schema.Type<typeof AmendOrderV2Request> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const AmendOrderV2Response = Schema.Struct({
  order_id: Schema.String,
  client_order_id: field(Schema.String),
  /**
   * Number of resting contracts remaining after the amend. This is the actual post-amend resting quantity, not the request's total/max fillable count. Only present when the amend caused a fill or changed the resting size.
   */
  remaining_count: countField,
  /**
   * Number of contracts filled as a result of the amend crossing the book. Only present when fills occurred or remaining size changed.
   */
  fill_count: countField,
  /**
   * Volume-weighted average fill price for fills resulting from the amend. Only present when fills occurred.
   */
  average_fill_price: dollarsField,
  /**
   * Volume-weighted average fee paid per contract for fills resulting from the amend. Only present when fills occurred.
   */
  average_fee_paid: dollarsField,
  /**
   * Matching engine timestamp at which the amend was processed, as Unix epoch milliseconds.
   * Required by the spec; absent when the exchange omits it.
   */
  ts_ms: field(Schema.Number)
}).annotations({ identifier: "AmendOrderV2Response" })

/**
 * The decoded form of {@link AmendOrderV2Response}.
 * @since 0.1.0
 * @category models
 */
export interface AmendOrderV2Response extends Schema.Schema.Type<typeof AmendOrderV2Response> {}

/**
 * Scope granted to an API key. Parent scopes grant broad access; for example, `read` grants all read endpoints and `write` grants all write endpoints. Child scopes such as `read::block_trade_accept`, `read::portfolio_balance`, `write::trade`, `write::transfer`, `write::fcm_risk` (FCM subtrader creation, trading blocks, daily premium caps, and margin caps), and `write::block_trade_accept` grant only their specific endpoint group and can be granted without the parent scope.
 * @since 0.1.0
 * @category schemas
 */
export const ApiKeyScope = openEnum("read", "write", "read::block_trade_accept", "read::portfolio_balance", "write::trade", "write::transfer", "write::fcm_risk", "write::block_trade_accept").annotations({ identifier: "ApiKeyScope" })

/**
 * The decoded form of {@link ApiKeyScope}.
 * @since 0.1.0
 * @category models
 */
export type ApiKeyScope = typeof ApiKeyScope.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const ApiKey = Schema.Struct({
  /**
   * Unique identifier for the API key
   */
  api_key_id: Schema.String,
  /**
   * User-provided name for the API key
   * Required by the spec; absent when the exchange omits it.
   */
  name: field(Schema.String),
  /**
   * List of scopes granted to this API key.
   * Required by the spec; absent when the exchange omits it.
   */
  scopes: arrayField(ApiKeyScope),
  /**
   * If set, the API key is restricted to this single sub-account and may only read and trade on it. Absent/null means the key is unrestricted.
   */
  subaccount: field(Schema.Number),
  /**
   * If set, the API key is bound to this single FCM subtrader ({fcm_user_id}_{suffix}) and is usable only as that institution's trading credential - FIX sessions and subtrader-scoped margin WebSocket sessions; every REST endpoint is denied. Absent/null means the key carries no subtrader binding.
   */
  fcm_subtrader_id: field(Schema.String)
}).annotations({ identifier: "ApiKey" })

/**
 * The decoded form of {@link ApiKey}.
 * @since 0.1.0
 * @category models
 */
export interface ApiKey extends Schema.Schema.Type<typeof ApiKey> {}

/**
 * Signature algorithm of an API key pair. `rsa` - 2048-bit RSA; requests are signed with RSA-PSS SHA-256. `ed25519` - Ed25519 (RFC 8032) signatures over the same pre-sign text, with lower client-side signing cost. Defaults to `rsa` when omitted from a generate request, for compatibility with existing clients.
 * @since 0.1.0
 * @category schemas
 */
export const ApiKeyType = openEnum("rsa", "ed25519").annotations({ identifier: "ApiKeyType" })

/**
 * The decoded form of {@link ApiKeyType}.
 * @since 0.1.0
 * @category models
 */
export type ApiKeyType = typeof ApiKeyType.Type

/**
 * The exchange instance type
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeInstance = openEnum("event_contract", "margined").annotations({ identifier: "ExchangeInstance" })

/**
 * The decoded form of {@link ExchangeInstance}.
 * @since 0.1.0
 * @category models
 */
export type ExchangeInstance = typeof ExchangeInstance.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const ApiUsageLevelGrant = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_instance: field(ExchangeInstance),
  /**
   * API usage level this grant confers (for example, expert, premier, paragon, prime, or prestige).
   * Required by the spec; absent when the exchange omits it.
   */
  level: field(Schema.String),
  /**
   * Unix timestamp (seconds) when the grant expires. Absent for permanent grants.
   */
  expires_ts: field(Schema.Number),
  /**
   * How the grant was created: "volume" (earned from trading volume) or "manual" (assigned by Kalshi).
   * Required by the spec; absent when the exchange omits it.
   */
  source: field(Schema.String)
}).annotations({ identifier: "ApiUsageLevelGrant" })

/**
 * The decoded form of {@link ApiUsageLevelGrant}.
 * @since 0.1.0
 * @category models
 */
export interface ApiUsageLevelGrant extends Schema.Schema.Type<typeof ApiUsageLevelGrant> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const ApplySubaccountTransferRequest = Schema.Struct({
  /**
   * Unique client-provided transfer ID for idempotency.
   * Required by the spec; absent when the exchange omits it.
   */
  client_transfer_id: field(Schema.String),
  /**
   * Source subaccount number (0 for primary, 1-63 for numbered subaccounts).
   * Required by the spec; absent when the exchange omits it.
   */
  from_subaccount: field(Schema.Number),
  /**
   * Destination subaccount number (0 for primary, 1-63 for numbered subaccounts).
   * Required by the spec; absent when the exchange omits it.
   */
  to_subaccount: field(Schema.Number),
  /**
   * Amount to transfer in cents.
   * Required by the spec; absent when the exchange omits it.
   */
  amount_cents: field(FixedPoint.DollarsFromCents),
  /**
   * Identifier for an exchange shard. Defaults to 0 if unspecified.
   */
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "ApplySubaccountTransferRequest" })

/**
 * The decoded form of {@link ApplySubaccountTransferRequest}.
 * @since 0.1.0
 * @category models
 */
export interface ApplySubaccountTransferRequest extends Schema.Schema.Type<typeof ApplySubaccountTransferRequest> {}

/**
 * Empty response indicating successful transfer.
 * @since 0.1.0
 * @category schemas
 */
export const ApplySubaccountTransferResponse = Schema.Struct({}).annotations({ identifier: "ApplySubaccountTransferResponse" })

/**
 * The decoded form of {@link ApplySubaccountTransferResponse}.
 * @since 0.1.0
 * @category models
 */
export interface ApplySubaccountTransferResponse extends Schema.Schema.Type<typeof ApplySubaccountTransferResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const AssociatedEvent = Schema.Struct({
  /**
   * The event ticker.
   */
  ticker: Schema.String,
  /**
   * Whether only the 'yes' side can be used for this event.
   * Required by the spec; absent when the exchange omits it.
   */
  is_yes_only: field(Schema.Boolean),
  /**
   * Maximum number of markets from this event (inclusive). Null means no limit.
   */
  size_max: field(Schema.Number),
  /**
   * Minimum number of markets from this event (inclusive). Null means no limit.
   */
  size_min: field(Schema.Number),
  /**
   * List of active quoters for this event.
   * Required by the spec; absent when the exchange omits it.
   */
  active_quoters: arrayField(Schema.String)
}).annotations({ identifier: "AssociatedEvent" })

/**
 * The decoded form of {@link AssociatedEvent}.
 * @since 0.1.0
 * @category models
 */
export interface AssociatedEvent extends Schema.Schema.Type<typeof AssociatedEvent> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const ErrorResponse = Schema.Struct({
  /**
   * Error code
   */
  code: field(Schema.String),
  /**
   * Human-readable error message
   */
  message: field(Schema.String),
  /**
   * Additional details about the error, if available
   */
  details: field(Schema.String)
}).annotations({ identifier: "ErrorResponse" })

/**
 * The decoded form of {@link ErrorResponse}.
 * @since 0.1.0
 * @category models
 */
export interface ErrorResponse extends Schema.Schema.Type<typeof ErrorResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCancelOrdersIndividualResponse = Schema.Struct({
  /**
   * The order ID to identify which order had an error during batch cancellation
   */
  order_id: Schema.String,
  order: field(Order),
  /**
   * String representation of the number of contracts that were successfully canceled from this order
   * Required by the spec; absent when the exchange omits it.
   */
  reduced_by_fp: countField,
  error: field(ErrorResponse)
}).annotations({ identifier: "BatchCancelOrdersIndividualResponse" })

/**
 * The decoded form of {@link BatchCancelOrdersIndividualResponse}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCancelOrdersIndividualResponse extends Schema.Schema.Type<typeof BatchCancelOrdersIndividualResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCancelOrdersRequestOrder = Schema.Struct({
  /**
   * Order ID to cancel
   */
  order_id: Schema.String,
  /**
   * Optional subaccount number to use for this cancellation (0 for primary, 1-63 for subaccounts)
   */
  subaccount: field(Schema.Number),
  /**
   * Exchange shard index. Defaults to 0. Use -1 to auto-route by market ticker.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * Market ticker. Required when exchange_index is -1 (auto).
   */
  market_ticker: field(Schema.String)
}).annotations({ identifier: "BatchCancelOrdersRequestOrder" })

/**
 * The decoded form of {@link BatchCancelOrdersRequestOrder}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCancelOrdersRequestOrder extends Schema.Schema.Type<typeof BatchCancelOrdersRequestOrder> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCancelOrdersRequest = Schema.Struct({
  /**
   * An array of order IDs to cancel
   * @deprecated Use `orders` (one entry per order).
   */
  ids: arrayField(Schema.String),
  /**
   * An array of orders to cancel, each optionally specifying a subaccount
   */
  orders: arrayField(BatchCancelOrdersRequestOrder)
}).annotations({ identifier: "BatchCancelOrdersRequest" })

/**
 * The decoded form of {@link BatchCancelOrdersRequest}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCancelOrdersRequest extends Schema.Schema.Type<typeof BatchCancelOrdersRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCancelOrdersResponse = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  orders: arrayField(BatchCancelOrdersIndividualResponse)
}).annotations({ identifier: "BatchCancelOrdersResponse" })

/**
 * The decoded form of {@link BatchCancelOrdersResponse}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCancelOrdersResponse extends Schema.Schema.Type<typeof BatchCancelOrdersResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCancelOrdersV2Request = Schema.Struct({
  /**
   * An array of orders to cancel, each optionally specifying a subaccount.
   * Required by the spec; absent when the exchange omits it.
   */
  orders: arrayField(Schema.Struct({
  /**
   * Order ID to cancel.
   */
  order_id: Schema.String,
  /**
   * Optional subaccount number to use for this cancellation (0 for primary, 1-63 for subaccounts). Subaccount-restricted API keys must omit this field or pass their locked subaccount.
   */
  subaccount: field(Schema.Number),
  /**
   * Exchange shard index. If omitted, auto-routes when market_ticker is provided; otherwise defaults to 0. Use -1 to require auto-routing. The market_ticker field is required for auto-routing.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * Market ticker. Required for auto-routing when exchange_index is omitted or -1.
   */
  market_ticker: field(Schema.String)
}))
}).annotations({ identifier: "BatchCancelOrdersV2Request" })

/**
 * The decoded form of {@link BatchCancelOrdersV2Request}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCancelOrdersV2Request extends Schema.Schema.Type<typeof BatchCancelOrdersV2Request> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCancelOrdersV2Response = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  orders: payloadArray(Schema.Struct({
  /**
   * The order ID identifying which order this entry corresponds to.
   */
  order_id: Schema.String,
  client_order_id: field(Schema.String),
  /**
   * Number of contracts that were canceled (i.e. the remaining count at time of cancellation). Zero if the cancel errored.
   * Required by the spec; absent when the exchange omits it.
   */
  reduced_by: countField,
  /**
   * Matching engine timestamp at which the cancellation was processed, as Unix epoch milliseconds. Absent when the cancel errored.
   */
  ts_ms: field(Schema.Number),
  error: field(ErrorResponse)
}))
}).annotations({ identifier: "BatchCancelOrdersV2Response" })

/**
 * The decoded form of {@link BatchCancelOrdersV2Response}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCancelOrdersV2Response extends Schema.Schema.Type<typeof BatchCancelOrdersV2Response> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCreateOrdersIndividualResponse = Schema.Struct({
  client_order_id: field(Schema.String),
  order: field(Order),
  error: field(ErrorResponse)
}).annotations({ identifier: "BatchCreateOrdersIndividualResponse" })

/**
 * The decoded form of {@link BatchCreateOrdersIndividualResponse}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCreateOrdersIndividualResponse extends Schema.Schema.Type<typeof BatchCreateOrdersIndividualResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateOrderRequest = Schema.Struct({
  ticker: Schema.String,
  client_order_id: field(Schema.String),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  side: field(openEnum("yes", "no")),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  action: field(openEnum("buy", "sell")),
  /**
   * Order quantity in contracts (whole contracts only). Provide count or count_fp; if both provided they must match.
   */
  count: field(Schema.Number),
  /**
   * String representation of the order quantity in contracts. Provide count or count_fp; if both provided they must match.
   */
  count_fp: countField,
  yes_price: field(FixedPoint.DollarsFromCents),
  no_price: field(FixedPoint.DollarsFromCents),
  /**
   * Submitting price of the Yes side in fixed-point dollars
   */
  yes_price_dollars: dollarsField,
  /**
   * Submitting price of the No side in fixed-point dollars
   */
  no_price_dollars: dollarsField,
  /**
   * Optional Unix timestamp in seconds for when the order expires. To place
   * an expiring order, set `time_in_force` to `good_till_canceled` and
   * provide this `expiration_ts`. `GTT` is an internal execution type and is
   * not a valid API value for `time_in_force`. The `immediate_or_cancel`
   * time-in-force value cannot be combined with `expiration_ts`.
   */
  expiration_ts: field(Schema.Number),
  /**
   * Specifies how long the order remains active. Use `good_till_canceled`
   * with `expiration_ts` for an order that should rest until a specific
   * expiration time; without `expiration_ts`, `good_till_canceled` is a
   * true good-till-canceled order. `GTT` is not a valid API value.
   */
  time_in_force: field(openEnum("fill_or_kill", "good_till_canceled", "immediate_or_cancel")),
  /**
   * Maximum cost in cents. When specified, the order will automatically have Fill-or-Kill (FoK) behavior.
   */
  buy_max_cost: field(FixedPoint.DollarsFromCents),
  post_only: field(Schema.Boolean),
  reduce_only: field(Schema.Boolean),
  /**
   * Deprecated: Use reduce_only instead. Only accepts value of 0.
   */
  sell_position_floor: field(Schema.Number),
  self_trade_prevention_type: field(SelfTradePreventionType),
  /**
   * The order group this order is part of
   */
  order_group_id: field(Schema.String),
  /**
   * If this flag is set to true, the order will be canceled if the order is open and trading on the exchange is paused for any reason.
   */
  cancel_order_on_pause: field(Schema.Boolean),
  /**
   * The subaccount number to use for this order. 0 is the primary subaccount.
   */
  subaccount: field(Schema.Number),
  /**
   * Exchange shard index. Defaults to 0. Use -1 to auto-route by market ticker.
   */
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "CreateOrderRequest" })

/**
 * The decoded form of {@link CreateOrderRequest}.
 * @since 0.1.0
 * @category models
 */
export interface CreateOrderRequest extends Schema.Schema.Type<typeof CreateOrderRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCreateOrdersRequest = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  orders: arrayField(CreateOrderRequest)
}).annotations({ identifier: "BatchCreateOrdersRequest" })

/**
 * The decoded form of {@link BatchCreateOrdersRequest}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCreateOrdersRequest extends Schema.Schema.Type<typeof BatchCreateOrdersRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCreateOrdersResponse = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  orders: arrayField(BatchCreateOrdersIndividualResponse)
}).annotations({ identifier: "BatchCreateOrdersResponse" })

/**
 * The decoded form of {@link BatchCreateOrdersResponse}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCreateOrdersResponse extends Schema.Schema.Type<typeof BatchCreateOrdersResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateOrderV2Request = Schema.Struct({
  ticker: Schema.String,
  client_order_id: field(Schema.String),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  side: field(BookSide),
  /**
   * String representation of the order quantity in contracts.
   * Required by the spec; absent when the exchange omits it.
   */
  count: countField,
  /**
   * Price for the order in fixed-point dollars.
   * Required by the spec; absent when the exchange omits it.
   */
  price: dollarsField,
  /**
   * Optional Unix timestamp in seconds for when the order expires. To place
   * an expiring order, set `time_in_force` to `good_till_canceled` and
   * provide this `expiration_time`. `GTT` is an internal execution type and
   * is not a valid API value for `time_in_force`. The
   * `immediate_or_cancel` time-in-force value cannot be combined with
   * `expiration_time`.
   */
  expiration_time: field(Schema.Number),
  /**
   * Specifies how long the order remains active. Use `good_till_canceled`
   * with `expiration_time` for an order that should rest until a specific
   * expiration time; without `expiration_time`, `good_till_canceled` is a
   * true good-till-canceled order. `GTT` is not a valid API value.
   * Required by the spec; absent when the exchange omits it.
   */
  time_in_force: field(openEnum("fill_or_kill", "good_till_canceled", "immediate_or_cancel")),
  post_only: field(Schema.Boolean),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  self_trade_prevention_type: field(SelfTradePreventionType),
  /**
   * If this flag is set to true, the order will be canceled if the order is open and trading on the exchange is paused for any reason.
   */
  cancel_order_on_pause: field(Schema.Boolean),
  /**
   * Specifies whether the order place count should be capped by the member's current position. Orders with reduce_only set to true will be rejected unless time_in_force is immediate_or_cancel.
   */
  reduce_only: field(Schema.Boolean),
  /**
   * The subaccount number to use for this order. 0 is the primary subaccount. Subaccount-restricted API keys must omit this field or pass their locked subaccount.
   */
  subaccount: field(Schema.Number),
  /**
   * The order group this order is part of
   */
  order_group_id: field(Schema.String),
  /**
   * Exchange shard index. If omitted, auto-routes when ticker is provided; otherwise defaults to 0. Use -1 to require auto-routing by ticker.
   */
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "CreateOrderV2Request" })

/**
 * The decoded form of {@link CreateOrderV2Request}.
 * @since 0.1.0
 * @category models
 */
export interface CreateOrderV2Request extends Schema.Schema.Type<typeof CreateOrderV2Request> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCreateOrdersV2Request = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  orders: arrayField(CreateOrderV2Request)
}).annotations({ identifier: "BatchCreateOrdersV2Request" })

/**
 * The decoded form of {@link BatchCreateOrdersV2Request}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCreateOrdersV2Request extends Schema.Schema.Type<typeof BatchCreateOrdersV2Request> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCreateOrdersV2Response = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  orders: payloadArray(Schema.Struct({
  order_id: field(Schema.String),
  client_order_id: field(Schema.String),
  /**
   * Number of contracts filled immediately upon placement.
   */
  fill_count: countField,
  /**
   * Number of contracts remaining after placement.
   */
  remaining_count: countField,
  /**
   * Volume-weighted average fill price. Only present when fill_count > 0.
   */
  average_fill_price: dollarsField,
  /**
   * Volume-weighted average fee paid per contract. Only present when fill_count > 0.
   */
  average_fee_paid: dollarsField,
  /**
   * Matching engine timestamp at which the order was processed, as Unix epoch milliseconds. Absent when the request errored.
   */
  ts_ms: field(Schema.Number),
  error: field(ErrorResponse)
}))
}).annotations({ identifier: "BatchCreateOrdersV2Response" })

/**
 * The decoded form of {@link BatchCreateOrdersV2Response}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCreateOrdersV2Response extends Schema.Schema.Type<typeof BatchCreateOrdersV2Response> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BidAskDistribution = Schema.Struct({
  /**
   * Offer price on the market at the start of the candlestick period (in dollars).
   * Required by the spec; absent when the exchange omits it.
   */
  open_dollars: dollarsField,
  /**
   * Lowest offer price on the market during the candlestick period (in dollars).
   * Required by the spec; absent when the exchange omits it.
   */
  low_dollars: dollarsField,
  /**
   * Highest offer price on the market during the candlestick period (in dollars).
   * Required by the spec; absent when the exchange omits it.
   */
  high_dollars: dollarsField,
  /**
   * Offer price on the market at the end of the candlestick period (in dollars).
   * Required by the spec; absent when the exchange omits it.
   */
  close_dollars: dollarsField
}).annotations({ identifier: "BidAskDistribution" })

/**
 * The decoded form of {@link BidAskDistribution}.
 * @since 0.1.0
 * @category models
 */
export interface BidAskDistribution extends Schema.Schema.Type<typeof BidAskDistribution> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const PriceDistribution = Schema.Struct({
  /**
   * First traded YES contract price on the market during the candlestick period (in dollars). May be null if there was no trade during the period.
   */
  open_dollars: dollarsField,
  /**
   * Lowest traded YES contract price on the market during the candlestick period (in dollars). May be null if there was no trade during the period.
   */
  low_dollars: dollarsField,
  /**
   * Highest traded YES contract price on the market during the candlestick period (in dollars). May be null if there was no trade during the period.
   */
  high_dollars: dollarsField,
  /**
   * Last traded YES contract price on the market during the candlestick period (in dollars). May be null if there was no trade during the period.
   */
  close_dollars: dollarsField,
  /**
   * Mean traded YES contract price on the market during the candlestick period (in dollars). May be null if there was no trade during the period.
   */
  mean_dollars: dollarsField,
  /**
   * Last traded YES contract price on the market before the candlestick period (in dollars). May be null if there were no trades before the period.
   */
  previous_dollars: dollarsField,
  /**
   * Minimum close price of any market during the candlestick period (in dollars).
   */
  min_dollars: dollarsField,
  /**
   * Maximum close price of any market during the candlestick period (in dollars).
   */
  max_dollars: dollarsField
}).annotations({ identifier: "PriceDistribution" })

/**
 * The decoded form of {@link PriceDistribution}.
 * @since 0.1.0
 * @category models
 */
export interface PriceDistribution extends Schema.Schema.Type<typeof PriceDistribution> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const MarketCandlestick = Schema.Struct({
  /**
   * Unix timestamp for the inclusive end of the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  end_period_ts: field(Schema.Number),
  /**
   * Open, high, low, close (OHLC) data for YES buy offers on the market during the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  yes_bid: field(BidAskDistribution),
  /**
   * Open, high, low, close (OHLC) data for YES sell offers on the market during the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  yes_ask: field(BidAskDistribution),
  /**
   * Open, high, low, close (OHLC) and more data for trade YES contract prices on the market during the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  price: field(PriceDistribution),
  /**
   * String representation of the number of contracts bought on the market during the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  volume_fp: countField,
  /**
   * String representation of the number of contracts bought on the market by end of the candlestick period (end_period_ts).
   * Required by the spec; absent when the exchange omits it.
   */
  open_interest_fp: countField
}).annotations({ identifier: "MarketCandlestick" })

/**
 * The decoded form of {@link MarketCandlestick}.
 * @since 0.1.0
 * @category models
 */
export interface MarketCandlestick extends Schema.Schema.Type<typeof MarketCandlestick> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const MarketCandlesticksResponse = Schema.Struct({
  /**
   * Market ticker string (e.g., 'INXD-24JAN01').
   */
  market_ticker: Schema.String,
  /**
   * Array of candlestick data points for the market. Includes an initial data point at the start timestamp when available.
   * Required by the spec; absent when the exchange omits it.
   */
  candlesticks: arrayField(MarketCandlestick)
}).annotations({ identifier: "MarketCandlesticksResponse" })

/**
 * The decoded form of {@link MarketCandlesticksResponse}.
 * @since 0.1.0
 * @category models
 */
export interface MarketCandlesticksResponse extends Schema.Schema.Type<typeof MarketCandlesticksResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchGetMarketCandlesticksResponse = Schema.Struct({
  /**
   * Array of market candlestick data, one entry per requested market.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  markets: payloadArray(MarketCandlesticksResponse)
}).annotations({ identifier: "BatchGetMarketCandlesticksResponse" })

/**
 * The decoded form of {@link BatchGetMarketCandlesticksResponse}.
 * @since 0.1.0
 * @category models
 */
export interface BatchGetMarketCandlesticksResponse extends Schema.Schema.Type<typeof BatchGetMarketCandlesticksResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BidAskDistributionHistorical = Schema.Struct({
  /**
   * Offer price on the market at the start of the candlestick period (in dollars).
   * Required by the spec; absent when the exchange omits it.
   */
  open: dollarsField,
  /**
   * Lowest offer price on the market during the candlestick period (in dollars).
   * Required by the spec; absent when the exchange omits it.
   */
  low: dollarsField,
  /**
   * Highest offer price on the market during the candlestick period (in dollars).
   * Required by the spec; absent when the exchange omits it.
   */
  high: dollarsField,
  /**
   * Offer price on the market at the end of the candlestick period (in dollars).
   * Required by the spec; absent when the exchange omits it.
   */
  close: dollarsField
}).annotations({ identifier: "BidAskDistributionHistorical" })

/**
 * The decoded form of {@link BidAskDistributionHistorical}.
 * @since 0.1.0
 * @category models
 */
export interface BidAskDistributionHistorical extends Schema.Schema.Type<typeof BidAskDistributionHistorical> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BlockTradeProposal = Schema.Struct({
  /**
   * Unique identifier for the block trade proposal
   */
  id: Schema.String,
  /**
   * User ID of the proposal creator
   * Required by the spec; absent when the exchange omits it.
   */
  proposer_user_id: field(Schema.String),
  /**
   * User ID of the buyer. Empty when the authenticated user is not the buyer.
   * Required by the spec; absent when the exchange omits it.
   */
  buyer_user_id: field(Schema.String),
  /**
   * Subtrader ID of the buyer. Empty when the authenticated user is not the buyer.
   */
  buyer_subtrader_id: field(Schema.String),
  /**
   * User ID of the seller. Empty when the authenticated user is not the seller.
   * Required by the spec; absent when the exchange omits it.
   */
  seller_user_id: field(Schema.String),
  /**
   * Subtrader ID of the seller. Empty when the authenticated user is not the seller.
   */
  seller_subtrader_id: field(Schema.String),
  /**
   * The ticker of the market for this block trade
   */
  market_ticker: Schema.String,
  /**
   * Price in centi-cents
   * Required by the spec; absent when the exchange omits it.
   */
  price_centi_cents: field(FixedPoint.DollarsFromCentiCents),
  /**
   * Number of contracts in centicounts
   * Required by the spec; absent when the exchange omits it.
   */
  centicount: field(Schema.Number),
  /**
   * The maker side of the trade
   * Required by the spec; absent when the exchange omits it.
   */
  maker_side: field(openEnum("yes", "no")),
  /**
   * Expiration time of the proposal
   * Required by the spec; absent when the exchange omits it.
   */
  expiration_ts: field(Schema.String),
  /**
   * Current status of the proposal
   * Required by the spec; absent when the exchange omits it.
   */
  status: field(Schema.String),
  /**
   * Timestamp when the proposal was created
   * Required by the spec; absent when the exchange omits it.
   */
  created_ts: field(Schema.String),
  /**
   * Timestamp when the proposal was last updated
   * Required by the spec; absent when the exchange omits it.
   */
  updated_ts: field(Schema.String),
  /**
   * Whether the buyer has accepted the proposal
   * Required by the spec; absent when the exchange omits it.
   */
  buyer_accepted: field(Schema.Boolean),
  /**
   * Whether the seller has accepted the proposal
   * Required by the spec; absent when the exchange omits it.
   */
  seller_accepted: field(Schema.Boolean),
  /**
   * Timestamp when the buyer accepted
   */
  buyer_accepted_ts: field(Schema.String),
  /**
   * Timestamp when the seller accepted
   */
  seller_accepted_ts: field(Schema.String),
  /**
   * Timestamp when the proposal was executed
   */
  executed_ts: field(Schema.String),
  /**
   * Order ID for the buyer after the proposal is executed
   */
  buyer_order_id: field(Schema.String),
  /**
   * Order ID for the seller after the proposal is executed
   */
  seller_order_id: field(Schema.String)
}).annotations({ identifier: "BlockTradeProposal" })

/**
 * The decoded form of {@link BlockTradeProposal}.
 * @since 0.1.0
 * @category models
 */
export interface BlockTradeProposal extends Schema.Schema.Type<typeof BlockTradeProposal> {}

/**
 * Token-bucket budget for one rate-limit bucket. Each request deducts
 * tokens equal to its endpoint cost; the bucket refills at refill_rate
 * tokens per second up to bucket_capacity. A request is allowed if the
 * bucket holds enough tokens to cover its cost; otherwise the request
 * is rejected with HTTP 429.
 * @since 0.1.0
 * @category schemas
 */
export const BucketLimit = Schema.Struct({
  /**
   * Tokens added to the bucket per second.
   * Required by the spec; absent when the exchange omits it.
   */
  refill_rate: field(Schema.Number),
  /**
   * Maximum tokens the bucket can hold. When equal to refill_rate the
   * bucket holds one second of budget; larger values represent burst
   * headroom that idle clients accumulate and can spend in a single
   * pulse (e.g. write buckets at non-Basic tiers hold two seconds of
   * budget).
   * Required by the spec; absent when the exchange omits it.
   */
  bucket_capacity: field(Schema.Number)
}).annotations({ identifier: "BucketLimit" })

/**
 * The decoded form of {@link BucketLimit}.
 * @since 0.1.0
 * @category models
 */
export interface BucketLimit extends Schema.Schema.Type<typeof BucketLimit> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CancelOrderV2Response = Schema.Struct({
  order_id: Schema.String,
  client_order_id: field(Schema.String),
  /**
   * Number of contracts that were canceled (i.e. the remaining count at time of cancellation).
   * Required by the spec; absent when the exchange omits it.
   */
  reduced_by: countField,
  /**
   * Matching engine timestamp at which the cancellation was processed, as Unix epoch milliseconds.
   * Required by the spec; absent when the exchange omits it.
   */
  ts_ms: field(Schema.Number)
}).annotations({ identifier: "CancelOrderV2Response" })

/**
 * The decoded form of {@link CancelOrderV2Response}.
 * @since 0.1.0
 * @category models
 */
export interface CancelOrderV2Response extends Schema.Schema.Type<typeof CancelOrderV2Response> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateApiKeyRequest = Schema.Struct({
  /**
   * Name for the API key. This helps identify the key's purpose
   * Required by the spec; absent when the exchange omits it.
   */
  name: field(Schema.String),
  /**
   * RSA or Ed25519 public key in PEM format (`-----BEGIN PUBLIC KEY-----`). This will be used to verify signatures on API requests - RSA-PSS with SHA-256 for RSA keys, Ed25519 for Ed25519 keys
   * Required by the spec; absent when the exchange omits it.
   */
  public_key: field(Schema.String),
  /**
   * List of scopes to grant to the API key. If the broad `write` parent scope is included, `read` must also be included. Child scopes may be granted without the broad parent scope. Defaults to full access (`read`, `write`) if not provided.
   */
  scopes: arrayField(ApiKeyScope),
  /**
   * If set, restricts the API key to a single sub-account (0-63) that you own. A restricted key may only read and trade on that sub-account; it cannot act on other sub-accounts, transfer funds between sub-accounts, or create sub-accounts. Omit to leave the key unrestricted. Mutually exclusive with fcm_subtrader_id.
   */
  subaccount: field(Schema.Number),
  /**
   * FCM members only. If set, binds the API key to a single FCM subtrader that you own, spelled {your_user_id}_{suffix} with a suffix of 1-16 case-sensitive ASCII alphanumeric characters. The subtrader must already exist. A bound key is the institution's trading credential for that subtrader - FIX order-entry and market-data sessions, plus margin WebSocket sessions scoped to the subtrader's own data - and is denied on every REST endpoint, including key management. Mutually exclusive with subaccount.
   */
  fcm_subtrader_id: field(Schema.String)
}).annotations({ identifier: "CreateApiKeyRequest" })

/**
 * The decoded form of {@link CreateApiKeyRequest}.
 * @since 0.1.0
 * @category models
 */
export interface CreateApiKeyRequest extends Schema.Schema.Type<typeof CreateApiKeyRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateApiKeyResponse = Schema.Struct({
  /**
   * Unique identifier for the newly created API key
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  api_key_id: Schema.String,
  /**
   * Present only when the minted key is bound to an FCM subtrader that is missing a per-subtrader risk control - the initial-margin cap (margin lane) or the event-contract daily cap. The mint still succeeds; the warning names each missing control - an event-contract subtrader without a daily cap has its event-contract orders rejected until one is set, while a margin subtrader without an initial-margin cap is bounded only by firm-level risk limits.
   */
  warning: field(Schema.String)
}).annotations({ identifier: "CreateApiKeyResponse" })

/**
 * The decoded form of {@link CreateApiKeyResponse}.
 * @since 0.1.0
 * @category models
 */
export interface CreateApiKeyResponse extends Schema.Schema.Type<typeof CreateApiKeyResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateFCMSubtraderRequest = Schema.Struct({
  /**
   * Suffix for the new subtrader, 1-16 case-sensitive ASCII alphanumeric characters ([A-Za-z0-9]). The full subtrader id becomes {your_account_id}_{suffix}.
   * Required by the spec; absent when the exchange omits it.
   */
  subtrader_suffix: field(Schema.String)
}).annotations({ identifier: "CreateFCMSubtraderRequest" })

/**
 * The decoded form of {@link CreateFCMSubtraderRequest}.
 * @since 0.1.0
 * @category models
 */
export interface CreateFCMSubtraderRequest extends Schema.Schema.Type<typeof CreateFCMSubtraderRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateFCMSubtraderResponse = Schema.Struct({
  /**
   * The full id of the created subtrader.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  subtrader_id: Schema.String
}).annotations({ identifier: "CreateFCMSubtraderResponse" })

/**
 * The decoded form of {@link CreateFCMSubtraderResponse}.
 * @since 0.1.0
 * @category models
 */
export interface CreateFCMSubtraderResponse extends Schema.Schema.Type<typeof CreateFCMSubtraderResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const TickerPair = Schema.Struct({
  /**
   * Market ticker identifier.
   */
  market_ticker: Schema.String,
  /**
   * Event ticker identifier.
   */
  event_ticker: Schema.String,
  /**
   * Side of the market (yes or no).
   * Required by the spec; absent when the exchange omits it.
   */
  side: field(openEnum("yes", "no"))
}).annotations({ identifier: "TickerPair" })

/**
 * The decoded form of {@link TickerPair}.
 * @since 0.1.0
 * @category models
 */
export interface TickerPair extends Schema.Schema.Type<typeof TickerPair> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateMarketInMultivariateEventCollectionRequest = Schema.Struct({
  /**
   * List of selected markets that act as parameters to determine which market is created.
   * Required by the spec; absent when the exchange omits it.
   */
  selected_markets: arrayField(TickerPair),
  /**
   * Whether to include the market payload in the response.
   */
  with_market_payload: field(Schema.Boolean)
}).annotations({ identifier: "CreateMarketInMultivariateEventCollectionRequest" })

/**
 * The decoded form of {@link CreateMarketInMultivariateEventCollectionRequest}.
 * @since 0.1.0
 * @category models
 */
export interface CreateMarketInMultivariateEventCollectionRequest extends Schema.Schema.Type<typeof CreateMarketInMultivariateEventCollectionRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const MveSelectedLeg = Schema.Struct({
  /**
   * Unique identifier for the selected event
   */
  event_ticker: field(Schema.String),
  /**
   * Unique identifier for the selected market
   */
  market_ticker: field(Schema.String),
  /**
   * The side of the selected market
   */
  side: field(Schema.String),
  /**
   * The settlement value of the YES/LONG side of the contract in dollars. Only filled after determination
   */
  yes_settlement_value_dollars: dollarsField
}).annotations({ identifier: "MveSelectedLeg" })

/**
 * The decoded form of {@link MveSelectedLeg}.
 * @since 0.1.0
 * @category models
 */
export interface MveSelectedLeg extends Schema.Schema.Type<typeof MveSelectedLeg> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const PriceRange = Schema.Struct({
  /**
   * Starting price for this range in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  start: field(Schema.String),
  /**
   * Ending price for this range in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  end: field(Schema.String),
  /**
   * Price step/tick size for this range in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  step: field(Schema.String)
}).annotations({ identifier: "PriceRange" })

/**
 * The decoded form of {@link PriceRange}.
 * @since 0.1.0
 * @category models
 */
export interface PriceRange extends Schema.Schema.Type<typeof PriceRange> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Market = Schema.Struct({
  ticker: Schema.String,
  event_ticker: Schema.String,
  /**
   * Identifies the type of market
   * Required by the spec; absent when the exchange omits it.
   */
  market_type: field(openEnum("binary", "scalar")),
  /**
   * @deprecated Deprecated by the exchange; the spec names no replacement.
   */
  title: field(Schema.String),
  /**
   * @deprecated Deprecated by the exchange; the spec names no replacement.
   */
  subtitle: field(Schema.String),
  /**
   * Shortened title for the yes side of this market
   * Required by the spec; absent when the exchange omits it.
   */
  yes_sub_title: field(Schema.String),
  /**
   * Shortened title for the no side of this market
   * Required by the spec; absent when the exchange omits it.
   */
  no_sub_title: field(Schema.String),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  created_time: field(Schema.String),
  /**
   * Time of the last non-trading metadata update.
   * Required by the spec; absent when the exchange omits it.
   */
  updated_time: field(Schema.String),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  open_time: field(Schema.String),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  close_time: field(Schema.String),
  /**
   * Time when this market is expected to expire
   */
  expected_expiration_time: field(Schema.String),
  /**
   * @deprecated Deprecated by the exchange; the spec names no replacement.
   */
  expiration_time: field(Schema.String),
  /**
   * Latest possible time for this market to expire
   * Required by the spec; absent when the exchange omits it.
   */
  latest_expiration_time: field(Schema.String),
  /**
   * The amount of time after determination that the market settles
   * Required by the spec; absent when the exchange omits it.
   */
  settlement_timer_seconds: field(Schema.Number),
  /**
   * The current status of the market in its lifecycle.
   * Required by the spec; absent when the exchange omits it.
   */
  status: field(openEnum("initialized", "inactive", "active", "closed", "determined", "disputed", "amended", "finalized")),
  /**
   * Price for the highest YES buy offer on this market in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  yes_bid_dollars: dollarsField,
  /**
   * Total contract size of orders to buy YES at the best bid price (fixed-point count string).
   * Required by the spec; absent when the exchange omits it.
   */
  yes_bid_size_fp: countField,
  /**
   * Price for the lowest YES sell offer on this market in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  yes_ask_dollars: dollarsField,
  /**
   * Total contract size of orders to sell YES at the best ask price (fixed-point count string).
   * Required by the spec; absent when the exchange omits it.
   */
  yes_ask_size_fp: countField,
  /**
   * Price for the highest NO buy offer on this market in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  no_bid_dollars: dollarsField,
  /**
   * Price for the lowest NO sell offer on this market in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  no_ask_dollars: dollarsField,
  /**
   * Price for the last traded YES contract on this market in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  last_price_dollars: dollarsField,
  /**
   * String representation of the market volume in contracts
   * Required by the spec; absent when the exchange omits it.
   */
  volume_fp: countField,
  /**
   * String representation of the 24h market volume in contracts
   * Required by the spec; absent when the exchange omits it.
   */
  volume_24h_fp: countField,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  result: field(openEnum("yes", "no", "scalar", "")),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  can_close_early: field(Schema.Boolean),
  /**
   * String representation of the number of contracts bought on this market disconsidering netting
   * Required by the spec; absent when the exchange omits it.
   */
  open_interest_fp: countField,
  /**
   * The total value of a single contract at settlement in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  notional_value_dollars: dollarsField,
  /**
   * Price for the highest YES buy offer on this market a day ago in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  previous_yes_bid_dollars: dollarsField,
  /**
   * Price for the lowest YES sell offer on this market a day ago in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  previous_yes_ask_dollars: dollarsField,
  /**
   * Price for the last traded YES contract on this market a day ago in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  previous_price_dollars: dollarsField,
  /**
   * The settlement value of the YES/LONG side of the contract in dollars. Only filled after determination
   */
  settlement_value_dollars: dollarsField,
  /**
   * Timestamp when the market was settled. Only filled for settled markets
   */
  settlement_ts: field(Schema.String),
  /**
   * Which settlement bounds apply to this market. default means the market has no settlement bounds
   * Required by the spec; absent when the exchange omits it.
   */
  settlement_bounds_type: field(openEnum("default", "floor")),
  /**
   * The lowest value the YES/LONG side of the contract can settle at in dollars. Only filled when settlement_bounds_type is floor
   */
  settlement_floor_dollars: dollarsField,
  /**
   * The value that was considered for the settlement
   * Required by the spec; absent when the exchange omits it.
   */
  expiration_value: field(Schema.String),
  /**
   * The recorded datetime when the underlying event occurred, if available
   */
  occurrence_datetime: field(Schema.String),
  /**
   * Time when this market's fee waiver expires
   */
  fee_waiver_expiration_time: field(Schema.String),
  /**
   * The condition under which the market can close early
   */
  early_close_condition: field(Schema.String),
  /**
   * Strike type defines how the market strike is defined and evaluated
   */
  strike_type: field(openEnum("greater", "greater_or_equal", "less", "less_or_equal", "between", "functional", "custom", "structured")),
  /**
   * Minimum expiration value that leads to a YES settlement
   */
  floor_strike: field(Schema.Number),
  /**
   * Maximum expiration value that leads to a YES settlement
   */
  cap_strike: field(Schema.Number),
  /**
   * Mapping from expiration values to settlement values
   */
  functional_strike: field(Schema.String),
  /**
   * Expiration value for each target that leads to a YES settlement
   */
  custom_strike: field(Schema.Struct({})),
  /**
   * A plain language description of the most important market terms
   * Required by the spec; absent when the exchange omits it.
   */
  rules_primary: field(Schema.String),
  /**
   * A plain language description of secondary market terms
   * Required by the spec; absent when the exchange omits it.
   */
  rules_secondary: field(Schema.String),
  /**
   * The ticker of the multivariate event collection
   */
  mve_collection_ticker: field(Schema.String),
  mve_selected_legs: arrayField(MveSelectedLeg),
  primary_participant_key: field(Schema.String),
  /**
   * Price level structure for this market, defining price ranges and tick sizes
   * Required by the spec; absent when the exchange omits it.
   */
  price_level_structure: field(Schema.String),
  /**
   * Valid price ranges for orders on this market
   * Required by the spec; absent when the exchange omits it.
   */
  price_ranges: arrayField(PriceRange),
  /**
   * If true, the market may be removed after determination if there is no activity on it
   */
  is_provisional: field(Schema.Boolean),
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "Market" })

/**
 * The decoded form of {@link Market}.
 * @since 0.1.0
 * @category models
 */
export interface Market extends Schema.Schema.Type<typeof Market> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateMarketInMultivariateEventCollectionResponse = Schema.Struct({
  /**
   * Event ticker for the created market.
   */
  event_ticker: Schema.String,
  /**
   * Market ticker for the created market.
   */
  market_ticker: Schema.String,
  /**
   * Market payload of the created market.
   */
  market: field(Market)
}).annotations({ identifier: "CreateMarketInMultivariateEventCollectionResponse" })

/**
 * The decoded form of {@link CreateMarketInMultivariateEventCollectionResponse}.
 * @since 0.1.0
 * @category models
 */
export interface CreateMarketInMultivariateEventCollectionResponse extends Schema.Schema.Type<typeof CreateMarketInMultivariateEventCollectionResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateOrderGroupRequest = Schema.Struct({
  /**
   * Optional subaccount number to use for this order group (0 for primary, 1-63 for subaccounts). Subaccount-restricted API keys must omit this field or pass their locked subaccount.
   */
  subaccount: field(Schema.Number),
  /**
   * Specifies the maximum number of contracts that can be matched within this group over a rolling 15-second window. Whole contracts only. Provide contracts_limit or contracts_limit_fp; if both provided they must match.
   */
  contracts_limit: field(Schema.Number),
  /**
   * String representation of the maximum number of contracts that can be matched within this group over a rolling 15-second window. Provide contracts_limit or contracts_limit_fp; if both provided they must match.
   */
  contracts_limit_fp: countField,
  /**
   * Identifier for an exchange shard. Defaults to 0.
   */
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "CreateOrderGroupRequest" })

/**
 * The decoded form of {@link CreateOrderGroupRequest}.
 * @since 0.1.0
 * @category models
 */
export interface CreateOrderGroupRequest extends Schema.Schema.Type<typeof CreateOrderGroupRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateOrderGroupResponse = Schema.Struct({
  /**
   * The unique identifier for the created order group
   */
  order_group_id: Schema.String,
  /**
   * Subaccount number that owns the created order group (0 for primary, 1-63 for subaccounts).
   * Required by the spec; absent when the exchange omits it.
   */
  subaccount: field(Schema.Number),
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "CreateOrderGroupResponse" })

/**
 * The decoded form of {@link CreateOrderGroupResponse}.
 * @since 0.1.0
 * @category models
 */
export interface CreateOrderGroupResponse extends Schema.Schema.Type<typeof CreateOrderGroupResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateOrderResponse = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  order: field(Order)
}).annotations({ identifier: "CreateOrderResponse" })

/**
 * The decoded form of {@link CreateOrderResponse}.
 * @since 0.1.0
 * @category models
 */
export interface CreateOrderResponse extends Schema.Schema.Type<typeof CreateOrderResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateOrderV2Response = Schema.Struct({
  order_id: Schema.String,
  client_order_id: field(Schema.String),
  /**
   * Number of contracts filled immediately upon placement.
   * Required by the spec; absent when the exchange omits it.
   */
  fill_count: countField,
  /**
   * Number of contracts remaining after placement. For IOC orders, this reflects the final state after unfilled contracts are canceled.
   * Required by the spec; absent when the exchange omits it.
   */
  remaining_count: countField,
  /**
   * Volume-weighted average fill price. Only present when fill_count > 0.
   */
  average_fill_price: dollarsField,
  /**
   * Volume-weighted average fee paid per contract for fills resulting from this request. Only present when fill_count > 0.
   */
  average_fee_paid: dollarsField,
  /**
   * Matching engine timestamp at which the order was processed, as Unix epoch milliseconds.
   * Required by the spec; absent when the exchange omits it.
   */
  ts_ms: field(Schema.Number)
}).annotations({ identifier: "CreateOrderV2Response" })

/**
 * The decoded form of {@link CreateOrderV2Response}.
 * @since 0.1.0
 * @category models
 */
export interface CreateOrderV2Response extends Schema.Schema.Type<typeof CreateOrderV2Response> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateQuoteRequest = Schema.Struct({
  /**
   * The UUID of the RFQ to quote on. Pass the RFQ ID unchanged; malformed IDs return HTTP 400.
   */
  rfq_id: Schema.String,
  /**
   * The bid price for YES contracts, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  yes_bid: dollarsField,
  /**
   * The bid price for NO contracts, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  no_bid: dollarsField,
  /**
   * Whether to rest the remainder of the quote after execution
   * Required by the spec; absent when the exchange omits it.
   */
  rest_remainder: field(Schema.Boolean),
  /**
   * If true, the quote creator's resting order will be cancelled rather than crossed if it would take liquidity. Defaults to false.
   */
  post_only: field(Schema.Boolean),
  /**
   * Optional subaccount number to place the quote under (0 for primary, 1-63 for subaccounts)
   */
  subaccount: field(Schema.Number)
}).annotations({ identifier: "CreateQuoteRequest" })

/**
 * The decoded form of {@link CreateQuoteRequest}.
 * @since 0.1.0
 * @category models
 */
export interface CreateQuoteRequest extends Schema.Schema.Type<typeof CreateQuoteRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateQuoteResponse = Schema.Struct({
  /**
   * UUID of the newly created quote. Pass it unchanged in subsequent requests.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  id: Schema.String
}).annotations({ identifier: "CreateQuoteResponse" })

/**
 * The decoded form of {@link CreateQuoteResponse}.
 * @since 0.1.0
 * @category models
 */
export interface CreateQuoteResponse extends Schema.Schema.Type<typeof CreateQuoteResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateRFQRequest = Schema.Struct({
  /**
   * The ticker of the market for which to create an RFQ
   */
  market_ticker: Schema.String,
  /**
   * Whole-contract count for the RFQ. Use contracts_fp for partial contract values; if both are provided, they must match.
   */
  contracts: field(Schema.Number),
  /**
   * Fixed-point number of contracts for the RFQ. Supports partial contracts in 0.01-contract increments; if contracts is also provided, both values must match.
   */
  contracts_fp: countField,
  /**
   * DEPRECATED: The target cost for the RFQ in centi-cents. Use target_cost_dollars instead.
   * @deprecated Use target_cost_dollars.
   */
  target_cost_centi_cents: field(FixedPoint.DollarsFromCentiCents),
  /**
   * The target cost for the RFQ in dollars
   */
  target_cost_dollars: dollarsField,
  /**
   * Sizes quotes against the target cost as principal only (contracts = target cost / price), with your taker fees charged on top of the target cost. By default (false) the target cost caps principal plus Kalshi fees, and quote sizes are reduced to make room for the fees. Only valid together with a target cost.
   */
  target_cost_excludes_fees: field(Schema.Boolean),
  /**
   * Hide the RFQ creator ID from other users until successful execution. The creator always sees their own ID.
   */
  obscure_creator_id: field(Schema.Boolean),
  /**
   * Whether to rest the remainder of the RFQ after execution
   * Required by the spec; absent when the exchange omits it.
   */
  rest_remainder: field(Schema.Boolean),
  /**
   * Whether to delete existing RFQs as part of this RFQ's creation
   */
  replace_existing: field(Schema.Boolean),
  /**
   * The subtrader to create the RFQ for (FCM members only)
   */
  subtrader_id: field(Schema.String),
  /**
   * The subaccount number to create the RFQ for (direct members only; 0 for primary, 1-63 for subaccounts)
   */
  subaccount: field(Schema.Number)
}).annotations({ identifier: "CreateRFQRequest" })

/**
 * The decoded form of {@link CreateRFQRequest}.
 * @since 0.1.0
 * @category models
 */
export interface CreateRFQRequest extends Schema.Schema.Type<typeof CreateRFQRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateRFQResponse = Schema.Struct({
  /**
   * UUID of the newly created RFQ. Pass it unchanged in subsequent requests.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  id: Schema.String
}).annotations({ identifier: "CreateRFQResponse" })

/**
 * The decoded form of {@link CreateRFQResponse}.
 * @since 0.1.0
 * @category models
 */
export interface CreateRFQResponse extends Schema.Schema.Type<typeof CreateRFQResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateSubaccountRequest = Schema.Struct({
  /**
   * Identifier for an exchange shard. Defaults to 0 if unspecified.
   */
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "CreateSubaccountRequest" })

/**
 * The decoded form of {@link CreateSubaccountRequest}.
 * @since 0.1.0
 * @category models
 */
export interface CreateSubaccountRequest extends Schema.Schema.Type<typeof CreateSubaccountRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const CreateSubaccountResponse = Schema.Struct({
  /**
   * The sequential number assigned to this subaccount (1-63).
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  subaccount_number: Schema.Number
}).annotations({ identifier: "CreateSubaccountResponse" })

/**
 * The decoded form of {@link CreateSubaccountResponse}.
 * @since 0.1.0
 * @category models
 */
export interface CreateSubaccountResponse extends Schema.Schema.Type<typeof CreateSubaccountResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const DailySchedule = Schema.Struct({
  /**
   * Opening time in ET (Eastern Time) format HH:MM.
   * Required by the spec; absent when the exchange omits it.
   */
  open_time: field(Schema.String),
  /**
   * Closing time in ET (Eastern Time) format HH:MM.
   * Required by the spec; absent when the exchange omits it.
   */
  close_time: field(Schema.String)
}).annotations({ identifier: "DailySchedule" })

/**
 * The decoded form of {@link DailySchedule}.
 * @since 0.1.0
 * @category models
 */
export interface DailySchedule extends Schema.Schema.Type<typeof DailySchedule> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const DecreaseOrderV2Request = Schema.Struct({
  /**
   * String representation of the number of contracts to reduce by. Exactly one of `reduce_by` or `reduce_to` must be provided.
   */
  reduce_by: countField,
  /**
   * String representation of the number of contracts to reduce to. Exactly one of `reduce_by` or `reduce_to` must be provided.
   */
  reduce_to: countField,
  /**
   * Exchange shard index. If omitted, auto-routes when market_ticker is provided; otherwise defaults to 0. Use -1 to require auto-routing by market ticker.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * Market ticker used for auto-routing when exchange_index is omitted or -1.
   */
  market_ticker: field(Schema.String)
}).annotations({ identifier: "DecreaseOrderV2Request" })

/**
 * The decoded form of {@link DecreaseOrderV2Request}.
 * @since 0.1.0
 * @category models
 */
export interface DecreaseOrderV2Request extends Schema.Schema.Type<typeof DecreaseOrderV2Request> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const DecreaseOrderV2Response = Schema.Struct({
  order_id: Schema.String,
  client_order_id: field(Schema.String),
  /**
   * Number of contracts remaining after the decrease.
   * Required by the spec; absent when the exchange omits it.
   */
  remaining_count: countField,
  /**
   * Matching engine timestamp at which the decrease was processed, as Unix epoch milliseconds.
   * Required by the spec; absent when the exchange omits it.
   */
  ts_ms: field(Schema.Number)
}).annotations({ identifier: "DecreaseOrderV2Response" })

/**
 * The decoded form of {@link DecreaseOrderV2Response}.
 * @since 0.1.0
 * @category models
 */
export interface DecreaseOrderV2Response extends Schema.Schema.Type<typeof DecreaseOrderV2Response> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Deposit = Schema.Struct({
  /**
   * Unique identifier for the deposit.
   */
  id: Schema.String,
  /**
   * Current status of the deposit. 'applied' means funds are reflected in balance.
   * Required by the spec; absent when the exchange omits it.
   */
  status: field(openEnum("pending", "applied", "failed", "returned")),
  /**
   * Payment method used for the deposit.
   * Required by the spec; absent when the exchange omits it.
   */
  type: field(openEnum("ach", "wire", "crypto", "debit", "apm")),
  /**
   * Deposit amount in cents.
   * Required by the spec; absent when the exchange omits it.
   */
  amount_cents: field(FixedPoint.DollarsFromCents),
  /**
   * Fee charged for the deposit in cents.
   * Required by the spec; absent when the exchange omits it.
   */
  fee_cents: field(FixedPoint.DollarsFromCents),
  /**
   * Unix timestamp of when the deposit was created.
   * Required by the spec; absent when the exchange omits it.
   */
  created_ts: field(Schema.Number),
  /**
   * Unix timestamp of when the deposit was finalized (applied, failed, or returned).
   */
  finalized_ts: field(Schema.Number)
}).annotations({ identifier: "Deposit" })

/**
 * The decoded form of {@link Deposit}.
 * @since 0.1.0
 * @category models
 */
export interface Deposit extends Schema.Schema.Type<typeof Deposit> {}

/**
 * An empty response body
 * @since 0.1.0
 * @category schemas
 */
export const EmptyResponse = Schema.Struct({}).annotations({ identifier: "EmptyResponse" })

/**
 * The decoded form of {@link EmptyResponse}.
 * @since 0.1.0
 * @category models
 */
export interface EmptyResponse extends Schema.Schema.Type<typeof EmptyResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const EndpointTokenCost = Schema.Struct({
  /**
   * HTTP method for the endpoint.
   * Required by the spec; absent when the exchange omits it.
   */
  method: field(Schema.String),
  /**
   * API route path for the endpoint.
   * Required by the spec; absent when the exchange omits it.
   */
  path: field(Schema.String),
  /**
   * Configured token cost for an endpoint whose cost differs from the default cost.
   * Required by the spec; absent when the exchange omits it.
   */
  cost: field(Schema.Number)
}).annotations({ identifier: "EndpointTokenCost" })

/**
 * The decoded form of {@link EndpointTokenCost}.
 * @since 0.1.0
 * @category models
 */
export interface EndpointTokenCost extends Schema.Schema.Type<typeof EndpointTokenCost> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const SettlementSource = Schema.Struct({
  /**
   * Name of the settlement source
   */
  name: field(Schema.String),
  /**
   * URL to the settlement source
   */
  url: field(Schema.String)
}).annotations({ identifier: "SettlementSource" })

/**
 * The decoded form of {@link SettlementSource}.
 * @since 0.1.0
 * @category models
 */
export interface SettlementSource extends Schema.Schema.Type<typeof SettlementSource> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const EventData = Schema.Struct({
  /**
   * Unique identifier for this event.
   */
  event_ticker: Schema.String,
  /**
   * Unique identifier for the series this event belongs to.
   */
  series_ticker: Schema.String,
  /**
   * Shortened descriptive title for the event.
   * Required by the spec; absent when the exchange omits it.
   */
  sub_title: field(Schema.String),
  /**
   * Full title of the event.
   * Required by the spec; absent when the exchange omits it.
   */
  title: field(Schema.String),
  /**
   * Collateral-return netting type for this event: `MECNET` for mutually exclusive markets, `DIRECNET` for directional netting, or an empty string for no collateral-return netting.
   * Netting applies within this event, not across all events in its series, and also requires netting to be enabled for the trading account or subtrader.
   * Use `with_nested_markets=true` to retrieve the markets associated with each event.
   * Required by the spec; absent when the exchange omits it.
   */
  collateral_return_type: field(Schema.String),
  /**
   * True when `collateral_return_type` is `MECNET`: at most one market in this event can resolve to 'yes'.
   * False for both `DIRECNET` and an empty collateral-return type. A false value does not mean collateral-return netting is unavailable. Use `collateral_return_type` to distinguish these cases.
   * Required by the spec; absent when the exchange omits it.
   */
  mutually_exclusive: field(Schema.Boolean),
  /**
   * Event category (deprecated, use series-level category instead).
   * @deprecated Use the series' `category`.
   */
  category: field(Schema.String),
  /**
   * The specific date this event is based on. Only filled when the event uses a date strike (mutually exclusive with strike_period).
   */
  strike_date: field(Schema.String),
  /**
   * The time period this event covers (e.g., 'week', 'month'). Only filled when the event uses a period strike (mutually exclusive with strike_date).
   */
  strike_period: field(Schema.String),
  /**
   * Array of markets associated with this event. Only populated when 'with_nested_markets=true' is specified in the request.
   */
  markets: arrayField(Market),
  /**
   * Additional metadata for the event.
   */
  product_metadata: field(Schema.Struct({})),
  /**
   * The official sources used for the determination of markets within this event. Methodology is defined in the rulebook.
   * Required by the spec; absent when the exchange omits it.
   */
  settlement_sources: arrayField(SettlementSource),
  /**
   * Timestamp of when this event's metadata was last updated.
   */
  last_updated_ts: field(Schema.String),
  /**
   * Fee type override for this event. When present, takes precedence over the series-level fee for this event's markets.
   */
  fee_type_override: field(Schema.String),
  /**
   * Fee multiplier override for this event. Paired with fee_type_override.
   */
  fee_multiplier_override: field(Schema.Number),
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "EventData" })

/**
 * The decoded form of {@link EventData}.
 * @since 0.1.0
 * @category models
 */
export interface EventData extends Schema.Schema.Type<typeof EventData> {}

/**
 * Fee type for a series or scheduled fee override.
 * @since 0.1.0
 * @category schemas
 */
export const FeeType = openEnum("quadratic", "quadratic_with_maker_fees", "quadratic_with_combo_maker_fees", "flat").annotations({ identifier: "FeeType" })

/**
 * The decoded form of {@link FeeType}.
 * @since 0.1.0
 * @category models
 */
export type FeeType = typeof FeeType.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const EventFeeChange = Schema.Struct({
  /**
   * Unique identifier for this fee change
   */
  id: Schema.String,
  /**
   * Event ticker this fee change applies to
   */
  event_ticker: Schema.String,
  /**
   * Series ticker for the event
   */
  series_ticker: Schema.String,
  /**
   * New fee type override for the event. When null, the event clears any prior override and falls back to the parent series' fee structure.
   * Required by the spec; absent when the exchange omits it.
   */
  fee_type_override: field(FeeType),
  /**
   * New fee multiplier override for the event. When null, the event clears any prior override and falls back to the parent series' fee multiplier.
   * Required by the spec; absent when the exchange omits it.
   */
  fee_multiplier_override: field(Schema.Number),
  /**
   * Timestamp when this fee change is scheduled to take effect
   * Required by the spec; absent when the exchange omits it.
   */
  scheduled_ts: field(Schema.String)
}).annotations({ identifier: "EventFeeChange" })

/**
 * The decoded form of {@link EventFeeChange}.
 * @since 0.1.0
 * @category models
 */
export interface EventFeeChange extends Schema.Schema.Type<typeof EventFeeChange> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const EventLiveData = Schema.Struct({
  /**
   * Type of live data. Names the schema of the details object.
   * Required by the spec; absent when the exchange omits it.
   */
  type: field(Schema.String),
  /**
   * Live data details as a flexible object whose shape depends on the type.
   * Required by the spec; absent when the exchange omits it.
   */
  details: field(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  /**
   * Present for crypto live data. True when the event has matured and the payload is a frozen historical snapshot.
   */
  is_historical: field(Schema.Boolean),
  /**
   * Chart range the client should default to (e.g. `15min`, `1h`). Omitted when unset.
   */
  default_range: field(Schema.String),
  /**
   * Chart range menu options. Omitted when unset.
   */
  range_options: arrayField(Schema.String)
}).annotations({ identifier: "EventLiveData" })

/**
 * The decoded form of {@link EventLiveData}.
 * @since 0.1.0
 * @category models
 */
export interface EventLiveData extends Schema.Schema.Type<typeof EventLiveData> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const EventPosition = Schema.Struct({
  /**
   * Unique identifier for events
   */
  event_ticker: Schema.String,
  /**
   * Total spent on this event in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  total_cost_dollars: dollarsField,
  /**
   * String representation of the total number of shares traded on this event (including both YES and NO contracts)
   * Required by the spec; absent when the exchange omits it.
   */
  total_cost_shares_fp: countField,
  /**
   * Cost of the aggregate event position in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  event_exposure_dollars: dollarsField,
  /**
   * Locked in profit and loss, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  realized_pnl_dollars: dollarsField,
  /**
   * Fees paid on fill orders, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  fees_paid_dollars: dollarsField
}).annotations({ identifier: "EventPosition" })

/**
 * The decoded form of {@link EventPosition}.
 * @since 0.1.0
 * @category models
 */
export interface EventPosition extends Schema.Schema.Type<typeof EventPosition> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeIndexStatus = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * Description of this exchange shard.
   * Required by the spec; absent when the exchange omits it.
   */
  description: field(Schema.String),
  /**
   * False if this exchange index is no longer taking any state changes at all. True unless under maintenance.
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_active: field(Schema.Boolean),
  /**
   * True if trading is currently permitted on this exchange index. False outside exchange hours or during pauses.
   * Required by the spec; absent when the exchange omits it.
   */
  trading_active: field(Schema.Boolean),
  /**
   * True if intra-exchange transfers are currently permitted on this exchange index. False when transfers are temporarily blocked.
   * Required by the spec; absent when the exchange omits it.
   */
  intra_exchange_transfers_active: field(Schema.Boolean)
}).annotations({ identifier: "ExchangeIndexStatus" })

/**
 * The decoded form of {@link ExchangeIndexStatus}.
 * @since 0.1.0
 * @category models
 */
export interface ExchangeIndexStatus extends Schema.Schema.Type<typeof ExchangeIndexStatus> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeStatus = Schema.Struct({
  /**
   * False if the core Kalshi exchange is no longer taking any state changes at all. This includes but is not limited to trading, new users, and transfers. True unless we are under maintenance.
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_active: field(Schema.Boolean),
  /**
   * True if we are currently permitting trading on the exchange. This is true during trading hours and false outside exchange hours. Kalshi reserves the right to pause at any time in case issues are detected.
   * Required by the spec; absent when the exchange omits it.
   */
  trading_active: field(Schema.Boolean),
  /**
   * True if intra-exchange transfers are currently permitted. False when transfers are temporarily blocked.
   */
  intra_exchange_transfers_active: field(Schema.Boolean),
  /**
   * Estimated downtime for the current exchange maintenance window. However, this is not guaranteed and can be extended.
   */
  exchange_estimated_resume_time: field(Schema.String),
  /**
   * Status of each exchange index. The top-level fields above reflect the default exchange index (0). Absent when the per-index breakdown is unavailable.
   */
  exchange_index_statuses: arrayField(ExchangeIndexStatus)
}).annotations({ identifier: "ExchangeStatus" })

/**
 * The decoded form of {@link ExchangeStatus}.
 * @since 0.1.0
 * @category models
 */
export interface ExchangeStatus extends Schema.Schema.Type<typeof ExchangeStatus> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const FCMSubtrader = Schema.Struct({
  /**
   * Full subtrader identifier owned by the authenticated FCM.
   */
  subtrader_id: Schema.String,
  /**
   * Exchange indices where this subtrader has been observed.
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_indices: arrayField(Schema.Number),
  /**
   * Effective trading block, including firm-wide and Kalshi restrictions.
   * Required by the spec; absent when the exchange omits it.
   */
  trading_blocked: field(Schema.Boolean),
  /**
   * Whether an FCM-owned per-subtrader trading block is configured.
   * Required by the spec; absent when the exchange omits it.
   */
  fcm_trading_blocked: field(Schema.Boolean),
  /**
   * Whether a configured per-subtrader block is awaiting engine application.
   * Required by the spec; absent when the exchange omits it.
   */
  propagation_pending: field(Schema.Boolean)
}).annotations({ identifier: "FCMSubtrader" })

/**
 * The decoded form of {@link FCMSubtrader}.
 * @since 0.1.0
 * @category models
 */
export interface FCMSubtrader extends Schema.Schema.Type<typeof FCMSubtrader> {}

/**
 * Outcome side.
 * @since 0.1.0
 * @category schemas
 */
export const OutcomeSide = openEnum("yes", "no").annotations({ identifier: "OutcomeSide" })

/**
 * The decoded form of {@link OutcomeSide}.
 * @since 0.1.0
 * @category models
 */
export type OutcomeSide = typeof OutcomeSide.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const FcmFill = Schema.Struct({
  /**
   * Fill ID.
   */
  fill_id: Schema.String,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * Market ticker.
   */
  ticker: Schema.String,
  /**
   * Taker outcome side. The maker has the opposite outcome.
   * Required by the spec; absent when the exchange omits it.
   */
  taker_outcome_side: field(OutcomeSide),
  /**
   * Filled contract count.
   * Required by the spec; absent when the exchange omits it.
   */
  count_fp: countField,
  /**
   * YES price in dollars.
   * Required by the spec; absent when the exchange omits it.
   */
  yes_price_dollars: dollarsField,
  /**
   * Fill execution time.
   */
  created_time: field(Schema.String),
  /**
   * Maker order ID when owned by the FCM.
   */
  maker_order_id: field(Schema.String),
  /**
   * Maker subtrader ID when owned by the FCM.
   */
  maker_subtrader_id: field(Schema.String),
  /**
   * Maker fee in dollars when owned by the FCM.
   */
  maker_fee_cost: dollarsField,
  /**
   * Taker order ID when owned by the FCM.
   */
  taker_order_id: field(Schema.String),
  /**
   * Taker subtrader ID when owned by the FCM.
   */
  taker_subtrader_id: field(Schema.String),
  /**
   * Taker fee in dollars when owned by the FCM.
   */
  taker_fee_cost: dollarsField
}).annotations({ identifier: "FcmFill" })

/**
 * The decoded form of {@link FcmFill}.
 * @since 0.1.0
 * @category models
 */
export interface FcmFill extends Schema.Schema.Type<typeof FcmFill> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Fill = Schema.Struct({
  /**
   * Unique identifier for this fill
   */
  fill_id: Schema.String,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * Unique identifier for this fill (legacy field name, same as fill_id)
   */
  trade_id: Schema.String,
  /**
   * Unique identifier for the order that resulted in this fill
   */
  order_id: Schema.String,
  /**
   * Unique identifier for the market
   */
  ticker: Schema.String,
  /**
   * Unique identifier for the market (legacy field name, same as ticker)
   */
  market_ticker: Schema.String,
  /**
   * Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
   * @deprecated Use `outcome_side` (or `book_side`).
   */
  side: field(openEnum("yes", "no")),
  /**
   * Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
   * @deprecated Use `outcome_side` (or `book_side`).
   */
  action: field(openEnum("buy", "sell")),
  /**
   * The outcome side this fill positioned the user for. buy-yes and sell-no produce 'yes'; buy-no and sell-yes produce 'no'.
   *
   * `outcome_side` describes directional exposure only; it does not change the fill's price. A fill at price `p` with `outcome_side=no` is matched against an order at the same price `p` with `outcome_side=yes` — both parties trade at the same price, just on opposite directions.
   *
   * `outcome_side` and `book_side` will become the canonical way to determine fill direction. The legacy `action` and `side` fields will be deprecated in a future release — please migrate to these new fields.
   * Required by the spec; absent when the exchange omits it.
   */
  outcome_side: field(OutcomeSide),
  /**
   * Same directional bit as outcome_side in book vocabulary. 'bid' is equivalent to outcome_side 'yes'; 'ask' is equivalent to outcome_side 'no'.
   *
   * `outcome_side` and `book_side` will become the canonical way to determine fill direction. The legacy `action` and `side` fields will be deprecated in a future release — please migrate to these new fields.
   * Required by the spec; absent when the exchange omits it.
   */
  book_side: field(BookSide),
  /**
   * String representation of the number of contracts bought or sold in this fill
   * Required by the spec; absent when the exchange omits it.
   */
  count_fp: countField,
  /**
   * Fill price for the yes side in fixed-point dollars
   * Required by the spec; absent when the exchange omits it.
   */
  yes_price_dollars: dollarsField,
  /**
   * Fill price for the no side in fixed-point dollars
   * Required by the spec; absent when the exchange omits it.
   */
  no_price_dollars: dollarsField,
  /**
   * If true, this fill was a taker (removed liquidity from the order book)
   * Required by the spec; absent when the exchange omits it.
   */
  is_taker: field(Schema.Boolean),
  /**
   * Timestamp when this fill was executed
   */
  created_time: field(Schema.String),
  /**
   * Fee cost in fixed-point dollars
   * Required by the spec; absent when the exchange omits it.
   */
  fee_cost: dollarsField,
  /**
   * Subaccount number (0 for primary, 1-63 for subaccounts). Present for direct users.
   */
  subaccount_number: field(Schema.Number),
  /**
   * Unix timestamp when this fill was executed (legacy field name)
   */
  ts: field(Schema.Number)
}).annotations({ identifier: "Fill" })

/**
 * The decoded form of {@link Fill}.
 * @since 0.1.0
 * @category models
 */
export interface Fill extends Schema.Schema.Type<typeof Fill> {}

/**
 * Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
 * @since 0.1.0
 * @category schemas
 */
export const FixedPointCount = FixedPoint.FixedPointCount.annotations({ identifier: "FixedPointCount" })

/**
 * The decoded form of {@link FixedPointCount}.
 * @since 0.1.0
 * @category models
 */
export type FixedPointCount = typeof FixedPointCount.Type

/**
 * Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's price level structure.
 * @since 0.1.0
 * @category schemas
 */
export const FixedPointDollars = FixedPoint.FixedPointDollars.annotations({ identifier: "FixedPointDollars" })

/**
 * The decoded form of {@link FixedPointDollars}.
 * @since 0.1.0
 * @category models
 */
export type FixedPointDollars = typeof FixedPointDollars.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const PercentilePoint = Schema.Struct({
  /**
   * The percentile value (0-9999).
   * Required by the spec; absent when the exchange omits it.
   */
  percentile: field(Schema.Number),
  /**
   * The raw numerical forecast value.
   * Required by the spec; absent when the exchange omits it.
   */
  raw_numerical_forecast: field(Schema.Number),
  /**
   * The processed numerical forecast value.
   * Required by the spec; absent when the exchange omits it.
   */
  numerical_forecast: field(Schema.Number),
  /**
   * The human-readable formatted forecast value.
   * Required by the spec; absent when the exchange omits it.
   */
  formatted_forecast: field(Schema.String)
}).annotations({ identifier: "PercentilePoint" })

/**
 * The decoded form of {@link PercentilePoint}.
 * @since 0.1.0
 * @category models
 */
export interface PercentilePoint extends Schema.Schema.Type<typeof PercentilePoint> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const ForecastPercentilesPoint = Schema.Struct({
  /**
   * The event ticker this forecast is for.
   */
  event_ticker: Schema.String,
  /**
   * Unix timestamp for the inclusive end of the forecast period.
   * Required by the spec; absent when the exchange omits it.
   */
  end_period_ts: field(Schema.Number),
  /**
   * Length of the forecast period in minutes.
   * Required by the spec; absent when the exchange omits it.
   */
  period_interval: field(Schema.Number),
  /**
   * Array of forecast values at different percentiles.
   * Required by the spec; absent when the exchange omits it.
   */
  percentile_points: arrayField(PercentilePoint)
}).annotations({ identifier: "ForecastPercentilesPoint" })

/**
 * The decoded form of {@link ForecastPercentilesPoint}.
 * @since 0.1.0
 * @category models
 */
export interface ForecastPercentilesPoint extends Schema.Schema.Type<typeof ForecastPercentilesPoint> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GenerateApiKeyRequest = Schema.Struct({
  /**
   * Name for the API key. This helps identify the key's purpose
   * Required by the spec; absent when the exchange omits it.
   */
  name: field(Schema.String),
  key_type: field(ApiKeyType),
  /**
   * List of scopes to grant to the API key. If the broad `write` parent scope is included, `read` must also be included. Child scopes may be granted without the broad parent scope. Defaults to full access (`read`, `write`) if not provided.
   */
  scopes: arrayField(ApiKeyScope),
  /**
   * If set, restricts the API key to a single sub-account (0-63) that you own. A restricted key may only read and trade on that sub-account; it cannot act on other sub-accounts, transfer funds between sub-accounts, or create sub-accounts. Omit to leave the key unrestricted. Mutually exclusive with fcm_subtrader_id.
   */
  subaccount: field(Schema.Number),
  /**
   * FCM members only. If set, binds the API key to a single FCM subtrader that you own, spelled {your_user_id}_{suffix} with a suffix of 1-16 case-sensitive ASCII alphanumeric characters. The subtrader must already exist. A bound key is the institution's trading credential for that subtrader - FIX order-entry and market-data sessions, plus margin WebSocket sessions scoped to the subtrader's own data - and is denied on every REST endpoint, including key management. Mutually exclusive with subaccount.
   */
  fcm_subtrader_id: field(Schema.String)
}).annotations({ identifier: "GenerateApiKeyRequest" })

/**
 * The decoded form of {@link GenerateApiKeyRequest}.
 * @since 0.1.0
 * @category models
 */
export interface GenerateApiKeyRequest extends Schema.Schema.Type<typeof GenerateApiKeyRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GenerateApiKeyResponse = Schema.Struct({
  /**
   * Unique identifier for the newly generated API key
   */
  api_key_id: Schema.String,
  key_type: field(ApiKeyType),
  /**
   * Private key in PEM format - PKCS#1 (`-----BEGIN RSA PRIVATE KEY-----`) for `rsa`, PKCS#8 (`-----BEGIN PRIVATE KEY-----`) for `ed25519`. This must be stored securely and cannot be retrieved again after this response
   * Required by the spec; absent when the exchange omits it.
   */
  private_key: field(Schema.String),
  /**
   * Present only when the minted key is bound to an FCM subtrader that is missing a per-subtrader risk control - the initial-margin cap (margin lane) or the event-contract daily cap. The mint still succeeds; the warning names each missing control - an event-contract subtrader without a daily cap has its event-contract orders rejected until one is set, while a margin subtrader without an initial-margin cap is bounded only by firm-level risk limits.
   */
  warning: field(Schema.String)
}).annotations({ identifier: "GenerateApiKeyResponse" })

/**
 * The decoded form of {@link GenerateApiKeyResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GenerateApiKeyResponse extends Schema.Schema.Type<typeof GenerateApiKeyResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountApiLimitsResponse = Schema.Struct({
  /**
   * User's effective Predictions API usage tier for these limits (for example, basic, advanced, expert, premier, paragon, prime, or prestige).
   * Required by the spec; absent when the exchange omits it.
   */
  usage_tier: field(Schema.String),
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  read: BucketLimit,
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  write: BucketLimit,
  /**
   * The caller's active API usage level grants across exchange lanes, where each grant applies to its exchange_instance and usage_tier reflects the effective tier for the lane reported by this endpoint.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  grants: payloadArray(ApiUsageLevelGrant)
}).annotations({ identifier: "GetAccountApiLimitsResponse" })

/**
 * The decoded form of {@link GetAccountApiLimitsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetAccountApiLimitsResponse extends Schema.Schema.Type<typeof GetAccountApiLimitsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountApiUsageLevelVolumeProgressResponse = Schema.Struct({
  /**
   * Latest cron-computed trading volume progress toward volume-based API usage tiers for the predictions (event_contract) lane. Volume-based public tiers are Expert, Premier, Paragon, Prime, and Prestige.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  volume_progress: payloadArray(AccountApiUsageLevelVolumeProgress)
}).annotations({ identifier: "GetAccountApiUsageLevelVolumeProgressResponse" })

/**
 * The decoded form of {@link GetAccountApiUsageLevelVolumeProgressResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetAccountApiUsageLevelVolumeProgressResponse extends Schema.Schema.Type<typeof GetAccountApiUsageLevelVolumeProgressResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountEndpointCostsResponse = Schema.Struct({
  /**
   * Default token cost applied to endpoints that are not listed in `endpoint_costs`. This is currently 10.
   * Required by the spec; absent when the exchange omits it.
   */
  default_cost: field(Schema.Number),
  /**
   * API v2 endpoints whose configured token cost differs from `default_cost`. Endpoints that use the default cost are omitted.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  endpoint_costs: payloadArray(EndpointTokenCost)
}).annotations({ identifier: "GetAccountEndpointCostsResponse" })

/**
 * The decoded form of {@link GetAccountEndpointCostsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetAccountEndpointCostsResponse extends Schema.Schema.Type<typeof GetAccountEndpointCostsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetApiKeysResponse = Schema.Struct({
  /**
   * List of all API keys associated with the user
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  api_keys: payloadArray(ApiKey),
  /**
   * Unix timestamp (seconds) when the account's location attestation for API key requests expires; a past value means the attestation has lapsed. Absent when the account has never attested.
   */
  api_key_region_expiration_ts: field(Schema.Number)
}).annotations({ identifier: "GetApiKeysResponse" })

/**
 * The decoded form of {@link GetApiKeysResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetApiKeysResponse extends Schema.Schema.Type<typeof GetApiKeysResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const IndexedBalance = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  balance: dollarsField
}).annotations({ identifier: "IndexedBalance" })

/**
 * The decoded form of {@link IndexedBalance}.
 * @since 0.1.0
 * @category models
 */
export interface IndexedBalance extends Schema.Schema.Type<typeof IndexedBalance> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetBalanceResponse = Schema.Struct({
  /**
   * Member's available balance in cents for the requested account and exchange index. It includes all exchange indexes when `exchange_index` is omitted.
   * Required by the spec; absent when the exchange omits it.
   */
  balance: field(FixedPoint.DollarsFromCents),
  /**
   * Member's available balance as a fixed-point dollar string for the requested account and exchange index. It includes all exchange indexes when `exchange_index` is omitted.
   * Required by the spec; absent when the exchange omits it.
   */
  balance_dollars: dollarsField,
  /**
   * Member's portfolio value in cents for the requested account and exchange index. It includes all exchange indexes when `exchange_index` is omitted.
   * Required by the spec; absent when the exchange omits it.
   */
  portfolio_value: field(FixedPoint.DollarsFromCents),
  /**
   * Unix timestamp of the last update to the balance.
   * Required by the spec; absent when the exchange omits it.
   */
  updated_ts: field(Schema.Number),
  /**
   * User balance breakdown per exchange instance, omitted only when using a subaccount-restricted API key.
   */
  balance_breakdown: arrayField(IndexedBalance)
}).annotations({ identifier: "GetBalanceResponse" })

/**
 * The decoded form of {@link GetBalanceResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetBalanceResponse extends Schema.Schema.Type<typeof GetBalanceResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetBlockTradeProposalsResponse = Schema.Struct({
  /**
   * List of block trade proposals
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  block_trade_proposals: payloadArray(BlockTradeProposal),
  /**
   * Cursor for pagination to get the next page of results
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetBlockTradeProposalsResponse" })

/**
 * The decoded form of {@link GetBlockTradeProposalsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetBlockTradeProposalsResponse extends Schema.Schema.Type<typeof GetBlockTradeProposalsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetCommunicationsIDResponse = Schema.Struct({
  /**
   * A public communications ID which is used to identify the user
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  communications_id: Schema.String
}).annotations({ identifier: "GetCommunicationsIDResponse" })

/**
 * The decoded form of {@link GetCommunicationsIDResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetCommunicationsIDResponse extends Schema.Schema.Type<typeof GetCommunicationsIDResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetDepositsResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  deposits: payloadArray(Deposit),
  cursor: field(Schema.String)
}).annotations({ identifier: "GetDepositsResponse" })

/**
 * The decoded form of {@link GetDepositsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetDepositsResponse extends Schema.Schema.Type<typeof GetDepositsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetEventCandlesticksResponse = Schema.Struct({
  /**
   * Array of market tickers in the event.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  market_tickers: payloadArray(Schema.String),
  /**
   * Array of market candlestick arrays, one for each market in the event.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  market_candlesticks: payloadArray(nullableArray(MarketCandlestick)),
  /**
   * Adjusted end timestamp if the requested candlesticks would be larger than maxAggregateCandidates.
   * Required by the spec; absent when the exchange omits it.
   */
  adjusted_end_ts: field(Schema.Number)
}).annotations({ identifier: "GetEventCandlesticksResponse" })

/**
 * The decoded form of {@link GetEventCandlesticksResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetEventCandlesticksResponse extends Schema.Schema.Type<typeof GetEventCandlesticksResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetEventFeeChangesResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  event_fee_changes: payloadArray(EventFeeChange),
  /**
   * Pagination cursor for the next page. Empty if there are no more results.
   * Required by the spec; absent when the exchange omits it.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetEventFeeChangesResponse" })

/**
 * The decoded form of {@link GetEventFeeChangesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetEventFeeChangesResponse extends Schema.Schema.Type<typeof GetEventFeeChangesResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetEventForecastPercentilesHistoryResponse = Schema.Struct({
  /**
   * Array of forecast percentile data points over time.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  forecast_history: payloadArray(ForecastPercentilesPoint)
}).annotations({ identifier: "GetEventForecastPercentilesHistoryResponse" })

/**
 * The decoded form of {@link GetEventForecastPercentilesHistoryResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetEventForecastPercentilesHistoryResponse extends Schema.Schema.Type<typeof GetEventForecastPercentilesHistoryResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetEventLiveDataResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  live_data: EventLiveData
}).annotations({ identifier: "GetEventLiveDataResponse" })

/**
 * The decoded form of {@link GetEventLiveDataResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetEventLiveDataResponse extends Schema.Schema.Type<typeof GetEventLiveDataResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const MarketMetadata = Schema.Struct({
  /**
   * The ticker of the market.
   */
  market_ticker: Schema.String,
  /**
   * A path to an image that represents this market.
   * Required by the spec; absent when the exchange omits it.
   */
  image_url: field(Schema.String),
  /**
   * The color code for the market.
   * Required by the spec; absent when the exchange omits it.
   */
  color_code: field(Schema.String)
}).annotations({ identifier: "MarketMetadata" })

/**
 * The decoded form of {@link MarketMetadata}.
 * @since 0.1.0
 * @category models
 */
export interface MarketMetadata extends Schema.Schema.Type<typeof MarketMetadata> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetEventMetadataResponse = Schema.Struct({
  /**
   * A path to an image that represents this event.
   * Required by the spec; absent when the exchange omits it.
   */
  image_url: field(Schema.String),
  /**
   * A path to an image that represents the image of the featured market.
   */
  featured_image_url: field(Schema.String),
  /**
   * Metadata for the markets in this event.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  market_details: payloadArray(MarketMetadata),
  /**
   * A list of settlement sources for this event.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  settlement_sources: payloadArray(SettlementSource),
  /**
   * Event competition.
   */
  competition: field(Schema.String),
  /**
   * Event scope, based on the competition.
   */
  competition_scope: field(Schema.String)
}).annotations({ identifier: "GetEventMetadataResponse" })

/**
 * The decoded form of {@link GetEventMetadataResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetEventMetadataResponse extends Schema.Schema.Type<typeof GetEventMetadataResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetEventResponse = Schema.Struct({
  /**
   * Data for the event.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  event: EventData,
  /**
   * Data for the markets in this event. This field is deprecated in favour of the "markets" field inside the event. Which will be filled with the same value if you use the query parameter "with_nested_markets=true".
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  markets: payloadArray(Market)
}).annotations({ identifier: "GetEventResponse" })

/**
 * The decoded form of {@link GetEventResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetEventResponse extends Schema.Schema.Type<typeof GetEventResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Milestone = Schema.Struct({
  /**
   * Unique identifier for the milestone.
   */
  id: Schema.String,
  /**
   * Category of the milestone. E.g. Sports, Elections, Esports, Crypto.
   * Required by the spec; absent when the exchange omits it.
   */
  category: field(Schema.String),
  /**
   * Type of the milestone. E.g. football_game, basketball_game, soccer_tournament_multi_leg, baseball_game, hockey_match, golf_tournament, political_race.
   * Required by the spec; absent when the exchange omits it.
   */
  type: field(Schema.String),
  /**
   * Start date of the milestone.
   * Required by the spec; absent when the exchange omits it.
   */
  start_date: field(Schema.String),
  /**
   * End date of the milestone, if any.
   */
  end_date: field(Schema.String),
  /**
   * List of event tickers related to this milestone.
   * Required by the spec; absent when the exchange omits it.
   */
  related_event_tickers: arrayField(Schema.String),
  /**
   * Title of the milestone.
   * Required by the spec; absent when the exchange omits it.
   */
  title: field(Schema.String),
  /**
   * Notification message for the milestone.
   * Required by the spec; absent when the exchange omits it.
   */
  notification_message: field(Schema.String),
  /**
   * Source id of milestone if available.
   */
  source_id: field(Schema.String),
  /**
   * Source ids of milestone if available.
   */
  source_ids: field(Schema.Record({ key: Schema.String, value: Schema.String })),
  /**
   * Additional details about the milestone.
   * Required by the spec; absent when the exchange omits it.
   */
  details: field(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  /**
   * List of event tickers directly related to the outcome of this milestone.
   * Required by the spec; absent when the exchange omits it.
   */
  primary_event_tickers: arrayField(Schema.String),
  /**
   * Last time this structured target was updated.
   * Required by the spec; absent when the exchange omits it.
   */
  last_updated_ts: field(Schema.String)
}).annotations({ identifier: "Milestone" })

/**
 * The decoded form of {@link Milestone}.
 * @since 0.1.0
 * @category models
 */
export interface Milestone extends Schema.Schema.Type<typeof Milestone> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetEventsResponse = Schema.Struct({
  /**
   * Array of events matching the query criteria.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  events: payloadArray(EventData),
  /**
   * Array of milestones related to the events.
   */
  milestones: arrayField(Milestone),
  /**
   * Pagination cursor for the next page. Empty if there are no more results.
   * Required by the spec; absent when the exchange omits it.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetEventsResponse" })

/**
 * The decoded form of {@link GetEventsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetEventsResponse extends Schema.Schema.Type<typeof GetEventsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const MaintenanceWindow = Schema.Struct({
  /**
   * Start date and time of the maintenance window.
   * Required by the spec; absent when the exchange omits it.
   */
  start_datetime: field(Schema.String),
  /**
   * End date and time of the maintenance window.
   * Required by the spec; absent when the exchange omits it.
   */
  end_datetime: field(Schema.String)
}).annotations({ identifier: "MaintenanceWindow" })

/**
 * The decoded form of {@link MaintenanceWindow}.
 * @since 0.1.0
 * @category models
 */
export interface MaintenanceWindow extends Schema.Schema.Type<typeof MaintenanceWindow> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const WeeklySchedule = Schema.Struct({
  /**
   * Start date and time for when this weekly schedule is effective.
   * Required by the spec; absent when the exchange omits it.
   */
  start_time: field(Schema.String),
  /**
   * End date and time for when this weekly schedule is no longer effective.
   * Required by the spec; absent when the exchange omits it.
   */
  end_time: field(Schema.String),
  /**
   * Trading hours for Monday. May contain multiple sessions.
   * Required by the spec; absent when the exchange omits it.
   */
  monday: arrayField(DailySchedule),
  /**
   * Trading hours for Tuesday. May contain multiple sessions.
   * Required by the spec; absent when the exchange omits it.
   */
  tuesday: arrayField(DailySchedule),
  /**
   * Trading hours for Wednesday. May contain multiple sessions.
   * Required by the spec; absent when the exchange omits it.
   */
  wednesday: arrayField(DailySchedule),
  /**
   * Trading hours for Thursday. May contain multiple sessions.
   * Required by the spec; absent when the exchange omits it.
   */
  thursday: arrayField(DailySchedule),
  /**
   * Trading hours for Friday. May contain multiple sessions.
   * Required by the spec; absent when the exchange omits it.
   */
  friday: arrayField(DailySchedule),
  /**
   * Trading hours for Saturday. May contain multiple sessions.
   * Required by the spec; absent when the exchange omits it.
   */
  saturday: arrayField(DailySchedule),
  /**
   * Trading hours for Sunday. May contain multiple sessions.
   * Required by the spec; absent when the exchange omits it.
   */
  sunday: arrayField(DailySchedule)
}).annotations({ identifier: "WeeklySchedule" })

/**
 * The decoded form of {@link WeeklySchedule}.
 * @since 0.1.0
 * @category models
 */
export interface WeeklySchedule extends Schema.Schema.Type<typeof WeeklySchedule> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Schedule = Schema.Struct({
  /**
   * The standard operating hours of the exchange. All times are expressed in ET. Outside of these times trading will be unavailable.
   * Required by the spec; absent when the exchange omits it.
   */
  standard_hours: arrayField(WeeklySchedule),
  /**
   * Scheduled maintenance windows, during which the exchange may be unavailable.
   * Required by the spec; absent when the exchange omits it.
   */
  maintenance_windows: arrayField(MaintenanceWindow)
}).annotations({ identifier: "Schedule" })

/**
 * The decoded form of {@link Schedule}.
 * @since 0.1.0
 * @category models
 */
export interface Schedule extends Schema.Schema.Type<typeof Schedule> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetExchangeScheduleResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  schedule: Schedule
}).annotations({ identifier: "GetExchangeScheduleResponse" })

/**
 * The decoded form of {@link GetExchangeScheduleResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetExchangeScheduleResponse extends Schema.Schema.Type<typeof GetExchangeScheduleResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetFCMEventContractDailyCapResponse = Schema.Struct({
  subtrader_id: Schema.String,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  limit: dollarsField,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  executed_utilization: dollarsField,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  resting_order_utilization: dollarsField,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  pending_order_utilization: dollarsField,
  /**
   * The New York calendar date the executed utilization applies to. Executed utilization resets at midnight New York time; resting and pending reservations persist while their orders remain open.
   * Required by the spec; absent when the exchange omits it.
   */
  cap_date: field(Schema.String)
}).annotations({ identifier: "GetFCMEventContractDailyCapResponse" })

/**
 * The decoded form of {@link GetFCMEventContractDailyCapResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetFCMEventContractDailyCapResponse extends Schema.Schema.Type<typeof GetFCMEventContractDailyCapResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetFCMSubtraderBlockedCategoriesResponse = Schema.Struct({
  /**
   * The event categories blocked for the subtrader, sorted ascending. Empty when no categories are blocked.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  categories: payloadArray(Schema.String)
}).annotations({ identifier: "GetFCMSubtraderBlockedCategoriesResponse" })

/**
 * The decoded form of {@link GetFCMSubtraderBlockedCategoriesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetFCMSubtraderBlockedCategoriesResponse extends Schema.Schema.Type<typeof GetFCMSubtraderBlockedCategoriesResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetFcmFillsResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  fills: payloadArray(FcmFill),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetFcmFillsResponse" })

/**
 * The decoded form of {@link GetFcmFillsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetFcmFillsResponse extends Schema.Schema.Type<typeof GetFcmFillsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetFillsResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  fills: payloadArray(Fill),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetFillsResponse" })

/**
 * The decoded form of {@link GetFillsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetFillsResponse extends Schema.Schema.Type<typeof GetFillsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const ScopeList = Schema.Struct({
  /**
   * List of scopes
   * Required by the spec; absent when the exchange omits it.
   */
  scopes: arrayField(Schema.String)
}).annotations({ identifier: "ScopeList" })

/**
 * The decoded form of {@link ScopeList}.
 * @since 0.1.0
 * @category models
 */
export interface ScopeList extends Schema.Schema.Type<typeof ScopeList> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const SportFilterDetails = Schema.Struct({
  /**
   * List of scopes available for this sport
   * Required by the spec; absent when the exchange omits it.
   */
  scopes: arrayField(Schema.String),
  /**
   * Mapping of competitions to their scope lists
   * Required by the spec; absent when the exchange omits it.
   */
  competitions: field(Schema.Record({ key: Schema.String, value: ScopeList }))
}).annotations({ identifier: "SportFilterDetails" })

/**
 * The decoded form of {@link SportFilterDetails}.
 * @since 0.1.0
 * @category models
 */
export interface SportFilterDetails extends Schema.Schema.Type<typeof SportFilterDetails> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetFiltersBySportsResponse = Schema.Struct({
  /**
   * Mapping of sports to their filter details
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  filters_by_sports: Schema.Record({ key: Schema.String, value: SportFilterDetails }),
  /**
   * Ordered list of sports for display
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  sport_ordering: payloadArray(Schema.String)
}).annotations({ identifier: "GetFiltersBySportsResponse" })

/**
 * The decoded form of {@link GetFiltersBySportsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetFiltersBySportsResponse extends Schema.Schema.Type<typeof GetFiltersBySportsResponse> {}

/**
 * Play-by-play data organized by period.
 * @since 0.1.0
 * @category schemas
 */
export const PlayByPlay = Schema.Struct({
  periods: arrayField(Schema.Struct({
  events: arrayField(Schema.Record({ key: Schema.String, value: Schema.Unknown }))
}))
}).annotations({ identifier: "PlayByPlay" })

/**
 * The decoded form of {@link PlayByPlay}.
 * @since 0.1.0
 * @category models
 */
export interface PlayByPlay extends Schema.Schema.Type<typeof PlayByPlay> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetGameStatsResponse = Schema.Struct({
  pbp: field(PlayByPlay)
}).annotations({ identifier: "GetGameStatsResponse" })

/**
 * The decoded form of {@link GetGameStatsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetGameStatsResponse extends Schema.Schema.Type<typeof GetGameStatsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetHistoricalCutoffResponse = Schema.Struct({
  /**
   * Cutoff based on **market settlement time**. Markets and their candlesticks that settled before this timestamp must be accessed via `GET /historical/markets` and `GET /historical/markets/{ticker}/candlesticks`.
   * Required by the spec; absent when the exchange omits it.
   */
  market_settled_ts: field(Schema.String),
  /**
   * Cutoff based on **trade fill time**. Fills that occurred before this timestamp must be accessed via `GET /historical/fills`.
   * Required by the spec; absent when the exchange omits it.
   */
  trades_created_ts: field(Schema.String),
  /**
   * Cutoff based on **order cancellation or execution time**. Orders canceled or fully executed before this timestamp must be accessed via `GET /historical/orders`. Resting (active) orders are always available in `GET /portfolio/orders`.
   * Required by the spec; absent when the exchange omits it.
   */
  orders_updated_ts: field(Schema.String),
  /**
   * Cutoff based on **position last-update time**. Settled positions archived from the live data set before this timestamp are served through the historical section of position reads.
   */
  market_positions_last_updated_ts: field(Schema.String)
}).annotations({ identifier: "GetHistoricalCutoffResponse" })

/**
 * The decoded form of {@link GetHistoricalCutoffResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetHistoricalCutoffResponse extends Schema.Schema.Type<typeof GetHistoricalCutoffResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const IncentiveProgram = Schema.Struct({
  /**
   * Unique identifier for the incentive program
   */
  id: Schema.String,
  /**
   * The unique identifier of the market associated with this incentive program
   * Required by the spec; absent when the exchange omits it.
   */
  market_id: field(Schema.String),
  /**
   * The ticker symbol of the market associated with this incentive program
   */
  market_ticker: Schema.String,
  /**
   * Type of incentive program
   * Required by the spec; absent when the exchange omits it.
   */
  incentive_type: field(openEnum("liquidity", "volume", "margin_maker_volume", "margin_taker_volume")),
  /**
   * Plain text description of the incentive program
   * Required by the spec; absent when the exchange omits it.
   */
  incentive_description: field(Schema.String),
  /**
   * Start date of the incentive program
   * Required by the spec; absent when the exchange omits it.
   */
  start_date: field(Schema.String),
  /**
   * End date of the incentive program
   * Required by the spec; absent when the exchange omits it.
   */
  end_date: field(Schema.String),
  /**
   * Total reward for the period in centi-cents
   * Required by the spec; absent when the exchange omits it.
   */
  period_reward: field(FixedPoint.DollarsFromCentiCents),
  /**
   * Whether the incentive has been paid out
   * Required by the spec; absent when the exchange omits it.
   */
  paid_out: field(Schema.Boolean),
  /**
   * Discount factor in basis points (optional)
   */
  discount_factor_bps: field(Schema.Number),
  /**
   * String representation of the target size for the incentive program (optional)
   */
  target_size_fp: countField,
  /**
   * Maximum reward per account in centi-cents (optional)
   */
  max_reward_per_account: field(FixedPoint.DollarsFromCentiCents)
}).annotations({ identifier: "IncentiveProgram" })

/**
 * The decoded form of {@link IncentiveProgram}.
 * @since 0.1.0
 * @category models
 */
export interface IncentiveProgram extends Schema.Schema.Type<typeof IncentiveProgram> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetIncentiveProgramsResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  incentive_programs: payloadArray(IncentiveProgram),
  /**
   * Cursor for pagination to get the next page of results
   */
  next_cursor: field(Schema.String)
}).annotations({ identifier: "GetIncentiveProgramsResponse" })

/**
 * The decoded form of {@link GetIncentiveProgramsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetIncentiveProgramsResponse extends Schema.Schema.Type<typeof GetIncentiveProgramsResponse> {}

/**
 * Transfer status.
 * @since 0.1.0
 * @category schemas
 */
export const IntraExchangeInstanceTransferStatus = openEnum("pending", "complete").annotations({ identifier: "IntraExchangeInstanceTransferStatus" })

/**
 * The decoded form of {@link IntraExchangeInstanceTransferStatus}.
 * @since 0.1.0
 * @category models
 */
export type IntraExchangeInstanceTransferStatus = typeof IntraExchangeInstanceTransferStatus.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const IntraExchangeInstanceTransfer = Schema.Struct({
  /**
   * Unique transfer id
   * Required by the spec; absent when the exchange omits it.
   */
  transfer_id: field(Schema.String),
  /**
   * Source exchange instance
   * Required by the spec; absent when the exchange omits it.
   */
  source: field(ExchangeInstance),
  /**
   * Destination exchange instance
   * Required by the spec; absent when the exchange omits it.
   */
  destination: field(ExchangeInstance),
  /**
   * Source exchange shard index
   * Required by the spec; absent when the exchange omits it.
   */
  source_exchange_shard: field(Schema.Number),
  /**
   * Destination exchange shard index
   * Required by the spec; absent when the exchange omits it.
   */
  destination_exchange_shard: field(Schema.Number),
  /**
   * Transfer amount in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  amount: dollarsField,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  status: field(IntraExchangeInstanceTransferStatus),
  /**
   * Unix timestamp when the transfer was created
   * Required by the spec; absent when the exchange omits it.
   */
  created_ts: field(Schema.Number)
}).annotations({ identifier: "IntraExchangeInstanceTransfer" })

/**
 * The decoded form of {@link IntraExchangeInstanceTransfer}.
 * @since 0.1.0
 * @category models
 */
export interface IntraExchangeInstanceTransfer extends Schema.Schema.Type<typeof IntraExchangeInstanceTransfer> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetIntraExchangeInstanceTransferResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  transfer: IntraExchangeInstanceTransfer
}).annotations({ identifier: "GetIntraExchangeInstanceTransferResponse" })

/**
 * The decoded form of {@link GetIntraExchangeInstanceTransferResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetIntraExchangeInstanceTransferResponse extends Schema.Schema.Type<typeof GetIntraExchangeInstanceTransferResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetIntraExchangeInstanceTransfersResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  transfers: payloadArray(IntraExchangeInstanceTransfer),
  /**
   * Cursor for the next page of results. Omitted when there are no further pages.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetIntraExchangeInstanceTransfersResponse" })

/**
 * The decoded form of {@link GetIntraExchangeInstanceTransfersResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetIntraExchangeInstanceTransfersResponse extends Schema.Schema.Type<typeof GetIntraExchangeInstanceTransfersResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const LiveData = Schema.Struct({
  /**
   * Type of live data
   * Required by the spec; absent when the exchange omits it.
   */
  type: field(Schema.String),
  /**
   * Live data details as a flexible object
   * Required by the spec; absent when the exchange omits it.
   */
  details: field(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  /**
   * Milestone ID
   */
  milestone_id: Schema.String
}).annotations({ identifier: "LiveData" })

/**
 * The decoded form of {@link LiveData}.
 * @since 0.1.0
 * @category models
 */
export interface LiveData extends Schema.Schema.Type<typeof LiveData> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetLiveDataResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  live_data: LiveData
}).annotations({ identifier: "GetLiveDataResponse" })

/**
 * The decoded form of {@link GetLiveDataResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetLiveDataResponse extends Schema.Schema.Type<typeof GetLiveDataResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetLiveDatasResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  live_datas: payloadArray(LiveData)
}).annotations({ identifier: "GetLiveDatasResponse" })

/**
 * The decoded form of {@link GetLiveDatasResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetLiveDatasResponse extends Schema.Schema.Type<typeof GetLiveDatasResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const PriceDistributionHistorical = Schema.Struct({
  /**
   * Price of the first trade during the candlestick period (in dollars). Null if no trades occurred.
   * Required by the spec; absent when the exchange omits it.
   */
  open: dollarsField,
  /**
   * Lowest trade price during the candlestick period (in dollars). Null if no trades occurred.
   * Required by the spec; absent when the exchange omits it.
   */
  low: dollarsField,
  /**
   * Highest trade price during the candlestick period (in dollars). Null if no trades occurred.
   * Required by the spec; absent when the exchange omits it.
   */
  high: dollarsField,
  /**
   * Price of the last trade during the candlestick period (in dollars). Null if no trades occurred.
   * Required by the spec; absent when the exchange omits it.
   */
  close: dollarsField,
  /**
   * Volume-weighted average price during the candlestick period (in dollars). Null if no trades occurred.
   * Required by the spec; absent when the exchange omits it.
   */
  mean: dollarsField,
  /**
   * Close price from the previous candlestick period (in dollars). Null if this is the first candlestick or no prior trade exists.
   * Required by the spec; absent when the exchange omits it.
   */
  previous: dollarsField
}).annotations({ identifier: "PriceDistributionHistorical" })

/**
 * The decoded form of {@link PriceDistributionHistorical}.
 * @since 0.1.0
 * @category models
 */
export interface PriceDistributionHistorical extends Schema.Schema.Type<typeof PriceDistributionHistorical> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const MarketCandlestickHistorical = Schema.Struct({
  /**
   * Unix timestamp for the inclusive end of the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  end_period_ts: field(Schema.Number),
  /**
   * Open, high, low, close (OHLC) data for YES buy offers on the market during the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  yes_bid: field(BidAskDistributionHistorical),
  /**
   * Open, high, low, close (OHLC) data for YES sell offers on the market during the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  yes_ask: field(BidAskDistributionHistorical),
  /**
   * Open, high, low, close (OHLC) and more data for trade YES contract prices on the market during the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  price: field(PriceDistributionHistorical),
  /**
   * String representation of the number of contracts bought on the market during the candlestick period.
   * Required by the spec; absent when the exchange omits it.
   */
  volume: countField,
  /**
   * String representation of the number of contracts bought on the market by end of the candlestick period (end_period_ts).
   * Required by the spec; absent when the exchange omits it.
   */
  open_interest: countField
}).annotations({ identifier: "MarketCandlestickHistorical" })

/**
 * The decoded form of {@link MarketCandlestickHistorical}.
 * @since 0.1.0
 * @category models
 */
export interface MarketCandlestickHistorical extends Schema.Schema.Type<typeof MarketCandlestickHistorical> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMarketCandlesticksHistoricalResponse = Schema.Struct({
  /**
   * Unique identifier for the market.
   */
  ticker: Schema.String,
  /**
   * Array of candlestick data points for the specified time range.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  candlesticks: payloadArray(MarketCandlestickHistorical)
}).annotations({ identifier: "GetMarketCandlesticksHistoricalResponse" })

/**
 * The decoded form of {@link GetMarketCandlesticksHistoricalResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMarketCandlesticksHistoricalResponse extends Schema.Schema.Type<typeof GetMarketCandlesticksHistoricalResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMarketCandlesticksResponse = Schema.Struct({
  /**
   * Unique identifier for the market.
   */
  ticker: Schema.String,
  /**
   * Array of candlestick data points for the specified time range.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  candlesticks: payloadArray(MarketCandlestick)
}).annotations({ identifier: "GetMarketCandlesticksResponse" })

/**
 * The decoded form of {@link GetMarketCandlesticksResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMarketCandlesticksResponse extends Schema.Schema.Type<typeof GetMarketCandlesticksResponse> {}

/**
 * Price level in dollars represented as [dollars_string, fp] where dollars_string is like "0.1500" and fp is a FixedPointCount string (fixed-point contract count). The second element is the contract quantity (not price).
 * @since 0.1.0
 * @category schemas
 */
export const PriceLevelDollarsCountFp = Schema.Tuple(FixedPoint.FixedPointDollars, FixedPoint.FixedPointCount).annotations({ identifier: "PriceLevelDollarsCountFp" })

/**
 * The decoded form of {@link PriceLevelDollarsCountFp}.
 * @since 0.1.0
 * @category models
 */
export type PriceLevelDollarsCountFp = typeof PriceLevelDollarsCountFp.Type

/**
 * Orderbook with fixed-point contract counts (fp) in all dollar price levels.
 * @since 0.1.0
 * @category schemas
 */
export const OrderbookCountFp = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  yes_dollars: arrayField(PriceLevelDollarsCountFp),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  no_dollars: arrayField(PriceLevelDollarsCountFp)
}).annotations({ identifier: "OrderbookCountFp" })

/**
 * The decoded form of {@link OrderbookCountFp}.
 * @since 0.1.0
 * @category models
 */
export interface OrderbookCountFp extends Schema.Schema.Type<typeof OrderbookCountFp> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMarketOrderbookResponse = Schema.Struct({
  /**
   * Orderbook with fixed-point contract counts (fp) in all price levels.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  orderbook_fp: OrderbookCountFp
}).annotations({ identifier: "GetMarketOrderbookResponse" })

/**
 * The decoded form of {@link GetMarketOrderbookResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMarketOrderbookResponse extends Schema.Schema.Type<typeof GetMarketOrderbookResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const MarketOrderbookFp = Schema.Struct({
  ticker: Schema.String,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  orderbook_fp: field(OrderbookCountFp)
}).annotations({ identifier: "MarketOrderbookFp" })

/**
 * The decoded form of {@link MarketOrderbookFp}.
 * @since 0.1.0
 * @category models
 */
export interface MarketOrderbookFp extends Schema.Schema.Type<typeof MarketOrderbookFp> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMarketOrderbooksResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  orderbooks: payloadArray(MarketOrderbookFp)
}).annotations({ identifier: "GetMarketOrderbooksResponse" })

/**
 * The decoded form of {@link GetMarketOrderbooksResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMarketOrderbooksResponse extends Schema.Schema.Type<typeof GetMarketOrderbooksResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMarketResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  market: Market
}).annotations({ identifier: "GetMarketResponse" })

/**
 * The decoded form of {@link GetMarketResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMarketResponse extends Schema.Schema.Type<typeof GetMarketResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMarketsResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  markets: payloadArray(Market),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetMarketsResponse" })

/**
 * The decoded form of {@link GetMarketsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMarketsResponse extends Schema.Schema.Type<typeof GetMarketsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMilestoneResponse = Schema.Struct({
  /**
   * The milestone data.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  milestone: Milestone
}).annotations({ identifier: "GetMilestoneResponse" })

/**
 * The decoded form of {@link GetMilestoneResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMilestoneResponse extends Schema.Schema.Type<typeof GetMilestoneResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMilestonesResponse = Schema.Struct({
  /**
   * List of milestones.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  milestones: payloadArray(Milestone),
  /**
   * Cursor for pagination.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetMilestonesResponse" })

/**
 * The decoded form of {@link GetMilestonesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMilestonesResponse extends Schema.Schema.Type<typeof GetMilestonesResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const MultivariateEventCollection = Schema.Struct({
  /**
   * Unique identifier for the collection.
   */
  collection_ticker: Schema.String,
  /**
   * Series associated with the collection. Events produced in the collection will be associated with this series.
   */
  series_ticker: Schema.String,
  /**
   * Exchange index inherited from the collection's series.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * Title of the collection.
   * Required by the spec; absent when the exchange omits it.
   */
  title: field(Schema.String),
  /**
   * Short description of the collection.
   * Required by the spec; absent when the exchange omits it.
   */
  description: field(Schema.String),
  /**
   * The open date of the collection. Before this time, the collection cannot be interacted with.
   * Required by the spec; absent when the exchange omits it.
   */
  open_date: field(Schema.String),
  /**
   * The close date of the collection. After this time, the collection cannot be interacted with.
   * Required by the spec; absent when the exchange omits it.
   */
  close_date: field(Schema.String),
  /**
   * List of events with their individual configuration.
   * Required by the spec; absent when the exchange omits it.
   */
  associated_events: arrayField(AssociatedEvent),
  /**
   * [DEPRECATED - Use associated_events instead] A list of events associated with the collection. Markets in these events can be passed as inputs to the Lookup and Create endpoints.
   * Required by the spec; absent when the exchange omits it.
   */
  associated_event_tickers: arrayField(Schema.String),
  /**
   * Whether the collection is ordered. If true, the order of markets passed into Lookup/Create affects the output. If false, the order does not matter.
   * Required by the spec; absent when the exchange omits it.
   */
  is_ordered: field(Schema.Boolean),
  /**
   * [DEPRECATED - Use associated_events instead] Whether the collection accepts multiple markets from the same event passed into Lookup/Create.
   * Required by the spec; absent when the exchange omits it.
   */
  is_single_market_per_event: field(Schema.Boolean),
  /**
   * [DEPRECATED - Use associated_events instead] Whether the collection requires that only the market side of 'yes' may be used.
   * Required by the spec; absent when the exchange omits it.
   */
  is_all_yes: field(Schema.Boolean),
  /**
   * The minimum number of markets that must be passed into Lookup/Create (inclusive).
   * Required by the spec; absent when the exchange omits it.
   */
  size_min: field(Schema.Number),
  /**
   * The maximum number of markets that must be passed into Lookup/Create (inclusive).
   * Required by the spec; absent when the exchange omits it.
   */
  size_max: field(Schema.Number),
  /**
   * A functional description of the collection describing how inputs affect the output.
   * Required by the spec; absent when the exchange omits it.
   */
  functional_description: field(Schema.String)
}).annotations({ identifier: "MultivariateEventCollection" })

/**
 * The decoded form of {@link MultivariateEventCollection}.
 * @since 0.1.0
 * @category models
 */
export interface MultivariateEventCollection extends Schema.Schema.Type<typeof MultivariateEventCollection> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMultivariateEventCollectionResponse = Schema.Struct({
  /**
   * The multivariate event collection.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  multivariate_contract: MultivariateEventCollection
}).annotations({ identifier: "GetMultivariateEventCollectionResponse" })

/**
 * The decoded form of {@link GetMultivariateEventCollectionResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMultivariateEventCollectionResponse extends Schema.Schema.Type<typeof GetMultivariateEventCollectionResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMultivariateEventCollectionsResponse = Schema.Struct({
  /**
   * List of multivariate event collections.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  multivariate_contracts: payloadArray(MultivariateEventCollection),
  /**
   * The Cursor represents a pointer to the next page of records in the pagination. Use the value returned here in the cursor query parameter for this end-point to get the next page containing limit records. An empty value of this field indicates there is no next page.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetMultivariateEventCollectionsResponse" })

/**
 * The decoded form of {@link GetMultivariateEventCollectionsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMultivariateEventCollectionsResponse extends Schema.Schema.Type<typeof GetMultivariateEventCollectionsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetMultivariateEventsResponse = Schema.Struct({
  /**
   * Array of multivariate events matching the query criteria.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  events: payloadArray(EventData),
  /**
   * Pagination cursor for the next page. Empty if there are no more results.
   * Required by the spec; absent when the exchange omits it.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetMultivariateEventsResponse" })

/**
 * The decoded form of {@link GetMultivariateEventsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetMultivariateEventsResponse extends Schema.Schema.Type<typeof GetMultivariateEventsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetOrderGroupResponse = Schema.Struct({
  /**
   * Whether auto-cancel is enabled for this order group
   * Required by the spec; absent when the exchange omits it.
   */
  is_auto_cancel_enabled: field(Schema.Boolean),
  /**
   * String representation of the current maximum contracts allowed over a rolling 15-second window.
   */
  contracts_limit_fp: countField,
  /**
   * List of order IDs that belong to this order group
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  orders: payloadArray(Schema.String),
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "GetOrderGroupResponse" })

/**
 * The decoded form of {@link GetOrderGroupResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetOrderGroupResponse extends Schema.Schema.Type<typeof GetOrderGroupResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const OrderGroup = Schema.Struct({
  /**
   * Unique identifier for the order group
   */
  id: Schema.String,
  /**
   * String representation of the current maximum contracts allowed over a rolling 15-second window.
   */
  contracts_limit_fp: countField,
  /**
   * Whether auto-cancel is enabled for this order group
   * Required by the spec; absent when the exchange omits it.
   */
  is_auto_cancel_enabled: field(Schema.Boolean),
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "OrderGroup" })

/**
 * The decoded form of {@link OrderGroup}.
 * @since 0.1.0
 * @category models
 */
export interface OrderGroup extends Schema.Schema.Type<typeof OrderGroup> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetOrderGroupsResponse = Schema.Struct({
  order_groups: arrayField(OrderGroup)
}).annotations({ identifier: "GetOrderGroupsResponse" })

/**
 * The decoded form of {@link GetOrderGroupsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetOrderGroupsResponse extends Schema.Schema.Type<typeof GetOrderGroupsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetOrderQueuePositionResponse = Schema.Struct({
  /**
   * The number of preceding shares before the order in the queue.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  queue_position_fp: FixedPoint.FixedPointCount
}).annotations({ identifier: "GetOrderQueuePositionResponse" })

/**
 * The decoded form of {@link GetOrderQueuePositionResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetOrderQueuePositionResponse extends Schema.Schema.Type<typeof GetOrderQueuePositionResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const OrderQueuePosition = Schema.Struct({
  /**
   * The order ID
   */
  order_id: Schema.String,
  /**
   * The market ticker
   */
  market_ticker: Schema.String,
  /**
   * The number of preceding shares before the order in the queue.
   * Required by the spec; absent when the exchange omits it.
   */
  queue_position_fp: countField
}).annotations({ identifier: "OrderQueuePosition" })

/**
 * The decoded form of {@link OrderQueuePosition}.
 * @since 0.1.0
 * @category models
 */
export interface OrderQueuePosition extends Schema.Schema.Type<typeof OrderQueuePosition> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetOrderQueuePositionsResponse = Schema.Struct({
  /**
   * Queue positions for all matching orders
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  queue_positions: payloadArray(OrderQueuePosition)
}).annotations({ identifier: "GetOrderQueuePositionsResponse" })

/**
 * The decoded form of {@link GetOrderQueuePositionsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetOrderQueuePositionsResponse extends Schema.Schema.Type<typeof GetOrderQueuePositionsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetOrderResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  order: Order
}).annotations({ identifier: "GetOrderResponse" })

/**
 * The decoded form of {@link GetOrderResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetOrderResponse extends Schema.Schema.Type<typeof GetOrderResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetOrdersResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  orders: payloadArray(Order),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetOrdersResponse" })

/**
 * The decoded form of {@link GetOrdersResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetOrdersResponse extends Schema.Schema.Type<typeof GetOrdersResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetPortfolioRestingOrderTotalValueResponse = Schema.Struct({
  /**
   * Total value of resting orders in cents
   * Required by the spec; absent when the exchange omits it.
   */
  total_resting_order_value: field(FixedPoint.DollarsFromCents),
  /**
   * Total value of resting orders broken down by exchange index, with each balance expressed as a fixed-point dollar string.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  resting_order_value_breakdown: payloadArray(IndexedBalance)
}).annotations({ identifier: "GetPortfolioRestingOrderTotalValueResponse" })

/**
 * The decoded form of {@link GetPortfolioRestingOrderTotalValueResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetPortfolioRestingOrderTotalValueResponse extends Schema.Schema.Type<typeof GetPortfolioRestingOrderTotalValueResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const MarketPosition = Schema.Struct({
  /**
   * Unique identifier for the market
   */
  ticker: Schema.String,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * Total spent on this market in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  total_traded_dollars: dollarsField,
  /**
   * String representation of the number of contracts bought in this market. Negative means NO contracts and positive means YES contracts
   * Required by the spec; absent when the exchange omits it.
   */
  position_fp: countField,
  /**
   * Cost of the aggregate market position in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  market_exposure_dollars: dollarsField,
  /**
   * Locked in profit and loss, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  realized_pnl_dollars: dollarsField,
  /**
   * Fees paid on fill orders, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  fees_paid_dollars: dollarsField,
  /**
   * Last time the position is updated
   * Required by the spec; absent when the exchange omits it.
   */
  last_updated_ts: field(Schema.String)
}).annotations({ identifier: "MarketPosition" })

/**
 * The decoded form of {@link MarketPosition}.
 * @since 0.1.0
 * @category models
 */
export interface MarketPosition extends Schema.Schema.Type<typeof MarketPosition> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetPositionsResponse = Schema.Struct({
  /**
   * The Cursor represents a pointer to the next page of records in the pagination. Use the value returned here in the cursor query parameter for this end-point to get the next page containing limit records. An empty value of this field indicates there is no next page.
   */
  cursor: field(Schema.String),
  /**
   * List of market positions
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  market_positions: payloadArray(MarketPosition),
  /**
   * List of event positions
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  event_positions: payloadArray(EventPosition)
}).annotations({ identifier: "GetPositionsResponse" })

/**
 * The decoded form of {@link GetPositionsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetPositionsResponse extends Schema.Schema.Type<typeof GetPositionsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Quote = Schema.Struct({
  /**
   * UUID of the quote. Preserve the exact returned string.
   */
  id: Schema.String,
  /**
   * UUID of the RFQ this quote is responding to.
   */
  rfq_id: Schema.String,
  /**
   * Public communications ID of the quote creator
   * Required by the spec; absent when the exchange omits it.
   */
  creator_id: field(Schema.String),
  /**
   * Public communications ID of the RFQ creator (anonymized). Set to "0" for other users when obscure_creator_id is enabled.
   * Required by the spec; absent when the exchange omits it.
   */
  rfq_creator_id: field(Schema.String),
  /**
   * The ticker of the market this quote is for
   */
  market_ticker: Schema.String,
  /**
   * String representation of the number of contracts in the quote
   * Required by the spec; absent when the exchange omits it.
   */
  contracts_fp: countField,
  /**
   * Bid price for YES contracts, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  yes_bid_dollars: dollarsField,
  /**
   * Bid price for NO contracts, in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  no_bid_dollars: dollarsField,
  /**
   * Timestamp when the quote was created
   * Required by the spec; absent when the exchange omits it.
   */
  created_ts: field(Schema.String),
  /**
   * Timestamp when the quote was last updated
   * Required by the spec; absent when the exchange omits it.
   */
  updated_ts: field(Schema.String),
  /**
   * Current status of the quote
   * Required by the spec; absent when the exchange omits it.
   */
  status: field(openEnum("open", "accepted", "confirmed", "executed", "cancelled")),
  /**
   * The side that was accepted (yes or no)
   */
  accepted_side: field(openEnum("yes", "no")),
  /**
   * Timestamp when the quote was accepted
   */
  accepted_ts: field(Schema.String),
  /**
   * Timestamp when the quote was confirmed
   */
  confirmed_ts: field(Schema.String),
  /**
   * Timestamp when the quote was executed
   */
  executed_ts: field(Schema.String),
  /**
   * Timestamp when the quote was cancelled
   */
  cancelled_ts: field(Schema.String),
  /**
   * Whether to rest the remainder of the quote after execution
   */
  rest_remainder: field(Schema.Boolean),
  /**
   * Whether the quote creator's order is post-only (visible when the caller is the quote creator)
   */
  post_only: field(Schema.Boolean),
  /**
   * Reason for quote cancellation if cancelled
   */
  cancellation_reason: field(Schema.String),
  /**
   * User ID of the quote creator (private field)
   */
  creator_user_id: field(Schema.String),
  /**
   * User ID of the RFQ creator (private field)
   */
  rfq_creator_user_id: field(Schema.String),
  /**
   * Total value requested in the RFQ in dollars
   */
  rfq_target_cost_dollars: dollarsField,
  /**
   * True when the RFQ's target cost is principal-only and the contracts-offered sizes were computed without reserving taker fees (fees are charged on top of the target cost).
   */
  target_cost_excludes_fees: field(Schema.Boolean),
  /**
   * Order ID for the RFQ creator (private field)
   */
  rfq_creator_order_id: field(Schema.String),
  /**
   * Order ID for the quote creator (private field)
   */
  creator_order_id: field(Schema.String),
  /**
   * Subaccount number of the quote creator (visible when the caller is the quote creator)
   */
  creator_subaccount: field(Schema.Number),
  /**
   * Subaccount number of the RFQ creator (visible when the caller is the RFQ creator)
   */
  rfq_creator_subaccount: field(Schema.Number),
  /**
   * Number of YES contracts offered in the quote (fixed-point)
   */
  yes_contracts_fp: countField,
  /**
   * Number of NO contracts offered in the quote (fixed-point)
   */
  no_contracts_fp: countField
}).annotations({ identifier: "Quote" })

/**
 * The decoded form of {@link Quote}.
 * @since 0.1.0
 * @category models
 */
export interface Quote extends Schema.Schema.Type<typeof Quote> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetQuoteResponse = Schema.Struct({
  /**
   * The details of the requested quote
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  quote: Quote
}).annotations({ identifier: "GetQuoteResponse" })

/**
 * The decoded form of {@link GetQuoteResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetQuoteResponse extends Schema.Schema.Type<typeof GetQuoteResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetQuotesResponse = Schema.Struct({
  /**
   * List of quotes matching the query criteria
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  quotes: payloadArray(Quote),
  /**
   * Cursor for pagination to get the next page of results
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetQuotesResponse" })

/**
 * The decoded form of {@link GetQuotesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetQuotesResponse extends Schema.Schema.Type<typeof GetQuotesResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const RFQ = Schema.Struct({
  /**
   * UUID of the RFQ. Preserve the exact returned string.
   */
  id: Schema.String,
  /**
   * Public communications ID of the RFQ creator (anonymized). Set to "0" for other users when obscure_creator_id is enabled.
   * Required by the spec; absent when the exchange omits it.
   */
  creator_id: field(Schema.String),
  /**
   * The ticker of the market this RFQ is for
   */
  market_ticker: Schema.String,
  /**
   * String representation of the number of contracts requested in the RFQ
   * Required by the spec; absent when the exchange omits it.
   */
  contracts_fp: countField,
  /**
   * Total value of the RFQ in dollars
   */
  target_cost_dollars: dollarsField,
  /**
   * True when the target cost is principal-only and quote sizes are computed without reserving taker fees (fees are charged on top).
   */
  target_cost_excludes_fees: field(Schema.Boolean),
  /**
   * Current status of the RFQ (open, closed)
   * Required by the spec; absent when the exchange omits it.
   */
  status: field(openEnum("open", "closed")),
  /**
   * Timestamp when the RFQ was created
   * Required by the spec; absent when the exchange omits it.
   */
  created_ts: field(Schema.String),
  /**
   * Ticker of the MVE collection this market belongs to
   */
  mve_collection_ticker: field(Schema.String),
  /**
   * Selected legs for the MVE collection
   */
  mve_selected_legs: arrayField(MveSelectedLeg),
  /**
   * Whether to rest the remainder of the RFQ after execution
   */
  rest_remainder: field(Schema.Boolean),
  /**
   * Reason for RFQ cancellation if cancelled
   */
  cancellation_reason: field(Schema.String),
  /**
   * User ID of the RFQ creator (private field)
   */
  creator_user_id: field(Schema.String),
  /**
   * Subaccount number of the RFQ creator (visible when the caller is the RFQ creator)
   */
  creator_subaccount: field(Schema.Number),
  /**
   * Timestamp when the RFQ was cancelled
   */
  cancelled_ts: field(Schema.String),
  /**
   * Timestamp when the RFQ was last updated
   */
  updated_ts: field(Schema.String)
}).annotations({ identifier: "RFQ" })

/**
 * The decoded form of {@link RFQ}.
 * @since 0.1.0
 * @category models
 */
export interface RFQ extends Schema.Schema.Type<typeof RFQ> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetRFQResponse = Schema.Struct({
  /**
   * The details of the requested RFQ
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  rfq: RFQ
}).annotations({ identifier: "GetRFQResponse" })

/**
 * The decoded form of {@link GetRFQResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetRFQResponse extends Schema.Schema.Type<typeof GetRFQResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetRFQsResponse = Schema.Struct({
  /**
   * List of RFQs matching the query criteria
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  rfqs: payloadArray(RFQ),
  /**
   * Cursor for pagination to get the next page of results
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetRFQsResponse" })

/**
 * The decoded form of {@link GetRFQsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetRFQsResponse extends Schema.Schema.Type<typeof GetRFQsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const SeriesFeeChange = Schema.Struct({
  /**
   * Unique identifier for this fee change
   */
  id: Schema.String,
  /**
   * Series ticker this fee change applies to
   */
  series_ticker: Schema.String,
  /**
   * New fee type for the series
   * Required by the spec; absent when the exchange omits it.
   */
  fee_type: field(FeeType),
  /**
   * New fee multiplier for the series
   * Required by the spec; absent when the exchange omits it.
   */
  fee_multiplier: field(Schema.Number),
  /**
   * Timestamp when this fee change is scheduled to take effect
   * Required by the spec; absent when the exchange omits it.
   */
  scheduled_ts: field(Schema.String)
}).annotations({ identifier: "SeriesFeeChange" })

/**
 * The decoded form of {@link SeriesFeeChange}.
 * @since 0.1.0
 * @category models
 */
export interface SeriesFeeChange extends Schema.Schema.Type<typeof SeriesFeeChange> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetSeriesFeeChangesResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  series_fee_change_arr: payloadArray(SeriesFeeChange)
}).annotations({ identifier: "GetSeriesFeeChangesResponse" })

/**
 * The decoded form of {@link GetSeriesFeeChangesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetSeriesFeeChangesResponse extends Schema.Schema.Type<typeof GetSeriesFeeChangesResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Series = Schema.Struct({
  /**
   * Ticker that identifies this series.
   */
  ticker: Schema.String,
  /**
   * Description of the frequency of the series. There is no fixed value set here, but will be something human-readable like weekly, daily, one-off.
   * Required by the spec; absent when the exchange omits it.
   */
  frequency: field(Schema.String),
  /**
   * Title describing the series. For full context use you should use this field with the title field of the events belonging to this series.
   * Required by the spec; absent when the exchange omits it.
   */
  title: field(Schema.String),
  /**
   * Category is the primary category of this series.
   * Required by the spec; absent when the exchange omits it.
   */
  category: field(Schema.String),
  /**
   * Categories is the list of discovery categories for this series. The `category` filter on Get Series List matches any entry in this list. May be empty.
   * Required by the spec; absent when the exchange omits it.
   */
  categories: arrayField(Schema.String),
  /**
   * Tags specifies the subjects that this series relates to, multiple series from different categories can have the same tags.
   * Required by the spec; absent when the exchange omits it.
   */
  tags: arrayField(Schema.String),
  /**
   * SettlementSources specifies the official sources used for the determination of markets within the series. Methodology is defined in the rulebook.
   * Required by the spec; absent when the exchange omits it.
   */
  settlement_sources: arrayField(SettlementSource),
  /**
   * ContractUrl provides a direct link to the original filing of the contract which underlies the series.
   * Required by the spec; absent when the exchange omits it.
   */
  contract_url: field(Schema.String),
  /**
   * ContractTermsUrl is the URL to the current terms of the contract underlying the series.
   * Required by the spec; absent when the exchange omits it.
   */
  contract_terms_url: field(Schema.String),
  /**
   * Internal product metadata of the series.
   */
  product_metadata: field(Schema.Struct({})),
  /**
   * FeeType is a string representing the series' fee structure. Fee structures can be found at https://kalshi.com/docs/kalshi-fee-schedule.pdf. 'quadratic' is described by the General Trading Fees Table, 'quadratic_with_maker_fees' is described by the General Trading Fees Table with maker fees described in the Maker Fees section, 'quadratic_with_combo_maker_fees' is the same maker-fee structure with a 0.5 maker multiplier instead of 0.25, 'flat' is described by the Specific Trading Fees Table.
   * Required by the spec; absent when the exchange omits it.
   */
  fee_type: field(FeeType),
  /**
   * FeeMultiplier is a floating point multiplier applied to the fee calculations.
   * Required by the spec; absent when the exchange omits it.
   */
  fee_multiplier: field(Schema.Number),
  /**
   * AdditionalProhibitions is a list of additional trading prohibitions for this series.
   * Required by the spec; absent when the exchange omits it.
   */
  additional_prohibitions: arrayField(Schema.String),
  /**
   * String representation of the total number of contracts traded across all events in this series.
   */
  volume_fp: countField,
  /**
   * Timestamp of when this series' metadata was last updated.
   */
  last_updated_ts: field(Schema.String),
  exchange_index: field(ExchangeIndex)
}).annotations({ identifier: "Series" })

/**
 * The decoded form of {@link Series}.
 * @since 0.1.0
 * @category models
 */
export interface Series extends Schema.Schema.Type<typeof Series> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetSeriesListResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  series: payloadArray(Series)
}).annotations({ identifier: "GetSeriesListResponse" })

/**
 * The decoded form of {@link GetSeriesListResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetSeriesListResponse extends Schema.Schema.Type<typeof GetSeriesListResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetSeriesResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  series: Series
}).annotations({ identifier: "GetSeriesResponse" })

/**
 * The decoded form of {@link GetSeriesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetSeriesResponse extends Schema.Schema.Type<typeof GetSeriesResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Settlement = Schema.Struct({
  /**
   * The ticker symbol of the market that was settled.
   */
  ticker: Schema.String,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(ExchangeIndex),
  /**
   * The event ticker symbol of the market that was settled.
   */
  event_ticker: Schema.String,
  /**
   * The outcome of the market settlement. 'yes' = market resolved to YES, 'no' = market resolved to NO, 'scalar' = scalar market settled at a specific value.
   * Required by the spec; absent when the exchange omits it.
   */
  market_result: field(openEnum("yes", "no", "scalar")),
  /**
   * String representation of the number of YES contracts owned at the time of settlement.
   * Required by the spec; absent when the exchange omits it.
   */
  yes_count_fp: countField,
  /**
   * Total cost basis of all YES contracts in fixed-point dollars.
   * Required by the spec; absent when the exchange omits it.
   */
  yes_total_cost_dollars: dollarsField,
  /**
   * String representation of the number of NO contracts owned at the time of settlement.
   * Required by the spec; absent when the exchange omits it.
   */
  no_count_fp: countField,
  /**
   * Total cost basis of all NO contracts in fixed-point dollars.
   * Required by the spec; absent when the exchange omits it.
   */
  no_total_cost_dollars: dollarsField,
  /**
   * Total revenue earned from this settlement in cents (winning contracts pay out 100 cents each).
   * Required by the spec; absent when the exchange omits it.
   */
  revenue: field(FixedPoint.DollarsFromCents),
  /**
   * Timestamp when the market was settled and payouts were processed.
   * Required by the spec; absent when the exchange omits it.
   */
  settled_time: field(Schema.String),
  /**
   * Total fees paid in fixed point dollars.
   * Required by the spec; absent when the exchange omits it.
   */
  fee_cost: dollarsField,
  /**
   * Payout of a single yes contract in cents.
   */
  value: field(FixedPoint.DollarsFromCents)
}).annotations({ identifier: "Settlement" })

/**
 * The decoded form of {@link Settlement}.
 * @since 0.1.0
 * @category models
 */
export interface Settlement extends Schema.Schema.Type<typeof Settlement> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetSettlementsResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  settlements: payloadArray(Settlement),
  cursor: field(Schema.String)
}).annotations({ identifier: "GetSettlementsResponse" })

/**
 * The decoded form of {@link GetSettlementsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetSettlementsResponse extends Schema.Schema.Type<typeof GetSettlementsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const StructuredTarget = Schema.Struct({
  /**
   * Unique identifier for the structured target.
   */
  id: field(Schema.String),
  /**
   * Name of the structured target.
   */
  name: field(Schema.String),
  /**
   * Type of the structured target.
   */
  type: field(Schema.String),
  /**
   * Additional details about the structured target. Contains flexible JSON data specific to the target type.
   */
  details: field(Schema.Struct({})),
  /**
   * External source identifier for the structured target, if available (e.g., third-party data provider ID).
   */
  source_id: field(Schema.String),
  /**
   * Source ids of structured target if available.
   */
  source_ids: field(Schema.Record({ key: Schema.String, value: Schema.String })),
  /**
   * Timestamp when this structured target was last updated.
   */
  last_updated_ts: field(Schema.String)
}).annotations({ identifier: "StructuredTarget" })

/**
 * The decoded form of {@link StructuredTarget}.
 * @since 0.1.0
 * @category models
 */
export interface StructuredTarget extends Schema.Schema.Type<typeof StructuredTarget> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetStructuredTargetResponse = Schema.Struct({
  structured_target: field(StructuredTarget)
}).annotations({ identifier: "GetStructuredTargetResponse" })

/**
 * The decoded form of {@link GetStructuredTargetResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetStructuredTargetResponse extends Schema.Schema.Type<typeof GetStructuredTargetResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetStructuredTargetsResponse = Schema.Struct({
  structured_targets: arrayField(StructuredTarget),
  /**
   * Pagination cursor for the next page. Empty if there are no more results.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetStructuredTargetsResponse" })

/**
 * The decoded form of {@link GetStructuredTargetsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetStructuredTargetsResponse extends Schema.Schema.Type<typeof GetStructuredTargetsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const SubaccountBalance = Schema.Struct({
  /**
   * Subaccount number (0 for primary, 1-63 for subaccounts).
   * Required by the spec; absent when the exchange omits it.
   */
  subaccount_number: field(Schema.Number),
  /**
   * Exchange index the balance is held on.
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(Schema.Number),
  /**
   * Balance in dollars.
   * Required by the spec; absent when the exchange omits it.
   */
  balance: dollarsField,
  /**
   * Unix timestamp of last balance update.
   * Required by the spec; absent when the exchange omits it.
   */
  updated_ts: field(Schema.Number)
}).annotations({ identifier: "SubaccountBalance" })

/**
 * The decoded form of {@link SubaccountBalance}.
 * @since 0.1.0
 * @category models
 */
export interface SubaccountBalance extends Schema.Schema.Type<typeof SubaccountBalance> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetSubaccountBalancesResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  subaccount_balances: payloadArray(SubaccountBalance)
}).annotations({ identifier: "GetSubaccountBalancesResponse" })

/**
 * The decoded form of {@link GetSubaccountBalancesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetSubaccountBalancesResponse extends Schema.Schema.Type<typeof GetSubaccountBalancesResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const SubaccountNettingConfig = Schema.Struct({
  /**
   * Subaccount number (0 for primary, 1-63 for subaccounts).
   * Required by the spec; absent when the exchange omits it.
   */
  subaccount_number: field(Schema.Number),
  /**
   * Whether netting is enabled for this subaccount.
   * Required by the spec; absent when the exchange omits it.
   */
  enabled: field(Schema.Boolean),
  /**
   * Exchange index of the subaccount.
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(Schema.Number)
}).annotations({ identifier: "SubaccountNettingConfig" })

/**
 * The decoded form of {@link SubaccountNettingConfig}.
 * @since 0.1.0
 * @category models
 */
export interface SubaccountNettingConfig extends Schema.Schema.Type<typeof SubaccountNettingConfig> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetSubaccountNettingResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  netting_configs: payloadArray(SubaccountNettingConfig)
}).annotations({ identifier: "GetSubaccountNettingResponse" })

/**
 * The decoded form of {@link GetSubaccountNettingResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetSubaccountNettingResponse extends Schema.Schema.Type<typeof GetSubaccountNettingResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const SubaccountTransfer = Schema.Struct({
  /**
   * Unique identifier for this transfer.
   * Required by the spec; absent when the exchange omits it.
   */
  transfer_id: field(Schema.String),
  /**
   * Source subaccount number (0 for primary, 1-63 for subaccounts).
   * Required by the spec; absent when the exchange omits it.
   */
  from_subaccount: field(Schema.Number),
  /**
   * Destination subaccount number (0 for primary, 1-63 for subaccounts).
   * Required by the spec; absent when the exchange omits it.
   */
  to_subaccount: field(Schema.Number),
  /**
   * Cash transfer amount in cents.
   * Required by the spec; absent when the exchange omits it.
   */
  amount_cents: field(FixedPoint.DollarsFromCents),
  /**
   * Unix timestamp when the transfer was created.
   * Required by the spec; absent when the exchange omits it.
   */
  created_ts: field(Schema.Number),
  /**
   * Exchange index the transfer was applied on.
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(Schema.Number)
}).annotations({ identifier: "SubaccountTransfer" })

/**
 * The decoded form of {@link SubaccountTransfer}.
 * @since 0.1.0
 * @category models
 */
export interface SubaccountTransfer extends Schema.Schema.Type<typeof SubaccountTransfer> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetSubaccountTransfersResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  transfers: payloadArray(SubaccountTransfer),
  /**
   * Cursor for the next page of results.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetSubaccountTransfersResponse" })

/**
 * The decoded form of {@link GetSubaccountTransfersResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetSubaccountTransfersResponse extends Schema.Schema.Type<typeof GetSubaccountTransfersResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetTagsForSeriesCategoriesResponse = Schema.Struct({
  /**
   * Mapping of series categories to their associated tags
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  tags_by_categories: Schema.Record({ key: Schema.String, value: nullableArray(Schema.String) })
}).annotations({ identifier: "GetTagsForSeriesCategoriesResponse" })

/**
 * The decoded form of {@link GetTagsForSeriesCategoriesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetTagsForSeriesCategoriesResponse extends Schema.Schema.Type<typeof GetTagsForSeriesCategoriesResponse> {}

/**
 * Collateral an automatic rebalance leaves behind for resting orders. `none` reserves no
 * collateral for resting orders. `max` reserves the
 * largest single market-side commitment. `sum` reserves the summed margin of every resting order.
 * @since 0.1.0
 * @category schemas
 */
export const RestingMarginReservation = openEnum("none", "max", "sum").annotations({ identifier: "RestingMarginReservation" })

/**
 * The decoded form of {@link RestingMarginReservation}.
 * @since 0.1.0
 * @category models
 */
export type RestingMarginReservation = typeof RestingMarginReservation.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const TargetBalanceAllocation = Schema.Struct({
  /**
   * Exchange index that receives this percentage of sweepable balance
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(Schema.Number),
  /**
   * Target percentage of sweepable balance for the exchange index
   * Required by the spec; absent when the exchange omits it.
   */
  percent: field(Schema.Number)
}).annotations({ identifier: "TargetBalanceAllocation" })

/**
 * The decoded form of {@link TargetBalanceAllocation}.
 * @since 0.1.0
 * @category models
 */
export interface TargetBalanceAllocation extends Schema.Schema.Type<typeof TargetBalanceAllocation> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetTargetBalanceAllocationResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  allocations: payloadArray(TargetBalanceAllocation),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  resting_margin_reservation: field(RestingMarginReservation)
}).annotations({ identifier: "GetTargetBalanceAllocationResponse" })

/**
 * The decoded form of {@link GetTargetBalanceAllocationResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetTargetBalanceAllocationResponse extends Schema.Schema.Type<typeof GetTargetBalanceAllocationResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Trade = Schema.Struct({
  /**
   * Unique identifier for this trade
   */
  trade_id: Schema.String,
  /**
   * Unique identifier for the market
   */
  ticker: Schema.String,
  /**
   * String representation of the number of contracts bought or sold in this trade
   * Required by the spec; absent when the exchange omits it.
   */
  count_fp: countField,
  /**
   * Yes price for this trade in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  yes_price_dollars: dollarsField,
  /**
   * No price for this trade in dollars
   * Required by the spec; absent when the exchange omits it.
   */
  no_price_dollars: dollarsField,
  /**
   * Deprecated. Use `taker_outcome_side` (or `taker_book_side`) instead. See [Order direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
   * @deprecated Use `taker_outcome_side` (or `taker_book_side`).
   */
  taker_side: field(openEnum("yes", "no")),
  /**
   * The outcome side the taker is positioned for. buy-yes and sell-no produce 'yes'; buy-no and sell-yes produce 'no'.
   *
   * `taker_outcome_side` describes directional exposure only; it does not change the trade's price. A trade at price `p` with `taker_outcome_side=no` is matched against the maker at the same price `p` with the opposite direction — both parties trade at the same price.
   *
   * `taker_outcome_side` and `taker_book_side` will become the canonical way to determine trade direction. The legacy `taker_side` field will be deprecated in a future release — please migrate to these new fields.
   * Required by the spec; absent when the exchange omits it.
   */
  taker_outcome_side: field(openEnum("yes", "no")),
  /**
   * Same directional bit as taker_outcome_side in book vocabulary. 'bid' is equivalent to taker_outcome_side 'yes'; 'ask' is equivalent to taker_outcome_side 'no'.
   *
   * `taker_outcome_side` and `taker_book_side` will become the canonical way to determine trade direction. The legacy `taker_side` field will be deprecated in a future release — please migrate to these new fields.
   * Required by the spec; absent when the exchange omits it.
   */
  taker_book_side: field(BookSide),
  /**
   * Timestamp when this trade was executed
   * Required by the spec; absent when the exchange omits it.
   */
  created_time: field(Schema.String),
  /**
   * True if this trade was matched off-book as a block trade (e.g. via RFQ / negotiated block proposal); false for trades that filled on the standard order book.
   * Required by the spec; absent when the exchange omits it.
   */
  is_block_trade: field(Schema.Boolean)
}).annotations({ identifier: "Trade" })

/**
 * The decoded form of {@link Trade}.
 * @since 0.1.0
 * @category models
 */
export interface Trade extends Schema.Schema.Type<typeof Trade> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetTradesResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  trades: payloadArray(Trade),
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  cursor: field(Schema.String)
}).annotations({ identifier: "GetTradesResponse" })

/**
 * The decoded form of {@link GetTradesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetTradesResponse extends Schema.Schema.Type<typeof GetTradesResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetUserDataTimestampResponse = Schema.Struct({
  /**
   * Timestamp when user data was last updated.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  as_of_time: Schema.String
}).annotations({ identifier: "GetUserDataTimestampResponse" })

/**
 * The decoded form of {@link GetUserDataTimestampResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetUserDataTimestampResponse extends Schema.Schema.Type<typeof GetUserDataTimestampResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const WeatherIndexCalibrationStation = Schema.Struct({
  /**
   * Member station ID (e.g. `KMIA1M`).
   * Required by the spec; absent when the exchange omits it.
   */
  station_id: field(Schema.String),
  /**
   * Base weight (weights sum to 1.0 across members).
   * Required by the spec; absent when the exchange omits it.
   */
  weight: field(Schema.Number),
  /**
   * Station offset in Celsius (positive = station normally runs warmer than its peers).
   * Required by the spec; absent when the exchange omits it.
   */
  offset_c: field(Schema.Number),
  /**
   * Weekly-calibration disposition, present only on weekly calibration records: `updated ...` with the residual count, target, and applied adjustment, or `insufficient ...` when the prior offset was retained.
   */
  update_note: field(Schema.String)
}).annotations({ identifier: "WeatherIndexCalibrationStation" })

/**
 * The decoded form of {@link WeatherIndexCalibrationStation}.
 * @since 0.1.0
 * @category models
 */
export interface WeatherIndexCalibrationStation extends Schema.Schema.Type<typeof WeatherIndexCalibrationStation> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const WeatherIndexCalibration = Schema.Struct({
  /**
   * Configuration version (e.g. `miami-temperature-v1.0-cal-20260831`). Index points report the version they were computed under in their `config_version` field.
   * Required by the spec; absent when the exchange omits it.
   */
  config_version: field(Schema.String),
  /**
   * When the record was published, unix milliseconds UTC.
   */
  published_at_ms: field(Schema.Number),
  /**
   * The record governs event minutes at or after this time (unix milliseconds UTC), until superseded by the next record.
   * Required by the spec; absent when the exchange omits it.
   */
  effective_at_ms: field(Schema.Number),
  /**
   * Why the configuration changed.
   */
  change_reason: field(Schema.String),
  /**
   * Start of the trailing observation window the offsets were estimated from. Absent on records not derived from a calibration window (the launch configuration).
   */
  calibration_window_start_ms: field(Schema.Number),
  /**
   * End of the calibration window (exclusive).
   */
  calibration_window_end_ms: field(Schema.Number),
  /**
   * City reference B_c in Celsius: the weight-dot-offset sum over all configured member stations.
   * Required by the spec; absent when the exchange omits it.
   */
  city_reference_c: field(Schema.Number),
  /**
   * Configured member stations, in configuration order.
   * Required by the spec; absent when the exchange omits it.
   */
  stations: arrayField(WeatherIndexCalibrationStation)
}).annotations({ identifier: "WeatherIndexCalibration" })

/**
 * The decoded form of {@link WeatherIndexCalibration}.
 * @since 0.1.0
 * @category models
 */
export interface WeatherIndexCalibration extends Schema.Schema.Type<typeof WeatherIndexCalibration> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetWeatherIndexCalibrationsResponse = Schema.Struct({
  /**
   * Index city ID.
   * Required by the spec; absent when the exchange omits it.
   */
  city: field(Schema.String),
  /**
   * Always `celsius` — offsets and the city reference are Celsius quantities from the index methodology (the published index value itself is Fahrenheit).
   * Required by the spec; absent when the exchange omits it.
   */
  units: field(Schema.String),
  /**
   * Configuration records, ascending by effective time.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  calibrations: payloadArray(WeatherIndexCalibration)
}).annotations({ identifier: "GetWeatherIndexCalibrationsResponse" })

/**
 * The decoded form of {@link GetWeatherIndexCalibrationsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetWeatherIndexCalibrationsResponse extends Schema.Schema.Type<typeof GetWeatherIndexCalibrationsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const WeatherIndexStationReading = Schema.Struct({
  /**
   * Member station (e.g. `KMIA1M`) or its official fallback ID.
   * Required by the spec; absent when the exchange omits it.
   */
  station_id: field(Schema.String),
  /**
   * Disposition: `ok` (accepted), `missing` (no eligible observation), `late` (received after the deadline; diagnostic only), a QC rejection (`range`, `rate_spatial`, `extreme`), or `pending` (raw reading on an `incomplete` minute, not yet quality-controlled).
   * Required by the spec; absent when the exchange omits it.
   */
  code: field(Schema.String),
  /**
   * `hf_asos` (exact-minute primary) or `metar` (carried-forward official observation). Absent when no reading was available.
   */
  source: field(Schema.String),
  /**
   * Raw reported temperature in Fahrenheit (unrounded — only the published index value carries output rounding). Absent for `missing` members.
   */
  temp_f: field(Schema.Number),
  /**
   * Observation time for carried-forward fallbacks (differs from the event minute). Absent for exact-minute primaries.
   */
  obs_time_ms: field(Schema.Number),
  /**
   * Local wire-receipt time backing the eligibility deadline.
   */
  received_at_ms: field(Schema.Number),
  /**
   * Why the primary observation was passed over when a fallback was selected instead.
   */
  primary_code: field(Schema.String)
}).annotations({ identifier: "WeatherIndexStationReading" })

/**
 * The decoded form of {@link WeatherIndexStationReading}.
 * @since 0.1.0
 * @category models
 */
export interface WeatherIndexStationReading extends Schema.Schema.Type<typeof WeatherIndexStationReading> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const WeatherIndexPoint = Schema.Struct({
  /**
   * Event minute, unix milliseconds UTC.
   * Required by the spec; absent when the exchange omits it.
   */
  t: field(Schema.Number),
  /**
   * Published index value, Fahrenheit rounded to 0.01. Absent on `incomplete` points, which have no canonical value yet.
   */
  v: field(Schema.Number),
  /**
   * `normal` (every member contributed its exact-minute primary observation) or `degraded` (a member was absent, fallback-fed, or substituted by quality control; the value is equally settlement-eligible). With `detailed=true`, trailing minutes still inside their receipt deadline are additionally served as `incomplete`: no value, and stations carrying the raw readings recorded so far (code `pending`, not yet quality-controlled — more readings may still arrive, and the canonical value may differ).
   * Required by the spec; absent when the exchange omits it.
   */
  status: field(Schema.String),
  /**
   * Number of accepted member stations backing the point. Absent on `incomplete` points.
   */
  contributors: field(Schema.Number),
  /**
   * Present only on points produced by the labelled historical backfill that seeds a city's series for the period before it went live. `synoptic_latency` means the receipt-deadline test used `observation_time + Synoptic ingest latency` in place of Kalshi's local receipt clock. Absent on canonical points, which are the only settlement-eligible ones.
   */
  receipt_basis: field(Schema.String),
  /**
   * Per-station audit readings (only with `detailed=true`), sorted by station ID — every configured member's reported value and QC disposition before incorporation into the index.
   */
  stations: arrayField(WeatherIndexStationReading)
}).annotations({ identifier: "WeatherIndexPoint" })

/**
 * The decoded form of {@link WeatherIndexPoint}.
 * @since 0.1.0
 * @category models
 */
export interface WeatherIndexPoint extends Schema.Schema.Type<typeof WeatherIndexPoint> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetWeatherIndexResponse = Schema.Struct({
  /**
   * Index city ID.
   * Required by the spec; absent when the exchange omits it.
   */
  city: field(Schema.String),
  /**
   * Index configuration version of the newest returned point (e.g. `miami-temperature-v1.0`). Empty when no points matched the window.
   */
  config_version: field(Schema.String),
  /**
   * Always `fahrenheit`.
   * Required by the spec; absent when the exchange omits it.
   */
  units: field(Schema.String),
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  timeseries: payloadArray(WeatherIndexPoint)
}).annotations({ identifier: "GetWeatherIndexResponse" })

/**
 * The decoded form of {@link GetWeatherIndexResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetWeatherIndexResponse extends Schema.Schema.Type<typeof GetWeatherIndexResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Withdrawal = Schema.Struct({
  /**
   * Unique identifier for the withdrawal.
   */
  id: Schema.String,
  /**
   * Current status of the withdrawal. 'applied' means funds have been deducted from balance.
   * Required by the spec; absent when the exchange omits it.
   */
  status: field(openEnum("pending", "applied", "failed", "returned")),
  /**
   * Payment type used for the withdrawal.
   * Required by the spec; absent when the exchange omits it.
   */
  type: field(openEnum("ach", "wire", "crypto", "debit", "apm")),
  /**
   * Withdrawal amount in cents.
   * Required by the spec; absent when the exchange omits it.
   */
  amount_cents: field(FixedPoint.DollarsFromCents),
  /**
   * Fee charged for the withdrawal in cents.
   * Required by the spec; absent when the exchange omits it.
   */
  fee_cents: field(FixedPoint.DollarsFromCents),
  /**
   * Unix timestamp of when the withdrawal was created.
   * Required by the spec; absent when the exchange omits it.
   */
  created_ts: field(Schema.Number),
  /**
   * Unix timestamp of when the withdrawal was finalized (applied, failed, or returned).
   */
  finalized_ts: field(Schema.Number)
}).annotations({ identifier: "Withdrawal" })

/**
 * The decoded form of {@link Withdrawal}.
 * @since 0.1.0
 * @category models
 */
export interface Withdrawal extends Schema.Schema.Type<typeof Withdrawal> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const GetWithdrawalsResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  withdrawals: payloadArray(Withdrawal),
  cursor: field(Schema.String)
}).annotations({ identifier: "GetWithdrawalsResponse" })

/**
 * The decoded form of {@link GetWithdrawalsResponse}.
 * @since 0.1.0
 * @category models
 */
export interface GetWithdrawalsResponse extends Schema.Schema.Type<typeof GetWithdrawalsResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const IntraExchangeInstanceTransferRequest = Schema.Struct({
  /**
   * The source exchange instance
   * Required by the spec; absent when the exchange omits it.
   */
  source: field(ExchangeInstance),
  /**
   * The destination exchange instance
   * Required by the spec; absent when the exchange omits it.
   */
  destination: field(ExchangeInstance),
  /**
   * The amount to transfer in centicents
   * Required by the spec; absent when the exchange omits it.
   */
  amount: field(FixedPoint.DollarsFromCentiCents),
  /**
   * Source exchange shard index (default 0)
   */
  source_exchange_shard: field(Schema.Number),
  /**
   * Destination exchange shard index (default 0)
   */
  destination_exchange_shard: field(Schema.Number),
  /**
   * Source subaccount number (default 0 for the primary account). Only supported for event contract to event contract transfers.
   */
  source_subaccount: field(Schema.Number),
  /**
   * Destination subaccount number (default 0 for the primary account). Only supported for event contract to event contract transfers.
   */
  destination_subaccount: field(Schema.Number)
}).annotations({ identifier: "IntraExchangeInstanceTransferRequest" })

/**
 * The decoded form of {@link IntraExchangeInstanceTransferRequest}.
 * @since 0.1.0
 * @category models
 */
export interface IntraExchangeInstanceTransferRequest extends Schema.Schema.Type<typeof IntraExchangeInstanceTransferRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const IntraExchangeInstanceTransferResponse = Schema.Struct({
  /**
   * The ID of the transfer that was created
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  transfer_id: Schema.String
}).annotations({ identifier: "IntraExchangeInstanceTransferResponse" })

/**
 * The decoded form of {@link IntraExchangeInstanceTransferResponse}.
 * @since 0.1.0
 * @category models
 */
export interface IntraExchangeInstanceTransferResponse extends Schema.Schema.Type<typeof IntraExchangeInstanceTransferResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const ListFCMSubtradersResponse = Schema.Struct({
  /**
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  subtraders: payloadArray(FCMSubtrader)
}).annotations({ identifier: "ListFCMSubtradersResponse" })

/**
 * The decoded form of {@link ListFCMSubtradersResponse}.
 * @since 0.1.0
 * @category models
 */
export interface ListFCMSubtradersResponse extends Schema.Schema.Type<typeof ListFCMSubtradersResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const ProposeBlockTradeRequest = Schema.Struct({
  /**
   * User ID of the buyer
   * Required by the spec; absent when the exchange omits it.
   */
  buyer_user_id: field(Schema.String),
  /**
   * Subtrader ID of the buyer. Provide either this or buyer_subaccount, not both.
   */
  buyer_subtrader_id: field(Schema.String),
  /**
   * User-managed subaccount number of the buyer (0 for primary, 1-63 for numbered subaccounts). Provide either this or buyer_subtrader_id, not both.
   */
  buyer_subaccount: field(Schema.Number),
  /**
   * User ID of the seller
   * Required by the spec; absent when the exchange omits it.
   */
  seller_user_id: field(Schema.String),
  /**
   * Subtrader ID of the seller. Provide either this or seller_subaccount, not both.
   */
  seller_subtrader_id: field(Schema.String),
  /**
   * User-managed subaccount number of the seller (0 for primary, 1-63 for numbered subaccounts). Provide either this or seller_subtrader_id, not both.
   */
  seller_subaccount: field(Schema.Number),
  /**
   * The ticker of the market for this block trade
   */
  market_ticker: Schema.String,
  /**
   * Price in centi-cents
   * Required by the spec; absent when the exchange omits it.
   */
  price_centi_cents: field(FixedPoint.DollarsFromCentiCents),
  /**
   * Number of contracts in centicounts
   * Required by the spec; absent when the exchange omits it.
   */
  centicount: field(Schema.Number),
  /**
   * The maker side of the trade
   * Required by the spec; absent when the exchange omits it.
   */
  maker_side: field(openEnum("yes", "no")),
  /**
   * Expiration time of the proposal
   * Required by the spec; absent when the exchange omits it.
   */
  expiration_ts: field(Schema.String)
}).annotations({ identifier: "ProposeBlockTradeRequest" })

/**
 * The decoded form of {@link ProposeBlockTradeRequest}.
 * @since 0.1.0
 * @category models
 */
export interface ProposeBlockTradeRequest extends Schema.Schema.Type<typeof ProposeBlockTradeRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const ProposeBlockTradeResponse = Schema.Struct({
  /**
   * The ID of the newly created block trade proposal
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  block_trade_proposal_id: Schema.String
}).annotations({ identifier: "ProposeBlockTradeResponse" })

/**
 * The decoded form of {@link ProposeBlockTradeResponse}.
 * @since 0.1.0
 * @category models
 */
export interface ProposeBlockTradeResponse extends Schema.Schema.Type<typeof ProposeBlockTradeResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const TargetBalanceAllocationInput = Schema.Struct({
  /**
   * Exchange index that receives this percentage of sweepable balance
   * Required by the spec; absent when the exchange omits it.
   */
  exchange_index: field(Schema.Number),
  /**
   * Target percentage of sweepable balance for the exchange index
   * Required by the spec; absent when the exchange omits it.
   */
  percent: field(Schema.Number)
}).annotations({ identifier: "TargetBalanceAllocationInput" })

/**
 * The decoded form of {@link TargetBalanceAllocationInput}.
 * @since 0.1.0
 * @category models
 */
export interface TargetBalanceAllocationInput extends Schema.Schema.Type<typeof TargetBalanceAllocationInput> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const SetTargetBalanceAllocationRequest = Schema.Struct({
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  allocations: arrayField(TargetBalanceAllocationInput),
  /**
   * Defaults to `sum` when omitted.
   */
  resting_margin_reservation: field(RestingMarginReservation)
}).annotations({ identifier: "SetTargetBalanceAllocationRequest" })

/**
 * The decoded form of {@link SetTargetBalanceAllocationRequest}.
 * @since 0.1.0
 * @category models
 */
export interface SetTargetBalanceAllocationRequest extends Schema.Schema.Type<typeof SetTargetBalanceAllocationRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const UpdateFCMEventContractDailyCapRequest = Schema.Struct({
  /**
   * The subtrader whose daily cap should be set. Must belong to the requesting FCM.
   */
  subtrader_id: Schema.String,
  /**
   * Required by the spec; absent when the exchange omits it.
   */
  limit: dollarsField
}).annotations({ identifier: "UpdateFCMEventContractDailyCapRequest" })

/**
 * The decoded form of {@link UpdateFCMEventContractDailyCapRequest}.
 * @since 0.1.0
 * @category models
 */
export interface UpdateFCMEventContractDailyCapRequest extends Schema.Schema.Type<typeof UpdateFCMEventContractDailyCapRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const UpdateFCMSubtraderBlockedCategoriesRequest = Schema.Struct({
  /**
   * The subtrader whose blocked categories should be updated. Must belong to the requesting FCM.
   */
  subtrader_id: Schema.String,
  /**
   * A single event category to add to or remove from the blocked set, 1-100 characters (e.g. "Politics").
   * Required by the spec; absent when the exchange omits it.
   */
  category: field(Schema.String),
  /**
   * True adds the category to the blocked set; false removes it. Removing a category that is not blocked is a no-op.
   * Required by the spec; absent when the exchange omits it.
   */
  blocked: field(Schema.Boolean)
}).annotations({ identifier: "UpdateFCMSubtraderBlockedCategoriesRequest" })

/**
 * The decoded form of {@link UpdateFCMSubtraderBlockedCategoriesRequest}.
 * @since 0.1.0
 * @category models
 */
export interface UpdateFCMSubtraderBlockedCategoriesRequest extends Schema.Schema.Type<typeof UpdateFCMSubtraderBlockedCategoriesRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const UpdateFCMSubtraderBlockedCategoriesResponse = Schema.Struct({
  /**
   * The subtrader's full resulting blocked set, sorted ascending.
   * What the operation exists to return: a response without it is a `DecodeError`.
   */
  categories: payloadArray(Schema.String)
}).annotations({ identifier: "UpdateFCMSubtraderBlockedCategoriesResponse" })

/**
 * The decoded form of {@link UpdateFCMSubtraderBlockedCategoriesResponse}.
 * @since 0.1.0
 * @category models
 */
export interface UpdateFCMSubtraderBlockedCategoriesResponse extends Schema.Schema.Type<typeof UpdateFCMSubtraderBlockedCategoriesResponse> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const UpdateOrderGroupLimitRequest = Schema.Struct({
  /**
   * New maximum number of contracts that can be matched within this group over a rolling 15-second window. Whole contracts only. Provide contracts_limit or contracts_limit_fp; if both provided they must match.
   */
  contracts_limit: field(Schema.Number),
  /**
   * String representation of the new maximum number of contracts that can be matched within this group over a rolling 15-second window. Provide contracts_limit or contracts_limit_fp; if both provided they must match.
   */
  contracts_limit_fp: countField
}).annotations({ identifier: "UpdateOrderGroupLimitRequest" })

/**
 * The decoded form of {@link UpdateOrderGroupLimitRequest}.
 * @since 0.1.0
 * @category models
 */
export interface UpdateOrderGroupLimitRequest extends Schema.Schema.Type<typeof UpdateOrderGroupLimitRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const UpdateSubaccountNettingRequest = Schema.Struct({
  /**
   * Subaccount number (0 for primary, 1-63 for subaccounts).
   * Required by the spec; absent when the exchange omits it.
   */
  subaccount_number: field(Schema.Number),
  /**
   * Whether netting is enabled for this subaccount.
   * Required by the spec; absent when the exchange omits it.
   */
  enabled: field(Schema.Boolean)
}).annotations({ identifier: "UpdateSubaccountNettingRequest" })

/**
 * The decoded form of {@link UpdateSubaccountNettingRequest}.
 * @since 0.1.0
 * @category models
 */
export interface UpdateSubaccountNettingRequest extends Schema.Schema.Type<typeof UpdateSubaccountNettingRequest> {}

/**
 * Omit or leave empty to return all results. Use `self` to filter by the authenticated user.
 * @since 0.1.0
 * @category schemas
 */
export const UserFilter = openEnum("self").annotations({ identifier: "UserFilter" })

/**
 * The decoded form of {@link UserFilter}.
 * @since 0.1.0
 * @category models
 */
export type UserFilter = typeof UserFilter.Type
