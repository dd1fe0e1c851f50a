/**
 * The catalog extras: milestones, live data, structured targets, multivariate event collections,
 * incentive programs, event metadata, the exchange schedule, search facets and weather indexes,
 * from the seeded {@link Catalog}.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import {
  type CollectionSeed,
  type IncentiveProgramSeed,
  type Milestone,
  type StructuredTarget,
  tagsByCategory
} from "../../../exchange/catalog.js"
import * as Wire from "../../wire.js"
import type { OperationId } from "../operations.js"
import {
  boolParam,
  enumParam,
  fromEngine,
  type Handler,
  intParam,
  type Json,
  listParam,
  ok,
  paginate,
  queryError,
  reject,
  strParam
} from "../params.js"

const renderMilestone = (m: Milestone): Json =>
  Wire.compact({
    id: m.id,
    category: m.category,
    type: m.type,
    start_date: Wire.time(m.startTime),
    end_date: m.endTime === undefined ? null : Wire.time(m.endTime),
    related_event_tickers: m.relatedEventTickers,
    primary_event_tickers: m.primaryEventTickers,
    title: m.title,
    notification_message: m.title,
    source_id: m.sourceId ?? null,
    source_ids: m.sourceId === undefined ? {} : { default: m.sourceId },
    details: { ...m.details, ...(m.competition !== undefined ? { competition: m.competition } : {}) },
    last_updated_ts: Wire.time(m.updatedMs)
  })

const getMilestones: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const limit = yield* intParam(q, "limit", 1, 500)
    if (limit === undefined) return yield* queryError("limit is required")
    const minStart = strParam(q, "minimum_start_date")
    const minStartMs = minStart === undefined ? undefined : Date.parse(minStart)
    const minUpdated = yield* intParam(q, "min_updated_ts")
    const category = strParam(q, "category")
    const competition = strParam(q, "competition")
    const type = strParam(q, "type")
    const sourceId = strParam(q, "source_id")
    const related = strParam(q, "related_event_ticker")
    const all = [...state.catalog.milestones.values()].filter((m) =>
      (minStartMs === undefined || m.startTime >= minStartMs) &&
      (minUpdated === undefined || m.updatedMs >= minUpdated * 1000) &&
      (category === undefined || m.category === category) &&
      (competition === undefined || m.competition === competition) &&
      (type === undefined || m.type === type) &&
      (sourceId === undefined || m.sourceId === sourceId) &&
      (related === undefined || m.relatedEventTickers.includes(related))
    )
    const p = yield* paginate(q, all, { min: 0, max: 500, def: limit })
    return ok({ milestones: p.page.map(renderMilestone), cursor: p.cursor })
  })

const getMilestone: Handler = (req, { state }) =>
  Effect.map(fromEngine(state.catalog.milestone(req.params.milestone_id!)), (m) => ({
    status: 200,
    body: { milestone: renderMilestone(m) }
  }))

const liveDataOf = (m: Milestone): Json => ({ type: m.type, details: m.liveData ?? {}, milestone_id: m.id })

const getLiveData: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const m = yield* fromEngine(state.catalog.milestone(req.params.milestone_id!))
    const type = req.params.type
    if (type !== undefined && type !== m.type) {
      return yield* Either.left(reject(404, "not_found", "not found", `no ${type} live data for the milestone`))
    }
    return ok({ live_data: liveDataOf(m) })
  })

const getLiveDatas: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const ids = listParam(req.query, "milestone_ids")
    if (ids === undefined) {
      return yield* queryError("milestone_ids is required")
    }
    yield* boolParam(req.query, "include_player_stats")
    return ok({
      live_datas: ids.flatMap((id) => {
        const m = state.catalog.milestones.get(id)
        return m === undefined ? [] : [liveDataOf(m)]
      })
    })
  })

const getGameStats: Handler = (req, { state }) =>
  Effect.map(fromEngine(state.catalog.milestone(req.params.milestone_id!)), (m) => ({
    status: 200,
    body: m.playByPlay === undefined ? {} : { pbp: { periods: m.playByPlay } }
  }))

const getEventLiveData: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const ticker = req.params.event_ticker!
    if (!state.events.has(ticker)) return yield* Either.left(reject(404, "not_found", "not found", "event not found"))
    const m = state.catalog.milestoneOfEvent(ticker)
    if (m === undefined) {
      return yield* Either.left(reject(404, "not_found", "not found", "no live data for the event"))
    }
    return ok({
      live_data: Wire.compact({
        type: m.type,
        details: m.liveData ?? {},
        is_historical: m.endTime !== undefined && m.endTime <= state.now(),
        default_range: strParam(req.query, "range")
      })
    })
  })

const getStructuredTargets: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const ids = listParam(q, "ids")
    const type = strParam(q, "type")
    const competition = strParam(q, "competition")
    const all = [...state.catalog.structuredTargets.values()].filter((t) =>
      (ids === undefined || ids.includes(t.id)) && (type === undefined || t.type === type) &&
      (competition === undefined || t.competition === competition)
    )
    const p = yield* paginate(q, all, { min: 0, max: 2000, def: 100, name: "page_size" })
    return ok({ structured_targets: p.page.map(renderTarget), cursor: p.cursor })
  })

const renderTarget = (t: StructuredTarget): Json =>
  Wire.compact({
    id: t.id,
    name: t.name,
    type: t.type ?? "team",
    details: { ...t.details, ...(t.competition !== undefined ? { competition: t.competition } : {}) },
    source_id: t.sourceId,
    source_ids: t.sourceId === undefined ? {} : { default: t.sourceId },
    last_updated_ts: Wire.time(t.updatedMs)
  })

const getStructuredTarget: Handler = (req, { state }) =>
  Effect.map(fromEngine(state.catalog.structuredTarget(req.params.structured_target_id!)), (t) => ({
    status: 200,
    body: { structured_target: renderTarget(t) }
  }))

const renderCollection = (c: CollectionSeed): Json => {
  const open = c.openTime ?? 0
  return {
    collection_ticker: c.collectionTicker,
    series_ticker: c.seriesTicker,
    title: c.title ?? c.collectionTicker,
    description: c.description ?? "",
    open_date: Wire.time(open),
    close_date: Wire.time(c.closeTime ?? open + 365 * 86_400_000),
    associated_events: c.associatedEvents.map((ticker) => ({
      ticker,
      is_yes_only: c.isAllYes ?? false,
      size_min: null,
      size_max: null,
      active_quoters: []
    })),
    associated_event_tickers: c.associatedEvents,
    is_ordered: c.isOrdered ?? false,
    is_single_market_per_event: true,
    is_all_yes: c.isAllYes ?? false,
    size_min: c.sizeMin ?? 1,
    size_max: c.sizeMax ?? Math.max(2, c.associatedEvents.length),
    functional_description: `a combination of one market of ${c.associatedEvents.length} events`
  }
}

const collectionStatus = (c: CollectionSeed, nowMs: number) =>
  nowMs < (c.openTime ?? 0) ? "unopened" : nowMs >= (c.closeTime ?? Infinity) ? "closed" : "open"

const getCollections: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const q = req.query
    const status = yield* enumParam(q, "status", ["unopened", "open", "closed"] as const)
    const event = strParam(q, "associated_event_ticker")
    const series = strParam(q, "series_ticker")
    const now = ctx.state.now()
    const all = [...ctx.state.catalog.collections.values()].filter((c) =>
      (status === undefined || collectionStatus(c, now) === status) &&
      (event === undefined || c.associatedEvents.includes(event)) && (series === undefined || c.seriesTicker === series)
    )
    const p = yield* paginate(q, all, { min: 0, max: 200, def: 100 })
    return ok({ multivariate_contracts: p.page.map((c) => renderCollection(c)), cursor: p.cursor })
  })

const getCollection: Handler = (req, ctx) =>
  Effect.map(fromEngine(ctx.state.catalog.collection(req.params.collection_ticker!)), (c) => ({
    status: 200,
    body: { multivariate_contract: renderCollection(c) }
  }))

const incentiveStatus = (p: IncentiveProgramSeed, nowMs: number) =>
  p.paidOut
    ? "paid_out"
    : nowMs < (p.startTime ?? 0)
    ? "upcoming"
    : nowMs >= (p.endTime ?? Infinity)
    ? "closed"
    : "active"

const getIncentivePrograms: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const status = yield* enumParam(q, "status", ["all", "active", "upcoming", "closed", "paid_out"] as const)
    const type = yield* enumParam(
      q,
      "type",
      ["all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"] as const
    )
    const description = strParam(q, "incentive_description")
    const now = state.now()
    const all = state.catalog.incentivePrograms.filter((p) =>
      (status === undefined || status === "all" || incentiveStatus(p, now) === status) &&
      (type === undefined || type === "all" || (p.type ?? "liquidity") === type) &&
      (description === undefined || p.description === description)
    )
    const p = yield* paginate(q, all, { min: 0, max: 10_000, def: 100 })
    return ok({
      incentive_programs: p.page.map((x) =>
        Wire.compact({
          id: x.id,
          market_id: state.markets.get(x.marketTicker)?.marketId ?? x.marketTicker,
          market_ticker: x.marketTicker,
          incentive_type: x.type ?? "liquidity",
          incentive_description: x.description ?? "",
          start_date: Wire.time(x.startTime ?? 0),
          end_date: Wire.time(x.endTime ?? now + 30 * 86_400_000),
          period_reward: x.periodReward ?? 0,
          paid_out: x.paidOut ?? false,
          target_size_fp: x.targetSize
        })
      ),
      next_cursor: p.cursor
    })
  })

const getEventMetadata: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const ticker = req.params.event_ticker!
    if (!state.events.has(ticker)) return yield* Either.left(reject(404, "not_found", "not found", "event not found"))
    const meta = state.catalog.eventMetadata.get(ticker)
    const markets = [...state.markets.values()].filter((m) => m.eventTicker === ticker)
    return ok({
      image_url: meta?.imageUrl ?? "",
      market_details: markets.map((m) => ({ market_ticker: m.ticker, image_url: "", color_code: "" })),
      settlement_sources: meta?.settlementSources ?? [],
      competition: meta?.competition ?? null,
      competition_scope: null
    })
  })

const ALL_DAY = [{ open_time: "00:00", close_time: "24:00" }]

/** The test exchange trades around the clock: one standard week with every day open, and the seeded maintenance windows. */
const getExchangeSchedule: Handler = (_req, { state }) =>
  Effect.succeed(ok({
    schedule: {
      standard_hours: [{
        start_time: Wire.time(0),
        end_time: Wire.time(Date.UTC(2100, 0, 1)),
        monday: ALL_DAY,
        tuesday: ALL_DAY,
        wednesday: ALL_DAY,
        thursday: ALL_DAY,
        friday: ALL_DAY,
        saturday: ALL_DAY,
        sunday: ALL_DAY
      }],
      maintenance_windows: state.catalog.maintenanceWindows.map((w) => ({
        start_datetime: Wire.time(w.start),
        end_datetime: Wire.time(w.end)
      }))
    }
  }))

