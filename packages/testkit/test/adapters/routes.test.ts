import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { handlers } from "../../src/adapters/http/handlers/index.js"
import { operations, resolve } from "../../src/adapters/http/operations.js"
import { channels } from "../../src/adapters/ws/session.js"
import { TestExchange } from "../../src/index.js"
import { call, connect } from "../utils/client.js"
import { asyncapi, openapi } from "../utils/spec.js"

/** Every operation of the spec file, as `METHOD path operationId signed`. */
const specOperations = (): Array<string> => {
  const out: Array<string> = []
  for (const [path, item] of Object.entries<any>(openapi.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue
      const signed = Array.isArray(op.security) && op.security.length > 0
      out.push(`${method.toUpperCase()} ${path} ${op.operationId} ${signed}`)
    }
  }
  return out.sort()
}

/** Paths whose fixed last segment a templated route of the same shape would also match. */
const fixedPaths = [
  ["/series/fee_changes", "GetSeriesFeeChanges"],
  ["/events/fee_changes", "GetEventFeeChanges"],
  ["/events/multivariate", "GetMultivariateEvents"],
  ["/markets/candlesticks", "BatchGetMarketCandlesticks"]
] as const

describe("routes from the spec", () => {
  it("the exchange knows exactly the spec's operations, with their methods, routes and signing", () => {
    expect(operations.map((o) => `${o.method} ${o.route} ${o.operation} ${o.signed}`).sort()).toEqual(
      specOperations()
    )
    expect(operations.length).toBe(117)
  })

  it("every handler serves an operation of the spec", () => {
    const known = new Set(operations.map((o) => o.operation))
    for (const id of Object.keys(handlers)) expect(known.has(id as never), id).toBe(true)
  })

  it.each(fixedPaths)("GET %s resolves to %s, not to the templated route beside it", (path, operation) => {
    expect(resolve("GET", path)?.op.operation).toBe(operation)
  })

  it("templated routes still take the paths no fixed route names", () => {
    expect(resolve("GET", "/series/KXFEE")).toMatchObject({
      op: { operation: "GetSeries" },
      params: { series_ticker: "KXFEE" }
    })
    expect(resolve("GET", "/markets/KX-1/orderbook")?.op.operation).toBe("GetMarketOrderbook")
    expect(resolve("DELETE", "/portfolio/events/orders/batched")?.op.operation).toBe("BatchCancelOrdersV2")
    expect(resolve("DELETE", "/portfolio/events/orders/abc")?.op.operation).toBe("CancelOrderV2")
    expect(resolve("GET", "/nowhere")).toBeUndefined()
    expect(resolve("PATCH", "/markets")).toBeUndefined()
  })

  it.scopedLive.each(fixedPaths)(
    "GET %s is answered as %s, not 404 as a series, event or market",
    ([path, operation]) =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: "KXFIX-26-A" }] })
        // the batch of candlesticks needs its required parameters to answer 200
        const query = path === "/markets/candlesticks"
          ? { market_tickers: "KXFIX-26-A", start_ts: "0", end_ts: "1", period_interval: "1" }
          : undefined
        const reply = yield* call(exchange, "GET", path, { query })
        expect(reply.status, JSON.stringify(reply.body)).not.toBe(404)
        if (reply.status === 501) expect(reply.body.error.message).toContain(operation)
        else expect(reply.status).toBe(200)
      })
  )
})

describe("channels from the spec", () => {
  it("the exchange accepts exactly the AsyncAPI spec's channels", () => {
    const spec = Object.values<any>(asyncapi.channels).map((c) => c.address).filter((a) => a !== "/")
    expect(spec).toHaveLength(13)
    expect([...channels].sort()).toEqual(spec.sort())
  })

  it.scopedLive("a subscription to every channel is confirmed once per channel", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({ rateLimits: false, markets: [{ ticker: "KXCH-26-A" }] })
      const account = yield* exchange.addAccount({ balance: "10" })
      const ws = yield* connect(exchange, account)
      yield* ws.send({ id: 1, cmd: "subscribe", params: { channels, market_tickers: ["KXCH-26-A"] } })
      yield* ws.until(() => ws.frames.filter((f) => f.type === "subscribed").length === channels.length)
      expect(ws.frames.filter((f) => f.type === "subscribed").map((f) => f.msg.channel).sort()).toEqual(
        [...channels].sort()
      )
    }))
})
