/**
 * One descriptor per operation of the Kalshi Trade API: where it goes, what it takes, what it answers.
 *
 * GENERATED FILE: do not edit. Produced by `npm run codegen` (packages/rest/scripts/codegen.ts)
 * from the Kalshi Trade API spec 3.31.0. Tests fail when it differs from what the spec generates.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import type { OperationDescriptor } from "../internal/descriptor.js"
import { commaList, DateTime, Int32, literals, PathParam, QueryString } from "../internal/schema.js"
import * as Requests from "./Requests.js"
import * as Schemas from "./Schemas.js"

/**
 * The input of {@link GetExchangeStatus}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetExchangeStatusInput = Schema.Struct({

}).annotations({ identifier: "GetExchangeStatusInput" })

/**
 * The decoded input of {@link GetExchangeStatus}.
 * @since 0.1.0
 * @category inputs
 */
export type GetExchangeStatusInput = typeof GetExchangeStatusInput.Type

/**
 * GET /exchange/status: Get Exchange Status.
 * Endpoint for getting the exchange status.
 * @since 0.1.0
 * @category operations
 */
export const GetExchangeStatus = {
  operationId: "GetExchangeStatus",
  tag: "exchange",
  method: "GET",
  path: "/exchange/status",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: GetExchangeStatusInput,
  response: Schemas.ExchangeStatus
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetSeriesFeeChanges}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetSeriesFeeChangesInput = Schema.Struct({
  /**
   * (query)
   */
  series_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query)
   */
  show_historical: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetSeriesFeeChangesInput" })

/**
 * The decoded input of {@link GetSeriesFeeChanges}.
 * @since 0.1.0
 * @category inputs
 */
export type GetSeriesFeeChangesInput = typeof GetSeriesFeeChangesInput.Type

/**
 * GET /series/fee_changes: Get Series Fee Changes.
 * @since 0.1.0
 * @category operations
 */
export const GetSeriesFeeChanges = {
  operationId: "GetSeriesFeeChanges",
  tag: "exchange",
  method: "GET",
  path: "/series/fee_changes",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "series_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "show_historical", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["series_fee_change_arr"],
  input: GetSeriesFeeChangesInput,
  response: Schemas.GetSeriesFeeChangesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetExchangeSchedule}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetExchangeScheduleInput = Schema.Struct({

}).annotations({ identifier: "GetExchangeScheduleInput" })

/**
 * The decoded input of {@link GetExchangeSchedule}.
 * @since 0.1.0
 * @category inputs
 */
export type GetExchangeScheduleInput = typeof GetExchangeScheduleInput.Type

/**
 * GET /exchange/schedule: Get Exchange Schedule.
 * Endpoint for getting the exchange schedule.
 * @since 0.1.0
 * @category operations
 */
export const GetExchangeSchedule = {
  operationId: "GetExchangeSchedule",
  tag: "exchange",
  method: "GET",
  path: "/exchange/schedule",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["schedule"],
  input: GetExchangeScheduleInput,
  response: Schemas.GetExchangeScheduleResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetUserDataTimestamp}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetUserDataTimestampInput = Schema.Struct({

}).annotations({ identifier: "GetUserDataTimestampInput" })

/**
 * The decoded input of {@link GetUserDataTimestamp}.
 * @since 0.1.0
 * @category inputs
 */
export type GetUserDataTimestampInput = typeof GetUserDataTimestampInput.Type

/**
 * GET /exchange/user_data_timestamp: Get User Data Timestamp.
 * There is typically a short delay before exchange events are reflected in the API endpoints. Whenever possible, combine API responses to PUT/POST/DELETE requests with WebSocket data to obtain the most accurate view of the exchange state. This endpoint provides an approximate indication of when the data from the following endpoints was last validated: GetBalance, GetOrder(s), GetFills, GetPositions
 * @since 0.1.0
 * @category operations
 */
export const GetUserDataTimestamp = {
  operationId: "GetUserDataTimestamp",
  tag: "exchange",
  method: "GET",
  path: "/exchange/user_data_timestamp",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["as_of_time"],
  input: GetUserDataTimestampInput,
  response: Schemas.GetUserDataTimestampResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMarketCandlesticks}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMarketCandlesticksInput = Schema.Struct({
  /**
   * (path) Series ticker - the series that contains the target market
   */
  series_ticker: PathParam,
  /**
   * (path) Market ticker - unique identifier for the specific market
   */
  ticker: PathParam,
  /**
   * (query) Start timestamp (Unix timestamp). Candlesticks will include those ending on or after this time.
   */
  start_ts: Schema.Int,
  /**
   * (query) End timestamp (Unix timestamp). Candlesticks will include those ending on or before this time.
   */
  end_ts: Schema.Int,
  /**
   * (query) Time period length of each candlestick in minutes. Valid values are 1 (1 minute), 60 (1 hour), or 1440 (1 day).
   */
  period_interval: literals(1, 60, 1440),
  /**
   * (query) If true, prepends the latest candlestick available before the start_ts. This synthetic candlestick is created by:
   * 1. Finding the most recent real candlestick before start_ts
   * 2. Projecting it forward to the first period boundary (calculated as the next period interval after start_ts)
   * 3. Setting all OHLC prices to null, and `previous_price` to the close price from the real candlestick
   */
  include_latest_before_start: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetMarketCandlesticksInput" })

/**
 * The decoded input of {@link GetMarketCandlesticks}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMarketCandlesticksInput = typeof GetMarketCandlesticksInput.Type

/**
 * GET /series/{series_ticker}/markets/{ticker}/candlesticks: Get Market Candlesticks.
 * Time period length of each candlestick in minutes. Valid values: 1 (1 minute), 60 (1 hour), 1440 (1 day).
 * Candlesticks for markets that settled before the historical cutoff are only available via `GET /historical/markets/{ticker}/candlesticks`. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.
 * @since 0.1.0
 * @category operations
 */
export const GetMarketCandlesticks = {
  operationId: "GetMarketCandlesticks",
  tag: "market",
  method: "GET",
  path: "/series/{series_ticker}/markets/{ticker}/candlesticks",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "series_ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "start_ts", in: "query", required: true, style: "form", explode: true },
    { name: "end_ts", in: "query", required: true, style: "form", explode: true },
    { name: "period_interval", in: "query", required: true, style: "form", explode: true },
    { name: "include_latest_before_start", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["candlesticks"],
  input: GetMarketCandlesticksInput,
  response: Schemas.GetMarketCandlesticksResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetTrades}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetTradesInput = Schema.Struct({
  /**
   * (query) Number of results per page. Defaults to 100. Maximum value is 1000.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter items after this Unix timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items before this Unix timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter trades by whether they are block trades. Omit to return all trades. Set to `true` to return only block trades. Set to `false` to return only non-block trades.
   */
  is_block_trade: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetTradesInput" })

/**
 * The decoded input of {@link GetTrades}.
 * @since 0.1.0
 * @category inputs
 */
export type GetTradesInput = typeof GetTradesInput.Type

/**
 * GET /markets/trades: Get Trades.
 * Endpoint for getting all trades for all markets. A trade represents a completed transaction between two users on a specific market. Each trade includes the market ticker, price, quantity, and timestamp information. Block trades are included in the response by default and identified by the `is_block_trade` field; use the `is_block_trade` query parameter to filter by block / non-block. This endpoint returns a paginated response. Use the 'limit' parameter to control page size (1-1000, defaults to 100). The response includes a 'cursor' field - pass this value in the 'cursor' parameter of your next request to get the next page. An empty cursor indicates no more pages are available.
 * @since 0.1.0
 * @category operations
 */
export const GetTrades = {
  operationId: "GetTrades",
  tag: "market",
  method: "GET",
  path: "/markets/trades",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "is_block_trade", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["trades"] },
  payload: ["trades"],
  input: GetTradesInput,
  response: Schemas.GetTradesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMarketOrderbook}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMarketOrderbookInput = Schema.Struct({
  /**
   * (path) Market ticker
   */
  ticker: PathParam,
  /**
   * (query) Depth of the orderbook to retrieve (0 or negative means all levels, 1-100 for specific depth)
   */
  depth: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(100)), { exact: true })
}).annotations({ identifier: "GetMarketOrderbookInput" })

/**
 * The decoded input of {@link GetMarketOrderbook}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMarketOrderbookInput = typeof GetMarketOrderbookInput.Type

/**
 * GET /markets/{ticker}/orderbook: Get Market Orderbook.
 * Endpoint for getting the current order book for a specific market.  The order book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no ask at 93¢, with identical contract sizes.  Each side shows price levels with their corresponding quantities and order counts, organized from best to worst prices.
 * @since 0.1.0
 * @category operations
 */
export const GetMarketOrderbook = {
  operationId: "GetMarketOrderbook",
  tag: "market",
  method: "GET",
  path: "/markets/{ticker}/orderbook",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "depth", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["orderbook_fp"],
  input: GetMarketOrderbookInput,
  response: Schemas.GetMarketOrderbookResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMarketOrderbooks}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMarketOrderbooksInput = Schema.Struct({
  /**
   * (query) List of market tickers to fetch orderbooks for
   */
  tickers: Schema.Array(QueryString).pipe(Schema.minItems(1), Schema.maxItems(100))
}).annotations({ identifier: "GetMarketOrderbooksInput" })

/**
 * The decoded input of {@link GetMarketOrderbooks}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMarketOrderbooksInput = typeof GetMarketOrderbooksInput.Type

/**
 * GET /markets/orderbooks: Get Multiple Market Orderbooks.
 * Endpoint for getting the current order books for multiple markets in a single request. The order book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding quantities and order counts, organized from best to worst prices. Returns one orderbook per requested market ticker.
 * @since 0.1.0
 * @category operations
 */
export const GetMarketOrderbooks = {
  operationId: "GetMarketOrderbooks",
  tag: "market",
  method: "GET",
  path: "/markets/orderbooks",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "tickers", in: "query", required: true, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["orderbooks"],
  input: GetMarketOrderbooksInput,
  response: Schemas.GetMarketOrderbooksResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetSeries}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetSeriesInput = Schema.Struct({
  /**
   * (path) The ticker of the series to retrieve
   */
  series_ticker: PathParam,
  /**
   * (query) If true, includes the total volume traded across all events in this series.
   */
  include_volume: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetSeriesInput" })

/**
 * The decoded input of {@link GetSeries}.
 * @since 0.1.0
 * @category inputs
 */
export type GetSeriesInput = typeof GetSeriesInput.Type

/**
 * GET /series/{series_ticker}: Get Series.
 * Endpoint for getting data about a specific series by its ticker.  A series represents a template for recurring events that follow the same format and rules (e.g., "Monthly Jobs Report", "Weekly Initial Jobless Claims", "Daily Weather in NYC"). Series define the structure, settlement sources, and metadata that will be applied to each recurring event instance within that series.
 * @since 0.1.0
 * @category operations
 */
export const GetSeries = {
  operationId: "GetSeries",
  tag: "market",
  method: "GET",
  path: "/series/{series_ticker}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "series_ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "include_volume", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["series"],
  input: GetSeriesInput,
  response: Schemas.GetSeriesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetSeriesList}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetSeriesListInput = Schema.Struct({
  /**
   * (query) Return series whose `categories` list contains this value. A series can have more than one discovery category, so the `category` field of a returned series (its primary category) may differ from the filter value. Matching is exact and case-sensitive.
   */
  category: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query)
   */
  tags: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query)
   */
  include_product_metadata: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * (query) If true, includes the total volume traded across all events in each series.
   */
  include_volume: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * (query) Filter series with metadata updated after this Unix timestamp (in seconds). Use this to efficiently poll for changes.
   */
  min_updated_ts: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetSeriesListInput" })

/**
 * The decoded input of {@link GetSeriesList}.
 * @since 0.1.0
 * @category inputs
 */
export type GetSeriesListInput = typeof GetSeriesListInput.Type

/**
 * GET /series: Get Series List.
 * Endpoint for getting data about multiple series with specified filters.  A series represents a template for recurring events that follow the same format and rules (e.g., "Monthly Jobs Report", "Weekly Initial Jobless Claims", "Daily Weather in NYC"). This endpoint allows you to browse and discover available series templates by category.
 * @since 0.1.0
 * @category operations
 */
export const GetSeriesList = {
  operationId: "GetSeriesList",
  tag: "market",
  method: "GET",
  path: "/series",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "category", in: "query", required: false, style: "form", explode: true },
    { name: "tags", in: "query", required: false, style: "form", explode: true },
    { name: "include_product_metadata", in: "query", required: false, style: "form", explode: true },
    { name: "include_volume", in: "query", required: false, style: "form", explode: true },
    { name: "min_updated_ts", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["series"],
  input: GetSeriesListInput,
  response: Schemas.GetSeriesListResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMarkets}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMarketsInput = Schema.Struct({
  /**
   * (query) Number of results per page. Defaults to 100. Maximum value is 1000.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Event ticker to filter by. Only a single event ticker is supported.
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by series ticker
   */
  series_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter items that created after this Unix timestamp
   */
  min_created_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items that created before this Unix timestamp
   */
  max_created_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Return markets with metadata updated later than this Unix timestamp (in seconds). Tracks non-trading changes only. May be combined with max_updated_ts and mve_filter=exclude. May also be combined with series_ticker, which requires mve_filter=exclude. Incompatible with other filters.
   */
  min_updated_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Return markets with metadata updated at or before this Unix timestamp (in seconds). Tracks non-trading changes only. May be combined with min_updated_ts and mve_filter=exclude. May also be combined with series_ticker, which requires mve_filter=exclude. Incompatible with other filters.
   */
  max_updated_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items that close before this Unix timestamp
   */
  max_close_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items that close after this Unix timestamp
   */
  min_close_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items that settled after this Unix timestamp
   */
  min_settled_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items that settled before this Unix timestamp
   */
  max_settled_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter by market status. Leave empty to return markets with any status.
   */
  status: Schema.optionalWith(literals("unopened", "open", "paused", "closed", "settled"), { exact: true }),
  /**
   * (query) Filter by specific market tickers. Comma-separated list of market tickers to retrieve.
   */
  tickers: Schema.optionalWith(commaList(), { exact: true }),
  /**
   * (query) Filter by multivariate events (combos). 'only' returns only multivariate events, 'exclude' excludes multivariate events.
   */
  mve_filter: Schema.optionalWith(literals("only", "exclude"), { exact: true })
}).annotations({ identifier: "GetMarketsInput" })

/**
 * The decoded input of {@link GetMarkets}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMarketsInput = typeof GetMarketsInput.Type

/**
 * GET /markets: Get Markets.
 * Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to return markets with any status.
 *  - Only one `status` filter may be supplied at a time.
 *  - Timestamp filters will be mutually exclusive from other timestamp filters and certain status filters.
 *
 *  | Compatible Timestamp Filters | Additional Status Filters| Extra Notes |
 *  |------------------------------|--------------------------|-------------|
 *  | min_created_ts, max_created_ts | `unopened`, `open`, *empty* | |
 *  | min_close_ts, max_close_ts | `closed`, *empty* | |
 *  | min_settled_ts, max_settled_ts | `settled`, *empty* | |
 *  | min_updated_ts, max_updated_ts | *empty* | Incompatible with all filters besides `mve_filter=exclude`. May be combined with `series_ticker`, which requires `mve_filter=exclude` |
 *
 *  Markets that settled before the historical cutoff are only available via `GET /historical/markets`. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.
 * @since 0.1.0
 * @category operations
 */
export const GetMarkets = {
  operationId: "GetMarkets",
  tag: "market",
  method: "GET",
  path: "/markets",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "series_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "min_created_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_created_ts", in: "query", required: false, style: "form", explode: true },
    { name: "min_updated_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_updated_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_close_ts", in: "query", required: false, style: "form", explode: true },
    { name: "min_close_ts", in: "query", required: false, style: "form", explode: true },
    { name: "min_settled_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_settled_ts", in: "query", required: false, style: "form", explode: true },
    { name: "status", in: "query", required: false, style: "form", explode: true },
    { name: "tickers", in: "query", required: false, style: "comma", explode: true },
    { name: "mve_filter", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["markets"] },
  payload: ["markets"],
  input: GetMarketsInput,
  response: Schemas.GetMarketsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMarket}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMarketInput = Schema.Struct({
  /**
   * (path) Market ticker
   */
  ticker: PathParam
}).annotations({ identifier: "GetMarketInput" })

/**
 * The decoded input of {@link GetMarket}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMarketInput = typeof GetMarketInput.Type

/**
 * GET /markets/{ticker}: Get Market.
 * Endpoint for getting data about a specific market by its ticker. A market represents a specific binary outcome within an event that users can trade on (e.g., "Will candidate X win?"). Markets have yes/no positions, current prices, volume, and settlement rules.
 * @since 0.1.0
 * @category operations
 */
export const GetMarket = {
  operationId: "GetMarket",
  tag: "market",
  method: "GET",
  path: "/markets/{ticker}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["market"],
  input: GetMarketInput,
  response: Schemas.GetMarketResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link BatchGetMarketCandlesticks}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const BatchGetMarketCandlesticksInput = Schema.Struct({
  /**
   * (query) Comma-separated list of market tickers (maximum 100)
   */
  market_tickers: commaList(100),
  /**
   * (query) Start timestamp in Unix seconds
   */
  start_ts: Schema.Int,
  /**
   * (query) End timestamp in Unix seconds
   */
  end_ts: Schema.Int,
  /**
   * (query) Candlestick period interval in minutes
   */
  period_interval: Int32.pipe(Schema.greaterThanOrEqualTo(1)),
  /**
   * (query) If true, prepends the latest candlestick available before the start_ts. This synthetic candlestick is created by:
   * 1. Finding the most recent real candlestick before start_ts
   * 2. Projecting it forward to the first period boundary (calculated as the next period interval after start_ts)
   * 3. Setting all OHLC prices to null, and `previous_price` to the close price from the real candlestick
   */
  include_latest_before_start: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "BatchGetMarketCandlesticksInput" })

/**
 * The decoded input of {@link BatchGetMarketCandlesticks}.
 * @since 0.1.0
 * @category inputs
 */
export type BatchGetMarketCandlesticksInput = typeof BatchGetMarketCandlesticksInput.Type

/**
 * GET /markets/candlesticks: Batch Get Market Candlesticks.
 * Endpoint for retrieving candlestick data for multiple markets.
 *
 * - Accepts up to 100 market tickers per request
 * - Returns up to 10,000 candlesticks total across all markets
 * - Returns candlesticks grouped by market_id
 * - Optionally includes a synthetic initial candlestick for price continuity (see `include_latest_before_start` parameter)
 * @since 0.1.0
 * @category operations
 */
export const BatchGetMarketCandlesticks = {
  operationId: "BatchGetMarketCandlesticks",
  tag: "market",
  method: "GET",
  path: "/markets/candlesticks",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "market_tickers", in: "query", required: true, style: "comma", explode: true },
    { name: "start_ts", in: "query", required: true, style: "form", explode: true },
    { name: "end_ts", in: "query", required: true, style: "form", explode: true },
    { name: "period_interval", in: "query", required: true, style: "form", explode: true },
    { name: "include_latest_before_start", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["markets"],
  input: BatchGetMarketCandlesticksInput,
  response: Schemas.BatchGetMarketCandlesticksResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMarketCandlesticksByEvent}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMarketCandlesticksByEventInput = Schema.Struct({
  /**
   * (path) The event ticker
   */
  ticker: PathParam,
  /**
   * (path) The series ticker
   */
  series_ticker: PathParam,
  /**
   * (query) Start timestamp for the range
   */
  start_ts: Schema.Int,
  /**
   * (query) End timestamp for the range
   */
  end_ts: Schema.Int,
  /**
   * (query) Specifies the length of each candlestick period, in minutes. Must be one minute, one hour, or one day.
   */
  period_interval: literals(1, 60, 1440)
}).annotations({ identifier: "GetMarketCandlesticksByEventInput" })

/**
 * The decoded input of {@link GetMarketCandlesticksByEvent}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMarketCandlesticksByEventInput = typeof GetMarketCandlesticksByEventInput.Type

/**
 * GET /series/{series_ticker}/events/{ticker}/candlesticks: Get Event Candlesticks.
 * End-point for returning aggregated data across all markets corresponding to an event.
 * @since 0.1.0
 * @category operations
 */
export const GetMarketCandlesticksByEvent = {
  operationId: "GetMarketCandlesticksByEvent",
  tag: "events",
  method: "GET",
  path: "/series/{series_ticker}/events/{ticker}/candlesticks",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "series_ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "start_ts", in: "query", required: true, style: "form", explode: true },
    { name: "end_ts", in: "query", required: true, style: "form", explode: true },
    { name: "period_interval", in: "query", required: true, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["market_tickers", "market_candlesticks"],
  input: GetMarketCandlesticksByEventInput,
  response: Schemas.GetEventCandlesticksResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetEvents}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetEventsInput = Schema.Struct({
  /**
   * (query) Parameter to specify the number of results per page. Defaults to 200. Maximum value is 200.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(200)), { exact: true }),
  /**
   * (query) Parameter to specify the pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Parameter to specify if nested markets should be included in the response. When true, each event will include a 'markets' field containing a list of Market objects associated with that event. Historical markets settled before the historical cutoff will not be included.
   */
  with_nested_markets: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * (query) If true, includes related milestones as a field alongside events.
   */
  with_milestones: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /**
   * (query) Filter by event status. Possible values are 'unopened', 'open', 'closed', 'settled'. Leave empty to return events with any status.
   */
  status: Schema.optionalWith(literals("unopened", "open", "closed", "settled"), { exact: true }),
  /**
   * (query) Filter by series ticker
   */
  series_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by specific event tickers. Comma-separated list of event tickers to retrieve.
   */
  tickers: Schema.optionalWith(commaList(), { exact: true }),
  /**
   * (query) Filter events with at least one market with close timestamp greater than this Unix timestamp (in seconds).
   */
  min_close_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter events with metadata updated after this Unix timestamp (in seconds). Use this to efficiently poll for changes.
   */
  min_updated_ts: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetEventsInput" })

/**
 * The decoded input of {@link GetEvents}.
 * @since 0.1.0
 * @category inputs
 */
export type GetEventsInput = typeof GetEventsInput.Type

/**
 * GET /events: Get Events.
 * Get all events. This endpoint excludes multivariate events.
 * To retrieve multivariate events, use the GET /events/multivariate endpoint.
 * All events are accessible through this endpoint, even if their associated markets are older than the historical cutoff.
 * @since 0.1.0
 * @category operations
 */
export const GetEvents = {
  operationId: "GetEvents",
  tag: "events",
  method: "GET",
  path: "/events",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "with_nested_markets", in: "query", required: false, style: "form", explode: true },
    { name: "with_milestones", in: "query", required: false, style: "form", explode: true },
    { name: "status", in: "query", required: false, style: "form", explode: true },
    { name: "series_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "tickers", in: "query", required: false, style: "comma", explode: true },
    { name: "min_close_ts", in: "query", required: false, style: "form", explode: true },
    { name: "min_updated_ts", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["events"] },
  payload: ["events"],
  input: GetEventsInput,
  response: Schemas.GetEventsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMultivariateEvents}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMultivariateEventsInput = Schema.Struct({
  /**
   * (query) Number of results per page. Defaults to 100. Maximum value is 200.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(200)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by series ticker
   */
  series_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter events by collection ticker. Returns only multivariate events belonging to the specified collection. Cannot be used together with series_ticker.
   */
  collection_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Parameter to specify if nested markets should be included in the response. When true, each event will include a 'markets' field containing a list of Market objects associated with that event.
   */
  with_nested_markets: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetMultivariateEventsInput" })

/**
 * The decoded input of {@link GetMultivariateEvents}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMultivariateEventsInput = typeof GetMultivariateEventsInput.Type

/**
 * GET /events/multivariate: Get Multivariate Events.
 * Retrieve multivariate (combo) events. These are dynamically created events from multivariate event collections. Supports filtering by series and collection ticker.
 * @since 0.1.0
 * @category operations
 */
export const GetMultivariateEvents = {
  operationId: "GetMultivariateEvents",
  tag: "events",
  method: "GET",
  path: "/events/multivariate",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "series_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "collection_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "with_nested_markets", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["events"] },
  payload: ["events"],
  input: GetMultivariateEventsInput,
  response: Schemas.GetMultivariateEventsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetEventFeeChanges}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetEventFeeChangesInput = Schema.Struct({
  /**
   * (query)
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetEventFeeChangesInput" })

/**
 * The decoded input of {@link GetEventFeeChanges}.
 * @since 0.1.0
 * @category inputs
 */
export type GetEventFeeChangesInput = typeof GetEventFeeChangesInput.Type

/**
 * GET /events/fee_changes: Get Event Fee Changes.
 * Event fees are an override layered on top of the parent series' fee structure. If `fee_type_override` and `fee_multiplier_override` are null, that indicates the override is cleared.
 * @since 0.1.0
 * @category operations
 */
export const GetEventFeeChanges = {
  operationId: "GetEventFeeChanges",
  tag: "events",
  method: "GET",
  path: "/events/fee_changes",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["event_fee_changes"] },
  payload: ["event_fee_changes"],
  input: GetEventFeeChangesInput,
  response: Schemas.GetEventFeeChangesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetEvent}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetEventInput = Schema.Struct({
  /**
   * (path) Event ticker
   */
  event_ticker: PathParam,
  /**
   * (query) If true, markets are included within the event object. If false (default), markets are returned as a separate top-level field in the response. Historical markets settled before the historical cutoff will not be included.
   */
  with_nested_markets: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetEventInput" })

/**
 * The decoded input of {@link GetEvent}.
 * @since 0.1.0
 * @category inputs
 */
export type GetEventInput = typeof GetEventInput.Type

/**
 * GET /events/{event_ticker}: Get Event.
 * Endpoint for getting data about an event by its ticker. An event represents a real-world occurrence that can be traded on, such as an election, sports game, or economic indicator release.
 * Events contain one or more markets where users can place trades on different outcomes.
 * All events are accessible through this endpoint, even if their associated markets are older than the historical cutoff.
 * @since 0.1.0
 * @category operations
 */
export const GetEvent = {
  operationId: "GetEvent",
  tag: "events",
  method: "GET",
  path: "/events/{event_ticker}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "event_ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "with_nested_markets", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["event", "markets"],
  input: GetEventInput,
  response: Schemas.GetEventResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetEventMetadata}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetEventMetadataInput = Schema.Struct({
  /**
   * (path) Event ticker
   */
  event_ticker: PathParam
}).annotations({ identifier: "GetEventMetadataInput" })

/**
 * The decoded input of {@link GetEventMetadata}.
 * @since 0.1.0
 * @category inputs
 */
export type GetEventMetadataInput = typeof GetEventMetadataInput.Type

/**
 * GET /events/{event_ticker}/metadata: Get Event Metadata.
 * Endpoint for getting metadata about an event by its ticker.  Returns only the metadata information for an event.
 * @since 0.1.0
 * @category operations
 */
export const GetEventMetadata = {
  operationId: "GetEventMetadata",
  tag: "events",
  method: "GET",
  path: "/events/{event_ticker}/metadata",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "event_ticker", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["settlement_sources", "market_details"],
  input: GetEventMetadataInput,
  response: Schemas.GetEventMetadataResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetEventForecastPercentilesHistory}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetEventForecastPercentilesHistoryInput = Schema.Struct({
  /**
   * (path) The event ticker
   */
  ticker: PathParam,
  /**
   * (path) The series ticker
   */
  series_ticker: PathParam,
  /**
   * (query) Array of percentile values to retrieve (0-9999, max 10 values)
   */
  percentiles: Schema.Array(Int32.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(9999))).pipe(Schema.maxItems(10)),
  /**
   * (query) Start timestamp for the range
   */
  start_ts: Schema.Int,
  /**
   * (query) End timestamp for the range
   */
  end_ts: Schema.Int,
  /**
   * (query) Specifies the length of each forecast period, in minutes. 0 for 5-second intervals, or 1, 60, or 1440 for minute-based intervals.
   */
  period_interval: literals(0, 1, 60, 1440)
}).annotations({ identifier: "GetEventForecastPercentilesHistoryInput" })

/**
 * The decoded input of {@link GetEventForecastPercentilesHistory}.
 * @since 0.1.0
 * @category inputs
 */
export type GetEventForecastPercentilesHistoryInput = typeof GetEventForecastPercentilesHistoryInput.Type

/**
 * GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history: Get Event Forecast Percentile History.
 * Endpoint for getting the historical raw and formatted forecast numbers for an event at specific percentiles.
 * @since 0.1.0
 * @category operations
 */
export const GetEventForecastPercentilesHistory = {
  operationId: "GetEventForecastPercentilesHistory",
  tag: "events",
  method: "GET",
  path: "/series/{series_ticker}/events/{ticker}/forecast_percentile_history",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "series_ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "percentiles", in: "query", required: true, style: "form", explode: true },
    { name: "start_ts", in: "query", required: true, style: "form", explode: true },
    { name: "end_ts", in: "query", required: true, style: "form", explode: true },
    { name: "period_interval", in: "query", required: true, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["forecast_history"],
  input: GetEventForecastPercentilesHistoryInput,
  response: Schemas.GetEventForecastPercentilesHistoryResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetOrders}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetOrdersInput = Schema.Struct({
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Event tickers to filter by, as a comma-separated list (maximum 10).
   */
  event_ticker: Schema.optionalWith(commaList(10), { exact: true }),
  /**
   * (query) Filter items after this Unix timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items before this Unix timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter by status. Possible values depend on the endpoint.
   */
  status: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). If omitted, defaults to all subaccounts.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter results by exchange shard. Omit to return results from all exchange shards.
   */
  exchange_index: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true })
}).annotations({ identifier: "GetOrdersInput" })

/**
 * The decoded input of {@link GetOrders}.
 * @since 0.1.0
 * @category inputs
 */
export type GetOrdersInput = typeof GetOrdersInput.Type

/**
 * GET /portfolio/orders: Get Orders.
 * Restricts the response to orders that have a certain status: resting, canceled, or executed.
 * Orders that have been canceled or fully executed before the historical cutoff are only available via `GET /historical/orders`. Resting orders will always be available through this endpoint. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.
 * @since 0.1.0
 * @category operations
 */
export const GetOrders = {
  operationId: "GetOrders",
  tag: "orders",
  method: "GET",
  path: "/portfolio/orders",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "comma", explode: true },
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "status", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "exchange_index", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["orders"] },
  payload: ["orders"],
  input: GetOrdersInput,
  response: Schemas.GetOrdersResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetOrder}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetOrderInput = Schema.Struct({
  /**
   * (path) Order ID
   */
  order_id: PathParam
}).annotations({ identifier: "GetOrderInput" })

/**
 * The decoded input of {@link GetOrder}.
 * @since 0.1.0
 * @category inputs
 */
export type GetOrderInput = typeof GetOrderInput.Type

/**
 * GET /portfolio/orders/{order_id}: Get Order.
 * Endpoint for getting a single order.
 * @since 0.1.0
 * @category operations
 */
export const GetOrder = {
  operationId: "GetOrder",
  tag: "orders",
  method: "GET",
  path: "/portfolio/orders/{order_id}",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: { tokens: 2, perItem: false },
  successStatus: 200,
  parameters: [
    { name: "order_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["order"],
  input: GetOrderInput,
  response: Schemas.GetOrderResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetOrderQueuePositions}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetOrderQueuePositionsInput = Schema.Struct({
  /**
   * (query) Comma-separated list of market tickers to filter by
   */
  market_tickers: Schema.optionalWith(commaList(), { exact: true }),
  /**
   * (query) Event ticker to filter by
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetOrderQueuePositionsInput" })

/**
 * The decoded input of {@link GetOrderQueuePositions}.
 * @since 0.1.0
 * @category inputs
 */
export type GetOrderQueuePositionsInput = typeof GetOrderQueuePositionsInput.Type

/**
 * GET /portfolio/orders/queue_positions: Get Queue Positions for Orders.
 * Endpoint for getting queue positions for all resting orders. Queue position represents the number of contracts that need to be matched before an order receives a partial or full match, determined using price-time priority.
 * @since 0.1.0
 * @category operations
 */
export const GetOrderQueuePositions = {
  operationId: "GetOrderQueuePositions",
  tag: "orders",
  method: "GET",
  path: "/portfolio/orders/queue_positions",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "market_tickers", in: "query", required: false, style: "comma", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["queue_positions"],
  input: GetOrderQueuePositionsInput,
  response: Schemas.GetOrderQueuePositionsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetOrderQueuePosition}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetOrderQueuePositionInput = Schema.Struct({
  /**
   * (path) Order ID
   */
  order_id: PathParam
}).annotations({ identifier: "GetOrderQueuePositionInput" })

/**
 * The decoded input of {@link GetOrderQueuePosition}.
 * @since 0.1.0
 * @category inputs
 */
export type GetOrderQueuePositionInput = typeof GetOrderQueuePositionInput.Type

/**
 * GET /portfolio/orders/{order_id}/queue_position: Get Order Queue Position.
 * Endpoint for getting an order's queue position in the order book. This represents the amount of orders that need to be matched before this order receives a partial or full match. Queue position is determined using a price-time priority.
 * @since 0.1.0
 * @category operations
 */
export const GetOrderQueuePosition = {
  operationId: "GetOrderQueuePosition",
  tag: "orders",
  method: "GET",
  path: "/portfolio/orders/{order_id}/queue_position",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "order_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["queue_position_fp"],
  input: GetOrderQueuePositionInput,
  response: Schemas.GetOrderQueuePositionResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link CreateOrderV2}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CreateOrderV2Input = Schema.Struct({
  ...Requests.CreateOrderV2Request.fields
}).annotations({ identifier: "CreateOrderV2Input" })

/**
 * The decoded input of {@link CreateOrderV2}.
 * @since 0.1.0
 * @category inputs
 */
export type CreateOrderV2Input = typeof CreateOrderV2Input.Type

/**
 * POST /portfolio/events/orders: Create Order (V2).
 * Endpoint for submitting event-market orders using the V2 request/response shape (single-book `bid`/`ask` side and fixed-point dollar prices). The legacy `/portfolio/orders` endpoint will be deprecated no earlier than May 6, 2026 — clients should migrate to this path.
 * @since 0.1.0
 * @category operations
 */
export const CreateOrderV2 = {
  operationId: "CreateOrderV2",
  tag: "orders",
  method: "POST",
  path: "/portfolio/events/orders",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "CreateOrderV2Request", required: true, fields: ["ticker", "client_order_id", "side", "count", "price", "expiration_time", "time_in_force", "post_only", "self_trade_prevention_type", "cancel_order_on_pause", "reduce_only", "subaccount", "order_group_id", "exchange_index"] },
  pagination: undefined,
  payload: [],
  input: CreateOrderV2Input,
  response: Schemas.CreateOrderV2Response
} as const satisfies OperationDescriptor

/**
 * The input of {@link CancelAllOrders}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CancelAllOrdersInput = Schema.Struct({
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). If omitted, defaults to all subaccounts.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "CancelAllOrdersInput" })

/**
 * The decoded input of {@link CancelAllOrders}.
 * @since 0.1.0
 * @category inputs
 */
export type CancelAllOrdersInput = typeof CancelAllOrdersInput.Type

/**
 * DELETE /portfolio/events/orders: Cancel All Orders.
 * Cancels all resting event-market orders for the authenticated Direct member across every exchange shard. If `subaccount` is omitted, matching orders may come from any subaccount. If it is provided, only orders for that subaccount are eligible. Newly placed orders may also be cancelled during the minute after the request.
 * @since 0.1.0
 * @category operations
 */
export const CancelAllOrders = {
  operationId: "CancelAllOrders",
  tag: "orders",
  method: "DELETE",
  path: "/portfolio/events/orders",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: { tokens: 2, perItem: false },
  successStatus: 204,
  parameters: [
    { name: "subaccount", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: CancelAllOrdersInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link BatchCreateOrdersV2}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const BatchCreateOrdersV2Input = Schema.Struct({
  ...Requests.BatchCreateOrdersV2Request.fields
}).annotations({ identifier: "BatchCreateOrdersV2Input" })

/**
 * The decoded input of {@link BatchCreateOrdersV2}.
 * @since 0.1.0
 * @category inputs
 */
export type BatchCreateOrdersV2Input = typeof BatchCreateOrdersV2Input.Type

/**
 * POST /portfolio/events/orders/batched: Batch Create Orders (V2).
 * Endpoint for submitting a batch of event-market orders using the V2 request/response shape. The maximum batch size scales with your tier's write budget — see [Rate Limits and Tiers](/getting_started/rate_limits).
 * @since 0.1.0
 * @category operations
 */
export const BatchCreateOrdersV2 = {
  operationId: "BatchCreateOrdersV2",
  tag: "orders",
  method: "POST",
  path: "/portfolio/events/orders/batched",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: { tokens: 10, perItem: true },
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "BatchCreateOrdersV2Request", required: true, fields: ["orders"] },
  pagination: undefined,
  payload: ["orders"],
  input: BatchCreateOrdersV2Input,
  response: Schemas.BatchCreateOrdersV2Response
} as const satisfies OperationDescriptor

/**
 * The input of {@link BatchCancelOrdersV2}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const BatchCancelOrdersV2Input = Schema.Struct({
  ...Requests.BatchCancelOrdersV2Request.fields
}).annotations({ identifier: "BatchCancelOrdersV2Input" })

/**
 * The decoded input of {@link BatchCancelOrdersV2}.
 * @since 0.1.0
 * @category inputs
 */
export type BatchCancelOrdersV2Input = typeof BatchCancelOrdersV2Input.Type

/**
 * DELETE /portfolio/events/orders/batched: Batch Cancel Orders (V2).
 * Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum batch size scales with your tier's write budget — see [Rate Limits and Tiers](/getting_started/rate_limits).
 * @since 0.1.0
 * @category operations
 */
export const BatchCancelOrdersV2 = {
  operationId: "BatchCancelOrdersV2",
  tag: "orders",
  method: "DELETE",
  path: "/portfolio/events/orders/batched",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: { tokens: 2, perItem: true },
  successStatus: 200,
  parameters: [

  ],
  body: { schema: "BatchCancelOrdersV2Request", required: true, fields: ["orders"] },
  pagination: undefined,
  payload: ["orders"],
  input: BatchCancelOrdersV2Input,
  response: Schemas.BatchCancelOrdersV2Response
} as const satisfies OperationDescriptor

/**
 * The input of {@link CancelOrderV2}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CancelOrderV2Input = Schema.Struct({
  /**
   * (path) Order ID
   */
  order_id: PathParam,
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Exchange shard index. If omitted, auto-routes when market_ticker is provided; otherwise defaults to 0. Use -1 to require auto-routing. The market_ticker parameter is required for auto-routing.
   */
  exchange_index: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Market ticker. Required for auto-routing when exchange_index is omitted or -1.
   */
  market_ticker: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "CancelOrderV2Input" })

/**
 * The decoded input of {@link CancelOrderV2}.
 * @since 0.1.0
 * @category inputs
 */
export type CancelOrderV2Input = typeof CancelOrderV2Input.Type

/**
 * DELETE /portfolio/events/orders/{order_id}: Cancel Order (V2).
 * Endpoint for cancelling event-market orders using the V2 response shape. To auto-route the cancellation, provide `market_ticker` and omit `exchange_index` or set it to `-1`. Returns `{order_id, client_order_id, reduced_by}` rather than a full order object.
 * @since 0.1.0
 * @category operations
 */
export const CancelOrderV2 = {
  operationId: "CancelOrderV2",
  tag: "orders",
  method: "DELETE",
  path: "/portfolio/events/orders/{order_id}",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: { tokens: 2, perItem: false },
  successStatus: 200,
  parameters: [
    { name: "order_id", in: "path", required: true, style: "simple", explode: false },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "exchange_index", in: "query", required: false, style: "form", explode: true },
    { name: "market_ticker", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: CancelOrderV2Input,
  response: Schemas.CancelOrderV2Response
} as const satisfies OperationDescriptor

/**
 * The input of {@link AmendOrderV2}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const AmendOrderV2Input = Schema.Struct({
  /**
   * (path) Order ID
   */
  order_id: PathParam,
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  ...Requests.AmendOrderV2Request.fields
}).annotations({ identifier: "AmendOrderV2Input" })

/**
 * The decoded input of {@link AmendOrderV2}.
 * @since 0.1.0
 * @category inputs
 */
export type AmendOrderV2Input = typeof AmendOrderV2Input.Type

/**
 * POST /portfolio/events/orders/{order_id}/amend: Amend Order (V2).
 * Endpoint for amending the price, max fillable count, and/or expiration time of an existing event-market order. The request `count` is the updated total/max fillable count, equal to already filled count plus desired resting remaining count. This behavior matches the v1 amend endpoints; only the request/response shape differs.
 * @since 0.1.0
 * @category operations
 */
export const AmendOrderV2 = {
  operationId: "AmendOrderV2",
  tag: "orders",
  method: "POST",
  path: "/portfolio/events/orders/{order_id}/amend",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "order_id", in: "path", required: true, style: "simple", explode: false },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true }
  ],
  body: { schema: "AmendOrderV2Request", required: true, fields: ["ticker", "side", "price", "count", "client_order_id", "updated_client_order_id", "expiration_time", "exchange_index"] },
  pagination: undefined,
  payload: [],
  input: AmendOrderV2Input,
  response: Schemas.AmendOrderV2Response
} as const satisfies OperationDescriptor

/**
 * The input of {@link DecreaseOrderV2}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const DecreaseOrderV2Input = Schema.Struct({
  /**
   * (path) Order ID
   */
  order_id: PathParam,
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  ...Requests.DecreaseOrderV2Request.fields
}).annotations({ identifier: "DecreaseOrderV2Input" })

/**
 * The decoded input of {@link DecreaseOrderV2}.
 * @since 0.1.0
 * @category inputs
 */
export type DecreaseOrderV2Input = typeof DecreaseOrderV2Input.Type

/**
 * POST /portfolio/events/orders/{order_id}/decrease: Decrease Order (V2).
 * Endpoint for decreasing the remaining count of an existing event-market order using the V2 request/response shape. Exactly one of `reduce_by` or `reduce_to` must be provided.
 * @since 0.1.0
 * @category operations
 */
export const DecreaseOrderV2 = {
  operationId: "DecreaseOrderV2",
  tag: "orders",
  method: "POST",
  path: "/portfolio/events/orders/{order_id}/decrease",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "order_id", in: "path", required: true, style: "simple", explode: false },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true }
  ],
  body: { schema: "DecreaseOrderV2Request", required: true, fields: ["reduce_by", "reduce_to", "exchange_index", "market_ticker"] },
  pagination: undefined,
  payload: [],
  input: DecreaseOrderV2Input,
  response: Schemas.DecreaseOrderV2Response
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetOrderGroups}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetOrderGroupsInput = Schema.Struct({
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). If omitted, defaults to all subaccounts.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetOrderGroupsInput" })

/**
 * The decoded input of {@link GetOrderGroups}.
 * @since 0.1.0
 * @category inputs
 */
export type GetOrderGroupsInput = typeof GetOrderGroupsInput.Type

/**
 * GET /portfolio/order_groups: Get Order Groups.
 * Retrieves all order groups for the authenticated user.
 * @since 0.1.0
 * @category operations
 */
export const GetOrderGroups = {
  operationId: "GetOrderGroups",
  tag: "order-groups",
  method: "GET",
  path: "/portfolio/order_groups",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "subaccount", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: GetOrderGroupsInput,
  response: Schemas.GetOrderGroupsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link CreateOrderGroup}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CreateOrderGroupInput = Schema.Struct({
  ...Requests.CreateOrderGroupRequest.fields
}).annotations({ identifier: "CreateOrderGroupInput" })

/**
 * The decoded input of {@link CreateOrderGroup}.
 * @since 0.1.0
 * @category inputs
 */
export type CreateOrderGroupInput = typeof CreateOrderGroupInput.Type

/**
 * POST /portfolio/order_groups/create: Create Order Group.
 * Creates a new order group with a contracts limit measured over a rolling 15-second window. Users can have up to 100,000 order groups at a time. When the limit is hit, all orders in the group are cancelled and no new orders can be placed until reset.
 * @since 0.1.0
 * @category operations
 */
export const CreateOrderGroup = {
  operationId: "CreateOrderGroup",
  tag: "order-groups",
  method: "POST",
  path: "/portfolio/order_groups/create",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "CreateOrderGroupRequest", required: true, fields: ["subaccount", "contracts_limit", "contracts_limit_fp", "exchange_index"] },
  pagination: undefined,
  payload: [],
  input: CreateOrderGroupInput,
  response: Schemas.CreateOrderGroupResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetOrderGroup}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetOrderGroupInput = Schema.Struct({
  /**
   * (path) Order group ID
   */
  order_group_id: PathParam,
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). If omitted, defaults to all subaccounts.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetOrderGroupInput" })

/**
 * The decoded input of {@link GetOrderGroup}.
 * @since 0.1.0
 * @category inputs
 */
export type GetOrderGroupInput = typeof GetOrderGroupInput.Type

/**
 * GET /portfolio/order_groups/{order_group_id}: Get Order Group.
 * Retrieves details for a single order group including all order IDs and auto-cancel status.
 * @since 0.1.0
 * @category operations
 */
export const GetOrderGroup = {
  operationId: "GetOrderGroup",
  tag: "order-groups",
  method: "GET",
  path: "/portfolio/order_groups/{order_group_id}",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "order_group_id", in: "path", required: true, style: "simple", explode: false },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["orders"],
  input: GetOrderGroupInput,
  response: Schemas.GetOrderGroupResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link DeleteOrderGroup}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const DeleteOrderGroupInput = Schema.Struct({
  /**
   * (path) Order group ID
   */
  order_group_id: PathParam,
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Identifier for an exchange shard. Defaults to 0.
   */
  exchange_index: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "DeleteOrderGroupInput" })

