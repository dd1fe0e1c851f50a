/**
 * Money that moves without a trade: between two accounts of one user (subaccounts), and out of
 * the exchange (withdrawals). A transfer leaves the exchange's deposits as they are; a withdrawal
 * lowers them by as much as it takes, so `deposits = cash + feesCollected + openInterest × $1`
 * holds through both.
 *
 * @internal
 */
import type * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { badRequest, insufficientBalance } from "./errors.js"
import { account } from "./ledger.js"
import type { Balance, EngineError } from "./model.js"
import { accountKey, type AccountState, type EngineState, type Tx } from "./state.js"
import { CENTI_CENT, toMoney } from "./units.js"
import { balanceView } from "./views.js"

const amountOf = (amount: BigDecimal.BigDecimal, what: string): Either.Either<bigint, EngineError> => {
  const m = toMoney(amount)
  return m === undefined || m <= 0n || m % CENTI_CENT !== 0n
    ? Either.left(badRequest(`a ${what} is a positive multiple of $0.0001`))
    : Either.right(m)
}

/** The account, when it can spare `amount` of what its resting orders do not hold. */
const spare = (
  s: EngineState,
  user: string,
  subaccount: number,
  amount: bigint
): Either.Either<AccountState, EngineError> => {
  const owner = s.accounts.get(accountKey(user, subaccount))
  return owner === undefined || owner.cash - owner.reserved < amount
    ? Either.left(insufficientBalance())
    : Either.right(owner)
}

/** Moves available cash from one of a user's accounts to another. */
export const transfer = (
  s: EngineState,
  tx: Tx,
  command: {
    readonly user: string
    readonly from: number
    readonly to: number
    readonly amount: BigDecimal.BigDecimal
  },
  nowMs: number
): Either.Either<{ readonly from: Balance; readonly to: Balance }, EngineError> =>
  Either.gen(function*() {
    if (command.from === command.to) return yield* Either.left(badRequest("the two accounts must differ"))
    const amount = yield* amountOf(command.amount, "transfer")
    const source = yield* spare(s, command.user, command.from, amount)
    const target = account(s, command.user, command.to)
    source.cash -= amount
    target.cash += amount
    source.updatedMs = nowMs
    target.updatedMs = nowMs
    tx.touchedAccounts.add(source)
    tx.touchedAccounts.add(target)
    return { from: balanceView(source), to: balanceView(target) }
  })

/** Takes available cash out of the exchange. */
export const withdraw = (
  s: EngineState,
  tx: Tx,
  command: { readonly user: string; readonly subaccount?: number | undefined; readonly amount: BigDecimal.BigDecimal },
  nowMs: number
): Either.Either<Balance, EngineError> =>
  Either.gen(function*() {
    const amount = yield* amountOf(command.amount, "withdrawal")
    const owner = yield* spare(s, command.user, command.subaccount ?? 0, amount)
    owner.cash -= amount
    owner.updatedMs = nowMs
    s.deposits -= amount
    tx.touchedAccounts.add(owner)
    return balanceView(owner)
  })
