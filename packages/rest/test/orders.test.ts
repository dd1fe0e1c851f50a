import { assert, describe, it } from "@effect/vitest"
import { FixedPoint, KalshiHttpClient } from "@kalshi-effect/core"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Orders, OrdersApi, RateLimits } from "../src/index.js"
import * as Harness from "./utils/harness.js"
import type { Received, Reply, SpecServer } from "./utils/SpecServer.js"

const d = FixedPoint.unsafeDollars
const c = FixedPoint.unsafeCount
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe("the order builder", () => {
  it("maps buy and sell of YES and NO exactly onto the YES leg", () => {
    const cases = [
      ["buy", "yes", "0.56", "bid", "0.56"],
      ["sell", "yes", "0.56", "ask", "0.56"],
      ["buy", "no", "0.40", "ask", "0.6"],
      ["sell", "no", "0.40", "bid", "0.6"],
      ["buy", "no", "0.565", "ask", "0.435"],
      ["sell", "no", "0.0001", "bid", "0.9999"]
    ] as const
    for (const [action, outcome, price, side, yesPrice] of cases) {
      const leg = Orders.toYesLeg(action, outcome, d(price))
      assert.strictEqual(leg.side, side, `${action} ${outcome} at ${price}`)
      assert.isTrue(
        BigDecimal.equals(leg.price, d(yesPrice)),
        `${action} ${outcome} at ${price}: ${BigDecimal.format(leg.price)}`
      )
    }
  })

  it.scopedLive("sends time in force, post-only, reduce-only, self-trade prevention, order group, cancel-on-pause and expiration", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const orders = yield* OrdersApi
        const expires = new Date("2030-01-01T00:00:00Z")
        yield* orders.createOrderV2(
          Orders.buy("no", "KX-1", c("3"), d("0.35"), {
            postOnly: true,
            selfTradePrevention: "maker",
            orderGroupId: "og-1",
            cancelOnPause: true,
            expiration: expires,
            subaccount: 2
          })
        )
        yield* orders.createOrderV2(
          Orders.sell("yes", "KX-1", c("1.5"), d("0.9"), { timeInForce: "immediate_or_cancel", reduceOnly: true })
        )
        const [resting, reducing] = server.received.map((r) => JSON.parse(r.body))
        assert.deepStrictEqual(server.received.flatMap((r) => r.errors), [])
        assert.deepStrictEqual({ ...resting, client_order_id: "?" }, {
          ticker: "KX-1",
          side: "ask",
          price: "0.65",
          count: "3.00",
          time_in_force: "good_till_canceled",
          self_trade_prevention_type: "maker",
          post_only: true,
          order_group_id: "og-1",
          cancel_order_on_pause: true,
          expiration_time: expires.getTime() / 1000,
          subaccount: 2,
          client_order_id: "?"
        })
        assert.deepStrictEqual({ ...reducing, client_order_id: "?" }, {
          ticker: "KX-1",
          side: "ask",
          price: "0.90",
          count: "1.50",
          time_in_force: "immediate_or_cancel",
          self_trade_prevention_type: "taker_at_cross",
          reduce_only: true,
          client_order_id: "?"
        })
      })
    ))
})

describe("client_order_id", () => {
  it.scopedLive("createOrderV2 and batchCreateOrdersV2 fill in a fresh one when absent and keep a given one", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const orders = yield* OrdersApi
        const order = Orders.buy("yes", "KX-1", c("1"), d("0.5"))
        yield* orders.createOrderV2(order)
        yield* orders.createOrderV2(order)
        yield* orders.createOrderV2({ ...order, client_order_id: "mine-1" })
        yield* orders.batchCreateOrdersV2({ orders: [order, { ...order, client_order_id: "mine-2" }, order] })
        const ids = server.received.slice(0, 3).map((r) => JSON.parse(r.body).client_order_id)
        assert.match(ids[0], UUID)
        assert.match(ids[1], UUID)
        assert.notStrictEqual(ids[0], ids[1])
        assert.strictEqual(ids[2], "mine-1")
        const batch = JSON.parse(server.received[3]!.body).orders.map((o: { client_order_id: string }) =>
          o.client_order_id
        )
        assert.match(batch[0], UUID)
        assert.strictEqual(batch[1], "mine-2")
        assert.match(batch[2], UUID)
        assert.notStrictEqual(batch[0], batch[2])
        assert.deepStrictEqual(server.received.flatMap((r) => r.errors), [])
      })
    ))
})

