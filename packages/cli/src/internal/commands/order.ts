/**
 * `kalshi order buy|sell|cancel|amend|cancel-all`: placing and managing orders. A new order is
 * checked before anything is sent, shown in full, and placed only once confirmed (or with `--yes`).
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import { Orders, OrdersApi } from "@kalshi-effect/rest"
import * as BigDecimal from "effect/BigDecimal"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as readline from "node:readline"
import { failed, usage } from "../errors.js"
import * as Fmt from "../json.js"
import { Output, type Service as OutputService } from "../output.js"
import { common, help, run, Terminal } from "../session.js"

const yes = Options.boolean("yes").pipe(
  Options.withAlias("y"),
  Options.withDescription("Do not ask for confirmation")
)

const orderTerms = {
  ...common,
  side: Options.choice("side", ["yes", "no"]).pipe(Options.withDescription("The outcome to buy or sell")),
  price: Options.text("price").pipe(
    Options.withDescription("The price of one contract of that outcome, in dollars (e.g. 0.56)")
  ),
  count: Options.text("count").pipe(Options.withDescription("How many contracts (e.g. 10, or 2.5)")),
  ioc: Options.boolean("ioc").pipe(
    Options.withDescription("Immediate or cancel: trade what matches now, cancel the rest")
  ),
  fok: Options.boolean("fok").pipe(Options.withDescription("Fill or kill: trade all of it now, or nothing")),
  postOnly: Options.boolean("post-only").pipe(
    Options.withDescription("Only rest on the book: refuse the order if it would trade now")
  ),
  reduceOnly: Options.boolean("reduce-only").pipe(
    Options.withDescription("Only reduce the position (needs --ioc or --fok)")
  ),
  yes,
  ticker: Args.text({ name: "TICKER" }).pipe(Args.withDescription("The market's ticker"))
}

type TermsArgs = {
  readonly side: "yes" | "no"
  readonly price: string
  readonly count: string
  readonly ioc: boolean
  readonly fok: boolean
  readonly postOnly: boolean
  readonly reduceOnly: boolean
  readonly ticker: string
}

const timeInForce = (args: TermsArgs) =>
  Effect.gen(function*() {
    if (args.ioc && args.fok) return yield* usage("--ioc and --fok exclude each other", "give one of them")
    if (args.postOnly && (args.ioc || args.fok)) {
      return yield* usage("--post-only rests on the book and cannot be --ioc or --fok", "drop one of them")
    }
    if (args.reduceOnly && !args.ioc && !args.fok) {
      return yield* usage("--reduce-only orders must be --ioc or --fok on Kalshi", "add --ioc")
    }
    return args.ioc
      ? "immediate_or_cancel" as const
      : args.fok
      ? "fill_or_kill" as const
      : "good_till_canceled" as const
  })

const describeTif = {
  good_till_canceled: "good till canceled",
  immediate_or_cancel: "immediate or cancel",
  fill_or_kill: "fill or kill"
} as const

/**
 * Asks a yes/no question on stderr and reads the answer from the terminal. Without a terminal it
 * refuses: a script must say `--yes`. Ctrl+C interrupts.
 */
export const confirm = (question: string) =>
  Effect.gen(function*() {
    const terminal = yield* Terminal
    if (!terminal.stdinTTY) {
      return yield* usage(
        "the order needs confirmation and stdin is not a terminal",
        "add --yes to place it without asking"
      )
    }
    return yield* Effect.async<boolean>((resume) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true })
      let done = false
      const finish = (effect: Effect.Effect<boolean>) => {
        if (done) return
        done = true
        rl.close()
        resume(effect)
      }
      rl.on("SIGINT", () => finish(Effect.interrupt))
      rl.on("close", () => finish(Effect.succeed(false)))
      rl.question(`${question} [y/N] `, (answer) => finish(Effect.succeed(/^y(es)?$/i.test(answer.trim()))))
      return Effect.sync(() => rl.close())
    })
  })

const summary = (output: OutputService, action: "buy" | "sell", args: TermsArgs, input: {
  readonly price: BigDecimal.BigDecimal
  readonly count: BigDecimal.BigDecimal
  readonly tif: keyof typeof describeTif
}) => {
  const total = BigDecimal.multiply(input.price, input.count)
  const flags = [
    describeTif[input.tif],
    ...(args.postOnly ? ["post only"] : []),
    ...(args.reduceOnly ? ["reduce only"] : [])
  ]
  const leg = Orders.toYesLeg(action, args.side, input.price)
  return [
    `${output.bold(action === "buy" ? "Buy" : "Sell")} ${Fmt.count(input.count)} ${args.side.toUpperCase()} of ${
      output.bold(args.ticker)
    } at ${Fmt.money(input.price)} each (${flags.join(", ")})`,
    `  ${action === "buy" ? "costs up to" : "brings at least"} ${
      Fmt.money(total)
    } before fees; on the book: a YES ${leg.side} at ${FixedPoint.formatDollars(leg.price)}`
  ].join("\n")
}

