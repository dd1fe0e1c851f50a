/**
 * The pipeline under test: what a trading process does all day, through the SDK only. It keeps a
 * local `OrderBook` of every market (`OrderBook.fromSubscription` over one `orderbook_delta`
 * subscription), follows `fill`, `user_orders` and `market_positions`, and places, amends and
 * cancels orders continuously through `Orders`, keeping its own view of its orders.
 */
import type { Kalshi } from "@kalshi-effect/kalshi"
import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { Orders, OrdersApi } from "@kalshi-effect/rest"
import { KalshiWebSocket, type Messages, OrderBook } from "@kalshi-effect/ws"
import * as BigDecimal from "effect/BigDecimal"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { BookLevels, Ready } from "./control.js"
import { OrderLedger, type OrderView } from "./orders.js"

/** Counters the pipeline keeps of what it saw. */
export interface Counters {
  /** Channel messages delivered by the subscriptions' streams. */
  decoded: number
  /** `UndecodableFrame` events: on a subscription, or of the connection. */
  undecodable: number
  resyncs: number
  /** `Reconnected` events of the order book subscription. */
  reconnected: number
  seqGaps: number
  serverErrors: number
  /** Streams that ended or failed and were subscribed again. */
  resubscribed: number
  /** REST listings of resting orders after the `user_orders` stream missed messages. */
  orderViewResyncs: number
  fills: number
  positions: number
  actions: { place: number; amend: number; cancel: number }
  outcomes: Record<string, number>
}

export interface Pipeline {
  readonly counters: Counters
  readonly ledger: OrderLedger
  /** The latest state of each market's local book. */
  readonly books: Map<string, OrderBook.OrderBookState>
  /** Stops placing orders and waits for the actions in flight; `resume` starts again. */
  readonly pause: Effect.Effect<void>
  readonly resume: Effect.Effect<void>
  /** Looks up the creates whose outcome is not known yet. */
  readonly settle: Effect.Effect<void>
  /** Sums of the SDK's metrics. */
  readonly metrics: Effect.Effect<{ readonly reconnects: number; readonly retries: number; readonly requests: number }>
}

/**
 * The SDK for the exchange's account as a Node.js process runs it (undici, `node:crypto` signing),
 * with reconnects and timeouts suited to a fault-heavy run.
 */
export const sdkLayer = (ready: Ready) =>
  KalshiNode.layer({
    restUrl: ready.restUrl,
    wsUrl: ready.wsUrl,
    apiKeyId: Redacted.make(ready.apiKeyId),
    privateKey: Redacted.make(ready.privateKey),
    rest: { timeout: "4 seconds" },
    webSocket: { reconnect: { initialDelay: "100 millis", maxDelay: "2 seconds" }, retryFirstConnect: true }
  })

const centi = (d: BigDecimal.BigDecimal | undefined) =>
  d === undefined ? 0 : Math.round(Number(BigDecimal.format(d)) * 100)

const counterSum = (name: string) =>
  Effect.map(Metric.snapshot, (pairs) => {
    let sum = 0
    for (const pair of pairs) {
      if (pair.metricKey.name !== name) continue
      const state = pair.metricState as { readonly count?: unknown }
      if (typeof state.count === "number") sum += state.count
      else if (typeof state.count === "bigint") sum += Number(state.count)
    }
    return sum
  })

const bump = (outcomes: Record<string, number>, key: string) => {
  outcomes[key] = (outcomes[key] ?? 0) + 1
}

/** A small seeded generator, so that a run's actions repeat. */
const prng = (seed: number) => {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000
  }
}

/** Runs a stream for as long as the scope lives, subscribing again when it ends or fails. */
const follow = <A, E>(
  counters: Counters,
  name: string,
  run: Effect.Effect<A, E, Scope.Scope>
) =>
  Effect.scoped(run).pipe(
    Effect.tapErrorCause((cause) => Effect.logWarning(`${name}: stream failed, subscribing again`, cause)),
    Effect.ignore,
    Effect.zipRight(Effect.sync(() => counters.resubscribed++)),
    Effect.repeat(Schedule.spaced("200 millis")),
    Effect.forkScoped
  )