/** A tiny exchange: orders by client_order_id, 409 on reuse, an order list that may lag. */
const fakeExchange = (
  server: SpecServer,
  options: { dropFirstCreate: "after-executing" | "before-executing" | "no"; listLag?: number }
) => {
  const book: Array<{ order_id: string; client_order_id: string; ticker: string }> = []
  let creates = 0
  let lists = 0
  server.setHandler((req: Received, next: () => Reply): Reply => {
    if (req.errors.length > 0) return next()
    if (req.operationId === "CreateOrderV2") {
      creates++
      const body = JSON.parse(req.body)
      if (creates === 1 && options.dropFirstCreate === "before-executing") return { drop: true }
      if (book.some((o) => o.client_order_id === body.client_order_id)) {
        return { status: 409, body: { error: { code: "order_already_exists", message: "order already exists" } } }
      }
      const order = { order_id: `o-${book.length + 1}`, client_order_id: body.client_order_id, ticker: body.ticker }
      book.push(order)
      if (creates === 1 && options.dropFirstCreate === "after-executing") return { drop: true }
      return {
        status: 201,
        body: {
          order_id: order.order_id,
          client_order_id: order.client_order_id,
          fill_count: "0.00",
          remaining_count: body.count,
          ts_ms: 1
        }
      }
    }
    if (req.operationId === "GetOrders") {
      lists++
      const visible = lists > (options.listLag ?? 0) ? book.filter((o) => o.ticker === req.query.get("ticker")) : []
      // Two pages, the order on the second one.
      if (req.query.get("cursor") === null) {
        return {
          status: 200,
          body: { orders: [{ order_id: "other", client_order_id: "someone-else", ticker: "KX-1" }], cursor: "p2" }
        }
      }
      return { status: 200, body: { orders: visible.map((o) => ({ ...o, status: "resting" })), cursor: "" } }
    }
    return next()
  })
  return { book, creates: () => creates }
}

describe("outcome-unknown reconciliation", () => {
  const order = Orders.buy("yes", "KX-1", c("2"), d("0.44"), { clientOrderId: "coid-lost-1" })

  it.scopedLive("a create executed whose response is lost: the retry gets 409 and the order is found in the list, created once", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const exchange = fakeExchange(server, { dropFirstCreate: "after-executing" })
        const orders = yield* OrdersApi
        const lost = yield* Effect.flip(orders.createOrderV2(order))
        assert.strictEqual(lost._tag, "OutcomeUnknown")
        if (lost._tag !== "OutcomeUnknown") return
        assert.strictEqual(lost.clientOrderId, "coid-lost-1")
        const placed = yield* Orders.reconcileCreate({ ...order, client_order_id: lost.clientOrderId! }, {
          backoff: "1 millis"
        })
        assert.strictEqual(placed._tag, "Existing")
        if (placed._tag === "Existing") assert.strictEqual(placed.order.order_id, "o-1")
        assert.strictEqual(exchange.book.length, 1)
        const creates = server.received.filter((r) => r.operationId === "CreateOrderV2").map((r) =>
          JSON.parse(r.body).client_order_id
        )
        assert.deepStrictEqual(creates, ["coid-lost-1", "coid-lost-1"])
      })
    ))

  it.scopedLive("place() resolves it by itself, also when the order list lags behind the write", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const exchange = fakeExchange(server, { dropFirstCreate: "after-executing", listLag: 2 })
        const placed = yield* Orders.place(Orders.buy("yes", "KX-1", c("2"), d("0.44")), { backoff: "1 millis" })
        assert.strictEqual(placed._tag, "Existing")
        assert.match(placed.clientOrderId, UUID)
        assert.strictEqual(exchange.book.length, 1)
        assert.strictEqual(exchange.book[0]!.client_order_id, placed.clientOrderId)
      })
    ))

  it.scopedLive("a create lost before executing: the retry creates the order, once", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const exchange = fakeExchange(server, { dropFirstCreate: "before-executing" })
        const placed = yield* Orders.place(order, { backoff: "1 millis" })
        assert.strictEqual(placed._tag, "Created")
        if (placed._tag === "Created") assert.strictEqual(placed.response.order_id, "o-1")
        assert.strictEqual(exchange.book.length, 1)
        assert.strictEqual(exchange.creates(), 2)
      })
    ))

  it.scopedLive("another 409 is not taken for an existing order, nor for a refusal: the list decides", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        let creates = 0
        server.setHandler((req, next) => {
          if (req.operationId !== "CreateOrderV2") return next()
          creates++
          return creates === 1
            ? { drop: true }
            : { status: 409, body: { error: { code: "order_group_limit_reached", message: "no" } } }
        })
        const error = yield* Effect.flip(Orders.place(order, { backoff: "1 millis", lookups: 1 }))
        // the first attempt may have used up the group's limit: its outcome stays unknown
        assert.strictEqual(error._tag, "OutcomeUnknown")
        if (error._tag === "OutcomeUnknown") assert.match(error.description ?? "", /a retry was refused \(HttpError\)/)
        assert.strictEqual(server.received.filter((r) => r.operationId === "GetOrders").length, 2)
      })
    ))

  it.scopedLive("gives up with OutcomeUnknown when the list never shows the order", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        fakeExchange(server, { dropFirstCreate: "after-executing", listLag: 1000 })
        const error = yield* Effect.flip(Orders.place(order, { backoff: "1 millis", lookups: 2 }))
        assert.strictEqual(error._tag, "OutcomeUnknown")
        assert.strictEqual(server.received.filter((r) => r.operationId === "GetOrders").length, 6)
      })
    ))
})

