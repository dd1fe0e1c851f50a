/**
 * Requests for quote, quotes and block trade proposals (the `communications` tag): a stateful flow
 * that ends in a block trade between two accounts, executed by the ledger through a port.
 *
 * - An RFQ asks for `contracts` of a market. Other users quote it with a YES bid and a NO bid.
 * - The RFQ's creator accepts one quote on one side: `yes` takes the quote creator's YES bid (the
 *   quote creator buys YES at `yes_bid`, the RFQ creator buys NO at `1 - yes_bid`), `no` takes its
 *   NO bid (the quote creator buys NO at `no_bid`, the RFQ creator buys YES at `1 - no_bid`).
 * - The quote's creator confirms; the trade executes at once (`executed`) and the RFQ closes.
 * - A block trade proposal names a buyer (of YES) and a seller at a YES price; it executes when both
 *   have accepted (the proposer's own side counts as accepted), before its expiration.
 *
 * Every change is also a {@link CommunicationEvent}, which the WebSocket's `communications` channel
 * publishes.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { EngineError } from "../engine/model.js"

export interface Party {
  readonly user: string
  readonly subaccount: number
}

export interface Rfq {
  readonly id: string
  readonly creator: Party
  readonly marketTicker: string
  readonly contracts: BigDecimal.BigDecimal
  readonly targetCost: BigDecimal.BigDecimal | undefined
  readonly targetCostExcludesFees: boolean
  readonly restRemainder: boolean
  status: "open" | "closed"
  readonly createdMs: number
  updatedMs: number
  cancelledMs: number | undefined
  cancellationReason: string | undefined
}

export type QuoteStatus = "open" | "accepted" | "confirmed" | "executed" | "cancelled"

export interface Quote {
  readonly id: string
  readonly rfqId: string
  readonly creator: Party
  readonly rfqCreator: Party
  readonly marketTicker: string
  readonly contracts: BigDecimal.BigDecimal
  readonly yesBid: BigDecimal.BigDecimal
  readonly noBid: BigDecimal.BigDecimal
  readonly restRemainder: boolean
  readonly postOnly: boolean
  status: QuoteStatus
  readonly createdMs: number
  updatedMs: number
  acceptedSide: "yes" | "no" | undefined
  acceptedMs: number | undefined
  confirmedMs: number | undefined
  executedMs: number | undefined
  cancelledMs: number | undefined
  cancellationReason: string | undefined
  /** The order ids of the block trade, once executed. */
  creatorOrderId: string | undefined
  rfqCreatorOrderId: string | undefined
}

export interface Proposal {
  readonly id: string
  readonly proposer: string
  readonly buyer: Party
  readonly seller: Party
  readonly marketTicker: string
  /** The YES price the buyer pays. */
  readonly price: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  readonly makerSide: "yes" | "no"
  readonly expirationMs: number
  status: "pending" | "executed" | "expired"
  readonly createdMs: number
  updatedMs: number
  buyerAcceptedMs: number | undefined
  sellerAcceptedMs: number | undefined
  executedMs: number | undefined
  buyerOrderId: string | undefined
  sellerOrderId: string | undefined
}

/** A trade the ledger executes off the book: `yes` buys YES at `yesPrice`, `no` buys NO at `1 - yesPrice`. */
export interface BlockTrade {
  readonly ticker: string
  readonly yes: Party
  readonly no: Party
  readonly yesPrice: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  /** Which side provided the liquidity (pays the maker fee). */
  readonly maker: "yes" | "no"
}

export interface BlockTradeResult {
  readonly yesOrderId: string
  readonly noOrderId: string
}

/** What the flow needs from the rest of the exchange. */
export interface Ports {
  readonly uuid: () => string
  /** `undefined` when the market exists and trades; why not otherwise. */
  readonly marketError: (ticker: string) => EngineError | undefined
  readonly execute: (trade: BlockTrade, nowMs: number) => Either.Either<BlockTradeResult, EngineError>
}

export type CommunicationEvent =
  | { readonly _tag: "RfqCreated"; readonly rfq: Rfq }
  | { readonly _tag: "RfqDeleted"; readonly rfq: Rfq }
  | { readonly _tag: "QuoteCreated"; readonly quote: Quote }
  | { readonly _tag: "QuoteAccepted"; readonly quote: Quote }
  | { readonly _tag: "QuoteExecuted"; readonly quote: Quote; readonly party: "creator" | "rfqCreator" }

export interface CreateRfq {
  readonly marketTicker: string
  readonly contracts: BigDecimal.BigDecimal | undefined
  readonly targetCost: BigDecimal.BigDecimal | undefined
  readonly targetCostExcludesFees: boolean
  readonly restRemainder: boolean
  readonly replaceExisting: boolean
}

