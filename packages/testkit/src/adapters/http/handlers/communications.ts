/**
 * The `communications` operations: RFQs, quotes and block trade proposals over the
 * {@link Communications} flow.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import type { Proposal, Quote, Rfq } from "../../../exchange/rfq.js"
import * as Wire from "../../wire.js"
import type { OperationId } from "../operations.js"
import {
  asObject,
  badRequest,
  enumParam,
  fromEngine,
  type Handler,
  intParam,
  type Json,
  noContent,
  ok,
  optBool,
  optDecimal,
  optInt,
  optObject,
  paginate,
  reqDecimal,
  reqEnum,
  reqInt,
  reqString,
  strParam,
  tsRange,
  userOf
} from "../params.js"

export const renderRfq = (r: Rfq): Json =>
  Wire.compact({
    id: r.id,
    creator_id: r.creator.user,
    creator_user_id: r.creator.user,
    creator_subaccount: r.creator.subaccount,
    market_ticker: r.marketTicker,
    contracts_fp: Wire.count(r.contracts),
    target_cost_dollars: r.targetCost === undefined ? undefined : Wire.dollars(r.targetCost),
    target_cost_excludes_fees: r.targetCostExcludesFees,
    rest_remainder: r.restRemainder,
    status: r.status,
    created_ts: Wire.time(r.createdMs),
    updated_ts: Wire.time(r.updatedMs),
    cancelled_ts: r.cancelledMs === undefined ? undefined : Wire.time(r.cancelledMs),
    cancellation_reason: r.cancellationReason ?? ""
  })

export const renderQuote = (q: Quote): Json =>
  Wire.compact({
    id: q.id,
    rfq_id: q.rfqId,
    creator_id: q.creator.user,
    creator_user_id: q.creator.user,
    creator_subaccount: q.creator.subaccount,
    rfq_creator_id: q.rfqCreator.user,
    rfq_creator_user_id: q.rfqCreator.user,
    rfq_creator_subaccount: q.rfqCreator.subaccount,
    market_ticker: q.marketTicker,
    contracts_fp: Wire.count(q.contracts),
    yes_bid_dollars: Wire.price(q.yesBid),
    no_bid_dollars: Wire.price(q.noBid),
    yes_contracts_fp: Wire.count(q.contracts),
    no_contracts_fp: Wire.count(q.contracts),
    rest_remainder: q.restRemainder,
    post_only: q.postOnly,
    status: q.status,
    accepted_side: q.acceptedSide,
    created_ts: Wire.time(q.createdMs),
    updated_ts: Wire.time(q.updatedMs),
    accepted_ts: q.acceptedMs === undefined ? undefined : Wire.time(q.acceptedMs),
    confirmed_ts: q.confirmedMs === undefined ? undefined : Wire.time(q.confirmedMs),
    executed_ts: q.executedMs === undefined ? undefined : Wire.time(q.executedMs),
    cancelled_ts: q.cancelledMs === undefined ? undefined : Wire.time(q.cancelledMs),
    cancellation_reason: q.cancellationReason ?? "",
    creator_order_id: q.creatorOrderId,
    rfq_creator_order_id: q.rfqCreatorOrderId
  })

const centi = (d: BigDecimal.BigDecimal): number => Number(BigDecimal.scale(d, 4).value)
const centicount = (d: BigDecimal.BigDecimal): number => Number(BigDecimal.scale(d, 2).value)

export const renderProposal = (p: Proposal): Json =>
  Wire.compact({
    id: p.id,
    proposer_user_id: p.proposer,
    buyer_user_id: p.buyer.user,
    seller_user_id: p.seller.user,
    market_ticker: p.marketTicker,
    price_centi_cents: centi(p.price),
    centicount: centicount(p.count),
    maker_side: p.makerSide,
    expiration_ts: Wire.time(p.expirationMs),
    status: p.status,
    created_ts: Wire.time(p.createdMs),
    updated_ts: Wire.time(p.updatedMs),
    buyer_accepted: p.buyerAcceptedMs !== undefined,
    seller_accepted: p.sellerAcceptedMs !== undefined,
    buyer_accepted_ts: p.buyerAcceptedMs === undefined ? undefined : Wire.time(p.buyerAcceptedMs),
    seller_accepted_ts: p.sellerAcceptedMs === undefined ? undefined : Wire.time(p.sellerAcceptedMs),
    executed_ts: p.executedMs === undefined ? undefined : Wire.time(p.executedMs),
    buyer_order_id: p.buyerOrderId,
    seller_order_id: p.sellerOrderId
  })

/** The ids of the exchange's users on the communications channel are their user ids. */
const getCommunicationsId: Handler = (req) => Effect.map(userOf(req), (user) => ok({ communications_id: user }))

