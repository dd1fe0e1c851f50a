/**
 * The account: `kalshi balance`, `positions`, `fills`, `orders`, `settlements`, `limits`.
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import { KalshiHttpClient } from "@kalshi-effect/core/KalshiHttpClient"
import type * as KalshiRateLimiter from "@kalshi-effect/core/KalshiRateLimiter"
import { OrdersApi, PortfolioApi, RateLimits } from "@kalshi-effect/rest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Fmt from "../json.js"
import { Output } from "../output.js"
import { common, help, run } from "../session.js"
import { checkLimit, collect } from "./markets.js"

const ticker = Options.text("ticker").pipe(Options.withDescription("Only this market"), Options.optional)

const limit = (fallback: number) =>
  Options.integer("limit").pipe(
    Options.withDescription(`How many to show at most (default ${fallback})`),
    Options.withDefault(fallback)
  )

const byTicker = (t: Option.Option<string>) => (Option.isSome(t) ? { ticker: t.value } : {})

/** `kalshi balance` */
export const balance = Command.make("balance", common, (args) =>
  run(
    args,
    "rest",
    Effect.gen(function*() {
      const api = yield* PortfolioApi
      const output = yield* Output
      const b = yield* api.getBalance()
      const cash = b.balance_dollars ?? b.balance
      if (output.json) {
        return yield* output.printJson({
          balance: Fmt.cents(b.balance),
          balance_dollars: cash,
          portfolio_value: Fmt.cents(b.portfolio_value),
          updated_ts: b.updated_ts
        })
      }
      yield* output.pairs([
        ["Cash", Fmt.money(cash)],
        ["Positions value", Fmt.money(b.portfolio_value)],
        ["Updated", b.updated_ts === undefined ? "-" : Fmt.time(new Date(b.updated_ts * 1000).toISOString())]
      ])
    })
  )).pipe(Command.withDescription(help("Show the account's cash and the value of its positions.", "kalshi balance")))

/** `kalshi positions` */
export const positions = Command.make("positions", { ...common, ticker }, (args) =>
  run(
    args,
    "rest",
    Effect.gen(function*() {
      const api = yield* PortfolioApi
      const output = yield* Output
      const all = yield* api.getPositionsStream({ ...byTicker(args.ticker), count_filter: ["position"] }).pipe(
        Stream.filterMap((item) => item.field === "market_positions" ? Option.some(item.value) : Option.none()),
        Stream.filter((p) => p.position_fp === undefined || !BigDecimal.isZero(p.position_fp)),
        Stream.runCollect
      )
      const list = [...all]
      if (output.json) return yield* output.printJson(list)
      if (list.length === 0) return yield* output.note("no open positions")
      yield* output.table(
        [
          { header: "TICKER" },
          { header: "POSITION", align: "right" },
          { header: "EXPOSURE", align: "right" },
          { header: "REALIZED P&L", align: "right" },
          { header: "FEES", align: "right" }
        ],
        list.map((p) => [
          p.ticker,
          Fmt.count(p.position_fp),
          Fmt.money(p.market_exposure_dollars),
          Fmt.money(p.realized_pnl_dollars),
          Fmt.money(p.fees_paid_dollars)
        ])
      )
    })
  )).pipe(
    Command.withDescription(
      help("Show the account's open positions (positive: YES contracts, negative: NO).", "kalshi positions")
    )
  )

/** `kalshi fills` */
export const fills = Command.make("fills", { ...common, ticker, limit: limit(50) }, (args) =>
  run(
    args,
    "rest",
    Effect.gen(function*() {
      const n = yield* checkLimit(args.limit)
      const api = yield* PortfolioApi
      const output = yield* Output
      const list = yield* collect(
        "fills",
        api.getFillsStream({ ...byTicker(args.ticker), limit: Math.min(n, 1000) }),
        n
      )
      if (output.json) return yield* output.printJson(list)
      if (list.length === 0) return yield* output.note("no fills")
      yield* output.table(
        [
          { header: "TIME" },
          { header: "TICKER" },
          { header: "ACTION" },
          { header: "SIDE" },
          { header: "PRICE", align: "right" },
          { header: "COUNT", align: "right" },
          { header: "ROLE" },
          { header: "ORDER" }
        ],
        list.map((f) => [
          Fmt.time(f.created_time),
          f.ticker,
          f.action ?? "-",
          f.side ?? "-",
          Fmt.price(f.side === "no" ? f.no_price_dollars : f.yes_price_dollars),
          Fmt.count(f.count_fp),
          f.is_taker === undefined ? "-" : f.is_taker ? "taker" : "maker",
          f.order_id
        ])
      )
    })
  )).pipe(
    Command.withDescription(
      help("Show the account's fills, newest first.", "kalshi fills --ticker KXBTCY-26DEC31-B100000")
    )
  )

