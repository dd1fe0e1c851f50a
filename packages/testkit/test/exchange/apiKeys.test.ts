import { describe, expect, it } from "@effect/vitest"
import * as Either from "effect/Either"
import { generateKeyPairSync } from "node:crypto"
import { ApiKeys, type KeyRecord } from "../../src/exchange/apiKeys.js"

describe("exchange/apiKeys", () => {
  it("generated and created keys are accepted at once; a deleted key is refused", () => {
    const accepted = new Map<string, KeyRecord>()
    const seeded = generateKeyPairSync("ed25519")
    accepted.set("seed", { apiKeyId: "seed", user: "u", publicKey: seeded.publicKey })
    let n = 0
    const keys = new ApiKeys(accepted, () => `k${++n}`)
    const generated = Either.getOrThrow(keys.generate("u", { name: "bot", scopes: ["read"] }))
    expect(generated.privateKeyPem).toMatch(/BEGIN RSA PRIVATE KEY/)
    expect(accepted.get(generated.key.apiKeyId)?.user).toBe("u")
    const pem = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "pem" })
    const created = Either.getOrThrow(keys.create("u", pem.toString(), { name: "mine" }))
    expect(keys.of("u").map((k) => [k.name, k.scopes])).toEqual([
      ["default", ["read", "write"]],
      ["bot", ["read"]],
      ["mine", ["read", "write"]]
    ])
    expect(Either.isLeft(keys.delete("other", created.apiKeyId))).toBe(true)
    Either.getOrThrow(keys.delete("u", created.apiKeyId))
    expect(accepted.has(created.apiKeyId)).toBe(false)
    expect(keys.scopesOf(generated.key.apiKeyId)).toEqual(["read"])
  })

  it("refuses a key that is not an RSA public key, an empty name and an unknown scope", () => {
    const keys = new ApiKeys(new Map(), () => "k")
    expect(Either.isLeft(keys.create("u", "not a key", { name: "x" }))).toBe(true)
    const ed = generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString()
    expect(Either.isLeft(keys.create("u", ed, { name: "x" }))).toBe(true)
    expect(Either.isLeft(keys.generate("u", { name: " " }))).toBe(true)
    // @ts-expect-error an unknown scope
    expect(Either.isLeft(keys.generate("u", { name: "x", scopes: ["admin"] }))).toBe(true)
  })
})