const createRfq: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const marketTicker = yield* reqString(o, "market_ticker")
    const legacyCount = yield* optInt(o, "contracts")
    const contracts = (yield* optDecimal(o, "contracts_fp", 2)) ??
      (legacyCount === undefined ? undefined : BigDecimal.fromBigInt(BigInt(legacyCount)))
    const legacyCost = yield* optInt(o, "target_cost_centi_cents")
    const targetCost = (yield* optDecimal(o, "target_cost_dollars", 4)) ??
      (legacyCost === undefined ? undefined : BigDecimal.make(BigInt(legacyCost), 4))
    const restRemainder = yield* optBool(o, "rest_remainder")
    if (restRemainder === undefined) return yield* badRequest("rest_remainder is required")
    const subaccount = (yield* optInt(o, "subaccount")) ?? 0
    const rfq = yield* fromEngine(state.comms.createRfq({ user, subaccount }, {
      marketTicker,
      contracts,
      targetCost,
      targetCostExcludesFees: (yield* optBool(o, "target_cost_excludes_fees")) ?? false,
      restRemainder,
      replaceExisting: (yield* optBool(o, "replace_existing")) ?? false
    }, state.now()))
    return ok({ id: rfq.id }, 201)
  })

const getRfqs: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const q = req.query
    const status = yield* enumParam(q, "status", ["open", "closed"] as const)
    const subaccount = yield* intParam(q, "subaccount", 0, 63)
    const mine = strParam(q, "user_filter") === "self" || strParam(q, "creator_user_id") !== undefined
    const eventTicker = strParam(q, "event_ticker")
    const market = strParam(q, "market_ticker")
    const rfqs = [...state.comms.rfqs.values()].reverse().filter((r) =>
      (status === undefined || r.status === status) &&
      (market === undefined || r.marketTicker === market) &&
      (eventTicker === undefined || state.markets.get(r.marketTicker)?.eventTicker === eventTicker) &&
      (!mine || r.creator.user === user) &&
      (subaccount === undefined || r.creator.subaccount === subaccount)
    )
    const p = yield* paginate(q, rfqs, { min: 0, max: 100, def: 100 })
    return ok({ rfqs: p.page.map(renderRfq), cursor: p.cursor })
  })

const getRfq: Handler = (req, { state }) =>
  Effect.gen(function*() {
    yield* userOf(req)
    const rfq = yield* fromEngine(state.comms.getRfq(req.params.rfq_id!))
    return ok({ rfq: renderRfq(rfq) })
  })

const deleteRfq: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    yield* fromEngine(state.comms.deleteRfq(user, req.params.rfq_id!, state.now()))
    return noContent
  })

const createQuote: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const rfqId = yield* reqString(o, "rfq_id")
    const yesBid = yield* reqDecimal(o, "yes_bid", 4)
    const noBid = yield* reqDecimal(o, "no_bid", 4)
    const restRemainder = yield* optBool(o, "rest_remainder")
    if (restRemainder === undefined) return yield* badRequest("rest_remainder is required")
    const quote = yield* fromEngine(
      state.comms.createQuote({ user, subaccount: (yield* optInt(o, "subaccount")) ?? 0 }, {
        rfqId,
        yesBid,
        noBid,
        restRemainder,
        postOnly: (yield* optBool(o, "post_only")) ?? false
      }, state.now())
    )
    return ok({ id: quote.id }, 201)
  })

const getQuotes: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const q = req.query
    const status = yield* enumParam(q, "status", ["open", "accepted", "confirmed", "executed", "cancelled"] as const)
    const inRange = yield* tsRange(q)
    const rfqId = strParam(q, "rfq_id")
    const mine = strParam(q, "user_filter") === "self" || strParam(q, "quote_creator_user_id") !== undefined
    const onMine = strParam(q, "rfq_user_filter") === "self" || strParam(q, "rfq_creator_user_id") !== undefined
    const quotes = [...state.comms.quotes.values()].reverse().filter((x) =>
      (x.creator.user === user || x.rfqCreator.user === user) &&
      (status === undefined || x.status === status) &&
      (rfqId === undefined || x.rfqId === rfqId) &&
      (!mine || x.creator.user === user) &&
      (!onMine || x.rfqCreator.user === user) &&
      inRange(x.createdMs)
    )
    const p = yield* paginate(q, quotes, { min: 0, max: 500, def: 500 })
    return ok({ quotes: p.page.map(renderQuote), cursor: p.cursor })
  })

