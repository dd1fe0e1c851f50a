/**
 * One service per tag of the Kalshi Trade API, with one method per operation.
 *
 * GENERATED FILE: do not edit. Produced by `npm run codegen` (packages/rest/scripts/codegen.ts)
 * from the Kalshi Trade API spec 3.31.0. Tests fail when it differs from what the spec generates.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { Executor, ErrorOf, StreamInput } from "../internal/executor.js"
import * as Operations from "./Operations.js"
import type * as Schemas from "./Schemas.js"

/**
 * The operations of the `exchange` tag.
 * @since 0.1.0
 * @category models
 */
export interface ExchangeApiService {
  /**
   * GET /exchange/status: Get Exchange Status.
   * Endpoint for getting the exchange status.
   */
  readonly getExchangeStatus: (input?: Operations.GetExchangeStatusInput) => Effect.Effect<Schemas.ExchangeStatus, ErrorOf<typeof Operations.GetExchangeStatus>>
  /**
   * GET /series/fee_changes: Get Series Fee Changes.
   */
  readonly getSeriesFeeChanges: (input?: Operations.GetSeriesFeeChangesInput) => Effect.Effect<Schemas.GetSeriesFeeChangesResponse, ErrorOf<typeof Operations.GetSeriesFeeChanges>>
  /**
   * GET /exchange/schedule: Get Exchange Schedule.
   * Endpoint for getting the exchange schedule.
   */
  readonly getExchangeSchedule: (input?: Operations.GetExchangeScheduleInput) => Effect.Effect<Schemas.GetExchangeScheduleResponse, ErrorOf<typeof Operations.GetExchangeSchedule>>
  /**
   * GET /exchange/user_data_timestamp: Get User Data Timestamp.
   * There is typically a short delay before exchange events are reflected in the API endpoints. Whenever possible, combine API responses to PUT/POST/DELETE requests with WebSocket data to obtain the most accurate view of the exchange state. This endpoint provides an approximate indication of when the data from the following endpoints was last validated: GetBalance, GetOrder(s), GetFills, GetPositions
   */
  readonly getUserDataTimestamp: (input?: Operations.GetUserDataTimestampInput) => Effect.Effect<Schemas.GetUserDataTimestampResponse, ErrorOf<typeof Operations.GetUserDataTimestamp>>
}

/**
 * The `exchange` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class ExchangeApi extends Context.Tag("@kalshi-effect/rest/ExchangeApi")<ExchangeApi, ExchangeApiService>() {}

/**
 * Builds the `exchange` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeExchangeApi = (executor: Executor): ExchangeApiService => ({
    getExchangeStatus: executor.call(Operations.GetExchangeStatus),
    getSeriesFeeChanges: executor.call(Operations.GetSeriesFeeChanges),
    getExchangeSchedule: executor.call(Operations.GetExchangeSchedule),
    getUserDataTimestamp: executor.call(Operations.GetUserDataTimestamp)
})

/**
 * The operations of the `market` tag.
 * @since 0.1.0
 * @category models
 */
export interface MarketApiService {
  /**
   * GET /series/{series_ticker}/markets/{ticker}/candlesticks: Get Market Candlesticks.
   * Time period length of each candlestick in minutes. Valid values: 1 (1 minute), 60 (1 hour), 1440 (1 day).
   * Candlesticks for markets that settled before the historical cutoff are only available via `GET /historical/markets/{ticker}/candlesticks`. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.
   */
  readonly getMarketCandlesticks: (input: Operations.GetMarketCandlesticksInput) => Effect.Effect<Schemas.GetMarketCandlesticksResponse, ErrorOf<typeof Operations.GetMarketCandlesticks>>
  /**
   * GET /markets/trades: Get Trades.
   * Endpoint for getting all trades for all markets. A trade represents a completed transaction between two users on a specific market. Each trade includes the market ticker, price, quantity, and timestamp information. Block trades are included in the response by default and identified by the `is_block_trade` field; use the `is_block_trade` query parameter to filter by block / non-block. This endpoint returns a paginated response. Use the 'limit' parameter to control page size (1-1000, defaults to 100). The response includes a 'cursor' field - pass this value in the 'cursor' parameter of your next request to get the next page. An empty cursor indicates no more pages are available.
   */
  readonly getTrades: (input?: Operations.GetTradesInput) => Effect.Effect<Schemas.GetTradesResponse, ErrorOf<typeof Operations.GetTrades>>
  /**
   * Every item of {@link MarketApiService.getTrades} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getTradesStream: (input?: StreamInput<Operations.GetTradesInput>) => Stream.Stream<Schemas.Trade, ErrorOf<typeof Operations.GetTrades>>
  /**
   * GET /markets/{ticker}/orderbook: Get Market Orderbook.
   * Endpoint for getting the current order book for a specific market.  The order book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no ask at 93¢, with identical contract sizes.  Each side shows price levels with their corresponding quantities and order counts, organized from best to worst prices.
   */
  readonly getMarketOrderbook: (input: Operations.GetMarketOrderbookInput) => Effect.Effect<Schemas.GetMarketOrderbookResponse, ErrorOf<typeof Operations.GetMarketOrderbook>>
  /**
   * GET /markets/orderbooks: Get Multiple Market Orderbooks.
   * Endpoint for getting the current order books for multiple markets in a single request. The order book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding quantities and order counts, organized from best to worst prices. Returns one orderbook per requested market ticker.
   */
  readonly getMarketOrderbooks: (input: Operations.GetMarketOrderbooksInput) => Effect.Effect<Schemas.GetMarketOrderbooksResponse, ErrorOf<typeof Operations.GetMarketOrderbooks>>
  /**
   * GET /series/{series_ticker}: Get Series.
   * Endpoint for getting data about a specific series by its ticker.  A series represents a template for recurring events that follow the same format and rules (e.g., "Monthly Jobs Report", "Weekly Initial Jobless Claims", "Daily Weather in NYC"). Series define the structure, settlement sources, and metadata that will be applied to each recurring event instance within that series.
   */
  readonly getSeries: (input: Operations.GetSeriesInput) => Effect.Effect<Schemas.GetSeriesResponse, ErrorOf<typeof Operations.GetSeries>>
  /**
   * GET /series: Get Series List.
   * Endpoint for getting data about multiple series with specified filters.  A series represents a template for recurring events that follow the same format and rules (e.g., "Monthly Jobs Report", "Weekly Initial Jobless Claims", "Daily Weather in NYC"). This endpoint allows you to browse and discover available series templates by category.
   */
  readonly getSeriesList: (input?: Operations.GetSeriesListInput) => Effect.Effect<Schemas.GetSeriesListResponse, ErrorOf<typeof Operations.GetSeriesList>>
  /**
   * GET /markets: Get Markets.
   * Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to return markets with any status.
   *  - Only one `status` filter may be supplied at a time.
   *  - Timestamp filters will be mutually exclusive from other timestamp filters and certain status filters.
   */
  readonly getMarkets: (input?: Operations.GetMarketsInput) => Effect.Effect<Schemas.GetMarketsResponse, ErrorOf<typeof Operations.GetMarkets>>
  /**
   * Every item of {@link MarketApiService.getMarkets} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getMarketsStream: (input?: StreamInput<Operations.GetMarketsInput>) => Stream.Stream<Schemas.Market, ErrorOf<typeof Operations.GetMarkets>>
  /**
   * GET /markets/{ticker}: Get Market.
   * Endpoint for getting data about a specific market by its ticker. A market represents a specific binary outcome within an event that users can trade on (e.g., "Will candidate X win?"). Markets have yes/no positions, current prices, volume, and settlement rules.
   */
  readonly getMarket: (input: Operations.GetMarketInput) => Effect.Effect<Schemas.GetMarketResponse, ErrorOf<typeof Operations.GetMarket>>
  /**
   * GET /markets/candlesticks: Batch Get Market Candlesticks.
   * Endpoint for retrieving candlestick data for multiple markets.
   */
  readonly batchGetMarketCandlesticks: (input: Operations.BatchGetMarketCandlesticksInput) => Effect.Effect<Schemas.BatchGetMarketCandlesticksResponse, ErrorOf<typeof Operations.BatchGetMarketCandlesticks>>
}

/**
 * The `market` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class MarketApi extends Context.Tag("@kalshi-effect/rest/MarketApi")<MarketApi, MarketApiService>() {}

/**
 * Builds the `market` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeMarketApi = (executor: Executor): MarketApiService => ({
    getMarketCandlesticks: executor.call(Operations.GetMarketCandlesticks),
    getTrades: executor.call(Operations.GetTrades),
    getTradesStream: executor.stream(Operations.GetTrades, (page) => page.trades),
    getMarketOrderbook: executor.call(Operations.GetMarketOrderbook),
    getMarketOrderbooks: executor.call(Operations.GetMarketOrderbooks),
    getSeries: executor.call(Operations.GetSeries),
    getSeriesList: executor.call(Operations.GetSeriesList),
    getMarkets: executor.call(Operations.GetMarkets),
    getMarketsStream: executor.stream(Operations.GetMarkets, (page) => page.markets),
    getMarket: executor.call(Operations.GetMarket),
    batchGetMarketCandlesticks: executor.call(Operations.BatchGetMarketCandlesticks)
})

/**
 * The operations of the `events` tag.
 * @since 0.1.0
 * @category models
 */
