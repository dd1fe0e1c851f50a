import { assert, describe, it } from "@effect/vitest"
import * as Groups from "../../src/engine/groups.js"
import { makeTx } from "../../src/engine/state.js"
import { d, deposit, left, place, right, T0, withMarket } from "./fixtures.js"

describe("engine/groups", () => {
  it("counts matched contracts over a rolling 15 seconds", () => {
    const { s } = withMarket()
    const view = right(Groups.create(s, makeTx(), { user: "alice", contractsLimit: d("100") }, T0))
    const group = s.groups.get(view.orderGroupId)!
    group.fills.push({ ts: T0, count: 1_000 }, { ts: T0 + 10_000, count: 500 })
    assert.strictEqual(Groups.windowCount(group, T0 + 14_999), 1_500)
    assert.strictEqual(Groups.windowCount(group, T0 + 15_000), 500)
    assert.strictEqual(group.fills.length, 1)
  })

  it("reaching the limit triggers the group, which cancels its resting orders and refuses new ones", () => {
    const { s } = withMarket()
    deposit(s, "alice", "100")
    const tx = makeTx()
    const view = right(Groups.create(s, tx, { user: "alice", contractsLimit: d("5") }, T0))
    right(place(s, "alice", "bid", "0.40", "3", { orderGroupId: view.orderGroupId }))
    const group = s.groups.get(view.orderGroupId)!
    assert.strictEqual(group.orders.size, 1)
    const fills = makeTx()
    Groups.recordFill(s, fills, group, 300, T0)
    assert.isFalse(group.triggered)
    Groups.recordFill(s, fills, group, 200, T0 + 1)
    assert.isTrue(group.triggered)
    assert.strictEqual(group.orders.size, 0)
    assert.deepStrictEqual(fills.events.map((e) => e._tag), ["BookDelta", "OrderCanceled", "OrderGroupChanged"])
    assert.strictEqual(
      left(place(s, "alice", "bid", "0.40", "1", { orderGroupId: group.id })).details,
      "order group is triggered"
    )
    Groups.reset(makeTx(), group, T0 + 2)
    assert.isFalse(group.triggered)
    assert.strictEqual(Groups.windowCount(group, T0 + 2), 0)
  })

  it("only the owner (and subaccount, when named) finds a group; a limit must be positive", () => {
    const { s } = withMarket()
    const view = right(Groups.create(s, makeTx(), { user: "alice", subaccount: 2, contractsLimit: d("1") }, T0))
    assert.isTrue(right(Groups.owned(s, { user: "alice", orderGroupId: view.orderGroupId })) !== undefined)
    assert.strictEqual(left(Groups.owned(s, { user: "bob", orderGroupId: view.orderGroupId })).status, 404)
    assert.strictEqual(
      left(Groups.owned(s, { user: "alice", subaccount: 1, orderGroupId: view.orderGroupId })).status,
      404
    )
    assert.strictEqual(
      left(Groups.create(s, makeTx(), { user: "alice", contractsLimit: d("0") }, T0)).code,
      "bad_request"
    )
  })
})