/** A batch endpoint over the same idea: per-order 409s inside a 201. */
const fakeBatchExchange = (server: SpecServer, dropFirst: "after-executing" | "before-executing" | "no") => {
  const book: Array<{ order_id: string; client_order_id: string; ticker: string }> = []
  let batches = 0
  server.setHandler((req: Received, next: () => Reply): Reply => {
    if (req.errors.length > 0) return next()
    if (req.operationId === "BatchCreateOrdersV2") {
      batches++
      if (batches === 1 && dropFirst === "before-executing") return { drop: true }
      const results = JSON.parse(req.body).orders.map(
        (o: { client_order_id: string; ticker: string; count: string }) => {
          if (o.ticker === "KX-HALTED") {
            return { client_order_id: o.client_order_id, error: { code: "market_closed", message: "market closed" } }
          }
          if (book.some((b) => b.client_order_id === o.client_order_id)) {
            return {
              client_order_id: o.client_order_id,
              error: { code: "order_already_exists", message: "order already exists" }
            }
          }
          const order = { order_id: `o-${book.length + 1}`, client_order_id: o.client_order_id, ticker: o.ticker }
          book.push(order)
          return {
            order_id: order.order_id,
            client_order_id: order.client_order_id,
            fill_count: "0.00",
            remaining_count: o.count,
            ts_ms: 1
          }
        }
      )
      if (batches === 1 && dropFirst === "after-executing") return { drop: true }
      return { status: 201, body: { orders: results } }
    }
    if (req.operationId === "GetOrders") {
      return {
        status: 200,
        body: {
          orders: book.filter((o) => o.ticker === req.query.get("ticker")).map((o) => ({ ...o, status: "resting" })),
          cursor: ""
        }
      }
    }
    return next()
  })
  return { book, batches: () => batches }
}

describe("batch reconciliation", () => {
  const orders = [
    Orders.buy("yes", "KX-1", c("1"), d("0.30")),
    Orders.buy("no", "KX-2", c("2"), d("0.40"), { clientOrderId: "mine-1" }),
    Orders.buy("yes", "KX-HALTED", c("1"), d("0.50"))
  ]

  it.scopedLive("a batch executed whose response is lost: each order is found once, a rejected one stays rejected", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const exchange = fakeBatchExchange(server, "after-executing")
        const placed = yield* Orders.placeBatch({ orders }, { backoff: "1 millis" })
        assert.deepStrictEqual(placed.map((p) => p._tag), ["Existing", "Existing", "Rejected"])
        assert.strictEqual(placed[1]!.clientOrderId, "mine-1")
        assert.strictEqual(exchange.book.length, 2)
        assert.strictEqual(exchange.batches(), 2)
        const sent = server.received.filter((r) => r.operationId === "BatchCreateOrdersV2").map((r) =>
          JSON.parse(r.body).orders.map((o: { client_order_id: string }) => o.client_order_id)
        )
        assert.deepStrictEqual(sent[0], sent[1])
        const rejected = placed[2]!
        if (rejected._tag === "Rejected") assert.strictEqual(rejected.error.code, "market_closed")
      })
    ))

  it.scopedLive("a batch lost before executing is created once by the retry; an answered batch is read order by order", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const exchange = fakeBatchExchange(server, "before-executing")
        const placed = yield* Orders.placeBatch({ orders }, { backoff: "1 millis" })
        assert.deepStrictEqual(placed.map((p) => p._tag), ["Created", "Created", "Rejected"])
        assert.strictEqual(exchange.book.length, 2)
        const again = yield* Orders.placeBatch({ orders: [Orders.buy("yes", "KX-3", c("1"), d("0.1"))] })
        assert.deepStrictEqual(again.map((p) => p._tag), ["Created"])
        assert.strictEqual(exchange.batches(), 3)
      })
    ))
})