export interface CreateQuote {
  readonly rfqId: string
  readonly yesBid: BigDecimal.BigDecimal
  readonly noBid: BigDecimal.BigDecimal
  readonly restRemainder: boolean
  readonly postOnly: boolean
}

export interface ProposeBlockTrade {
  readonly buyer: Party
  readonly seller: Party
  readonly marketTicker: string
  readonly price: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  readonly makerSide: "yes" | "no"
  readonly expirationMs: number
}

const fail = (status: number, code: string, message: string, details?: string) =>
  Either.left(new EngineError({ status, code, message, ...(details !== undefined ? { details } : {}) }))
const badRequest = (details: string) => fail(400, "bad_request", "bad request", details)
const notFound = (details: string) => fail(404, "not_found", "not found", details)
const conflict = (details: string) => fail(409, "conflict", "conflict", details)

/** The most RFQs one user may have open. */
export const MAX_OPEN_RFQS = 100

const ZERO = BigDecimal.fromBigInt(0n)
const ONE = BigDecimal.fromBigInt(1n)
const isPrice = (p: BigDecimal.BigDecimal) =>
  BigDecimal.greaterThanOrEqualTo(p, ZERO) && BigDecimal.lessThanOrEqualTo(p, ONE)

/** The RFQs, quotes and proposals of one exchange, with the events of the last command. */
export class Communications {
  readonly rfqs = new Map<string, Rfq>()
  readonly quotes = new Map<string, Quote>()
  readonly proposals = new Map<string, Proposal>()
  private pending: Array<CommunicationEvent> = []

  constructor(private readonly ports: Ports) {}

  /** The events since the last call, oldest first. */
  drain(): ReadonlyArray<CommunicationEvent> {
    const out = this.pending
    this.pending = []
    return out
  }

  createRfq(creator: Party, command: CreateRfq, nowMs: number): Either.Either<Rfq, EngineError> {
    const marketError = this.ports.marketError(command.marketTicker)
    if (marketError !== undefined) return Either.left(marketError)
    const contracts = command.contracts
    if (contracts === undefined && command.targetCost === undefined) {
      return badRequest("one of contracts_fp or target_cost_dollars is required")
    }
    if (contracts !== undefined && !BigDecimal.isPositive(contracts)) return badRequest("contracts must be positive")
    if (command.targetCost !== undefined && !BigDecimal.isPositive(command.targetCost)) {
      return badRequest("target_cost_dollars must be positive")
    }
    if (!command.replaceExisting) {
      let open = 0
      for (const r of this.rfqs.values()) if (r.status === "open" && r.creator.user === creator.user) open += 1
      if (open >= MAX_OPEN_RFQS) return badRequest(`at most ${MAX_OPEN_RFQS} open RFQs`)
    }
    if (command.replaceExisting) {
      for (const rfq of this.rfqs.values()) {
        if (rfq.status === "open" && rfq.creator.user === creator.user && rfq.marketTicker === command.marketTicker) {
          this.closeRfq(rfq, "replaced", nowMs)
        }
      }
    }
    const rfq: Rfq = {
      id: this.ports.uuid(),
      creator,
      marketTicker: command.marketTicker,
      contracts: contracts ?? ZERO,
      targetCost: command.targetCost,
      targetCostExcludesFees: command.targetCostExcludesFees,
      restRemainder: command.restRemainder,
      status: "open",
      createdMs: nowMs,
      updatedMs: nowMs,
      cancelledMs: undefined,
      cancellationReason: undefined
    }
    this.rfqs.set(rfq.id, rfq)
    this.pending.push({ _tag: "RfqCreated", rfq })
    return Either.right(rfq)
  }

  deleteRfq(user: string, rfqId: string, nowMs: number): Either.Either<Rfq, EngineError> {
    const rfq = this.rfqs.get(rfqId)
    if (rfq === undefined || rfq.creator.user !== user) return notFound("rfq not found")
    if (rfq.status !== "open") return conflict("the rfq is closed")
    this.closeRfq(rfq, "user_cancelled", nowMs)
    return Either.right(rfq)
  }

  /** An RFQ its creator or anyone may read (RFQs are public to quoters). */
  getRfq(rfqId: string): Either.Either<Rfq, EngineError> {
    const rfq = this.rfqs.get(rfqId)
    return rfq === undefined ? notFound("rfq not found") : Either.right(rfq)
  }

