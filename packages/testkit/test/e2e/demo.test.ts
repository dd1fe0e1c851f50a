import { describe, expect, it } from "@effect/vitest"
import { FixedPoint } from "@kalshi-effect/core"
import * as BigDecimal from "effect/BigDecimal"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Demo from "../../../../demo/Demo.js"
import { TestExchange } from "../../src/index.js"

/** A console that keeps what is logged. */
const capturing = Effect.map(Effect.console, (current) => {
  const lines: Array<string> = []
  const console: Console.Console = {
    ...current,
    log: (...args) =>
      Effect.sync(() => {
        lines.push(args.map(String).join(" "))
      })
  }
  return { console, lines }
})

describe("the demo pipeline (npm start)", () => {
  it.live("against the embedded exchange: lists markets, places a resting and an immediate-or-cancel order, sees the fill and the position, cancels what rests", () =>
    Effect.gen(function*() {
      const { console, lines } = yield* capturing
      const { orders, summary } = yield* Effect.gen(function*() {
        const summary = yield* Demo.embeddedProgram({ watch: "1 second", contracts: 2, printEvery: "200 millis" })
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        return { summary, orders: yield* exchange.orders(me.user) }
      }).pipe(
        Effect.provide(Demo.layerEmbeddedSdk({ seed: 42, interval: "200 millis" })),
        Effect.withConsole(console)
      )

      // the markets Stream listed the demo catalog, and the book and trades were followed
      expect(summary.marketsListed).toBe(5)
      expect(summary.bookUpdates).toBeGreaterThan(0)
      // two orders: the resting one was canceled, the immediate-or-cancel one filled
      expect(summary.ordersPlaced.map((o) => o.label)).toEqual(["resting", "immediate-or-cancel"])
      const [resting, taking] = summary.ordersPlaced
      expect(summary.canceled).toEqual([resting!.orderId])
      expect(summary.fills.length).toBeGreaterThan(0)
      expect(summary.fills.every((f) => f.msg.order_id === taking!.orderId)).toBe(true)
      const filled = summary.fills.reduce((total, f) => BigDecimal.sum(total, f.msg.count_fp), BigDecimal.fromBigInt(0n))
      expect(FixedPoint.formatCount(filled)).toBe("2.00")
      expect(Option.map(summary.position, FixedPoint.formatCount)).toEqual(Option.some("2.00"))
      expect(Option.isSome(summary.balance)).toBe(true)
      // the exchange agrees
      expect(orders.map((o) => [o.orderId, o.status]).sort()).toEqual(
        [[resting!.orderId, "canceled"], [taking!.orderId, "executed"]].sort()
      )
      // and the summary was printed
      const printed = lines.join("\n")
      expect(printed).toContain("summary")
      expect(printed).toContain(`  orders placed   2 (resting ${resting!.orderId.slice(0, 8)}`)
      expect(printed).toContain("  fills           ")
      expect(printed).toContain(`  canceled        1 (${resting!.orderId.slice(0, 8)})`)
    }))

  it.live("interrupted (Ctrl-C) while it watches the market, it cancels the order it left resting", () =>
    Effect.gen(function*() {
      const { console, lines } = yield* capturing
      const orders = yield* Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        const fiber = yield* Effect.fork(Demo.embeddedProgram({ watch: "1 minute", contracts: 2 }))
        // both orders placed, the immediate-or-cancel one filled: the pipeline now watches the market
        yield* exchange.orders(me.user).pipe(
          Effect.repeat({
            schedule: Schedule.spaced("20 millis"),
            until: (os) => os.length === 2 && os.some((o) => o.status === "executed")
          }),
          Effect.timeout("15 seconds")
        )
        expect((yield* exchange.orders(me.user)).filter((o) => o.status === "resting")).toHaveLength(1)
        yield* Fiber.interrupt(fiber)
        return yield* exchange.orders(me.user)
      }).pipe(
        Effect.provide(Demo.layerEmbeddedSdk({ seed: 7, interval: "200 millis" })),
        Effect.withConsole(console)
      )
      expect(orders.map((o) => o.status).sort()).toEqual(["canceled", "executed"])
      expect(lines.some((line) => line.startsWith("canceled  order"))).toBe(true)
      expect(lines.some((line) => line.startsWith("summary"))).toBe(false)
    }))
})
