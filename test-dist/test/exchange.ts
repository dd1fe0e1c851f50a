/**
 * Helpers of the consumer tests: run a command of the installed project, start the testkit's
 * `kalshi-testkit` command from the installed tarball, and run the consumer program on a runtime.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process"
import { once } from "node:events"
import * as path from "node:path"
import { createInterface } from "node:readline"

export interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs a command to its end (never throws on a non-zero exit: the caller asserts). */
export const run = (
  command: string,
  args: ReadonlyArray<string>,
  options: { readonly cwd: string; readonly env?: NodeJS.ProcessEnv; readonly timeout?: number }
): Promise<Ran> =>
  new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeout ?? 120_000,
        maxBuffer: 64 * 1024 * 1024
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : null
        resolve({ code, stdout, stderr })
      }
    )
  })

/** What `kalshi-testkit --json` prints. */
export interface ExchangeInfo {
  readonly restUrl: string
  readonly wsUrl: string
  readonly apiKeyId: string
  readonly privateKeyPath: string
  readonly markets: ReadonlyArray<string>
}

/** Starts the installed `kalshi-testkit` command with simulated flow; resolves once it printed its URLs. */
export const startExchange = async (
  app: string
): Promise<{ readonly info: ExchangeInfo; readonly process: ChildProcess }> => {
  const child = spawn(
    path.join(app, "node_modules", ".bin", "kalshi-testkit"),
    ["--json", "--simulate", "--interval", "200", "--key-file", path.join(app, "demo-key.pem")],
    { cwd: app, stdio: ["ignore", "pipe", "inherit"] }
  )
  const lines = createInterface({ input: child.stdout! })
  const [first] = (await Promise.race([
    once(lines, "line"),
    once(child, "exit").then(([code]) => {
      throw new Error(`kalshi-testkit exited with ${code} before printing its URLs`)
    })
  ])) as [string]
  return { info: JSON.parse(first) as ExchangeInfo, process: child }
}

/** The `KALSHI_*` variables that point the SDK at the exchange's demo account. */
export const exchangeEnv = (info: ExchangeInfo): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  KALSHI_REST_URL: info.restUrl,
  KALSHI_WS_URL: info.wsUrl,
  KALSHI_API_KEY_ID: info.apiKeyId,
  KALSHI_PRIVATE_KEY_PATH: info.privateKeyPath
})

/** The JSON of the consumer program's `RESULT` line, or a failure with its whole output. */
export const result = (ran: Ran): {
  readonly markets: number
  readonly market: string
  readonly canceled: string
  readonly taken: string
  readonly trade: { readonly ticker: string; readonly count: string }
} => {
  const line = ran.stdout.split("\n").find((l) => l.startsWith("RESULT "))
  if (ran.code !== 0 || line === undefined) {
    throw new Error(`the program exited with ${ran.code}\n--- stdout\n${ran.stdout}\n--- stderr\n${ran.stderr}`)
  }
  return JSON.parse(line.slice("RESULT ".length))
}
