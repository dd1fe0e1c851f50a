/**
 * The January 2026 recordings and the 3.31.0 operation each one answers (none when the operation
 * left the spec).
 */
import { readdirSync, readFileSync } from "node:fs"
import * as path from "node:path"
import { capturesDir, type Json, refName, spec } from "./spec.js"

/** Recording name (its `_metadata.endpoint`) -> operationId in 3.31.0, or why it has none. */
export const captureOperations: Readonly<Record<string, string | { readonly skip: string }>> = {
  amend_order: {
    skip: "legacy POST /portfolio/orders/{id}/amend, removed in 3.31.0 (AmendOrderV2 answers another shape)"
  },
  batch_cancel_orders: { skip: "legacy DELETE /portfolio/orders/batched, removed in 3.31.0" },
  batch_create_orders: { skip: "legacy POST /portfolio/orders/batched, removed in 3.31.0" },
  cancel_order: { skip: "legacy DELETE /portfolio/orders/{id}, removed in 3.31.0" },
  create_order: { skip: "legacy POST /portfolio/orders, removed in 3.31.0" },
  decrease_order: { skip: "legacy POST /portfolio/orders/{id}/decrease, removed in 3.31.0" },
  exchange_announcements: { skip: "GET /exchange/announcements, removed in 3.31.0" },
  multivariate_event_collection_lookup_tickers: { skip: "PUT .../lookup, removed in 3.31.0" },
  portfolio_total_resting_order_value: { skip: "recorded an HTTP 403 error body, not a response" },
  _recording_summary: { skip: "the recorder's own summary, not a response" },
  candlesticks_batch: "BatchGetMarketCandlesticks",
  event_candlesticks: "GetMarketCandlesticksByEvent",
  event_metadata: "GetEventMetadata",
  event_single: "GetEvent",
  events_list: "GetEvents",
  events_multivariate_list: "GetMultivariateEvents",
  exchange_schedule: "GetExchangeSchedule",
  exchange_status: "GetExchangeStatus",
  filters_by_sport: "GetFiltersForSports",
  incentive_programs: "GetIncentivePrograms",
  live_data_batch: "GetLiveDatas",
  live_data_milestone: "GetLiveDataByMilestone",
  market_single: "GetMarket",
  markets_list: "GetMarkets",
  milestone_single: "GetMilestone",
  milestones_list: "GetMilestones",
  multivariate_event_collection_single: "GetMultivariateEventCollection",
  multivariate_event_collections_list: "GetMultivariateEventCollections",
  order_group_create: "CreateOrderGroup",
  order_group_delete: "DeleteOrderGroup",
  order_group_reset: "ResetOrderGroup",
  order_group_single: "GetOrderGroup",
  order_groups_list: "GetOrderGroups",
  order_queue_position: "GetOrderQueuePosition",
  order_queue_positions: "GetOrderQueuePositions",
  orderbook: "GetMarketOrderbook",
  portfolio_balance: "GetBalance",
  portfolio_fills: "GetFills",
  portfolio_order_single: "GetOrder",
  portfolio_orders: "GetOrders",
  portfolio_positions: "GetPositions",
  portfolio_settlements: "GetSettlements",
  series_candlesticks: "GetMarketCandlesticks",
  series_fee_changes: "GetSeriesFeeChanges",
  series_list: "GetSeriesList",
  series_single: "GetSeries",
  structured_target_single: "GetStructuredTarget",
  structured_targets_list: "GetStructuredTargets",
  tags_by_categories: "GetTagsForSeriesCategories",
  trades_list: "GetTrades",
  user_data_timestamp: "GetUserDataTimestamp"
}

export interface Capture {
  readonly file: string
  readonly endpoint: string
  readonly response: Json
}

export const captures: ReadonlyArray<Capture> = readdirSync(capturesDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => {
    const json = JSON.parse(readFileSync(path.join(capturesDir, file), "utf8"))
    return { file, endpoint: json._metadata.endpoint as string, response: json.response }
  })

const resolve = (node: Json): Json => {
  let n = node
  while (n !== undefined && (n.$ref !== undefined || (n.allOf !== undefined && n.allOf.length === 1))) {
    n = n.$ref !== undefined
      ? { ...spec.components.schemas[refName(n.$ref)], ...n, $ref: undefined }
      : { ...n.allOf[0], ...n, allOf: undefined }
  }
  return n
}

/**
 * The fields a value lacks (absent or `null`) that the spec marks required, as paths with `[]` for
 * array elements, sorted and without duplicates.
 */
export const missingRequired = (schemaNode: Json, value: Json): Array<string> => {
  const out = new Set<string>()
  const walk = (node0: Json, v: Json, at: string) => {
    const node = resolve(node0)
    if (node === undefined || v === null || v === undefined) return
    if (Array.isArray(v)) {
      if (node.items !== undefined) { for (const item of v) walk(node.items, item, `${at}[]`) }
      return
    }
    if (typeof v !== "object" || node.properties === undefined) return
    for (const r of node.required ?? []) {
      if (v[r] === undefined || v[r] === null) out.add(at === "" ? r : `${at}.${r}`)
    }
    for (const [name, p] of Object.entries(node.properties as Record<string, Json>)) {
      if (v[name] !== undefined) walk(p, v[name], at === "" ? name : `${at}.${name}`)
    }
  }
  walk(schemaNode, value, "")
  return [...out].sort()
}
