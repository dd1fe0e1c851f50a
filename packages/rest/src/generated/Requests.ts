/**
 * The 35 component schemas that requests send, strict: required fields, enums, ranges and exact
 * decimals are checked before anything goes on the wire.
 *
 * GENERATED FILE: do not edit. Produced by `npm run codegen` (packages/rest/scripts/codegen.ts)
 * from the Kalshi Trade API spec 3.31.0. Tests fail when it differs from what the spec generates.
 *
 * @since 0.1.0
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as Schema from "effect/Schema"
import { DateTime, literals, Uuid } from "../internal/schema.js"

/**
 * @since 0.1.0
 * @category schemas
 */
export const AcceptBlockTradeProposalRequest = Schema.Struct({
  /**
   * Subtrader ID to accept as. Provide either this or subaccount, not both.
   */
  subtrader_id: Schema.optionalWith(Schema.String, { exact: true }),
  /**
   * User-managed subaccount number to accept as (0 for primary, 1-63 for numbered subaccounts). Provide either this or subtrader_id, not both.
   */
  subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(63)), { exact: true })
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
   */
  accepted_side: literals("yes", "no")
}).annotations({ identifier: "AcceptQuoteRequest" })

/**
 * The decoded form of {@link AcceptQuoteRequest}.
 * @since 0.1.0
 * @category models
 */
export interface AcceptQuoteRequest extends Schema.Schema.Type<typeof AcceptQuoteRequest> {}

/**
 * Side of the book for an order or trade. For event markets, this refers to the YES leg only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`, but this endpoint quotes everything from the YES side.)
 * @since 0.1.0
 * @category schemas
 */
export const BookSide = literals("bid", "ask").annotations({ identifier: "BookSide" })

/**
 * The decoded form of {@link BookSide}.
 * @since 0.1.0
 * @category models
 */
export type BookSide = typeof BookSide.Type

/**
 * Identifier for an exchange shard.
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeIndex = Schema.Int.annotations({ identifier: "ExchangeIndex" })

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
export const AmendOrderV2Request = Schema.Struct({
  /**
   * Market ticker
   */
  ticker: Schema.String.pipe(Schema.minLength(1)),
  /**
   * Side of the order
   */
  side: BookSide,
  /**
   * Updated price for the order in fixed-point dollars.
   */
  price: FixedPoint.FixedPointDollars,
  /**
   * Updated total/max fillable count for the order. Set this to the order's already filled count plus the desired resting remaining count after the amend.
   */
  count: FixedPoint.FixedPointCount,
  /**
   * The original client-specified order ID to be amended
   */
  client_order_id: Schema.optionalWith(Schema.String, { exact: true }),
  /**
   * The new client-specified order ID after amendment
   */
  updated_client_order_id: Schema.optionalWith(Schema.String, { exact: true }),
  /**
   * New Unix expiration timestamp in seconds. Omit to preserve the current expiry, or use 0 to remove it (good-till-canceled). A nonzero expiry must be in the future. Send the current price and total quantity for an expiry-only amendment; this preserves queue position.
   */
  expiration_time: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true }),
  /**
   * Exchange shard index. If omitted, auto-routes when ticker is provided; otherwise defaults to 0. Use -1 to require auto-routing by ticker.
   */
  exchange_index: Schema.optionalWith(ExchangeIndex, { exact: true })
}).annotations({ identifier: "AmendOrderV2Request" })

/**
 * The decoded form of {@link AmendOrderV2Request}.
 * @since 0.1.0
 * @category models
 */
export interface AmendOrderV2Request extends Schema.Schema.Type<typeof AmendOrderV2Request> {}

/**
 * Scope granted to an API key. Parent scopes grant broad access; for example, `read` grants all read endpoints and `write` grants all write endpoints. Child scopes such as `read::block_trade_accept`, `read::portfolio_balance`, `write::trade`, `write::transfer`, `write::fcm_risk` (FCM subtrader creation, trading blocks, daily premium caps, and margin caps), and `write::block_trade_accept` grant only their specific endpoint group and can be granted without the parent scope.
 * @since 0.1.0
 * @category schemas
 */
