/**
 * The pipeline's view of its own orders, kept from what the SDK answers (`Orders.place`, amends,
 * cancels) and from the `user_orders` stream, and compared with the exchange's ledger.
 */
import type { LedgerOrder } from "./control.js"

/** What the SDK said about a create. */
export type Said = "pending" | "placed" | "refused" | "unknown"

export interface OrderView {
  readonly clientOrderId: string
  readonly ticker: string
  /** The YES-leg side and price the order rests at. */
  readonly side: "bid" | "ask"
  price: string
  orderId: string | undefined
  said: Said
  /** The error of a create that failed: what the SDK said. */
  error?: string | undefined
  /** Where the order stands, as far as the pipeline knows. */
  status: "pending" | "resting" | "closed" | "unknown" | "absent"
  remaining: number
  filled: number
  /** Local time of the last change (ms). */
  updatedAt: number
}

export class OrderLedger {
  readonly byClientId = new Map<string, OrderView>()
  readonly byOrderId = new Map<string, OrderView>()
  /** A create the SDK called refused, later seen to exist. */
  refusedButSeen = 0

  add(view: OrderView): void {
    this.byClientId.set(view.clientOrderId, view)
  }

  link(view: OrderView, orderId: string): void {
    view.orderId = orderId
    this.byOrderId.set(orderId, view)
  }

  /** An update from the stream or a listing: the order exists with this state. */
  observe(
    clientOrderId: string,
    orderId: string,
    status: string | undefined,
    remaining: number,
    filled: number | undefined,
    now: number
  ): void {
    const view = this.byClientId.get(clientOrderId) ?? this.byOrderId.get(orderId)
    if (view === undefined) return
    if (view.orderId === undefined) this.link(view, orderId)
    if (view.said === "refused" && view.status !== "resting" && view.status !== "closed") this.refusedButSeen++
    // a terminal status is final: a late message about the resting order does not undo it
    if (view.status === "closed") return
    view.status = status === "resting" ? "resting" : status === undefined ? view.status : "closed"
    view.remaining = remaining
    if (filled !== undefined) view.filled = filled
    view.updatedAt = now
  }

  resting(): Array<OrderView> {
    const out: Array<OrderView> = []
    for (const v of this.byClientId.values()) if (v.status === "resting" && v.orderId !== undefined) out.push(v)
    return out
  }

  /** Views whose outcome is not settled yet. */
  unsettled(): Array<OrderView> {
    const out: Array<OrderView> = []
    for (const v of this.byClientId.values()) if (v.status === "unknown" || v.status === "pending") out.push(v)
    return out
  }

  /**
   * Forgets the orders placed and over before `olderThan`, keeping the view small over hours; the
   * checks compare only the orders that changed since shortly before the previous check, so each
   * check prunes what closed before the window of the next.
   */
  prune(olderThan: number): void {
    for (const [id, v] of this.byClientId) {
      if (v.said === "placed" && v.status === "closed" && v.updatedAt < olderThan) {
        this.byClientId.delete(id)
        if (v.orderId !== undefined) this.byOrderId.delete(v.orderId)
      }
    }
  }
}

export interface OrderComparison {
  /** Orders of the exchange the pipeline does not know of, or was told were not placed, or placed orders the exchange lacks. */
  readonly lost: number
  /** Client order ids the exchange holds more than once, and orders of the account with no client order id. */
  readonly duplicated: number
  /** Orders resting on the exchange that the pipeline does not see resting (with that remaining count). */
  readonly restingUnknown: number
  /** Orders the pipeline sees resting that do not rest on the exchange. */
  readonly phantomResting: number
  /** Creates whose outcome the pipeline still does not know. */
  readonly unsettled: number
  readonly exchangeOrders: number
  readonly examples: ReadonlyArray<string>
}

const centi = (s: string) => Math.round(Number(s) * 100)

/**
 * Compares the view with the exchange's orders: all resting ones, those the view holds, and the
 * others that changed since a moment the view still remembers (it forgets a closed order only after
 * it stayed unchanged longer), so that an order the pipeline never heard of shows too.
 */
export const compare = (ledger: OrderLedger, exchange: ReadonlyArray<LedgerOrder>): OrderComparison => {
  const examples: Array<string> = []
  const note = (s: string) => {
    if (examples.length < 5) examples.push(s)
  }
  let lost = 0
  let duplicated = 0
  let restingUnknown = 0
  let phantomResting = 0
  const seen = new Map<string, number>()
  const byClientId = new Map<string, LedgerOrder>()
  for (const o of exchange) {
    byClientId.set(o.clientOrderId, o)
    if (o.clientOrderId === "") {
      duplicated++
      note(`order ${o.orderId} has no client order id`)
      continue
    }
    seen.set(o.clientOrderId, (seen.get(o.clientOrderId) ?? 0) + 1)
  }
  for (const [id, n] of seen) {
    if (n > 1) {
      duplicated += n - 1
      note(`client order id ${id} held ${n} times`)
    }
  }
  for (const o of exchange) {
    const view = ledger.byClientId.get(o.clientOrderId)
    if (view === undefined) {
      lost++
      note(`order ${o.orderId} (${o.clientOrderId}, ${o.status}) unknown to the pipeline`)
      continue
    }
    if (view.said === "refused") {
      lost++
      note(`order ${o.orderId} (${o.status}) exists though its create failed with ${view.error ?? "?"}`)
    }
    if (o.status === "resting" && (view.status !== "resting" || view.remaining !== centi(o.remaining))) {
      restingUnknown++
      note(`order ${o.orderId} rests (${o.remaining}) but the pipeline has ${view.status} (${view.remaining / 100})`)
    }
  }
  for (const view of ledger.byClientId.values()) {
    if (!seen.has(view.clientOrderId)) {
      if (view.said === "placed") {
        lost++
        note(`order ${view.clientOrderId} reported placed, absent from the ledger`)
      }
      if (view.status === "resting") phantomResting++
      continue
    }
    if (view.status === "resting") {
      const o = byClientId.get(view.clientOrderId)
      if (o !== undefined && o.status !== "resting") {
        phantomResting++
        note(`order ${view.clientOrderId} seen resting by the pipeline, ${o.status} on the exchange`)
      }
    }
  }
  return {
    lost,
    duplicated,
    restingUnknown,
    phantomResting,
    unsettled: ledger.unsettled().length,
    exchangeOrders: exchange.length,
    examples
  }
}
