/**
 * Money movements around the ledger: subaccounts, transfers between them, deposits and
 * withdrawals, transfers between exchange instances, netting and target balance allocations. The
 * records live here; the cash moves in the engine's ledger through the {@link LedgerPort}, so the
 * ledger's invariant (`deposits = cash + fees + open interest`) holds through every movement.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { EngineError } from "../engine/model.js"

/** The most subaccounts a user may have (numbered 1 to 32; 0 is the primary account). */
export const MAX_SUBACCOUNTS = 32

export interface LedgerPort {
  /** Cash available to an account (what resting orders do not hold). */
  readonly available: (user: string, subaccount: number) => BigDecimal.BigDecimal
  /** Adds money from outside the exchange. */
  readonly deposit: (user: string, subaccount: number, amount: BigDecimal.BigDecimal, nowMs: number) => void
  /** Moves cash between two accounts of one user (deposits unchanged). */
  readonly transfer: (
    user: string,
    from: number,
    to: number,
    amount: BigDecimal.BigDecimal,
    nowMs: number
  ) => Either.Either<void, EngineError>
  /** Sends money out of the exchange. */
  readonly withdraw: (
    user: string,
    subaccount: number,
    amount: BigDecimal.BigDecimal,
    nowMs: number
  ) => Either.Either<void, EngineError>
}

export interface SubaccountTransfer {
  readonly transferId: string
  readonly clientTransferId: string
  readonly user: string
  readonly from: number
  readonly to: number
  readonly amountCents: number
  readonly createdMs: number
}

export interface Movement {
  readonly id: string
  readonly user: string
  readonly kind: "deposit" | "withdrawal"
  readonly amountCents: number
  readonly createdMs: number
}

export type ExchangeInstance = "event_contract" | "margined"

export interface InstanceTransfer {
  readonly transferId: string
  readonly user: string
  readonly source: ExchangeInstance
  readonly destination: ExchangeInstance
  readonly amount: BigDecimal.BigDecimal
  readonly createdMs: number
}

const fail = (status: number, code: string, details: string) =>
  Either.left(new EngineError({ status, code, message: code.replace(/_/g, " "), details }))
const badRequest = (details: string) => fail(400, "bad_request", details)

export const centsToDollars = (cents: number): BigDecimal.BigDecimal => BigDecimal.make(BigInt(cents), 2)

/** The money records of one exchange. */
export class Money {
  private readonly subaccounts = new Map<string, number>()
  readonly transfers: Array<SubaccountTransfer> = []
  readonly movements: Array<Movement> = []
  readonly instanceTransfers: Array<InstanceTransfer> = []
  /** Money moved to the margined instance, per user (not spendable on event contracts). */
  private readonly margined = new Map<string, BigDecimal.BigDecimal>()
  private readonly netting = new Map<string, boolean>()
  private readonly allocations = new Map<
    string,
    {
      readonly allocations: ReadonlyArray<{ readonly exchangeIndex: number; readonly percent: number }>
      readonly reservation: "max" | "sum"
    }
  >()

  constructor(private readonly ledger: LedgerPort, private readonly uuid: () => string) {}

  /** The highest subaccount number a user has created (0: none). */
  subaccountCount(user: string): number {
    return this.subaccounts.get(user) ?? 0
  }

  hasSubaccount(user: string, subaccount: number): boolean {
    return subaccount === 0 || (subaccount > 0 && subaccount <= this.subaccountCount(user))
  }

  createSubaccount(user: string): Either.Either<number, EngineError> {
    const next = this.subaccountCount(user) + 1
    if (next > MAX_SUBACCOUNTS) return badRequest(`at most ${MAX_SUBACCOUNTS} subaccounts`)
    this.subaccounts.set(user, next)
    return Either.right(next)
  }

  /** Moves cents between two of a user's accounts; a repeated `client_transfer_id` returns the first transfer. */
  applyTransfer(
    user: string,
    command: {
      readonly clientTransferId: string
      readonly from: number
      readonly to: number
      readonly amountCents: number
    },
    nowMs: number
  ): Either.Either<SubaccountTransfer, EngineError> {
    const previous = this.transfers.find((t) => t.user === user && t.clientTransferId === command.clientTransferId)
    if (previous !== undefined) return Either.right(previous)
    if (command.clientTransferId === "") return badRequest("client_transfer_id is required")
    if (!Number.isSafeInteger(command.amountCents) || command.amountCents <= 0) {
      return badRequest("amount_cents must be a positive integer")
    }
    if (command.from === command.to) return badRequest("from_subaccount and to_subaccount must differ")
    for (const s of [command.from, command.to]) {
      if (!this.hasSubaccount(user, s)) return fail(404, "not_found", `subaccount ${s} not found`)
    }
    const moved = this.ledger.transfer(user, command.from, command.to, centsToDollars(command.amountCents), nowMs)
    if (Either.isLeft(moved)) return Either.left(moved.left)
    const transfer: SubaccountTransfer = {
      transferId: this.uuid(),
      clientTransferId: command.clientTransferId,
      user,
      from: command.from,
      to: command.to,
      amountCents: command.amountCents,
      createdMs: nowMs
    }
    this.transfers.push(transfer)
    return Either.right(transfer)
  }

