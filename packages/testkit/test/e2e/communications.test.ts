import { describe, expect, layer } from "@effect/vitest"
import { FixedPoint } from "@kalshi-effect/core"
import { CommunicationsApi, PortfolioApi } from "@kalshi-effect/rest"
import { KalshiWebSocket } from "@kalshi-effect/ws"
import * as Effect from "effect/Effect"
import { TestExchange } from "../../src/index.js"
import { call, connect } from "../utils/client.js"
import { checkFrame } from "../utils/spec.js"
import { messagesOf, record, sdk } from "./sdk.js"

const A = "KXE2ERFQ-26-A"

describe("the RFQ flow through the SDK", () => {
  layer(sdk({ markets: [{ ticker: A }], seed: 5 }), { excludeTestServices: true })((it) => {
    it.scoped("an RFQ quoted, accepted and confirmed fills both sides, and the communications channel says so", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        const ws = yield* KalshiWebSocket.KalshiWebSocket
        const comms = yield* CommunicationsApi
        const portfolio = yield* PortfolioApi
        const maker = yield* exchange.addAccount({ balance: "1000" })
        const heard = yield* record(messagesOf(yield* ws.subscribe("communications", {})))
        const raw = yield* connect(exchange, me)
        yield* raw.send({ id: 1, cmd: "subscribe", params: { channels: ["communications"] } })
        yield* raw.next((f) => f.type === "subscribed")

        const { id: rfqId } = yield* comms.createRFQ({
          market_ticker: A,
          contracts_fp: FixedPoint.unsafeCount("10"),
          rest_remainder: false
        })
        const quote = yield* call(exchange, "POST", "/communications/quotes", {
          as: maker,
          body: { rfq_id: rfqId, yes_bid: "0.40", no_bid: "0.55", rest_remainder: false }
        })
        expect(quote.status).toBe(201)
        const quoteId: string = quote.body.id
        // the maker's bid on YES is taken: the RFQ's creator buys NO at 0.60
        yield* comms.acceptRFQQuote({ rfq_id: rfqId, quote_id: quoteId, accepted_side: "yes" })
        const confirmed = yield* call(exchange, "PUT", `/communications/rfqs/${rfqId}/quotes/${quoteId}/confirm`, {
          as: maker
        })
        expect(confirmed.status).toBe(204)

        const messages = yield* heard.until(
          "the RFQ's life from creation to execution",
          (ms) => ms.some((m) => m.type === "quote_executed") && ms.some((m) => m.type === "rfq_deleted")
        )
        expect(messages.map((m) => m.type)).toEqual([
          "rfq_created",
          "quote_created",
          "quote_accepted",
          "quote_executed",
          "rfq_deleted"
        ])
        const executed = messages.find((m) => m.type === "quote_executed")!
        expect(executed.msg).toMatchObject({ quote_id: quoteId, rfq_id: rfqId, rfq_creator_id: me.user })

        // the fill carries the order id the channel named; the position is 10 NO bought at 0.60
        const fills = yield* portfolio.getFills({ ticker: A })
        expect(fills.fills.map((f) => f.order_id)).toEqual([(executed.msg as { order_id: string }).order_id])
        const positions = yield* portfolio.getPositions({ ticker: A })
        expect(FixedPoint.formatCount(positions.market_positions[0]!.position_fp!)).toBe("-10.00")
        const makerFills = yield* call(exchange, "GET", "/portfolio/fills", { as: maker })
        expect(makerFills.body.fills.map((f: any) => [f.side, f.count_fp, f.yes_price_dollars])).toEqual([
          ["yes", "10.00", "0.4000"]
        ])
        // the raw frames, as the AsyncAPI spec describes them
        yield* raw.next((f) => f.type === "rfq_deleted")
        for (const f of raw.frames.filter((f) => f.type !== "subscribed")) {
          expect(checkFrame(f), JSON.stringify(f)).toEqual([])
        }
        const rfq = yield* comms.getRFQ({ rfq_id: rfqId })
        expect(rfq.rfq.status).toBe("closed")
        const ledger = exchange.engine.ledger()
        expect(ledger.positionSum.value).toBe(0n)
      }))

    it.scoped("the frames match the AsyncAPI spec, and user_filter self hears only its own RFQs", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const ws = yield* KalshiWebSocket.KalshiWebSocket
        const other = yield* exchange.addAccount({ balance: "100" })
        const raw = yield* connect(exchange, yield* TestExchange.DefaultAccount)
        yield* raw.send({ id: 1, cmd: "subscribe", params: { channels: ["communications"] } })
        yield* raw.next((f) => f.type === "subscribed")
        const mine = yield* record(messagesOf(yield* ws.subscribe("communications", { user_filter: "self" })))
        const all = yield* record(messagesOf(yield* ws.subscribe("communications", {})))
        const theirs = yield* call(exchange, "POST", "/communications/rfqs", {
          as: other,
          body: { market_ticker: A, contracts_fp: "3", rest_remainder: false }
        })
        expect(theirs.status).toBe(201)
        const comms = yield* CommunicationsApi
        const own = yield* comms.createRFQ({
          market_ticker: A,
          contracts_fp: FixedPoint.unsafeCount("2"),
          rest_remainder: false
        })
        yield* comms.deleteRFQ({ rfq_id: own.id })
        const heard = yield* all.until("both RFQs and the deletion", (ms) => ms.length >= 3)
        expect(heard.map((m) => [m.type, "id" in m.msg ? m.msg.id : undefined])).toEqual([
          ["rfq_created", theirs.body.id],
          ["rfq_created", own.id],
          ["rfq_deleted", own.id]
        ])
        const selfOnly = yield* mine.until("own RFQ and its deletion", (ms) => ms.length >= 2)
        expect(selfOnly.map((m) => "id" in m.msg ? m.msg.id : undefined)).toEqual([own.id, own.id])
        yield* raw.next((f) => f.type === "rfq_deleted")
        const frames = raw.frames.filter((f) => f.type !== "subscribed")
        expect(frames.map((f) => f.type)).toEqual(["rfq_created", "rfq_created", "rfq_deleted"])
        for (const f of frames) expect(checkFrame(f), JSON.stringify(f)).toEqual([])
      }))
  })
})
