import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { spawn } from "node:child_process"
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.resolve(here, "../src/bin.ts")
const root = path.resolve(here, "../../..")
// One process (node with tsx's loader), not tsx's command line, which runs the script in a child of its
// own: killing the command would leave that child running.
const node = (args: ReadonlyArray<string>) =>
  spawn(process.execPath, ["--import", "tsx", "--conditions=@kalshi-effect/source", bin, ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"]
  })

describe("command line: --key-file", () => {
  it.scopedLive(
    "an existing world-readable file is made 0600 before the key is written into it",
    () =>
      Effect.gen(function*() {
        const dir = yield* Effect.acquireRelease(
          Effect.sync(() => mkdtempSync(path.join(tmpdir(), "kalshi-testkit-bin-"))),
          (d) => Effect.sync(() => rmSync(d, { recursive: true, force: true }))
        )
        const keyFile = path.join(dir, "key.pem")
        writeFileSync(keyFile, "an older, longer content that must not survive the write\n".repeat(40))
        chmodSync(keyFile, 0o644)
        expect(statSync(keyFile).mode & 0o777).toBe(0o644)

        const child = yield* Effect.acquireRelease(
          Effect.sync(() => node(["--key-file", keyFile, "--json"])),
          (c) => Effect.sync(() => c.exitCode === null && c.kill("SIGKILL"))
        )
        const line = yield* Effect.async<string>((resume) => {
          let out = ""
          child.stdout.on("data", (d: Buffer) => {
            out += String(d)
            const nl = out.indexOf("\n")
            if (nl !== -1) resume(Effect.succeed(out.slice(0, nl)))
          })
        })
        expect(JSON.parse(line).privateKeyPath).toBe(keyFile)
        expect(statSync(keyFile).mode & 0o777).toBe(0o600)
        const pem = readFileSync(keyFile, "utf8")
        expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+-----END PRIVATE KEY-----\n?$/)
      }),
    60_000
  )
})

/** Runs the command line to its end; returns its exit code and output. */
const runToEnd = (args: ReadonlyArray<string>) =>
  Effect.async<{ readonly code: number | null; readonly stdout: string; readonly stderr: string }>((resume) => {
    const child = node(args)
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d: Buffer) => (stdout += String(d)))
    child.stderr.on("data", (d: Buffer) => (stderr += String(d)))
    child.on("close", (code) => resume(Effect.succeed({ code, stdout, stderr })))
    return Effect.sync(() => child.kill("SIGKILL"))
  })

describe("command line: help", () => {
  it.live(
    "--help prints the options, and says the official RSA-only client needs --key-type rsa",
    () =>
      Effect.gen(function*() {
        const ran = yield* runToEnd(["--help"])
        expect(ran.code).toBe(0)
        expect(ran.stderr).toBe("")
        expect(ran.stdout).toContain("Usage: kalshi-testkit")
        expect(ran.stdout).toContain("--key-type <type>")
        expect(ran.stdout).toContain("official kalshi-typescript client signs with RSA")
        expect(ran.stdout).toContain("--key-type rsa")
      }),
    60_000
  )

  it.live("an unknown option is refused with the usage, exit code 2", () =>
    Effect.gen(function*() {
      const ran = yield* runToEnd(["--no-such-option"])
      expect(ran.code).toBe(2)
      expect(ran.stderr).toContain("--no-such-option")
      expect(ran.stderr).toContain("Usage: kalshi-testkit")
    }), 60_000)
})