  createQuote(creator: Party, command: CreateQuote, nowMs: number): Either.Either<Quote, EngineError> {
    const rfq = this.rfqs.get(command.rfqId)
    if (rfq === undefined) return notFound("rfq not found")
    if (rfq.status !== "open") return conflict("the rfq is closed")
    if (rfq.creator.user === creator.user) return badRequest("cannot quote your own rfq")
    if (!isPrice(command.yesBid) || !isPrice(command.noBid)) return badRequest("bids must be between 0 and 1")
    if (BigDecimal.greaterThan(BigDecimal.sum(command.yesBid, command.noBid), ONE)) {
      return badRequest("yes_bid + no_bid must not exceed 1")
    }
    if (!BigDecimal.isPositive(command.yesBid) && !BigDecimal.isPositive(command.noBid)) {
      return badRequest("one of yes_bid or no_bid must be positive")
    }
    const quote: Quote = {
      id: this.ports.uuid(),
      rfqId: rfq.id,
      creator,
      rfqCreator: rfq.creator,
      marketTicker: rfq.marketTicker,
      contracts: rfq.contracts,
      yesBid: command.yesBid,
      noBid: command.noBid,
      restRemainder: command.restRemainder,
      postOnly: command.postOnly,
      status: "open",
      createdMs: nowMs,
      updatedMs: nowMs,
      acceptedSide: undefined,
      acceptedMs: undefined,
      confirmedMs: undefined,
      executedMs: undefined,
      cancelledMs: undefined,
      cancellationReason: undefined,
      creatorOrderId: undefined,
      rfqCreatorOrderId: undefined
    }
    this.quotes.set(quote.id, quote)
    this.pending.push({ _tag: "QuoteCreated", quote })
    return Either.right(quote)
  }

  /** A quote its creator or its RFQ's creator may read. */
  getQuote(user: string, quoteId: string, rfqId?: string): Either.Either<Quote, EngineError> {
    const quote = this.quotes.get(quoteId)
    if (
      quote === undefined || (rfqId !== undefined && quote.rfqId !== rfqId) ||
      (quote.creator.user !== user && quote.rfqCreator.user !== user)
    ) return notFound("quote not found")
    return Either.right(quote)
  }

  deleteQuote(user: string, quoteId: string, nowMs: number, rfqId?: string): Either.Either<Quote, EngineError> {
    const quote = this.quotes.get(quoteId)
    if (quote === undefined || quote.creator.user !== user || (rfqId !== undefined && quote.rfqId !== rfqId)) {
      return notFound("quote not found")
    }
    if (quote.status !== "open" && quote.status !== "accepted") return conflict(`the quote is ${quote.status}`)
    this.cancelQuote(quote, "user_cancelled", nowMs)
    return Either.right(quote)
  }

  acceptQuote(
    user: string,
    quoteId: string,
    side: "yes" | "no",
    nowMs: number,
    rfqId?: string
  ): Either.Either<Quote, EngineError> {
    const quote = this.quotes.get(quoteId)
    if (quote === undefined || quote.rfqCreator.user !== user || (rfqId !== undefined && quote.rfqId !== rfqId)) {
      return notFound("quote not found")
    }
    if (quote.status !== "open") return conflict(`the quote is ${quote.status}`)
    if (!BigDecimal.isPositive(side === "yes" ? quote.yesBid : quote.noBid)) {
      return badRequest(`the quote has no ${side} bid`)
    }
    quote.status = "accepted"
    quote.acceptedSide = side
    quote.acceptedMs = nowMs
    quote.updatedMs = nowMs
    this.pending.push({ _tag: "QuoteAccepted", quote })
    return Either.right(quote)
  }

  /** The quote's creator confirms an accepted quote: the block trade executes. */
  confirmQuote(user: string, quoteId: string, nowMs: number, rfqId?: string): Either.Either<Quote, EngineError> {
    const quote = this.quotes.get(quoteId)
    if (quote === undefined || quote.creator.user !== user || (rfqId !== undefined && quote.rfqId !== rfqId)) {
      return notFound("quote not found")
    }
    if (quote.status !== "accepted") return conflict(`the quote is ${quote.status}`)
    const rfq = this.rfqs.get(quote.rfqId)!
    if (rfq.status !== "open") return conflict("the rfq is closed")
    const creatorBuysYes = quote.acceptedSide === "yes"
    const trade: BlockTrade = {
      ticker: quote.marketTicker,
      yes: creatorBuysYes ? quote.creator : quote.rfqCreator,
      no: creatorBuysYes ? quote.rfqCreator : quote.creator,
      yesPrice: creatorBuysYes ? quote.yesBid : BigDecimal.subtract(ONE, quote.noBid),
      count: quote.contracts,
      maker: creatorBuysYes ? "yes" : "no"
    }
    const executed = this.ports.execute(trade, nowMs)
    if (Either.isLeft(executed)) return Either.left(executed.left)
    quote.status = "executed"
    quote.confirmedMs = nowMs
    quote.executedMs = nowMs
    quote.updatedMs = nowMs
    quote.creatorOrderId = creatorBuysYes ? executed.right.yesOrderId : executed.right.noOrderId
    quote.rfqCreatorOrderId = creatorBuysYes ? executed.right.noOrderId : executed.right.yesOrderId
    this.pending.push({ _tag: "QuoteExecuted", quote, party: "creator" })
    this.pending.push({ _tag: "QuoteExecuted", quote, party: "rfqCreator" })
    this.closeRfq(rfq, "executed", nowMs)
    return Either.right(quote)
  }