const getQuote: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const quote = yield* fromEngine(state.comms.getQuote(user, req.params.quote_id!, req.params.rfq_id))
    return ok({ quote: renderQuote(quote) })
  })

const deleteQuote: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    yield* fromEngine(state.comms.deleteQuote(user, req.params.quote_id!, state.now(), req.params.rfq_id))
    return noContent
  })

const acceptQuote: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const side = yield* reqEnum(o, "accepted_side", ["yes", "no"] as const)
    yield* fromEngine(state.comms.acceptQuote(user, req.params.quote_id!, side, state.now(), req.params.rfq_id))
    return noContent
  })

const confirmQuote: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    yield* fromEngine(state.comms.confirmQuote(user, req.params.quote_id!, state.now(), req.params.rfq_id))
    return noContent
  })

const proposeBlockTrade: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const o = yield* asObject(req.body)
    const buyer = yield* reqString(o, "buyer_user_id")
    const seller = yield* reqString(o, "seller_user_id")
    const marketTicker = yield* reqString(o, "market_ticker")
    const priceCentiCents = yield* reqInt(o, "price_centi_cents")
    const centicount = yield* reqInt(o, "centicount")
    const makerSide = yield* reqEnum(o, "maker_side", ["yes", "no"] as const)
    const expiration = Date.parse(yield* reqString(o, "expiration_ts"))
    if (Number.isNaN(expiration)) return yield* badRequest("expiration_ts must be an RFC 3339 time")
    const proposal = yield* fromEngine(state.comms.proposeBlockTrade(user, {
      buyer: { user: buyer, subaccount: (yield* optInt(o, "buyer_subaccount")) ?? 0 },
      seller: { user: seller, subaccount: (yield* optInt(o, "seller_subaccount")) ?? 0 },
      marketTicker,
      price: BigDecimal.make(BigInt(priceCentiCents), 4),
      count: BigDecimal.make(BigInt(centicount), 2),
      makerSide,
      expirationMs: expiration
    }, state.now()))
    return ok({ block_trade_proposal_id: proposal.id }, 201)
  })

const acceptBlockTradeProposal: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    yield* optObject(req.body)
    yield* fromEngine(state.comms.acceptBlockTradeProposal(user, req.params.block_trade_proposal_id!, state.now()))
    return noContent
  })

const getBlockTradeProposals: Handler = (req, { state }) =>
  Effect.gen(function*() {
    const user = yield* userOf(req)
    const q = req.query
    const market = strParam(q, "market_ticker")
    const status = strParam(q, "status")
    const proposals = state.comms.proposalsOf(user, state.now()).filter((p) =>
      (market === undefined || p.marketTicker === market) && (status === undefined || p.status === status)
    )
    const p = yield* paginate(q, proposals, { min: 0, max: 100, def: 100 })
    return ok({ block_trade_proposals: p.page.map(renderProposal), cursor: p.cursor })
  })

/** The handlers of this module, by operationId. */
export const communicationsHandlers: { readonly [K in OperationId]?: Handler } = {
  GetCommunicationsID: getCommunicationsId,
  GetBlockTradeProposals: getBlockTradeProposals,
  ProposeBlockTrade: proposeBlockTrade,
  AcceptBlockTradeProposal: acceptBlockTradeProposal,
  GetRFQs: getRfqs,
  CreateRFQ: createRfq,
  GetRFQ: getRfq,
  DeleteRFQ: deleteRfq,
  GetRFQQuote: getQuote,
  DeleteRFQQuote: deleteQuote,
  AcceptRFQQuote: acceptQuote,
  ConfirmRFQQuote: confirmQuote,
  GetQuotes: getQuotes,
  CreateQuote: createQuote,
  GetQuote: getQuote,
  DeleteQuote: deleteQuote,
  AcceptQuote: acceptQuote,
  ConfirmQuote: confirmQuote
}
