/**
 * The official `kalshi-typescript` client pointed at a test exchange: one instance of each of its
 * API classes per account, each on its own axios instance (the client installs its signing
 * interceptor on the axios instance it is given, the global one by default).
 */
import * as Official from "kalshi-typescript"
import { createRequire } from "node:module"

const requireFromClient = createRequire(
  createRequire(import.meta.url).resolve("kalshi-typescript/package.json")
)
const axios = requireFromClient("axios") as { create: () => unknown }

/** The client's 17 API classes, signed as one account. */
export interface Clients {
  readonly account: Official.AccountApi
  readonly apiKeys: Official.ApiKeysApi
  readonly communications: Official.CommunicationsApi
  readonly events: Official.EventsApi
  readonly exchange: Official.ExchangeApi
  readonly fcm: Official.FcmApi
  readonly historical: Official.HistoricalApi
  readonly incentivePrograms: Official.IncentiveProgramsApi
  readonly liveData: Official.LiveDataApi
  readonly market: Official.MarketApi
  readonly milestone: Official.MilestoneApi
  readonly multivariate: Official.MultivariateApi
  readonly orderGroups: Official.OrderGroupsApi
  readonly orders: Official.OrdersApi
  readonly portfolio: Official.PortfolioApi
  readonly search: Official.SearchApi
  readonly structuredTargets: Official.StructuredTargetsApi
}

export const clients = (restUrl: string, apiKeyId: string, privateKeyPem: string): Clients => {
  const configuration = new Official.Configuration({ basePath: restUrl, apiKey: apiKeyId, privateKeyPem })

  const make = <A>(Api: new(c: Official.Configuration, basePath: string, axios: any) => A): A =>
    new Api(configuration, restUrl, axios.create())
  return {
    account: make(Official.AccountApi),
    apiKeys: make(Official.ApiKeysApi),
    communications: make(Official.CommunicationsApi),
    events: make(Official.EventsApi),
    exchange: make(Official.ExchangeApi),
    fcm: make(Official.FcmApi),
    historical: make(Official.HistoricalApi),
    incentivePrograms: make(Official.IncentiveProgramsApi),
    liveData: make(Official.LiveDataApi),
    market: make(Official.MarketApi),
    milestone: make(Official.MilestoneApi),
    multivariate: make(Official.MultivariateApi),
    orderGroups: make(Official.OrderGroupsApi),
    orders: make(Official.OrdersApi),
    portfolio: make(Official.PortfolioApi),
    search: make(Official.SearchApi),
    structuredTargets: make(Official.StructuredTargetsApi)
  }
}

/**
 * The operations of the 3.31.0 spec the 3.30.0 client has no method for: the fidelity test calls
 * them itself (signed as an FCM) and checks their answers against the spec.
 */
export const specOnly: ReadonlyArray<{ readonly method: string; readonly route: string; readonly operation: string }> =
  [
    { method: "GET", route: "/fcm/fills", operation: "GetFCMFills" },
    { method: "GET", route: "/fcm/subtraders/blocked_categories", operation: "GetFCMSubtraderBlockedCategories" },
    { method: "PUT", route: "/fcm/subtraders/blocked_categories", operation: "UpdateFCMSubtraderBlockedCategories" }
  ]
