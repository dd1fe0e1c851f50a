/**
 * Settlement: a market is determined (its resting orders are canceled), each holder is paid $1
 * per winning contract out of the collateral the exchange held for the pair, through the ledger,
 * every position in it closes, and the market is finalized. Open interest falls to zero, so the
 * ledger still balances: `deposits = cash + feesCollected + openInterest × $1`.
 *
 * @internal
 */
import * as Either from "effect/Either"
import { badRequest, notFound } from "./errors.js"
import { payOut } from "./ledger.js"
import { changeStatus } from "./markets.js"
import type { EngineError, MarketSettlement } from "./model.js"
import type { EngineState, Tx } from "./state.js"
import { countToDecimal, moneyToDecimal } from "./units.js"

/** Settles a market on `result`; fails when it is unknown or already settled. */
export const settle = (
  s: EngineState,
  tx: Tx,
  command: { readonly ticker: string; readonly result: "yes" | "no" },
  nowMs: number
): Either.Either<ReadonlyArray<MarketSettlement>, EngineError> => {
  const market = s.markets.get(command.ticker)
  if (market === undefined) return Either.left(notFound("market not found"))
  if (market.result !== undefined) return Either.left(badRequest(`market ${command.ticker} is settled`))
  market.result = command.result
  changeStatus(s, tx, market, "determined", nowMs)
  const out: Array<MarketSettlement> = []
  for (const owner of s.accounts.values()) {
    const position = owner.positions.get(market.ticker)
    if (position === undefined || position.position === 0) continue
    const paid = payOut(tx, market, owner, position, command.result, nowMs)
    const zero = moneyToDecimal(0n)
    out.push({
      user: owner.user,
      subaccount: owner.subaccount,
      ticker: market.ticker,
      result: command.result,
      yesCount: countToDecimal(paid.yes),
      yesCost: paid.yes > 0 ? moneyToDecimal(paid.cost) : zero,
      noCount: countToDecimal(paid.no),
      noCost: paid.no > 0 ? moneyToDecimal(paid.cost) : zero,
      revenue: moneyToDecimal(paid.revenue),
      tsMs: nowMs
    })
  }
  tx.touchedMarkets.add(market)
  changeStatus(s, tx, market, "finalized", nowMs)
  return Either.right(out)
}
