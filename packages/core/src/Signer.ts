/**
 * Request signing: Kalshi authenticates every private REST call and the WebSocket handshake with
 * three headers, `KALSHI-ACCESS-KEY`, `KALSHI-ACCESS-TIMESTAMP` and `KALSHI-ACCESS-SIGNATURE`. The
 * signature covers `timestamp_ms + METHOD + path`, where the path includes `/trade-api/v2` (or
 * `/trade-api/ws/v2`) and never the query string. RSA keys sign with RSA-PSS / SHA-256 / salt
 * length 32; Ed25519 keys with Ed25519. The key is parsed once, when the service is built.
 *
 * Signing goes through a {@link SigningCrypto} backend. The default is WebCrypto
 * (`globalThis.crypto.subtle`), so the signer runs in Node.js, Bun, Deno and browsers; on Node.js,
 * `NodeSigner.layer` (from `@kalshi-effect/core/NodeSigner`) switches to `node:crypto`, which signs
 * faster (about 3x for Ed25519 and 1.2x for RSA in the SDK's benchmark). The timestamp comes from
 * Effect's `Clock`, so `TestClock` controls it in tests.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as PrivateKeyPem from "./internal/privateKey.js"
import * as WebCryptoBackend from "./internal/webCrypto.js"
import type { Credentials } from "./KalshiConfig.js"
import { KalshiConfig } from "./KalshiConfig.js"
import { type InvalidKey, MissingCredentials } from "./KalshiError.js"

/**
 * The names of the three authentication headers. They are added to
 * `Headers.currentRedactedNames` by the SDK's layers, so logs and spans show `<redacted>`.
 *
 * @since 0.1.0
 * @category constants
 */
export const headerNames = {
  key: "KALSHI-ACCESS-KEY",
  timestamp: "KALSHI-ACCESS-TIMESTAMP",
  signature: "KALSHI-ACCESS-SIGNATURE"
} as const

/**
 * The kinds of API key Kalshi issues.
 *
 * @since 0.1.0
 * @category models
 */
export type KeyType = "rsa" | "ed25519"

/**
 * The three signed headers of one request. Printing or JSON-encoding it shows `<redacted>`;
 * {@link SignedHeaders.toRecord} gives the values to put on the wire.
 *
 * @since 0.1.0
 * @category models
 */
export class SignedHeaders {
  readonly #values: Readonly<Record<string, string>>
  constructor(
    /** The Unix time in milliseconds that was signed. */
    readonly timestampMs: number,
    apiKeyId: string,
    signature: string
  ) {
    this.#values = {
      [headerNames.key]: apiKeyId,
      [headerNames.timestamp]: String(timestampMs),
      [headerNames.signature]: signature
    }
  }
  /** The header values, for an HTTP request or a WebSocket handshake. */
  toRecord(): Readonly<Record<string, string>> {
    return this.#values
  }
  /** @since 0.1.0 */
  toJSON(): unknown {
    return { _id: "SignedHeaders", timestampMs: this.timestampMs, headers: "<redacted>" }
  }
  /** @since 0.1.0 */
  toString(): string {
    return `SignedHeaders(${this.timestampMs}, <redacted>)`
  }
  /** @since 0.1.0 */
  [Inspectable.NodeInspectSymbol](): unknown {
    return this.toJSON()
  }
}

/**
 * The signer.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** The type of the configured key, or none when no credentials are configured. */
  readonly keyType: Option.Option<KeyType>
  /**
   * Signs a request at the current `Clock` time. `path` is the URL path including the API prefix;
   * a query string, if present, is cut off before signing. Fails with `MissingCredentials` (naming
   * `operation`) when no key is configured.
   */
  readonly sign: (
    method: string,
    path: string,
    operation?: string
  ) => Effect.Effect<SignedHeaders, MissingCredentials>
  /** Signs at a given time; fails like {@link Service.sign}. */
  readonly signAt: (
    timestampMs: number,
    method: string,
    path: string,
    operation?: string
  ) => Effect.Effect<SignedHeaders, MissingCredentials>
}

/**
 * The signer service.
 *
 * @since 0.1.0
 * @category tags
 */
export class Signer extends Context.Tag("@kalshi-effect/core/Signer")<Signer, Service>() {}

/**
 * The text that is signed: `timestamp_ms + METHOD + path` (query string removed).
 *
 * @since 0.1.0
 * @category utils
 */
export const message = (timestampMs: number, method: string, path: string): string => {
  const q = path.indexOf("?")
  return `${timestampMs}${method.toUpperCase()}${q === -1 ? path : path.slice(0, q)}`
}

/**
 * A private key read from PEM: the kind of key, and the key itself as PKCS#8 DER bytes (PKCS#1
 * RSA keys are converted), held as `Redacted` so that printing it shows nothing of the key.
 *
 * @since 0.1.0
 * @category models
 */
export interface PrivateKey {
  readonly keyType: KeyType
  readonly pkcs8: Redacted.Redacted<Uint8Array>
}

/**
 * Parses a PEM private key (PKCS#1 `BEGIN RSA PRIVATE KEY` or PKCS#8 `BEGIN PRIVATE KEY`; RSA or
 * Ed25519) without any crypto library, so it runs anywhere. Errors say what is wrong and never
 * include key material. A key pasted into an environment variable with literal `\n` sequences is
 * accepted. Whether the key's numbers are sound is checked when a {@link SigningCrypto} backend
 * imports it (as {@link make} does).
 *
 * @since 0.1.0
 * @category constructors
 */