/**
 * The decoded input of {@link DeleteOrderGroup}.
 * @since 0.1.0
 * @category inputs
 */
export type DeleteOrderGroupInput = typeof DeleteOrderGroupInput.Type

/**
 * DELETE /portfolio/order_groups/{order_group_id}: Delete Order Group.
 * Deletes an order group and cancels all orders within it. This permanently removes the group.
 * @since 0.1.0
 * @category operations
 */
export const DeleteOrderGroup = {
  operationId: "DeleteOrderGroup",
  tag: "order-groups",
  method: "DELETE",
  path: "/portfolio/order_groups/{order_group_id}",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "order_group_id", in: "path", required: true, style: "simple", explode: false },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "exchange_index", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: DeleteOrderGroupInput,
  response: Schemas.EmptyResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link ResetOrderGroup}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const ResetOrderGroupInput = Schema.Struct({
  /**
   * (path) Order group ID
   */
  order_group_id: PathParam,
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Identifier for an exchange shard. Defaults to 0.
   */
  exchange_index: Schema.optionalWith(Schema.Int, { exact: true }),
  ...Requests.EmptyResponse.fields
}).annotations({ identifier: "ResetOrderGroupInput" })

/**
 * The decoded input of {@link ResetOrderGroup}.
 * @since 0.1.0
 * @category inputs
 */