export const ApiKeyScope = literals("read", "write", "read::block_trade_accept", "read::portfolio_balance", "write::trade", "write::transfer", "write::fcm_risk", "write::block_trade_accept").annotations({ identifier: "ApiKeyScope" })

/**
 * The decoded form of {@link ApiKeyScope}.
 * @since 0.1.0
 * @category models
 */
export type ApiKeyScope = typeof ApiKeyScope.Type

/**
 * Signature algorithm of an API key pair. `rsa` - 2048-bit RSA; requests are signed with RSA-PSS SHA-256. `ed25519` - Ed25519 (RFC 8032) signatures over the same pre-sign text, with lower client-side signing cost. Defaults to `rsa` when omitted from a generate request, for compatibility with existing clients.
 * @since 0.1.0
 * @category schemas
 */
export const ApiKeyType = literals("rsa", "ed25519").annotations({ identifier: "ApiKeyType" })

/**
 * The decoded form of {@link ApiKeyType}.
 * @since 0.1.0
 * @category models
 */
export type ApiKeyType = typeof ApiKeyType.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const ApplySubaccountTransferRequest = Schema.Struct({
  /**
   * Unique client-provided transfer ID for idempotency.
   */
  client_transfer_id: Uuid,
  /**
   * Source subaccount number (0 for primary, 1-63 for numbered subaccounts).
   */
  from_subaccount: Schema.Int,
  /**
   * Destination subaccount number (0 for primary, 1-63 for numbered subaccounts).
   */
  to_subaccount: Schema.Int,
  /**
   * Amount to transfer in cents.
   */
  amount_cents: FixedPoint.DollarsFromCents,
  /**
   * Identifier for an exchange shard. Defaults to 0 if unspecified.
   */
  exchange_index: Schema.optionalWith(ExchangeIndex, { exact: true })
}).annotations({ identifier: "ApplySubaccountTransferRequest" })

/**
 * The decoded form of {@link ApplySubaccountTransferRequest}.
 * @since 0.1.0
 * @category models
 */
export interface ApplySubaccountTransferRequest extends Schema.Schema.Type<typeof ApplySubaccountTransferRequest> {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const BatchCancelOrdersV2Request = Schema.Struct({
  /**
   * An array of orders to cancel, each optionally specifying a subaccount.
   */
  orders: Schema.Array(Schema.Struct({
  /**
   * Order ID to cancel.
   */
  order_id: Schema.String,
  /**
   * Optional subaccount number to use for this cancellation (0 for primary, 1-63 for subaccounts). Subaccount-restricted API keys must omit this field or pass their locked subaccount.
   */
  subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true }),
  /**
   * Exchange shard index. If omitted, auto-routes when market_ticker is provided; otherwise defaults to 0. Use -1 to require auto-routing. The market_ticker field is required for auto-routing.
   */
  exchange_index: Schema.optionalWith(ExchangeIndex, { exact: true }),
  /**
   * Market ticker. Required for auto-routing when exchange_index is omitted or -1.
   */
  market_ticker: Schema.optionalWith(Schema.String, { exact: true })
}))
}).annotations({ identifier: "BatchCancelOrdersV2Request" })

/**
 * The decoded form of {@link BatchCancelOrdersV2Request}.
 * @since 0.1.0
 * @category models
 */
export interface BatchCancelOrdersV2Request extends Schema.Schema.Type<typeof BatchCancelOrdersV2Request> {}

/**
 * The self-trade prevention type for orders. `taker_at_cross` cancels the taker order when it would trade against another order from the same user; execution stops and any partial fills already matched are executed. `maker` cancels the resting maker order and continues matching.
 * @since 0.1.0
 * @category schemas
 */
