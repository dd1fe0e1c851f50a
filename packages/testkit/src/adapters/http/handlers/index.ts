/**
 * The REST handlers, by operationId. **A new operation's handler goes here**: write it in the
 * module of its area (or a new one beside them) as a {@link Handler}, and add it under the spec's
 * operationId. The route, method and whether it is signed come from the spec (`../operations.ts`);
 * an operation of the spec without a handler answers 501 `not_implemented`.
 *
 * @internal
 */
import type { OperationId } from "../operations.js"
import type { Handler } from "../params.js"
import { accountHandlers } from "./accounts.js"
import { candlestickHandlers, getCandlesticks } from "./candlesticks.js"
import * as Catalog from "./catalog.js"
import { communicationsHandlers } from "./communications.js"
import * as Exchange from "./exchange.js"
import { extrasHandlers } from "./extras.js"
import { fcmHandlers } from "./fcm.js"
import { historyHandlers } from "./history.js"
import { marketDataHandlers } from "./marketData.js"
import * as OrderGroups from "./orderGroups.js"
import * as Orders from "./orders.js"
import * as Portfolio from "./portfolio.js"

/** Every served operation's handler. */
export const handlers: { readonly [K in OperationId]?: Handler } = {
  // exchange and account
  GetExchangeStatus: Exchange.getExchangeStatus,
  GetUserDataTimestamp: Exchange.getUserDataTimestamp,
  GetAccountApiLimits: Exchange.getLimits,
  GetAccountEndpointCosts: Exchange.getCosts,
  // catalog and market data
  GetSeriesList: Catalog.getSeriesList,
  GetSeries: Catalog.getSeries,
  GetEvents: Catalog.getEvents,
  GetEvent: Catalog.getEvent,
  GetMarkets: Catalog.getMarkets,
  GetMarket: Catalog.getMarket,
  GetTrades: Catalog.getTrades,
  GetMarketOrderbook: Catalog.getOrderbook,
  GetMarketOrderbooks: Catalog.getOrderbooks,
  GetMarketCandlesticks: getCandlesticks,
  // portfolio
  GetBalance: Portfolio.getBalance,
  GetPositions: Portfolio.getPositions,
  GetFills: Portfolio.getFills,
  GetSettlements: Portfolio.getSettlements,
  GetPortfolioRestingOrderTotalValue: Portfolio.getRestingOrderValue,
  // orders
  GetOrders: Orders.getOrders,
  GetOrder: Orders.getOrder,
  GetOrderQueuePositions: Orders.getQueuePositions,
  GetOrderQueuePosition: Orders.getQueuePosition,
  CreateOrderV2: Orders.createOrder,
  CancelAllOrders: Orders.cancelAll,
  BatchCreateOrdersV2: Orders.batchCreate,
  BatchCancelOrdersV2: Orders.batchCancel,
  CancelOrderV2: Orders.cancelOrder,
  AmendOrderV2: Orders.amendOrder,
  DecreaseOrderV2: Orders.decreaseOrder,
  // order groups
  GetOrderGroups: OrderGroups.getOrderGroups,
  CreateOrderGroup: OrderGroups.createOrderGroup,
  GetOrderGroup: OrderGroups.getOrderGroup,
  DeleteOrderGroup: OrderGroups.deleteOrderGroup,
  ResetOrderGroup: OrderGroups.resetOrderGroup,
  TriggerOrderGroup: OrderGroups.triggerOrderGroup,
  UpdateOrderGroupLimit: OrderGroups.updateOrderGroupLimit,
  // candlesticks of events and of many markets, the historical split, fee changes, multivariate
  ...candlestickHandlers,
  ...historyHandlers,
  ...marketDataHandlers,
  // RFQs, quotes and block trades
  ...communicationsHandlers,
  // subaccounts, transfers, deposits and withdrawals, the API usage level, API keys
  ...accountHandlers,
  // FCM subtraders and their orders, positions and fills
  ...fcmHandlers,
  // milestones, live data, structured targets, collections, incentives, event metadata, schedule, search
  ...extrasHandlers
}