  /** A deposit from outside (a seed or a test), recorded for `GetDeposits`. */
  deposit(user: string, subaccount: number, amount: BigDecimal.BigDecimal, nowMs: number): Movement {
    this.ledger.deposit(user, subaccount, amount, nowMs)
    return this.recordDeposit(user, subaccount, amount, nowMs)
  }

  /** Records a deposit the ledger already took; a deposit into a subaccount creates the subaccounts up to it. */
  recordDeposit(user: string, subaccount: number, amount: BigDecimal.BigDecimal, nowMs: number): Movement {
    if (subaccount > this.subaccountCount(user)) this.subaccounts.set(user, Math.min(subaccount, MAX_SUBACCOUNTS))
    return this.record(user, "deposit", amount, nowMs)
  }

  withdraw(user: string, amount: BigDecimal.BigDecimal, nowMs: number): Either.Either<Movement, EngineError> {
    const done = this.ledger.withdraw(user, 0, amount, nowMs)
    if (Either.isLeft(done)) return Either.left(done.left)
    return Either.right(this.record(user, "withdrawal", amount, nowMs))
  }

  private record(user: string, kind: Movement["kind"], amount: BigDecimal.BigDecimal, nowMs: number): Movement {
    const cents = Number(BigDecimal.scale(amount, 2).value)
    const movement: Movement = { id: this.uuid(), user, kind, amountCents: cents, createdMs: nowMs }
    this.movements.push(movement)
    return movement
  }

  /** Moves cash between the event-contract and the margined instance (the margined side only keeps a balance). */
  instanceTransfer(
    user: string,
    command: {
      readonly source: ExchangeInstance
      readonly destination: ExchangeInstance
      readonly amount: BigDecimal.BigDecimal
    },
    nowMs: number
  ): Either.Either<InstanceTransfer, EngineError> {
    if (command.source === command.destination) return badRequest("source and destination must differ")
    if (!BigDecimal.isPositive(command.amount)) return badRequest("amount must be positive")
    const margined = this.margined.get(user) ?? BigDecimal.fromBigInt(0n)
    if (command.source === "event_contract") {
      const done = this.ledger.withdraw(user, 0, command.amount, nowMs)
      if (Either.isLeft(done)) return Either.left(done.left)
      this.margined.set(user, BigDecimal.sum(margined, command.amount))
    } else {
      if (BigDecimal.lessThan(margined, command.amount)) {
        return fail(400, "insufficient_balance", "the margined instance holds less than the amount")
      }
      this.margined.set(user, BigDecimal.subtract(margined, command.amount))
      this.ledger.deposit(user, 0, command.amount, nowMs)
    }
    const transfer: InstanceTransfer = { transferId: this.uuid(), user, ...command, createdMs: nowMs }
    this.instanceTransfers.push(transfer)
    return Either.right(transfer)
  }

  setNetting(user: string, subaccount: number, enabled: boolean): Either.Either<void, EngineError> {
    if (!this.hasSubaccount(user, subaccount)) return fail(404, "not_found", `subaccount ${subaccount} not found`)
    this.netting.set(`${user}\u0000${subaccount}`, enabled)
    return Either.void
  }

  /** Netting per subaccount (0 and each created one); on unless switched off. */
  nettingOf(user: string): ReadonlyArray<{ readonly subaccount: number; readonly enabled: boolean }> {
    return Array.from({ length: this.subaccountCount(user) + 1 }, (_, subaccount) => ({
      subaccount,
      enabled: this.netting.get(`${user}\u0000${subaccount}`) ?? true
    }))
  }

  setAllocation(
    user: string,
    allocations: ReadonlyArray<{ readonly exchangeIndex: number; readonly percent: number }>,
    reservation: "max" | "sum"
  ): Either.Either<void, EngineError> {
    if (allocations.length === 0) return badRequest("allocations must not be empty")
    if (allocations.some((a) => !Number.isInteger(a.percent) || a.percent < 0 || a.percent > 100)) {
      return badRequest("percent must be an integer from 0 to 100")
    }
    if (allocations.reduce((sum, a) => sum + a.percent, 0) !== 100) return badRequest("percents must add up to 100")
    this.allocations.set(user, { allocations, reservation })
    return Either.void
  }

  allocationOf(user: string): {
    readonly allocations: ReadonlyArray<{ readonly exchangeIndex: number; readonly percent: number }>
    readonly reservation: "max" | "sum"
  } {
    return this.allocations.get(user) ?? { allocations: [{ exchangeIndex: 0, percent: 100 }], reservation: "max" }
  }
}
