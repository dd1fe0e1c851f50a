/**
 * The messages of Kalshi's WebSocket API: the 13 data channels, their subscribe parameters, every
 * data message (24 types), the command replies and the commands.
 *
 * Every schema keeps the wire names (`snake_case`) and the wire envelope
 * (`{ type, sid, seq?, id?, msg }`); money and counts decode to exact `BigDecimal`s with core's
 * `FixedPoint` schemas, never to `number`.
 *
 * Decoding policy (the same as the REST schemas):
 *
 * - a message is decoded when it carries what identifies it and what a consumer cannot act
 *   without: its envelope's `type` and `sid`, and the `msg` fields listed for its type in
 *   {@link requiredFields} (e.g. `market_ticker`, `price_dollars`, `delta_fp` and `side` for a book
 *   delta; `order_id` and `status` for an order). Every other field is optional, whatever the
 *   AsyncAPI marks required: the exchange has sent fewer fields than it lists;
 * - a field the exchange adds later is ignored;
 * - an enum value the exchange adds later is kept as a string (the types list the known values);
 * - fields the spec marks deprecated (`ts`, `time`, `side`, `action`, `is_yes`, ...) are optional;
 * - a ticker price that is `""` (no trade yet, no bid, no ask) decodes to an absent key;
 * - an order book snapshot without `yes_dollars_fp` / `no_dollars_fp` (or with `null`) decodes to
 *   empty level lists;
 * - `seq` is optional in every envelope (recorded frames were seen without it);
 * - CF Benchmarks and Pyth index values (8 decimals) decode to `BigDecimal` without the 6-decimal
 *   limit of `*_dollars` fields.
 *
 * A frame that is not JSON, has an unknown `type`, or does not fit its schema is never dropped
 * silently: the connection reports it as an `UndecodableFrame` (see `KalshiWebSocket`).
 *
 * @since 0.1.0
 */
import {
  DollarsFromWholeDollars,
  FixedPointCount,
  FixedPointDollars,
  FixedPointDollarsOrEmpty
} from "@kalshi-effect/core/FixedPoint"
import type * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { F } from "./internal/decodeRuntime.js"
import { decoders as fastDecoders } from "./internal/generated/Decoders.js"

// ---------------------------------------------------------------------------------------------
// building blocks
// ---------------------------------------------------------------------------------------------

const isAnyString = (u: unknown): u is string & {} => typeof u === "string"

/** Any string, typed so that a union with literals keeps the literals for completion. */
const OtherString = Schema.declare(isAnyString, { identifier: "string", arbitrary: () => (fc) => fc.string() })

/**
 * An enum that accepts values added by the exchange later: the known literals, or any string.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenEnum = <const L extends readonly [string, ...Array<string>]>(
  ...literals: L
): Schema.Schema<L[number] | (string & {}), string> =>
  Schema.Union(Schema.Literal(...literals), Schema.compose(Schema.String, OtherString))

/**
 * A `*_dollars` field that may be `""` or absent: both decode to an absent key.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OptionalDollars = Schema.optionalToOptional(FixedPointDollarsOrEmpty, Schema.BigDecimalFromSelf, {
  decode: (o) => Option.flatten(o),
  encode: (o) => Option.map(o, Option.some)
})

/**
 * A decimal value with any number of decimals (CF Benchmarks and Pyth values: 8 decimals).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Decimal: Schema.Schema<BigDecimal.BigDecimal, string> = Schema.BigDecimal

/**
 * One price level of a snapshot: `[price_dollars, count_fp]`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Level = Schema.Tuple(FixedPointDollars, FixedPointCount)

/**
 * The levels of one side of a snapshot; absent or `null` decodes to `[]`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Levels = Schema.optionalWith(Schema.Array(Level), { default: () => [], nullable: true })

/** The side of a market: `yes` or `no`. Strict in order book messages, where no other value can be applied. */
const BookSideYesNo = Schema.Literal("yes", "no")
const MarketSide = OpenEnum("yes", "no")
const BookSide = OpenEnum("bid", "ask")

const opt = Schema.optional

// ---------------------------------------------------------------------------------------------
// what a message cannot be decoded without
// ---------------------------------------------------------------------------------------------

/**
 * The `msg` fields a data message is decoded with, by wire `type`: what identifies it and what a
 * consumer cannot act without (the price and signed count of a book delta, the status of an order,
 * the value of an index tick). Every other field of a message is optional on decode, whatever the
 * AsyncAPI marks required, because the exchange has sent fewer fields than the spec lists (a
 * `ticker` without its `*_fp` fields, a `trade` without `taker_outcome_side`, `taker_book_side`,
 * `is_block_trade` or `ts_ms`). The envelope's `type` and `sid` are required in every data
 * message; `seq` and `id` are optional. A frame without one of these fields is reported as an
 * `UndecodableFrame` naming the field.
 *
 * This table is the one place the policy is written down: the schemas below read it, and their
 * fast decoders are generated from the schemas.
 *
 * @since 0.1.0
 * @category decoding
 */
export const requiredFields = {
  orderbook_snapshot: ["market_ticker"],
  orderbook_delta: ["market_ticker", "price_dollars", "delta_fp", "side"],
  ticker: ["market_ticker"],
  trade: ["trade_id", "market_ticker", "yes_price_dollars", "count_fp"],
  fill: ["trade_id", "order_id", "market_ticker", "yes_price_dollars", "count_fp"],
  market_position: ["market_ticker", "position_fp"],
  market_lifecycle_v2: ["market_ticker", "event_type"],
  event_lifecycle: ["event_ticker"],
  event_fee_update: ["event_ticker", "fee_type_override", "fee_multiplier_override"],
  multivariate_market_lifecycle: ["market_ticker", "event_type"],
  rfq_created: ["id", "market_ticker"],
  rfq_deleted: ["id"],
  quote_created: ["quote_id", "rfq_id", "market_ticker", "yes_bid_dollars", "no_bid_dollars"],
  quote_accepted: ["quote_id", "rfq_id"],
  quote_executed: ["quote_id", "rfq_id", "order_id"],
  order_group_updates: ["order_group_id", "event_type"],
  user_order: ["order_id", "status"],
  cfbenchmarks_value: ["index_id", "data"],
  cfbenchmarks_value_indexlist: ["index_ids"],
  cfbenchmarks_value_5hz: ["index_id", "value_usd"],
  cfbenchmarks_value_5hz_indexlist: ["index_ids"],
  pyth_value: ["underlying_ticker", "value_usd"],
  pyth_value_underlying_list: ["underlying_tickers"]
} as const