export const parsePrivateKey = (pem: Redacted.Redacted<string>): Effect.Effect<PrivateKey, InvalidKey> =>
  Effect.map(PrivateKeyPem.decode(pem), ({ keyType, pkcs8 }) => ({ keyType, pkcs8: Redacted.make(pkcs8) }))

/**
 * A key imported into a signing backend: signs a text (as UTF-8) with RSA-PSS (SHA-256, salt
 * length 32) or Ed25519 and gives the signature in standard base64.
 *
 * @since 0.1.0
 * @category models
 */
export interface KeySigner {
  readonly sign: (data: string) => Effect.Effect<string>
  /**
   * The same, synchronously, for a backend that can (`node:crypto`): the signer then makes the
   * headers in one step, with nothing around the signature itself.
   */
  readonly signSync?: ((data: string) => string) | undefined
}

/**
 * A signing backend: imports a parsed private key once into a {@link KeySigner}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Backend {
  /** A short name, shown when a signer is printed (e.g. `"WebCrypto"`, `"node:crypto"`). */
  readonly name: string
  /**
   * Imports the key once; fails with `InvalidKey` when the key cannot be used (for instance
   * `UnsupportedType` when the runtime cannot sign with that kind of key).
   */
  readonly importKey: (key: PrivateKey) => Effect.Effect<KeySigner, InvalidKey>
}

/**
 * The portable backend: WebCrypto (`globalThis.crypto.subtle`), present in Node.js, Bun, Deno and
 * browsers (in secure contexts). It is the default of {@link SigningCrypto}.
 *
 * @since 0.1.0
 * @category backends
 */
export const webCrypto: Backend = WebCryptoBackend.backend

/**
 * The signing backend {@link make} and {@link layer} use: {@link webCrypto} unless another is
 * provided. On Node.js, `NodeSigner.layer` (from `@kalshi-effect/core/NodeSigner`) provides the
 * faster `node:crypto` one.
 *
 * @since 0.1.0
 * @category tags
 */
export class SigningCrypto extends Context.Reference<SigningCrypto>()("@kalshi-effect/core/Signer/SigningCrypto", {
  defaultValue: (): Backend => webCrypto
}) {}

const unconfigured: Service = {
  keyType: Option.none(),
  sign: (method, path, operation) =>
    Effect.fail(new MissingCredentials({ operation: operation ?? `${method.toUpperCase()} ${path}` })),
  signAt: (_timestampMs, method, path, operation) =>
    Effect.fail(new MissingCredentials({ operation: operation ?? `${method.toUpperCase()} ${path}` }))
}

const redactedService = (service: Service, backend: string): Service => {
  const describe = () => ({
    _id: "Signer",
    keyType: Option.getOrElse(service.keyType, () => "none"),
    apiKeyId: "<redacted>",
    crypto: backend
  })
  const out: Service & Inspectable.Inspectable = {
    ...service,
    toJSON: describe,
    toString: () => `Signer(${Option.getOrElse(service.keyType, () => "none")})`,
    [Inspectable.NodeInspectSymbol]: describe
  }
  return out
}

/**
 * Builds a signer from credentials (none: a signer whose `sign` fails with `MissingCredentials`).
 * The key is parsed and imported into the {@link SigningCrypto} backend once, here; each request
 * only signs. Printing the signer shows the key type and the backend (`crypto` in its JSON form),
 * never the key or the key id.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (credentials: Option.Option<Credentials>): Effect.Effect<Service, InvalidKey> =>
  Effect.flatMap(SigningCrypto, (backend) =>
    Option.match(credentials, {
      onNone: () => Effect.succeed(redactedService(unconfigured, backend.name)),
      onSome: ({ apiKeyId, privateKey }) =>
        Effect.gen(function*() {
          const key = yield* parsePrivateKey(privateKey)
          const signer = yield* backend.importKey(key)
          const keyId = Redacted.value(apiKeyId)
          const { signSync } = signer
          if (signSync !== undefined) {
            const headersAt = (timestampMs: number, method: string, path: string) =>
              new SignedHeaders(timestampMs, keyId, signSync(message(timestampMs, method, path)))
            return redactedService({
              keyType: Option.some(key.keyType),
              signAt: (timestampMs, method, path) => Effect.sync(() => headersAt(timestampMs, method, path)),
              sign: (method, path) =>
                Effect.clockWith((clock) => Effect.sync(() => headersAt(clock.unsafeCurrentTimeMillis(), method, path)))
            }, backend.name)
          }
          const signAt = (timestampMs: number, method: string, path: string) =>
            Effect.map(
              signer.sign(message(timestampMs, method, path)),
              (signature) => new SignedHeaders(timestampMs, keyId, signature)
            )
          return redactedService({
            keyType: Option.some(key.keyType),
            signAt,
            sign: (method, path) => Effect.clockWith((clock) => signAt(clock.unsafeCurrentTimeMillis(), method, path))
          }, backend.name)
        })
    }))

/**
 * The signer for the configured credentials. An unusable key fails the layer with `InvalidKey`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<Signer, InvalidKey, KalshiConfig> = Layer.effect(
  Signer,
  Effect.flatMap(KalshiConfig, (config) => make(config.credentials))
)
