/**
 * Builders for testing the engine's parts one at a time, on an engine state made by hand.
 */
import { BigDecimal, Either } from "effect"
import * as Ledger from "../../src/engine/ledger.js"
import * as Markets from "../../src/engine/markets.js"
import type * as Model from "../../src/engine/model.js"
import * as Orders from "../../src/engine/orders.js"
import {
  type EngineState,
  makeState,
  makeTx,
  type MarketState,
  type OrderState,
  type Tx
} from "../../src/engine/state.js"
import { Prng } from "../../src/engine/units.js"

export const d = (s: string) => BigDecimal.unsafeFromString(s)
export const fmt = (x: BigDecimal.BigDecimal) => BigDecimal.format(BigDecimal.normalize(x))
export const T0 = 1_700_000_000_000

export const right = <A, E>(e: Either.Either<A, E>): A =>
  Either.getOrThrowWith(e, (err) => new Error(`expected success: ${JSON.stringify(err)}`))
export const left = <A, E>(e: Either.Either<A, E>): E =>
  Either.getOrThrowWith(Either.flip(e), () => new Error("expected a failure"))

/** An engine state with one market `MKT` (and the config given). */
export const withMarket = (config: Partial<Model.MarketConfig> = {}): { s: EngineState; market: MarketState } => {
  const s = makeState(new Prng(3))
  right(Markets.add(s, { ticker: "MKT", ...config }))
  return { s, market: s.markets.get("MKT")! }
}

export const deposit = (s: EngineState, user: string, dollars: string, tx: Tx = makeTx()) =>
  right(Ledger.deposit(s, tx, { user, amount: d(dollars) }, T0))

/** Places a good-till-canceled order through the order commands. */
export const place = (
  s: EngineState,
  user: string,
  side: Model.BookSide,
  price: string,
  count: string,
  extra: Partial<Model.CreateOrder> = {},
  tx: Tx = makeTx()
) =>
  Orders.place(s, tx, {
    user,
    ticker: "MKT",
    side,
    price: d(price),
    count: d(count),
    timeInForce: "good_till_canceled",
    selfTradePreventionType: "taker_at_cross",
    ...extra
  }, T0)

/** A bare order record (prices in micros, counts in centis) for the book alone. */
export const bareOrder = (
  id: string,
  user: string,
  side: Model.BookSide,
  price: number,
  remaining: number
): OrderState => ({
  id,
  user,
  subaccount: 0,
  account: Ledger.blankAccount(user, 0),
  clientOrderId: "",
  ticker: "MKT",
  side,
  price,
  initial: remaining,
  filled: 0,
  remaining,
  status: "resting",
  tif: "good_till_canceled",
  postOnly: false,
  reduceOnly: false,
  stp: "taker_at_cross",
  group: undefined,
  cancelOnPause: false,
  expirationMs: undefined,
  createdMs: T0,
  updatedMs: T0,
  lastReason: undefined,
  takerCost: 0n,
  makerCost: 0n,
  takerFees: 0n,
  makerFees: 0n,
  roundingAcc: 0n
})
