import { describe, expect, it } from "@effect/vitest"
import { FixedPoint, KalshiConfig } from "@kalshi-effect/core"
import * as BigDecimal from "effect/BigDecimal"
import type * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import { spawn } from "node:child_process"
import { generateKeyPairSync } from "node:crypto"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as Cli from "../../../../demo/Cli.js"
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
      const filled = summary.fills.reduce(
        (total, f) => BigDecimal.sum(total, f.msg.count_fp),
        BigDecimal.fromBigInt(0n)
      )
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

  it.live("interrupted (Ctrl-C) while the exchange still holds the resting order's create: the order is found by client_order_id and canceled", () =>
    Effect.gen(function*() {
      const { console, lines } = yield* capturing
      const orders = yield* Effect.gen(function*() {
        const exchange = yield* TestExchange.TestExchange
        const me = yield* TestExchange.DefaultAccount
        // the exchange holds the first create (the resting order) for 600 ms, then executes it
        yield* exchange.faults.delayRequests({
          delay: "600 millis",
          match: { method: "POST", path: "/portfolio/events/orders" }
        })
        const fiber = yield* Effect.fork(Demo.embeddedProgram({ watch: "1 minute", contracts: 2 }))
        yield* Effect.repeat(Effect.sync(() => lines.some((l) => l.endsWith("(placing orders on this)"))), {
          schedule: Schedule.spaced("5 millis"),
          until: (placing) => placing
        }).pipe(Effect.timeout("15 seconds"))
        yield* exchange.requestsInFlight.pipe(
          Effect.repeat({ schedule: Schedule.spaced("5 millis"), until: (held) => held > 0 }),
          Effect.timeout("5 seconds")
        )
        expect(yield* exchange.orders(me.user)).toEqual([])
        yield* Fiber.interrupt(fiber)
        return yield* exchange.orders(me.user)
      }).pipe(
        Effect.provide(Demo.layerEmbeddedSdk({ seed: 7, interval: "200 millis" })),
        Effect.withConsole(console)
      )
      // the create was executed after the interruption, and canceled by the cleanup
      expect(orders.map((o) => o.status)).toEqual(["canceled"])
      expect(lines.some((line) => line.startsWith(`canceled  order ${orders[0]!.orderId.slice(0, 8)}`))).toBe(true)
      expect(lines.some((line) => line.startsWith("placed"))).toBe(false)
    }))
})

// ---------------------------------------------------------------------------------------------
// `npm start` as a user runs it: real processes, real signals
// ---------------------------------------------------------------------------------------------

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..")

/** The environment without any KALSHI_* variable: the demo then runs against its embedded exchange. */
const cleanEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("KALSHI_")) env[k] = v
  return { ...env, ...extra }
}

