/**
 * Money and keys: subaccounts and their transfers, netting, target balance allocations, deposits
 * and withdrawals, transfers between exchange instances, the API usage level, API keys, and the
 * FCM operations on subtraders.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type { Scope } from "../../../exchange/apiKeys.js"
import { centsToDollars, type InstanceTransfer } from "../../../exchange/money.js"
import * as Wire from "../../wire.js"
import type { OperationId } from "../operations.js"
import {
  asObject,
  badRequest,
  type Context,
  fromEngine,
  type Handler,
  noContent,
  notFound,
  ok,
  optInt,
  optObject,
  optString,
  paginate,
  reqEnum,
  reqInt,
  reqString,
  strParam,
  userOf
} from "../params.js"

const secs = (ms: number) => Math.floor(ms / 1000)

// ------------------------------------------------------------------ subaccounts

const createSubaccount: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    yield* optObject(req.body)
    const n = yield* fromEngine(state.money.createSubaccount(user))
    return ok({ subaccount_number: n }, 201)
  })

const applySubaccountTransfer: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const clientTransferId = yield* reqString(o, "client_transfer_id")
    const from = yield* reqInt(o, "from_subaccount")
    const to = yield* reqInt(o, "to_subaccount")
    const amountCents = yield* reqInt(o, "amount_cents")
    yield* fromEngine(state.money.applyTransfer(user, { clientTransferId, from, to, amountCents }, state.now()))
    return ok({})
  })

const getSubaccountBalances: Handler = (req, { state }) =>
  Effect.map(userOf(req), (user) =>
    ok({
      subaccount_balances: Array.from({ length: state.money.subaccountCount(user) + 1 }, (_, n) => {
        const b = state.engine.getBalance(user, n)
        return {
          subaccount_number: n,
          exchange_index: 0,
          balance: Wire.dollars(b.balance),
          updated_ts: secs(b.updatedTsMs)
        }
      })
    }))

const getSubaccountTransfers: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const transfers = state.money.transfers.filter((t) => t.user === user).reverse()
    const p = yield* paginate(req.query, transfers, { min: 0, max: 1000, def: 100 })
    return ok({
      transfers: p.page.map((t) => ({
        transfer_id: t.transferId,
        from_subaccount: t.from,
        to_subaccount: t.to,
        amount_cents: t.amountCents,
        created_ts: secs(t.createdMs),
        exchange_index: 0
      })),
      cursor: p.cursor
    })
  })

const getSubaccountNetting: Handler = (req, { state }) =>
  Effect.map(userOf(req), (user) =>
    ok({
      netting_configs: state.money.nettingOf(user).map((n) => ({
        subaccount_number: n.subaccount,
        enabled: n.enabled,
        exchange_index: 0
      }))
    }))

const updateSubaccountNetting: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const subaccount = yield* reqInt(o, "subaccount_number")
    const enabled = o.enabled
    if (typeof enabled !== "boolean") return yield* badRequest("enabled is required")
    yield* fromEngine(state.money.setNetting(user, subaccount, enabled))
    return ok(undefined)
  })

const getTargetBalanceAllocation: Handler = (req, { state }) =>
  Effect.map(userOf(req), (user) => {
    const a = state.money.allocationOf(user)
    return ok({
      allocations: a.allocations.map((x) => ({ exchange_index: x.exchangeIndex, percent: x.percent })),
      resting_margin_reservation: a.reservation
    })
  })

const setTargetBalanceAllocation: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    if (!Array.isArray(o.allocations)) return yield* badRequest("allocations is required")
    const allocations: Array<{ exchangeIndex: number; percent: number }> = []
    for (const raw of o.allocations) {
      const a = yield* asObject(raw)
      allocations.push({ exchangeIndex: yield* reqInt(a, "exchange_index"), percent: yield* reqInt(a, "percent") })
    }
    const reservation = o.resting_margin_reservation === undefined
      ? "max" as const
      : yield* reqEnum(o, "resting_margin_reservation", ["max", "sum"] as const)
    yield* fromEngine(state.money.setAllocation(user, allocations, reservation))
    return ok({})
  })

const movements = (kind: "deposit" | "withdrawal"): Handler => (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const items = state.money.movements.filter((m) => m.user === user && m.kind === kind).reverse()
    const p = yield* paginate(req.query, items, { min: 0, max: 500, def: 100 })
    return ok({
      [kind === "deposit" ? "deposits" : "withdrawals"]: p.page.map((m) => ({
        id: m.id,
        status: "applied",
        type: "ach",
        amount_cents: m.amountCents,
        fee_cents: 0,
        created_ts: secs(m.createdMs),
        finalized_ts: secs(m.createdMs)
      })),
      cursor: p.cursor
    })
  })

// ------------------------------------------------------------------ transfers between instances

const renderInstanceTransfer = (t: InstanceTransfer) => ({
  transfer_id: t.transferId,
  source: t.source,
  destination: t.destination,
  source_exchange_shard: 0,
  destination_exchange_shard: 0,
  amount: Wire.dollars(t.amount),
  status: "complete",
  created_ts: secs(t.createdMs)
})

const intraExchangeInstanceTransfer: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const source = yield* reqEnum(o, "source", ["event_contract", "margined"] as const)
    const destination = yield* reqEnum(o, "destination", ["event_contract", "margined"] as const)
    // `amount` is in cents
    const amount = yield* reqInt(o, "amount")
    const t = yield* fromEngine(
      state.money.instanceTransfer(user, { source, destination, amount: centsToDollars(amount) }, state.now())
    )
    return ok({ transfer_id: t.transferId })
  })

const getIntraExchangeInstanceTransfers: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const items = state.money.instanceTransfers.filter((t) => t.user === user).reverse()
    const p = yield* paginate(req.query, items, { min: 0, max: 500, def: 100 })
    return ok({ transfers: p.page.map(renderInstanceTransfer), cursor: p.cursor })
  })

const getIntraExchangeInstanceTransfer: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const t = state.money.instanceTransfers.find((x) => x.user === user && x.transferId === req.params.transfer_id)
    if (t === undefined) return yield* notFound("transfer not found")
    return ok({ transfer: renderInstanceTransfer(t) })
  })

// ------------------------------------------------------------------ API usage level

const getVolumeProgress: Handler = (req, { state }) =>
  Effect.map(userOf(req), (user) => {
    const since = state.now() - 30 * 86_400_000
    const volume = state.fills
      .filter((f) => f.fill.user === user && f.fill.tsMs >= since)
      .reduce((acc, f) => BigDecimal.sum(acc, f.fill.count), BigDecimal.fromBigInt(0n))
    // the volume goals of the tiers are not published: none are listed
    return ok({
      volume_progress: [{ computed_ts: secs(state.now()), trailing_30d_volume_fp: Wire.count(volume), goals: [] }]
    })
  })

const upgradeUsageLevel: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    // Advanced is granted when one of the last 100 orders came through the API: every order here does
    if (state.engine.getOrders({ user }).length === 0) {
      return yield* badRequest("none of the last 100 orders was placed through the API")
    }
    return ok(undefined, 201)
  })

// ------------------------------------------------------------------ API keys

const keyOptions = (o: Record<string, unknown>) =>
  Effect.gen(function*() {
    const name = yield* reqString(o, "name")
    const scopes = o.scopes
    if (scopes !== undefined && (!Array.isArray(scopes) || scopes.some((s) => typeof s !== "string"))) {
      return yield* badRequest("scopes must be an array of strings")
    }
    return Wire.compact({
      name,
      scopes: scopes as ReadonlyArray<Scope> | undefined,
      subaccount: yield* optInt(o, "subaccount"),
      fcmSubtraderId: yield* optString(o, "fcm_subtrader_id")
    }) as { name: string; scopes?: ReadonlyArray<Scope>; subaccount?: number; fcmSubtraderId?: string }
  })

/** A key for an FCM subtrader acts as that subtrader; only its FCM may make one. */
const keyOwner = (user: string, fcmSubtraderId: string | undefined, { state }: Context) =>
  fcmSubtraderId === undefined
    ? Either.right(user)
    : Effect.map(fromEngine(state.fcms.get(user, fcmSubtraderId)), (s) => s.subtraderId)