export const start = (
  ready: Ready,
  options: { readonly workers: number; readonly actionEveryMs: number; readonly seed: number }
): Effect.Effect<Pipeline, never, Scope.Scope | Kalshi.Services> =>
  Effect.gen(function*() {
    const ws = yield* KalshiWebSocket.KalshiWebSocket
    const ordersApi = yield* OrdersApi
    const counters: Counters = {
      decoded: 0,
      undecodable: 0,
      resyncs: 0,
      reconnected: 0,
      seqGaps: 0,
      serverErrors: 0,
      resubscribed: 0,
      orderViewResyncs: 0,
      fills: 0,
      positions: 0,
      actions: { place: 0, amend: 0, cancel: 0 },
      outcomes: {}
    }
    const ledger = new OrderLedger()
    const books = new Map<string, OrderBook.OrderBookState>()
    const random = prng(options.seed)

    const countEvent = <C extends Messages.Channel>(event: KalshiWebSocket.SubscriptionEvent<C>) => {
      if (!KalshiWebSocket.isControlEvent(event)) {
        counters.decoded++
        return
      }
      switch (event._tag) {
        case "UndecodableFrame":
          counters.undecodable++
          return
        case "Resync":
          counters.resyncs++
          return
        case "SequenceGap":
          counters.seqGaps++
          return
        case "ServerError":
          counters.serverErrors++
          return
      }
    }

    // ------------------------------------------------------------------ connection events

    yield* follow(
      counters,
      "events",
      Effect.flatMap(ws.events, (events) =>
        Stream.runForEach(events, (event) =>
          Effect.sync(() => {
            if (event._tag === "UndecodableFrame") counters.undecodable++
          })))
    )

    // ------------------------------------------------------------------ books

    yield* follow(
      counters,
      "orderbook_delta",
      Effect.gen(function*() {
        const subscription = yield* ws.subscribe("orderbook_delta", { market_tickers: [...ready.tickers] })
        const counted: KalshiWebSocket.Subscription<"orderbook_delta"> = {
          ...subscription,
          stream: subscription.stream.pipe(Stream.tap((event) =>
            Effect.sync(() => {
              countEvent(event)
              if (KalshiWebSocket.isControlEvent(event) && event._tag === "Reconnected") counters.reconnected++
            })
          ))
        }
        yield* OrderBook.fromSubscription(counted).pipe(
          Stream.runForEach((update) => Effect.sync(() => books.set(update.marketTicker, update.book)))
        )
      })
    )

    // ------------------------------------------------------------------ orders view

    let resyncing = 0
    /** Lists the resting orders and corrects the view: the stream may have missed messages. */
    const listResting = Effect.gen(function*() {
      const since = Date.now()
      const resting = yield* ordersApi.getOrdersStream({ status: "resting" }).pipe(Stream.runCollect)
      const now = Date.now()
      const listed = new Set<string>()
      for (const o of resting) {
        const id = o.client_order_id ?? ""
        listed.add(id)
        ledger.observe(id, o.order_id, "resting", centi(o.remaining_count_fp), centi(o.fill_count_fp), now)
      }
      for (const v of ledger.resting()) {
        // an order not listed was closed meanwhile, unless it changed after the listing started
        if (!listed.has(v.clientOrderId) && v.updatedAt < since) {
          v.status = "closed"
          v.updatedAt = now
        }
      }
      counters.orderViewResyncs++
    })
    const resyncOrders = Effect.suspend(() => {
      resyncing++
      return listResting.pipe(
        Effect.retry(Schedule.spaced("500 millis").pipe(Schedule.intersect(Schedule.recurs(20)))),
        Effect.tapErrorCause((cause) => Effect.logWarning("resting orders: listing failed", cause)),
        Effect.ignore,
        Effect.ensuring(Effect.sync(() => resyncing--))
      )
    })

    yield* follow(
      counters,
      "user_orders",
      Effect.gen(function*() {
        const subscription = yield* ws.subscribe("user_orders", {})
        // what happened before this subscription (or while the last one was down) is listed
        yield* Effect.forkScoped(resyncOrders)
        yield* subscription.stream.pipe(
          Stream.runForEach((event) => {
            countEvent(event)
            if (KalshiWebSocket.isControlEvent(event)) {
              return event._tag === "Reconnected" ? Effect.forkScoped(resyncOrders) : Effect.void
            }
            const m = event.msg
            return Effect.sync(() =>
              ledger.observe(
                m.client_order_id ?? "",
                m.order_id,
                m.status,
                centi(m.remaining_count_fp),
                centi(m.fill_count_fp),
                Date.now()
              )
            )
          })
        )
      })
    )

    yield* follow(
      counters,
      "fill",
      Effect.flatMap(ws.subscribe("fill", {}), (subscription) =>
        Stream.runForEach(subscription.stream, (event) =>
          Effect.sync(() => {
            countEvent(event)
            if (!KalshiWebSocket.isControlEvent(event)) {
              counters.fills++
            }
          })))
    )

    yield* follow(
      counters,
      "market_positions",
      Effect.flatMap(ws.subscribe("market_positions", {}), (subscription) =>
        Stream.runForEach(subscription.stream, (event) =>
          Effect.sync(() => {
            countEvent(event)
            if (!KalshiWebSocket.isControlEvent(event)) {
              counters.positions++
            }
          })))
    )

    // ------------------------------------------------------------------ trading

    const cents = (n: number) =>
      BigDecimal.unsafeDivide(BigDecimal.fromBigInt(BigInt(n)), BigDecimal.fromBigInt(100n))
    const fmt = (d: BigDecimal.BigDecimal) =>
      BigDecimal.format(BigDecimal.normalize(d))

    const place = (ticker: string) => {
      const book = books.get(ticker)
      if (book === undefined) {
        return Effect.void
      }
      const bid = book.bestBidTicks("yes")
      const noBid = book.bestBidTicks("no")
      if (bid < 0 || noBid < 0) {
        return Effect.void
      }
      const mid = Math.round((bid + (1_000_000 - noBid)) / 20_000)
      const buyYes = random() < 0.5
      // mostly behind the touch (rests), now and then through it (fills)
      const offset = Math.floor(random() * 8) - 1
      const yesCents = Math.min(98, Math.max(2, buyYes ? mid - offset : mid + offset))
      const count = 1 + Math.floor(random() * 5)
      const clientOrderId = crypto.randomUUID()
      const view: OrderView = {
        clientOrderId,
        ticker,
        side: buyYes ? "bid" : "ask",
        price: fmt(cents(yesCents)),
        orderId: undefined,
        said: "pending",
        status: "pending",
        remaining: count * 100,
        filled: 0,
        updatedAt: Date.now()
      }
      ledger.add(view)
      counters.actions.place++
      const order = Orders.buy({
        ticker,
        side: buyYes ? "yes" : "no",
        count: String(count),
        price: fmt(cents(buyYes ? yesCents : 100 - yesCents)),
        clientOrderId
      })
      return Orders.place(order).pipe(
        Effect.match({
          onFailure: (error) => {
            bump(counters.outcomes, `place:${error._tag}`)
            view.error = error.message
            if (error._tag === "OutcomeUnknown") {
              view.said = "unknown"
              if (view.status === "pending") {
                view.status = "unknown"
              }
            } else {
              view.said = "refused"
              if (view.status === "pending") {
                view.status = "absent"
              }
            }
            view.updatedAt = Date.now()
          },
          onSuccess: (placed) => {
            bump(counters.outcomes, `place:${placed._tag}`)
            view.said = "placed"
            if (view.orderId === undefined) {
              ledger.link(view, placed.orderId)
            }
            if (view.status === "pending" || view.status === "unknown") {
              if (placed._tag === "Created") {
                view.status = placed.status === "resting" ? "resting" : "closed"
                view.remaining = centi(placed.response.remaining_count)
                view.filled = centi(placed.response.fill_count)
              } else {
                view.status = placed.status === "resting" ? "resting" : "closed"
                view.remaining = centi(placed.order.remaining_count_fp)
                view.filled = centi(placed.order.fill_count_fp)
              }
              view.updatedAt = Date.now()
            }
          }
        })
      )
    }

    const amend = (view: OrderView) => {
      counters.actions.amend++
      const step = random() < 0.5 ? -1 : 1
      const price = Math.min(98, Math.max(2, Math.round(Number(view.price) * 100) + step))
      const total = view.filled + 100 * (1 + Math.floor(random() * 5))
      return ordersApi.amendOrderV2({
        order_id: view.orderId!,
        ticker: view.ticker,
        side: view.side,
        price: cents(price),
        count: BigDecimal.unsafeDivide(BigDecimal.fromBigInt(BigInt(total)), BigDecimal.fromBigInt(100n))
      }).pipe(
        Effect.match({
          onFailure: (error) =>
            bump(counters.outcomes, `amend:${error._tag}`),
          onSuccess: (after) => {
            bump(counters.outcomes, "amend:ok")
            view.price = fmt(cents(price))
            if (view.status === "resting") {
              view.remaining = centi(after.remaining_count)
              if (view.remaining === 0) {
                view.status = "closed"
              }
              view.updatedAt = Date.now()
            }
          }
        })
      )
    }

    const cancel = (view: OrderView) => {
      counters.actions.cancel++
      return ordersApi.cancelOrderV2({ order_id: view.orderId!, market_ticker: view.ticker }).pipe(
        Effect.match({
          onFailure: (error) =>
            bump(counters.outcomes, `cancel:${error._tag}`),
          onSuccess: () => {
            bump(counters.outcomes, "cancel:ok")
            view.status = "closed"
            view.remaining = 0
            view.updatedAt = Date.now()
          }
        })
      )
    }

    const act = Effect.suspend(() => {
      const ticker = ready.tickers[Math.floor(random() * ready.tickers.length)]!
      const mine = ledger.resting().filter((v) =>
        v.ticker === ticker
      )
      if (mine.length < 3 && random() < 0.6) return place(ticker)
      if (mine.length === 0) return Effect.void
      const view = mine[Math.floor(random() * mine.length)]!
      return random() < 0.5 ? amend(view) : cancel(view)
    })

    const trading = yield* Effect.makeLatch(true)
    let inFlight = 0
    const worker = trading.await.pipe(
      Effect.zipRight(Effect.sync(() => inFlight++)),
      Effect.zipRight(act),
      Effect.ensuring(Effect.sync(() => inFlight--)),
      Effect.zipRight(Effect.sleep(Duration.millis(options.actionEveryMs))),
      Effect.forever
    )
    for (let i = 0; i < options.workers; i++) yield* Effect.forkScoped(worker)

    // ------------------------------------------------------------------ settling unknown creates

    const settle = Effect.gen(function*() {
      for (const view of ledger.unsettled()) {
        if (view.status === "pending") continue // its create is still running
        const found = yield* Orders.findByClientOrderId(view.ticker, view.clientOrderId).pipe(
          Effect.provideService(OrdersApi, ordersApi),
          Effect.option
        )
        if (Option.isNone(found)) continue
        if (Option.isSome(found.value)) {
          const o = found.value.value
          ledger.observe(
            view.clientOrderId,
            o.order_id,
            o.status,
            centi(o.remaining_count_fp),
            centi(o.fill_count_fp),
            Date.now()
          )
        } else if (Date.now() - view.updatedAt > 15_000) {
          // not listed long after its create ended: it was never executed
          view.status = "absent"
        }
      }
    })
    yield* Effect.forkScoped(Effect.repeat(settle, Schedule.spaced("3 seconds")))

    const waitFor = (done: () => boolean) =>
      Effect.repeat(Effect.sync(done), { until: (b) => b, schedule: Schedule.spaced("20 millis") })

    return {
      counters,
      ledger,
      books,
      pause: trading.close.pipe(Effect.zipRight(waitFor(() => inFlight === 0 && resyncing === 0))),
      resume: trading.open,
      settle,
      metrics: Effect.all({
        reconnects: counterSum("kalshi_ws_reconnects_total"),
        retries: counterSum("kalshi_http_retries_total"),
        requests: counterSum("kalshi_http_requests_total")
      })
    }
  })