export interface EventsApiService {
  /**
   * GET /series/{series_ticker}/events/{ticker}/candlesticks: Get Event Candlesticks.
   * End-point for returning aggregated data across all markets corresponding to an event.
   */
  readonly getMarketCandlesticksByEvent: (input: Operations.GetMarketCandlesticksByEventInput) => Effect.Effect<Schemas.GetEventCandlesticksResponse, ErrorOf<typeof Operations.GetMarketCandlesticksByEvent>>
  /**
   * GET /events: Get Events.
   * Get all events. This endpoint excludes multivariate events.
   * To retrieve multivariate events, use the GET /events/multivariate endpoint.
   * All events are accessible through this endpoint, even if their associated markets are older than the historical cutoff.
   */
  readonly getEvents: (input?: Operations.GetEventsInput) => Effect.Effect<Schemas.GetEventsResponse, ErrorOf<typeof Operations.GetEvents>>
  /**
   * Every item of {@link EventsApiService.getEvents} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getEventsStream: (input?: StreamInput<Operations.GetEventsInput>) => Stream.Stream<Schemas.EventData, ErrorOf<typeof Operations.GetEvents>>
  /**
   * GET /events/multivariate: Get Multivariate Events.
   * Retrieve multivariate (combo) events. These are dynamically created events from multivariate event collections. Supports filtering by series and collection ticker.
   */
  readonly getMultivariateEvents: (input?: Operations.GetMultivariateEventsInput) => Effect.Effect<Schemas.GetMultivariateEventsResponse, ErrorOf<typeof Operations.GetMultivariateEvents>>
  /**
   * Every item of {@link EventsApiService.getMultivariateEvents} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getMultivariateEventsStream: (input?: StreamInput<Operations.GetMultivariateEventsInput>) => Stream.Stream<Schemas.EventData, ErrorOf<typeof Operations.GetMultivariateEvents>>
  /**
   * GET /events/fee_changes: Get Event Fee Changes.
   * Event fees are an override layered on top of the parent series' fee structure. If `fee_type_override` and `fee_multiplier_override` are null, that indicates the override is cleared.
   */
  readonly getEventFeeChanges: (input?: Operations.GetEventFeeChangesInput) => Effect.Effect<Schemas.GetEventFeeChangesResponse, ErrorOf<typeof Operations.GetEventFeeChanges>>
  /**
   * Every item of {@link EventsApiService.getEventFeeChanges} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getEventFeeChangesStream: (input?: StreamInput<Operations.GetEventFeeChangesInput>) => Stream.Stream<Schemas.EventFeeChange, ErrorOf<typeof Operations.GetEventFeeChanges>>
  /**
   * GET /events/{event_ticker}: Get Event.
   * Endpoint for getting data about an event by its ticker. An event represents a real-world occurrence that can be traded on, such as an election, sports game, or economic indicator release.
   * Events contain one or more markets where users can place trades on different outcomes.
   * All events are accessible through this endpoint, even if their associated markets are older than the historical cutoff.
   */
  readonly getEvent: (input: Operations.GetEventInput) => Effect.Effect<Schemas.GetEventResponse, ErrorOf<typeof Operations.GetEvent>>
  /**
   * GET /events/{event_ticker}/metadata: Get Event Metadata.
   * Endpoint for getting metadata about an event by its ticker.  Returns only the metadata information for an event.
   */
  readonly getEventMetadata: (input: Operations.GetEventMetadataInput) => Effect.Effect<Schemas.GetEventMetadataResponse, ErrorOf<typeof Operations.GetEventMetadata>>
  /**
   * GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history: Get Event Forecast Percentile History.
   * Endpoint for getting the historical raw and formatted forecast numbers for an event at specific percentiles.
   */
  readonly getEventForecastPercentilesHistory: (input: Operations.GetEventForecastPercentilesHistoryInput) => Effect.Effect<Schemas.GetEventForecastPercentilesHistoryResponse, ErrorOf<typeof Operations.GetEventForecastPercentilesHistory>>
}

/**
 * The `events` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class EventsApi extends Context.Tag("@kalshi-effect/rest/EventsApi")<EventsApi, EventsApiService>() {}

/**
 * Builds the `events` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeEventsApi = (executor: Executor): EventsApiService => ({
    getMarketCandlesticksByEvent: executor.call(Operations.GetMarketCandlesticksByEvent),
    getEvents: executor.call(Operations.GetEvents),
    getEventsStream: executor.stream(Operations.GetEvents, (page) => page.events),
    getMultivariateEvents: executor.call(Operations.GetMultivariateEvents),
    getMultivariateEventsStream: executor.stream(Operations.GetMultivariateEvents, (page) => page.events),
    getEventFeeChanges: executor.call(Operations.GetEventFeeChanges),
    getEventFeeChangesStream: executor.stream(Operations.GetEventFeeChanges, (page) => page.event_fee_changes),
    getEvent: executor.call(Operations.GetEvent),
    getEventMetadata: executor.call(Operations.GetEventMetadata),
    getEventForecastPercentilesHistory: executor.call(Operations.GetEventForecastPercentilesHistory)
})

/**
 * The operations of the `orders` tag.
 * @since 0.1.0
 * @category models
 */
export interface OrdersApiService {
  /**
   * GET /portfolio/orders: Get Orders.
   * Restricts the response to orders that have a certain status: resting, canceled, or executed.
   * Orders that have been canceled or fully executed before the historical cutoff are only available via `GET /historical/orders`. Resting orders will always be available through this endpoint. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.
   */
  readonly getOrders: (input?: Operations.GetOrdersInput) => Effect.Effect<Schemas.GetOrdersResponse, ErrorOf<typeof Operations.GetOrders>>
  /**
   * Every item of {@link OrdersApiService.getOrders} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getOrdersStream: (input?: StreamInput<Operations.GetOrdersInput>) => Stream.Stream<Schemas.Order, ErrorOf<typeof Operations.GetOrders>>
  /**
   * GET /portfolio/orders/{order_id}: Get Order.
   * Endpoint for getting a single order.
   */
  readonly getOrder: (input: Operations.GetOrderInput) => Effect.Effect<Schemas.GetOrderResponse, ErrorOf<typeof Operations.GetOrder>>
  /**
   * GET /portfolio/orders/queue_positions: Get Queue Positions for Orders.
   * Endpoint for getting queue positions for all resting orders. Queue position represents the number of contracts that need to be matched before an order receives a partial or full match, determined using price-time priority.
   */
  readonly getOrderQueuePositions: (input?: Operations.GetOrderQueuePositionsInput) => Effect.Effect<Schemas.GetOrderQueuePositionsResponse, ErrorOf<typeof Operations.GetOrderQueuePositions>>
  /**
   * GET /portfolio/orders/{order_id}/queue_position: Get Order Queue Position.
   * Endpoint for getting an order's queue position in the order book. This represents the amount of orders that need to be matched before this order receives a partial or full match. Queue position is determined using a price-time priority.
   */
  readonly getOrderQueuePosition: (input: Operations.GetOrderQueuePositionInput) => Effect.Effect<Schemas.GetOrderQueuePositionResponse, ErrorOf<typeof Operations.GetOrderQueuePosition>>
  /**
   * POST /portfolio/events/orders: Create Order (V2).
   * Endpoint for submitting event-market orders using the V2 request/response shape (single-book `bid`/`ask` side and fixed-point dollar prices). The legacy `/portfolio/orders` endpoint will be deprecated no earlier than May 6, 2026 — clients should migrate to this path.
   * A fresh `client_order_id` (a random UUID) is filled in when none is given, so that a lost answer can be reconciled (`Orders.reconcileCreate`).
   */
  readonly createOrderV2: (input: Operations.CreateOrderV2Input) => Effect.Effect<Schemas.CreateOrderV2Response, ErrorOf<typeof Operations.CreateOrderV2>>
  /**
   * DELETE /portfolio/events/orders: Cancel All Orders.
   * Cancels all resting event-market orders for the authenticated Direct member across every exchange shard. If `subaccount` is omitted, matching orders may come from any subaccount. If it is provided, only orders for that subaccount are eligible. Newly placed orders may also be cancelled during the minute after the request.
   */
  readonly cancelAllOrders: (input?: Operations.CancelAllOrdersInput) => Effect.Effect<void, ErrorOf<typeof Operations.CancelAllOrders>>
  /**
   * POST /portfolio/events/orders/batched: Batch Create Orders (V2).
   * Endpoint for submitting a batch of event-market orders using the V2 request/response shape. The maximum batch size scales with your tier's write budget — see [Rate Limits and Tiers](/getting_started/rate_limits).
   * A fresh `client_order_id` (a random UUID) is filled in for every order that has none.
   */
  readonly batchCreateOrdersV2: (input: Operations.BatchCreateOrdersV2Input) => Effect.Effect<Schemas.BatchCreateOrdersV2Response, ErrorOf<typeof Operations.BatchCreateOrdersV2>>
  /**
   * DELETE /portfolio/events/orders/batched: Batch Cancel Orders (V2).
   * Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum batch size scales with your tier's write budget — see [Rate Limits and Tiers](/getting_started/rate_limits).
   */
  readonly batchCancelOrdersV2: (input: Operations.BatchCancelOrdersV2Input) => Effect.Effect<Schemas.BatchCancelOrdersV2Response, ErrorOf<typeof Operations.BatchCancelOrdersV2>>
  /**
   * DELETE /portfolio/events/orders/{order_id}: Cancel Order (V2).
   * Endpoint for cancelling event-market orders using the V2 response shape. To auto-route the cancellation, provide `market_ticker` and omit `exchange_index` or set it to `-1`. Returns `{order_id, client_order_id, reduced_by}` rather than a full order object.
   */
  readonly cancelOrderV2: (input: Operations.CancelOrderV2Input) => Effect.Effect<Schemas.CancelOrderV2Response, ErrorOf<typeof Operations.CancelOrderV2>>
  /**
   * POST /portfolio/events/orders/{order_id}/amend: Amend Order (V2).
   * Endpoint for amending the price, max fillable count, and/or expiration time of an existing event-market order. The request `count` is the updated total/max fillable count, equal to already filled count plus desired resting remaining count. This behavior matches the v1 amend endpoints; only the request/response shape differs.
   */
  readonly amendOrderV2: (input: Operations.AmendOrderV2Input) => Effect.Effect<Schemas.AmendOrderV2Response, ErrorOf<typeof Operations.AmendOrderV2>>
  /**
   * POST /portfolio/events/orders/{order_id}/decrease: Decrease Order (V2).
   * Endpoint for decreasing the remaining count of an existing event-market order using the V2 request/response shape. Exactly one of `reduce_by` or `reduce_to` must be provided.
   */
  readonly decreaseOrderV2: (input: Operations.DecreaseOrderV2Input) => Effect.Effect<Schemas.DecreaseOrderV2Response, ErrorOf<typeof Operations.DecreaseOrderV2>>
}

/**
 * The `orders` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class OrdersApi extends Context.Tag("@kalshi-effect/rest/OrdersApi")<OrdersApi, OrdersApiService>() {}

/**
 * Builds the `orders` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeOrdersApi = (executor: Executor): OrdersApiService => ({
    getOrders: executor.call(Operations.GetOrders),
    getOrdersStream: executor.stream(Operations.GetOrders, (page) => page.orders),
    getOrder: executor.call(Operations.GetOrder),
    getOrderQueuePositions: executor.call(Operations.GetOrderQueuePositions),
    getOrderQueuePosition: executor.call(Operations.GetOrderQueuePosition),
    createOrderV2: executor.call(Operations.CreateOrderV2),
    cancelAllOrders: executor.call(Operations.CancelAllOrders),
    batchCreateOrdersV2: executor.call(Operations.BatchCreateOrdersV2),
    batchCancelOrdersV2: executor.call(Operations.BatchCancelOrdersV2),
    cancelOrderV2: executor.call(Operations.CancelOrderV2),
    amendOrderV2: executor.call(Operations.AmendOrderV2),
    decreaseOrderV2: executor.call(Operations.DecreaseOrderV2)
})

/**
 * The operations of the `order-groups` tag.
 * @since 0.1.0
 * @category models
 */