const getApiKeys: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const owner = yield* keyOwner(user, strParam(req.query, "fcm_subtrader_id"), ctx)
    return ok({
      api_keys: ctx.state.keys.of(owner).map((k) =>
        Wire.compact({
          api_key_id: k.apiKeyId,
          name: k.name,
          scopes: k.scopes,
          subaccount: k.subaccount,
          fcm_subtrader_id: k.fcmSubtraderId
        })
      )
    })
  })

const createApiKey: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const publicKey = yield* reqString(o, "public_key")
    const options = yield* keyOptions(o)
    const owner = yield* keyOwner(user, options.fcmSubtraderId, ctx)
    const key = yield* fromEngine(ctx.state.keys.create(owner, publicKey, options))
    return ok({ api_key_id: key.apiKeyId }, 201)
  })

const generateApiKey: Handler = (req, ctx) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const options = yield* keyOptions(o)
    const owner = yield* keyOwner(user, options.fcmSubtraderId, ctx)
    const made = yield* fromEngine(ctx.state.keys.generate(owner, options))
    return ok({ api_key_id: made.key.apiKeyId, key_type: "rsa", private_key: made.privateKeyPem }, 201)
  })

const deleteApiKey: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const key = state.keys.of(user).find((k) => k.apiKeyId === req.params.api_key) ??
      [...state.fcms.of(user)].flatMap((s) => state.keys.of(s.subtraderId))
        .find((k) => k.apiKeyId === req.params.api_key)
    if (key === undefined) return yield* notFound("api key not found")
    yield* fromEngine(state.keys.delete(key.user, key.apiKeyId))
    return noContent
  })

/** The handlers of this module, by operationId. */
export const accountHandlers: { readonly [K in OperationId]?: Handler } = {
  CreateSubaccount: createSubaccount,
  ApplySubaccountTransfer: applySubaccountTransfer,
  GetSubaccountBalances: getSubaccountBalances,
  GetSubaccountTransfers: getSubaccountTransfers,
  GetSubaccountNetting: getSubaccountNetting,
  UpdateSubaccountNetting: updateSubaccountNetting,
  GetTargetBalanceAllocation: getTargetBalanceAllocation,
  SetTargetBalanceAllocation: setTargetBalanceAllocation,
  GetDeposits: movements("deposit"),
  GetWithdrawals: movements("withdrawal"),
  IntraExchangeInstanceTransfer: intraExchangeInstanceTransfer,
  GetIntraExchangeInstanceTransfers: getIntraExchangeInstanceTransfers,
  GetIntraExchangeInstanceTransfer: getIntraExchangeInstanceTransfer,
  GetAccountApiUsageLevelVolumeProgress: getVolumeProgress,
  UpgradeAccountApiUsageLevel: upgradeUsageLevel,
  GetApiKeys: getApiKeys,
  CreateApiKey: createApiKey,
  GenerateApiKey: generateApiKey,
  DeleteApiKey: deleteApiKey
}
