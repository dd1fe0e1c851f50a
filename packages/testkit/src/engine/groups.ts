/**
 * Order groups: a cap on the contracts a group's orders may match over a rolling 15-second window.
 * A group that reaches its cap (or is triggered) cancels its resting orders and refuses new ones
 * until it is reset.
 *
 * @internal
 */
import type * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { badRequest, notFound } from "./errors.js"
import type { Actor, EngineError, OrderGroup, OrderGroupChanged } from "./model.js"
import { cancelResting } from "./resting.js"
import type { EngineState, GroupState, Tx } from "./state.js"
import { COUNT_DECIMALS, toSafeInteger } from "./units.js"
import { groupView } from "./views.js"

/** The rolling window of a group's limit. */
export const GROUP_WINDOW_MS = 15_000

/** The contracts a group matched within the window ending at `nowMs` (forgetting older fills). */
export const windowCount = (group: GroupState, nowMs: number): number => {
  while (group.fills.length > 0 && group.fills[0]!.ts <= nowMs - GROUP_WINDOW_MS) group.fills.shift()
  return group.fills.reduce((sum, f) => sum + f.count, 0)
}

const emitGroup = (tx: Tx, group: GroupState, eventType: OrderGroupChanged["eventType"], nowMs: number): void => {
  tx.events.push({ _tag: "OrderGroupChanged", eventType, orderGroup: groupView(group), tsMs: nowMs })
}

/** Triggers a group: its resting orders are canceled and it refuses new ones. */
export const trigger = (s: EngineState, tx: Tx, group: GroupState, nowMs: number): void => {
  group.triggered = true
  for (const order of [...group.orders]) cancelResting(s, tx, order, "OrderGroupCancel", nowMs)
  emitGroup(tx, group, "triggered", nowMs)
}

/** Counts a fill of `count` contracts against a group; triggers it when the limit is reached. */
export const recordFill = (s: EngineState, tx: Tx, group: GroupState, count: number, nowMs: number): void => {
  if (group.triggered) return
  group.fills.push({ ts: nowMs, count })
  if (windowCount(group, nowMs) >= group.limit) trigger(s, tx, group, nowMs)
}

const parseLimit = (contractsLimit: BigDecimal.BigDecimal): Either.Either<number, EngineError> => {
  const limit = toSafeInteger(contractsLimit, COUNT_DECIMALS)
  return limit === undefined || limit <= 0
    ? Either.left(badRequest("contracts_limit must be positive"))
    : Either.right(limit)
}

/** Creates a group (`CreateOrderGroup`). */
export const create = (
  s: EngineState,
  tx: Tx,
  command: Actor & { readonly contractsLimit: BigDecimal.BigDecimal },
  nowMs: number
): Either.Either<OrderGroup, EngineError> =>
  Either.map(parseLimit(command.contractsLimit), (limit) => {
    const group: GroupState = {
      id: s.prng.uuid(),
      user: command.user,
      subaccount: command.subaccount ?? 0,
      limit,
      triggered: false,
      fills: [],
      orders: new Set()
    }
    s.groups.set(group.id, group)
    emitGroup(tx, group, "created", nowMs)
    return groupView(group)
  })

/** A group the actor owns, or 404. */
export const owned = (
  s: EngineState,
  actor: Actor & { readonly orderGroupId: string }
): Either.Either<GroupState, EngineError> => {
  const group = s.groups.get(actor.orderGroupId)
  return group === undefined || group.user !== actor.user ||
      (actor.subaccount !== undefined && group.subaccount !== actor.subaccount)
    ? Either.left(notFound("order group not found"))
    : Either.right(group)
}

/** Reopens a triggered group and forgets its matched contracts (`ResetOrderGroup`). */
export const reset = (tx: Tx, group: GroupState, nowMs: number): OrderGroup => {
  group.triggered = false
  group.fills.length = 0
  emitGroup(tx, group, "reset", nowMs)
  return groupView(group)
}

/** Deletes a group and cancels its resting orders (`DeleteOrderGroup`). */
export const remove = (s: EngineState, tx: Tx, group: GroupState, nowMs: number): OrderGroup => {
  for (const order of [...group.orders]) cancelResting(s, tx, order, "OrderGroupCancel", nowMs)
  s.groups.delete(group.id)
  emitGroup(tx, group, "deleted", nowMs)
  return groupView(group)
}

/** Changes a group's limit (`UpdateOrderGroupLimit`); triggers it when already reached. */
export const updateLimit = (
  s: EngineState,
  tx: Tx,
  command: Actor & { readonly orderGroupId: string; readonly contractsLimit: BigDecimal.BigDecimal },
  nowMs: number
): Either.Either<OrderGroup, EngineError> =>
  Either.flatMap(parseLimit(command.contractsLimit), (limit) =>
    Either.map(owned(s, command), (group) => {
      group.limit = limit
      emitGroup(tx, group, "limit_updated", nowMs)
      if (!group.triggered && windowCount(group, nowMs) >= group.limit) trigger(s, tx, group, nowMs)
      return groupView(group)
    }))

/** Triggers a group by hand (`TriggerOrderGroup`). */
export const triggerByHand = (s: EngineState, tx: Tx, group: GroupState, nowMs: number): OrderGroup => {
  trigger(s, tx, group, nowMs)
  return groupView(group)
}
