/**
 * The `communications` channel's messages for one user: RFQs are public (every subscriber hears
 * of them, unless it asked for `user_filter: "self"`); a quote is heard by its creator and its
 * RFQ's creator; an execution is heard by each party, with its own order id.
 *
 * @internal
 */
import type { CommunicationEvent } from "../../exchange/rfq.js"
import type { ExchangeState } from "../../exchange/state.js"
import * as Wire from "../wire.js"
import { compact } from "../wire.js"

export interface Message {
  readonly type: string
  readonly msg: Record<string, unknown>
}

export const communicationMessages = (
  state: ExchangeState,
  e: CommunicationEvent,
  user: string,
  selfOnly: boolean
): ReadonlyArray<Message> => {
  const eventOf = (ticker: string) => state.markets.get(ticker)?.eventTicker
  switch (e._tag) {
    case "RfqCreated":
    case "RfqDeleted": {
      const r = e.rfq
      if (selfOnly && r.creator.user !== user) return []
      return [{
        type: e._tag === "RfqCreated" ? "rfq_created" : "rfq_deleted",
        msg: compact({
          id: r.id,
          creator_id: r.creator.user,
          market_ticker: r.marketTicker,
          event_ticker: eventOf(r.marketTicker),
          contracts_fp: Wire.count(r.contracts),
          target_cost_dollars: r.targetCost === undefined ? undefined : Wire.dollars(r.targetCost),
          ...(e._tag === "RfqCreated" ? { created_ts: Wire.time(r.createdMs) } : { deleted_ts: Wire.time(r.updatedMs) })
        })
      }]
    }
    case "QuoteCreated":
    case "QuoteAccepted": {
      const q = e.quote
      if (q.creator.user !== user && q.rfqCreator.user !== user) return []
      return [{
        type: e._tag === "QuoteCreated" ? "quote_created" : "quote_accepted",
        msg: compact({
          quote_id: q.id,
          rfq_id: q.rfqId,
          quote_creator_id: q.creator.user,
          rfq_creator_id: q.rfqCreator.user,
          market_ticker: q.marketTicker,
          event_ticker: eventOf(q.marketTicker),
          yes_bid_dollars: Wire.price(q.yesBid),
          no_bid_dollars: Wire.price(q.noBid),
          yes_contracts_offered_fp: Wire.count(q.contracts),
          no_contracts_offered_fp: Wire.count(q.contracts),
          ...(e._tag === "QuoteCreated"
            ? { created_ts: Wire.time(q.createdMs) }
            : { accepted_side: q.acceptedSide, contracts_accepted_fp: Wire.count(q.contracts) }),
          subaccount: q.creator.user === user ? q.creator.subaccount : q.rfqCreator.subaccount
        })
      }]
    }
    case "QuoteExecuted": {
      const q = e.quote
      const party = e.party === "creator" ? q.creator : q.rfqCreator
      if (party.user !== user) return []
      return [{
        type: "quote_executed",
        msg: {
          quote_id: q.id,
          rfq_id: q.rfqId,
          quote_creator_id: q.creator.user,
          rfq_creator_id: q.rfqCreator.user,
          order_id: (e.party === "creator" ? q.creatorOrderId : q.rfqCreatorOrderId) ?? "",
          client_order_id: "",
          market_ticker: q.marketTicker,
          executed_ts: Wire.time(q.executedMs ?? q.updatedMs),
          subaccount: party.subaccount
        }
      }]
    }
  }
}