const ticks = (s: string) => Math.round(Number(s) * 1_000_000)
const size = (s: string) => Math.round(Number(s) * 100)

/** The markets whose local book differs from the exchange's, with an example. */
export const compareBooks = (
  local: Map<string, OrderBook.OrderBookState>,
  exchange: ReadonlyArray<BookLevels>
): { readonly differing: number; readonly examples: ReadonlyArray<string> } => {
  let differing = 0
  const examples: Array<string> = []
  const same = (a: ReadonlyArray<OrderBook.Level>, b: BookLevels["yes"]) =>
    a.length === b.length &&
    a.every((l, i) =>
      ticks(BigDecimal.format(l.price)) === ticks(b[i]![0]) && size(BigDecimal.format(l.size)) === size(b[i]![1])
    )
  for (const book of exchange) {
    const mine = local.get(book.ticker)
    const ok = mine !== undefined && same(mine.levels("yes"), book.yes) && same(mine.levels("no"), book.no)
    if (!ok) {
      differing++
      if (examples.length < 3) {
        examples.push(
          `${book.ticker}: exchange ${JSON.stringify({ yes: book.yes, no: book.no })}, local ${
            mine === undefined ? "none" : JSON.stringify(mine.toJSON())
          }`
        )
      }
    }
  }
  return { differing, examples }
}

/** The SDK over the exchange of `ready`, as one layer. */
export const layer = (ready: Ready): Layer.Layer<Kalshi.Services, Kalshi.LayerError> => sdkLayer(ready)