const getFiltersForSports: Handler = (_req, { state }) => {
  const f = state.catalog.sportsFilters()
  return Effect.succeed(ok({
    filters_by_sports: Object.fromEntries(
      Object.entries(f.bySport).map((
        [sport, v]
      ) => [sport, { scopes: [], competitions: Object.fromEntries(v.competitions.map((c) => [c, { scopes: [] }])) }])
    ),
    sport_ordering: f.ordering
  }))
}

const getTagsForSeriesCategories: Handler = (_req, { state }) =>
  Effect.succeed(ok({ tags_by_categories: tagsByCategory(state.series.values()) }))

const getWeatherIndex: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const w = yield* fromEngine(state.catalog.weatherOf(req.params.city!))
    const q = req.query
    const now = state.now()
    const lastSec = yield* intParam(q, "last_sec", 1)
    const to = lastSec !== undefined ? now : (yield* intParam(q, "to")) ?? now
    const from = lastSec !== undefined ? now - lastSec * 1000 : (yield* intParam(q, "from")) ?? to - 86_400_000
    return ok({
      city: w.city,
      config_version: "1",
      units: w.units ?? "F",
      timeseries: (w.points ?? []).filter((p) => p.t >= from && p.t <= to).map((p) => ({
        t: p.t,
        v: p.v,
        status: "final"
      }))
    })
  })

