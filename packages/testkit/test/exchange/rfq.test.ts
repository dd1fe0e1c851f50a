import { describe, expect, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { EngineError } from "../../src/Engine.js"
import { type BlockTrade, Communications, MAX_OPEN_RFQS } from "../../src/exchange/rfq.js"

const d = BigDecimal.unsafeFromString
const taker = { user: "taker", subaccount: 0 }
const maker = { user: "maker", subaccount: 0 }

const make = (options: { readonly refuse?: boolean } = {}) => {
  let n = 0
  const executed: Array<BlockTrade> = []
  const comms = new Communications({
    uuid: () => `id-${++n}`,
    marketError: (t) =>
      t === "KXM" ? undefined : new EngineError({ status: 404, code: "not_found", message: "not found" }),
    execute: (trade) => {
      if (options.refuse) {
        return Either.left(
          new EngineError({ status: 400, code: "insufficient_balance", message: "insufficient balance" })
        )
      }
      executed.push(trade)
      return Either.right({ yesOrderId: `yes-${executed.length}`, noOrderId: `no-${executed.length}` })
    }
  })
  return { comms, executed }
}

const rfqOf = (comms: Communications) =>
  Either.getOrThrow(
    comms.createRfq(taker, {
      marketTicker: "KXM",
      contracts: d("10"),
      targetCost: undefined,
      targetCostExcludesFees: false,
      restRemainder: false,
      replaceExisting: false
    }, 1_000)
  )

const quoteOf = (comms: Communications, rfqId: string, yesBid = "0.40", noBid = "0.55") =>
  Either.getOrThrow(
    comms.createQuote(
      maker,
      { rfqId, yesBid: d(yesBid), noBid: d(noBid), restRemainder: false, postOnly: false },
      2_000
    )
  )

describe("exchange/rfq", () => {
  it("an accepted and confirmed quote executes one block trade and closes its RFQ", () => {
    const { comms, executed } = make()
    const rfq = rfqOf(comms)
    const quote = quoteOf(comms, rfq.id)
    expect(Either.getOrThrow(comms.acceptQuote("taker", quote.id, "yes", 3_000)).status).toBe("accepted")
    const done = Either.getOrThrow(comms.confirmQuote("maker", quote.id, 4_000))
    expect(done.status).toBe("executed")
    expect(executed).toEqual([{
      ticker: "KXM",
      yes: maker,
      no: taker,
      yesPrice: d("0.40"),
      count: d("10"),
      maker: "yes"
    }])
    expect(done.creatorOrderId).toBe("yes-1")
    expect(done.rfqCreatorOrderId).toBe("no-1")
    expect(comms.rfqs.get(rfq.id)!.status).toBe("closed")
    expect(comms.drain().map((e) => e._tag)).toEqual([
      "RfqCreated",
      "QuoteCreated",
      "QuoteAccepted",
      "QuoteExecuted",
      "QuoteExecuted",
      "RfqDeleted"
    ])
  })

  it("accepting the NO bid makes the RFQ creator buy YES at 1 - no_bid", () => {
    const { comms, executed } = make()
    const quote = quoteOf(comms, rfqOf(comms).id)
    Either.getOrThrow(comms.acceptQuote("taker", quote.id, "no", 3_000, quote.rfqId))
    Either.getOrThrow(comms.confirmQuote("maker", quote.id, 4_000, quote.rfqId))
    expect(executed[0]).toMatchObject({ yes: taker, no: maker, yesPrice: d("0.45"), maker: "no" })
  })

  it("refuses what the flow does not allow, and keeps the quote when the ledger refuses the trade", () => {
    const { comms } = make({ refuse: true })
    const rfq = rfqOf(comms)
    const own = comms.createQuote(taker, {
      rfqId: rfq.id,
      yesBid: d("0.4"),
      noBid: d("0.5"),
      restRemainder: false,
      postOnly: false
    }, 2_000)
    expect(Either.isLeft(own) && own.left.status).toBe(400)
    const crossed = comms.createQuote(maker, {
      rfqId: rfq.id,
      yesBid: d("0.6"),
      noBid: d("0.5"),
      restRemainder: false,
      postOnly: false
    }, 2_000)
    expect(Either.isLeft(crossed) && crossed.left.details).toMatch(/exceed/)
    const quote = quoteOf(comms, rfq.id)
    const early = comms.confirmQuote("maker", quote.id, 2_500)
    expect(Either.isLeft(early) && early.left.status).toBe(409)
    const byMaker = comms.acceptQuote("maker", quote.id, "yes", 2_500)
    expect(Either.isLeft(byMaker) && byMaker.left.status).toBe(404)
    Either.getOrThrow(comms.acceptQuote("taker", quote.id, "yes", 3_000))
    const refused = comms.confirmQuote("maker", quote.id, 4_000)
    expect(Either.isLeft(refused) && refused.left.code).toBe("insufficient_balance")
    expect(comms.quotes.get(quote.id)!.status).toBe("accepted")
    expect(comms.rfqs.get(rfq.id)!.status).toBe("open")
  })

  it("a user may have at most 100 open RFQs", () => {
    const { comms } = make()
    for (let i = 0; i < MAX_OPEN_RFQS; i++) rfqOf(comms)
    expect(Either.isLeft(comms.createRfq(taker, {
      marketTicker: "KXM",
      contracts: d("1"),
      targetCost: undefined,
      targetCostExcludesFees: false,
      restRemainder: false,
      replaceExisting: false
    }, 2_000))).toBe(true)
  })

  it("deleting an RFQ cancels its open quotes", () => {
    const { comms } = make()
    const rfq = rfqOf(comms)
    const quote = quoteOf(comms, rfq.id)
    expect(Either.isLeft(comms.deleteRfq("maker", rfq.id, 3_000))).toBe(true)
    Either.getOrThrow(comms.deleteRfq("taker", rfq.id, 3_000))
    expect(comms.quotes.get(quote.id)).toMatchObject({ status: "cancelled", cancellationReason: "rfq_closed" })
    expect(Either.isLeft(comms.deleteRfq("taker", rfq.id, 3_500))).toBe(true)
  })

  it("a block trade proposal executes once both sides accepted, and expires otherwise", () => {
    const { comms, executed } = make()
    const proposal = Either.getOrThrow(comms.proposeBlockTrade("maker", {
      buyer: taker,
      seller: maker,
      marketTicker: "KXM",
      price: d("0.45"),
      count: d("2"),
      makerSide: "yes",
      expirationMs: 10_000
    }, 1_000))
    expect(proposal.sellerAcceptedMs).toBe(1_000)
    expect(Either.getOrThrow(comms.acceptBlockTradeProposal("taker", proposal.id, 2_000)).status).toBe("executed")
    expect(executed).toEqual([{
      ticker: "KXM",
      yes: taker,
      no: maker,
      yesPrice: d("0.45"),
      count: d("2"),
      maker: "yes"
    }])
    const late = Either.getOrThrow(comms.proposeBlockTrade("taker", {
      buyer: taker,
      seller: maker,
      marketTicker: "KXM",
      price: d("0.45"),
      count: d("2"),
      makerSide: "no",
      expirationMs: 5_000
    }, 1_000))
    const expired = comms.acceptBlockTradeProposal("maker", late.id, 6_000)
    expect(Either.isLeft(expired) && expired.left.status).toBe(409)
    expect(comms.proposalsOf("taker", 6_000).map((p) => p.status)).toEqual(["expired", "executed"])
  })
})
