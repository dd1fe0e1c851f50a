import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { generateKeyPairSync } from "node:crypto"
import { TestExchange } from "../src/index.js"
import { call, connect, signedHeaders } from "./utils/client.js"

const start = Effect.gen(function*() {
  const exchange = yield* TestExchange.make({ markets: [{ ticker: "KXAUTH-26-A" }] })
  const ed = yield* exchange.addAccount({ balance: "100", keyType: "ed25519" })
  const rsa = yield* exchange.addAccount({ balance: "100", keyType: "rsa" })
  return { exchange, ed, rsa }
})

describe("REST authentication", () => {
  it.scopedLive("accepts good signatures from RSA-PSS and Ed25519 keys", () =>
    Effect.gen(function*() {
      const { ed, exchange, rsa } = yield* start
      for (const account of [ed, rsa]) {
        const r = yield* call(exchange, "GET", "/portfolio/balance", { as: account })
        expect(r.status).toBe(200)
        expect(r.body).toMatchObject({ balance: 10000, balance_dollars: "100.0000" })
      }
    }))

  it.scopedLive("refuses an unsigned call to a signed endpoint", () =>
    Effect.gen(function*() {
      const { exchange } = yield* start
      const r = yield* call(exchange, "GET", "/portfolio/balance")
      expect(r.status).toBe(401)
      expect(r.body.error).toMatchObject({ code: "signature_is_missing_from_headers" })
      const missingOne = yield* call(exchange, "GET", "/portfolio/orders", {
        headers: { "KALSHI-ACCESS-KEY": "x", "KALSHI-ACCESS-TIMESTAMP": "1" }
      })
      expect(missingOne.status).toBe(401)
      expect(missingOne.body.error.code).toBe("signature_is_missing_from_headers")
    }))

  it.scopedLive("serves public endpoints unsigned", () =>
    Effect.gen(function*() {
      const { exchange } = yield* start
      const r = yield* call(exchange, "GET", "/markets/KXAUTH-26-A")
      expect(r.status).toBe(200)
      expect(r.body.market.ticker).toBe("KXAUTH-26-A")
    }))

  it.scopedLive("refuses a bad signature, a signature by another key, a signed query string and an unknown key", () =>
    Effect.gen(function*() {
      const { ed, exchange, rsa } = yield* start
      const good = yield* signedHeaders(exchange, ed, "GET", "/trade-api/v2/portfolio/balance")
      const other = yield* signedHeaders(exchange, rsa, "GET", "/trade-api/v2/portfolio/balance")
      const forged = yield* call(exchange, "GET", "/portfolio/balance", {
        headers: { ...good, "KALSHI-ACCESS-SIGNATURE": other["KALSHI-ACCESS-SIGNATURE"]! }
      })
      expect(forged.status).toBe(401)
      expect(forged.body).toEqual({
        error: expect.objectContaining({ code: "authentication_error", details: "INCORRECT_API_KEY_SIGNATURE" })
      })
      const shortPath = yield* signedHeaders(exchange, ed, "GET", "/portfolio/balance")
      const r2 = yield* call(exchange, "GET", "/portfolio/balance", { headers: shortPath })
      expect(r2.body.error.details).toBe("INCORRECT_API_KEY_SIGNATURE")
      const withQuery = yield* signedHeaders(exchange, ed, "GET", "/trade-api/v2/portfolio/orders")
      const r3 = yield* call(exchange, "GET", "/portfolio/orders", { headers: withQuery, query: { limit: "5" } })
      expect(r3.status).toBe(200)
      const wrongMethod = yield* signedHeaders(exchange, ed, "POST", "/trade-api/v2/portfolio/orders")
      const r4 = yield* call(exchange, "GET", "/portfolio/orders", { headers: wrongMethod })
      expect(r4.body.error.details).toBe("INCORRECT_API_KEY_SIGNATURE")
      const unknown = yield* call(exchange, "GET", "/portfolio/balance", {
        headers: { ...good, "KALSHI-ACCESS-KEY": "00000000-0000-4000-8000-000000000000" }
      })
      expect(unknown.status).toBe(401)
      expect(unknown.body.error.code).toBe("authentication_error")
    }))

  it.scopedLive("accepts timestamps within 5 s and refuses older or newer ones", () =>
    Effect.gen(function*() {
      const { ed, exchange } = yield* start
      const now = yield* exchange.now
      for (const skew of [-4_000, 4_000]) {
        const r = yield* call(exchange, "GET", "/portfolio/balance", { as: ed, timestampMs: now + skew })
        expect(r.status).toBe(200)
      }
      for (const skew of [-30_000, 300_000, -300_000]) {
        const r = yield* call(exchange, "GET", "/portfolio/balance", { as: ed, timestampMs: now + skew })
        expect(r.status).toBe(401)
        expect(r.body.error.code).toBe("header_timestamp_expired")
      }
    }))
})

