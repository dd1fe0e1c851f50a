/**
 * Reads a PEM private key into its type and its PKCS#8 DER bytes, without any crypto library:
 * PKCS#8 (`BEGIN PRIVATE KEY`) as it is, PKCS#1 (`BEGIN RSA PRIVATE KEY`) wrapped into PKCS#8.
 * Errors say what is wrong and never include key material.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import { InvalidKey } from "../KalshiError.js"
import type { KeyType } from "../Signer.js"
import * as Pem from "./pem.js"
import * as Pkcs8 from "./pkcs8.js"

/** A private key read from PEM: what it is for, and its PKCS#8 DER bytes. */
export interface Decoded {
  readonly keyType: KeyType
  readonly pkcs8: Uint8Array<ArrayBuffer>
}

const fail = (reason: InvalidKey["reason"], description: string) => Effect.fail(new InvalidKey({ reason, description }))

/** Reads a PEM private key; see `Signer.parsePrivateKey`. */
export const decode = (pem: Redacted.Redacted<string>): Effect.Effect<Decoded, InvalidKey> =>
  Effect.suspend((): Effect.Effect<Decoded, InvalidKey> => {
    const raw: unknown = Redacted.value(pem)
    if (typeof raw !== "string") return fail("Malformed", "the private key is not a string")
    let text = raw.trim()
    if (!text.includes("\n") && text.includes("\\n")) text = text.replace(/\\n/g, "\n")
    if (text === "") return fail("Missing", "the private key is empty")
    const label = Pem.firstLabel(text)
    if (label === undefined) {
      return fail(
        "Malformed",
        "not a PEM key: expected a '-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN PRIVATE KEY-----' block " +
          "(to read the key from a file, set KALSHI_PRIVATE_KEY_PATH or use KalshiConfig.readKeyFile)"
      )
    }
    // The label is shown in errors only when it reads like one (words such as 'EC PRIVATE KEY').
    const shown = /^[A-Z0-9]{1,12}( [A-Z0-9]{1,12}){0,4}$/.test(label) ? `'${label}'` : "'<unrecognised label>'"
    if (label === "ENCRYPTED PRIVATE KEY" || Pem.isEncrypted(text)) {
      return fail(
        "Encrypted",
        "the private key is encrypted with a passphrase; export it unencrypted (Kalshi issues unencrypted keys)"
      )
    }
    if (label.includes("PUBLIC KEY") || label === "CERTIFICATE") {
      return fail("NotPrivate", `found a ${shown} block where a private key is expected`)
    }
    if (label !== "RSA PRIVATE KEY" && label !== "PRIVATE KEY") {
      return fail(
        "UnsupportedType",
        `unsupported PEM block ${shown}: expected 'RSA PRIVATE KEY' (PKCS#1) or 'PRIVATE KEY' (PKCS#8)`
      )
    }
    const der = Pem.decode(text, label)
    if (Either.isLeft(der)) return fail("Malformed", `the PEM block ${shown} could not be parsed (${der.left})`)
    if (label === "RSA PRIVATE KEY") {
      const pkcs8 = Pkcs8.fromPkcs1(der.right)
      return pkcs8 === undefined
        ? fail("Malformed", `the PEM block ${shown} could not be parsed (not a PKCS#1 RSA private key)`)
        : Effect.succeed({ keyType: "rsa", pkcs8 })
    }
    const type = Pkcs8.algorithm(der.right)
    if (type === undefined) {
      return fail("Malformed", `the PEM block ${shown} could not be parsed (not a PKCS#8 private key)`)
    }
    if (type === "rsa" || type === "ed25519") return Effect.succeed({ keyType: type, pkcs8: der.right })
    return fail("UnsupportedType", `a '${type}' key; Kalshi accepts RSA and Ed25519 keys`)
  })