export interface OrderGroupsApiService {
  /**
   * GET /portfolio/order_groups: Get Order Groups.
   * Retrieves all order groups for the authenticated user.
   */
  readonly getOrderGroups: (input?: Operations.GetOrderGroupsInput) => Effect.Effect<Schemas.GetOrderGroupsResponse, ErrorOf<typeof Operations.GetOrderGroups>>
  /**
   * POST /portfolio/order_groups/create: Create Order Group.
   * Creates a new order group with a contracts limit measured over a rolling 15-second window. Users can have up to 100,000 order groups at a time. When the limit is hit, all orders in the group are cancelled and no new orders can be placed until reset.
   */
  readonly createOrderGroup: (input?: Operations.CreateOrderGroupInput) => Effect.Effect<Schemas.CreateOrderGroupResponse, ErrorOf<typeof Operations.CreateOrderGroup>>
  /**
   * GET /portfolio/order_groups/{order_group_id}: Get Order Group.
   * Retrieves details for a single order group including all order IDs and auto-cancel status.
   */
  readonly getOrderGroup: (input: Operations.GetOrderGroupInput) => Effect.Effect<Schemas.GetOrderGroupResponse, ErrorOf<typeof Operations.GetOrderGroup>>
  /**
   * DELETE /portfolio/order_groups/{order_group_id}: Delete Order Group.
   * Deletes an order group and cancels all orders within it. This permanently removes the group.
   */
  readonly deleteOrderGroup: (input: Operations.DeleteOrderGroupInput) => Effect.Effect<Schemas.EmptyResponse, ErrorOf<typeof Operations.DeleteOrderGroup>>
  /**
   * PUT /portfolio/order_groups/{order_group_id}/reset: Reset Order Group.
   * Resets the order group's matched contracts counter to zero, allowing new orders to be placed again after the limit was hit.
   */
  readonly resetOrderGroup: (input: Operations.ResetOrderGroupInput) => Effect.Effect<Schemas.EmptyResponse, ErrorOf<typeof Operations.ResetOrderGroup>>
  /**
   * PUT /portfolio/order_groups/{order_group_id}/trigger: Trigger Order Group.
   * Triggers the order group, canceling all orders in the group and preventing new orders until the group is reset.
   */
  readonly triggerOrderGroup: (input: Operations.TriggerOrderGroupInput) => Effect.Effect<Schemas.EmptyResponse, ErrorOf<typeof Operations.TriggerOrderGroup>>
  /**
   * PUT /portfolio/order_groups/{order_group_id}/limit: Update Order Group Limit.
   * Updates the order group contracts limit (rolling 15-second window). If the updated limit would immediately trigger the group, all orders in the group are canceled and the group is triggered.
   */
  readonly updateOrderGroupLimit: (input: Operations.UpdateOrderGroupLimitInput) => Effect.Effect<Schemas.EmptyResponse, ErrorOf<typeof Operations.UpdateOrderGroupLimit>>
}

/**
 * The `order-groups` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class OrderGroupsApi extends Context.Tag("@kalshi-effect/rest/OrderGroupsApi")<OrderGroupsApi, OrderGroupsApiService>() {}

/**
 * Builds the `order-groups` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeOrderGroupsApi = (executor: Executor): OrderGroupsApiService => ({
    getOrderGroups: executor.call(Operations.GetOrderGroups),
    createOrderGroup: executor.call(Operations.CreateOrderGroup),
    getOrderGroup: executor.call(Operations.GetOrderGroup),
    deleteOrderGroup: executor.call(Operations.DeleteOrderGroup),
    resetOrderGroup: executor.call(Operations.ResetOrderGroup),
    triggerOrderGroup: executor.call(Operations.TriggerOrderGroup),
    updateOrderGroupLimit: executor.call(Operations.UpdateOrderGroupLimit)
})

/**
 * The operations of the `portfolio` tag.
 * @since 0.1.0
 * @category models
 */
export interface PortfolioApiService {
  /**
   * GET /portfolio/balance: Get Balance.
   * Returns the balance and portfolio value for a member. Both values include all exchange indexes unless `exchange_index` is provided. Pass `subaccount` to use a subaccount instead of the primary account. This endpoint also accepts API keys with the 'read::portfolio_balance' scope.
   */
  readonly getBalance: (input?: Operations.GetBalanceInput) => Effect.Effect<Schemas.GetBalanceResponse, ErrorOf<typeof Operations.GetBalance>>
  /**
   * POST /portfolio/intra_exchange_instance_transfer: Intra Account Transfer.
   * Transfers funds within the same account.
   */
  readonly intraExchangeInstanceTransfer: (input: Operations.IntraExchangeInstanceTransferInput) => Effect.Effect<Schemas.IntraExchangeInstanceTransferResponse, ErrorOf<typeof Operations.IntraExchangeInstanceTransfer>>
  /**
   * GET /portfolio/intra_exchange_instance_transfers: Get Intra Account Transfers.
   * Endpoint for fetching intra-exchange account transfer history.
   */
  readonly getIntraExchangeInstanceTransfers: (input?: Operations.GetIntraExchangeInstanceTransfersInput) => Effect.Effect<Schemas.GetIntraExchangeInstanceTransfersResponse, ErrorOf<typeof Operations.GetIntraExchangeInstanceTransfers>>
  /**
   * Every item of {@link PortfolioApiService.getIntraExchangeInstanceTransfers} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getIntraExchangeInstanceTransfersStream: (input?: StreamInput<Operations.GetIntraExchangeInstanceTransfersInput>) => Stream.Stream<Schemas.IntraExchangeInstanceTransfer, ErrorOf<typeof Operations.GetIntraExchangeInstanceTransfers>>
  /**
   * GET /portfolio/intra_exchange_instance_transfers/{transfer_id}: Get Intra Account Transfer.
   * Endpoint for getting a single intra-account transfer by id.
   */
  readonly getIntraExchangeInstanceTransfer: (input: Operations.GetIntraExchangeInstanceTransferInput) => Effect.Effect<Schemas.GetIntraExchangeInstanceTransferResponse, ErrorOf<typeof Operations.GetIntraExchangeInstanceTransfer>>
  /**
   * POST /portfolio/subaccounts: Create Subaccount.
   * Creates a new subaccount for the authenticated user. This endpoint is available to all users on the Advanced API tier and above. Subaccounts are numbered sequentially starting from 1. Maximum 63 numbered subaccounts per user (64 including the primary account).
   */
  readonly createSubaccount: (input?: Operations.CreateSubaccountInput) => Effect.Effect<Schemas.CreateSubaccountResponse, ErrorOf<typeof Operations.CreateSubaccount>>
  /**
   * POST /portfolio/subaccounts/transfer: Transfer Between Subaccounts.
   * Transfers funds between the authenticated user's subaccounts. Use 0 for the primary account, or 1-63 for numbered subaccounts. Set exchange_index to apply the transfer on a specific exchange shard (defaults to 0).
   */
  readonly applySubaccountTransfer: (input: Operations.ApplySubaccountTransferInput) => Effect.Effect<Schemas.ApplySubaccountTransferResponse, ErrorOf<typeof Operations.ApplySubaccountTransfer>>
  /**
   * GET /portfolio/subaccounts/balances: Get All Subaccount Balances.
   * Gets balances for all subaccounts including the primary account.
   */
  readonly getSubaccountBalances: (input?: Operations.GetSubaccountBalancesInput) => Effect.Effect<Schemas.GetSubaccountBalancesResponse, ErrorOf<typeof Operations.GetSubaccountBalances>>
  /**
   * GET /portfolio/subaccounts/transfers: Get Subaccount Transfers.
   * Gets a paginated list of all transfers between subaccounts for the authenticated user.
   */
  readonly getSubaccountTransfers: (input?: Operations.GetSubaccountTransfersInput) => Effect.Effect<Schemas.GetSubaccountTransfersResponse, ErrorOf<typeof Operations.GetSubaccountTransfers>>
  /**
   * Every item of {@link PortfolioApiService.getSubaccountTransfers} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getSubaccountTransfersStream: (input?: StreamInput<Operations.GetSubaccountTransfersInput>) => Stream.Stream<Schemas.SubaccountTransfer, ErrorOf<typeof Operations.GetSubaccountTransfers>>
  /**
   * PUT /portfolio/subaccounts/netting: Update Subaccount Netting.
   * Updates the netting enabled setting for a specific subaccount. Use 0 for the primary account, or 1-63 for numbered subaccounts.
   */
  readonly updateSubaccountNetting: (input: Operations.UpdateSubaccountNettingInput) => Effect.Effect<void, ErrorOf<typeof Operations.UpdateSubaccountNetting>>
  /**
   * GET /portfolio/subaccounts/netting: Get Subaccount Netting.
   * Gets the netting enabled settings for all subaccounts.
   */
  readonly getSubaccountNetting: (input?: Operations.GetSubaccountNettingInput) => Effect.Effect<Schemas.GetSubaccountNettingResponse, ErrorOf<typeof Operations.GetSubaccountNetting>>
  /**
   * GET /portfolio/positions: Get Positions.
   * Restricts the positions to those with any of following fields with non-zero values, as a comma separated list. The following values are accepted: position, total_traded.
   * Registered partners may also use a user OAuth access token with the explicitly granted read::compliance_partner scope.
   */
  readonly getPositions: (input?: Operations.GetPositionsInput) => Effect.Effect<Schemas.GetPositionsResponse, ErrorOf<typeof Operations.GetPositions>>
  /**
   * Every item of {@link PortfolioApiService.getPositions} across pages, following `cursor` until it is empty.
   * Yields the items of `market_positions` and `event_positions`, each tagged with its field.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getPositionsStream: (input?: StreamInput<Operations.GetPositionsInput>) => Stream.Stream<{ readonly field: "market_positions"; readonly value: Schemas.MarketPosition } | { readonly field: "event_positions"; readonly value: Schemas.EventPosition }, ErrorOf<typeof Operations.GetPositions>>
  /**
   * GET /portfolio/settlements: Get Settlements.
   * Endpoint for getting the member's settlements historical track.
   */
  readonly getSettlements: (input?: Operations.GetSettlementsInput) => Effect.Effect<Schemas.GetSettlementsResponse, ErrorOf<typeof Operations.GetSettlements>>
  /**
   * Every item of {@link PortfolioApiService.getSettlements} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getSettlementsStream: (input?: StreamInput<Operations.GetSettlementsInput>) => Stream.Stream<Schemas.Settlement, ErrorOf<typeof Operations.GetSettlements>>
  /**
   * GET /portfolio/deposits: Get Deposits.
   * Endpoint for getting the member's deposit history.
   */
  readonly getDeposits: (input?: Operations.GetDepositsInput) => Effect.Effect<Schemas.GetDepositsResponse, ErrorOf<typeof Operations.GetDeposits>>
  /**
   * Every item of {@link PortfolioApiService.getDeposits} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getDepositsStream: (input?: StreamInput<Operations.GetDepositsInput>) => Stream.Stream<Schemas.Deposit, ErrorOf<typeof Operations.GetDeposits>>
  /**
   * GET /portfolio/withdrawals: Get Withdrawals.
   * Endpoint for getting the member's withdrawal history.
   */
  readonly getWithdrawals: (input?: Operations.GetWithdrawalsInput) => Effect.Effect<Schemas.GetWithdrawalsResponse, ErrorOf<typeof Operations.GetWithdrawals>>
  /**
   * Every item of {@link PortfolioApiService.getWithdrawals} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getWithdrawalsStream: (input?: StreamInput<Operations.GetWithdrawalsInput>) => Stream.Stream<Schemas.Withdrawal, ErrorOf<typeof Operations.GetWithdrawals>>
  /**
   * GET /portfolio/summary/total_resting_order_value: Get Total Resting Order Value.
   * Endpoint for getting the total value, in cents, of resting orders. This endpoint is only intended for use by FCM members (rare). Note: If you're uncertain about this endpoint, it likely does not apply to you.
   */
  readonly getPortfolioRestingOrderTotalValue: (input?: Operations.GetPortfolioRestingOrderTotalValueInput) => Effect.Effect<Schemas.GetPortfolioRestingOrderTotalValueResponse, ErrorOf<typeof Operations.GetPortfolioRestingOrderTotalValue>>
  /**
   * GET /portfolio/fills: Get Fills.
   * Endpoint for getting all fills for the member. A fill is when a trade you have is matched.
   * Registered partners may also use a user OAuth access token with the explicitly granted read::compliance_partner scope.
   * Fills that occurred before the historical cutoff are only available via `GET /historical/fills`. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.
   */
  readonly getFills: (input?: Operations.GetFillsInput) => Effect.Effect<Schemas.GetFillsResponse, ErrorOf<typeof Operations.GetFills>>
  /**
   * Every item of {@link PortfolioApiService.getFills} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getFillsStream: (input?: StreamInput<Operations.GetFillsInput>) => Stream.Stream<Schemas.Fill, ErrorOf<typeof Operations.GetFills>>
  /**
   * GET /portfolio/target_balance_allocation: Get Target Balance Allocation.
   * Retrieves the caller's target balance allocation across exchange indexes.
   */
  readonly getTargetBalanceAllocation: (input?: Operations.GetTargetBalanceAllocationInput) => Effect.Effect<Schemas.GetTargetBalanceAllocationResponse, ErrorOf<typeof Operations.GetTargetBalanceAllocation>>
  /**
   * POST /portfolio/target_balance_allocation: Set Target Balance Allocation.
   * Replaces the caller's target balance allocation across exchange indexes.
   * Percentages must total 100. Passing an empty allocations array disables automatic rebalancing.
   */
  readonly setTargetBalanceAllocation: (input: Operations.SetTargetBalanceAllocationInput) => Effect.Effect<Schemas.EmptyResponse, ErrorOf<typeof Operations.SetTargetBalanceAllocation>>
}

