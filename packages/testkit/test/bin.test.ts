import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { spawn } from "node:child_process"
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.resolve(here, "../src/bin.ts")
const tsx = path.resolve(here, "../../../node_modules/tsx/dist/cli.mjs")

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
          Effect.sync(() =>
            spawn(process.execPath, [tsx, "--conditions=@kalshi-effect/source", bin, "--key-file", keyFile, "--json"], {
              stdio: ["ignore", "pipe", "pipe"]
            })
          ),
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

/** Runs the command to its end: its exit code and what it printed. */
const run = (args: ReadonlyArray<string>) =>
  Effect.async<{ readonly code: number | null; readonly out: string; readonly err: string }>((resume) => {
    const child = spawn(process.execPath, [tsx, "--conditions=@kalshi-effect/source", bin, ...args], {
      stdio: ["ignore", "pipe", "pipe"]
    })
    let out = ""
    let err = ""
    child.stdout.on("data", (d: Buffer) => (out += String(d)))
    child.stderr.on("data", (d: Buffer) => (err += String(d)))
    child.on("close", (code) => resume(Effect.succeed({ code, out, err })))
    return Effect.sync(() => child.kill("SIGKILL"))
  })

describe("command line: help and unknown options", () => {
  it.live("--help prints the options, and that the official client needs an RSA key", () =>
    Effect.gen(function*() {
      const r = yield* run(["--help"])
      expect(r.code).toBe(0)
      expect(r.out).toContain("--key-type <type>")
      expect(r.out).toContain("kalshi-typescript client signs with RSA only")
    }), 60_000)

  it.live("an unknown option is refused with the usage, exit code 2", () =>
    Effect.gen(function*() {
      const r = yield* run(["--bogus"])
      expect(r.code).toBe(2)
      expect(r.err).toContain("Unknown option '--bogus'")
      expect(r.err).toContain("Usage: kalshi-testkit")
    }), 60_000)
})
