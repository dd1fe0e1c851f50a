/**
 * Futures commission merchants: an FCM account creates subtraders (each one a user of its own in
 * the engine, trading with keys made for it), reads their orders and positions, blocks categories
 * for them and caps their daily event-contract spending.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { EngineError } from "../engine/model.js"

export interface Subtrader {
  readonly subtraderId: string
  readonly fcm: string
  readonly createdMs: number
  blockedCategories: ReadonlyArray<string>
}

export interface DailyCap {
  readonly subtraderId: string
  readonly limit: BigDecimal.BigDecimal
}

const fail = (status: number, code: string, details: string) =>
  Either.left(new EngineError({ status, code, message: code.replace(/_/g, " "), details }))

/** The FCM accounts of one exchange and their subtraders. */
export class Fcms {
  private readonly fcms = new Set<string>()
  readonly subtraders = new Map<string, Subtrader>()
  private readonly caps = new Map<string, DailyCap>()

  /** Makes a user an FCM. */
  enable(user: string): void {
    this.fcms.add(user)
  }

  isFcm(user: string): boolean {
    return this.fcms.has(user)
  }

  /** 403 unless the user is an FCM. */
  check(user: string): Either.Either<void, EngineError> {
    return this.fcms.has(user) ? Either.void : fail(403, "forbidden", "the account is not an FCM")
  }

  create(fcm: string, suffix: string, nowMs: number): Either.Either<Subtrader, EngineError> {
    const checked = this.check(fcm)
    if (Either.isLeft(checked)) return Either.left(checked.left)
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(suffix)) {
      return fail(400, "bad_request", "subtrader_suffix must be 1-32 letters, digits, - or _")
    }
    const subtraderId = `${fcm}-${suffix}`
    if (this.subtraders.has(subtraderId)) return fail(409, "conflict", "the subtrader exists")
    const subtrader: Subtrader = { subtraderId, fcm, createdMs: nowMs, blockedCategories: [] }
    this.subtraders.set(subtraderId, subtrader)
    return Either.right(subtrader)
  }

  of(fcm: string): ReadonlyArray<Subtrader> {
    return [...this.subtraders.values()].filter((s) => s.fcm === fcm)
  }

  /** One of an FCM's subtraders. */
  get(fcm: string, subtraderId: string): Either.Either<Subtrader, EngineError> {
    const checked = this.check(fcm)
    if (Either.isLeft(checked)) return Either.left(checked.left)
    const s = this.subtraders.get(subtraderId)
    return s === undefined || s.fcm !== fcm ? fail(404, "not_found", "subtrader not found") : Either.right(s)
  }

  setCap(fcm: string, subtraderId: string, limit: BigDecimal.BigDecimal): Either.Either<DailyCap, EngineError> {
    const s = this.get(fcm, subtraderId)
    if (Either.isLeft(s)) return Either.left(s.left)
    if (BigDecimal.isNegative(limit)) return fail(400, "bad_request", "limit must not be negative")
    const cap = { subtraderId, limit }
    this.caps.set(subtraderId, cap)
    return Either.right(cap)
  }

  cap(fcm: string, subtraderId: string): Either.Either<DailyCap | undefined, EngineError> {
    const s = this.get(fcm, subtraderId)
    if (Either.isLeft(s)) return Either.left(s.left)
    return Either.right(this.caps.get(subtraderId))
  }

  deleteCap(fcm: string, subtraderId: string): Either.Either<void, EngineError> {
    const s = this.get(fcm, subtraderId)
    if (Either.isLeft(s)) return Either.left(s.left)
    this.caps.delete(subtraderId)
    return Either.void
  }

  setBlockedCategories(
    fcm: string,
    subtraderId: string,
    categories: ReadonlyArray<string>
  ): Either.Either<Subtrader, EngineError> {
    const s = this.get(fcm, subtraderId)
    if (Either.isLeft(s)) return Either.left(s.left)
    s.right.blockedCategories = [...new Set(categories)]
    return Either.right(s.right)
  }
}