/** The fields of `F`, each optional unless it is one of `R`. */
type Tolerant<F extends Schema.Struct.Fields, R extends PropertyKey> = {
  readonly [K in keyof F]: K extends R ? F[K] : F[K] extends Schema.Schema.All ? Schema.optional<F[K]> : F[K]
}

/** Makes every field of a message optional except the `required` ones (see {@link requiredFields}). */
const tolerant = <F extends Schema.Struct.Fields, const R extends keyof F & string>(
  fields: F,
  required: ReadonlyArray<R>
): Tolerant<F, R> => {
  const out: Record<string, Schema.Struct.Field> = {}
  for (const [key, field] of Object.entries(fields)) {
    out[key] = (required as ReadonlyArray<string>).includes(key) || !Schema.isSchema(field)
      ? field
      : Schema.optional(field)
  }
  return out as Tolerant<F, R>
}

// ---------------------------------------------------------------------------------------------
// channels
// ---------------------------------------------------------------------------------------------

/**
 * The 13 data channels of the WebSocket API.
 *
 * @since 0.1.0
 * @category channels
 */
export const channels = [
  "orderbook_delta",
  "ticker",
  "trade",
  "fill",
  "market_positions",
  "market_lifecycle_v2",
  "multivariate_market_lifecycle",
  "communications",
  "order_group_updates",
  "user_orders",
  "cfbenchmarks_value",
  "cfbenchmarks_value_5hz",
  "pyth_value"
] as const

/**
 * A data channel name.
 *
 * @since 0.1.0
 * @category channels
 */
export type Channel = typeof channels[number]

/**
 * Tells whether a string is one of the 13 data channels.
 *
 * @since 0.1.0
 * @category channels
 */
export const isChannel = (u: unknown): u is Channel =>
  typeof u === "string" && (channels as ReadonlyArray<string>).includes(u)

/**
 * The channels whose messages carry `seq` (a gapless per-subscription counter).
 *
 * @since 0.1.0
 * @category channels
 */
export const sequencedChannels: ReadonlySet<Channel> = new Set<Channel>([
  "orderbook_delta",
  "trade",
  "market_lifecycle_v2",
  "multivariate_market_lifecycle",
  "communications",
  "order_group_updates",
  "cfbenchmarks_value",
  "cfbenchmarks_value_5hz",
  "pyth_value"
])

// ---------------------------------------------------------------------------------------------
// subscribe parameters
// ---------------------------------------------------------------------------------------------

/**
 * Selects markets by ticker: `market_ticker` for one, `market_tickers` for several.
 *
 * @since 0.1.0
 * @category params
 */
export interface MarketTickers {
  readonly market_ticker?: string | undefined
  readonly market_tickers?: ReadonlyArray<string> | undefined
}

/**
 * Selects markets by ticker or by market id (the `ticker` channel only accepts ids).
 *
 * @since 0.1.0
 * @category params
 */
export interface MarketTickersOrIds extends MarketTickers {
  readonly market_id?: string | undefined
  readonly market_ids?: ReadonlyArray<string> | undefined
}

/**
 * `orderbook_delta` parameters: one market (`market_ticker`) or several (`market_tickers`) are
 * required.
 *
 * @since 0.1.0
 * @category params
 */
export type OrderbookParams =
  & (
    | { readonly market_ticker: string; readonly market_tickers?: undefined }
    | { readonly market_tickers: ReadonlyArray<string>; readonly market_ticker?: undefined }
  )
  & {
    /** When true, NO-side prices are reported in YES-leg pricing. Default false on the exchange. */
    readonly use_yes_price?: boolean | undefined
  }

/**
 * `ticker` parameters.
 *
 * @since 0.1.0
 * @category params
 */
export interface TickerParams extends MarketTickersOrIds {
  /** Receive a ticker message for each requested market right away. */
  readonly send_initial_snapshot?: boolean | undefined
  /** `ok` replies omit the market lists of this subscription. */
  readonly skip_ticker_ack?: boolean | undefined
}

/**
 * `communications` parameters.
 *
 * @since 0.1.0
 * @category params
 */
export interface CommunicationsParams {
  /** `"self"`: RFQ events only for RFQs you created. */
  readonly user_filter?: "" | "self" | undefined
  /** 1 to 100. */
  readonly shard_factor?: number | undefined
  /** 0 to `shard_factor - 1`. */
  readonly shard_key?: number | undefined
}

/**
 * `cfbenchmarks_value` / `cfbenchmarks_value_5hz` parameters.
 *
 * @since 0.1.0
 * @category params
 */
export interface IndexParams {
  /** CF Benchmarks index ids, e.g. `["BRTI"]`; `["all"]` for every index. */
  readonly index_ids?: ReadonlyArray<string> | undefined
}

/**
 * `pyth_value` parameters.
 *
 * @since 0.1.0
 * @category params
 */
export interface PythParams {
  /** Pyth symbols, e.g. `["Metal.XAU/USD"]`; `["all"]` for every underlying. */
  readonly underlying_tickers?: ReadonlyArray<string> | undefined
}

/**
 * No parameters.
 *
 * @since 0.1.0
 * @category params
 */
export interface NoParams {}

/**
 * The subscribe parameters of each channel.
 *
 * @since 0.1.0
 * @category params
 */
export interface ChannelParams {
  readonly orderbook_delta: OrderbookParams
  readonly ticker: TickerParams
  readonly trade: MarketTickers
  readonly fill: MarketTickers
  readonly market_positions: MarketTickers
  readonly market_lifecycle_v2: NoParams
  readonly multivariate_market_lifecycle: NoParams
  readonly communications: CommunicationsParams
  readonly order_group_updates: NoParams
  readonly user_orders: MarketTickers
  readonly cfbenchmarks_value: IndexParams
  readonly cfbenchmarks_value_5hz: IndexParams
  readonly pyth_value: PythParams
}

// ---------------------------------------------------------------------------------------------
// data messages
// ---------------------------------------------------------------------------------------------

const envelope = {
  sid: Schema.Number,
  seq: opt(Schema.Number)
}

const envelopeWithId = {
  ...envelope,
  /** Echoes the command id when the message answers a command. */
  id: opt(Schema.Number)
}