/**
 * The `portfolio` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class PortfolioApi extends Context.Tag("@kalshi-effect/rest/PortfolioApi")<PortfolioApi, PortfolioApiService>() {}

/**
 * Builds the `portfolio` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makePortfolioApi = (executor: Executor): PortfolioApiService => ({
    getBalance: executor.call(Operations.GetBalance),
    intraExchangeInstanceTransfer: executor.call(Operations.IntraExchangeInstanceTransfer),
    getIntraExchangeInstanceTransfers: executor.call(Operations.GetIntraExchangeInstanceTransfers),
    getIntraExchangeInstanceTransfersStream: executor.stream(Operations.GetIntraExchangeInstanceTransfers, (page) => page.transfers),
    getIntraExchangeInstanceTransfer: executor.call(Operations.GetIntraExchangeInstanceTransfer),
    createSubaccount: executor.call(Operations.CreateSubaccount),
    applySubaccountTransfer: executor.call(Operations.ApplySubaccountTransfer),
    getSubaccountBalances: executor.call(Operations.GetSubaccountBalances),
    getSubaccountTransfers: executor.call(Operations.GetSubaccountTransfers),
    getSubaccountTransfersStream: executor.stream(Operations.GetSubaccountTransfers, (page) => page.transfers),
    updateSubaccountNetting: executor.call(Operations.UpdateSubaccountNetting),
    getSubaccountNetting: executor.call(Operations.GetSubaccountNetting),
    getPositions: executor.call(Operations.GetPositions),
    getPositionsStream: executor.stream(Operations.GetPositions, (page) => [...page.market_positions.map((value) => ({ field: "market_positions" as const, value })), ...page.event_positions.map((value) => ({ field: "event_positions" as const, value }))]),
    getSettlements: executor.call(Operations.GetSettlements),
    getSettlementsStream: executor.stream(Operations.GetSettlements, (page) => page.settlements),
    getDeposits: executor.call(Operations.GetDeposits),
    getDepositsStream: executor.stream(Operations.GetDeposits, (page) => page.deposits),
    getWithdrawals: executor.call(Operations.GetWithdrawals),
    getWithdrawalsStream: executor.stream(Operations.GetWithdrawals, (page) => page.withdrawals),
    getPortfolioRestingOrderTotalValue: executor.call(Operations.GetPortfolioRestingOrderTotalValue),
    getFills: executor.call(Operations.GetFills),
    getFillsStream: executor.stream(Operations.GetFills, (page) => page.fills),
    getTargetBalanceAllocation: executor.call(Operations.GetTargetBalanceAllocation),
    setTargetBalanceAllocation: executor.call(Operations.SetTargetBalanceAllocation)
})

/**
 * The operations of the `communications` tag.
 * @since 0.1.0
 * @category models
 */
export interface CommunicationsApiService {
  /**
   * GET /communications/id: Get Communications ID.
   * Endpoint for getting the communications ID of the logged-in user.
   */
  readonly getCommunicationsID: (input?: Operations.GetCommunicationsIDInput) => Effect.Effect<Schemas.GetCommunicationsIDResponse, ErrorOf<typeof Operations.GetCommunicationsID>>
  /**
   * GET /communications/block-trade-proposals: Get Block Trade Proposals.
   * Endpoint for getting block trade proposals visible to the authenticated user.
   */
  readonly getBlockTradeProposals: (input?: Operations.GetBlockTradeProposalsInput) => Effect.Effect<Schemas.GetBlockTradeProposalsResponse, ErrorOf<typeof Operations.GetBlockTradeProposals>>
  /**
   * Every item of {@link CommunicationsApiService.getBlockTradeProposals} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getBlockTradeProposalsStream: (input?: StreamInput<Operations.GetBlockTradeProposalsInput>) => Stream.Stream<Schemas.BlockTradeProposal, ErrorOf<typeof Operations.GetBlockTradeProposals>>
  /**
   * POST /communications/block-trade-proposals: Propose Block Trade.
   * Endpoint for creating a block trade proposal.
   */
  readonly proposeBlockTrade: (input: Operations.ProposeBlockTradeInput) => Effect.Effect<Schemas.ProposeBlockTradeResponse, ErrorOf<typeof Operations.ProposeBlockTrade>>
  /**
   * POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept: Accept Block Trade Proposal.
   * Endpoint for accepting a block trade proposal.
   */
  readonly acceptBlockTradeProposal: (input: Operations.AcceptBlockTradeProposalInput) => Effect.Effect<void, ErrorOf<typeof Operations.AcceptBlockTradeProposal>>
  /**
   * GET /communications/rfqs: Get RFQs.
   * List RFQs. Pass pagination cursors back unchanged. A malformed cursor or invalid creator_user_id UUID returns HTTP 400. Use user_filter=self to filter by the authenticated user.
   */
  readonly getRFQs: (input?: Operations.GetRFQsInput) => Effect.Effect<Schemas.GetRFQsResponse, ErrorOf<typeof Operations.GetRFQs>>
  /**
   * Every item of {@link CommunicationsApiService.getRFQs} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getRFQsStream: (input?: StreamInput<Operations.GetRFQsInput>) => Stream.Stream<Schemas.RFQ, ErrorOf<typeof Operations.GetRFQs>>
  /**
   * POST /communications/rfqs: Create RFQ.
   * Endpoint for creating a new RFQ. You can have a maximum of 100 open RFQs at a time.
   */
  readonly createRFQ: (input: Operations.CreateRFQInput) => Effect.Effect<Schemas.CreateRFQResponse, ErrorOf<typeof Operations.CreateRFQ>>
  /**
   * GET /communications/rfqs/{rfq_id}: Get RFQ.
   * Endpoint for getting a single RFQ by id
   */
  readonly getRFQ: (input: Operations.GetRFQInput) => Effect.Effect<Schemas.GetRFQResponse, ErrorOf<typeof Operations.GetRFQ>>
  /**
   * DELETE /communications/rfqs/{rfq_id}: Delete RFQ.
   * Endpoint for deleting an RFQ by ID
   */
  readonly deleteRFQ: (input: Operations.DeleteRFQInput) => Effect.Effect<void, ErrorOf<typeof Operations.DeleteRFQ>>
  /**
   * GET /communications/rfqs/{rfq_id}/quotes/{quote_id}: Get RFQ Quote.
   * Endpoint for getting a particular quote scoped to its RFQ.
   */
  readonly getRFQQuote: (input: Operations.GetRFQQuoteInput) => Effect.Effect<Schemas.GetQuoteResponse, ErrorOf<typeof Operations.GetRFQQuote>>
  /**
   * DELETE /communications/rfqs/{rfq_id}/quotes/{quote_id}: Delete RFQ Quote.
   * Endpoint for deleting a quote scoped to its RFQ, which means it can no longer be accepted.
   */
  readonly deleteRFQQuote: (input: Operations.DeleteRFQQuoteInput) => Effect.Effect<void, ErrorOf<typeof Operations.DeleteRFQQuote>>
  /**
   * PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept: Accept RFQ Quote.
   * Endpoint for accepting a quote scoped to its RFQ. This will require the quoter to confirm.
   */
  readonly acceptRFQQuote: (input: Operations.AcceptRFQQuoteInput) => Effect.Effect<void, ErrorOf<typeof Operations.AcceptRFQQuote>>
  /**
   * PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm: Confirm RFQ Quote.
   * Endpoint for confirming a quote scoped to its RFQ. This will start a timer for order execution.
   */
  readonly confirmRFQQuote: (input: Operations.ConfirmRFQQuoteInput) => Effect.Effect<void, ErrorOf<typeof Operations.ConfirmRFQQuote>>
  /**
   * GET /communications/quotes: Get Quotes.
   * List quotes. The rfq_id filter requires an RFQ UUID. Pass pagination cursors back unchanged; malformed RFQ IDs or cursors return HTTP 400.
   */
  readonly getQuotes: (input?: Operations.GetQuotesInput) => Effect.Effect<Schemas.GetQuotesResponse, ErrorOf<typeof Operations.GetQuotes>>
  /**
   * Every item of {@link CommunicationsApiService.getQuotes} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getQuotesStream: (input?: StreamInput<Operations.GetQuotesInput>) => Stream.Stream<Schemas.Quote, ErrorOf<typeof Operations.GetQuotes>>
  /**
   * POST /communications/quotes: Create Quote.
   * Endpoint for creating a quote in response to an RFQ
   */
  readonly createQuote: (input: Operations.CreateQuoteInput) => Effect.Effect<Schemas.CreateQuoteResponse, ErrorOf<typeof Operations.CreateQuote>>
  /**
   * GET /communications/quotes/{quote_id}: Get Quote.
   * Endpoint for getting a particular quote.
   * @deprecated Use `getRFQQuote` (GET /communications/rfqs/{rfq_id}/quotes/{quote_id}).
   */
  readonly getQuote: (input: Operations.GetQuoteInput) => Effect.Effect<Schemas.GetQuoteResponse, ErrorOf<typeof Operations.GetQuote>>
  /**
   * DELETE /communications/quotes/{quote_id}: Delete Quote.
   * Endpoint for deleting a quote, which means it can no longer be accepted.
   * @deprecated Use `deleteRFQQuote` (DELETE /communications/rfqs/{rfq_id}/quotes/{quote_id}).
   */
  readonly deleteQuote: (input: Operations.DeleteQuoteInput) => Effect.Effect<void, ErrorOf<typeof Operations.DeleteQuote>>
  /**
   * PUT /communications/quotes/{quote_id}/accept: Accept Quote.
   * Endpoint for accepting a quote. This will require the quoter to confirm.
   * @deprecated Use `acceptRFQQuote` (PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept).
   */
  readonly acceptQuote: (input: Operations.AcceptQuoteInput) => Effect.Effect<void, ErrorOf<typeof Operations.AcceptQuote>>
  /**
   * PUT /communications/quotes/{quote_id}/confirm: Confirm Quote.
   * Endpoint for confirming a quote. This will start a timer for order execution.
   * @deprecated Use `confirmRFQQuote` (PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm).
   */
  readonly confirmQuote: (input: Operations.ConfirmQuoteInput) => Effect.Effect<void, ErrorOf<typeof Operations.ConfirmQuote>>
}