/** `kalshi orders` */
export const orders = Command.make(
  "orders",
  {
    ...common,
    ticker,
    status: Options.choice("status", ["resting", "canceled", "executed"]).pipe(
      Options.withDescription("Only orders in this state"),
      Options.optional
    ),
    limit: limit(100)
  },
  (args) =>
    run(
      args,
      "rest",
      Effect.gen(function*() {
        const n = yield* checkLimit(args.limit)
        const api = yield* OrdersApi
        const output = yield* Output
        const list = yield* collect(
          "orders",
          api.getOrdersStream({
            ...byTicker(args.ticker),
            ...(Option.isSome(args.status) ? { status: args.status.value } : {}),
            limit: Math.min(n, 1000)
          }),
          n
        )
        if (output.json) return yield* output.printJson(list)
        if (list.length === 0) return yield* output.note("no orders match")
        yield* output.table(
          [
            { header: "ORDER" },
            { header: "TICKER" },
            { header: "ACTION" },
            { header: "SIDE" },
            { header: "PRICE", align: "right" },
            { header: "FILLED", align: "right" },
            { header: "REMAINING", align: "right" },
            { header: "STATUS" }
          ],
          list.map((o) => [
            o.order_id,
            o.ticker,
            o.action ?? "-",
            o.side ?? o.outcome_side ?? "-",
            Fmt.price((o.side ?? o.outcome_side) === "no" ? o.no_price_dollars : o.yes_price_dollars),
            Fmt.count(o.fill_count_fp),
            Fmt.count(o.remaining_count_fp),
            o.status ?? "-"
          ])
        )
      })
    )
).pipe(Command.withDescription(help("Show the account's orders.", "kalshi orders --status resting")))

/** `kalshi settlements` */
export const settlements = Command.make("settlements", { ...common, ticker, limit: limit(50) }, (args) =>
  run(
    args,
    "rest",
    Effect.gen(function*() {
      const n = yield* checkLimit(args.limit)
      const api = yield* PortfolioApi
      const output = yield* Output
      const list = yield* collect(
        "settlements",
        api.getSettlementsStream({ ...byTicker(args.ticker), limit: Math.min(n, 1000) }),
        n
      )
      if (output.json) {
        return yield* output.printJson(
          list.map((s) => ({ ...s, revenue: Fmt.cents(s.revenue), value: Fmt.cents(s.value) }))
        )
      }
      if (list.length === 0) return yield* output.note("no settlements")
      yield* output.table(
        [
          { header: "SETTLED" },
          { header: "TICKER" },
          { header: "RESULT" },
          { header: "YES", align: "right" },
          { header: "NO", align: "right" },
          { header: "REVENUE", align: "right" }
        ],
        list.map((s) => [
          Fmt.time(s.settled_time),
          s.ticker,
          s.market_result ?? "-",
          Fmt.count(s.yes_count_fp),
          Fmt.count(s.no_count_fp),
          Fmt.money(s.revenue)
        ])
      )
    })
  )).pipe(Command.withDescription(help("Show the account's settled markets and what they paid.", "kalshi settlements")))

/** `kalshi limits` */
export const limits = Command.make("limits", common, (args) =>
  run(
    args,
    "rest",
    Effect.gen(function*() {
      const client = yield* KalshiHttpClient
      const output = yield* Output
      // what the client paced itself by until now (Kalshi's Basic tier unless told otherwise)
      const before = yield* client.rateLimiter.limits
      // the account's real limits and the endpoint costs, applied to the client from now on
      const loaded = yield* RateLimits.apply
      const bucket = (b: KalshiRateLimiter.BucketLimit) => `${b.capacity} tokens, refilled at ${b.refillRate}/s`
      if (output.json) {
        return yield* output.printJson({
          usage_tier: loaded.usageTier ?? null,
          account: loaded.limits,
          default_cost: loaded.defaultCost,
          endpoint_costs: loaded.endpointCosts,
          client_before: Option.getOrNull(before)
        })
      }
      yield* output.pairs([
        ["Usage tier", loaded.usageTier ?? "-"],
        ["Read", bucket(loaded.limits.read)],
        ["Write", bucket(loaded.limits.write)],
        ["Default cost", `${loaded.defaultCost} tokens a request`],
        [
          "Other costs",
          loaded.endpointCosts.length === 0
            ? "none"
            : `${loaded.endpointCosts.length} endpoints cost otherwise (--json lists them)`
        ],
        [
          "Client budget",
          Option.match(before, {
            onNone: () => "off (the client does not pace itself)",
            onSome: (l) =>
              `read ${bucket(l.read)}; write ${bucket(l.write)} (the account's limits are applied when loaded)`
          })
        ]
      ])
    })
  )).pipe(
    Command.withDescription(
      help(
        "Show the account's API rate limits and endpoint costs, and the budget the client paces its requests by.",
        "kalshi limits"
      )
    )
  )