/**
 * `orderbook_snapshot`: the whole book of one market (bids of each side, `[price, count]`).
 * Sent first on subscribe, on `get_snapshot`, and after a resubscribe.
 *
 * @since 0.1.0
 * @category messages
 */
export class OrderbookSnapshot extends Schema.Class<OrderbookSnapshot>("@kalshi-effect/ws/OrderbookSnapshot")({
  type: Schema.Literal("orderbook_snapshot"),
  ...envelopeWithId,
  msg: Schema.Struct(tolerant({
    market_ticker: Schema.String,
    market_id: opt(Schema.String),
    /** YES bids, `[price, count]`; `[]` when the side is empty. */
    yes_dollars_fp: Levels,
    /** NO bids, `[price, count]` (NO-leg prices unless `use_yes_price`); `[]` when empty. */
    no_dollars_fp: Levels
  }, requiredFields.orderbook_snapshot))
}) {}

/**
 * `orderbook_delta`: a signed change of the count at one price level of one side.
 *
 * @since 0.1.0
 * @category messages
 */
export class OrderbookDelta extends Schema.Class<OrderbookDelta>("@kalshi-effect/ws/OrderbookDelta")({
  type: Schema.Literal("orderbook_delta"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    market_ticker: Schema.String,
    market_id: opt(Schema.String),
    price_dollars: FixedPointDollars,
    /** Signed, e.g. `-54.00`. */
    delta_fp: FixedPointCount,
    side: BookSideYesNo,
    /** Present only when your order caused the change. */
    client_order_id: opt(Schema.String),
    /** @deprecated use `ts_ms` */
    ts: opt(Schema.String),
    ts_ms: opt(Schema.Number),
    subaccount: opt(Schema.Number)
  }, requiredFields.orderbook_delta))
}) {}

/**
 * `ticker`: price, volume and open interest of a market. Prices that are `""` on the wire (no
 * trade, no bid, no ask) are absent.
 *
 * @since 0.1.0
 * @category messages
 */
export class Ticker extends Schema.Class<Ticker>("@kalshi-effect/ws/Ticker")({
  type: Schema.Literal("ticker"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    market_id: opt(Schema.String),
    market_ticker: Schema.String,
    price_dollars: OptionalDollars,
    yes_bid_dollars: OptionalDollars,
    yes_ask_dollars: OptionalDollars,
    volume_fp: FixedPointCount,
    open_interest_fp: FixedPointCount,
    /** Whole dollars on the wire. */
    dollar_volume: DollarsFromWholeDollars,
    /** Whole dollars on the wire. */
    dollar_open_interest: DollarsFromWholeDollars,
    yes_bid_size_fp: opt(FixedPointCount),
    yes_ask_size_fp: opt(FixedPointCount),
    last_trade_size_fp: opt(FixedPointCount),
    /** @deprecated use `ts_ms` */
    ts: opt(Schema.Number),
    ts_ms: Schema.Number,
    /** @deprecated use `ts_ms` */
    time: opt(Schema.String)
  }, requiredFields.ticker))
}) {}

/**
 * `trade`: a public trade.
 *
 * @since 0.1.0
 * @category messages
 */
export class Trade extends Schema.Class<Trade>("@kalshi-effect/ws/Trade")({
  type: Schema.Literal("trade"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    trade_id: Schema.String,
    market_ticker: Schema.String,
    yes_price_dollars: FixedPointDollars,
    no_price_dollars: FixedPointDollars,
    count_fp: FixedPointCount,
    /** @deprecated use `taker_outcome_side` */
    taker_side: opt(MarketSide),
    taker_outcome_side: MarketSide,
    taker_book_side: BookSide,
    is_block_trade: Schema.Boolean,
    /** @deprecated use `ts_ms` */
    ts: opt(Schema.Number),
    ts_ms: Schema.Number
  }, requiredFields.trade))
}) {}

/**
 * `fill`: one of your fills.
 *
 * @since 0.1.0
 * @category messages
 */
export class Fill extends Schema.Class<Fill>("@kalshi-effect/ws/Fill")({
  type: Schema.Literal("fill"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    trade_id: Schema.String,
    order_id: Schema.String,
    client_order_id: opt(Schema.String),
    market_ticker: Schema.String,
    exchange_index: Schema.Number,
    is_taker: Schema.Boolean,
    /** @deprecated use `outcome_side` */
    side: opt(MarketSide),
    /** @deprecated use `ts_ms` */
    ts: opt(Schema.Number),
    ts_ms: Schema.Number,
    yes_price_dollars: FixedPointDollars,
    count_fp: FixedPointCount,
    fee_cost: FixedPointDollars,
    /** @deprecated use `outcome_side` / `book_side` */
    action: opt(OpenEnum("buy", "sell", "sell_partial", "sell_to_close", "")),
    post_position_fp: FixedPointCount,
    /** @deprecated use `outcome_side` */
    purchased_side: opt(MarketSide),
    outcome_side: MarketSide,
    book_side: BookSide,
    subaccount: opt(Schema.Number)
  }, requiredFields.fill))
}) {}

/**
 * `market_position`: your position in a market (channel `market_positions`).
 *
 * @since 0.1.0
 * @category messages
 */
export class MarketPosition extends Schema.Class<MarketPosition>("@kalshi-effect/ws/MarketPosition")({
  type: Schema.Literal("market_position"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    user_id: Schema.String,
    market_ticker: Schema.String,
    position_fp: FixedPointCount,
    position_cost_dollars: FixedPointDollars,
    realized_pnl_dollars: FixedPointDollars,
    fees_paid_dollars: FixedPointDollars,
    position_fee_cost_dollars: FixedPointDollars,
    volume_fp: FixedPointCount,
    subaccount: opt(Schema.Number)
  }, requiredFields.market_position))
}) {}

/**
 * The `additional_metadata` of a created market. Every field is optional: the exchange has sent it
 * holding only `settlement_value: null`.
 *
 * @since 0.1.0
 * @category messages
 */
