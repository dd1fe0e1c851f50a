/**
 * The WebCrypto signing backend (`globalThis.crypto.subtle`): RSA-PSS (SHA-256, salt length 32)
 * and Ed25519 keys imported once from PKCS#8, signatures in standard base64.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { InvalidKey } from "../KalshiError.js"
import type { Backend, KeyType, PrivateKey } from "../Signer.js"
import * as Base64 from "./base64.js"

const importParams = (keyType: KeyType): RsaHashedImportParams | Algorithm =>
  keyType === "rsa" ? { name: "RSA-PSS", hash: "SHA-256" } : { name: "Ed25519" }

const signParams = (keyType: KeyType): RsaPssParams | Algorithm =>
  keyType === "rsa" ? { name: "RSA-PSS", saltLength: 32 } : { name: "Ed25519" }

/** The name of a thrown `DOMException` (e.g. `DataError`); nothing else of it. */
const errorName = (error: unknown): string =>
  error instanceof Error && /^[A-Za-z]{1,40}$/.test(error.name) ? error.name : "unknown error"

const noWebCrypto = () =>
  new InvalidKey({
    reason: "UnsupportedType",
    description: "this runtime has no WebCrypto (globalThis.crypto.subtle; browsers offer it only on https pages) " +
      "to sign with; on Node.js provide NodeSigner.layer from @kalshi-effect/core/NodeSigner"
  })

const importFailed = (keyType: KeyType, error: unknown): InvalidKey => {
  const name = errorName(error)
  return name === "NotSupportedError"
    ? new InvalidKey({
      reason: "UnsupportedType",
      description: `this runtime's WebCrypto cannot sign with ${keyType === "rsa" ? "RSA-PSS" : "Ed25519"} keys ` +
        "(NotSupportedError); on Node.js provide NodeSigner.layer from @kalshi-effect/core/NodeSigner"
    })
    : new InvalidKey({ reason: "Malformed", description: `the private key could not be imported (${name})` })
}

const probe = new TextEncoder().encode("0GET/")

/** @internal */
export const backend: Backend = {
  name: "WebCrypto",
  importKey: (key: PrivateKey) =>
    Effect.suspend(() => {
      const subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle
      if (subtle === undefined) return Effect.fail(noWebCrypto())
      const params = signParams(key.keyType)
      const encoder = new TextEncoder()
      return Effect.tryPromise({
        try: async () => {
          const cryptoKey = await subtle.importKey(
            "pkcs8",
            new Uint8Array(Redacted.value(key.pkcs8)),
            importParams(key.keyType),
            false,
            ["sign"]
          )
          // One signature now, so that a key WebCrypto accepts but cannot sign with fails here.
          await subtle.sign(params, cryptoKey, probe)
          return cryptoKey
        },
        catch: (error) => importFailed(key.keyType, error)
      }).pipe(
        Effect.map((cryptoKey) => ({
          sign: (data: string) =>
            Effect.map(
              Effect.promise(() => subtle.sign(params, cryptoKey, encoder.encode(data))),
              (signature) => Base64.encode(new Uint8Array(signature))
            )
        }))
      )
    })
}