describe("registered keys", () => {
  it.scopedLive("generates the same key ids, users and Ed25519 keys for the same seed", () =>
    Effect.gen(function*() {
      const pem = (a: TestExchange.Account) => Redacted.value(Option.getOrThrow(a.credentials).privateKey)
      const first = yield* (yield* TestExchange.make({ seed: 5 })).addAccount()
      const second = yield* (yield* TestExchange.make({ seed: 5 })).addAccount()
      const other = yield* (yield* TestExchange.make({ seed: 6 })).addAccount()
      expect([second.user, second.apiKeyId, pem(second)]).toEqual([first.user, first.apiKeyId, pem(first)])
      expect(pem(other)).not.toBe(pem(first))
      expect(pem(first)).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    }))

  it.scopedLive("verifies requests against a public key registered with its key id", () =>
    Effect.gen(function*() {
      const exchange = yield* TestExchange.make({})
      for (const type of ["ed25519", "rsa"] as const) {
        const pair = type === "rsa"
          ? generateKeyPairSync("rsa", { modulusLength: 2048 })
          : generateKeyPairSync("ed25519")
        const apiKeyId = `my-${type}-key`
        const account = yield* exchange.addAccount({
          apiKeyId,
          user: `user-${type}`,
          publicKey: pair.publicKey.export({ type: "spki", format: "pem" }).toString(),
          balance: "5"
        })
        expect(Option.isNone(account.credentials)).toBe(true)
        const signed: TestExchange.Account = {
          ...account,
          credentials: Option.some({
            apiKeyId: Redacted.make(apiKeyId),
            privateKey: Redacted.make(
              pair.privateKey.export({ type: type === "rsa" ? "pkcs1" : "pkcs8", format: "pem" }).toString()
            )
          })
        }
        const r = yield* call(exchange, "GET", "/portfolio/balance", { as: signed })
        expect(r.status).toBe(200)
        expect(r.body.balance_dollars).toBe("5.0000")
      }
      const duplicate = yield* Effect.flip(exchange.addAccount({ apiKeyId: "my-rsa-key" }))
      expect(duplicate.message).toContain("exists")
      const bad = yield* Effect.flip(exchange.addAccount({ publicKey: "not a key" }))
      expect(bad._tag).toBe("SeedError")
    }))
})

describe("WebSocket handshake", () => {
  it.scopedLive("upgrades a signed handshake and refuses unsigned or badly signed ones with 401", () =>
    Effect.gen(function*() {
      const { ed, exchange, rsa } = yield* start
      const a = yield* connect(exchange, ed)
      const b = yield* connect(exchange, rsa)
      expect(a.socket.readyState).toBe(a.socket.OPEN)
      expect(b.socket.readyState).toBe(b.socket.OPEN)
      expect(yield* exchange.connections).toBe(2)
      const unsigned = yield* Effect.flip(connect(exchange, undefined))
      expect(unsigned.status).toBe(401)
      const restSigned = yield* signedHeaders(exchange, ed, "GET", "/trade-api/v2")
      const wrongPath = yield* Effect.flip(connect(exchange, undefined, restSigned))
      expect(wrongPath.status).toBe(401)
      const old = yield* signedHeaders(exchange, ed, "GET", "/trade-api/ws/v2", (yield* exchange.now) - 60_000)
      const expired = yield* Effect.flip(connect(exchange, undefined, old))
      expect(expired.status).toBe(401)
    }))
})
