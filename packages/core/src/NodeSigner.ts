/**
 * The `node:crypto` signing backend, for Node.js (and Bun and Deno, which offer `node:crypto`):
 * the key is imported once with `createPrivateKey` and each request signs with `crypto.sign`,
 * synchronously, within a few percent of bare `crypto.sign` (about 3x as fast as WebCrypto's
 * asynchronous `subtle.sign` for Ed25519 keys, 1.2x for RSA, in the SDK's benchmark). Provide
 * {@link layer} to the SDK's layers to use it:
 *
 * ```ts
 * import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
 *
 * const KalshiLive = KalshiRest.layerWithClient().pipe(
 *   Layer.provide(NodeSigner.layer),
 *   Layer.provide(KalshiConfig.layerConfig()),
 *   Layer.provide(FetchHttpClient.layer)
 * )
 * ```
 *
 * This module imports `node:crypto`: it is not part of `@kalshi-effect/core`'s index, so that
 * bundles for browsers never reach it.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { constants, createPrivateKey, type KeyObject, sign as cryptoSign } from "node:crypto"
import { InvalidKey } from "./KalshiError.js"
import * as Signer from "./Signer.js"

/** A Node.js error code such as `ERR_OSSL_...`; nothing else of the error, whose message may quote the key. */
const errorCode = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" &&
    /^[A-Z][A-Z0-9_]{1,60}$/.test(error.code)
    ? error.code
    : "unknown"

const toKeyObject = (key: Signer.PrivateKey): Effect.Effect<KeyObject, InvalidKey> =>
  Effect.try({
    try: () => createPrivateKey({ key: Buffer.from(Redacted.value(key.pkcs8)), format: "der", type: "pkcs8" }),
    catch: (error) =>
      new InvalidKey({
        reason: "Malformed",
        description: `the private key could not be imported (${errorCode(error)})`
      })
  }).pipe(
    Effect.filterOrFail(
      (keyObject) => keyObject.asymmetricKeyType === key.keyType,
      (keyObject) =>
        new InvalidKey({
          reason: "UnsupportedType",
          description: `a '${keyObject.asymmetricKeyType ?? "unknown"}' key; Kalshi accepts RSA and Ed25519 keys`
        })
    )
  )

const signWith = (key: KeyObject, keyType: Signer.KeyType): (data: string) => string =>
  keyType === "rsa"
    ? (data) =>
      cryptoSign("sha256", Buffer.from(data, "utf8"), {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 32
      }).toString("base64")
    : (data) => cryptoSign(null, Buffer.from(data, "utf8"), key).toString("base64")

/**
 * The `node:crypto` backend: `createPrivateKey` once, `crypto.sign` per request (synchronous).
 *
 * @since 0.1.0
 * @category backends
 */
export const nodeCrypto: Signer.Backend = {
  name: "node:crypto",
  importKey: (key) =>
    Effect.flatMap(toKeyObject(key), (keyObject) =>
      Effect.try({
        try: () => {
          const sign = signWith(keyObject, key.keyType)
          // One signature now, so that a key OpenSSL loads but cannot sign with fails here.
          sign("0GET/")
          return { sign: (data: string) => Effect.sync(() => sign(data)), signSync: sign }
        },
        catch: (error) =>
          new InvalidKey({ reason: "Malformed", description: `the private key cannot sign (${errorCode(error)})` })
      }))
}

/**
 * Signs with `node:crypto` instead of WebCrypto: provide it to the SDK's layers (e.g.
 * `KalshiRest.layerWithClient()`, `KalshiHttpClient.layer()`, `KalshiWebSocket.layerNodeFromConfig()`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Signer.SigningCrypto> = Layer.succeed(Signer.SigningCrypto, nodeCrypto)

/**
 * Parses a PEM private key (see `Signer.parsePrivateKey`) into a `node:crypto` `KeyObject`, for
 * code that signs or verifies with `node:crypto` itself.
 *
 * @since 0.1.0
 * @category constructors
 */
export const parsePrivateKey = (
  pem: Redacted.Redacted<string>
): Effect.Effect<{ readonly key: KeyObject; readonly keyType: Signer.KeyType }, InvalidKey> =>
  Effect.flatMap(
    Signer.parsePrivateKey(pem),
    (parsed) => Effect.map(toKeyObject(parsed), (key) => ({ key, keyType: parsed.keyType }))
  )