export const LifecycleMetadata = Schema.Struct({
  name: opt(Schema.String),
  title: opt(Schema.String),
  yes_sub_title: opt(Schema.String),
  no_sub_title: opt(Schema.String),
  rules_primary: opt(Schema.String),
  rules_secondary: opt(Schema.String),
  can_close_early: opt(Schema.Boolean),
  event_ticker: opt(Schema.String),
  expected_expiration_ts: opt(Schema.Number),
  strike_type: opt(Schema.String),
  floor_strike: opt(Schema.Number),
  cap_strike: opt(Schema.Number),
  custom_strike: opt(Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

/**
 * A market's price level structure (`linear_cent`, `deci_cent`, ...; `""` when unknown).
 *
 * @since 0.1.0
 * @category messages
 */
export const PriceLevelStructure = OpenEnum(
  "banded_centi_cent",
  "",
  "linear_cent",
  "deci_cent",
  "tapered_deci_cent",
  "center_whole_edge_half_cent",
  "center_whole_edge_quint_cent",
  "center_half_edge_half_cent",
  "center_half_edge_quint_cent",
  "center_half_edge_deci_cent",
  "center_quint_edge_quint_cent",
  "center_quint_edge_deci_cent",
  "center_centi_edge_centi_cent",
  "center_deci_edge_centi_cent"
)

const lifecycleFields = {
  market_ticker: Schema.String,
  exchange_index: opt(Schema.Number),
  open_ts: opt(Schema.Number),
  close_ts: opt(Schema.Number),
  determination_ts: opt(Schema.Number),
  settled_ts: opt(Schema.Number),
  result: opt(Schema.String),
  settlement_value: OptionalDollars,
  is_deactivated: opt(Schema.Boolean),
  additional_metadata: opt(LifecycleMetadata),
  price_level_structure: opt(PriceLevelStructure)
}

/**
 * `market_lifecycle_v2`: a market was created, (de)activated, had its close date updated, was
 * determined or settled, or changed its price level structure.
 *
 * @since 0.1.0
 * @category messages
 */
export class MarketLifecycle extends Schema.Class<MarketLifecycle>("@kalshi-effect/ws/MarketLifecycle")({
  type: Schema.Literal("market_lifecycle_v2"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    ...lifecycleFields,
    event_type: OpenEnum(
      "created",
      "deactivated",
      "activated",
      "close_date_updated",
      "determined",
      "settled",
      "price_level_structure_updated"
    ),
    price_ranges: opt(Schema.Array(Schema.Struct({
      start: FixedPointDollars,
      end: FixedPointDollars,
      step: FixedPointDollars
    })))
  }, requiredFields.market_lifecycle_v2))
}) {}

/**
 * `market_lifecycle_v2` with `event_type: "metadata_updated"`: new strikes or yes subtitle.
 *
 * @since 0.1.0
 * @category messages
 */
export class MarketMetadataUpdated
  extends Schema.Class<MarketMetadataUpdated>("@kalshi-effect/ws/MarketMetadataUpdated")({
    type: Schema.Literal("market_lifecycle_v2"),
    ...envelope,
    msg: Schema.Struct(tolerant({
      event_type: Schema.Literal("metadata_updated"),
      market_ticker: Schema.String,
      strike_type: opt(Schema.String),
      floor_strike: opt(Schema.Number),
      cap_strike: opt(Schema.Number),
      custom_strike: opt(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
      yes_sub_title: opt(Schema.String)
    }, requiredFields.market_lifecycle_v2))
  })
{}

/**
 * `event_lifecycle`: an event was created (channels `market_lifecycle_v2` and
 * `multivariate_market_lifecycle`).
 *
 * @since 0.1.0
 * @category messages
 */
export class EventLifecycle extends Schema.Class<EventLifecycle>("@kalshi-effect/ws/EventLifecycle")({
  type: Schema.Literal("event_lifecycle"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    event_ticker: Schema.String,
    exchange_index: Schema.Number,
    title: Schema.String,
    subtitle: Schema.String,
    collateral_return_type: OpenEnum("MECNET", "DIRECNET", ""),
    series_ticker: Schema.String,
    strike_date: opt(Schema.Number),
    strike_period: opt(Schema.String)
  }, requiredFields.event_lifecycle))
}) {}

/**
 * `event_fee_update`: an event-level fee override was set, or cleared (`null`s).
 *
 * @since 0.1.0
 * @category messages
 */
export class EventFeeUpdate extends Schema.Class<EventFeeUpdate>("@kalshi-effect/ws/EventFeeUpdate")({
  type: Schema.Literal("event_fee_update"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    event_ticker: Schema.String,
    fee_type_override: Schema.NullOr(
      OpenEnum(
        "quadratic",
        "quadratic_with_maker_fees",
        "quadratic_with_combo_maker_fees",
        "flat",
        "margin_market_maker_program_fees"
      )
    ),
    fee_multiplier_override: Schema.NullOr(Schema.Number)
  }, requiredFields.event_fee_update))
}) {}

/**
 * `multivariate_market_lifecycle`: lifecycle of a multivariate (combo) market.
 *
 * @since 0.1.0
 * @category messages
 */
export class MultivariateMarketLifecycle
  extends Schema.Class<MultivariateMarketLifecycle>("@kalshi-effect/ws/MultivariateMarketLifecycle")({
    type: Schema.Literal("multivariate_market_lifecycle"),
    ...envelope,
    msg: Schema.Struct(tolerant({
      ...lifecycleFields,
      event_type: OpenEnum("created", "deactivated", "activated", "close_date_updated", "determined", "settled")
    }, requiredFields.multivariate_market_lifecycle))
  })
{}

/**
 * `rfq_created` (channel `communications`).
 *
 * @since 0.1.0
 * @category messages
 */
export class RfqCreated extends Schema.Class<RfqCreated>("@kalshi-effect/ws/RfqCreated")({
  type: Schema.Literal("rfq_created"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    id: Schema.String,
    creator_id: Schema.String,
    market_ticker: Schema.String,
    event_ticker: opt(Schema.String),
    contracts_fp: opt(FixedPointCount),
    target_cost_dollars: OptionalDollars,
    created_ts: Schema.String,
    mve_collection_ticker: opt(Schema.String),
    mve_selected_legs: opt(Schema.Array(Schema.Struct({
      event_ticker: Schema.String,
      market_ticker: Schema.String,
      side: MarketSide,
      yes_settlement_value_dollars: OptionalDollars
    })))
  }, requiredFields.rfq_created))
}) {}

/**
 * `rfq_deleted` (channel `communications`).
 *
 * @since 0.1.0
 * @category messages
 */