interface Finished {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs a command in a process group of its own until it exits; `onOutput` sees the output so far
 * (e.g. to send a signal). A process still running when the test gives up is killed with its group.
 */
const run = (
  command: string,
  args: ReadonlyArray<string>,
  options: {
    readonly env?: NodeJS.ProcessEnv | undefined
    readonly onOutput?: ((stdout: string, stderr: string, group: number) => void) | undefined
  } = {}
) =>
  Effect.async<Finished>((resume) => {
    const child = spawn(command, [...args], {
      cwd: root,
      env: options.env ?? cleanEnv(),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    const seen = () => options.onOutput?.(stdout, stderr, child.pid!)
    child.stdout.on("data", (d: Buffer) => {
      stdout += String(d)
      seen()
    })
    child.stderr.on("data", (d: Buffer) => {
      stderr += String(d)
      seen()
    })
    // "close": the process exited and its output (and its children's) ended
    child.on("close", (code, signal) => resume(Effect.succeed({ code, signal, stdout, stderr })))
    return Effect.sync(() => {
      try {
        process.kill(-child.pid!, "SIGKILL")
      } catch {
        // already gone
      }
    })
  }).pipe(Effect.timeout("90 seconds"))

const node = (args: ReadonlyArray<string>, env?: NodeJS.ProcessEnv) =>
  run(process.execPath, ["--import", "tsx", "--conditions=@kalshi-effect/source", "demo/main.ts", ...args], { env })

/** Ctrl-C as a terminal sends it (SIGINT to the whole process group), once the resting order is placed. */
const ctrlCWhenPlaced = () => {
  let sent = false
  return (stdout: string, _stderr: string, group: number) => {
    if (!sent && stdout.includes("placed    resting")) {
      sent = true
      process.kill(-group, "SIGINT")
    }
  }
}

describe("npm start, as a process", () => {
  it.live(
    "Ctrl-C (SIGINT to the process group) through npm: the cleanup runs to its end, exit status 130; three times",
    () =>
      Effect.gen(function*() {
        for (let i = 0; i < 3; i++) {
          const done = yield* run("npm", ["start", "--", "--seconds", "60"], { onOutput: ctrlCWhenPlaced() })
          const lines = done.stdout.split("\n")
          const resting = lines.find((l) => l.startsWith("placed    resting"))!.match(/order ([0-9a-f]{8})/)![1]
          expect(lines).toContain(`canceled  order ${resting} (2.00 contracts)`)
          // the last thing printed, after every finalizer ran
          expect(lines.filter((l) => l !== "").at(-1)).toBe(
            "interrupted: cleaned up (resting order canceled, subscriptions and connections closed)"
          )
          expect(done.stdout).not.toContain("summary")
          // the demo exits 130; npm, whose shell saw the interrupt, ends by the same SIGINT (a shell reports 130)
          expect(done.code === 130 || (done.code === null && done.signal === "SIGINT")).toBe(true)
        }
      }),
    180_000
  )

  it.live("Ctrl-C: the demo itself exits with 130 after its cleanup", () =>
    Effect.gen(function*() {
      const done = yield* run(process.execPath, [
        "--import",
        "tsx",
        "--conditions=@kalshi-effect/source",
        "demo/main.ts",
        "--seconds",
        "60"
      ], {
        onOutput: ctrlCWhenPlaced()
      })
      expect(done.stdout).toContain("canceled  order")
      expect(done.code).toBe(130)
    }), 90_000)

  it.live(
    "a bad command line prints the usage and exits 2: an unknown flag, --seconds abc",
    () =>
      Effect.gen(function*() {
        for (const args of [["--bogus"], ["--seconds", "abc"]]) {
          const done = yield* node(args)
          expect(done.code, args.join(" ")).toBe(2)
          expect(done.stderr).toContain("Usage: npm start -- [options]")
          expect(done.stderr).not.toContain("ERR_PARSE_ARGS")
          expect(done.stderr).not.toMatch(/\n\s+at /)
          expect(done.stdout).toBe("")
        }
      }),
    90_000
  )

  it.live(
    "--market with a market the exchange does not know: says so and exits 1, without following it",
    () =>
      Effect.gen(function*() {
        const done = yield* node(["--market", "NOPE"])
        expect(done.code).toBe(1)
        expect(done.stderr).toContain("there is no market NOPE on this exchange")
        expect(done.stdout).not.toContain("following")
        expect(done.stdout).not.toContain("markets:")
      }),
    90_000
  )

  it.scopedLive(
    "KALSHI_REST_URL on production's host is refused (exit 1) before any network call",
    () =>
      Effect.gen(function*() {
        const dir = yield* Effect.acquireRelease(
          Effect.sync(() => mkdtempSync(path.join(tmpdir(), "kalshi-demo-guard-"))),
          (d) => Effect.sync(() => rmSync(d, { recursive: true, force: true }))
        )
        // reports every DNS lookup and TCP connection the process attempts
        const watch = path.join(dir, "watch-network.mjs")
        writeFileSync(
          watch,
          [
            `import { createRequire } from "node:module"`,
            `const require = createRequire(import.meta.url)`,
            `const net = require("node:net"), dns = require("node:dns")`,
            `const connect = net.Socket.prototype.connect, lookup = dns.lookup`,
            `net.Socket.prototype.connect = function (...args) { process.stderr.write("NETWORK: connect\\n"); return connect.apply(this, args) }`,
            `dns.lookup = function (...args) { process.stderr.write("NETWORK: lookup\\n"); return lookup.apply(this, args) }`
          ].join("\n")
        )
        const pem = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()
        const credentials = { KALSHI_API_KEY_ID: "0b7c2e1a-demo-guard", KALSHI_PRIVATE_KEY: pem }
        const guarded = (env: Record<string, string>, args: ReadonlyArray<string> = []) =>
          run(process.execPath, [
            "--import",
            "tsx",
            "--import",
            watch,
            "--conditions=@kalshi-effect/source",
            "demo/main.ts",
            ...args
          ], {
            env: cleanEnv({ ...credentials, ...env })
          })

        // the watch sees a connection when there is one: the same process pointed at a local port
        const control = yield* guarded({
          KALSHI_REST_URL: "http://127.0.0.1:9/trade-api/v2",
          KALSHI_WS_URL: "ws://127.0.0.1:9/trade-api/ws/v2"
        }, [
          "--seconds",
          "1"
        ])
        expect(control.code).toBe(1)
        expect(control.stderr).toContain("NETWORK: connect")

        const done = yield* guarded({ KALSHI_REST_URL: "https://external-api.kalshi.com/trade-api/v2" }, ["--trade"])
        expect(done.code).toBe(1)
        expect(done.stderr).toContain("KALSHI_REST_URL points at Kalshi's production exchange")
        expect(done.stderr).toContain("--production")
        expect(done.stderr).not.toContain("NETWORK")
        expect(done.stdout).toBe("")
      }),
    180_000
  )
})

describe("the command line of npm start", () => {
  const errorOf = (args: ReadonlyArray<string>) => {
    const parsed = Cli.parseOptions(args)
    return "error" in parsed ? parsed.error : undefined
  }

  it("reads the flags", () => {
    expect(Cli.parseOptions(["--trade", "--market", "KX-1", "--seconds", "2.5", "--production"])).toEqual({
      options: { trade: true, market: "KX-1", seconds: 2.5, production: true }
    })
    expect(Cli.parseOptions([])).toEqual({
      options: { trade: false, market: undefined, seconds: undefined, production: false }
    })
    expect(Cli.parseOptions(["-h"])).toEqual({ help: true })
  })

  it("refuses an unknown flag, a missing value, a positional argument and a value given to a boolean", () => {
    expect(errorOf(["--bogus"])).toContain("'--bogus'")
    expect(errorOf(["--seconds"])).toContain("--seconds")
    expect(errorOf(["extra"])).toContain("'extra'")
    expect(errorOf(["--trade=yes"])).toContain("--trade")
    expect(errorOf(["--market", ""])).toBe("--market needs a market ticker")
  })

  it("refuses --seconds that is not a positive number", () => {
    for (const value of ["abc", "0", "-1", "", " ", "Infinity", "1e3", "0x10", "NaN", "2s"]) {
      expect(errorOf([`--seconds=${value}`]), value).toBe(
        `--seconds must be a positive number of seconds, got "${value}"`
      )
    }
  })

  it.effect("refuses Kalshi's production exchange by KALSHI_ENV or by host, in any case and with a trailing dot, unless --production", () =>
    Effect.gen(function*() {
      const refusal = (options: KalshiConfig.Options, allowed = false) =>
        KalshiConfig.make(options).pipe(
          Effect.orDie,
          Effect.flatMap((config) => Cli.guardProduction(config, allowed)),
          Effect.match({ onFailure: (e) => e.message, onSuccess: () => undefined })
        )
      const local = { restUrl: "http://127.0.0.1:8080/trade-api/v2", wsUrl: "ws://127.0.0.1:8080/trade-api/ws/v2" }
      expect(yield* refusal({ environment: "production" })).toMatch(
        /^KALSHI_ENV=production selects Kalshi's production exchange/
      )
      for (
        const restUrl of [
          "https://external-api.kalshi.com/trade-api/v2",
          "https://EXTERNAL-API.Kalshi.COM/trade-api/v2",
          "https://external-api.kalshi.com./trade-api/v2",
          "https://external-api.kalshi.com:443/trade-api/v2"
        ]
      ) {
        expect(yield* refusal({ environment: local, restUrl }), restUrl).toMatch(
          /^KALSHI_REST_URL points at Kalshi's production exchange/
        )
      }
      for (
        const wsUrl of [
          "wss://external-api-ws.kalshi.com/trade-api/ws/v2",
          "wss://External-Api-Ws.kalshi.com../trade-api/ws/v2"
        ]
      ) {
        expect(yield* refusal({ environment: local, wsUrl }), wsUrl).toMatch(
          /^KALSHI_WS_URL points at Kalshi's production exchange/
        )
      }
      // demo, a local exchange, and production when named explicitly
      expect(yield* refusal({ environment: "demo" })).toBeUndefined()
      expect(yield* refusal({ environment: local })).toBeUndefined()
      expect(yield* refusal({ environment: "production" }, true)).toBeUndefined()
      expect(yield* refusal({ environment: local, restUrl: "https://external-api.kalshi.com/trade-api/v2" }, true))
        .toBeUndefined()
    }))
})