/**
 * The `communications` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class CommunicationsApi extends Context.Tag("@kalshi-effect/rest/CommunicationsApi")<CommunicationsApi, CommunicationsApiService>() {}

/**
 * Builds the `communications` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeCommunicationsApi = (executor: Executor): CommunicationsApiService => ({
    getCommunicationsID: executor.call(Operations.GetCommunicationsID),
    getBlockTradeProposals: executor.call(Operations.GetBlockTradeProposals),
    getBlockTradeProposalsStream: executor.stream(Operations.GetBlockTradeProposals, (page) => page.block_trade_proposals),
    proposeBlockTrade: executor.call(Operations.ProposeBlockTrade),
    acceptBlockTradeProposal: executor.call(Operations.AcceptBlockTradeProposal),
    getRFQs: executor.call(Operations.GetRFQs),
    getRFQsStream: executor.stream(Operations.GetRFQs, (page) => page.rfqs),
    createRFQ: executor.call(Operations.CreateRFQ),
    getRFQ: executor.call(Operations.GetRFQ),
    deleteRFQ: executor.call(Operations.DeleteRFQ),
    getRFQQuote: executor.call(Operations.GetRFQQuote),
    deleteRFQQuote: executor.call(Operations.DeleteRFQQuote),
    acceptRFQQuote: executor.call(Operations.AcceptRFQQuote),
    confirmRFQQuote: executor.call(Operations.ConfirmRFQQuote),
    getQuotes: executor.call(Operations.GetQuotes),
    getQuotesStream: executor.stream(Operations.GetQuotes, (page) => page.quotes),
    createQuote: executor.call(Operations.CreateQuote),
    getQuote: executor.call(Operations.GetQuote),
    deleteQuote: executor.call(Operations.DeleteQuote),
    acceptQuote: executor.call(Operations.AcceptQuote),
    confirmQuote: executor.call(Operations.ConfirmQuote)
})

/**
 * The operations of the `api-keys` tag.
 * @since 0.1.0
 * @category models
 */
export interface ApiKeysApiService {
  /**
   * GET /api_keys: Get API Keys.
   * Endpoint for retrieving all API keys associated with the authenticated user.  API keys allow programmatic access to the platform without requiring username/password authentication. Each key has a unique identifier and name.
   */
  readonly getApiKeys: (input?: Operations.GetApiKeysInput) => Effect.Effect<Schemas.GetApiKeysResponse, ErrorOf<typeof Operations.GetApiKeys>>
  /**
   * POST /api_keys: Create API Key.
   * Endpoint for creating a new API key with a user-provided public key.  This endpoint allows users with Premier or Market Maker API usage levels to create API keys by providing their own RSA or Ed25519 public key in PEM format. The platform will use this public key to verify signatures on API requests: RSA-PSS with SHA-256 for RSA keys, Ed25519 for Ed25519 keys.
   */
  readonly createApiKey: (input: Operations.CreateApiKeyInput) => Effect.Effect<Schemas.CreateApiKeyResponse, ErrorOf<typeof Operations.CreateApiKey>>
  /**
   * POST /api_keys/generate: Generate API Key.
   * Endpoint for generating a new API key with an automatically created key pair.  This endpoint generates a key pair of the requested key_type (RSA when omitted). The public key is stored on the platform, while the private key is returned to the user and must be stored securely. The private key cannot be retrieved again.
   */
  readonly generateApiKey: (input: Operations.GenerateApiKeyInput) => Effect.Effect<Schemas.GenerateApiKeyResponse, ErrorOf<typeof Operations.GenerateApiKey>>
  /**
   * DELETE /api_keys/{api_key}: Delete API Key.
   * Endpoint for deleting an existing API key.  This endpoint permanently deletes an API key. Once deleted, the key can no longer be used for authentication. This action cannot be undone.
   */
  readonly deleteApiKey: (input: Operations.DeleteApiKeyInput) => Effect.Effect<void, ErrorOf<typeof Operations.DeleteApiKey>>
}

/**
 * The `api-keys` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class ApiKeysApi extends Context.Tag("@kalshi-effect/rest/ApiKeysApi")<ApiKeysApi, ApiKeysApiService>() {}

/**
 * Builds the `api-keys` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeApiKeysApi = (executor: Executor): ApiKeysApiService => ({
    getApiKeys: executor.call(Operations.GetApiKeys),
    createApiKey: executor.call(Operations.CreateApiKey),
    generateApiKey: executor.call(Operations.GenerateApiKey),
    deleteApiKey: executor.call(Operations.DeleteApiKey)
})

/**
 * The operations of the `account` tag.
 * @since 0.1.0
 * @category models
 */
export interface AccountApiService {
  /**
   * GET /account/limits: Get Account API Limits.
   * Endpoint to retrieve the authenticated user's Predictions API usage tier and token-bucket limits. Public Predictions tiers include Basic, Advanced, Expert, Premier, Paragon, Prime, and Prestige.
   */
  readonly getAccountApiLimits: (input?: Operations.GetAccountApiLimitsInput) => Effect.Effect<Schemas.GetAccountApiLimitsResponse, ErrorOf<typeof Operations.GetAccountApiLimits>>
  /**
   * POST /account/api_usage_level/upgrade: Upgrade Account API Usage Level.
   * Grants a permanent Advanced API usage-level grant. Currently only the Predictions exchange instance is supported. Criteria: at least 1 of the user's last 100 Predictions orders was created via API. Use Get Account API Limits to inspect the resulting usage tier and grants.
   */
  readonly upgradeAccountApiUsageLevel: (input?: Operations.UpgradeAccountApiUsageLevelInput) => Effect.Effect<void, ErrorOf<typeof Operations.UpgradeAccountApiUsageLevel>>
  /**
   * GET /account/api_usage_level/volume_progress: Get Account API Usage Level Volume Progress.
   * Returns the authenticated user's latest cron-computed trading volume progress toward volume-based API usage tiers for the predictions (event_contract) lane. Volume figures are reported as fixed-point contract counts.
   */
  readonly getAccountApiUsageLevelVolumeProgress: (input?: Operations.GetAccountApiUsageLevelVolumeProgressInput) => Effect.Effect<Schemas.GetAccountApiUsageLevelVolumeProgressResponse, ErrorOf<typeof Operations.GetAccountApiUsageLevelVolumeProgress>>
  /**
   * GET /account/endpoint_costs: List Non-Default Endpoint Costs.
   * Lists API v2 endpoints whose configured token cost differs from the default cost. Endpoints that use the default cost are omitted.
   */
  readonly getAccountEndpointCosts: (input?: Operations.GetAccountEndpointCostsInput) => Effect.Effect<Schemas.GetAccountEndpointCostsResponse, ErrorOf<typeof Operations.GetAccountEndpointCosts>>
}

/**
 * The `account` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class AccountApi extends Context.Tag("@kalshi-effect/rest/AccountApi")<AccountApi, AccountApiService>() {}

/**
 * Builds the `account` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeAccountApi = (executor: Executor): AccountApiService => ({
    getAccountApiLimits: executor.call(Operations.GetAccountApiLimits),
    upgradeAccountApiUsageLevel: executor.call(Operations.UpgradeAccountApiUsageLevel),
    getAccountApiUsageLevelVolumeProgress: executor.call(Operations.GetAccountApiUsageLevelVolumeProgress),
    getAccountEndpointCosts: executor.call(Operations.GetAccountEndpointCosts)
})

/**
 * The operations of the `search` tag.
 * @since 0.1.0
 * @category models
 */
export interface SearchApiService {
  /**
   * GET /search/tags_by_categories: Get Tags for Series Categories.
   * Retrieve tags organized by series categories.
   */
  readonly getTagsForSeriesCategories: (input?: Operations.GetTagsForSeriesCategoriesInput) => Effect.Effect<Schemas.GetTagsForSeriesCategoriesResponse, ErrorOf<typeof Operations.GetTagsForSeriesCategories>>
  /**
   * GET /search/filters_by_sport: Get Filters for Sports.
   * Retrieve available filters organized by sport.
   */
  readonly getFiltersForSports: (input?: Operations.GetFiltersForSportsInput) => Effect.Effect<Schemas.GetFiltersBySportsResponse, ErrorOf<typeof Operations.GetFiltersForSports>>
}

/**
 * The `search` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class SearchApi extends Context.Tag("@kalshi-effect/rest/SearchApi")<SearchApi, SearchApiService>() {}

/**
 * Builds the `search` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeSearchApi = (executor: Executor): SearchApiService => ({
    getTagsForSeriesCategories: executor.call(Operations.GetTagsForSeriesCategories),
    getFiltersForSports: executor.call(Operations.GetFiltersForSports)
})

/**
 * The operations of the `live-data` tag.
 * @since 0.1.0
 * @category models
 */