export class RfqDeleted extends Schema.Class<RfqDeleted>("@kalshi-effect/ws/RfqDeleted")({
  type: Schema.Literal("rfq_deleted"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    id: Schema.String,
    creator_id: Schema.String,
    market_ticker: Schema.String,
    event_ticker: opt(Schema.String),
    contracts_fp: opt(FixedPointCount),
    target_cost_dollars: OptionalDollars,
    deleted_ts: Schema.String
  }, requiredFields.rfq_deleted))
}) {}

const quoteFields = {
  quote_id: Schema.String,
  rfq_id: Schema.String,
  quote_creator_id: Schema.String,
  rfq_creator_id: Schema.String,
  market_ticker: Schema.String,
  event_ticker: opt(Schema.String),
  yes_bid_dollars: FixedPointDollars,
  no_bid_dollars: FixedPointDollars,
  yes_contracts_offered_fp: opt(FixedPointCount),
  no_contracts_offered_fp: opt(FixedPointCount),
  rfq_target_cost_dollars: OptionalDollars,
  subaccount: opt(Schema.Number)
}

/**
 * `quote_created` (channel `communications`).
 *
 * @since 0.1.0
 * @category messages
 */
export class QuoteCreated extends Schema.Class<QuoteCreated>("@kalshi-effect/ws/QuoteCreated")({
  type: Schema.Literal("quote_created"),
  ...envelope,
  msg: Schema.Struct(tolerant({ ...quoteFields, created_ts: Schema.String }, requiredFields.quote_created))
}) {}

/**
 * `quote_accepted` (channel `communications`).
 *
 * @since 0.1.0
 * @category messages
 */
export class QuoteAccepted extends Schema.Class<QuoteAccepted>("@kalshi-effect/ws/QuoteAccepted")({
  type: Schema.Literal("quote_accepted"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    ...quoteFields,
    accepted_side: opt(MarketSide),
    contracts_accepted_fp: opt(FixedPointCount)
  }, requiredFields.quote_accepted))
}) {}

/**
 * `quote_executed` (channel `communications`): your order ids for an executed quote.
 *
 * @since 0.1.0
 * @category messages
 */
export class QuoteExecuted extends Schema.Class<QuoteExecuted>("@kalshi-effect/ws/QuoteExecuted")({
  type: Schema.Literal("quote_executed"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    quote_id: Schema.String,
    rfq_id: Schema.String,
    quote_creator_id: Schema.String,
    rfq_creator_id: Schema.String,
    order_id: Schema.String,
    client_order_id: Schema.String,
    market_ticker: Schema.String,
    executed_ts: Schema.String,
    subaccount: opt(Schema.Number)
  }, requiredFields.quote_executed))
}) {}

/**
 * `order_group_updates`: an order group was created, triggered, reset, deleted or had its limit
 * updated.
 *
 * @since 0.1.0
 * @category messages
 */
export class OrderGroupUpdate extends Schema.Class<OrderGroupUpdate>("@kalshi-effect/ws/OrderGroupUpdate")({
  type: Schema.Literal("order_group_updates"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    event_type: OpenEnum("created", "triggered", "reset", "deleted", "limit_updated"),
    order_group_id: Schema.String,
    contracts_limit_fp: opt(FixedPointCount),
    ts_ms: Schema.Number
  }, requiredFields.order_group_updates))
}) {}

/**
 * `user_order`: one of your orders was created or updated (channel `user_orders`).
 *
 * @since 0.1.0
 * @category messages
 */
export class UserOrder extends Schema.Class<UserOrder>("@kalshi-effect/ws/UserOrder")({
  type: Schema.Literal("user_order"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    order_id: Schema.String,
    user_id: Schema.String,
    ticker: Schema.String,
    exchange_index: Schema.Number,
    status: OpenEnum("resting", "canceled", "executed", "unknown"),
    /** @deprecated use `outcome_side` */
    side: opt(MarketSide),
    /** @deprecated use `outcome_side` */
    is_yes: opt(Schema.Boolean),
    outcome_side: MarketSide,
    book_side: BookSide,
    yes_price_dollars: FixedPointDollars,
    fill_count_fp: FixedPointCount,
    remaining_count_fp: FixedPointCount,
    initial_count_fp: FixedPointCount,
    taker_fill_cost_dollars: FixedPointDollars,
    maker_fill_cost_dollars: FixedPointDollars,
    taker_fees_dollars: FixedPointDollars,
    maker_fees_dollars: FixedPointDollars,
    client_order_id: Schema.String,
    order_group_id: opt(Schema.String),
    self_trade_prevention_type: opt(OpenEnum("taker_at_cross", "maker")),
    /** @deprecated use `created_ts_ms` */
    created_time: opt(Schema.NullOr(Schema.String)),
    /** @deprecated use `last_updated_ts_ms` */
    last_update_time: opt(Schema.String),
    /** @deprecated use `expiration_ts_ms` */
    expiration_time: opt(Schema.String),
    expiration_ts_ms: opt(Schema.Number),
    created_ts_ms: Schema.NullOr(Schema.Number),
    last_updated_ts_ms: opt(Schema.Number),
    last_update_reason: opt(OpenEnum(
      "Decrease",
      "Amend",
      "MarginCancel",
      "SelfTradeCancel",
      "ExpiryCancel",
      "CloseCancel",
      "HaltCancel",
      "Trade",
      "PostOnlyCrossCancel",
      "ReduceOnlyCancel"
    )),
    subaccount_number: opt(Schema.Number)
  }, requiredFields.user_order))
}) {}

/**
 * A windowed average of a CF Benchmarks index.
 *
 * @since 0.1.0
 * @category messages
 */
export const CfBenchmarksAverage = Schema.Struct({
  value: Decimal,
  window_size: Schema.Number,
  window_start_ts_ms: Schema.Number,
  window_end_ts_exclusive: Schema.Number
})

/**
 * `cfbenchmarks_value`: a CF Benchmarks index tick with its trailing averages.
 *
 * @since 0.1.0
 * @category messages
 */
export class CfBenchmarksValue extends Schema.Class<CfBenchmarksValue>("@kalshi-effect/ws/CfBenchmarksValue")({
  type: Schema.Literal("cfbenchmarks_value"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    index_id: Schema.String,
    received_at: Schema.Number,
    /** The raw upstream frame (JSON text). */
    data: Schema.String,
    avg_60s_data: CfBenchmarksAverage,
    /** Present only in the final minute before a quarter-hour close. */
    last_60s_windowed_average_15min: opt(CfBenchmarksAverage)
  }, requiredFields.cfbenchmarks_value))
}) {}

