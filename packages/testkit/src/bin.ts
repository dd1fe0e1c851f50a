#!/usr/bin/env node
/**
 * Runs the local exchange from the command line until interrupted:
 *
 * ```sh
 * tsx --conditions=@kalshi-effect/source packages/testkit/src/bin.ts --port 0 --seed 1 --simulate
 * ```
 *
 * Options: `--port <n>` (default 0: a free port chosen by the system), `--host <addr>` (default 127.0.0.1),
 * `--seed <n>` (default 0), `--simulate` (a market maker and a noise trader on every market),
 * `--interval <ms>` (simulation round, default 1000), `--key-type ed25519|rsa` (the demo account's
 * key, default ed25519), `--key-file <path>` (where the demo account's private key is written,
 * mode 0600; default a new file in the temporary directory), `--no-rate-limits`, `--json` (print
 * one JSON line instead of text), `--help`.
 *
 * The default Ed25519 key works with this SDK; the official `kalshi-typescript` client signs with
 * RSA only, so give it an account made with `--key-type rsa`.
 *
 * It lists a demo catalog ({@link TestExchange.demoSeed}), funds a demo account with $10,000, and
 * prints the URLs and the `KALSHI_*` variables that point the SDK at it.
 *
 * @since 0.1.0
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { closeSync, constants, fchmodSync, mkdtempSync, openSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { parseArgs } from "node:util"
import * as TestExchange from "./TestExchange.js"

const usage = `Usage: kalshi-testkit [options]

Runs a local Kalshi-compatible exchange (REST and WebSocket) with a demo catalog and a funded demo
account until interrupted, and prints the KALSHI_* variables that point the SDK at it.

Options:
  --port <n>             port to listen on (default 0: a free port chosen by the system)
  --host <addr>          address to listen on (default 127.0.0.1)
  --seed <n>             seed of every generated id and of the Ed25519 keys (default 0)
  --simulate             a market maker and a noise trader on every market, index feeds
  --interval <ms>        time between two rounds of the simulation (default 1000)
  --key-type <type>      the demo account's key: ed25519 (default) or rsa
  --key-file <path>      where the demo account's private key is written, mode 0600
                         (default: a new file in the temporary directory)
  --no-rate-limits       no rate limits
  --json                 print one JSON line instead of text
  -h, --help             print this help

The default Ed25519 key works with this SDK. The official kalshi-typescript client signs with RSA
only: start the exchange with --key-type rsa to use it.
`

const parse = () => {
  try {
    return parseArgs({
      options: {
        port: { type: "string", default: "0" },
        host: { type: "string", default: "127.0.0.1" },
        seed: { type: "string", default: "0" },
        simulate: { type: "boolean", default: false },
        interval: { type: "string", default: "1000" },
        "key-type": { type: "string", default: "ed25519" },
        "key-file": { type: "string" },
        "no-rate-limits": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    }).values
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`)
    return process.exit(2)
  }
}

const values = parse()
if (values.help === true) {
  process.stdout.write(usage)
  process.exit(0)
}

const integer = (name: string, raw: string | undefined): number => {
  const n = Number(raw)
  if (!Number.isSafeInteger(n) || n < 0) {
    process.stderr.write(`--${name} must be a non-negative integer, got ${raw}\n`)
    process.exit(2)
  }
  return n
}

const keyType = values["key-type"]
if (keyType !== "ed25519" && keyType !== "rsa") {
  process.stderr.write(`--key-type must be ed25519 or rsa, got ${keyType}\n`)
  process.exit(2)
}

/**
 * Writes the key readable by its owner only: the mode given to `open` applies only to a file it
 * creates, so an existing file is made 0600 before the key goes in (and the old content is dropped).
 */
const writeKeyFile = (file: string, pem: string) => {
  const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600)
  try {
    fchmodSync(fd, 0o600)
    writeFileSync(fd, pem)
  } finally {
    closeSync(fd)
  }
}

const program = Effect.gen(function*() {
  const exchange = yield* TestExchange.make({
    port: integer("port", values.port),
    host: values.host ?? "127.0.0.1",
    seed: integer("seed", values.seed),
    seedData: TestExchange.demoSeed,
    ...(values["no-rate-limits"] === true ? { rateLimits: false as const } : {})
  })
  const account = yield* exchange.addAccount({ balance: "10000", keyType })
  const credentials = Option.getOrThrow(account.credentials)
  const keyFile = values["key-file"] ?? path.join(mkdtempSync(path.join(tmpdir(), "kalshi-testkit-")), "demo-key.pem")
  writeKeyFile(keyFile, Redacted.value(credentials.privateKey))
  if (values.simulate === true) {
    yield* exchange.simulate({ interval: `${integer("interval", values.interval)} millis` })
  }
  const info = {
    url: exchange.url,
    restUrl: exchange.restUrl,
    wsUrl: exchange.wsUrl,
    apiKeyId: account.apiKeyId,
    user: account.user,
    privateKeyPath: keyFile,
    markets: [...(TestExchange.demoSeed.markets ?? [])].map((m) => m.ticker)
  }
  if (values.json === true) {
    yield* Console.log(JSON.stringify(info))
  } else {
    yield* Console.log(
      [
        `Kalshi test exchange on ${info.url}${values.simulate === true ? " (simulated flow on)" : ""}`,
        `  REST      ${info.restUrl}`,
        `  WebSocket ${info.wsUrl}`,
        `  markets   ${info.markets.join(", ")}`,
        "",
        `Demo account (funded with $10,000, ${keyType} key${
          keyType === "ed25519" ? "; the official RSA-only client needs --key-type rsa" : ""
        }):`,
        `  KALSHI_REST_URL=${info.restUrl}`,
        `  KALSHI_WS_URL=${info.wsUrl}`,
        `  KALSHI_API_KEY_ID=${info.apiKeyId}`,
        `  KALSHI_PRIVATE_KEY_PATH=${info.privateKeyPath}`,
        "",
        "Press Ctrl+C to stop."
      ].join("\n")
    )
  }
  return yield* Effect.never
})

NodeRuntime.runMain(Effect.scoped(program))