export interface LiveDataApiService {
  /**
   * GET /live_data/milestone/{milestone_id}: Get Live Data.
   * Get live data for a specific milestone.
   */
  readonly getLiveDataByMilestone: (input: Operations.GetLiveDataByMilestoneInput) => Effect.Effect<Schemas.GetLiveDataResponse, ErrorOf<typeof Operations.GetLiveDataByMilestone>>
  /**
   * GET /live_data/{type}/milestone/{milestone_id}: Get Live Data (with type).
   * Get live data for a specific milestone. This is the legacy endpoint that requires a type path parameter. Prefer using `/live_data/milestone/{milestone_id}` instead.
   */
  readonly getLiveData: (input: Operations.GetLiveDataInput) => Effect.Effect<Schemas.GetLiveDataResponse, ErrorOf<typeof Operations.GetLiveData>>
  /**
   * GET /live_data/batch: Get Multiple Live Data.
   * Get live data for multiple milestones
   */
  readonly getLiveDatas: (input: Operations.GetLiveDatasInput) => Effect.Effect<Schemas.GetLiveDatasResponse, ErrorOf<typeof Operations.GetLiveDatas>>
  /**
   * GET /live_data/milestone/{milestone_id}/game_stats: Get Game Stats.
   * Get play-by-play game statistics for a specific milestone. Supported sports: Pro Football, College Football, Pro Basketball, College Men's Basketball, College Women's Basketball, WNBA, Soccer, Pro Hockey, and Pro Baseball. Returns null for unsupported milestone types or milestones without a Sportradar ID.
   */
  readonly getGameStats: (input: Operations.GetGameStatsInput) => Effect.Effect<Schemas.GetGameStatsResponse, ErrorOf<typeof Operations.GetGameStats>>
  /**
   * GET /live_data/events/{event_ticker}: Get Event Live Data.
   * Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price charts, commodity price timeseries, and weather observations. The `type` field in the response names the schema of the `details` object.
   */
  readonly getEventLiveData: (input: Operations.GetEventLiveDataInput) => Effect.Effect<Schemas.GetEventLiveDataResponse, ErrorOf<typeof Operations.GetEventLiveData>>
  /**
   * GET /live_data/weather/{city}: Get Weather Index.
   * Get the Kalshi-computed city temperature index: the canonical minute-resolution series behind hourly temperature markets. City-keyed and independent of any event — the series exists whenever the city's index is configured. Values are Fahrenheit rounded to 0.01. Minutes where the index quorum failed carry no value and are never returned as points, so gaps in the series are real gaps. With `detailed=true` each point additionally carries every member station's reported reading and quality-control disposition — the pre-incorporation breakdown.
   */
  readonly getWeatherIndex: (input: Operations.GetWeatherIndexInput) => Effect.Effect<Schemas.GetWeatherIndexResponse, ErrorOf<typeof Operations.GetWeatherIndex>>
  /**
   * GET /live_data/weather/{city}/calibrations: Get Weather Index Calibrations.
   * Get a city's published weather-index configuration timeline: the launch configuration plus every weekly offset calibration and methodology update, ascending by effective time. Each record carries the station weights, station offsets (Celsius), and the city reference used to compute index values from the record's effective time until the next record — everything needed to reproduce published index values for minutes computed under that configuration version. Offsets are re-estimated weekly after each complete UTC week; weights never change through calibration. The timeline is append-only and complete: it is never trimmed.
   */
  readonly getWeatherIndexCalibrations: (input: Operations.GetWeatherIndexCalibrationsInput) => Effect.Effect<Schemas.GetWeatherIndexCalibrationsResponse, ErrorOf<typeof Operations.GetWeatherIndexCalibrations>>
}

/**
 * The `live-data` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class LiveDataApi extends Context.Tag("@kalshi-effect/rest/LiveDataApi")<LiveDataApi, LiveDataApiService>() {}

/**
 * Builds the `live-data` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeLiveDataApi = (executor: Executor): LiveDataApiService => ({
    getLiveDataByMilestone: executor.call(Operations.GetLiveDataByMilestone),
    getLiveData: executor.call(Operations.GetLiveData),
    getLiveDatas: executor.call(Operations.GetLiveDatas),
    getGameStats: executor.call(Operations.GetGameStats),
    getEventLiveData: executor.call(Operations.GetEventLiveData),
    getWeatherIndex: executor.call(Operations.GetWeatherIndex),
    getWeatherIndexCalibrations: executor.call(Operations.GetWeatherIndexCalibrations)
})

/**
 * The operations of the `structured-targets` tag.
 * @since 0.1.0
 * @category models
 */
export interface StructuredTargetsApiService {
  /**
   * GET /structured_targets: Get Structured Targets.
   * Page size (min: 1, max: 2000)
   */
  readonly getStructuredTargets: (input?: Operations.GetStructuredTargetsInput) => Effect.Effect<Schemas.GetStructuredTargetsResponse, ErrorOf<typeof Operations.GetStructuredTargets>>
  /**
   * Every item of {@link StructuredTargetsApiService.getStructuredTargets} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getStructuredTargetsStream: (input?: StreamInput<Operations.GetStructuredTargetsInput>) => Stream.Stream<Schemas.StructuredTarget, ErrorOf<typeof Operations.GetStructuredTargets>>
  /**
   * GET /structured_targets/{structured_target_id}: Get Structured Target.
   * Endpoint for getting data about a specific structured target by its ID.
   */
  readonly getStructuredTarget: (input: Operations.GetStructuredTargetInput) => Effect.Effect<Schemas.GetStructuredTargetResponse, ErrorOf<typeof Operations.GetStructuredTarget>>
}

/**
 * The `structured-targets` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class StructuredTargetsApi extends Context.Tag("@kalshi-effect/rest/StructuredTargetsApi")<StructuredTargetsApi, StructuredTargetsApiService>() {}

/**
 * Builds the `structured-targets` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeStructuredTargetsApi = (executor: Executor): StructuredTargetsApiService => ({
    getStructuredTargets: executor.call(Operations.GetStructuredTargets),
    getStructuredTargetsStream: executor.stream(Operations.GetStructuredTargets, (page) => page.structured_targets),
    getStructuredTarget: executor.call(Operations.GetStructuredTarget)
})

/**
 * The operations of the `milestone` tag.
 * @since 0.1.0
 * @category models
 */