/**
 * `cfbenchmarks_value_indexlist`: the index ids available, in answer to `indexlist`.
 *
 * @since 0.1.0
 * @category messages
 */
export class CfBenchmarksIndexList
  extends Schema.Class<CfBenchmarksIndexList>("@kalshi-effect/ws/CfBenchmarksIndexList")({
    type: Schema.Literal("cfbenchmarks_value_indexlist"),
    ...envelopeWithId,
    msg: Schema.Struct(
      tolerant({ index_ids: Schema.Array(Schema.String) }, requiredFields.cfbenchmarks_value_indexlist)
    )
  })
{}

/**
 * `cfbenchmarks_value_5hz`: a raw CF Benchmarks tick, up to 5 per second.
 *
 * @since 0.1.0
 * @category messages
 */
export class CfBenchmarksValue5Hz extends Schema.Class<CfBenchmarksValue5Hz>("@kalshi-effect/ws/CfBenchmarksValue5Hz")({
  type: Schema.Literal("cfbenchmarks_value_5hz"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    index_id: Schema.String,
    value_usd: Decimal,
    source_ts_ms: Schema.Number,
    received_at: Schema.Number,
    data: Schema.String
  }, requiredFields.cfbenchmarks_value_5hz))
}) {}

/**
 * `cfbenchmarks_value_5hz_indexlist`: the index ids recently seen on the 5 Hz stream.
 *
 * @since 0.1.0
 * @category messages
 */
export class CfBenchmarks5HzIndexList
  extends Schema.Class<CfBenchmarks5HzIndexList>("@kalshi-effect/ws/CfBenchmarks5HzIndexList")({
    type: Schema.Literal("cfbenchmarks_value_5hz_indexlist"),
    ...envelopeWithId,
    msg: Schema.Struct(
      tolerant({ index_ids: Schema.Array(Schema.String) }, requiredFields.cfbenchmarks_value_5hz_indexlist)
    )
  })
{}

/**
 * `pyth_value`: a Pyth price of an underlying.
 *
 * @since 0.1.0
 * @category messages
 */
export class PythValue extends Schema.Class<PythValue>("@kalshi-effect/ws/PythValue")({
  type: Schema.Literal("pyth_value"),
  ...envelope,
  msg: Schema.Struct(tolerant({
    underlying_ticker: Schema.String,
    value_usd: Decimal,
    source_ts_ms: Schema.Number,
    received_at: Schema.Number
  }, requiredFields.pyth_value))
}) {}

/**
 * `pyth_value_underlying_list`: the underlyings streamed in the last two hours, in answer to
 * `underlying_list`.
 *
 * @since 0.1.0
 * @category messages
 */
export class PythUnderlyingList extends Schema.Class<PythUnderlyingList>("@kalshi-effect/ws/PythUnderlyingList")({
  type: Schema.Literal("pyth_value_underlying_list"),
  ...envelopeWithId,
  msg: Schema.Struct(
    tolerant({ underlying_tickers: Schema.Array(Schema.String) }, requiredFields.pyth_value_underlying_list)
  )
}) {}

/**
 * The decoded messages of each channel.
 *
 * @since 0.1.0
 * @category messages
 */
export interface ChannelMessages {
  readonly orderbook_delta: OrderbookSnapshot | OrderbookDelta
  readonly ticker: Ticker
  readonly trade: Trade
  readonly fill: Fill
  readonly market_positions: MarketPosition
  readonly market_lifecycle_v2: MarketLifecycle | MarketMetadataUpdated | EventLifecycle | EventFeeUpdate
  readonly multivariate_market_lifecycle: MultivariateMarketLifecycle | EventLifecycle
  readonly communications: RfqCreated | RfqDeleted | QuoteCreated | QuoteAccepted | QuoteExecuted
  readonly order_group_updates: OrderGroupUpdate
  readonly user_orders: UserOrder
  readonly cfbenchmarks_value: CfBenchmarksValue | CfBenchmarksIndexList
  readonly cfbenchmarks_value_5hz: CfBenchmarksValue5Hz | CfBenchmarks5HzIndexList
  readonly pyth_value: PythValue | PythUnderlyingList
}

/**
 * A decoded message of channel `C`.
 *
 * @since 0.1.0
 * @category messages
 */
export type ChannelMessage<C extends Channel> = ChannelMessages[C]

/**
 * Any decoded data message.
 *
 * @since 0.1.0
 * @category messages
 */
export type DataMessage = ChannelMessages[Channel]

/**
 * The schema of each data message `type` (the two `market_lifecycle_v2` shapes share a `type`).
 *
 * @since 0.1.0
 * @category messages
 */
export const dataMessageSchemas = {
  orderbook_snapshot: OrderbookSnapshot,
  orderbook_delta: OrderbookDelta,
  ticker: Ticker,
  trade: Trade,
  fill: Fill,
  market_position: MarketPosition,
  market_lifecycle_v2: Schema.Union(MarketMetadataUpdated, MarketLifecycle),
  event_lifecycle: EventLifecycle,
  event_fee_update: EventFeeUpdate,
  multivariate_market_lifecycle: MultivariateMarketLifecycle,
  rfq_created: RfqCreated,
  rfq_deleted: RfqDeleted,
  quote_created: QuoteCreated,
  quote_accepted: QuoteAccepted,
  quote_executed: QuoteExecuted,
  order_group_updates: OrderGroupUpdate,
  user_order: UserOrder,
  cfbenchmarks_value: CfBenchmarksValue,
  cfbenchmarks_value_indexlist: CfBenchmarksIndexList,
  cfbenchmarks_value_5hz: CfBenchmarksValue5Hz,
  cfbenchmarks_value_5hz_indexlist: CfBenchmarks5HzIndexList,
  pyth_value: PythValue,
  pyth_value_underlying_list: PythUnderlyingList
} as const

/**
 * A data message `type` on the wire.
 *
 * @since 0.1.0
 * @category messages
 */
export type DataMessageType = keyof typeof dataMessageSchemas

/**
 * The message types each channel carries.
 *
 * @since 0.1.0
 * @category channels
 */
