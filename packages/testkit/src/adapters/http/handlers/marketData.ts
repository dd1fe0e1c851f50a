/**
 * Fee changes of series and events, multivariate events, and markets listed for combinations of
 * a multivariate collection's markets.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Engine from "../../../Engine.js"
import { comboTickers } from "../../../exchange/catalog.js"
import type { ExchangeState } from "../../../exchange/state.js"
import * as Wire from "../../wire.js"
import type { OperationId } from "../operations.js"
import {
  asObject,
  badRequest,
  boolParam,
  fromEngine,
  type Handler,
  notFound,
  ok,
  optBool,
  paginate,
  strParam,
  userOf
} from "../params.js"
import { renderEvent, renderMarket } from "./catalog.js"

// ------------------------------------------------------------------ fee changes

const getSeriesFeeChanges: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const series = strParam(req.query, "series_ticker")
    const historical = (yield* boolParam(req.query, "show_historical")) ?? false
    const now = state.now()
    return ok({
      series_fee_change_arr: state.catalog.feeChanges
        .filter((f) =>
          f.eventTicker === undefined && (series === undefined || f.seriesTicker === series) &&
          (historical || f.scheduledTime >= now)
        )
        .map((f) => ({
          id: f.id,
          series_ticker: f.seriesTicker,
          fee_type: f.feeType,
          fee_multiplier: f.feeMultiplier,
          scheduled_ts: Wire.time(f.scheduledTime)
        }))
    })
  })

const getEventFeeChanges: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const event = strParam(req.query, "event_ticker")
    const all = state.catalog.feeChanges.filter((f) =>
      f.eventTicker !== undefined && (event === undefined || f.eventTicker === event)
    )
    const p = yield* paginate(req.query, all, { min: 0, max: 1000, def: 100 })
    return ok({
      event_fee_changes: p.page.map((f) => ({
        id: f.id,
        event_ticker: f.eventTicker,
        series_ticker: f.seriesTicker,
        fee_type_override: f.feeType,
        fee_multiplier_override: f.feeMultiplier,
        scheduled_ts: Wire.time(f.scheduledTime)
      })),
      cursor: p.cursor
    })
  })

// ------------------------------------------------------------------ multivariate

const getMultivariateEvents: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const q = req.query
    const series = strParam(q, "series_ticker")
    const collection = strParam(q, "collection_ticker")
    const nested = (yield* boolParam(q, "with_nested_markets")) ?? false
    const all = [...state.catalog.combos.values()].filter((c) =>
      (collection === undefined || c.collectionTicker === collection) &&
      (series === undefined || state.events.get(c.eventTicker)?.seriesTicker === series)
    )
    const p = yield* paginate(q, all, { min: 0, max: 200, def: 100 })
    return ok({
      events: p.page.flatMap((c) => {
        const e = state.events.get(c.eventTicker)
        return e === undefined ? [] : [renderEvent(state, e, nested)]
      }),
      cursor: p.cursor
    })
  })

/** Lists (once) the market of a combination of a collection's markets, one per associated event. */
const createComboMarket: Handler = (req, { state }) =>
  Effect.gen(function*() {
    yield* userOf(req)
    const collection = yield* fromEngine(state.catalog.collection(req.params.collection_ticker!))
    const o = yield* asObject(req.body)
    if (!Array.isArray(o.selected_markets) || o.selected_markets.length === 0) {
      return yield* badRequest("selected_markets is required")
    }
    const legs: Array<{ marketTicker: string; eventTicker: string; side: "yes" | "no" }> = []
    for (const raw of o.selected_markets) {
      const leg = yield* asObject(raw)
      const marketTicker = leg.market_ticker
      const eventTicker = leg.event_ticker
      const side = leg.side
      if (typeof marketTicker !== "string" || typeof eventTicker !== "string" || (side !== "yes" && side !== "no")) {
        return yield* badRequest("each selected market needs market_ticker, event_ticker and side")
      }
      const market = state.markets.get(marketTicker)
      if (market === undefined || market.eventTicker !== eventTicker) {
        return yield* notFound(`market ${marketTicker} not found`)
      }
      if (!collection.associatedEvents.includes(eventTicker)) {
        return yield* badRequest(`event ${eventTicker} is not in the collection`)
      }
      legs.push({ marketTicker, eventTicker, side })
    }
    if (new Set(legs.map((l) => l.eventTicker)).size !== legs.length) {
      return yield* badRequest("one market per event")
    }
    const size = legs.length
    if (
      size < (collection.sizeMin ?? 1) || size > (collection.sizeMax ?? Math.max(1, collection.associatedEvents.length))
    ) {
      return yield* badRequest("the number of selected markets is outside the collection's sizes")
    }
    const withPayload = (yield* optBool(o, "with_market_payload")) ?? false
    const tickers = comboTickers(collection.collectionTicker, legs)
    if (!state.catalog.combos.has(tickers.eventTicker)) {
      yield* fromEngine(listCombo(state, collection.seriesTicker, tickers, legs))
      state.catalog.combos.set(tickers.eventTicker, { collectionTicker: collection.collectionTicker, ...tickers, legs })
      state.onMarketCreated(tickers.marketTicker)
    }
    const market = state.markets.get(tickers.marketTicker)!
    return ok({
      event_ticker: tickers.eventTicker,
      market_ticker: tickers.marketTicker,
      ...(withPayload ? { market: renderMarket(state, market) } : {})
    })
  })

const listCombo = (
  state: ExchangeState,
  seriesTicker: string,
  tickers: { readonly eventTicker: string; readonly marketTicker: string },
  legs: ReadonlyArray<{ readonly marketTicker: string; readonly side: string }>
): Either.Either<Engine.Market, Engine.EngineError> => {
  const title = legs.map((l) => `${l.side} ${state.markets.get(l.marketTicker)?.title ?? l.marketTicker}`).join(", ")
  const now = state.now()
  const listed = state.run((nowMs) => state.engine.addMarket({ ticker: tickers.marketTicker, nowMs }))
  if (Either.isLeft(listed)) return listed
  const series = state.series.get(seriesTicker)
  state.events.set(tickers.eventTicker, {
    eventTicker: tickers.eventTicker,
    seriesTicker,
    title,
    subTitle: "",
    mutuallyExclusive: false,
    category: series?.category ?? "Testing",
    updatedMs: now,
    // a combination of other markets: its lifecycle is also published on multivariate_market_lifecycle
    multivariate: true
  })
  const closeMs = Math.min(...legs.map((l) => state.markets.get(l.marketTicker)?.closeMs ?? now + 30 * 86_400_000))
  state.markets.set(tickers.marketTicker, {
    ticker: tickers.marketTicker,
    marketId: state.ids.uuid(),
    eventTicker: tickers.eventTicker,
    seriesTicker,
    title,
    yesSubTitle: "Yes",
    noSubTitle: "No",
    priceLevelStructure: "linear_cent",
    priceRanges: listed.right.priceRanges,
    createdMs: now,
    updatedMs: now,
    openMs: now,
    closeMs,
    rulesPrimary: `Resolves Yes if every leg resolves as chosen: ${title}.`
  })
  return listed
}

/** The handlers of this module, by operationId. */
export const marketDataHandlers: { readonly [K in OperationId]?: Handler } = {
  GetSeriesFeeChanges: getSeriesFeeChanges,
  GetEventFeeChanges: getEventFeeChanges,
  GetMultivariateEvents: getMultivariateEvents,
  CreateMarketInMultivariateEventCollection: createComboMarket
}
