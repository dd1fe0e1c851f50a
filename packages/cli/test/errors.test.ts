/**
 * Failures as the user sees them: one line naming the problem and the fix, exit code 2 for a wrong
 * command line and 1 for the rest, no stack trace unless `--verbose`, never key material; the
 * configuration from the variables, `--env` and the config file; help, completions and `--local`.
 */
import { assert, describe, it, layer } from "@effect/vitest"
import { DefaultAccount, demoSeed, layerSdk, TestExchange } from "@kalshi-effect/testkit/TestExchange"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { mkdirSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { accountEnv, baseEnv, json, kalshi } from "./kalshi.js"

/** A port nothing listens on: a command that would send something fails to connect, never reaches a real host. */
const nowhere = {
  KALSHI_REST_URL: "http://127.0.0.1:9/trade-api/v2",
  KALSHI_WS_URL: "ws://127.0.0.1:9/trade-api/ws/v2"
}

const oneLine = (stderr: string) => {
  const lines = stderr.trimEnd().split("\n")
  assert.strictEqual(lines.length, 1, stderr)
  assert.notMatch(stderr, /\n\s+at /)
  return lines[0]!
}

const fakeKey = [
  "-----BEGIN PRIVATE KEY-----",
  "MC4CAQAwBQYDK2VwBCIEIHJlYWxseSBub3QgYSBrZXkgYXQgYWxsIHJlYWxseSE=",
  "-----END PRIVATE KEY-----"
].join("\n")

describe("errors", () => {
  it.effect("usage errors exit 2; failures exit 1 with one line and a fix; --verbose shows details", () =>
    Effect.gen(function*() {
      const env = baseEnv(nowhere)
      const [unknown, price, side, conflict, limit, noKey, unreachable, verbose, production, local] = yield* Effect.all(
        [
          kalshi(["nosuch"], { env }),
          kalshi(["order", "buy", "KX-1", "--side", "yes", "--price", "1.5", "--count", "1", "--yes"], { env }),
          kalshi(["order", "sell", "KX-1", "--side", "maybe", "--price", "0.5", "--count", "1"], { env }),
          kalshi(["order", "buy", "KX-1", "--side", "yes", "--price", "0.5", "--count", "1", "--ioc", "--fok"], {
            env
          }),
          kalshi(["markets", "--limit", "0"], { env }),
          kalshi(["balance"], { env }),
          kalshi(["markets"], { env }),
          kalshi(["markets", "--verbose", "--limit", "5"], { env }),
          kalshi(["markets"], { env: { ...env, KALSHI_ENV: "production" } }),
          kalshi(["--local", "--env", "demo", "markets"], { env })
        ],
        { concurrency: 4 }
      )

      assert.strictEqual(unknown.code, 2)
      assert.include(unknown.stderr, "markets")
      const none = yield* kalshi([], { env })
      assert.strictEqual(none.code, 2)
      assert.strictEqual(oneLine(none.stderr), "kalshi: no command given; run kalshi --help to list the commands")

      assert.strictEqual(price.code, 2)
      assert.strictEqual(
        oneLine(price.stderr),
        "kalshi: invalid --price: must be between 0 and 1 dollar, exclusive (nothing was sent); correct --price"
      )
      assert.strictEqual(side.code, 2)
      assert.include(side.stderr, "yes, no")
      assert.strictEqual(conflict.code, 2)
      assert.strictEqual(oneLine(conflict.stderr), "kalshi: --ioc and --fok exclude each other; give one of them")
      assert.strictEqual(limit.code, 2)

      assert.strictEqual(noKey.code, 1)
      assert.match(oneLine(noKey.stderr), /^kalshi: GetBalance needs an API key .*set KALSHI_API_KEY_ID .*--local$/)

      assert.strictEqual(unreachable.code, 1)
      assert.match(
        oneLine(unreachable.stderr),
        /^kalshi: cannot reach the exchange .*; check the network and KALSHI_REST_URL/
      )
      assert.strictEqual(unreachable.stdout, "")
      assert.strictEqual(verbose.code, 1)
      assert.isAbove(verbose.stderr.trimEnd().split("\n").length, 1)

      assert.strictEqual(production.code, 2)
      assert.strictEqual(
        oneLine(production.stderr),
        "kalshi: production was chosen by KALSHI_ENV, but production needs an explicit --env production; " +
          "add --env production to trade with real money, or choose demo"
      )
      assert.strictEqual(local.code, 2)
    }))

  it.effect("no key material in any message: a key where the key id goes, a broken key", () =>
    Effect.gen(function*() {
      const env = baseEnv(nowhere)
      const [misplaced, broken, keyFile] = yield* Effect.all([
        kalshi(["balance"], { env: { ...env, KALSHI_API_KEY_ID: fakeKey, KALSHI_PRIVATE_KEY: fakeKey } }),
        kalshi(["balance", "--verbose"], {
          env: {
            ...env,
            KALSHI_API_KEY_ID: "a-key-id",
            KALSHI_PRIVATE_KEY: "-----BEGIN PRIVATE KEY-----\nzzSECRETzz###\n-----END PRIVATE KEY-----"
          }
        }),
        kalshi(["balance"], { env: { ...env, KALSHI_API_KEY_ID: "a-key-id", KALSHI_PRIVATE_KEY_PATH: fakeKey } })
      ], { concurrency: 3 })
      for (const ran of [misplaced, broken, keyFile]) {
        assert.strictEqual(ran.code, 1, ran.stderr)
        assert.notInclude(ran.stderr + ran.stdout, "MC4CAQAw")
        assert.notInclude(ran.stderr + ran.stdout, "zzSECRETzz")
      }
      assert.include(misplaced.stderr, "KALSHI_API_KEY_ID")
      assert.include(broken.stderr, "the private key cannot be used")
    }))

  it.effect("help with an example for every command, and shell completions", () =>
    Effect.gen(function*() {
      const [help, buy, completions] = yield* Effect.all([
        kalshi(["--help"]),
        kalshi(["order", "buy", "--help"]),
        kalshi(["--completions", "bash"])
      ], { concurrency: 3 })
      assert.strictEqual(help.code, 0)
      for (
        const command of [
          "markets",
          "market",
          "events",
          "series",
          "book",
          "trades",
          "balance",
          "positions",
          "fills",
          "orders",
          "settlements",
          "order buy",
          "order sell",
          "order cancel",
          "order amend",
          "order cancel-all",
          "limits",
          "doctor"
        ]
      ) {
        assert.match(help.stdout, new RegExp(`^\\s+- ${command} .*Example: kalshi ${command}\\b`, "m"), command)
      }
      assert.notInclude(help.stdout, "\u001b[")
      assert.strictEqual(buy.code, 0)
      assert.include(buy.stdout, "--post-only")
      assert.include(buy.stdout, "Example: kalshi order buy KXBTCY-26DEC31-B100000 --side yes --price 0.56 --count 10")
      assert.strictEqual(completions.code, 0)
      assert.include(completions.stdout, "complete -F")
      assert.include(completions.stdout, "kalshi")
    }))

  it.effect("--local: the demo catalog and a live book without any configuration", () =>
    Effect.gen(function*() {
      const [markets, book] = yield* Effect.all([
        kalshi(["--local", "markets", "--json"]),
        // a global option after the command's name
        kalshi(["book", "KXBTCY-26DEC31-B100000", "--local"])
      ], { concurrency: 2 })
      assert.deepStrictEqual(
        json<Array<{ ticker: string }>>(markets).map((m) => m.ticker),
        demoSeed.markets!.map((m) => m.ticker)
      )
      assert.strictEqual(book.code, 0, book.stderr)
      assert.match(book.stdout, /^KXBTCY-26DEC31-B100000 {2}(spread \d\.\d\d|one side empty)$/m)
      assert.match(book.stdout, /^SIDE {2}YES PRICE {2}SIZE$/m)
    }))

  layer(layerSdk({ seedData: demoSeed }), { excludeTestServices: true })((it) => {
    it.effect("the config file: keys per environment, refused when malformed or holding a key; variables win", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange
        const account = yield* DefaultAccount
        const env = yield* accountEnv
        const home = env.HOME!
        const configDir = path.join(home, "config")
        mkdirSync(path.join(configDir, "kalshi"), { recursive: true })
        const file = path.join(configDir, "kalshi", "config.json")
        const keyFile = path.join(home, "demo.pem")
        writeFileSync(keyFile, Redacted.value(Option.getOrThrow(account.credentials).privateKey), { mode: 0o600 })
        const fileEnv = { PATH: env.PATH!, HOME: home, XDG_CONFIG_HOME: configDir }
        writeFileSync(
          file,
          JSON.stringify({
            restUrl: exchange.restUrl,
            wsUrl: exchange.wsUrl,
            demo: { apiKeyId: account.apiKeyId, privateKeyPath: "~/demo.pem" },
            production: { apiKeyId: "another-key" }
          })
        )
        const fromFile = yield* kalshi(["balance", "--json"], { env: fileEnv })
        assert.strictEqual(json<{ balance_dollars: string }>(fromFile).balance_dollars, "10000.0000")
        // a variable replaces the file's value: a wrong key id is refused by the exchange
        const overridden = yield* kalshi(["balance"], { env: { ...fileEnv, KALSHI_API_KEY_ID: "not-the-key" } })
        assert.strictEqual(overridden.code, 1)
        assert.match(oneLine(overridden.stderr), /^kalshi: the exchange refused the API key/)

        writeFileSync(file, JSON.stringify({ env: "production" }))
        const production = yield* kalshi(["markets"], { env: fileEnv })
        assert.strictEqual(production.code, 2)
        assert.include(production.stderr, "production was chosen by config file")

        writeFileSync(file, JSON.stringify({ apiKey: "x" }))
        const unknown = yield* kalshi(["markets"], { env: fileEnv })
        assert.strictEqual(unknown.code, 1)
        assert.include(oneLine(unknown.stderr), "is not valid")
        assert.include(unknown.stderr, "allowed: env, apiKeyId, privateKeyPath")

        writeFileSync(file, JSON.stringify({ privateKey: fakeKey }))
        const key = yield* kalshi(["markets"], { env: fileEnv })
        assert.strictEqual(key.code, 1)
        assert.include(oneLine(key.stderr), "holds a private key")
        assert.notInclude(key.stderr, "MC4CAQAw")
      }))

    it.effect("an order is not placed without confirmation when stdin is not a terminal", () =>
      Effect.gen(function*() {
        const exchange = yield* TestExchange
        const account = yield* DefaultAccount
        const env = yield* accountEnv
        const ran = yield* kalshi(
          ["order", "buy", "KXBTCY-26DEC31-B100000", "--side", "yes", "--price", "0.10", "--count", "1"],
          { env, input: "y\n" }
        )
        assert.strictEqual(ran.code, 2)
        assert.include(ran.stderr, "Buy 1 YES of KXBTCY-26DEC31-B100000 at $0.10 each (good till canceled)")
        assert.include(ran.stderr, "kalshi: the order needs confirmation and stdin is not a terminal; add --yes")
        assert.deepStrictEqual(yield* exchange.orders(account.user), [])
      }))
  })
})
