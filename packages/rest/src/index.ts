/**
 * Every operation of the Kalshi Trade API as typed Effect services, with pagination Streams and
 * safe order writes.
 *
 * @since 0.1.0
 */

/**
 * The layers providing every service.
 *
 * @since 0.1.0
 */
export * as KalshiRest from "./KalshiRest.js"

/**
 * The order builder and safe order writes.
 *
 * @since 0.1.0
 */
export * as Orders from "./Orders.js"

/**
 * Applies the account's rate limits and endpoint costs.
 *
 * @since 0.1.0
 */
export * as RateLimits from "./RateLimits.js"

/**
 * The component schemas, decoded tolerantly.
 *
 * @since 0.1.0
 */
export * as Schemas from "./generated/Schemas.js"

/**
 * The strict schemas of request bodies.
 *
 * @since 0.1.0
 */
export * as Requests from "./generated/Requests.js"

/**
 * One descriptor per operation.
 *
 * @since 0.1.0
 */
export * as Operations from "./generated/Operations.js"

/**
 * The services, one per tag of the spec.
 *
 * @since 0.1.0
 */
export {
  AccountApi,
  ApiKeysApi,
  CommunicationsApi,
  EventsApi,
  ExchangeApi,
  FcmApi,
  HistoricalApi,
  IncentiveProgramsApi,
  LiveDataApi,
  MarketApi,
  MilestoneApi,
  MultivariateApi,
  OrderGroupsApi,
  OrdersApi,
  PortfolioApi,
  SearchApi,
  StructuredTargetsApi
} from "./generated/Services.js"

/**
 * The service interfaces.
 *
 * @since 0.1.0
 */
export type * from "./generated/Services.js"
