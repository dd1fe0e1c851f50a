/**
 * Reading private keys without a crypto library: base64, PEM, DER and PKCS#8, checked against
 * what node:crypto makes of the same keys.
 */
import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect, Exit, Option, Redacted } from "effect"
import * as crypto from "node:crypto"
import { KalshiError, Signer } from "../src/index.js"
import * as Base64 from "../src/internal/base64.js"

const rsa = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })
const ed = crypto.generateKeyPairSync("ed25519")

const edPem = ed.privateKey.export({ type: "pkcs8", format: "pem" }).toString()

const pemOf = (label: string, der: Uint8Array): string =>
  `-----BEGIN ${label}-----\n${
    (Buffer.from(der).toString("base64").match(/.{1,64}/g) ?? []).join("\n")
  }\n-----END ${label}-----\n`

const pkcs8Of = (key: Signer.PrivateKey): Buffer => Buffer.from(Redacted.value(key.pkcs8))

describe("base64", () => {
  it("encodes and decodes as Buffer does, at every length", () => {
    for (let length = 0; length < 70; length++) {
      const bytes = crypto.randomBytes(length)
      const text = Base64.encode(bytes)
      assert.strictEqual(text, bytes.toString("base64"))
      assert.deepStrictEqual(Base64.decode(text), new Uint8Array(bytes))
      // unpadded input decodes too
      assert.deepStrictEqual(Base64.decode(text.replace(/=+$/, "")), new Uint8Array(bytes))
    }
    const large = crypto.randomBytes(4096)
    assert.strictEqual(Base64.encode(large), large.toString("base64"))
  })

  it("rejects what is not standard base64", () => {
    for (const text of ["A", "AAAAA", "AB!D", "AB-_", "A=BC", "AB=C", "ABC==", "AB==A", "AB\nCD", "ABCé"]) {
      assert.isUndefined(Base64.decode(text), text)
    }
    // a non-zero tail in the last character: no encoder makes it
    assert.isUndefined(Base64.decode("AB=="))
    assert.deepStrictEqual(Base64.decode("AA=="), Uint8Array.of(0))
  })
})

describe("Signer.parsePrivateKey", () => {
  it.effect("a PKCS#1 RSA key becomes exactly the PKCS#8 node:crypto exports for it", () =>
    Effect.gen(function*() {
      for (const modulusLength of [1024, 2048, 3072]) {
        const key = modulusLength === 2048
          ? rsa.privateKey
          : crypto.generateKeyPairSync("rsa", { modulusLength }).privateKey
        const parsed = yield* Signer.parsePrivateKey(
          Redacted.make(key.export({ type: "pkcs1", format: "pem" }).toString())
        )
        assert.strictEqual(parsed.keyType, "rsa")
        assert.isTrue(pkcs8Of(parsed).equals(key.export({ type: "pkcs8", format: "der" })), `RSA-${modulusLength}`)
      }
    }))

  it.effect("a PKCS#8 key is kept as it is, and printing the result shows none of it", () =>
    Effect.gen(function*() {
      for (const [key, keyType] of [[rsa.privateKey, "rsa"], [ed.privateKey, "ed25519"]] as const) {
        const der = key.export({ type: "pkcs8", format: "der" })
        const parsed = yield* Signer.parsePrivateKey(
          Redacted.make(key.export({ type: "pkcs8", format: "pem" }).toString())
        )
        assert.strictEqual(parsed.keyType, keyType)
        assert.isTrue(pkcs8Of(parsed).equals(der))
        const printed = JSON.stringify(parsed) + String(parsed.pkcs8)
        assert.include(printed, "<redacted>")
        assert.notInclude(printed, der.toString("base64").slice(20, 40))
      }
      // CRLF line endings and text around the block are accepted
      const crlf = `Bag Attributes\r\n${
        pemOf("PRIVATE KEY", ed.privateKey.export({ type: "pkcs8", format: "der" })).replace(/\n/g, "\r\n")
      }`
      assert.strictEqual((yield* Signer.parsePrivateKey(Redacted.make(crlf))).keyType, "ed25519")
    }))

  it.effect("every other kind of key is UnsupportedType, named as node:crypto names it", () =>
    Effect.gen(function*() {
      const others = [
        crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey,
        crypto.generateKeyPairSync("rsa-pss", { modulusLength: 1024 }).privateKey,
        crypto.generateKeyPairSync("dsa", { modulusLength: 1024, divisorLength: 160 }).privateKey,
        crypto.generateKeyPairSync("x25519").privateKey,
        crypto.generateKeyPairSync("x448").privateKey,
        crypto.generateKeyPairSync("ed448").privateKey
      ]
      const seen: Array<string> = []
      for (const key of others) {
        const type = key.asymmetricKeyType!
        seen.push(type)
        const pem = key.export({ type: "pkcs8", format: "pem" }).toString()
        const error = yield* Effect.flip(Signer.parsePrivateKey(Redacted.make(pem)))
        assert.instanceOf(error, KalshiError.InvalidKey)
        assert.strictEqual(error.reason, "UnsupportedType")
        assert.strictEqual(error.description, `a '${type}' key; Kalshi accepts RSA and Ed25519 keys`)
      }
      assert.deepStrictEqual(seen, ["ec", "rsa-pss", "dsa", "x25519", "x448", "ed448"])
    }))

  it.effect("damaged DER never throws: every truncation and every byte changed is an InvalidKey or a key", () =>
    Effect.gen(function*() {
      const sources = [
        ["PRIVATE KEY", ed.privateKey.export({ type: "pkcs8", format: "der" })],
        ["RSA PRIVATE KEY", rsa.privateKey.export({ type: "pkcs1", format: "der" }).subarray(0, 64)],
        ["PRIVATE KEY", rsa.privateKey.export({ type: "pkcs8", format: "der" }).subarray(0, 64)]
      ] as const
      let failures = 0
      for (const [label, der] of sources) {
        const variants: Array<Uint8Array> = []
        for (let n = 0; n < der.length; n++) variants.push(der.subarray(0, n))
        for (let i = 0; i < Math.min(der.length, 40); i++) {
          for (const value of [0x00, 0x80, 0x84, 0xff]) {
            const copy = Uint8Array.from(der)
            copy[i] = value
            variants.push(copy)
          }
        }
        for (const variant of variants) {
          const exit = yield* Effect.exit(Signer.parsePrivateKey(Redacted.make(pemOf(label, variant))))
          if (Exit.isFailure(exit)) {
            const error = Option.getOrUndefined(Cause.failureOption(exit.cause))
            assert.instanceOf(error, KalshiError.InvalidKey, Cause.pretty(exit.cause))
            failures++
          }
        }
      }
      assert.isAbove(failures, 100)
    }))

  it.effect("without WebCrypto, Signer.make fails with InvalidKey naming NodeSigner.layer", () =>
    Effect.gen(function*() {
      const original = Object.getOwnPropertyDescriptor(globalThis, "crypto")
      assert.isDefined(original)
      const error = yield* Effect.acquireUseRelease(
        Effect.sync(() => Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true })),
        () =>
          Effect.flip(
            Signer.make(Option.some({ apiKeyId: Redacted.make("id"), privateKey: Redacted.make(edPem) }))
          ),
        () => Effect.sync(() => Object.defineProperty(globalThis, "crypto", original!))
      )
      assert.isDefined(globalThis.crypto.subtle)
      assert.instanceOf(error, KalshiError.InvalidKey)
      assert.strictEqual(error.reason, "UnsupportedType")
      assert.include(error.description, "globalThis.crypto.subtle")
      assert.include(error.description, "NodeSigner.layer")
    }))
})