const place = (action: "buy" | "sell") =>
  Command.make(action, orderTerms, (args) =>
    Effect.gen(function*() {
      const tif = yield* timeInForce(args)
      const order = Orders.limit({
        action,
        ticker: args.ticker,
        side: args.side,
        price: args.price,
        count: args.count,
        timeInForce: tif,
        ...(args.postOnly ? { postOnly: true } : {}),
        ...(args.reduceOnly ? { reduceOnly: true } : {})
      })
      // checked before anything is sent, and before a connection is made
      const input = yield* Orders.toInput(order)
      const price = args.side === "yes" ? input.price : BigDecimal.subtract(BigDecimal.fromBigInt(1n), input.price)
      return yield* run(
        args,
        "rest",
        Effect.gen(function*() {
          const output = yield* Output
          yield* output.note(
            summary(output, action, args, { price: BigDecimal.normalize(price), count: input.count, tif })
          )
          if (!args.yes && !(yield* confirm("Place this order?"))) {
            return yield* failed("the order was not placed", "nothing was sent")
          }
          const placed = yield* Orders.place(input)
          if (output.json) {
            return yield* output.printJson({
              order_id: placed.orderId,
              client_order_id: placed.clientOrderId,
              status: placed.status ?? null,
              ...(placed._tag === "Created" ? { response: placed.response } : { order: placed.order })
            })
          }
          yield* output.line(
            `${output.green("Placed")} order ${placed.orderId} (${
              placed.status ?? "status unknown"
            }), client_order_id ${placed.clientOrderId}`
          )
        })
      )
    })).pipe(
      Command.withDescription(
        help(
          `${
            action === "buy" ? "Buy" : "Sell"
          } contracts with a limit order. Shows the order and asks before placing it ` +
            "unless --yes is given.",
          `kalshi order ${action} KXBTCY-26DEC31-B100000 --side yes --price 0.56 --count 10`
        )
      )
    )

const orderId = Args.text({ name: "ORDER_ID" }).pipe(Args.withDescription("The order's id (see `kalshi orders`)"))

const cancel = Command.make("cancel", { ...common, id: orderId }, (args) =>
  run(
    args,
    "rest",
    Effect.gen(function*() {
      const api = yield* OrdersApi
      const output = yield* Output
      const canceled = yield* api.cancelOrderV2({ order_id: args.id })
      if (output.json) return yield* output.printJson(canceled)
      yield* output.line(
        `Canceled order ${canceled.order_id} (${Fmt.count(canceled.reduced_by)} contracts no longer rest)`
      )
    })
  )).pipe(Command.withDescription(help("Cancel a resting order.", "kalshi order cancel 9c1f6e8a-...")))

const amend = Command.make(
  "amend",
  {
    ...common,
    price: Options.text("price").pipe(
      Options.withDescription("The new price of one contract of the order's outcome, in dollars")
    ),
    count: Options.text("count").pipe(Options.withDescription("The new total count of the order")),
    id: orderId
  },
  (args) =>
    Effect.gen(function*() {
      const price = yield* Option.match(FixedPoint.parseDollars(args.price), {
        onNone: () => Effect.fail(usage("--price must be a decimal of dollars such as 0.56", "correct --price")),
        onSome: Effect.succeed
      })
      const count = yield* Option.match(FixedPoint.parseCount(args.count), {
        onNone: () => Effect.fail(usage("--count must be a number of contracts such as 10 or 2.5", "correct --count")),
        onSome: Effect.succeed
      })
      return yield* run(
        args,
        "rest",
        Effect.gen(function*() {
          const api = yield* OrdersApi
          const output = yield* Output
          const { order } = yield* api.getOrder({ order_id: args.id })
          const outcome = (order.side ?? order.outcome_side) === "no" ? "no" as const : "yes" as const
          const action = order.action === "sell" ? "sell" as const : "buy" as const
          const leg = Orders.toYesLeg(action, outcome, price)
          const { after } = yield* Orders.amend({
            order_id: args.id,
            ticker: order.ticker,
            side: leg.side,
            price: leg.price,
            count
          })
          if (output.json) return yield* output.printJson(after)
          yield* output.line(
            `Amended order ${after.order_id}: ${action} ${outcome.toUpperCase()} at ${Fmt.money(price)}, ${
              Fmt.count(after.remaining_count)
            } resting, ${Fmt.count(after.fill_count)} filled`
          )
        })
      )
    })
).pipe(
  Command.withDescription(
    help("Change a resting order's price and total count.", "kalshi order amend 9c1f6e8a-... --price 0.55 --count 5")
  )
)

const cancelAll = Command.make(
  "cancel-all",
  { ...common, ticker: Options.text("ticker").pipe(Options.withDescription("Only this market"), Options.optional) },
  (args) =>
    run(
      args,
      "rest",
      Effect.gen(function*() {
        const api = yield* OrdersApi
        const output = yield* Output
        const resting = Chunk.toReadonlyArray(
          yield* Stream.runCollect(
            api.getOrdersStream({
              status: "resting",
              ...(Option.isSome(args.ticker) ? { ticker: args.ticker.value } : {})
            })
          )
        )
        if (resting.length > 0) {
          if (Option.isNone(args.ticker)) yield* api.cancelAllOrders()
          else {
            for (let i = 0; i < resting.length; i += 20) {
              yield* api.batchCancelOrdersV2({
                orders: resting.slice(i, i + 20).map((o) => ({ order_id: o.order_id, market_ticker: o.ticker }))
              })
            }
          }
        }
        if (output.json) return yield* output.printJson({ canceled: resting.map((o) => o.order_id) })
        yield* output.line(
          resting.length === 0
            ? "No resting orders to cancel"
            : `Canceled ${resting.length} resting order${resting.length === 1 ? "" : "s"}`
        )
      })
    )
).pipe(
  Command.withDescription(
    help(
      "Cancel every resting order, or those of one market.",
      "kalshi order cancel-all --ticker KXBTCY-26DEC31-B100000"
    )
  )
)

/** `kalshi order ...` */
export const order = Command.make(
  "order",
  {},
  () => Effect.fail(usage("order needs what to do: buy, sell, cancel, amend or cancel-all", "run kalshi order --help"))
).pipe(
  Command.withDescription(
    help("Place, amend and cancel orders.", "kalshi order buy TICKER --side yes --price 0.56 --count 10")
  ),
  Command.withSubcommands([place("buy"), place("sell"), cancel, amend, cancelAll])
)