export interface MilestoneApiService {
  /**
   * GET /milestones/{milestone_id}: Get Milestone.
   * Endpoint for getting data about a specific milestone by its ID.
   */
  readonly getMilestone: (input: Operations.GetMilestoneInput) => Effect.Effect<Schemas.GetMilestoneResponse, ErrorOf<typeof Operations.GetMilestone>>
  /**
   * GET /milestones: Get Milestones.
   * Minimum start date to filter milestones. Format: RFC3339 timestamp
   */
  readonly getMilestones: (input: Operations.GetMilestonesInput) => Effect.Effect<Schemas.GetMilestonesResponse, ErrorOf<typeof Operations.GetMilestones>>
  /**
   * Every item of {@link MilestoneApiService.getMilestones} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getMilestonesStream: (input: StreamInput<Operations.GetMilestonesInput>) => Stream.Stream<Schemas.Milestone, ErrorOf<typeof Operations.GetMilestones>>
}

/**
 * The `milestone` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class MilestoneApi extends Context.Tag("@kalshi-effect/rest/MilestoneApi")<MilestoneApi, MilestoneApiService>() {}

/**
 * Builds the `milestone` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeMilestoneApi = (executor: Executor): MilestoneApiService => ({
    getMilestone: executor.call(Operations.GetMilestone),
    getMilestones: executor.call(Operations.GetMilestones),
    getMilestonesStream: executor.stream(Operations.GetMilestones, (page) => page.milestones)
})

/**
 * The operations of the `multivariate` tag.
 * @since 0.1.0
 * @category models
 */
export interface MultivariateApiService {
  /**
   * GET /multivariate_event_collections/{collection_ticker}: Get Multivariate Event Collection.
   * Endpoint for getting data about a multivariate event collection by its ticker.
   */
  readonly getMultivariateEventCollection: (input: Operations.GetMultivariateEventCollectionInput) => Effect.Effect<Schemas.GetMultivariateEventCollectionResponse, ErrorOf<typeof Operations.GetMultivariateEventCollection>>
  /**
   * POST /multivariate_event_collections/{collection_ticker}: Create Market In Multivariate Event Collection.
   * Endpoint for creating an individual market in a multivariate event collection. This endpoint must be hit at least once before trading or looking up a market. Users are limited to 5000 creations per week.
   */
  readonly createMarketInMultivariateEventCollection: (input: Operations.CreateMarketInMultivariateEventCollectionInput) => Effect.Effect<Schemas.CreateMarketInMultivariateEventCollectionResponse, ErrorOf<typeof Operations.CreateMarketInMultivariateEventCollection>>
  /**
   * GET /multivariate_event_collections: Get Multivariate Event Collections.
   * Endpoint for getting data about multivariate event collections.
   */
  readonly getMultivariateEventCollections: (input?: Operations.GetMultivariateEventCollectionsInput) => Effect.Effect<Schemas.GetMultivariateEventCollectionsResponse, ErrorOf<typeof Operations.GetMultivariateEventCollections>>
  /**
   * Every item of {@link MultivariateApiService.getMultivariateEventCollections} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getMultivariateEventCollectionsStream: (input?: StreamInput<Operations.GetMultivariateEventCollectionsInput>) => Stream.Stream<Schemas.MultivariateEventCollection, ErrorOf<typeof Operations.GetMultivariateEventCollections>>
}

/**
 * The `multivariate` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class MultivariateApi extends Context.Tag("@kalshi-effect/rest/MultivariateApi")<MultivariateApi, MultivariateApiService>() {}

/**
 * Builds the `multivariate` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeMultivariateApi = (executor: Executor): MultivariateApiService => ({
    getMultivariateEventCollection: executor.call(Operations.GetMultivariateEventCollection),
    createMarketInMultivariateEventCollection: executor.call(Operations.CreateMarketInMultivariateEventCollection),
    getMultivariateEventCollections: executor.call(Operations.GetMultivariateEventCollections),
    getMultivariateEventCollectionsStream: executor.stream(Operations.GetMultivariateEventCollections, (page) => page.multivariate_contracts)
})

/**
 * The operations of the `incentive-programs` tag.
 * @since 0.1.0
 * @category models
 */
export interface IncentiveProgramsApiService {
  /**
   * GET /incentive_programs: Get Incentives.
   * List incentives with optional filters. Incentives are rewards programs for trading activity on specific markets.
   */
  readonly getIncentivePrograms: (input?: Operations.GetIncentiveProgramsInput) => Effect.Effect<Schemas.GetIncentiveProgramsResponse, ErrorOf<typeof Operations.GetIncentivePrograms>>
  /**
   * Every item of {@link IncentiveProgramsApiService.getIncentivePrograms} across pages, following `next_cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getIncentiveProgramsStream: (input?: StreamInput<Operations.GetIncentiveProgramsInput>) => Stream.Stream<Schemas.IncentiveProgram, ErrorOf<typeof Operations.GetIncentivePrograms>>
}

/**
 * The `incentive-programs` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class IncentiveProgramsApi extends Context.Tag("@kalshi-effect/rest/IncentiveProgramsApi")<IncentiveProgramsApi, IncentiveProgramsApiService>() {}

/**
 * Builds the `incentive-programs` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeIncentiveProgramsApi = (executor: Executor): IncentiveProgramsApiService => ({
    getIncentivePrograms: executor.call(Operations.GetIncentivePrograms),
    getIncentiveProgramsStream: executor.stream(Operations.GetIncentivePrograms, (page) => page.incentive_programs)
})

/**
 * The operations of the `fcm` tag.
 * @since 0.1.0
 * @category models
 */
export interface FcmApiService {
  /**
   * GET /fcm/fills: Get FCM Fills.
   * Returns fills across the authenticated FCM's subtraders. Requires FCM member access.
   */
  readonly getFCMFills: (input?: Operations.GetFCMFillsInput) => Effect.Effect<Schemas.GetFcmFillsResponse, ErrorOf<typeof Operations.GetFCMFills>>
  /**
   * Every item of {@link FcmApiService.getFCMFills} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getFCMFillsStream: (input?: StreamInput<Operations.GetFCMFillsInput>) => Stream.Stream<Schemas.FcmFill, ErrorOf<typeof Operations.GetFCMFills>>
  /**
   * GET /fcm/orders: Get FCM Orders.
   * Endpoint for FCM members to get orders for their subtraders.
   * This endpoint requires FCM member access level. At least one of `subtrader_id` or
   * `client_order_ids` is required; supplying both returns only the orders matching both filters.
   * API keys bound to a single FCM subtrader may also call this endpoint: `subtrader_id` may be
   * omitted and defaults to the key's bound subtrader, and if supplied it must equal the bound
   * subtrader or the request is rejected.
   */
  readonly getFCMOrders: (input?: Operations.GetFCMOrdersInput) => Effect.Effect<Schemas.GetOrdersResponse, ErrorOf<typeof Operations.GetFCMOrders>>
  /**
   * Every item of {@link FcmApiService.getFCMOrders} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getFCMOrdersStream: (input?: StreamInput<Operations.GetFCMOrdersInput>) => Stream.Stream<Schemas.Order, ErrorOf<typeof Operations.GetFCMOrders>>
  /**
   * GET /fcm/subtraders: List FCM Subtraders.
   * Lists the authenticated FCM's event-contract subtraders, including accounts with
   * no trades. Exchange metadata is asynchronous, so newly created accounts may not
   * appear immediately. Trading block status includes firm-wide and Kalshi restrictions;
   * fcm_trading_blocked identifies the FCM's own per-subtrader restriction.
   */
  readonly listFCMSubtraders: (input?: Operations.ListFCMSubtradersInput) => Effect.Effect<Schemas.ListFCMSubtradersResponse, ErrorOf<typeof Operations.ListFCMSubtraders>>
  /**
   * POST /fcm/subtraders: Create FCM Subtrader.
   * Endpoint for FCM members to create a subtrader on the event-contract exchange. The
   * subtrader is registered on every exchange shard that knows the FCM; a shard provisioned
   * later registers it lazily on the subtrader's first order there. Re-creating an existing
   * subtrader returns 409.
   */
  readonly createFCMSubtrader: (input: Operations.CreateFCMSubtraderInput) => Effect.Effect<Schemas.CreateFCMSubtraderResponse, ErrorOf<typeof Operations.CreateFCMSubtrader>>
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
   */
  readonly getFCMEventContractDailyCap: (input?: Operations.GetFCMEventContractDailyCapInput) => Effect.Effect<Schemas.GetFCMEventContractDailyCapResponse, ErrorOf<typeof Operations.GetFCMEventContractDailyCap>>
  /**
   * PUT /fcm/subtraders/event_contract_daily_cap: Update FCM Subtrader Event Contract Daily Cap.
   * Sets the event-contract daily premium cap for an FCM member's subtrader. The cap bounds
   * the subtrader's net premium at risk per trading day. It is enforced on cap-reservation
   * sessions — which every subtrader-bound API key uses — and is mandatory there: a subtrader
   * with no cap cannot trade through its bound keys. Cap changes take effect immediately;
   * existing resting orders are never cancelled by a cap change.
   */
  readonly updateFCMEventContractDailyCap: (input: Operations.UpdateFCMEventContractDailyCapInput) => Effect.Effect<Schemas.EmptyResponse, ErrorOf<typeof Operations.UpdateFCMEventContractDailyCap>>
  /**
   * DELETE /fcm/subtraders/event_contract_daily_cap: Delete FCM Subtrader Event Contract Daily Cap.
   * Removes the event-contract daily premium cap for an FCM member's subtrader. Removal
   * closes the subtrader to new orders on cap-reservation sessions — every subtrader-bound
   * API key — until a cap is set again. It does not stop orders your own unbound sessions
   * submit on the subtrader's behalf; to stop the account entirely, block subtrader trading.
   */
  readonly deleteFCMEventContractDailyCap: (input: Operations.DeleteFCMEventContractDailyCapInput) => Effect.Effect<Schemas.EmptyResponse, ErrorOf<typeof Operations.DeleteFCMEventContractDailyCap>>
  /**
   * GET /fcm/subtraders/blocked_categories: Get FCM Subtrader Blocked Categories.
   * Returns the event categories an FCM member has blocked for one of its
   * subtraders. The subtrader must belong to the requesting FCM. A subtrader
   * with no blocks returns an empty list.
   */
  readonly getFCMSubtraderBlockedCategories: (input: Operations.GetFCMSubtraderBlockedCategoriesInput) => Effect.Effect<Schemas.GetFCMSubtraderBlockedCategoriesResponse, ErrorOf<typeof Operations.GetFCMSubtraderBlockedCategories>>
  /**
   * PUT /fcm/subtraders/blocked_categories: Update FCM Subtrader Blocked Categories.
   * Adds one event category to, or removes one from, the set an FCM member
   * has blocked for one of its subtraders. The subtrader must belong to the
   * requesting FCM. Blocks apply prospectively: new orders the subtrader
   * places through its bound API credentials are rejected in markets whose
   * event belongs to a blocked category, while orders already resting are
   * not cancelled. Returns the subtrader's full resulting blocked set.
   */
  readonly updateFCMSubtraderBlockedCategories: (input: Operations.UpdateFCMSubtraderBlockedCategoriesInput) => Effect.Effect<Schemas.UpdateFCMSubtraderBlockedCategoriesResponse, ErrorOf<typeof Operations.UpdateFCMSubtraderBlockedCategories>>
  /**
   * GET /fcm/positions: Get FCM Positions.
   * Endpoint for FCM members to get market positions filtered by subtrader ID.
   * This endpoint requires FCM member access level and allows filtering positions by subtrader ID.
   * API keys bound to a single FCM subtrader may also call this endpoint: `subtrader_id` may be
   * omitted and defaults to the key's bound subtrader, and if supplied it must equal the bound
   * subtrader or the request is rejected.
   */
  readonly getFCMPositions: (input?: Operations.GetFCMPositionsInput) => Effect.Effect<Schemas.GetPositionsResponse, ErrorOf<typeof Operations.GetFCMPositions>>
  /**
   * Every item of {@link FcmApiService.getFCMPositions} across pages, following `cursor` until it is empty.
   * Yields the items of `market_positions` and `event_positions`, each tagged with its field.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getFCMPositionsStream: (input?: StreamInput<Operations.GetFCMPositionsInput>) => Stream.Stream<{ readonly field: "market_positions"; readonly value: Schemas.MarketPosition } | { readonly field: "event_positions"; readonly value: Schemas.EventPosition }, ErrorOf<typeof Operations.GetFCMPositions>>
}

/**
 * The `fcm` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class FcmApi extends Context.Tag("@kalshi-effect/rest/FcmApi")<FcmApi, FcmApiService>() {}

/**
 * Builds the `fcm` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeFcmApi = (executor: Executor): FcmApiService => ({
    getFCMFills: executor.call(Operations.GetFCMFills),
    getFCMFillsStream: executor.stream(Operations.GetFCMFills, (page) => page.fills),
    getFCMOrders: executor.call(Operations.GetFCMOrders),
    getFCMOrdersStream: executor.stream(Operations.GetFCMOrders, (page) => page.orders),
    listFCMSubtraders: executor.call(Operations.ListFCMSubtraders),
    createFCMSubtrader: executor.call(Operations.CreateFCMSubtrader),
    getFCMEventContractDailyCap: executor.call(Operations.GetFCMEventContractDailyCap),
    updateFCMEventContractDailyCap: executor.call(Operations.UpdateFCMEventContractDailyCap),
    deleteFCMEventContractDailyCap: executor.call(Operations.DeleteFCMEventContractDailyCap),
    getFCMSubtraderBlockedCategories: executor.call(Operations.GetFCMSubtraderBlockedCategories),
    updateFCMSubtraderBlockedCategories: executor.call(Operations.UpdateFCMSubtraderBlockedCategories),
    getFCMPositions: executor.call(Operations.GetFCMPositions),
    getFCMPositionsStream: executor.stream(Operations.GetFCMPositions, (page) => [...page.market_positions.map((value) => ({ field: "market_positions" as const, value })), ...page.event_positions.map((value) => ({ field: "event_positions" as const, value }))])
})

/**
 * The operations of the `historical` tag.
 * @since 0.1.0
 * @category models
 */
export interface HistoricalApiService {
  /**
   * GET /historical/cutoff: Get Historical Cutoff Timestamps.
   * Returns the cutoff timestamps that define the boundary between **live** and **historical** data.
   */
  readonly getHistoricalCutoff: (input?: Operations.GetHistoricalCutoffInput) => Effect.Effect<Schemas.GetHistoricalCutoffResponse, ErrorOf<typeof Operations.GetHistoricalCutoff>>
  /**
   * GET /historical/markets/{ticker}/candlesticks: Get Historical Market Candlesticks.
   * Endpoint for fetching historical candlestick data for markets that have been archived from the live data set. Time period length of each candlestick in minutes. Valid values: 1 (1 minute), 60 (1 hour), 1440 (1 day).
   */
  readonly getMarketCandlesticksHistorical: (input: Operations.GetMarketCandlesticksHistoricalInput) => Effect.Effect<Schemas.GetMarketCandlesticksHistoricalResponse, ErrorOf<typeof Operations.GetMarketCandlesticksHistorical>>
  /**
   * GET /historical/fills: Get Historical Fills.
   * Endpoint for getting all historical fills for the member. A fill is when a trade you have is matched.
   * API keys restricted to a subaccount return only that subaccount's fills. If supplied, `subaccount` must match the key's restriction.
   * Registered partners may also use a user OAuth access token with the explicitly granted read::compliance_partner scope.
   */
  readonly getFillsHistorical: (input?: Operations.GetFillsHistoricalInput) => Effect.Effect<Schemas.GetFillsResponse, ErrorOf<typeof Operations.GetFillsHistorical>>
  /**
   * Every item of {@link HistoricalApiService.getFillsHistorical} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getFillsHistoricalStream: (input?: StreamInput<Operations.GetFillsHistoricalInput>) => Stream.Stream<Schemas.Fill, ErrorOf<typeof Operations.GetFillsHistorical>>
  /**
   * GET /historical/orders: Get Historical Orders.
   * Endpoint for getting orders that have been archived to the historical database.
   * API keys restricted to a subaccount return only that subaccount's orders. If supplied, `subaccount` must match the key's restriction.
   */
  readonly getHistoricalOrders: (input?: Operations.GetHistoricalOrdersInput) => Effect.Effect<Schemas.GetOrdersResponse, ErrorOf<typeof Operations.GetHistoricalOrders>>
  /**
   * Every item of {@link HistoricalApiService.getHistoricalOrders} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getHistoricalOrdersStream: (input?: StreamInput<Operations.GetHistoricalOrdersInput>) => Stream.Stream<Schemas.Order, ErrorOf<typeof Operations.GetHistoricalOrders>>
  /**
   * GET /historical/positions: Get Historical Positions.
   * Endpoint for getting settled market positions that have been archived to the historical database. Positions whose markets were archived before `market_positions_last_updated_ts` on `GET /historical/cutoff` are available via this endpoint. Positions are archived per whole event: a settled event's positions move here together and are never split between this endpoint and `GET /portfolio/positions`. Unsettled positions are always available via `GET /portfolio/positions`.
   */
  readonly getHistoricalPositions: (input?: Operations.GetHistoricalPositionsInput) => Effect.Effect<Schemas.GetPositionsResponse, ErrorOf<typeof Operations.GetHistoricalPositions>>
  /**
   * Every item of {@link HistoricalApiService.getHistoricalPositions} across pages, following `cursor` until it is empty.
   * Yields the items of `market_positions` and `event_positions`, each tagged with its field.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getHistoricalPositionsStream: (input?: StreamInput<Operations.GetHistoricalPositionsInput>) => Stream.Stream<{ readonly field: "market_positions"; readonly value: Schemas.MarketPosition } | { readonly field: "event_positions"; readonly value: Schemas.EventPosition }, ErrorOf<typeof Operations.GetHistoricalPositions>>
  /**
   * GET /historical/trades: Get Historical Trades.
   * Endpoint for getting all historical trades for all markets. Trades that were filled before the historical cutoff are available via this endpoint. Block trades are included by default and identified by the `is_block_trade` field; use the `is_block_trade` query parameter to filter by block / non-block. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.
   */
  readonly getTradesHistorical: (input?: Operations.GetTradesHistoricalInput) => Effect.Effect<Schemas.GetTradesResponse, ErrorOf<typeof Operations.GetTradesHistorical>>
  /**
   * Every item of {@link HistoricalApiService.getTradesHistorical} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getTradesHistoricalStream: (input?: StreamInput<Operations.GetTradesHistoricalInput>) => Stream.Stream<Schemas.Trade, ErrorOf<typeof Operations.GetTradesHistorical>>
  /**
   * GET /historical/markets: Get Historical Markets.
   * Endpoint for getting markets that have been archived to the historical database. Filters are mutually exclusive.
   */
  readonly getHistoricalMarkets: (input?: Operations.GetHistoricalMarketsInput) => Effect.Effect<Schemas.GetMarketsResponse, ErrorOf<typeof Operations.GetHistoricalMarkets>>
  /**
   * Every item of {@link HistoricalApiService.getHistoricalMarkets} across pages, following `cursor` until it is empty.
   * Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.
   */
  readonly getHistoricalMarketsStream: (input?: StreamInput<Operations.GetHistoricalMarketsInput>) => Stream.Stream<Schemas.Market, ErrorOf<typeof Operations.GetHistoricalMarkets>>
  /**
   * GET /historical/markets/{ticker}: Get Historical Market.
   * Endpoint for getting data about a specific market by its ticker from the historical database.
   */
  readonly getHistoricalMarket: (input: Operations.GetHistoricalMarketInput) => Effect.Effect<Schemas.GetMarketResponse, ErrorOf<typeof Operations.GetHistoricalMarket>>
}

/**
 * The `historical` operations of the Trade API.
 * @since 0.1.0
 * @category tags
 */
export class HistoricalApi extends Context.Tag("@kalshi-effect/rest/HistoricalApi")<HistoricalApi, HistoricalApiService>() {}

/**
 * Builds the `historical` service over an executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeHistoricalApi = (executor: Executor): HistoricalApiService => ({
    getHistoricalCutoff: executor.call(Operations.GetHistoricalCutoff),
    getMarketCandlesticksHistorical: executor.call(Operations.GetMarketCandlesticksHistorical),
    getFillsHistorical: executor.call(Operations.GetFillsHistorical),
    getFillsHistoricalStream: executor.stream(Operations.GetFillsHistorical, (page) => page.fills),
    getHistoricalOrders: executor.call(Operations.GetHistoricalOrders),
    getHistoricalOrdersStream: executor.stream(Operations.GetHistoricalOrders, (page) => page.orders),
    getHistoricalPositions: executor.call(Operations.GetHistoricalPositions),
    getHistoricalPositionsStream: executor.stream(Operations.GetHistoricalPositions, (page) => [...page.market_positions.map((value) => ({ field: "market_positions" as const, value })), ...page.event_positions.map((value) => ({ field: "event_positions" as const, value }))]),
    getTradesHistorical: executor.call(Operations.GetTradesHistorical),
    getTradesHistoricalStream: executor.stream(Operations.GetTradesHistorical, (page) => page.trades),
    getHistoricalMarkets: executor.call(Operations.GetHistoricalMarkets),
    getHistoricalMarketsStream: executor.stream(Operations.GetHistoricalMarkets, (page) => page.markets),
    getHistoricalMarket: executor.call(Operations.GetHistoricalMarket)
})

/**
 * Every service of the Trade API.
 * @since 0.1.0
 * @category models
 */
export type AllApis =
  | ExchangeApi
  | MarketApi
  | EventsApi
  | OrdersApi
  | OrderGroupsApi
  | PortfolioApi
  | CommunicationsApi
  | ApiKeysApi
  | AccountApi
  | SearchApi
  | LiveDataApi
  | StructuredTargetsApi
  | MilestoneApi
  | MultivariateApi
  | IncentiveProgramsApi
  | FcmApi
  | HistoricalApi

/**
 * The implementations of every service, by name.
 * @since 0.1.0
 * @category models
 */
export interface Apis {
  readonly ExchangeApi: ExchangeApiService
  readonly MarketApi: MarketApiService
  readonly EventsApi: EventsApiService
  readonly OrdersApi: OrdersApiService
  readonly OrderGroupsApi: OrderGroupsApiService
  readonly PortfolioApi: PortfolioApiService
  readonly CommunicationsApi: CommunicationsApiService
  readonly ApiKeysApi: ApiKeysApiService
  readonly AccountApi: AccountApiService
  readonly SearchApi: SearchApiService
  readonly LiveDataApi: LiveDataApiService
  readonly StructuredTargetsApi: StructuredTargetsApiService
  readonly MilestoneApi: MilestoneApiService
  readonly MultivariateApi: MultivariateApiService
  readonly IncentiveProgramsApi: IncentiveProgramsApiService
  readonly FcmApi: FcmApiService
  readonly HistoricalApi: HistoricalApiService
}

/**
 * Builds every service over one executor.
 * @since 0.1.0
 * @category constructors
 */
export const makeApis = (executor: Executor): Apis => ({
  ExchangeApi: makeExchangeApi(executor),
  MarketApi: makeMarketApi(executor),
  EventsApi: makeEventsApi(executor),
  OrdersApi: makeOrdersApi(executor),
  OrderGroupsApi: makeOrderGroupsApi(executor),
  PortfolioApi: makePortfolioApi(executor),
  CommunicationsApi: makeCommunicationsApi(executor),
  ApiKeysApi: makeApiKeysApi(executor),
  AccountApi: makeAccountApi(executor),
  SearchApi: makeSearchApi(executor),
  LiveDataApi: makeLiveDataApi(executor),
  StructuredTargetsApi: makeStructuredTargetsApi(executor),
  MilestoneApi: makeMilestoneApi(executor),
  MultivariateApi: makeMultivariateApi(executor),
  IncentiveProgramsApi: makeIncentiveProgramsApi(executor),
  FcmApi: makeFcmApi(executor),
  HistoricalApi: makeHistoricalApi(executor)
})

/**
 * The context holding every service.
 * @since 0.1.0
 * @category constructors
 */
export const toContext = (apis: Apis): Context.Context<AllApis> =>
  Context.make(ExchangeApi, apis.ExchangeApi).pipe(
    Context.add(MarketApi, apis.MarketApi),
    Context.add(EventsApi, apis.EventsApi),
    Context.add(OrdersApi, apis.OrdersApi),
    Context.add(OrderGroupsApi, apis.OrderGroupsApi),
    Context.add(PortfolioApi, apis.PortfolioApi),
    Context.add(CommunicationsApi, apis.CommunicationsApi),
    Context.add(ApiKeysApi, apis.ApiKeysApi),
    Context.add(AccountApi, apis.AccountApi),
    Context.add(SearchApi, apis.SearchApi),
    Context.add(LiveDataApi, apis.LiveDataApi),
    Context.add(StructuredTargetsApi, apis.StructuredTargetsApi),
    Context.add(MilestoneApi, apis.MilestoneApi),
    Context.add(MultivariateApi, apis.MultivariateApi),
    Context.add(IncentiveProgramsApi, apis.IncentiveProgramsApi),
    Context.add(FcmApi, apis.FcmApi),
    Context.add(HistoricalApi, apis.HistoricalApi)
  )

/**
 * The tag of every service, by name.
 * @since 0.1.0
 * @category tags
 */
export const tags = {
  ExchangeApi,
  MarketApi,
  EventsApi,
  OrdersApi,
  OrderGroupsApi,
  PortfolioApi,
  CommunicationsApi,
  ApiKeysApi,
  AccountApi,
  SearchApi,
  LiveDataApi,
  StructuredTargetsApi,
  MilestoneApi,
  MultivariateApi,
  IncentiveProgramsApi,
  FcmApi,
  HistoricalApi
} as const
