/**
 * Runs a fleet of trader processes (`trader.ts`) against one exchange: starts them, waits until
 * every one is ready, says `go` to all at once, and collects their results and their logs.
 */
import type { TestExchange } from "@kalshi-effect/testkit"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as esbuild from "esbuild"
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import type { TraderConfig, TraderResult } from "./trader.js"

const here = path.dirname(fileURLToPath(import.meta.url))
const trader = path.join(here, "trader.ts")

/**
 * The trader and everything it imports in one file (built once per test file, removed when the test
 * process exits): four processes start in a fraction of the time they take to load the sources.
 */
let bundled: Promise<string> | undefined
const bundle = () => {
  if (bundled === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kalshi-fleet-"))
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }))
    const outfile = path.join(dir, "trader.mjs")
    bundled = esbuild.build({
      entryPoints: [trader],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      conditions: ["@kalshi-effect/source"],
      // ioredis is CommonJS: give the bundle a `require` for the modules it loads.
      banner: { js: "import { createRequire } from \"node:module\"; const require = createRequire(import.meta.url);" },
      logLevel: "silent"
    }).then(() => outfile)
  }
  return bundled
}

export interface Running {
  /** Tells every trader to start, all at the same time. */
  readonly go: Effect.Effect<void>
  /** Waits for every trader's results, in the order they were given. */
  readonly results: Effect.Effect<ReadonlyArray<TraderResult & { readonly log: string }>>
}

interface Child {
  readonly process: ChildProcessWithoutNullStreams
  readonly ready: Promise<void>
  readonly done: Promise<TraderResult & { readonly log: string }>
}

const start = (file: string, config: TraderConfig): Child => {
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, FLEET_TRADER: JSON.stringify(config) }
  })
  let out = ""
  let log = ""
  child.stderr.on("data", (d: Buffer) => {
    log += String(d)
  })
  let onReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => {
    onReady = resolve
  })
  const done = new Promise<TraderResult & { readonly log: string }>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      out += String(d)
      if (out.startsWith("ready\n")) onReady()
    })
    child.once("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? ""
      if (code === 0 && last.startsWith("{")) resolve({ ...JSON.parse(last), log })
      else reject(new Error(`trader ${config.name} exited with ${code}: ${log}`))
    })
  })
  // A trader that dies before it is ready must not leave the fleet waiting.
  done.catch(() => onReady())
  return { process: child, ready, done }
}

/** Starts the traders; they are killed with the scope if still running. */
export const run = (configs: ReadonlyArray<TraderConfig>): Effect.Effect<Running, never, Scope.Scope> =>
  Effect.gen(function*() {
    const file = yield* Effect.promise(bundle)
    const children = yield* Effect.acquireRelease(
      Effect.sync(() => configs.map((config) => start(file, config))),
      (children) =>
        Effect.sync(() => {
          for (const c of children) if (c.process.exitCode === null) c.process.kill("SIGKILL")
        })
    )
    yield* Effect.promise(() => Promise.all(children.map((c) => c.ready)))
    // The warm-up requests drew on the buckets: let them fill again, at the exchange and in the store.
    yield* Effect.sleep("1200 millis")
    return {
      go: Effect.sync(() => {
        // A time a little ahead, so that every trader starts at once even if one reads the line late.
        const at = Date.now() + 300
        for (const c of children) c.process.stdin.write(`go ${at}\n`)
      }),
      results: Effect.promise(() => Promise.all(children.map((c) => c.done)))
    }
  })

/** The configuration of a trader on `account` of `exchange`. */
export const traderOn = (
  exchange: TestExchange.Service,
  account: TestExchange.Account,
  options: Omit<TraderConfig, "restUrl" | "apiKeyId" | "privateKey">
): TraderConfig => {
  const credentials = Option.getOrThrow(account.credentials)
  return {
    restUrl: exchange.restUrl,
    apiKeyId: Redacted.value(credentials.apiKeyId),
    privateKey: Redacted.value(credentials.privateKey),
    ...options
  }
}