const getWeatherIndexCalibrations: Handler = (req, { state }) =>
  Effect.map(fromEngine(state.catalog.weatherOf(req.params.city!)), (w) => ({
    status: 200,
    body: {
      city: w.city,
      units: w.units ?? "F",
      calibrations: w.referenceC === undefined ? [] : [{
        config_version: "1",
        effective_at_ms: state.now(),
        city_reference_c: w.referenceC,
        stations: []
      }]
    }
  }))

/**
 * A numerical forecast needs markets with strikes: the test exchange's markets have none, so an
 * event's forecast history is empty (a known event) or 404 (an unknown one).
 */
const getForecastHistory: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    if (listParam(q, "percentiles") === undefined) {
      return yield* queryError("percentiles is required")
    }
    for (const name of ["start_ts", "end_ts", "period_interval"]) {
      if ((yield* intParam(q, name)) === undefined) {
        return yield* queryError(`${name} is required`)
      }
    }
    const event = state.events.get(req.params.ticker!)
    if (event === undefined || event.seriesTicker !== req.params.series_ticker) {
      return yield* Either.left(reject(404, "not_found", "not found", "event not found"))
    }
    return ok({ forecast_history: [] })
  })

/** The handlers of this module, by operationId. */
export const extrasHandlers: { readonly [K in OperationId]?: Handler } = {
  GetMilestones: getMilestones,
  GetMilestone: getMilestone,
  GetLiveDatas: getLiveDatas,
  GetLiveDataByMilestone: getLiveData,
  GetGameStats: getGameStats,
  GetEventLiveData: getEventLiveData,
  GetWeatherIndex: getWeatherIndex,
  GetWeatherIndexCalibrations: getWeatherIndexCalibrations,
  GetLiveData: getLiveData,
  GetStructuredTargets: getStructuredTargets,
  GetStructuredTarget: getStructuredTarget,
  GetMultivariateEventCollections: getCollections,
  GetMultivariateEventCollection: getCollection,
  GetIncentivePrograms: getIncentivePrograms,
  GetEventMetadata: getEventMetadata,
  GetExchangeSchedule: getExchangeSchedule,
  GetFiltersForSports: getFiltersForSports,
  GetTagsForSeriesCategories: getTagsForSeriesCategories,
  GetEventForecastPercentilesHistory: getForecastHistory
}