export type ResetOrderGroupInput = typeof ResetOrderGroupInput.Type

/**
 * PUT /portfolio/order_groups/{order_group_id}/reset: Reset Order Group.
 * Resets the order group's matched contracts counter to zero, allowing new orders to be placed again after the limit was hit.
 * @since 0.1.0
 * @category operations
 */
export const ResetOrderGroup = {
  operationId: "ResetOrderGroup",
  tag: "order-groups",
  method: "PUT",
  path: "/portfolio/order_groups/{order_group_id}/reset",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "order_group_id", in: "path", required: true, style: "simple", explode: false },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "exchange_index", in: "query", required: false, style: "form", explode: true }
  ],
  body: { schema: "EmptyResponse", required: false, fields: [] },
  pagination: undefined,
  payload: [],
  input: ResetOrderGroupInput,
  response: Schemas.EmptyResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link TriggerOrderGroup}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const TriggerOrderGroupInput = Schema.Struct({
  /**
   * (path) Order group ID
   */
  order_group_id: PathParam,
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Identifier for an exchange shard. Defaults to 0.
   */
  exchange_index: Schema.optionalWith(Schema.Int, { exact: true }),
  ...Requests.EmptyResponse.fields
}).annotations({ identifier: "TriggerOrderGroupInput" })

/**
 * The decoded input of {@link TriggerOrderGroup}.
 * @since 0.1.0
 * @category inputs
 */
export type TriggerOrderGroupInput = typeof TriggerOrderGroupInput.Type

/**
 * PUT /portfolio/order_groups/{order_group_id}/trigger: Trigger Order Group.
 * Triggers the order group, canceling all orders in the group and preventing new orders until the group is reset.
 * @since 0.1.0
 * @category operations
 */
export const TriggerOrderGroup = {
  operationId: "TriggerOrderGroup",
  tag: "order-groups",
  method: "PUT",
  path: "/portfolio/order_groups/{order_group_id}/trigger",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "order_group_id", in: "path", required: true, style: "simple", explode: false },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "exchange_index", in: "query", required: false, style: "form", explode: true }
  ],
  body: { schema: "EmptyResponse", required: false, fields: [] },
  pagination: undefined,
  payload: [],
  input: TriggerOrderGroupInput,
  response: Schemas.EmptyResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link UpdateOrderGroupLimit}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const UpdateOrderGroupLimitInput = Schema.Struct({
  /**
   * (path) Order group ID
   */
  order_group_id: PathParam,
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Identifier for an exchange shard. Defaults to 0.
   */
  exchange_index: Schema.optionalWith(Schema.Int, { exact: true }),
  ...Requests.UpdateOrderGroupLimitRequest.fields
}).annotations({ identifier: "UpdateOrderGroupLimitInput" })

/**
 * The decoded input of {@link UpdateOrderGroupLimit}.
 * @since 0.1.0
 * @category inputs
 */
export type UpdateOrderGroupLimitInput = typeof UpdateOrderGroupLimitInput.Type

/**
 * PUT /portfolio/order_groups/{order_group_id}/limit: Update Order Group Limit.
 * Updates the order group contracts limit (rolling 15-second window). If the updated limit would immediately trigger the group, all orders in the group are canceled and the group is triggered.
 * @since 0.1.0
 * @category operations
 */
