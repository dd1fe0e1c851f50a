/**
 * Runs the `kalshi` binary as a child process (its launcher, which runs the built JavaScript), with
 * an environment of the test's own: no variable of the developer's shell reaches it, the config
 * directory is a temporary one, and the `KALSHI_*` variables point at the test's exchange.
 */
import { DefaultAccount, TestExchange } from "@kalshi-effect/testkit/TestExchange"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { spawn } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"

/** The binary the package installs. */
export const bin = path.resolve(import.meta.dirname, "../bin/kalshi.js")

export interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** A fresh home and config directory for a run. */
export const freshHome = (): { readonly home: string; readonly config: string } => {
  const home = mkdtempSync(path.join(tmpdir(), "kalshi-cli-home-"))
  return { home, config: path.join(home, ".config") }
}

/** The base environment of a run: a path, a fresh home and config directory, and nothing else. */
export const baseEnv = (extra: Readonly<Record<string, string>> = {}): Record<string, string> => {
  const { config, home } = freshHome()
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, XDG_CONFIG_HOME: config, ...extra }
}

/** Runs `kalshi args...` to its end; never fails (the test asserts on the code and the output). */
export const kalshi = (
  args: ReadonlyArray<string>,
  options: { readonly env?: Readonly<Record<string, string>>; readonly input?: string } = {}
): Effect.Effect<Ran> =>
  Effect.async<Ran>((resume) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: options.env ?? baseEnv(),
      stdio: ["pipe", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    child.on("close", (code) => resume(Effect.succeed({ code, stdout, stderr })))
    child.stdin.end(options.input ?? "")
    return Effect.sync(() => child.kill("SIGKILL"))
  })

/** The `KALSHI_*` variables of the exchange's default account, its key in a file of the temporary home. */
export const accountEnv = Effect.gen(function*() {
  const exchange = yield* TestExchange
  const account = yield* DefaultAccount
  const credentials = Option.getOrThrow(account.credentials)
  const env = baseEnv()
  const keyFile = path.join(env.HOME!, "key.pem")
  writeFileSync(keyFile, Redacted.value(credentials.privateKey), { mode: 0o600 })
  const all: Record<string, string> = {
    ...env,
    KALSHI_REST_URL: exchange.restUrl,
    KALSHI_WS_URL: exchange.wsUrl,
    KALSHI_API_KEY_ID: account.apiKeyId,
    KALSHI_PRIVATE_KEY_PATH: keyFile
  }
  return all
})

/** Parses the JSON a command printed, or fails the test with its whole output. */
export const json = <A = unknown>(ran: Ran): A => {
  if (ran.code !== 0) {
    throw new Error(`kalshi exited with ${ran.code}\n--- stdout\n${ran.stdout}\n--- stderr\n${ran.stderr}`)
  }
  return JSON.parse(ran.stdout) as A
}

/**
 * Runs a live command until it printed `count` lines on stdout, then interrupts it (SIGINT) and
 * waits for its end: the lines and the exit code.
 */
export const kalshiLines = (
  args: ReadonlyArray<string>,
  count: number,
  options: { readonly env?: Readonly<Record<string, string>> } = {}
): Effect.Effect<{ readonly lines: ReadonlyArray<string>; readonly code: number | null; readonly stderr: string }> =>
  Effect.async((resume) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: options.env ?? baseEnv(),
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    let interrupted = false
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk
      if (!interrupted && stdout.split("\n").length > count) {
        interrupted = true
        child.kill("SIGINT")
      }
    })
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    child.on(
      "close",
      (code) =>
        resume(Effect.succeed({ lines: stdout.split("\n").filter((l) => l !== "").slice(0, count), code, stderr }))
    )
    return Effect.sync(() => child.kill("SIGKILL"))
  })
