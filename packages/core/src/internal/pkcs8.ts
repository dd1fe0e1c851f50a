/**
 * PKCS#8 `PrivateKeyInfo` (RFC 5208 / 5958): which algorithm a key is for, and the wrapping of a
 * PKCS#1 `RSAPrivateKey` into one (WebCrypto imports private keys only as PKCS#8).
 *
 * @internal
 */
import * as Der from "./der.js"

/** The algorithm identifiers of the private keys one may meet, by the names Node.js gives them. */
const algorithms: Readonly<Record<string, string>> = {
  "1.2.840.113549.1.1.1": "rsa",
  "1.2.840.113549.1.1.10": "rsa-pss",
  "1.2.840.10040.4.1": "dsa",
  "1.2.840.10045.2.1": "ec",
  "1.2.840.113549.1.3.1": "dh",
  "1.2.840.10046.2.1": "dh",
  "1.3.101.110": "x25519",
  "1.3.101.111": "x448",
  "1.3.101.112": "ed25519",
  "1.3.101.113": "ed448"
}

const rsaEncryption = "1.2.840.113549.1.1.1"

/**
 * The algorithm of a DER `PrivateKeyInfo` (`rsa`, `ed25519`, `ec`, ..., or `unknown`), or
 * `undefined` when the bytes are not one: a SEQUENCE of a version, an AlgorithmIdentifier and an
 * OCTET STRING holding the key, then optional attributes and public key.
 */
export const algorithm = (der: Uint8Array): string | undefined => {
  const outer = Der.readWhole(der)
  if (outer === undefined || outer.tag !== Der.tags.sequence) return undefined
  const fields = Der.children(der, outer)
  if (fields === undefined || fields.length < 3 || fields.length > 5) return undefined
  const [version, identifier, key] = fields as [Der.Element, Der.Element, Der.Element]
  if (version.tag !== Der.tags.integer || version.end - version.start !== 1 || der[version.start]! > 1) return undefined
  if (identifier.tag !== Der.tags.sequence || key.tag !== Der.tags.octetString) return undefined
  const parts = Der.children(der, identifier)
  if (parts === undefined || parts.length === 0 || parts.length > 2) return undefined
  const oid = Der.objectIdentifier(der, parts[0]!)
  if (oid === undefined) return undefined
  return algorithms[oid] ?? "unknown"
}

/**
 * A DER PKCS#1 `RSAPrivateKey` (a SEQUENCE of a version and at least eight INTEGERs) wrapped in a
 * PKCS#8 `PrivateKeyInfo` with the `rsaEncryption` algorithm; `undefined` when it is not one.
 */
export const fromPkcs1 = (der: Uint8Array): Uint8Array<ArrayBuffer> | undefined => {
  const outer = Der.readWhole(der)
  if (outer === undefined || outer.tag !== Der.tags.sequence) return undefined
  const fields = Der.children(der, outer)
  if (fields === undefined || fields.length < 9) return undefined
  // Two-prime keys have exactly nine INTEGERs; multi-prime ones (version 1) add a SEQUENCE.
  if (!fields.slice(0, 9).every((field) => field.tag === Der.tags.integer)) return undefined
  return Der.encode(
    Der.tags.sequence,
    Der.concat([
      Der.encode(Der.tags.integer, Uint8Array.of(0)),
      Der.encode(
        Der.tags.sequence,
        Der.concat([Der.encodeObjectIdentifier(rsaEncryption), Der.encode(Der.tags.null, new Uint8Array(0))])
      ),
      Der.encode(Der.tags.octetString, der)
    ])
  )
}
