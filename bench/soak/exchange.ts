/**
 * The soak's exchange, in a process of its own so that its growing ledger and its CPU stay out of
 * the figures of the process under test: a `TestExchange` with its simulated market maker and noise
 * trader on every market, and a funded account for the pipeline. It is driven over the IPC channel
 * of `child_process.fork` (see `control.ts`): fault injection through `TestExchange.faults`, and
 * the books and the order ledger the soak compares with the pipeline's view.
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as TestExchange from "@kalshi-effect/testkit/TestExchange"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Runtime from "effect/Runtime"
import type { BookLevels, LedgerOrder, Reply, Request } from "./control.js"

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}

const markets = arg("markets", 24)
const intervalMs = arg("interval", 1000)
const seed = arg("seed", 1)
/** `--simulate 0` lists the markets without the simulated traders (the scale run's REST catalog). */
const simulate = arg("simulate", 1) !== 0

const fmt = (d: BigDecimal.BigDecimal) => BigDecimal.format(BigDecimal.normalize(d))
const ONE = BigDecimal.fromBigInt(1n)

const program = Effect.gen(function*() {
  const tickers = Array.from({ length: markets }, (_, i) => `KXSOAK-26DEC31-M${String(i).padStart(4, "0")}`)
  const exchange = yield* TestExchange.make({ markets: tickers.map((ticker) => ({ ticker })), seed })
  const account = yield* exchange.addAccount({ balance: "100000000" })
  if (simulate) yield* exchange.simulate({ interval: `${intervalMs} millis` })
  const credentials = Option.getOrThrow(account.credentials)

  const handle = (request: Request): Effect.Effect<unknown> => {
    const f = exchange.faults
    switch (request.op) {
      case "dropWebSockets":
        return f.dropWebSockets
      case "skipSeq":
        return f.skipSeq({ channel: request.channel })
      case "failRequests":
        return f.failRequests({ status: request.status, count: request.count, match: request.match })
      case "delayRequests":
        return f.delayRequests({ delay: `${request.delayMs} millis`, count: request.count, match: request.match })
      case "dropResponses":
        return f.dropResponses({ count: request.count, match: request.match })
      case "refuseHandshakes":
        return f.refuseHandshakes({ status: request.status, count: request.count })
      case "sendMalformedFrame":
        return f.sendMalformedFrame()
      case "books":
        return Effect.forEach(tickers, (ticker) =>
          Effect.map(exchange.book(ticker), (book): BookLevels => {
            if (Option.isNone(book)) return { ticker, yes: [], no: [] }
            return {
              ticker,
              yes: book.value.bids.map((l) => [fmt(l.price), fmt(l.count)] as const),
              // a YES ask at p is a NO bid at 1 - p
              no: book.value.asks.map((l) => [fmt(BigDecimal.subtract(ONE, l.price)), fmt(l.count)] as const)
            }
          }))
      case "orders": {
        const wanted = new Set(request.clientOrderIds)
        const keep = (o: { status: string; lastUpdatedTsMs: number; clientOrderId: string }) =>
          o.status === "resting" || o.lastUpdatedTsMs >= request.sinceMs || wanted.has(o.clientOrderId)
        return Effect.map(exchange.orders(account.user), (orders) =>
          orders.filter(keep).map((o): LedgerOrder => ({
            orderId: o.orderId,
            clientOrderId: o.clientOrderId,
            ticker: o.ticker,
            status: o.status,
            remaining: fmt(o.remainingCount)
          })))
      }
      case "stats":
        return Effect.all({ connections: exchange.connections, requestsInFlight: exchange.requestsInFlight })
    }
  }

  const runtime = yield* Effect.runtime<never>()
  const run = Runtime.runPromise(runtime)
  const send = (reply: Reply) => process.send?.(reply)
  process.on("message", (raw) => {
    const request = raw as Request
    run(handle(request)).then(
      (result) => send({ id: request.id, ok: true, result }),
      (error: unknown) => send({ id: request.id, ok: false, error: String(error) })
    )
  })
  // the parent went away: nothing left to serve
  process.on("disconnect", () => process.exit(0))
  send({
    id: 0,
    ok: true,
    result: {
      restUrl: exchange.restUrl,
      wsUrl: exchange.wsUrl,
      user: account.user,
      apiKeyId: Redacted.value(credentials.apiKeyId),
      privateKey: Redacted.value(credentials.privateKey),
      tickers
    }
  })
  return yield* Effect.never
})

NodeRuntime.runMain(Effect.scoped(program), { disableErrorReporting: false })