export const SelfTradePreventionType = literals("taker_at_cross", "maker").annotations({ identifier: "SelfTradePreventionType" })

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
export const CreateOrderV2Request = Schema.Struct({
  ticker: Schema.String.pipe(Schema.minLength(1)),
  client_order_id: Schema.optionalWith(Schema.String, { exact: true }),
  side: BookSide,
  /**
   * String representation of the order quantity in contracts.
   */
  count: FixedPoint.FixedPointCount,
  /**
   * Price for the order in fixed-point dollars.
   */
  price: FixedPoint.FixedPointDollars,
  /**
   * Optional Unix timestamp in seconds for when the order expires. To place
   * an expiring order, set `time_in_force` to `good_till_canceled` and
   * provide this `expiration_time`. `GTT` is an internal execution type and
   * is not a valid API value for `time_in_force`. The
   * `immediate_or_cancel` time-in-force value cannot be combined with
   * `expiration_time`.
   */
  expiration_time: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * Specifies how long the order remains active. Use `good_till_canceled`
   * with `expiration_time` for an order that should rest until a specific
   * expiration time; without `expiration_time`, `good_till_canceled` is a
   * true good-till-canceled order. `GTT` is not a valid API value.
   */
  time_in_force: literals("fill_or_kill", "good_till_canceled", "immediate_or_cancel"),
  post_only: Schema.optionalWith(Schema.Boolean, { exact: true }),
  self_trade_prevention_type: SelfTradePreventionType,
  /**
   * If this flag is set to true, the order will be canceled if the order is open and trading on the exchange is paused for any reason.
   */
  cancel_order_on_pause: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * Specifies whether the order place count should be capped by the member's current position. Orders with reduce_only set to true will be rejected unless time_in_force is immediate_or_cancel.
   */
  reduce_only: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * The subaccount number to use for this order. 0 is the primary subaccount. Subaccount-restricted API keys must omit this field or pass their locked subaccount.
   */
  subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true }),
  /**
   * The order group this order is part of
   */
  order_group_id: Schema.optionalWith(Schema.String, { exact: true }),
  /**
   * Exchange shard index. If omitted, auto-routes when ticker is provided; otherwise defaults to 0. Use -1 to require auto-routing by ticker.
   */
  exchange_index: Schema.optionalWith(ExchangeIndex, { exact: true })
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
  orders: Schema.Array(CreateOrderV2Request)
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
export const CreateApiKeyRequest = Schema.Struct({
  /**
   * Name for the API key. This helps identify the key's purpose
   */
  name: Schema.String,
  /**
   * RSA or Ed25519 public key in PEM format (`-----BEGIN PUBLIC KEY-----`). This will be used to verify signatures on API requests - RSA-PSS with SHA-256 for RSA keys, Ed25519 for Ed25519 keys
   */
  public_key: Schema.String,
  /**
   * List of scopes to grant to the API key. If the broad `write` parent scope is included, `read` must also be included. Child scopes may be granted without the broad parent scope. Defaults to full access (`read`, `write`) if not provided.
   */
  scopes: Schema.optionalWith(Schema.Array(ApiKeyScope), { exact: true }),
  /**
   * If set, restricts the API key to a single sub-account (0-63) that you own. A restricted key may only read and trade on that sub-account; it cannot act on other sub-accounts, transfer funds between sub-accounts, or create sub-accounts. Omit to leave the key unrestricted. Mutually exclusive with fcm_subtrader_id.
   */
  subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(63)), { exact: true }),
  /**
   * FCM members only. If set, binds the API key to a single FCM subtrader that you own, spelled {your_user_id}_{suffix} with a suffix of 1-16 case-sensitive ASCII alphanumeric characters. The subtrader must already exist. A bound key is the institution's trading credential for that subtrader - FIX order-entry and market-data sessions, plus margin WebSocket sessions scoped to the subtrader's own data - and is denied on every REST endpoint, including key management. Mutually exclusive with subaccount.
   */
  fcm_subtrader_id: Schema.optionalWith(Schema.String, { exact: true })
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
export const CreateFCMSubtraderRequest = Schema.Struct({
  /**
   * Suffix for the new subtrader, 1-16 case-sensitive ASCII alphanumeric characters ([A-Za-z0-9]). The full subtrader id becomes {your_account_id}_{suffix}.
   */
  subtrader_suffix: Schema.String
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
   */
  side: literals("yes", "no")
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
   */
  selected_markets: Schema.Array(TickerPair),
  /**
   * Whether to include the market payload in the response.
   */
  with_market_payload: Schema.optionalWith(Schema.Boolean, { exact: true })
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
export const CreateOrderGroupRequest = Schema.Struct({
  /**
   * Optional subaccount number to use for this order group (0 for primary, 1-63 for subaccounts). Subaccount-restricted API keys must omit this field or pass their locked subaccount.
   */
  subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true }),
  /**
   * Specifies the maximum number of contracts that can be matched within this group over a rolling 15-second window. Whole contracts only. Provide contracts_limit or contracts_limit_fp; if both provided they must match.
   */
  contracts_limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)), { exact: true }),
  /**
   * String representation of the maximum number of contracts that can be matched within this group over a rolling 15-second window. Provide contracts_limit or contracts_limit_fp; if both provided they must match.
   */
  contracts_limit_fp: Schema.optionalWith(FixedPoint.FixedPointCount, { exact: true }),
  /**
   * Identifier for an exchange shard. Defaults to 0.
   */
  exchange_index: Schema.optionalWith(ExchangeIndex, { exact: true })
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
export const CreateQuoteRequest = Schema.Struct({
  /**
   * The UUID of the RFQ to quote on. Pass the RFQ ID unchanged; malformed IDs return HTTP 400.
   */
  rfq_id: Schema.String,
  /**
   * The bid price for YES contracts, in dollars
   */
  yes_bid: FixedPoint.FixedPointDollars,
  /**
   * The bid price for NO contracts, in dollars
   */
  no_bid: FixedPoint.FixedPointDollars,
  /**
   * Whether to rest the remainder of the quote after execution
   */
  rest_remainder: Schema.Boolean,
  /**
   * If true, the quote creator's resting order will be cancelled rather than crossed if it would take liquidity. Defaults to false.
   */
  post_only: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * Optional subaccount number to place the quote under (0 for primary, 1-63 for subaccounts)
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true })
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
export const CreateRFQRequest = Schema.Struct({
  /**
   * The ticker of the market for which to create an RFQ
   */
  market_ticker: Schema.String,
  /**
   * Whole-contract count for the RFQ. Use contracts_fp for partial contract values; if both are provided, they must match.
   */
  contracts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * Fixed-point number of contracts for the RFQ. Supports partial contracts in 0.01-contract increments; if contracts is also provided, both values must match.
   */
  contracts_fp: Schema.optionalWith(FixedPoint.FixedPointCount, { exact: true }),
  /**
   * DEPRECATED: The target cost for the RFQ in centi-cents. Use target_cost_dollars instead.
   * @deprecated Use target_cost_dollars.
   */
  target_cost_centi_cents: Schema.optionalWith(FixedPoint.DollarsFromCentiCents, { exact: true }),
  /**
   * The target cost for the RFQ in dollars
   */
  target_cost_dollars: Schema.optionalWith(FixedPoint.FixedPointDollars, { exact: true }),
  /**
   * Sizes quotes against the target cost as principal only (contracts = target cost / price), with your taker fees charged on top of the target cost. By default (false) the target cost caps principal plus Kalshi fees, and quote sizes are reduced to make room for the fees. Only valid together with a target cost.
   */
  target_cost_excludes_fees: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * Hide the RFQ creator ID from other users until successful execution. The creator always sees their own ID.
   */
  obscure_creator_id: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * Whether to rest the remainder of the RFQ after execution
   */
  rest_remainder: Schema.Boolean,
  /**
   * Whether to delete existing RFQs as part of this RFQ's creation
   */
  replace_existing: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * The subtrader to create the RFQ for (FCM members only)
   */
  subtrader_id: Schema.optionalWith(Schema.String, { exact: true }),
  /**
   * The subaccount number to create the RFQ for (direct members only; 0 for primary, 1-63 for subaccounts)
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true })
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
export const CreateSubaccountRequest = Schema.Struct({
  /**
   * Identifier for an exchange shard. Defaults to 0 if unspecified.
   */
  exchange_index: Schema.optionalWith(ExchangeIndex, { exact: true })
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
export const DecreaseOrderV2Request = Schema.Struct({
  /**
   * String representation of the number of contracts to reduce by. Exactly one of `reduce_by` or `reduce_to` must be provided.
   */
  reduce_by: Schema.optionalWith(FixedPoint.FixedPointCount, { exact: true }),
  /**
   * String representation of the number of contracts to reduce to. Exactly one of `reduce_by` or `reduce_to` must be provided.
   */
  reduce_to: Schema.optionalWith(FixedPoint.FixedPointCount, { exact: true }),
  /**
   * Exchange shard index. If omitted, auto-routes when market_ticker is provided; otherwise defaults to 0. Use -1 to require auto-routing by market ticker.
   */
  exchange_index: Schema.optionalWith(ExchangeIndex, { exact: true }),
  /**
   * Market ticker used for auto-routing when exchange_index is omitted or -1.
   */
  market_ticker: Schema.optionalWith(Schema.String, { exact: true })
}).annotations({ identifier: "DecreaseOrderV2Request" })

/**
 * The decoded form of {@link DecreaseOrderV2Request}.
 * @since 0.1.0
 * @category models
 */
export interface DecreaseOrderV2Request extends Schema.Schema.Type<typeof DecreaseOrderV2Request> {}

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
 * The exchange instance type
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeInstance = literals("event_contract", "margined").annotations({ identifier: "ExchangeInstance" })

/**
 * The decoded form of {@link ExchangeInstance}.
 * @since 0.1.0
 * @category models
 */
export type ExchangeInstance = typeof ExchangeInstance.Type

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
export const GenerateApiKeyRequest = Schema.Struct({
  /**
   * Name for the API key. This helps identify the key's purpose
   */
  name: Schema.String,
  key_type: Schema.optionalWith(ApiKeyType, { exact: true }),
  /**
   * List of scopes to grant to the API key. If the broad `write` parent scope is included, `read` must also be included. Child scopes may be granted without the broad parent scope. Defaults to full access (`read`, `write`) if not provided.
   */
  scopes: Schema.optionalWith(Schema.Array(ApiKeyScope), { exact: true }),
  /**
   * If set, restricts the API key to a single sub-account (0-63) that you own. A restricted key may only read and trade on that sub-account; it cannot act on other sub-accounts, transfer funds between sub-accounts, or create sub-accounts. Omit to leave the key unrestricted. Mutually exclusive with fcm_subtrader_id.
   */
  subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(63)), { exact: true }),
  /**
   * FCM members only. If set, binds the API key to a single FCM subtrader that you own, spelled {your_user_id}_{suffix} with a suffix of 1-16 case-sensitive ASCII alphanumeric characters. The subtrader must already exist. A bound key is the institution's trading credential for that subtrader - FIX order-entry and market-data sessions, plus margin WebSocket sessions scoped to the subtrader's own data - and is denied on every REST endpoint, including key management. Mutually exclusive with subaccount.
   */
  fcm_subtrader_id: Schema.optionalWith(Schema.String, { exact: true })
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
export const IntraExchangeInstanceTransferRequest = Schema.Struct({
  /**
   * The source exchange instance
   */
  source: ExchangeInstance,
  /**
   * The destination exchange instance
   */
  destination: ExchangeInstance,
  /**
   * The amount to transfer in centicents
   */
  amount: FixedPoint.DollarsFromCentiCents,
  /**
   * Source exchange shard index (default 0)
   */
  source_exchange_shard: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(100)), { exact: true }),
  /**
   * Destination exchange shard index (default 0)
   */
  destination_exchange_shard: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(100)), { exact: true }),
  /**
   * Source subaccount number (default 0 for the primary account). Only supported for event contract to event contract transfers.
   */
  source_subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true }),
  /**
   * Destination subaccount number (default 0 for the primary account). Only supported for event contract to event contract transfers.
   */
  destination_subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true })
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
export const ProposeBlockTradeRequest = Schema.Struct({
  /**
   * User ID of the buyer
   */
  buyer_user_id: Schema.String,
  /**
   * Subtrader ID of the buyer. Provide either this or buyer_subaccount, not both.
   */
  buyer_subtrader_id: Schema.optionalWith(Schema.String, { exact: true }),
  /**
   * User-managed subaccount number of the buyer (0 for primary, 1-63 for numbered subaccounts). Provide either this or buyer_subtrader_id, not both.
   */
  buyer_subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(63)), { exact: true }),
  /**
   * User ID of the seller
   */
  seller_user_id: Schema.String,
  /**
   * Subtrader ID of the seller. Provide either this or seller_subaccount, not both.
   */
  seller_subtrader_id: Schema.optionalWith(Schema.String, { exact: true }),
  /**
   * User-managed subaccount number of the seller (0 for primary, 1-63 for numbered subaccounts). Provide either this or seller_subtrader_id, not both.
   */
  seller_subaccount: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(63)), { exact: true }),
  /**
   * The ticker of the market for this block trade
   */
  market_ticker: Schema.String,
  /**
   * Price in centi-cents
   */
  price_centi_cents: FixedPoint.DollarsFromCentiCents,
  /**
   * Number of contracts in centicounts
   */
  centicount: Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.greaterThan(0)),
  /**
   * The maker side of the trade
   */
  maker_side: literals("yes", "no"),
  /**
   * Expiration time of the proposal
   */
  expiration_ts: DateTime
}).annotations({ identifier: "ProposeBlockTradeRequest" })