describe("amend", () => {
  it.scopedLive("returns the order before the amend and the V2 answer", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        server.setHandler((req, next) =>
          req.operationId === "GetOrder"
            ? {
              status: 200,
              body: {
                order: { order_id: "o-1", ticker: "KX-1", yes_price_dollars: "0.4400", remaining_count_fp: "2.00" }
              }
            }
            : req.operationId === "AmendOrderV2"
            ? {
              status: 200,
              body: { order_id: "o-2", client_order_id: "c-2", remaining_count: "3.00", fill_count: "0.00", ts_ms: 5 }
            }
            : next()
        )
        const { before, after } = yield* Orders.amend({
          order_id: "o-1",
          ticker: "KX-1",
          side: "bid",
          price: d("0.45"),
          count: c("3"),
          updated_client_order_id: "c-2"
        })
        assert.strictEqual(before.order_id, "o-1")
        assert.isTrue(BigDecimal.equals(before.yes_price_dollars!, d("0.44")))
        assert.strictEqual(after.order_id, "o-2")
        assert.isTrue(BigDecimal.equals(after.remaining_count!, c("3")))
        const amendBody = JSON.parse(server.received[1]!.body)
        assert.deepStrictEqual(amendBody, {
          ticker: "KX-1",
          side: "bid",
          price: "0.45",
          count: "3.00",
          updated_client_order_id: "c-2"
        })
        assert.deepStrictEqual(server.received.flatMap((r) => r.errors), [])
      })
    ))
})

describe("RateLimits", () => {
  it.scopedLive("loads the account limits and endpoint costs and applies them to core's limiter", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        server.setHandler((req, next) =>
          req.operationId === "GetAccountApiLimits"
            ? {
              status: 200,
              body: {
                usage_tier: "advanced",
                read: { refill_rate: 300, bucket_capacity: 300 },
                write: { refill_rate: 30, bucket_capacity: 60 },
                grants: []
              }
            }
            : req.operationId === "GetAccountEndpointCosts"
            ? {
              status: 200,
              body: {
                default_cost: 12,
                endpoint_costs: [{ method: "GET", path: "/trade-api/v2/markets", cost: 3 }, {
                  method: "POST",
                  path: "/portfolio/events/orders/batched",
                  cost: 9
                }]
              }
            }
            : next()
        )
        const loaded = yield* RateLimits.apply
        assert.strictEqual(loaded.usageTier, "advanced")
        const { rateLimiter } = yield* KalshiHttpClient.KalshiHttpClient
        assert.deepStrictEqual(
          yield* rateLimiter.limits,
          Option.some({ read: { refillRate: 300, capacity: 300 }, write: { refillRate: 30, capacity: 60 } })
        )
        assert.deepStrictEqual(
          yield* rateLimiter.charge({ operation: "GetMarkets", method: "GET", route: "/markets" }),
          { bucket: "read", tokens: 3 }
        )
        assert.deepStrictEqual(yield* rateLimiter.charge({ operation: "GetEvents", method: "GET", route: "/events" }), {
          bucket: "read",
          tokens: 12
        })
        assert.deepStrictEqual(
          yield* rateLimiter.charge({
            operation: "BatchCreateOrdersV2",
            method: "POST",
            route: "/portfolio/events/orders/batched",
            items: 4
          }),
          { bucket: "write", tokens: 36 }
        )
      }), { rateLimits: {} }))

  it.scopedLive("refuses to apply limits the exchange did not send", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        server.setHandler((req, next) =>
          req.operationId === "GetAccountApiLimits"
            ? {
              status: 200,
              body: {
                usage_tier: "basic",
                read: { refill_rate: 200 },
                write: { refill_rate: 100, bucket_capacity: 100 },
                grants: []
              }
            }
            : next()
        )
        const error = yield* Effect.flip(RateLimits.apply)
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") assert.strictEqual(error.path, "read.bucket_capacity")
      }), { rateLimits: {} }))
})
