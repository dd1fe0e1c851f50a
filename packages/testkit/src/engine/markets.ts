/**
 * Markets: listing one (its price grid and fee rates, checked to be exact in engine units) and
 * changing its status, which cancels the resting orders a pause or a close ends.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { restingIn } from "./book.js"
import { badRequest, notFound } from "./errors.js"
import type { EngineError, Market, MarketConfig, MarketStatus, PriceLevelStructure, PriceRange } from "./model.js"
import { cancelResting } from "./resting.js"
import type { EngineState, MarketState, Tx } from "./state.js"
import { type GridRange, PRICE_DECIMALS, toSafeInteger } from "./units.js"
import { marketView, tickerKey } from "./views.js"

const STRUCTURES: Record<PriceLevelStructure, ReadonlyArray<readonly [string, string, string]>> = {
  linear_cent: [["0", "1", "0.01"]],
  deci_cent: [["0", "1", "0.001"]],
  tapered_deci_cent: [["0", "0.1", "0.001"], ["0.1", "0.9", "0.01"], ["0.9", "1", "0.001"]]
}

const dec = (s: string): BigDecimal.BigDecimal => BigDecimal.unsafeFromString(s)

/** The price ranges of a named grid. */
export const rangesOf = (structure: PriceLevelStructure): ReadonlyArray<PriceRange> =>
  STRUCTURES[structure].map(([start, end, step]) => ({ start: dec(start), end: dec(end), step: dec(step) }))

/** A grid in engine units, or none when a range is not exact or not increasing. */
export const gridOf = (ranges: ReadonlyArray<PriceRange>): ReadonlyArray<GridRange> | undefined => {
  const grid: Array<GridRange> = []
  for (const r of ranges) {
    const start = toSafeInteger(r.start, PRICE_DECIMALS)
    const end = toSafeInteger(r.end, PRICE_DECIMALS)
    const step = toSafeInteger(r.step, PRICE_DECIMALS)
    if (start === undefined || end === undefined || step === undefined || step <= 0 || start > end) return undefined
    grid.push({ start, end, step })
  }
  return grid
}

/**
 * Lists a market, or fails with 400 `bad_request` when the ticker exists or the config is not
 * exact (a rate or grid finer than the engine's units).
 */
export const add = (s: EngineState, config: MarketConfig): Either.Either<Market, EngineError> => {
  if (s.markets.has(config.ticker)) return Either.left(badRequest(`market ${config.ticker} exists`))
  const ranges = config.priceRanges ?? rangesOf(config.priceLevelStructure ?? "linear_cent")
  const grid = gridOf(ranges)
  if (grid === undefined) return Either.left(badRequest("invalid price range"))
  const takerRate = toSafeInteger(config.takerFeeRate ?? dec("0.07"), PRICE_DECIMALS)
  const makerRate = toSafeInteger(config.makerFeeRate ?? dec("0"), PRICE_DECIMALS)
  if (takerRate === undefined || makerRate === undefined || takerRate < 0 || makerRate < 0) {
    return Either.left(badRequest("invalid fee rate"))
  }
  const market: MarketState = {
    ticker: config.ticker,
    status: config.status ?? "active",
    ranges,
    grid,
    subCent: grid.some((r) => r.step % 10_000 !== 0 || r.start % 10_000 !== 0),
    takerRate,
    makerRate,
    bids: [],
    asks: [],
    lastPrice: undefined,
    lastTradeCount: 0,
    volume: 0,
    openInterest: 0,
    result: undefined,
    lastTickerKey: ""
  }
  s.markets.set(config.ticker, market)
  market.lastTickerKey = tickerKey(market)
  return Either.right(marketView(market))
}

/**
 * Changes a market's status. Leaving `active` for `inactive` (a pause) cancels the resting orders
 * that asked for `cancelOrderOnPause` (`HaltCancel`); any other non-active status cancels every
 * resting order of the market (`CloseCancel`).
 */
export const changeStatus = (
  s: EngineState,
  tx: Tx,
  market: MarketState,
  status: MarketStatus,
  nowMs: number
): void => {
  market.status = status
  tx.events.push({ _tag: "MarketStatusChanged", ticker: market.ticker, status, tsMs: nowMs })
  if (status === "active") return
  for (const order of restingIn(market)) {
    if (status !== "inactive") cancelResting(s, tx, order, "CloseCancel", nowMs)
    else if (order.cancelOnPause) cancelResting(s, tx, order, "HaltCancel", nowMs)
  }
}

/** Changes a market's status by ticker, or 404. */
export const setStatus = (
  s: EngineState,
  tx: Tx,
  command: { readonly ticker: string; readonly status: MarketStatus },
  nowMs: number
): Either.Either<Market, EngineError> => {
  const market = s.markets.get(command.ticker)
  if (market === undefined) return Either.left(notFound("market not found"))
  changeStatus(s, tx, market, command.status, nowMs)
  return Either.right(marketView(market))
}
