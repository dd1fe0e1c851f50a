/**
 * `npm start` with a real key in each `KALSHI_*` variable: it fails fast, says which variable is
 * wrong, and prints no line of the key. The SDK-level sweep (every error, log line and span) is in
 * `packages/core/test/secrets.test.ts`; this one checks what a user sees in the terminal.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { spawn } from "node:child_process"
import * as crypto from "node:crypto"
import * as net from "node:net"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..")
const API_KEY_ID = "5e0b8f7a-41c2-4d3e-9a6b-7c8d9e0f1a2b"

const rsa = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey
  .export({ type: "pkcs8", format: "pem" }).toString()
const ed = crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()

const bodyLines = (pem: string) => pem.split("\n").filter((line) => line !== "" && !line.startsWith("-----"))

/** Every 16-character window (by steps of 4) of every key body line, and the key id. */
const pieces = [
  API_KEY_ID,
  ...[rsa, ed].flatMap(bodyLines).flatMap((line) => {
    const out: Array<string> = []
    for (let i = 0; i + 16 <= line.length; i += 4) out.push(line.slice(i, i + 16))
    return out
  })
]

const oneLine = (pem: string) => pem.trim().replace(/\n/g, "\\n")
/** The key with a character of its body replaced by one that is not base64. */
const damaged = (pem: string) => {
  const at = Math.floor(pem.length / 2)
  return `${pem.slice(0, at)}!${pem.slice(at + 1)}`
}

/** A port on 127.0.0.1 where nothing listens: no run may reach a real Kalshi host. */
const closedPort = Effect.promise(() =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
)

interface Run {
  readonly code: number | null
  readonly output: string
}

/** `npm start` at the repository root with exactly these `KALSHI_*` variables; killed after 60 s. */
const npmStart = (variables: Record<string, string>) =>
  Effect.async<Run>((resume) => {
    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(process.env)) {
      if (value !== undefined && !name.startsWith("KALSHI_")) env[name] = value
    }
    const child = spawn("npm", ["start"], {
      cwd: root,
      env: { ...env, ...variables },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let output = ""
    child.stdout.on("data", (d: Buffer) => (output += String(d)))
    child.stderr.on("data", (d: Buffer) => (output += String(d)))
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000)
    child.on("close", (code) => {
      clearTimeout(timer)
      resume(Effect.succeed({ code, output }))
    })
    return Effect.sync(() => {
      clearTimeout(timer)
      child.kill("SIGKILL")
    })
  })

describe("npm start with a key in the wrong place", () => {
  it.live("fails, names the variable, and prints no line of the key", () =>
    Effect.gen(function*() {
      const port = yield* closedPort
      const local = {
        KALSHI_REST_URL: `http://127.0.0.1:${port}/trade-api/v2`,
        KALSHI_WS_URL: `ws://127.0.0.1:${port}/trade-api/ws/v2`
      }
      const cases: ReadonlyArray<readonly [string, Record<string, string>, RegExp]> = [
        [
          "the key as KALSHI_PRIVATE_KEY_PATH",
          { ...local, KALSHI_API_KEY_ID: API_KEY_ID, KALSHI_PRIVATE_KEY_PATH: rsa },
          /KALSHI_PRIVATE_KEY_PATH holds what looks like private key material/
        ],
        [
          "the key as KALSHI_ENV",
          { ...local, KALSHI_API_KEY_ID: API_KEY_ID, KALSHI_PRIVATE_KEY: ed, KALSHI_ENV: ed },
          /KALSHI_ENV/
        ],
        [
          "the key as KALSHI_API_KEY_ID",
          { ...local, KALSHI_API_KEY_ID: oneLine(rsa), KALSHI_PRIVATE_KEY: rsa },
          /KALSHI_API_KEY_ID/
        ],
        [
          "the key as KALSHI_REST_URL",
          { ...local, KALSHI_API_KEY_ID: API_KEY_ID, KALSHI_PRIVATE_KEY: ed, KALSHI_REST_URL: ed },
          /KALSHI_REST_URL/
        ],
        [
          "a damaged key in KALSHI_PRIVATE_KEY",
          { ...local, KALSHI_API_KEY_ID: API_KEY_ID, KALSHI_PRIVATE_KEY: damaged(rsa) },
          /Invalid Kalshi private key/
        ],
        [
          "a working key, the exchange unreachable",
          { ...local, KALSHI_API_KEY_ID: API_KEY_ID, KALSHI_PRIVATE_KEY: oneLine(ed) },
          /error/i
        ]
      ]
      const runs = yield* Effect.forEach(cases, ([, variables]) => npmStart(variables), { concurrency: 2 })
      cases.forEach(([name, , expected], i) => {
        const { code, output } = runs[i]!
        const leak = pieces.find((piece) => output.includes(piece))
        expect(leak, `${name}: prints '${leak}' in\n${output}`).toBeUndefined()
        expect(code, `${name}:\n${output}`).not.toBe(0)
        expect(output, name).toMatch(expected)
      })
    }), 240_000)
})