export const channelMessageTypes: { readonly [C in Channel]: ReadonlyArray<DataMessageType> } = {
  orderbook_delta: ["orderbook_snapshot", "orderbook_delta"],
  ticker: ["ticker"],
  trade: ["trade"],
  fill: ["fill"],
  market_positions: ["market_position"],
  market_lifecycle_v2: ["market_lifecycle_v2", "event_lifecycle", "event_fee_update"],
  multivariate_market_lifecycle: ["multivariate_market_lifecycle", "event_lifecycle"],
  communications: ["rfq_created", "rfq_deleted", "quote_created", "quote_accepted", "quote_executed"],
  order_group_updates: ["order_group_updates"],
  user_orders: ["user_order"],
  cfbenchmarks_value: ["cfbenchmarks_value", "cfbenchmarks_value_indexlist"],
  cfbenchmarks_value_5hz: ["cfbenchmarks_value_5hz", "cfbenchmarks_value_5hz_indexlist"],
  pyth_value: ["pyth_value", "pyth_value_underlying_list"]
}

/**
 * The decoder of a message: its generated fast decoder (`internal/generated/Decoders.ts`, written from
 * the schema by `npm run codegen`), which builds the message on the class's prototype exactly as the
 * interpreter builds it, and the schema's interpreter for every frame the fast decoder hands back.
 */
const decoderOf = <A, I>(
  Class: Schema.Schema<A, I, never> & { readonly prototype: A },
  fast: (frame: unknown, Class: { readonly prototype: A }) => A | typeof F
): (frame: unknown) => Either.Either<A, ParseResult.ParseError> => {
  const interpret = interpreterOf(Class)
  return (frame) => {
    const message = fast(frame, Class)
    return message === F ? interpret(frame) : Either.right(message)
  }
}

/**
 * The schema's interpreter alone, for a message the generator writes no fast decoder for (`none`:
 * its `undefined` entry, so that a decoder generated later is not left unused).
 */
const interpreterOf = <A, I>(
  schema: Schema.Schema<A, I, never>,
  _none?: undefined
): (frame: unknown) => Either.Either<A, ParseResult.ParseError> => {
  // The interpreter is built on first use: most frames never need it.
  let slow: ((frame: unknown) => Either.Either<A, ParseResult.ParseError>) | undefined
  return (frame) => (slow ??= Schema.decodeUnknownEither(schema))(frame)
}

const dataDecoders: {
  readonly [K in DataMessageType]: (u: unknown) => Either.Either<DataMessage, ParseResult.ParseError>
} = {
  orderbook_snapshot: decoderOf(
    OrderbookSnapshot,
    fastDecoders.orderbook_snapshot
  ),
  orderbook_delta: decoderOf(OrderbookDelta, fastDecoders.orderbook_delta),
  ticker: decoderOf(Ticker, fastDecoders.ticker),
  trade: decoderOf(Trade, fastDecoders.trade),
  fill: decoderOf(Fill, fastDecoders.fill),
  market_position: decoderOf(MarketPosition, fastDecoders.market_position),
  market_lifecycle_v2: interpreterOf(dataMessageSchemas.market_lifecycle_v2, fastDecoders.market_lifecycle_v2),
  event_lifecycle: decoderOf(EventLifecycle, fastDecoders.event_lifecycle),
  event_fee_update: decoderOf(EventFeeUpdate, fastDecoders.event_fee_update),
  multivariate_market_lifecycle: decoderOf(
    MultivariateMarketLifecycle,
    fastDecoders.multivariate_market_lifecycle
  ),
  rfq_created: decoderOf(RfqCreated, fastDecoders.rfq_created),
  rfq_deleted: decoderOf(RfqDeleted, fastDecoders.rfq_deleted),
  quote_created: decoderOf(QuoteCreated, fastDecoders.quote_created),
  quote_accepted: decoderOf(QuoteAccepted, fastDecoders.quote_accepted),
  quote_executed: decoderOf(QuoteExecuted, fastDecoders.quote_executed),
  order_group_updates: decoderOf(
    OrderGroupUpdate,
    fastDecoders.order_group_updates
  ),
  user_order: decoderOf(UserOrder, fastDecoders.user_order),
  cfbenchmarks_value: decoderOf(
    CfBenchmarksValue,
    fastDecoders.cfbenchmarks_value
  ),
  cfbenchmarks_value_indexlist: decoderOf(
    CfBenchmarksIndexList,
    fastDecoders.cfbenchmarks_value_indexlist
  ),
  cfbenchmarks_value_5hz: decoderOf(
    CfBenchmarksValue5Hz,
    fastDecoders.cfbenchmarks_value_5hz
  ),
  cfbenchmarks_value_5hz_indexlist: decoderOf(
    CfBenchmarks5HzIndexList,
    fastDecoders.cfbenchmarks_value_5hz_indexlist
  ),
  pyth_value: decoderOf(PythValue, fastDecoders.pyth_value),
  pyth_value_underlying_list: decoderOf(
    PythUnderlyingList,
    fastDecoders.pyth_value_underlying_list
  )
}

/**
 * Tells whether a wire `type` is a data message type.
 *
 * @since 0.1.0
 * @category messages
 */
export const isDataMessageType = (type: unknown): type is DataMessageType =>
  typeof type === "string" && Object.prototype.hasOwnProperty.call(dataMessageSchemas, type)

/**
 * Decodes a parsed frame of a known data message type. Decoders are built once.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeDataMessage = (
  type: DataMessageType,
  frame: unknown
): Either.Either<DataMessage, ParseResult.ParseError> => dataDecoders[type](frame)

// ---------------------------------------------------------------------------------------------
// command replies
// ---------------------------------------------------------------------------------------------

/**
 * `subscribed`: a subscription to one channel was created, with its server id `sid`.
 *
 * @since 0.1.0
 * @category replies
 */
export class Subscribed extends Schema.Class<Subscribed>("@kalshi-effect/ws/Subscribed")({
  type: Schema.Literal("subscribed"),
  id: opt(Schema.Number),
  msg: Schema.Struct({ channel: Schema.String, sid: Schema.Number })
}) {}

/**
 * `unsubscribed`: the subscription `sid` was cancelled.
 *
 * @since 0.1.0
 * @category replies
 */
export class Unsubscribed extends Schema.Class<Unsubscribed>("@kalshi-effect/ws/Unsubscribed")({
  type: Schema.Literal("unsubscribed"),
  id: opt(Schema.Number),
  sid: Schema.Number,
  seq: opt(Schema.Number)
}) {}

