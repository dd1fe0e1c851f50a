/**
 * The engine's rejections, by kind: each is an {@link EngineError} with the HTTP status and the
 * Kalshi error `code` a server answers with.
 *
 * @internal
 */
import { EngineError, type MarketStatus } from "./model.js"

/** 400 `invalid_order` with a `details` sentence. */
export const invalidOrder = (details: string): EngineError =>
  new EngineError({ status: 400, code: "invalid_order", message: "invalid order", details })

/** 400 `bad_request`: a malformed command. */
export const badRequest = (details: string): EngineError =>
  new EngineError({ status: 400, code: "bad_request", message: "bad request", details })

/** The one 404 for an order: unknown, someone else's, canceled or executed all look the same. */
export const orderNotFound = (): EngineError =>
  new EngineError({ status: 404, code: "not_found", message: "not found" })

/** 404 `not_found` naming what is missing. */
export const notFound = (details: string): EngineError =>
  new EngineError({ status: 404, code: "not_found", message: "not found", details })

/** 409 `order_already_exists`: a `client_order_id` the user already used. */
export const alreadyExists = (): EngineError =>
  new EngineError({ status: 409, code: "order_already_exists", message: "order already exists" })

/** 400 `insufficient_balance`. */
export const insufficientBalance = (): EngineError =>
  new EngineError({ status: 400, code: "insufficient_balance", message: "insufficient balance" })

/** 400 `market_closed`: the market is not `active`. */
export const marketClosed = (status: MarketStatus): EngineError =>
  new EngineError({
    status: 400,
    code: "market_closed",
    message: "market closed",
    details: `market status is ${status}`
  })