export const UpdateOrderGroupLimit = {
  operationId: "UpdateOrderGroupLimit",
  tag: "order-groups",
  method: "PUT",
  path: "/portfolio/order_groups/{order_group_id}/limit",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "order_group_id", in: "path", required: true, style: "simple", explode: false },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "exchange_index", in: "query", required: false, style: "form", explode: true }
  ],
  body: { schema: "UpdateOrderGroupLimitRequest", required: true, fields: ["contracts_limit", "contracts_limit_fp"] },
  pagination: undefined,
  payload: [],
  input: UpdateOrderGroupLimitInput,
  response: Schemas.EmptyResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetBalance}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetBalanceInput = Schema.Struct({
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Exchange index used to scope the balance and portfolio value. If omitted, both include all exchange indexes.
   */
  exchange_index: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetBalanceInput" })

/**
 * The decoded input of {@link GetBalance}.
 * @since 0.1.0
 * @category inputs
 */
export type GetBalanceInput = typeof GetBalanceInput.Type

/**
 * GET /portfolio/balance: Get Balance.
 * Returns the balance and portfolio value for a member. Both values include all exchange indexes unless `exchange_index` is provided. Pass `subaccount` to use a subaccount instead of the primary account. This endpoint also accepts API keys with the 'read::portfolio_balance' scope.
 * @since 0.1.0
 * @category operations
 */
export const GetBalance = {
  operationId: "GetBalance",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/balance",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "exchange_index", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: GetBalanceInput,
  response: Schemas.GetBalanceResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link IntraExchangeInstanceTransfer}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const IntraExchangeInstanceTransferInput = Schema.Struct({
  ...Requests.IntraExchangeInstanceTransferRequest.fields
}).annotations({ identifier: "IntraExchangeInstanceTransferInput" })

/**
 * The decoded input of {@link IntraExchangeInstanceTransfer}.
 * @since 0.1.0
 * @category inputs
 */
export type IntraExchangeInstanceTransferInput = typeof IntraExchangeInstanceTransferInput.Type

/**
 * POST /portfolio/intra_exchange_instance_transfer: Intra Account Transfer.
 * Transfers funds within the same account.
 *
 * When `source_exchange_shard` and `destination_exchange_shard` are the same, Kalshi treats the request as a subaccount transfer. The returned transfer ID appears in the subaccount transfer history.
 *
 * Cross-exchange-index subaccount transfers run in up to three non-atomic steps. If a later step fails, completed steps are not undone, so funds may remain in the primary account on the source or destination exchange index.
 * @since 0.1.0
 * @category operations
 */
export const IntraExchangeInstanceTransfer = {
  operationId: "IntraExchangeInstanceTransfer",
  tag: "portfolio",
  method: "POST",
  path: "/portfolio/intra_exchange_instance_transfer",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: { schema: "IntraExchangeInstanceTransferRequest", required: true, fields: ["source", "destination", "amount", "source_exchange_shard", "destination_exchange_shard", "source_subaccount", "destination_subaccount"] },
  pagination: undefined,
  payload: ["transfer_id"],
  input: IntraExchangeInstanceTransferInput,
  response: Schemas.IntraExchangeInstanceTransferResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetIntraExchangeInstanceTransfers}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetIntraExchangeInstanceTransfersInput = Schema.Struct({
  /**
   * (query) Number of results per page. Defaults to 100. Maximum value is 500.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(500)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetIntraExchangeInstanceTransfersInput" })

/**
 * The decoded input of {@link GetIntraExchangeInstanceTransfers}.
 * @since 0.1.0
 * @category inputs
 */
export type GetIntraExchangeInstanceTransfersInput = typeof GetIntraExchangeInstanceTransfersInput.Type

/**
 * GET /portfolio/intra_exchange_instance_transfers: Get Intra Account Transfers.
 * Endpoint for fetching intra-exchange account transfer history.
 * @since 0.1.0
 * @category operations
 */
export const GetIntraExchangeInstanceTransfers = {
  operationId: "GetIntraExchangeInstanceTransfers",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/intra_exchange_instance_transfers",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["transfers"] },
  payload: ["transfers"],
  input: GetIntraExchangeInstanceTransfersInput,
  response: Schemas.GetIntraExchangeInstanceTransfersResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetIntraExchangeInstanceTransfer}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetIntraExchangeInstanceTransferInput = Schema.Struct({
  /**
   * (path) Transfer id returned by creation endpoint
   */
  transfer_id: PathParam
}).annotations({ identifier: "GetIntraExchangeInstanceTransferInput" })

/**
 * The decoded input of {@link GetIntraExchangeInstanceTransfer}.
 * @since 0.1.0
 * @category inputs
 */
export type GetIntraExchangeInstanceTransferInput = typeof GetIntraExchangeInstanceTransferInput.Type

/**
 * GET /portfolio/intra_exchange_instance_transfers/{transfer_id}: Get Intra Account Transfer.
 * Endpoint for getting a single intra-account transfer by id.
 * @since 0.1.0
 * @category operations
 */
export const GetIntraExchangeInstanceTransfer = {
  operationId: "GetIntraExchangeInstanceTransfer",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/intra_exchange_instance_transfers/{transfer_id}",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "transfer_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["transfer"],
  input: GetIntraExchangeInstanceTransferInput,
  response: Schemas.GetIntraExchangeInstanceTransferResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link CreateSubaccount}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CreateSubaccountInput = Schema.Struct({
  ...Requests.CreateSubaccountRequest.fields
}).annotations({ identifier: "CreateSubaccountInput" })

/**
 * The decoded input of {@link CreateSubaccount}.
 * @since 0.1.0
 * @category inputs
 */
export type CreateSubaccountInput = typeof CreateSubaccountInput.Type

/**
 * POST /portfolio/subaccounts: Create Subaccount.
 * Creates a new subaccount for the authenticated user. This endpoint is available to all users on the Advanced API tier and above. Subaccounts are numbered sequentially starting from 1. Maximum 63 numbered subaccounts per user (64 including the primary account).
 * @since 0.1.0
 * @category operations
 */
export const CreateSubaccount = {
  operationId: "CreateSubaccount",
  tag: "portfolio",
  method: "POST",
  path: "/portfolio/subaccounts",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "CreateSubaccountRequest", required: false, fields: ["exchange_index"] },
  pagination: undefined,
  payload: ["subaccount_number"],
  input: CreateSubaccountInput,
  response: Schemas.CreateSubaccountResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link ApplySubaccountTransfer}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const ApplySubaccountTransferInput = Schema.Struct({
  ...Requests.ApplySubaccountTransferRequest.fields
}).annotations({ identifier: "ApplySubaccountTransferInput" })

/**
 * The decoded input of {@link ApplySubaccountTransfer}.
 * @since 0.1.0
 * @category inputs
 */
export type ApplySubaccountTransferInput = typeof ApplySubaccountTransferInput.Type

/**
 * POST /portfolio/subaccounts/transfer: Transfer Between Subaccounts.
 * Transfers funds between the authenticated user's subaccounts. Use 0 for the primary account, or 1-63 for numbered subaccounts. Set exchange_index to apply the transfer on a specific exchange shard (defaults to 0).
 * @since 0.1.0
 * @category operations
 */
export const ApplySubaccountTransfer = {
  operationId: "ApplySubaccountTransfer",
  tag: "portfolio",
  method: "POST",
  path: "/portfolio/subaccounts/transfer",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: { schema: "ApplySubaccountTransferRequest", required: true, fields: ["client_transfer_id", "from_subaccount", "to_subaccount", "amount_cents", "exchange_index"] },
  pagination: undefined,
  payload: [],
  input: ApplySubaccountTransferInput,
  response: Schemas.ApplySubaccountTransferResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetSubaccountBalances}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetSubaccountBalancesInput = Schema.Struct({

}).annotations({ identifier: "GetSubaccountBalancesInput" })

/**
 * The decoded input of {@link GetSubaccountBalances}.
 * @since 0.1.0
 * @category inputs
 */
export type GetSubaccountBalancesInput = typeof GetSubaccountBalancesInput.Type

/**
 * GET /portfolio/subaccounts/balances: Get All Subaccount Balances.
 * Gets balances for all subaccounts including the primary account.
 * @since 0.1.0
 * @category operations
 */
export const GetSubaccountBalances = {
  operationId: "GetSubaccountBalances",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/subaccounts/balances",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["subaccount_balances"],
  input: GetSubaccountBalancesInput,
  response: Schemas.GetSubaccountBalancesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetSubaccountTransfers}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetSubaccountTransfersInput = Schema.Struct({
  /**
   * (query) Number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetSubaccountTransfersInput" })

/**
 * The decoded input of {@link GetSubaccountTransfers}.
 * @since 0.1.0
 * @category inputs
 */
export type GetSubaccountTransfersInput = typeof GetSubaccountTransfersInput.Type

/**
 * GET /portfolio/subaccounts/transfers: Get Subaccount Transfers.
 * Gets a paginated list of all transfers between subaccounts for the authenticated user.
 * @since 0.1.0
 * @category operations
 */
export const GetSubaccountTransfers = {
  operationId: "GetSubaccountTransfers",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/subaccounts/transfers",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["transfers"] },
  payload: ["transfers"],
  input: GetSubaccountTransfersInput,
  response: Schemas.GetSubaccountTransfersResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link UpdateSubaccountNetting}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const UpdateSubaccountNettingInput = Schema.Struct({
  ...Requests.UpdateSubaccountNettingRequest.fields
}).annotations({ identifier: "UpdateSubaccountNettingInput" })

/**
 * The decoded input of {@link UpdateSubaccountNetting}.
 * @since 0.1.0
 * @category inputs
 */
export type UpdateSubaccountNettingInput = typeof UpdateSubaccountNettingInput.Type

/**
 * PUT /portfolio/subaccounts/netting: Update Subaccount Netting.
 * Updates the netting enabled setting for a specific subaccount. Use 0 for the primary account, or 1-63 for numbered subaccounts.
 * @since 0.1.0
 * @category operations
 */
export const UpdateSubaccountNetting = {
  operationId: "UpdateSubaccountNetting",
  tag: "portfolio",
  method: "PUT",
  path: "/portfolio/subaccounts/netting",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: { schema: "UpdateSubaccountNettingRequest", required: true, fields: ["subaccount_number", "enabled"] },
  pagination: undefined,
  payload: [],
  input: UpdateSubaccountNettingInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetSubaccountNetting}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetSubaccountNettingInput = Schema.Struct({

}).annotations({ identifier: "GetSubaccountNettingInput" })

/**
 * The decoded input of {@link GetSubaccountNetting}.
 * @since 0.1.0
 * @category inputs
 */
export type GetSubaccountNettingInput = typeof GetSubaccountNettingInput.Type

/**
 * GET /portfolio/subaccounts/netting: Get Subaccount Netting.
 * Gets the netting enabled settings for all subaccounts.
 * @since 0.1.0
 * @category operations
 */
export const GetSubaccountNetting = {
  operationId: "GetSubaccountNetting",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/subaccounts/netting",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["netting_configs"],
  input: GetSubaccountNettingInput,
  response: Schemas.GetSubaccountNettingResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetPositions}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetPositionsInput = Schema.Struct({
  /**
   * (query) The Cursor represents a pointer to the next page of records in the pagination. Use the value returned from the previous response to get the next page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Parameter to specify the number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Restricts the positions to those with any of following fields with non-zero values, as a comma separated list. The following values are accepted - position, total_traded
   */
  count_filter: Schema.optionalWith(commaList(), { exact: true }),
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Event ticker to filter by. Only a single event ticker is supported.
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter results by exchange shard. Omit to return results from all exchange shards.
   */
  exchange_index: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true })
}).annotations({ identifier: "GetPositionsInput" })

/**
 * The decoded input of {@link GetPositions}.
 * @since 0.1.0
 * @category inputs
 */
export type GetPositionsInput = typeof GetPositionsInput.Type

/**
 * GET /portfolio/positions: Get Positions.
 * Restricts the positions to those with any of following fields with non-zero values, as a comma separated list. The following values are accepted: position, total_traded.
 * Registered partners may also use a user OAuth access token with the explicitly granted read::compliance_partner scope.
 * @since 0.1.0
 * @category operations
 */
export const GetPositions = {
  operationId: "GetPositions",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/positions",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "count_filter", in: "query", required: false, style: "comma", explode: true },
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "exchange_index", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["market_positions", "event_positions"] },
  payload: ["market_positions", "event_positions"],
  input: GetPositionsInput,
  response: Schemas.GetPositionsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetSettlements}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetSettlementsInput = Schema.Struct({
  /**
   * (query) Number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Event ticker to filter by. Only a single event ticker is supported.
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter items after this Unix timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items before this Unix timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). If omitted, defaults to all subaccounts.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetSettlementsInput" })

/**
 * The decoded input of {@link GetSettlements}.
 * @since 0.1.0
 * @category inputs
 */
export type GetSettlementsInput = typeof GetSettlementsInput.Type

/**
 * GET /portfolio/settlements: Get Settlements.
 * Endpoint for getting the member's settlements historical track.
 * @since 0.1.0
 * @category operations
 */
export const GetSettlements = {
  operationId: "GetSettlements",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/settlements",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["settlements"] },
  payload: ["settlements"],
  input: GetSettlementsInput,
  response: Schemas.GetSettlementsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetDeposits}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetDepositsInput = Schema.Struct({
  /**
   * (query) Number of results per page. Defaults to 100. Maximum value is 500.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(500)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetDepositsInput" })

/**
 * The decoded input of {@link GetDeposits}.
 * @since 0.1.0
 * @category inputs
 */
export type GetDepositsInput = typeof GetDepositsInput.Type

/**
 * GET /portfolio/deposits: Get Deposits.
 * Endpoint for getting the member's deposit history.
 * @since 0.1.0
 * @category operations
 */
export const GetDeposits = {
  operationId: "GetDeposits",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/deposits",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["deposits"] },
  payload: ["deposits"],
  input: GetDepositsInput,
  response: Schemas.GetDepositsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetWithdrawals}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetWithdrawalsInput = Schema.Struct({
  /**
   * (query) Number of results per page. Defaults to 100. Maximum value is 500.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(500)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetWithdrawalsInput" })

/**
 * The decoded input of {@link GetWithdrawals}.
 * @since 0.1.0
 * @category inputs
 */
export type GetWithdrawalsInput = typeof GetWithdrawalsInput.Type

/**
 * GET /portfolio/withdrawals: Get Withdrawals.
 * Endpoint for getting the member's withdrawal history.
 * @since 0.1.0
 * @category operations
 */
export const GetWithdrawals = {
  operationId: "GetWithdrawals",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/withdrawals",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["withdrawals"] },
  payload: ["withdrawals"],
  input: GetWithdrawalsInput,
  response: Schemas.GetWithdrawalsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetPortfolioRestingOrderTotalValue}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetPortfolioRestingOrderTotalValueInput = Schema.Struct({

}).annotations({ identifier: "GetPortfolioRestingOrderTotalValueInput" })

/**
 * The decoded input of {@link GetPortfolioRestingOrderTotalValue}.
 * @since 0.1.0
 * @category inputs
 */
export type GetPortfolioRestingOrderTotalValueInput = typeof GetPortfolioRestingOrderTotalValueInput.Type

/**
 * GET /portfolio/summary/total_resting_order_value: Get Total Resting Order Value.
 * Endpoint for getting the total value, in cents, of resting orders. This endpoint is only intended for use by FCM members (rare). Note: If you're uncertain about this endpoint, it likely does not apply to you.
 * @since 0.1.0
 * @category operations
 */
export const GetPortfolioRestingOrderTotalValue = {
  operationId: "GetPortfolioRestingOrderTotalValue",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/summary/total_resting_order_value",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["resting_order_value_breakdown"],
  input: GetPortfolioRestingOrderTotalValueInput,
  response: Schemas.GetPortfolioRestingOrderTotalValueResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetFills}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetFillsInput = Schema.Struct({
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by order ID
   */
  order_id: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter items after this Unix timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items before this Unix timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). If omitted, defaults to all subaccounts.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter results by exchange shard. Omit to return results from all exchange shards.
   */
  exchange_index: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(0)), { exact: true })
}).annotations({ identifier: "GetFillsInput" })

/**
 * The decoded input of {@link GetFills}.
 * @since 0.1.0
 * @category inputs
 */
export type GetFillsInput = typeof GetFillsInput.Type

/**
 * GET /portfolio/fills: Get Fills.
 * Endpoint for getting all fills for the member. A fill is when a trade you have is matched.
 * Registered partners may also use a user OAuth access token with the explicitly granted read::compliance_partner scope.
 * Fills that occurred before the historical cutoff are only available via `GET /historical/fills`. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.
 * @since 0.1.0
 * @category operations
 */
export const GetFills = {
  operationId: "GetFills",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/fills",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "order_id", in: "query", required: false, style: "form", explode: true },
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "exchange_index", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["fills"] },
  payload: ["fills"],
  input: GetFillsInput,
  response: Schemas.GetFillsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetCommunicationsID}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetCommunicationsIDInput = Schema.Struct({

}).annotations({ identifier: "GetCommunicationsIDInput" })

/**
 * The decoded input of {@link GetCommunicationsID}.
 * @since 0.1.0
 * @category inputs
 */
export type GetCommunicationsIDInput = typeof GetCommunicationsIDInput.Type

/**
 * GET /communications/id: Get Communications ID.
 * Endpoint for getting the communications ID of the logged-in user.
 * @since 0.1.0
 * @category operations
 */
export const GetCommunicationsID = {
  operationId: "GetCommunicationsID",
  tag: "communications",
  method: "GET",
  path: "/communications/id",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["communications_id"],
  input: GetCommunicationsIDInput,
  response: Schemas.GetCommunicationsIDResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetBlockTradeProposals}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetBlockTradeProposalsInput = Schema.Struct({
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by market ticker
   */
  market_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Parameter to specify the number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(100)), { exact: true }),
  /**
   * (query) Filter block trade proposals by status
   */
  status: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetBlockTradeProposalsInput" })

/**
 * The decoded input of {@link GetBlockTradeProposals}.
 * @since 0.1.0
 * @category inputs
 */
export type GetBlockTradeProposalsInput = typeof GetBlockTradeProposalsInput.Type

/**
 * GET /communications/block-trade-proposals: Get Block Trade Proposals.
 * Endpoint for getting block trade proposals visible to the authenticated user.
 * @since 0.1.0
 * @category operations
 */
export const GetBlockTradeProposals = {
  operationId: "GetBlockTradeProposals",
  tag: "communications",
  method: "GET",
  path: "/communications/block-trade-proposals",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "market_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "status", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["block_trade_proposals"] },
  payload: ["block_trade_proposals"],
  input: GetBlockTradeProposalsInput,
  response: Schemas.GetBlockTradeProposalsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link ProposeBlockTrade}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const ProposeBlockTradeInput = Schema.Struct({
  ...Requests.ProposeBlockTradeRequest.fields
}).annotations({ identifier: "ProposeBlockTradeInput" })

/**
 * The decoded input of {@link ProposeBlockTrade}.
 * @since 0.1.0
 * @category inputs
 */
export type ProposeBlockTradeInput = typeof ProposeBlockTradeInput.Type

/**
 * POST /communications/block-trade-proposals: Propose Block Trade.
 * Endpoint for creating a block trade proposal.
 * @since 0.1.0
 * @category operations
 */
export const ProposeBlockTrade = {
  operationId: "ProposeBlockTrade",
  tag: "communications",
  method: "POST",
  path: "/communications/block-trade-proposals",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "ProposeBlockTradeRequest", required: true, fields: ["buyer_user_id", "buyer_subtrader_id", "buyer_subaccount", "seller_user_id", "seller_subtrader_id", "seller_subaccount", "market_ticker", "price_centi_cents", "centicount", "maker_side", "expiration_ts"] },
  pagination: undefined,
  payload: ["block_trade_proposal_id"],
  input: ProposeBlockTradeInput,
  response: Schemas.ProposeBlockTradeResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link AcceptBlockTradeProposal}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const AcceptBlockTradeProposalInput = Schema.Struct({
  /**
   * (path) Block trade proposal ID
   */
  block_trade_proposal_id: PathParam,
  ...Requests.AcceptBlockTradeProposalRequest.fields
}).annotations({ identifier: "AcceptBlockTradeProposalInput" })

/**
 * The decoded input of {@link AcceptBlockTradeProposal}.
 * @since 0.1.0
 * @category inputs
 */
export type AcceptBlockTradeProposalInput = typeof AcceptBlockTradeProposalInput.Type

/**
 * POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept: Accept Block Trade Proposal.
 * Endpoint for accepting a block trade proposal.
 * @since 0.1.0
 * @category operations
 */
export const AcceptBlockTradeProposal = {
  operationId: "AcceptBlockTradeProposal",
  tag: "communications",
  method: "POST",
  path: "/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 204,
  parameters: [
    { name: "block_trade_proposal_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: { schema: "AcceptBlockTradeProposalRequest", required: false, fields: ["subtrader_id", "subaccount"] },
  pagination: undefined,
  payload: [],
  input: AcceptBlockTradeProposalInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetRFQs}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetRFQsInput = Schema.Struct({
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Event ticker to filter by. Only a single event ticker is supported.
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by market ticker
   */
  market_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). If omitted, defaults to all subaccounts.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Parameter to specify the number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(100)), { exact: true }),
  /**
   * (query) Filter RFQs by status
   */
  status: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter RFQs by creator user UUID. Use user_filter=self for the authenticated user.
   * @deprecated Use `user_filter=self`.
   */
  creator_user_id: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query)
   */
  user_filter: Schema.optionalWith(literals("self"), { exact: true })
}).annotations({ identifier: "GetRFQsInput" })

/**
 * The decoded input of {@link GetRFQs}.
 * @since 0.1.0
 * @category inputs
 */
export type GetRFQsInput = typeof GetRFQsInput.Type

/**
 * GET /communications/rfqs: Get RFQs.
 * List RFQs. Pass pagination cursors back unchanged. A malformed cursor or invalid creator_user_id UUID returns HTTP 400. Use user_filter=self to filter by the authenticated user.
 * @since 0.1.0
 * @category operations
 */
export const GetRFQs = {
  operationId: "GetRFQs",
  tag: "communications",
  method: "GET",
  path: "/communications/rfqs",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "market_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "status", in: "query", required: false, style: "form", explode: true },
    { name: "creator_user_id", in: "query", required: false, style: "form", explode: true },
    { name: "user_filter", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["rfqs"] },
  payload: ["rfqs"],
  input: GetRFQsInput,
  response: Schemas.GetRFQsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link CreateRFQ}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CreateRFQInput = Schema.Struct({
  ...Requests.CreateRFQRequest.fields
}).annotations({ identifier: "CreateRFQInput" })

/**
 * The decoded input of {@link CreateRFQ}.
 * @since 0.1.0
 * @category inputs
 */
export type CreateRFQInput = typeof CreateRFQInput.Type

/**
 * POST /communications/rfqs: Create RFQ.
 * Endpoint for creating a new RFQ. You can have a maximum of 100 open RFQs at a time.
 * @since 0.1.0
 * @category operations
 */
export const CreateRFQ = {
  operationId: "CreateRFQ",
  tag: "communications",
  method: "POST",
  path: "/communications/rfqs",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "CreateRFQRequest", required: true, fields: ["market_ticker", "contracts", "contracts_fp", "target_cost_centi_cents", "target_cost_dollars", "target_cost_excludes_fees", "obscure_creator_id", "rest_remainder", "replace_existing", "subtrader_id", "subaccount"] },
  pagination: undefined,
  payload: ["id"],
  input: CreateRFQInput,
  response: Schemas.CreateRFQResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetRFQ}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetRFQInput = Schema.Struct({
  /**
   * (path) RFQ UUID returned when the RFQ was created. Pass it unchanged; malformed IDs return HTTP 400.
   */
  rfq_id: PathParam
}).annotations({ identifier: "GetRFQInput" })

/**
 * The decoded input of {@link GetRFQ}.
 * @since 0.1.0
 * @category inputs
 */
export type GetRFQInput = typeof GetRFQInput.Type

/**
 * GET /communications/rfqs/{rfq_id}: Get RFQ.
 * Endpoint for getting a single RFQ by id
 * @since 0.1.0
 * @category operations
 */
export const GetRFQ = {
  operationId: "GetRFQ",
  tag: "communications",
  method: "GET",
  path: "/communications/rfqs/{rfq_id}",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "rfq_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["rfq"],
  input: GetRFQInput,
  response: Schemas.GetRFQResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link DeleteRFQ}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const DeleteRFQInput = Schema.Struct({
  /**
   * (path) RFQ UUID returned when the RFQ was created. Pass it unchanged; malformed IDs return HTTP 400.
   */
  rfq_id: PathParam
}).annotations({ identifier: "DeleteRFQInput" })

/**
 * The decoded input of {@link DeleteRFQ}.
 * @since 0.1.0
 * @category inputs
 */
export type DeleteRFQInput = typeof DeleteRFQInput.Type

/**
 * DELETE /communications/rfqs/{rfq_id}: Delete RFQ.
 * Endpoint for deleting an RFQ by ID
 * @since 0.1.0
 * @category operations
 */