/**
 * The body of an `ok` after `update_subscription`: the subscription's lists after the update.
 *
 * @since 0.1.0
 * @category replies
 */
export const UpdateResult = Schema.Struct({
  market_tickers: opt(Schema.Array(Schema.String)),
  market_ids: opt(Schema.Array(Schema.String)),
  index_ids: opt(Schema.Array(Schema.String)),
  underlying_tickers: opt(Schema.Array(Schema.String))
})

/**
 * An entry of the `list_subscriptions` reply.
 *
 * @since 0.1.0
 * @category replies
 */
export const SubscriptionInfo = Schema.Struct({ channel: Schema.String, sid: Schema.Number })

/**
 * @since 0.1.0
 * @category replies
 */
export type SubscriptionInfo = typeof SubscriptionInfo.Type

/**
 * `ok`: an `update_subscription` succeeded (`msg` holds the lists after the update), or the
 * answer to `list_subscriptions` (`msg` is the list of subscriptions).
 *
 * @since 0.1.0
 * @category replies
 */
export class Ok extends Schema.Class<Ok>("@kalshi-effect/ws/Ok")({
  type: Schema.Literal("ok"),
  id: opt(Schema.Number),
  sid: opt(Schema.Number),
  seq: opt(Schema.Number),
  msg: opt(Schema.Union(Schema.Array(SubscriptionInfo), UpdateResult))
}) {}

/**
 * `error`: a command failed, or a subscription-scoped error (with `sid`).
 *
 * @since 0.1.0
 * @category replies
 */
export class ErrorReply extends Schema.Class<ErrorReply>("@kalshi-effect/ws/ErrorReply")({
  type: Schema.Literal("error"),
  id: opt(Schema.Number),
  sid: opt(Schema.Number),
  seq: opt(Schema.Number),
  msg: Schema.Struct({
    code: Schema.Number,
    msg: Schema.String,
    market_ticker: opt(Schema.String),
    market_tickers: opt(Schema.Array(Schema.String))
  })
}) {}

/**
 * A reply to a command.
 *
 * @since 0.1.0
 * @category replies
 */
export type Reply = Subscribed | Unsubscribed | Ok | ErrorReply

/**
 * The reply `type`s.
 *
 * @since 0.1.0
 * @category replies
 */
export type ReplyType = Reply["type"]

const replyDecoders: { readonly [K in ReplyType]: (u: unknown) => Either.Either<Reply, ParseResult.ParseError> } = {
  subscribed: Schema.decodeUnknownEither(Subscribed),
  unsubscribed: Schema.decodeUnknownEither(Unsubscribed),
  ok: Schema.decodeUnknownEither(Ok),
  error: Schema.decodeUnknownEither(ErrorReply)
}

/**
 * Tells whether a wire `type` is a command reply.
 *
 * @since 0.1.0
 * @category replies
 */
export const isReplyType = (type: unknown): type is ReplyType =>
  type === "subscribed" || type === "unsubscribed" || type === "ok" || type === "error"

/**
 * Decodes a parsed reply frame. Decoders are built once.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeReply = (type: ReplyType, frame: unknown): Either.Either<Reply, ParseResult.ParseError> =>
  replyDecoders[type](frame)

// ---------------------------------------------------------------------------------------------
// commands
// ---------------------------------------------------------------------------------------------

/**
 * The `action`s of `update_subscription`: market channels (`add_markets`, `delete_markets`,
 * `get_snapshot` for order books), CF Benchmarks channels (`subscribe_indices`,
 * `unsubscribe_indices`, `indexlist`) and `pyth_value` (`subscribe_underlyings`,
 * `unsubscribe_underlyings`, `underlying_list`).
 *
 * @since 0.1.0
 * @category commands
 */
export type UpdateAction =
  | "add_markets"
  | "delete_markets"
  | "get_snapshot"
  | "subscribe_indices"
  | "unsubscribe_indices"
  | "indexlist"
  | "subscribe_underlyings"
  | "unsubscribe_underlyings"
  | "underlying_list"

/**
 * The parameters an `update_subscription` may carry besides `sid` and `action`.
 *
 * @since 0.1.0
 * @category commands
 */
export interface UpdateParams extends MarketTickersOrIds {
  readonly send_initial_snapshot?: boolean | undefined
  readonly index_ids?: ReadonlyArray<string> | undefined
  readonly underlying_tickers?: ReadonlyArray<string> | undefined
}

/**
 * A command as sent on the wire.
 *
 * @since 0.1.0
 * @category commands
 */
export type Command =
  | {
    readonly id: number
    readonly cmd: "subscribe"
    readonly params: { readonly channels: ReadonlyArray<Channel> } & object
  }
  | { readonly id: number; readonly cmd: "unsubscribe"; readonly params: { readonly sids: ReadonlyArray<number> } }
  | { readonly id: number; readonly cmd: "list_subscriptions" }
  | {
    readonly id: number
    readonly cmd: "update_subscription"
    readonly params: { readonly sid: number; readonly action: UpdateAction } & UpdateParams
  }

/**
 * The text of the server's error codes (API section 2.1); codes 10 and 25 end the subscription.
 *
 * @since 0.1.0
 * @category replies
 */
export const errorCodes: Readonly<Record<number, string>> = {
  1: "Unable to process message",
  2: "Params required",
  3: "Channels required",
  4: "Subscription IDs required",
  5: "Unknown command",
  6: "Already subscribed (retired)",
  7: "Unknown subscription ID",
  8: "Unknown channel name",
  9: "Authentication required",
  10: "Channel error",
  11: "Invalid parameter",
  12: "Exactly one subscription ID is required",
  13: "Unsupported action",
  14: "Market Ticker required",
  15: "Action required",
  18: "Command timeout",
  19: "shard_factor must be > 0",
  20: "shard_factor is required when shard_key is set",
  21: "shard_key must be >= 0 and < shard_factor",
  22: "shard_factor must be <= 100",
  23: "Match IDs required",
  24: "Index IDs required",
  25: "Subscription buffer overflow",
  26: "Subscription market limit exceeded",
  27: "Too many requests",
  28: "Underlying tickers required"
}

/**
 * The error codes after which the server has ended the subscription: it must be resubscribed.
 *
 * @since 0.1.0
 * @category replies
 */
export const terminalErrorCodes: ReadonlySet<number> = new Set([10, 25])