/**
 * The decoded form of {@link ProposeBlockTradeRequest}.
 * @since 0.1.0
 * @category models
 */
export interface ProposeBlockTradeRequest extends Schema.Schema.Type<typeof ProposeBlockTradeRequest> {}

/**
 * Collateral an automatic rebalance leaves behind for resting orders. `none` reserves no
 * collateral for resting orders. `max` reserves the
 * largest single market-side commitment. `sum` reserves the summed margin of every resting order.
 * @since 0.1.0
 * @category schemas
 */
export const RestingMarginReservation = literals("none", "max", "sum").annotations({ identifier: "RestingMarginReservation" })

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
export const TargetBalanceAllocationInput = Schema.Struct({
  /**
   * Exchange index that receives this percentage of sweepable balance
   */
  exchange_index: Schema.Int.pipe(Schema.greaterThanOrEqualTo(0)),
  /**
   * Target percentage of sweepable balance for the exchange index
   */
  percent: Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(100))
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
  allocations: Schema.Array(TargetBalanceAllocationInput).pipe(Schema.maxItems(101)),
  /**
   * Defaults to `sum` when omitted.
   */
  resting_margin_reservation: Schema.optionalWith(RestingMarginReservation, { exact: true })
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
  limit: FixedPoint.FixedPointDollars
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
   */
  category: Schema.String,
  /**
   * True adds the category to the blocked set; false removes it. Removing a category that is not blocked is a no-op.
   */
  blocked: Schema.Boolean
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
export const UpdateOrderGroupLimitRequest = Schema.Struct({
  /**
   * New maximum number of contracts that can be matched within this group over a rolling 15-second window. Whole contracts only. Provide contracts_limit or contracts_limit_fp; if both provided they must match.
   */
  contracts_limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)), { exact: true }),
  /**
   * String representation of the new maximum number of contracts that can be matched within this group over a rolling 15-second window. Provide contracts_limit or contracts_limit_fp; if both provided they must match.
   */
  contracts_limit_fp: Schema.optionalWith(FixedPoint.FixedPointCount, { exact: true })
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
   */
  subaccount_number: Schema.Int,
  /**
   * Whether netting is enabled for this subaccount.
   */
  enabled: Schema.Boolean
}).annotations({ identifier: "UpdateSubaccountNettingRequest" })

/**
 * The decoded form of {@link UpdateSubaccountNettingRequest}.
 * @since 0.1.0
 * @category models
 */
export interface UpdateSubaccountNettingRequest extends Schema.Schema.Type<typeof UpdateSubaccountNettingRequest> {}