export const DeleteRFQ = {
  operationId: "DeleteRFQ",
  tag: "communications",
  method: "DELETE",
  path: "/communications/rfqs/{rfq_id}",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 204,
  parameters: [
    { name: "rfq_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: DeleteRFQInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetRFQQuote}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetRFQQuoteInput = Schema.Struct({
  /**
   * (path) RFQ UUID returned when the RFQ was created. Pass it unchanged; malformed IDs return HTTP 400.
   */
  rfq_id: PathParam,
  /**
   * (path) Quote UUID. Pass the ID exactly as received when the quote was created; malformed IDs return HTTP 400.
   */
  quote_id: PathParam
}).annotations({ identifier: "GetRFQQuoteInput" })

/**
 * The decoded input of {@link GetRFQQuote}.
 * @since 0.1.0
 * @category inputs
 */
export type GetRFQQuoteInput = typeof GetRFQQuoteInput.Type

/**
 * GET /communications/rfqs/{rfq_id}/quotes/{quote_id}: Get RFQ Quote.
 * Endpoint for getting a particular quote scoped to its RFQ.
 * @since 0.1.0
 * @category operations
 */
export const GetRFQQuote = {
  operationId: "GetRFQQuote",
  tag: "communications",
  method: "GET",
  path: "/communications/rfqs/{rfq_id}/quotes/{quote_id}",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: { tokens: 2, perItem: false },
  successStatus: 200,
  parameters: [
    { name: "rfq_id", in: "path", required: true, style: "simple", explode: false },
    { name: "quote_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["quote"],
  input: GetRFQQuoteInput,
  response: Schemas.GetQuoteResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link DeleteRFQQuote}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const DeleteRFQQuoteInput = Schema.Struct({
  /**
   * (path) RFQ UUID returned when the RFQ was created. Pass it unchanged; malformed IDs return HTTP 400.
   */
  rfq_id: PathParam,
  /**
   * (path) Quote UUID. Pass the ID exactly as received when the quote was created; malformed IDs return HTTP 400.
   */
  quote_id: PathParam
}).annotations({ identifier: "DeleteRFQQuoteInput" })

/**
 * The decoded input of {@link DeleteRFQQuote}.
 * @since 0.1.0
 * @category inputs
 */
export type DeleteRFQQuoteInput = typeof DeleteRFQQuoteInput.Type

/**
 * DELETE /communications/rfqs/{rfq_id}/quotes/{quote_id}: Delete RFQ Quote.
 * Endpoint for deleting a quote scoped to its RFQ, which means it can no longer be accepted.
 * @since 0.1.0
 * @category operations
 */
export const DeleteRFQQuote = {
  operationId: "DeleteRFQQuote",
  tag: "communications",
  method: "DELETE",
  path: "/communications/rfqs/{rfq_id}/quotes/{quote_id}",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: { tokens: 2, perItem: false },
  successStatus: 204,
  parameters: [
    { name: "rfq_id", in: "path", required: true, style: "simple", explode: false },
    { name: "quote_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: DeleteRFQQuoteInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link AcceptRFQQuote}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const AcceptRFQQuoteInput = Schema.Struct({
  /**
   * (path) RFQ UUID returned when the RFQ was created. Pass it unchanged; malformed IDs return HTTP 400.
   */
  rfq_id: PathParam,
  /**
   * (path) Quote UUID. Pass the ID exactly as received when the quote was created; malformed IDs return HTTP 400.
   */
  quote_id: PathParam,
  ...Requests.AcceptQuoteRequest.fields
}).annotations({ identifier: "AcceptRFQQuoteInput" })

/**
 * The decoded input of {@link AcceptRFQQuote}.
 * @since 0.1.0
 * @category inputs
 */
export type AcceptRFQQuoteInput = typeof AcceptRFQQuoteInput.Type

/**
 * PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept: Accept RFQ Quote.
 * Endpoint for accepting a quote scoped to its RFQ. This will require the quoter to confirm.
 * @since 0.1.0
 * @category operations
 */
export const AcceptRFQQuote = {
  operationId: "AcceptRFQQuote",
  tag: "communications",
  method: "PUT",
  path: "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 204,
  parameters: [
    { name: "rfq_id", in: "path", required: true, style: "simple", explode: false },
    { name: "quote_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: { schema: "AcceptQuoteRequest", required: true, fields: ["accepted_side"] },
  pagination: undefined,
  payload: [],
  input: AcceptRFQQuoteInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link ConfirmRFQQuote}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const ConfirmRFQQuoteInput = Schema.Struct({
  /**
   * (path) RFQ UUID returned when the RFQ was created. Pass it unchanged; malformed IDs return HTTP 400.
   */
  rfq_id: PathParam,
  /**
   * (path) Quote UUID. Pass the ID exactly as received when the quote was created; malformed IDs return HTTP 400.
   */
  quote_id: PathParam,
  ...Requests.EmptyResponse.fields
}).annotations({ identifier: "ConfirmRFQQuoteInput" })

/**
 * The decoded input of {@link ConfirmRFQQuote}.
 * @since 0.1.0
 * @category inputs
 */
export type ConfirmRFQQuoteInput = typeof ConfirmRFQQuoteInput.Type

/**
 * PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm: Confirm RFQ Quote.
 * Endpoint for confirming a quote scoped to its RFQ. This will start a timer for order execution.
 * @since 0.1.0
 * @category operations
 */
export const ConfirmRFQQuote = {
  operationId: "ConfirmRFQQuote",
  tag: "communications",
  method: "PUT",
  path: "/communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 204,
  parameters: [
    { name: "rfq_id", in: "path", required: true, style: "simple", explode: false },
    { name: "quote_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: { schema: "EmptyResponse", required: false, fields: [] },
  pagination: undefined,
  payload: [],
  input: ConfirmRFQQuoteInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetQuotes}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetQuotesInput = Schema.Struct({
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Restricts the response to quotes last updated after a timestamp, formatted as a Unix Timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Restricts the response to quotes last updated before a timestamp, formatted as a Unix Timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Parameter to specify the number of results per page. Defaults to 500.
   */
  limit: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(500)), { exact: true }),
  /**
   * (query) Filter quotes by status
   */
  status: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter quotes by quote creator user ID
   * @deprecated Use `user_filter=self`.
   */
  quote_creator_user_id: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter for quotes created by the authenticated user.
   */
  user_filter: Schema.optionalWith(literals("self"), { exact: true }),
  /**
   * (query) Filter for quotes responding to RFQs created by the authenticated user.
   */
  rfq_user_filter: Schema.optionalWith(literals("self"), { exact: true }),
  /**
   * (query) Filter quotes by RFQ creator user ID
   * @deprecated Use `rfq_user_filter=self`.
   */
  rfq_creator_user_id: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter quotes by RFQ creator subtrader ID (FCM members only)
   */
  rfq_creator_subtrader_id: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter quotes by RFQ UUID. Pass the RFQ ID unchanged; malformed IDs return HTTP 400.
   */
  rfq_id: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetQuotesInput" })

/**
 * The decoded input of {@link GetQuotes}.
 * @since 0.1.0
 * @category inputs
 */
export type GetQuotesInput = typeof GetQuotesInput.Type

/**
 * GET /communications/quotes: Get Quotes.
 * List quotes. The rfq_id filter requires an RFQ UUID. Pass pagination cursors back unchanged; malformed RFQ IDs or cursors return HTTP 400.
 * @since 0.1.0
 * @category operations
 */
export const GetQuotes = {
  operationId: "GetQuotes",
  tag: "communications",
  method: "GET",
  path: "/communications/quotes",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "status", in: "query", required: false, style: "form", explode: true },
    { name: "quote_creator_user_id", in: "query", required: false, style: "form", explode: true },
    { name: "user_filter", in: "query", required: false, style: "form", explode: true },
    { name: "rfq_user_filter", in: "query", required: false, style: "form", explode: true },
    { name: "rfq_creator_user_id", in: "query", required: false, style: "form", explode: true },
    { name: "rfq_creator_subtrader_id", in: "query", required: false, style: "form", explode: true },
    { name: "rfq_id", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["quotes"] },
  payload: ["quotes"],
  input: GetQuotesInput,
  response: Schemas.GetQuotesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link CreateQuote}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CreateQuoteInput = Schema.Struct({
  ...Requests.CreateQuoteRequest.fields
}).annotations({ identifier: "CreateQuoteInput" })

/**
 * The decoded input of {@link CreateQuote}.
 * @since 0.1.0
 * @category inputs
 */
export type CreateQuoteInput = typeof CreateQuoteInput.Type

/**
 * POST /communications/quotes: Create Quote.
 * Endpoint for creating a quote in response to an RFQ
 * @since 0.1.0
 * @category operations
 */
export const CreateQuote = {
  operationId: "CreateQuote",
  tag: "communications",
  method: "POST",
  path: "/communications/quotes",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: { tokens: 2, perItem: false },
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "CreateQuoteRequest", required: true, fields: ["rfq_id", "yes_bid", "no_bid", "rest_remainder", "post_only", "subaccount"] },
  pagination: undefined,
  payload: ["id"],
  input: CreateQuoteInput,
  response: Schemas.CreateQuoteResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetQuote}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetQuoteInput = Schema.Struct({
  /**
   * (path) Quote UUID. Pass the ID exactly as received when the quote was created; malformed IDs return HTTP 400.
   */
  quote_id: PathParam
}).annotations({ identifier: "GetQuoteInput" })

/**
 * The decoded input of {@link GetQuote}.
 * @since 0.1.0
 * @category inputs
 */
export type GetQuoteInput = typeof GetQuoteInput.Type

/**
 * GET /communications/quotes/{quote_id}: Get Quote.
 * DEPRECATED: Use GET /communications/rfqs/{rfq_id}/quotes/{quote_id} instead. Endpoint for getting a particular quote.
 * @deprecated Use `getRFQQuote` (GET /communications/rfqs/{rfq_id}/quotes/{quote_id}).
 * @since 0.1.0
 * @category operations
 */
export const GetQuote = {
  operationId: "GetQuote",
  tag: "communications",
  method: "GET",
  path: "/communications/quotes/{quote_id}",
  auth: "signed",
  access: "read",
  deprecated: "use `getRFQQuote` (GET /communications/rfqs/{rfq_id}/quotes/{quote_id})",
  tokenCost: { tokens: 2, perItem: false },
  successStatus: 200,
  parameters: [
    { name: "quote_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["quote"],
  input: GetQuoteInput,
  response: Schemas.GetQuoteResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link DeleteQuote}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const DeleteQuoteInput = Schema.Struct({
  /**
   * (path) Quote UUID. Pass the ID exactly as received when the quote was created; malformed IDs return HTTP 400.
   */
  quote_id: PathParam
}).annotations({ identifier: "DeleteQuoteInput" })

/**
 * The decoded input of {@link DeleteQuote}.
 * @since 0.1.0
 * @category inputs
 */
export type DeleteQuoteInput = typeof DeleteQuoteInput.Type

/**
 * DELETE /communications/quotes/{quote_id}: Delete Quote.
 * DEPRECATED: Use DELETE /communications/rfqs/{rfq_id}/quotes/{quote_id} instead. Endpoint for deleting a quote, which means it can no longer be accepted.
 * @deprecated Use `deleteRFQQuote` (DELETE /communications/rfqs/{rfq_id}/quotes/{quote_id}).
 * @since 0.1.0
 * @category operations
 */
export const DeleteQuote = {
  operationId: "DeleteQuote",
  tag: "communications",
  method: "DELETE",
  path: "/communications/quotes/{quote_id}",
  auth: "signed",
  access: "write",
  deprecated: "use `deleteRFQQuote` (DELETE /communications/rfqs/{rfq_id}/quotes/{quote_id})",
  tokenCost: { tokens: 2, perItem: false },
  successStatus: 204,
  parameters: [
    { name: "quote_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: DeleteQuoteInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link AcceptQuote}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const AcceptQuoteInput = Schema.Struct({
  /**
   * (path) Quote UUID. Pass the ID exactly as received when the quote was created; malformed IDs return HTTP 400.
   */
  quote_id: PathParam,
  ...Requests.AcceptQuoteRequest.fields
}).annotations({ identifier: "AcceptQuoteInput" })

/**
 * The decoded input of {@link AcceptQuote}.
 * @since 0.1.0
 * @category inputs
 */
export type AcceptQuoteInput = typeof AcceptQuoteInput.Type

/**
 * PUT /communications/quotes/{quote_id}/accept: Accept Quote.
 * DEPRECATED: Use PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept instead. Endpoint for accepting a quote. This will require the quoter to confirm.
 * @deprecated Use `acceptRFQQuote` (PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept).
 * @since 0.1.0
 * @category operations
 */
export const AcceptQuote = {
  operationId: "AcceptQuote",
  tag: "communications",
  method: "PUT",
  path: "/communications/quotes/{quote_id}/accept",
  auth: "signed",
  access: "write",
  deprecated: "use `acceptRFQQuote` (PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept)",
  tokenCost: undefined,
  successStatus: 204,
  parameters: [
    { name: "quote_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: { schema: "AcceptQuoteRequest", required: true, fields: ["accepted_side"] },
  pagination: undefined,
  payload: [],
  input: AcceptQuoteInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link ConfirmQuote}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const ConfirmQuoteInput = Schema.Struct({
  /**
   * (path) Quote UUID. Pass the ID exactly as received when the quote was created; malformed IDs return HTTP 400.
   */
  quote_id: PathParam,
  ...Requests.EmptyResponse.fields
}).annotations({ identifier: "ConfirmQuoteInput" })

/**
 * The decoded input of {@link ConfirmQuote}.
 * @since 0.1.0
 * @category inputs
 */
export type ConfirmQuoteInput = typeof ConfirmQuoteInput.Type

/**
 * PUT /communications/quotes/{quote_id}/confirm: Confirm Quote.
 * DEPRECATED: Use PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm instead. Endpoint for confirming a quote. This will start a timer for order execution.
 * @deprecated Use `confirmRFQQuote` (PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm).
 * @since 0.1.0
 * @category operations
 */
export const ConfirmQuote = {
  operationId: "ConfirmQuote",
  tag: "communications",
  method: "PUT",
  path: "/communications/quotes/{quote_id}/confirm",
  auth: "signed",
  access: "write",
  deprecated: "use `confirmRFQQuote` (PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm)",
  tokenCost: undefined,
  successStatus: 204,
  parameters: [
    { name: "quote_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: { schema: "EmptyResponse", required: false, fields: [] },
  pagination: undefined,
  payload: [],
  input: ConfirmQuoteInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetApiKeys}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetApiKeysInput = Schema.Struct({
  /**
   * (query) Return only API keys bound to this FCM subtrader. Spelled {your_user_id}_{suffix}; only FCM members hold bound keys. Omit to return every key.
   */
  fcm_subtrader_id: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetApiKeysInput" })

/**
 * The decoded input of {@link GetApiKeys}.
 * @since 0.1.0
 * @category inputs
 */
export type GetApiKeysInput = typeof GetApiKeysInput.Type

/**
 * GET /api_keys: Get API Keys.
 * Endpoint for retrieving all API keys associated with the authenticated user.  API keys allow programmatic access to the platform without requiring username/password authentication. Each key has a unique identifier and name.
 * @since 0.1.0
 * @category operations
 */
export const GetApiKeys = {
  operationId: "GetApiKeys",
  tag: "api-keys",
  method: "GET",
  path: "/api_keys",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "fcm_subtrader_id", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["api_keys"],
  input: GetApiKeysInput,
  response: Schemas.GetApiKeysResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link CreateApiKey}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CreateApiKeyInput = Schema.Struct({
  ...Requests.CreateApiKeyRequest.fields
}).annotations({ identifier: "CreateApiKeyInput" })

/**
 * The decoded input of {@link CreateApiKey}.
 * @since 0.1.0
 * @category inputs
 */
export type CreateApiKeyInput = typeof CreateApiKeyInput.Type

/**
 * POST /api_keys: Create API Key.
 * Endpoint for creating a new API key with a user-provided public key.  This endpoint allows users with Premier or Market Maker API usage levels to create API keys by providing their own RSA or Ed25519 public key in PEM format. The platform will use this public key to verify signatures on API requests: RSA-PSS with SHA-256 for RSA keys, Ed25519 for Ed25519 keys.
 * @since 0.1.0
 * @category operations
 */
export const CreateApiKey = {
  operationId: "CreateApiKey",
  tag: "api-keys",
  method: "POST",
  path: "/api_keys",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "CreateApiKeyRequest", required: true, fields: ["name", "public_key", "scopes", "subaccount", "fcm_subtrader_id"] },
  pagination: undefined,
  payload: ["api_key_id"],
  input: CreateApiKeyInput,
  response: Schemas.CreateApiKeyResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GenerateApiKey}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GenerateApiKeyInput = Schema.Struct({
  ...Requests.GenerateApiKeyRequest.fields
}).annotations({ identifier: "GenerateApiKeyInput" })

/**
 * The decoded input of {@link GenerateApiKey}.
 * @since 0.1.0
 * @category inputs
 */
export type GenerateApiKeyInput = typeof GenerateApiKeyInput.Type

/**
 * POST /api_keys/generate: Generate API Key.
 * Endpoint for generating a new API key with an automatically created key pair.  This endpoint generates a key pair of the requested key_type (RSA when omitted). The public key is stored on the platform, while the private key is returned to the user and must be stored securely. The private key cannot be retrieved again.
 * @since 0.1.0
 * @category operations
 */
export const GenerateApiKey = {
  operationId: "GenerateApiKey",
  tag: "api-keys",
  method: "POST",
  path: "/api_keys/generate",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "GenerateApiKeyRequest", required: true, fields: ["name", "key_type", "scopes", "subaccount", "fcm_subtrader_id"] },
  pagination: undefined,
  payload: [],
  input: GenerateApiKeyInput,
  response: Schemas.GenerateApiKeyResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link DeleteApiKey}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const DeleteApiKeyInput = Schema.Struct({
  /**
   * (path) API key ID to delete
   */
  api_key: PathParam
}).annotations({ identifier: "DeleteApiKeyInput" })

/**
 * The decoded input of {@link DeleteApiKey}.
 * @since 0.1.0
 * @category inputs
 */
export type DeleteApiKeyInput = typeof DeleteApiKeyInput.Type

/**
 * DELETE /api_keys/{api_key}: Delete API Key.
 * Endpoint for deleting an existing API key.  This endpoint permanently deletes an API key. Once deleted, the key can no longer be used for authentication. This action cannot be undone.
 * @since 0.1.0
 * @category operations
 */
export const DeleteApiKey = {
  operationId: "DeleteApiKey",
  tag: "api-keys",
  method: "DELETE",
  path: "/api_keys/{api_key}",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 204,
  parameters: [
    { name: "api_key", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: DeleteApiKeyInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetAccountApiLimits}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetAccountApiLimitsInput = Schema.Struct({

}).annotations({ identifier: "GetAccountApiLimitsInput" })

/**
 * The decoded input of {@link GetAccountApiLimits}.
 * @since 0.1.0
 * @category inputs
 */
export type GetAccountApiLimitsInput = typeof GetAccountApiLimitsInput.Type

/**
 * GET /account/limits: Get Account API Limits.
 * Endpoint to retrieve the authenticated user's Predictions API usage tier and token-bucket limits. Public Predictions tiers include Basic, Advanced, Expert, Premier, Paragon, Prime, and Prestige.
 * @since 0.1.0
 * @category operations
 */
export const GetAccountApiLimits = {
  operationId: "GetAccountApiLimits",
  tag: "account",
  method: "GET",
  path: "/account/limits",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["read", "write", "grants"],
  input: GetAccountApiLimitsInput,
  response: Schemas.GetAccountApiLimitsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link UpgradeAccountApiUsageLevel}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const UpgradeAccountApiUsageLevelInput = Schema.Struct({

}).annotations({ identifier: "UpgradeAccountApiUsageLevelInput" })

/**
 * The decoded input of {@link UpgradeAccountApiUsageLevel}.
 * @since 0.1.0
 * @category inputs
 */
export type UpgradeAccountApiUsageLevelInput = typeof UpgradeAccountApiUsageLevelInput.Type

/**
 * POST /account/api_usage_level/upgrade: Upgrade Account API Usage Level.
 * Grants a permanent Advanced API usage-level grant. Currently only the Predictions exchange instance is supported. Criteria: at least 1 of the user's last 100 Predictions orders was created via API. Use Get Account API Limits to inspect the resulting usage tier and grants.
 * @since 0.1.0
 * @category operations
 */
export const UpgradeAccountApiUsageLevel = {
  operationId: "UpgradeAccountApiUsageLevel",
  tag: "account",
  method: "POST",
  path: "/account/api_usage_level/upgrade",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: { tokens: 30, perItem: false },
  successStatus: 201,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: UpgradeAccountApiUsageLevelInput,
  response: Schema.Void
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetAccountApiUsageLevelVolumeProgress}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetAccountApiUsageLevelVolumeProgressInput = Schema.Struct({

}).annotations({ identifier: "GetAccountApiUsageLevelVolumeProgressInput" })

/**
 * The decoded input of {@link GetAccountApiUsageLevelVolumeProgress}.
 * @since 0.1.0
 * @category inputs
 */
export type GetAccountApiUsageLevelVolumeProgressInput = typeof GetAccountApiUsageLevelVolumeProgressInput.Type

/**
 * GET /account/api_usage_level/volume_progress: Get Account API Usage Level Volume Progress.
 * Returns the authenticated user's latest cron-computed trading volume progress toward volume-based API usage tiers for the predictions (event_contract) lane. Volume figures are reported as fixed-point contract counts.
 * @since 0.1.0
 * @category operations
 */
export const GetAccountApiUsageLevelVolumeProgress = {
  operationId: "GetAccountApiUsageLevelVolumeProgress",
  tag: "account",
  method: "GET",
  path: "/account/api_usage_level/volume_progress",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["volume_progress"],
  input: GetAccountApiUsageLevelVolumeProgressInput,
  response: Schemas.GetAccountApiUsageLevelVolumeProgressResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetAccountEndpointCosts}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetAccountEndpointCostsInput = Schema.Struct({

}).annotations({ identifier: "GetAccountEndpointCostsInput" })

/**
 * The decoded input of {@link GetAccountEndpointCosts}.
 * @since 0.1.0
 * @category inputs
 */
export type GetAccountEndpointCostsInput = typeof GetAccountEndpointCostsInput.Type

/**
 * GET /account/endpoint_costs: List Non-Default Endpoint Costs.
 * Lists API v2 endpoints whose configured token cost differs from the default cost. Endpoints that use the default cost are omitted.
 * @since 0.1.0
 * @category operations
 */
export const GetAccountEndpointCosts = {
  operationId: "GetAccountEndpointCosts",
  tag: "account",
  method: "GET",
  path: "/account/endpoint_costs",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["endpoint_costs"],
  input: GetAccountEndpointCostsInput,
  response: Schemas.GetAccountEndpointCostsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetTagsForSeriesCategories}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetTagsForSeriesCategoriesInput = Schema.Struct({

}).annotations({ identifier: "GetTagsForSeriesCategoriesInput" })

/**
 * The decoded input of {@link GetTagsForSeriesCategories}.
 * @since 0.1.0
 * @category inputs
 */
export type GetTagsForSeriesCategoriesInput = typeof GetTagsForSeriesCategoriesInput.Type

/**
 * GET /search/tags_by_categories: Get Tags for Series Categories.
 * Retrieve tags organized by series categories.
 *
 * This endpoint returns a mapping of series categories to their associated tags, which can be used for filtering and search functionality.
 * @since 0.1.0
 * @category operations
 */
export const GetTagsForSeriesCategories = {
  operationId: "GetTagsForSeriesCategories",
  tag: "search",
  method: "GET",
  path: "/search/tags_by_categories",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["tags_by_categories"],
  input: GetTagsForSeriesCategoriesInput,
  response: Schemas.GetTagsForSeriesCategoriesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetFiltersForSports}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetFiltersForSportsInput = Schema.Struct({

}).annotations({ identifier: "GetFiltersForSportsInput" })

/**
 * The decoded input of {@link GetFiltersForSports}.
 * @since 0.1.0
 * @category inputs
 */
export type GetFiltersForSportsInput = typeof GetFiltersForSportsInput.Type

/**
 * GET /search/filters_by_sport: Get Filters for Sports.
 * Retrieve available filters organized by sport.
 *
 * This endpoint returns filtering options available for each sport, including scopes and competitions. It also provides an ordered list of sports for display purposes.
 * @since 0.1.0
 * @category operations
 */
export const GetFiltersForSports = {
  operationId: "GetFiltersForSports",
  tag: "search",
  method: "GET",
  path: "/search/filters_by_sport",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["filters_by_sports", "sport_ordering"],
  input: GetFiltersForSportsInput,
  response: Schemas.GetFiltersBySportsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetLiveDataByMilestone}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetLiveDataByMilestoneInput = Schema.Struct({
  /**
   * (path) Milestone ID
   */
  milestone_id: PathParam,
  /**
   * (query) When true, includes player-level statistics in the live data response. Supported for Pro Football, Pro Basketball, and College Men's Basketball milestones that have player ID mappings configured. Has no effect for other sports or milestones without player mappings.
   */
  include_player_stats: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetLiveDataByMilestoneInput" })

/**
 * The decoded input of {@link GetLiveDataByMilestone}.
 * @since 0.1.0
 * @category inputs
 */
export type GetLiveDataByMilestoneInput = typeof GetLiveDataByMilestoneInput.Type

/**
 * GET /live_data/milestone/{milestone_id}: Get Live Data.
 * Get live data for a specific milestone.
 * @since 0.1.0
 * @category operations
 */
export const GetLiveDataByMilestone = {
  operationId: "GetLiveDataByMilestone",
  tag: "live-data",
  method: "GET",
  path: "/live_data/milestone/{milestone_id}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "milestone_id", in: "path", required: true, style: "simple", explode: false },
    { name: "include_player_stats", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["live_data"],
  input: GetLiveDataByMilestoneInput,
  response: Schemas.GetLiveDataResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetLiveData}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetLiveDataInput = Schema.Struct({
  /**
   * (path) Type of live data
   */
  type: PathParam,
  /**
   * (path) Milestone ID
   */
  milestone_id: PathParam,
  /**
   * (query) When true, includes player-level statistics in the live data response. Supported for Pro Football, Pro Basketball, and College Men's Basketball milestones that have player ID mappings configured. Has no effect for other sports or milestones without player mappings.
   */
  include_player_stats: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetLiveDataInput" })

/**
 * The decoded input of {@link GetLiveData}.
 * @since 0.1.0
 * @category inputs
 */
export type GetLiveDataInput = typeof GetLiveDataInput.Type

/**
 * GET /live_data/{type}/milestone/{milestone_id}: Get Live Data (with type).
 * Get live data for a specific milestone. This is the legacy endpoint that requires a type path parameter. Prefer using `/live_data/milestone/{milestone_id}` instead.
 * @since 0.1.0
 * @category operations
 */
export const GetLiveData = {
  operationId: "GetLiveData",
  tag: "live-data",
  method: "GET",
  path: "/live_data/{type}/milestone/{milestone_id}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "type", in: "path", required: true, style: "simple", explode: false },
    { name: "milestone_id", in: "path", required: true, style: "simple", explode: false },
    { name: "include_player_stats", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["live_data"],
  input: GetLiveDataInput,
  response: Schemas.GetLiveDataResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetLiveDatas}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetLiveDatasInput = Schema.Struct({
  /**
   * (query) Array of milestone IDs
   */
  milestone_ids: Schema.Array(QueryString).pipe(Schema.maxItems(100)),
  /**
   * (query) When true, includes player-level statistics in the live data response. Supported for Pro Football, Pro Basketball, and College Men's Basketball milestones that have player ID mappings configured. Has no effect for other sports or milestones without player mappings.
   */
  include_player_stats: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetLiveDatasInput" })

/**
 * The decoded input of {@link GetLiveDatas}.
 * @since 0.1.0
 * @category inputs
 */
export type GetLiveDatasInput = typeof GetLiveDatasInput.Type

/**
 * GET /live_data/batch: Get Multiple Live Data.
 * Get live data for multiple milestones
 * @since 0.1.0
 * @category operations
 */
export const GetLiveDatas = {
  operationId: "GetLiveDatas",
  tag: "live-data",
  method: "GET",
  path: "/live_data/batch",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "milestone_ids", in: "query", required: true, style: "form", explode: true },
    { name: "include_player_stats", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["live_datas"],
  input: GetLiveDatasInput,
  response: Schemas.GetLiveDatasResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetGameStats}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetGameStatsInput = Schema.Struct({
  /**
   * (path) Milestone ID
   */
  milestone_id: PathParam
}).annotations({ identifier: "GetGameStatsInput" })

/**
 * The decoded input of {@link GetGameStats}.
 * @since 0.1.0
 * @category inputs
 */
export type GetGameStatsInput = typeof GetGameStatsInput.Type

/**
 * GET /live_data/milestone/{milestone_id}/game_stats: Get Game Stats.
 * Get play-by-play game statistics for a specific milestone. Supported sports: Pro Football, College Football, Pro Basketball, College Men's Basketball, College Women's Basketball, WNBA, Soccer, Pro Hockey, and Pro Baseball. Returns null for unsupported milestone types or milestones without a Sportradar ID.
 * @since 0.1.0
 * @category operations
 */
export const GetGameStats = {
  operationId: "GetGameStats",
  tag: "live-data",
  method: "GET",
  path: "/live_data/milestone/{milestone_id}/game_stats",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "milestone_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: GetGameStatsInput,
  response: Schemas.GetGameStatsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetEventLiveData}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetEventLiveDataInput = Schema.Struct({
  /**
   * (path) Event ticker
   */
  event_ticker: PathParam,
  /**
   * (query) Optional chart range hint (e.g. `15min`, `1h`, `1d`). When the underlying live data type supports it, restricts the returned timeseries to the requested window.
   */
  range: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetEventLiveDataInput" })

/**
 * The decoded input of {@link GetEventLiveData}.
 * @since 0.1.0
 * @category inputs
 */
export type GetEventLiveDataInput = typeof GetEventLiveDataInput.Type

/**
 * GET /live_data/events/{event_ticker}: Get Event Live Data.
 * Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price charts, commodity price timeseries, and weather observations. The `type` field in the response names the schema of the `details` object.
 * @since 0.1.0
 * @category operations
 */
export const GetEventLiveData = {
  operationId: "GetEventLiveData",
  tag: "live-data",
  method: "GET",
  path: "/live_data/events/{event_ticker}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "event_ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "range", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["live_data"],
  input: GetEventLiveDataInput,
  response: Schemas.GetEventLiveDataResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetWeatherIndex}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetWeatherIndexInput = Schema.Struct({
  /**
   * (path) Index city ID (e.g. `miami`)
   */
  city: PathParam,
  /**
   * (query) Window start, unix milliseconds (inclusive). Defaults to `to` minus 24 hours. Must be paired with `to` unless `last_sec` is used.
   */
  from: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Window end, unix milliseconds (inclusive). Defaults to now.
   */
  to: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Trailing window in seconds; equivalent to `from=now-last_sec`, `to=now`. Mutually exclusive with `from`/`to`.
   */
  last_sec: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Include per-station audit readings on every point.
   */
  detailed: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetWeatherIndexInput" })

/**
 * The decoded input of {@link GetWeatherIndex}.
 * @since 0.1.0
 * @category inputs
 */
export type GetWeatherIndexInput = typeof GetWeatherIndexInput.Type

/**
 * GET /live_data/weather/{city}: Get Weather Index.
 * Get the Kalshi-computed city temperature index: the canonical minute-resolution series behind hourly temperature markets. City-keyed and independent of any event — the series exists whenever the city's index is configured. Values are Fahrenheit rounded to 0.01. Minutes where the index quorum failed carry no value and are never returned as points, so gaps in the series are real gaps. With `detailed=true` each point additionally carries every member station's reported reading and quality-control disposition — the pre-incorporation breakdown.
 * @since 0.1.0
 * @category operations
 */
export const GetWeatherIndex = {
  operationId: "GetWeatherIndex",
  tag: "live-data",
  method: "GET",
  path: "/live_data/weather/{city}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "city", in: "path", required: true, style: "simple", explode: false },
    { name: "from", in: "query", required: false, style: "form", explode: true },
    { name: "to", in: "query", required: false, style: "form", explode: true },
    { name: "last_sec", in: "query", required: false, style: "form", explode: true },
    { name: "detailed", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["timeseries"],
  input: GetWeatherIndexInput,
  response: Schemas.GetWeatherIndexResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetWeatherIndexCalibrations}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetWeatherIndexCalibrationsInput = Schema.Struct({
  /**
   * (path) Index city ID (e.g. `miami`)
   */
  city: PathParam
}).annotations({ identifier: "GetWeatherIndexCalibrationsInput" })

/**
 * The decoded input of {@link GetWeatherIndexCalibrations}.
 * @since 0.1.0
 * @category inputs
 */
export type GetWeatherIndexCalibrationsInput = typeof GetWeatherIndexCalibrationsInput.Type

/**
 * GET /live_data/weather/{city}/calibrations: Get Weather Index Calibrations.
 * Get a city's published weather-index configuration timeline: the launch configuration plus every weekly offset calibration and methodology update, ascending by effective time. Each record carries the station weights, station offsets (Celsius), and the city reference used to compute index values from the record's effective time until the next record — everything needed to reproduce published index values for minutes computed under that configuration version. Offsets are re-estimated weekly after each complete UTC week; weights never change through calibration. The timeline is append-only and complete: it is never trimmed.
 * @since 0.1.0
 * @category operations
 */
export const GetWeatherIndexCalibrations = {
  operationId: "GetWeatherIndexCalibrations",
  tag: "live-data",
  method: "GET",
  path: "/live_data/weather/{city}/calibrations",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "city", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["calibrations"],
  input: GetWeatherIndexCalibrationsInput,
  response: Schemas.GetWeatherIndexCalibrationsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetStructuredTargets}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetStructuredTargetsInput = Schema.Struct({
  /**
   * (query) Filter by specific structured target IDs. Pass multiple IDs by repeating the parameter (e.g. `?ids=uuid1&ids=uuid2`).
   */
  ids: Schema.optionalWith(Schema.Array(QueryString).pipe(Schema.maxItems(2000)), { exact: true }),
  /**
   * (query) Filter by structured target type
   */
  type: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by competition. Matches against the league, conference, division, or tour in the structured target details, or any entry in the details leagues array.
   */
  competition: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Number of items per page (min 1, max 2000, default 100)
   */
  page_size: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(2000)), { exact: true }),
  /**
   * (query) Pagination cursor
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetStructuredTargetsInput" })

/**
 * The decoded input of {@link GetStructuredTargets}.
 * @since 0.1.0
 * @category inputs
 */
export type GetStructuredTargetsInput = typeof GetStructuredTargetsInput.Type

/**
 * GET /structured_targets: Get Structured Targets.
 * Page size (min: 1, max: 2000)
 * @since 0.1.0
 * @category operations
 */
export const GetStructuredTargets = {
  operationId: "GetStructuredTargets",
  tag: "structured-targets",
  method: "GET",
  path: "/structured_targets",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ids", in: "query", required: false, style: "form", explode: true },
    { name: "type", in: "query", required: false, style: "form", explode: true },
    { name: "competition", in: "query", required: false, style: "form", explode: true },
    { name: "page_size", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["structured_targets"] },
  payload: [],
  input: GetStructuredTargetsInput,
  response: Schemas.GetStructuredTargetsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetStructuredTarget}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetStructuredTargetInput = Schema.Struct({
  /**
   * (path) Structured target ID
   */
  structured_target_id: PathParam
}).annotations({ identifier: "GetStructuredTargetInput" })

/**
 * The decoded input of {@link GetStructuredTarget}.
 * @since 0.1.0
 * @category inputs
 */
export type GetStructuredTargetInput = typeof GetStructuredTargetInput.Type

/**
 * GET /structured_targets/{structured_target_id}: Get Structured Target.
 * Endpoint for getting data about a specific structured target by its ID.
 * @since 0.1.0
 * @category operations
 */
export const GetStructuredTarget = {
  operationId: "GetStructuredTarget",
  tag: "structured-targets",
  method: "GET",
  path: "/structured_targets/{structured_target_id}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "structured_target_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: GetStructuredTargetInput,
  response: Schemas.GetStructuredTargetResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMilestone}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMilestoneInput = Schema.Struct({
  /**
   * (path) Milestone ID
   */
  milestone_id: PathParam
}).annotations({ identifier: "GetMilestoneInput" })

/**
 * The decoded input of {@link GetMilestone}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMilestoneInput = typeof GetMilestoneInput.Type

/**
 * GET /milestones/{milestone_id}: Get Milestone.
 * Endpoint for getting data about a specific milestone by its ID.
 * @since 0.1.0
 * @category operations
 */
export const GetMilestone = {
  operationId: "GetMilestone",
  tag: "milestone",
  method: "GET",
  path: "/milestones/{milestone_id}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "milestone_id", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["milestone"],
  input: GetMilestoneInput,
  response: Schemas.GetMilestoneResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMilestones}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMilestonesInput = Schema.Struct({
  /**
   * (query) Number of milestones to return per page
   */
  limit: Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(500)),
  /**
   * (query) Minimum start date to filter milestones. Format RFC3339 timestamp
   */
  minimum_start_date: Schema.optionalWith(DateTime, { exact: true }),
  /**
   * (query) Filter by milestone category. E.g. Sports, Elections, Esports, Crypto.
   */
  category: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by competition. E.g. Pro Football, Pro Basketball (M), Pro Baseball, Pro Hockey, College Football.
   */
  competition: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by source id
   */
  source_id: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by milestone type. E.g. football_game, basketball_game, soccer_tournament_multi_leg, baseball_game, hockey_match, political_race.
   */
  type: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by related event ticker
   */
  related_event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter milestones with metadata updated after this Unix timestamp (in seconds). Use this to efficiently poll for changes.
   */
  min_updated_ts: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetMilestonesInput" })

/**
 * The decoded input of {@link GetMilestones}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMilestonesInput = typeof GetMilestonesInput.Type

/**
 * GET /milestones: Get Milestones.
 * Minimum start date to filter milestones. Format: RFC3339 timestamp
 * @since 0.1.0
 * @category operations
 */
export const GetMilestones = {
  operationId: "GetMilestones",
  tag: "milestone",
  method: "GET",
  path: "/milestones",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: true, style: "form", explode: true },
    { name: "minimum_start_date", in: "query", required: false, style: "form", explode: true },
    { name: "category", in: "query", required: false, style: "form", explode: true },
    { name: "competition", in: "query", required: false, style: "form", explode: true },
    { name: "source_id", in: "query", required: false, style: "form", explode: true },
    { name: "type", in: "query", required: false, style: "form", explode: true },
    { name: "related_event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "min_updated_ts", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["milestones"] },
  payload: ["milestones"],
  input: GetMilestonesInput,
  response: Schemas.GetMilestonesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMultivariateEventCollection}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMultivariateEventCollectionInput = Schema.Struct({
  /**
   * (path) Collection ticker
   */
  collection_ticker: PathParam
}).annotations({ identifier: "GetMultivariateEventCollectionInput" })

/**
 * The decoded input of {@link GetMultivariateEventCollection}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMultivariateEventCollectionInput = typeof GetMultivariateEventCollectionInput.Type

/**
 * GET /multivariate_event_collections/{collection_ticker}: Get Multivariate Event Collection.
 * Endpoint for getting data about a multivariate event collection by its ticker.
 * @since 0.1.0
 * @category operations
 */
export const GetMultivariateEventCollection = {
  operationId: "GetMultivariateEventCollection",
  tag: "multivariate",
  method: "GET",
  path: "/multivariate_event_collections/{collection_ticker}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "collection_ticker", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["multivariate_contract"],
  input: GetMultivariateEventCollectionInput,
  response: Schemas.GetMultivariateEventCollectionResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link CreateMarketInMultivariateEventCollection}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CreateMarketInMultivariateEventCollectionInput = Schema.Struct({
  /**
   * (path) Collection ticker
   */
  collection_ticker: PathParam,
  ...Requests.CreateMarketInMultivariateEventCollectionRequest.fields
}).annotations({ identifier: "CreateMarketInMultivariateEventCollectionInput" })

/**
 * The decoded input of {@link CreateMarketInMultivariateEventCollection}.
 * @since 0.1.0
 * @category inputs
 */
export type CreateMarketInMultivariateEventCollectionInput = typeof CreateMarketInMultivariateEventCollectionInput.Type

/**
 * POST /multivariate_event_collections/{collection_ticker}: Create Market In Multivariate Event Collection.
 * Endpoint for creating an individual market in a multivariate event collection. This endpoint must be hit at least once before trading or looking up a market. Users are limited to 5000 creations per week.
 * @since 0.1.0
 * @category operations
 */
export const CreateMarketInMultivariateEventCollection = {
  operationId: "CreateMarketInMultivariateEventCollection",
  tag: "multivariate",
  method: "POST",
  path: "/multivariate_event_collections/{collection_ticker}",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "collection_ticker", in: "path", required: true, style: "simple", explode: false }
  ],
  body: { schema: "CreateMarketInMultivariateEventCollectionRequest", required: true, fields: ["selected_markets", "with_market_payload"] },
  pagination: undefined,
  payload: [],
  input: CreateMarketInMultivariateEventCollectionInput,
  response: Schemas.CreateMarketInMultivariateEventCollectionResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMultivariateEventCollections}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMultivariateEventCollectionsInput = Schema.Struct({
  /**
   * (query) Only return collections of a certain status. Can be unopened, open, or closed.
   */
  status: Schema.optionalWith(literals("unopened", "open", "closed"), { exact: true }),
  /**
   * (query) Only return collections associated with a particular event ticker.
   */
  associated_event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Only return collections with a particular series ticker.
   */
  series_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Specify the maximum number of results.
   */
  limit: Schema.optionalWith(Int32.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(200)), { exact: true }),
  /**
   * (query) The Cursor represents a pointer to the next page of records in the pagination. This optional parameter, when filled, should be filled with the cursor string returned in a previous request to this end-point.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetMultivariateEventCollectionsInput" })

/**
 * The decoded input of {@link GetMultivariateEventCollections}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMultivariateEventCollectionsInput = typeof GetMultivariateEventCollectionsInput.Type

/**
 * GET /multivariate_event_collections: Get Multivariate Event Collections.
 * Endpoint for getting data about multivariate event collections.
 * @since 0.1.0
 * @category operations
 */
export const GetMultivariateEventCollections = {
  operationId: "GetMultivariateEventCollections",
  tag: "multivariate",
  method: "GET",
  path: "/multivariate_event_collections",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "status", in: "query", required: false, style: "form", explode: true },
    { name: "associated_event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "series_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["multivariate_contracts"] },
  payload: ["multivariate_contracts"],
  input: GetMultivariateEventCollectionsInput,
  response: Schemas.GetMultivariateEventCollectionsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetIncentivePrograms}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetIncentiveProgramsInput = Schema.Struct({
  /**
   * (query) Status filter. Can be "all", "active", "upcoming", "closed", or "paid_out". Default is "all".
   */
  status: Schema.optionalWith(literals("all", "active", "upcoming", "closed", "paid_out"), { exact: true }),
  /**
   * (query) Type filter. Can be "all", "liquidity", "volume", "margin_maker_volume", or "margin_taker_volume". Default is "all".
   */
  type: Schema.optionalWith(literals("all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"), { exact: true }),
  /**
   * (query) Filter by exact incentive description.
   */
  incentive_description: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Number of results per page. Defaults to 100. Maximum value is 10000.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(10000)), { exact: true }),
  /**
   * (query) Cursor for pagination
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetIncentiveProgramsInput" })

/**
 * The decoded input of {@link GetIncentivePrograms}.
 * @since 0.1.0
 * @category inputs
 */
export type GetIncentiveProgramsInput = typeof GetIncentiveProgramsInput.Type

/**
 * GET /incentive_programs: Get Incentives.
 * List incentives with optional filters. Incentives are rewards programs for trading activity on specific markets.
 * @since 0.1.0
 * @category operations
 */
export const GetIncentivePrograms = {
  operationId: "GetIncentivePrograms",
  tag: "incentive-programs",
  method: "GET",
  path: "/incentive_programs",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "status", in: "query", required: false, style: "form", explode: true },
    { name: "type", in: "query", required: false, style: "form", explode: true },
    { name: "incentive_description", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "next_cursor", itemFields: ["incentive_programs"] },
  payload: ["incentive_programs"],
  input: GetIncentiveProgramsInput,
  response: Schemas.GetIncentiveProgramsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetFCMFills}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetFCMFillsInput = Schema.Struct({
  /**
   * (query) Filter items after this Unix timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items before this Unix timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetFCMFillsInput" })

/**
 * The decoded input of {@link GetFCMFills}.
 * @since 0.1.0
 * @category inputs
 */
export type GetFCMFillsInput = typeof GetFCMFillsInput.Type

/**
 * GET /fcm/fills: Get FCM Fills.
 * Returns fills across the authenticated FCM's subtraders. Requires FCM member access.
 * @since 0.1.0
 * @category operations
 */
export const GetFCMFills = {
  operationId: "GetFCMFills",
  tag: "fcm",
  method: "GET",
  path: "/fcm/fills",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["fills"] },
  payload: ["fills"],
  input: GetFCMFillsInput,
  response: Schemas.GetFcmFillsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetFCMOrders}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetFCMOrdersInput = Schema.Struct({
  /**
   * (query) Restricts the response to orders for a specific subtrader (FCM members only). Required unless client_order_ids is supplied. For an API key bound to a subtrader, defaults to the bound subtrader when omitted and must equal it when supplied.
   */
  subtrader_id: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Client order IDs to filter by, as a comma-separated list (maximum 100). Only orders created within the last 24 hours are searched, and a min_ts earlier than that is raised to 24 hours ago. Client order IDs are only unique within a subtrader among live and recent orders, so a single ID can match orders across subtraders or across time. Required unless subtrader_id is supplied.
   */
  client_order_ids: Schema.optionalWith(commaList(100), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Event ticker to filter by. Only a single event ticker is supported.
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Restricts the response to orders after a timestamp, formatted as a Unix Timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Restricts the response to orders before a timestamp, formatted as a Unix Timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Restricts the response to orders that have a certain status
   */
  status: Schema.optionalWith(literals("resting", "canceled", "executed"), { exact: true }),
  /**
   * (query) Parameter to specify the number of results per page. Defaults to 100
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true })
}).annotations({ identifier: "GetFCMOrdersInput" })

/**
 * The decoded input of {@link GetFCMOrders}.
 * @since 0.1.0
 * @category inputs
 */
export type GetFCMOrdersInput = typeof GetFCMOrdersInput.Type

/**
 * GET /fcm/orders: Get FCM Orders.
 * Endpoint for FCM members to get orders for their subtraders.
 * This endpoint requires FCM member access level. At least one of `subtrader_id` or
 * `client_order_ids` is required; supplying both returns only the orders matching both filters.
 * API keys bound to a single FCM subtrader may also call this endpoint: `subtrader_id` may be
 * omitted and defaults to the key's bound subtrader, and if supplied it must equal the bound
 * subtrader or the request is rejected.
 * @since 0.1.0
 * @category operations
 */
export const GetFCMOrders = {
  operationId: "GetFCMOrders",
  tag: "fcm",
  method: "GET",
  path: "/fcm/orders",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "subtrader_id", in: "query", required: false, style: "form", explode: true },
    { name: "client_order_ids", in: "query", required: false, style: "comma", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "status", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["orders"] },
  payload: ["orders"],
  input: GetFCMOrdersInput,
  response: Schemas.GetOrdersResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link ListFCMSubtraders}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const ListFCMSubtradersInput = Schema.Struct({

}).annotations({ identifier: "ListFCMSubtradersInput" })

/**
 * The decoded input of {@link ListFCMSubtraders}.
 * @since 0.1.0
 * @category inputs
 */
export type ListFCMSubtradersInput = typeof ListFCMSubtradersInput.Type

/**
 * GET /fcm/subtraders: List FCM Subtraders.
 * Lists the authenticated FCM's event-contract subtraders, including accounts with
 * no trades. Exchange metadata is asynchronous, so newly created accounts may not
 * appear immediately. Trading block status includes firm-wide and Kalshi restrictions;
 * fcm_trading_blocked identifies the FCM's own per-subtrader restriction.
 * @since 0.1.0
 * @category operations
 */
export const ListFCMSubtraders = {
  operationId: "ListFCMSubtraders",
  tag: "fcm",
  method: "GET",
  path: "/fcm/subtraders",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["subtraders"],
  input: ListFCMSubtradersInput,
  response: Schemas.ListFCMSubtradersResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link CreateFCMSubtrader}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const CreateFCMSubtraderInput = Schema.Struct({
  ...Requests.CreateFCMSubtraderRequest.fields
}).annotations({ identifier: "CreateFCMSubtraderInput" })

/**
 * The decoded input of {@link CreateFCMSubtrader}.
 * @since 0.1.0
 * @category inputs
 */
export type CreateFCMSubtraderInput = typeof CreateFCMSubtraderInput.Type

/**
 * POST /fcm/subtraders: Create FCM Subtrader.
 * Endpoint for FCM members to create a subtrader on the event-contract exchange. The
 * subtrader is registered on every exchange shard that knows the FCM; a shard provisioned
 * later registers it lazily on the subtrader's first order there. Re-creating an existing
 * subtrader returns 409.
 * @since 0.1.0
 * @category operations
 */
export const CreateFCMSubtrader = {
  operationId: "CreateFCMSubtrader",
  tag: "fcm",
  method: "POST",
  path: "/fcm/subtraders",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 201,
  parameters: [

  ],
  body: { schema: "CreateFCMSubtraderRequest", required: true, fields: ["subtrader_suffix"] },
  pagination: undefined,
  payload: ["subtrader_id"],
  input: CreateFCMSubtraderInput,
  response: Schemas.CreateFCMSubtraderResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetFCMEventContractDailyCap}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetFCMEventContractDailyCapInput = Schema.Struct({
  /**
   * (query) The subtrader whose daily cap should be returned. Must belong to the requesting FCM. Required unless the API key is bound to a subtrader, in which case it defaults to the bound subtrader when omitted and must equal it when supplied.
   */
  subtrader_id: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetFCMEventContractDailyCapInput" })

/**
 * The decoded input of {@link GetFCMEventContractDailyCap}.
 * @since 0.1.0
 * @category inputs
 */
export type GetFCMEventContractDailyCapInput = typeof GetFCMEventContractDailyCapInput.Type

/**
 * GET /fcm/subtraders/event_contract_daily_cap: Get FCM Subtrader Event Contract Daily Cap.
 * Returns the event-contract daily premium cap configured for an FCM member's subtrader,
 * together with its live utilization. Executed utilization is the net premium deployed by
 * fills today (sells and settlements credit back); resting and pending utilization reserve
 * open and in-flight orders at their full worst-case cost plus fees. Executed utilization
 * resets at midnight New York time on the returned cap date; resting and pending
 * reservations persist for as long as their orders remain open, including across the reset.
 * Returns 404 when the subtrader has no cap configured — in that state every order placed
 * through the subtrader's bound API keys is rejected.
 * API keys bound to a single FCM subtrader may also call this endpoint: `subtrader_id` may be
 * omitted and defaults to the key's bound subtrader, and if supplied it must equal the bound
 * subtrader or the request is rejected.
 * @since 0.1.0
 * @category operations
 */
export const GetFCMEventContractDailyCap = {
  operationId: "GetFCMEventContractDailyCap",
  tag: "fcm",
  method: "GET",
  path: "/fcm/subtraders/event_contract_daily_cap",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "subtrader_id", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: GetFCMEventContractDailyCapInput,
  response: Schemas.GetFCMEventContractDailyCapResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link UpdateFCMEventContractDailyCap}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const UpdateFCMEventContractDailyCapInput = Schema.Struct({
  ...Requests.UpdateFCMEventContractDailyCapRequest.fields
}).annotations({ identifier: "UpdateFCMEventContractDailyCapInput" })

/**
 * The decoded input of {@link UpdateFCMEventContractDailyCap}.
 * @since 0.1.0
 * @category inputs
 */
export type UpdateFCMEventContractDailyCapInput = typeof UpdateFCMEventContractDailyCapInput.Type

/**
 * PUT /fcm/subtraders/event_contract_daily_cap: Update FCM Subtrader Event Contract Daily Cap.
 * Sets the event-contract daily premium cap for an FCM member's subtrader. The cap bounds
 * the subtrader's net premium at risk per trading day. It is enforced on cap-reservation
 * sessions — which every subtrader-bound API key uses — and is mandatory there: a subtrader
 * with no cap cannot trade through its bound keys. Cap changes take effect immediately;
 * existing resting orders are never cancelled by a cap change.
 * @since 0.1.0
 * @category operations
 */
export const UpdateFCMEventContractDailyCap = {
  operationId: "UpdateFCMEventContractDailyCap",
  tag: "fcm",
  method: "PUT",
  path: "/fcm/subtraders/event_contract_daily_cap",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: { schema: "UpdateFCMEventContractDailyCapRequest", required: true, fields: ["subtrader_id", "limit"] },
  pagination: undefined,
  payload: [],
  input: UpdateFCMEventContractDailyCapInput,
  response: Schemas.EmptyResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link DeleteFCMEventContractDailyCap}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const DeleteFCMEventContractDailyCapInput = Schema.Struct({
  /**
   * (query) The subtrader whose daily cap should be removed. Must belong to the requesting FCM.
   */
  subtrader_id: QueryString
}).annotations({ identifier: "DeleteFCMEventContractDailyCapInput" })

/**
 * The decoded input of {@link DeleteFCMEventContractDailyCap}.
 * @since 0.1.0
 * @category inputs
 */
export type DeleteFCMEventContractDailyCapInput = typeof DeleteFCMEventContractDailyCapInput.Type

/**
 * DELETE /fcm/subtraders/event_contract_daily_cap: Delete FCM Subtrader Event Contract Daily Cap.
 * Removes the event-contract daily premium cap for an FCM member's subtrader. Removal
 * closes the subtrader to new orders on cap-reservation sessions — every subtrader-bound
 * API key — until a cap is set again. It does not stop orders your own unbound sessions
 * submit on the subtrader's behalf; to stop the account entirely, block subtrader trading.
 * @since 0.1.0
 * @category operations
 */
export const DeleteFCMEventContractDailyCap = {
  operationId: "DeleteFCMEventContractDailyCap",
  tag: "fcm",
  method: "DELETE",
  path: "/fcm/subtraders/event_contract_daily_cap",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "subtrader_id", in: "query", required: true, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: DeleteFCMEventContractDailyCapInput,
  response: Schemas.EmptyResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetFCMSubtraderBlockedCategories}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetFCMSubtraderBlockedCategoriesInput = Schema.Struct({
  /**
   * (query) The subtrader whose blocked categories should be returned. Must belong to the requesting FCM.
   */
  subtrader_id: QueryString
}).annotations({ identifier: "GetFCMSubtraderBlockedCategoriesInput" })

/**
 * The decoded input of {@link GetFCMSubtraderBlockedCategories}.
 * @since 0.1.0
 * @category inputs
 */
export type GetFCMSubtraderBlockedCategoriesInput = typeof GetFCMSubtraderBlockedCategoriesInput.Type

/**
 * GET /fcm/subtraders/blocked_categories: Get FCM Subtrader Blocked Categories.
 * Returns the event categories an FCM member has blocked for one of its
 * subtraders. The subtrader must belong to the requesting FCM. A subtrader
 * with no blocks returns an empty list.
 * @since 0.1.0
 * @category operations
 */
export const GetFCMSubtraderBlockedCategories = {
  operationId: "GetFCMSubtraderBlockedCategories",
  tag: "fcm",
  method: "GET",
  path: "/fcm/subtraders/blocked_categories",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "subtrader_id", in: "query", required: true, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["categories"],
  input: GetFCMSubtraderBlockedCategoriesInput,
  response: Schemas.GetFCMSubtraderBlockedCategoriesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link UpdateFCMSubtraderBlockedCategories}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const UpdateFCMSubtraderBlockedCategoriesInput = Schema.Struct({
  ...Requests.UpdateFCMSubtraderBlockedCategoriesRequest.fields
}).annotations({ identifier: "UpdateFCMSubtraderBlockedCategoriesInput" })

/**
 * The decoded input of {@link UpdateFCMSubtraderBlockedCategories}.
 * @since 0.1.0
 * @category inputs
 */
export type UpdateFCMSubtraderBlockedCategoriesInput = typeof UpdateFCMSubtraderBlockedCategoriesInput.Type

/**
 * PUT /fcm/subtraders/blocked_categories: Update FCM Subtrader Blocked Categories.
 * Adds one event category to, or removes one from, the set an FCM member
 * has blocked for one of its subtraders. The subtrader must belong to the
 * requesting FCM. Blocks apply prospectively: new orders the subtrader
 * places through its bound API credentials are rejected in markets whose
 * event belongs to a blocked category, while orders already resting are
 * not cancelled. Returns the subtrader's full resulting blocked set.
 * @since 0.1.0
 * @category operations
 */
export const UpdateFCMSubtraderBlockedCategories = {
  operationId: "UpdateFCMSubtraderBlockedCategories",
  tag: "fcm",
  method: "PUT",
  path: "/fcm/subtraders/blocked_categories",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: { schema: "UpdateFCMSubtraderBlockedCategoriesRequest", required: true, fields: ["subtrader_id", "category", "blocked"] },
  pagination: undefined,
  payload: ["categories"],
  input: UpdateFCMSubtraderBlockedCategoriesInput,
  response: Schemas.UpdateFCMSubtraderBlockedCategoriesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetTargetBalanceAllocation}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetTargetBalanceAllocationInput = Schema.Struct({

}).annotations({ identifier: "GetTargetBalanceAllocationInput" })

/**
 * The decoded input of {@link GetTargetBalanceAllocation}.
 * @since 0.1.0
 * @category inputs
 */
export type GetTargetBalanceAllocationInput = typeof GetTargetBalanceAllocationInput.Type

/**
 * GET /portfolio/target_balance_allocation: Get Target Balance Allocation.
 * Retrieves the caller's target balance allocation across exchange indexes.
 * @since 0.1.0
 * @category operations
 */
export const GetTargetBalanceAllocation = {
  operationId: "GetTargetBalanceAllocation",
  tag: "portfolio",
  method: "GET",
  path: "/portfolio/target_balance_allocation",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: ["allocations"],
  input: GetTargetBalanceAllocationInput,
  response: Schemas.GetTargetBalanceAllocationResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link SetTargetBalanceAllocation}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const SetTargetBalanceAllocationInput = Schema.Struct({
  ...Requests.SetTargetBalanceAllocationRequest.fields
}).annotations({ identifier: "SetTargetBalanceAllocationInput" })

/**
 * The decoded input of {@link SetTargetBalanceAllocation}.
 * @since 0.1.0
 * @category inputs
 */
export type SetTargetBalanceAllocationInput = typeof SetTargetBalanceAllocationInput.Type

/**
 * POST /portfolio/target_balance_allocation: Set Target Balance Allocation.
 * Replaces the caller's target balance allocation across exchange indexes.
 * Percentages must total 100. Passing an empty allocations array disables automatic rebalancing.
 * @since 0.1.0
 * @category operations
 */
export const SetTargetBalanceAllocation = {
  operationId: "SetTargetBalanceAllocation",
  tag: "portfolio",
  method: "POST",
  path: "/portfolio/target_balance_allocation",
  auth: "signed",
  access: "write",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: { schema: "SetTargetBalanceAllocationRequest", required: true, fields: ["allocations", "resting_margin_reservation"] },
  pagination: undefined,
  payload: [],
  input: SetTargetBalanceAllocationInput,
  response: Schemas.EmptyResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetFCMPositions}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetFCMPositionsInput = Schema.Struct({
  /**
   * (query) Restricts the response to positions for a specific subtrader (FCM members only). Required unless the API key is bound to a subtrader, in which case it defaults to the bound subtrader when omitted and must equal it when supplied.
   */
  subtrader_id: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Ticker of desired positions
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Event ticker of desired positions
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Restricts the positions to those with any of following fields with non-zero values, as a comma separated list
   */
  count_filter: Schema.optionalWith(commaList(), { exact: true }),
  /**
   * (query) Settlement status of the markets to return. Defaults to unsettled
   */
  settlement_status: Schema.optionalWith(literals("all", "unsettled", "settled"), { exact: true }),
  /**
   * (query) Parameter to specify the number of results per page. Defaults to 100
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) The Cursor represents a pointer to the next page of records in the pagination
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetFCMPositionsInput" })

/**
 * The decoded input of {@link GetFCMPositions}.
 * @since 0.1.0
 * @category inputs
 */
export type GetFCMPositionsInput = typeof GetFCMPositionsInput.Type

/**
 * GET /fcm/positions: Get FCM Positions.
 * Endpoint for FCM members to get market positions filtered by subtrader ID.
 * This endpoint requires FCM member access level and allows filtering positions by subtrader ID.
 * API keys bound to a single FCM subtrader may also call this endpoint: `subtrader_id` may be
 * omitted and defaults to the key's bound subtrader, and if supplied it must equal the bound
 * subtrader or the request is rejected.
 * @since 0.1.0
 * @category operations
 */
export const GetFCMPositions = {
  operationId: "GetFCMPositions",
  tag: "fcm",
  method: "GET",
  path: "/fcm/positions",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "subtrader_id", in: "query", required: false, style: "form", explode: true },
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "count_filter", in: "query", required: false, style: "comma", explode: true },
    { name: "settlement_status", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["market_positions", "event_positions"] },
  payload: ["market_positions", "event_positions"],
  input: GetFCMPositionsInput,
  response: Schemas.GetPositionsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetHistoricalCutoff}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetHistoricalCutoffInput = Schema.Struct({

}).annotations({ identifier: "GetHistoricalCutoffInput" })

/**
 * The decoded input of {@link GetHistoricalCutoff}.
 * @since 0.1.0
 * @category inputs
 */
export type GetHistoricalCutoffInput = typeof GetHistoricalCutoffInput.Type

/**
 * GET /historical/cutoff: Get Historical Cutoff Timestamps.
 * Returns the cutoff timestamps that define the boundary between **live** and **historical** data.
 *
 * ## Cutoff fields
 * - `market_settled_ts` : Markets that **settled** before this timestamp, and their candlesticks, must be accessed via `GET /historical/markets` and `GET /historical/markets/{ticker}/candlesticks`.
 * - `trades_created_ts` : Trades that were **filled** before this timestamp must be accessed via `GET /historical/fills`.
 * - `orders_updated_ts` : Orders that were **canceled or fully executed** before this timestamp must be accessed via `GET /historical/orders`. Resting (active) orders are always available in `GET /portfolio/orders`.
 * - `market_positions_last_updated_ts` : Settled positions **archived from the live data set** before this timestamp must be accessed via `GET /historical/positions`. Unsettled positions are always available in `GET /portfolio/positions`.
 * @since 0.1.0
 * @category operations
 */
export const GetHistoricalCutoff = {
  operationId: "GetHistoricalCutoff",
  tag: "historical",
  method: "GET",
  path: "/historical/cutoff",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [

  ],
  body: undefined,
  pagination: undefined,
  payload: [],
  input: GetHistoricalCutoffInput,
  response: Schemas.GetHistoricalCutoffResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetMarketCandlesticksHistorical}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetMarketCandlesticksHistoricalInput = Schema.Struct({
  /**
   * (path) Market ticker - unique identifier for the specific market
   */
  ticker: PathParam,
  /**
   * (query) Start timestamp (Unix timestamp). Candlesticks will include those ending on or after this time.
   */
  start_ts: Schema.Int,
  /**
   * (query) End timestamp (Unix timestamp). Candlesticks will include those ending on or before this time.
   */
  end_ts: Schema.Int,
  /**
   * (query) Time period length of each candlestick in minutes. Valid values are 1 (1 minute), 60 (1 hour), or 1440 (1 day).
   */
  period_interval: literals(1, 60, 1440)
}).annotations({ identifier: "GetMarketCandlesticksHistoricalInput" })

/**
 * The decoded input of {@link GetMarketCandlesticksHistorical}.
 * @since 0.1.0
 * @category inputs
 */
export type GetMarketCandlesticksHistoricalInput = typeof GetMarketCandlesticksHistoricalInput.Type

/**
 * GET /historical/markets/{ticker}/candlesticks: Get Historical Market Candlesticks.
 * Endpoint for fetching historical candlestick data for markets that have been archived from the live data set. Time period length of each candlestick in minutes. Valid values: 1 (1 minute), 60 (1 hour), 1440 (1 day).
 * @since 0.1.0
 * @category operations
 */
export const GetMarketCandlesticksHistorical = {
  operationId: "GetMarketCandlesticksHistorical",
  tag: "historical",
  method: "GET",
  path: "/historical/markets/{ticker}/candlesticks",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "path", required: true, style: "simple", explode: false },
    { name: "start_ts", in: "query", required: true, style: "form", explode: true },
    { name: "end_ts", in: "query", required: true, style: "form", explode: true },
    { name: "period_interval", in: "query", required: true, style: "form", explode: true }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["candlesticks"],
  input: GetMarketCandlesticksHistoricalInput,
  response: Schemas.GetMarketCandlesticksHistoricalResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetFillsHistorical}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetFillsHistoricalInput = Schema.Struct({
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter items after this Unix timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items before this Unix timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). If omitted, defaults to all subaccounts.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetFillsHistoricalInput" })

/**
 * The decoded input of {@link GetFillsHistorical}.
 * @since 0.1.0
 * @category inputs
 */
export type GetFillsHistoricalInput = typeof GetFillsHistoricalInput.Type

/**
 * GET /historical/fills: Get Historical Fills.
 * Endpoint for getting all historical fills for the member. A fill is when a trade you have is matched.
 * API keys restricted to a subaccount return only that subaccount's fills. If supplied, `subaccount` must match the key's restriction.
 * Registered partners may also use a user OAuth access token with the explicitly granted read::compliance_partner scope.
 * @since 0.1.0
 * @category operations
 */
export const GetFillsHistorical = {
  operationId: "GetFillsHistorical",
  tag: "historical",
  method: "GET",
  path: "/historical/fills",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["fills"] },
  payload: ["fills"],
  input: GetFillsHistoricalInput,
  response: Schemas.GetFillsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetHistoricalOrders}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetHistoricalOrdersInput = Schema.Struct({
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter items after this Unix timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items before this Unix timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). If omitted, defaults to all subaccounts.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true })
}).annotations({ identifier: "GetHistoricalOrdersInput" })

/**
 * The decoded input of {@link GetHistoricalOrders}.
 * @since 0.1.0
 * @category inputs
 */
export type GetHistoricalOrdersInput = typeof GetHistoricalOrdersInput.Type

/**
 * GET /historical/orders: Get Historical Orders.
 * Endpoint for getting orders that have been archived to the historical database.
 * API keys restricted to a subaccount return only that subaccount's orders. If supplied, `subaccount` must match the key's restriction.
 * @since 0.1.0
 * @category operations
 */
export const GetHistoricalOrders = {
  operationId: "GetHistoricalOrders",
  tag: "historical",
  method: "GET",
  path: "/historical/orders",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["orders"] },
  payload: ["orders"],
  input: GetHistoricalOrdersInput,
  response: Schemas.GetOrdersResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetHistoricalPositions}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetHistoricalPositionsInput = Schema.Struct({
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Event ticker to filter by. Only a single event ticker is supported.
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Subaccount number (0 for primary, 1-63 for subaccounts). Defaults to 0.
   */
  subaccount: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Number of results per page. Defaults to 100.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true })
}).annotations({ identifier: "GetHistoricalPositionsInput" })

/**
 * The decoded input of {@link GetHistoricalPositions}.
 * @since 0.1.0
 * @category inputs
 */
export type GetHistoricalPositionsInput = typeof GetHistoricalPositionsInput.Type

/**
 * GET /historical/positions: Get Historical Positions.
 * Endpoint for getting settled market positions that have been archived to the historical database. Positions whose markets were archived before `market_positions_last_updated_ts` on `GET /historical/cutoff` are available via this endpoint. Positions are archived per whole event: a settled event's positions move here together and are never split between this endpoint and `GET /portfolio/positions`. Unsettled positions are always available via `GET /portfolio/positions`.
 * @since 0.1.0
 * @category operations
 */
export const GetHistoricalPositions = {
  operationId: "GetHistoricalPositions",
  tag: "historical",
  method: "GET",
  path: "/historical/positions",
  auth: "signed",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "subaccount", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["market_positions", "event_positions"] },
  payload: ["market_positions", "event_positions"],
  input: GetHistoricalPositionsInput,
  response: Schemas.GetPositionsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetTradesHistorical}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetTradesHistoricalInput = Schema.Struct({
  /**
   * (query) Filter by market ticker
   */
  ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter items after this Unix timestamp
   */
  min_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Filter items before this Unix timestamp
   */
  max_ts: Schema.optionalWith(Schema.Int, { exact: true }),
  /**
   * (query) Number of results per page. Defaults to 100. Maximum value is 1000.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter trades by whether they are block trades. Omit to return all trades. Set to `true` to return only block trades. Set to `false` to return only non-block trades.
   */
  is_block_trade: Schema.optionalWith(Schema.Boolean, { exact: true })
}).annotations({ identifier: "GetTradesHistoricalInput" })

/**
 * The decoded input of {@link GetTradesHistorical}.
 * @since 0.1.0
 * @category inputs
 */
export type GetTradesHistoricalInput = typeof GetTradesHistoricalInput.Type

/**
 * GET /historical/trades: Get Historical Trades.
 * Endpoint for getting all historical trades for all markets. Trades that were filled before the historical cutoff are available via this endpoint. Block trades are included by default and identified by the `is_block_trade` field; use the `is_block_trade` query parameter to filter by block / non-block. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.
 * @since 0.1.0
 * @category operations
 */
export const GetTradesHistorical = {
  operationId: "GetTradesHistorical",
  tag: "historical",
  method: "GET",
  path: "/historical/trades",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "query", required: false, style: "form", explode: true },
    { name: "min_ts", in: "query", required: false, style: "form", explode: true },
    { name: "max_ts", in: "query", required: false, style: "form", explode: true },
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "is_block_trade", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["trades"] },
  payload: ["trades"],
  input: GetTradesHistoricalInput,
  response: Schemas.GetTradesResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetHistoricalMarkets}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetHistoricalMarketsInput = Schema.Struct({
  /**
   * (query) Number of results per page. Defaults to 100. Maximum value is 1000.
   */
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0), Schema.lessThanOrEqualTo(1000)), { exact: true }),
  /**
   * (query) Pagination cursor. Use the cursor value returned from the previous response to get the next page of results. Leave empty for the first page.
   */
  cursor: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by specific market tickers. Comma-separated list of market tickers to retrieve.
   */
  tickers: Schema.optionalWith(commaList(), { exact: true }),
  /**
   * (query) Event ticker to filter by. Only a single event ticker is supported.
   */
  event_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by series ticker
   */
  series_ticker: Schema.optionalWith(QueryString, { exact: true }),
  /**
   * (query) Filter by multivariate events (combos). By default, MVE markets are included.
   */
  mve_filter: Schema.optionalWith(literals("exclude"), { exact: true })
}).annotations({ identifier: "GetHistoricalMarketsInput" })

/**
 * The decoded input of {@link GetHistoricalMarkets}.
 * @since 0.1.0
 * @category inputs
 */
export type GetHistoricalMarketsInput = typeof GetHistoricalMarketsInput.Type

/**
 * GET /historical/markets: Get Historical Markets.
 * Endpoint for getting markets that have been archived to the historical database. Filters are mutually exclusive.
 * @since 0.1.0
 * @category operations
 */
export const GetHistoricalMarkets = {
  operationId: "GetHistoricalMarkets",
  tag: "historical",
  method: "GET",
  path: "/historical/markets",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "limit", in: "query", required: false, style: "form", explode: true },
    { name: "cursor", in: "query", required: false, style: "form", explode: true },
    { name: "tickers", in: "query", required: false, style: "comma", explode: true },
    { name: "event_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "series_ticker", in: "query", required: false, style: "form", explode: true },
    { name: "mve_filter", in: "query", required: false, style: "form", explode: true }
  ],
  body: undefined,
  pagination: { cursorField: "cursor", itemFields: ["markets"] },
  payload: ["markets"],
  input: GetHistoricalMarketsInput,
  response: Schemas.GetMarketsResponse
} as const satisfies OperationDescriptor

/**
 * The input of {@link GetHistoricalMarket}: path, query and body fields by their wire names.
 * @since 0.1.0
 * @category inputs
 */
export const GetHistoricalMarketInput = Schema.Struct({
  /**
   * (path) Market ticker
   */
  ticker: PathParam
}).annotations({ identifier: "GetHistoricalMarketInput" })

/**
 * The decoded input of {@link GetHistoricalMarket}.
 * @since 0.1.0
 * @category inputs
 */
export type GetHistoricalMarketInput = typeof GetHistoricalMarketInput.Type

/**
 * GET /historical/markets/{ticker}: Get Historical Market.
 * Endpoint for getting data about a specific market by its ticker from the historical database.
 * @since 0.1.0
 * @category operations
 */
export const GetHistoricalMarket = {
  operationId: "GetHistoricalMarket",
  tag: "historical",
  method: "GET",
  path: "/historical/markets/{ticker}",
  auth: "public",
  access: "read",
  deprecated: undefined,
  tokenCost: undefined,
  successStatus: 200,
  parameters: [
    { name: "ticker", in: "path", required: true, style: "simple", explode: false }
  ],
  body: undefined,
  pagination: undefined,
  payload: ["market"],
  input: GetHistoricalMarketInput,
  response: Schemas.GetMarketResponse
} as const satisfies OperationDescriptor

/**
 * Every operation of the spec, by operationId.
 * @since 0.1.0
 * @category operations
 */
export const all = {
  GetExchangeStatus,
  GetSeriesFeeChanges,
  GetExchangeSchedule,
  GetUserDataTimestamp,
  GetMarketCandlesticks,
  GetTrades,
  GetMarketOrderbook,
  GetMarketOrderbooks,
  GetSeries,
  GetSeriesList,
  GetMarkets,
  GetMarket,
  BatchGetMarketCandlesticks,
  GetMarketCandlesticksByEvent,
  GetEvents,
  GetMultivariateEvents,
  GetEventFeeChanges,
  GetEvent,
  GetEventMetadata,
  GetEventForecastPercentilesHistory,
  GetOrders,
  GetOrder,
  GetOrderQueuePositions,
  GetOrderQueuePosition,
  CreateOrderV2,
  CancelAllOrders,
  BatchCreateOrdersV2,
  BatchCancelOrdersV2,
  CancelOrderV2,
  AmendOrderV2,
  DecreaseOrderV2,
  GetOrderGroups,
  CreateOrderGroup,
  GetOrderGroup,
  DeleteOrderGroup,
  ResetOrderGroup,
  TriggerOrderGroup,
  UpdateOrderGroupLimit,
  GetBalance,
  IntraExchangeInstanceTransfer,
  GetIntraExchangeInstanceTransfers,
  GetIntraExchangeInstanceTransfer,
  CreateSubaccount,
  ApplySubaccountTransfer,
  GetSubaccountBalances,
  GetSubaccountTransfers,
  UpdateSubaccountNetting,
  GetSubaccountNetting,
  GetPositions,
  GetSettlements,
  GetDeposits,
  GetWithdrawals,
  GetPortfolioRestingOrderTotalValue,
  GetFills,
  GetCommunicationsID,
  GetBlockTradeProposals,
  ProposeBlockTrade,
  AcceptBlockTradeProposal,
  GetRFQs,
  CreateRFQ,
  GetRFQ,
  DeleteRFQ,
  GetRFQQuote,
  DeleteRFQQuote,
  AcceptRFQQuote,
  ConfirmRFQQuote,
  GetQuotes,
  CreateQuote,
  GetQuote,
  DeleteQuote,
  AcceptQuote,
  ConfirmQuote,
  GetApiKeys,
  CreateApiKey,
  GenerateApiKey,
  DeleteApiKey,
  GetAccountApiLimits,
  UpgradeAccountApiUsageLevel,
  GetAccountApiUsageLevelVolumeProgress,
  GetAccountEndpointCosts,
  GetTagsForSeriesCategories,
  GetFiltersForSports,
  GetLiveDataByMilestone,
  GetLiveData,
  GetLiveDatas,
  GetGameStats,
  GetEventLiveData,
  GetWeatherIndex,
  GetWeatherIndexCalibrations,
  GetStructuredTargets,
  GetStructuredTarget,
  GetMilestone,
  GetMilestones,
  GetMultivariateEventCollection,
  CreateMarketInMultivariateEventCollection,
  GetMultivariateEventCollections,
  GetIncentivePrograms,
  GetFCMFills,
  GetFCMOrders,
  ListFCMSubtraders,
  CreateFCMSubtrader,
  GetFCMEventContractDailyCap,
  UpdateFCMEventContractDailyCap,
  DeleteFCMEventContractDailyCap,
  GetFCMSubtraderBlockedCategories,
  UpdateFCMSubtraderBlockedCategories,
  GetTargetBalanceAllocation,
  SetTargetBalanceAllocation,
  GetFCMPositions,
  GetHistoricalCutoff,
  GetMarketCandlesticksHistorical,
  GetFillsHistorical,
  GetHistoricalOrders,
  GetHistoricalPositions,
  GetTradesHistorical,
  GetHistoricalMarkets,
  GetHistoricalMarket
} as const