  proposeBlockTrade(proposer: string, command: ProposeBlockTrade, nowMs: number): Either.Either<Proposal, EngineError> {
    const marketError = this.ports.marketError(command.marketTicker)
    if (marketError !== undefined) return Either.left(marketError)
    if (proposer !== command.buyer.user && proposer !== command.seller.user) {
      return badRequest("the proposer must be the buyer or the seller")
    }
    if (command.buyer.user === command.seller.user) return badRequest("the buyer and the seller must differ")
    if (!isPrice(command.price) || !BigDecimal.isPositive(command.price)) return badRequest("invalid price")
    if (!BigDecimal.isPositive(command.count)) return badRequest("centicount must be positive")
    if (command.expirationMs <= nowMs) return badRequest("expiration_ts must be in the future")
    const proposal: Proposal = {
      id: this.ports.uuid(),
      proposer,
      ...command,
      status: "pending",
      createdMs: nowMs,
      updatedMs: nowMs,
      buyerAcceptedMs: proposer === command.buyer.user ? nowMs : undefined,
      sellerAcceptedMs: proposer === command.seller.user ? nowMs : undefined,
      executedMs: undefined,
      buyerOrderId: undefined,
      sellerOrderId: undefined
    }
    this.proposals.set(proposal.id, proposal)
    return Either.right(proposal)
  }

  acceptBlockTradeProposal(user: string, proposalId: string, nowMs: number): Either.Either<Proposal, EngineError> {
    const proposal = this.proposals.get(proposalId)
    if (proposal === undefined || (proposal.buyer.user !== user && proposal.seller.user !== user)) {
      return notFound("block trade proposal not found")
    }
    this.expireProposals(nowMs)
    if (proposal.status !== "pending") return conflict(`the proposal is ${proposal.status}`)
    const buyerAccepted = proposal.buyerAcceptedMs ?? (proposal.buyer.user === user ? nowMs : undefined)
    const sellerAccepted = proposal.sellerAcceptedMs ?? (proposal.seller.user === user ? nowMs : undefined)
    if (buyerAccepted !== undefined && sellerAccepted !== undefined) {
      const executed = this.ports.execute({
        ticker: proposal.marketTicker,
        yes: proposal.buyer,
        no: proposal.seller,
        yesPrice: proposal.price,
        count: proposal.count,
        maker: proposal.makerSide
      }, nowMs)
      if (Either.isLeft(executed)) return Either.left(executed.left)
      proposal.status = "executed"
      proposal.executedMs = nowMs
      proposal.buyerOrderId = executed.right.yesOrderId
      proposal.sellerOrderId = executed.right.noOrderId
    }
    proposal.buyerAcceptedMs = buyerAccepted
    proposal.sellerAcceptedMs = sellerAccepted
    proposal.updatedMs = nowMs
    return Either.right(proposal)
  }

  /** Proposals a user is party to, newest first. */
  proposalsOf(user: string, nowMs: number): ReadonlyArray<Proposal> {
    this.expireProposals(nowMs)
    return [...this.proposals.values()]
      .filter((p) => p.buyer.user === user || p.seller.user === user)
      .reverse()
  }

  private expireProposals(nowMs: number): void {
    for (const p of this.proposals.values()) {
      if (p.status === "pending" && p.expirationMs <= nowMs) {
        p.status = "expired"
        p.updatedMs = nowMs
      }
    }
  }

  private closeRfq(rfq: Rfq, reason: string, nowMs: number): void {
    rfq.status = "closed"
    rfq.updatedMs = nowMs
    if (reason !== "executed") {
      rfq.cancelledMs = nowMs
      rfq.cancellationReason = reason
    }
    for (const quote of this.quotes.values()) {
      if (quote.rfqId === rfq.id && (quote.status === "open" || quote.status === "accepted")) {
        this.cancelQuote(quote, "rfq_closed", nowMs)
      }
    }
    this.pending.push({ _tag: "RfqDeleted", rfq })
  }

  private cancelQuote(quote: Quote, reason: string, nowMs: number): void {
    quote.status = "cancelled"
    quote.cancelledMs = nowMs
    quote.cancellationReason = reason
    quote.updatedMs = nowMs
  }
}
