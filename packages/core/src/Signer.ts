/**
 * Request signing: Kalshi authenticates every private REST call and the WebSocket handshake with
 * three headers, `KALSHI-ACCESS-KEY`, `KALSHI-ACCESS-TIMESTAMP` and `KALSHI-ACCESS-SIGNATURE`. The
 * signature covers `timestamp_ms + METHOD + path`, where the path includes `/trade-api/v2` (or
 * `/trade-api/ws/v2`) and never the query string. RSA keys sign with RSA-PSS / SHA-256 / salt
 * length 32; Ed25519 keys with Ed25519. The key is parsed once, when the service is built.
 *
 * Signing uses `node:crypto` (Node.js, Bun and Deno). The timestamp comes from Effect's `Clock`,
 * so `TestClock` controls it in tests.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { constants, createPrivateKey, type KeyObject, sign as cryptoSign } from "node:crypto"
import type { Credentials } from "./KalshiConfig.js"
import { KalshiConfig } from "./KalshiConfig.js"
import { InvalidKey, MissingCredentials } from "./KalshiError.js"

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
 * Parses a PEM private key (PKCS#1 `BEGIN RSA PRIVATE KEY` or PKCS#8 `BEGIN PRIVATE KEY`; RSA or
 * Ed25519). Errors say what is wrong and never include key material. A key pasted into an
 * environment variable with literal `\n` sequences is accepted.
 *
 * @since 0.1.0
 * @category constructors
 */
export const parsePrivateKey = (
  pem: Redacted.Redacted<string>
): Effect.Effect<{ readonly key: KeyObject; readonly keyType: KeyType }, InvalidKey> =>
  Effect.suspend((): Effect.Effect<{ readonly key: KeyObject; readonly keyType: KeyType }, InvalidKey> => {
    const raw: unknown = Redacted.value(pem)
    if (typeof raw !== "string") {
      return Effect.fail(new InvalidKey({ reason: "Malformed", description: "the private key is not a string" }))
    }
    let text = raw.trim()
    if (!text.includes("\n") && text.includes("\\n")) text = text.replace(/\\n/g, "\n")
    if (text === "") {
      return Effect.fail(new InvalidKey({ reason: "Missing", description: "the private key is empty" }))
    }
    const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)
    if (begin === null) {
      return Effect.fail(
        new InvalidKey({
          reason: "Malformed",
          description:
            "not a PEM key: expected a '-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN PRIVATE KEY-----' block " +
            "(to read the key from a file, set KALSHI_PRIVATE_KEY_PATH or use KalshiConfig.readKeyFile)"
        })
      )
    }
    const label = begin[1]!
    // The label is shown in errors only when it reads like one (words such as 'EC PRIVATE KEY').
    const shown = /^[A-Z0-9]{1,12}( [A-Z0-9]{1,12}){0,4}$/.test(label) ? `'${label}'` : "'<unrecognised label>'"
    if (label === "ENCRYPTED PRIVATE KEY" || /Proc-Type:\s*4,ENCRYPTED/.test(text)) {
      return Effect.fail(
        new InvalidKey({
          reason: "Encrypted",
          description: "the private key is encrypted with a passphrase; export it unencrypted (Kalshi issues unencrypted keys)"
        })
      )
    }
    if (label.includes("PUBLIC KEY") || label === "CERTIFICATE") {
      return Effect.fail(
        new InvalidKey({ reason: "NotPrivate", description: `found a ${shown} block where a private key is expected` })
      )
    }
    if (label !== "RSA PRIVATE KEY" && label !== "PRIVATE KEY") {
      return Effect.fail(
        new InvalidKey({
          reason: "UnsupportedType",
          description: `unsupported PEM block ${shown}: expected 'RSA PRIVATE KEY' (PKCS#1) or 'PRIVATE KEY' (PKCS#8)`
        })
      )
    }
    let key: KeyObject
    try {
      key = createPrivateKey({ key: text, format: "pem" })
    } catch (error) {
      const code = typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" &&
          /^[A-Z][A-Z0-9_]{1,60}$/.test(error.code)
        ? error.code
        : "unknown"
      return Effect.fail(
        new InvalidKey({
          reason: code === "ERR_MISSING_PASSPHRASE" ? "Encrypted" : "Malformed",
          description: `the PEM block ${shown} could not be parsed (${code})`
        })
      )
    }
    const type = key.asymmetricKeyType
    if (type === "rsa") return Effect.succeed({ key, keyType: "rsa" })
    if (type === "ed25519") return Effect.succeed({ key, keyType: "ed25519" })
    return Effect.fail(
      new InvalidKey({
        reason: "UnsupportedType",
        description: `a '${type ?? "unknown"}' key; Kalshi accepts RSA and Ed25519 keys`
      })
    )
  })

const makeSignFn = (key: KeyObject, keyType: KeyType): (data: string) => string =>
  keyType === "rsa"
    ? (data) =>
      cryptoSign("sha256", Buffer.from(data, "utf8"), {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 32
      }).toString("base64")
    : (data) => cryptoSign(null, Buffer.from(data, "utf8"), key).toString("base64")

const unconfigured: Service = {
  keyType: Option.none(),
  sign: (method, path, operation) =>
    Effect.fail(new MissingCredentials({ operation: operation ?? `${method.toUpperCase()} ${path}` })),
  signAt: (_timestampMs, method, path, operation) =>
    Effect.fail(new MissingCredentials({ operation: operation ?? `${method.toUpperCase()} ${path}` }))
}

const redactedService = (service: Service): Service => {
  const describe = () => ({
    _id: "Signer",
    keyType: Option.getOrElse(service.keyType, () => "none"),
    apiKeyId: "<redacted>"
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
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (credentials: Option.Option<Credentials>): Effect.Effect<Service, InvalidKey> =>
  Option.match(credentials, {
    onNone: () => Effect.succeed(redactedService(unconfigured)),
    onSome: ({ apiKeyId, privateKey }) =>
      Effect.map(parsePrivateKey(privateKey), ({ key, keyType }) => {
        const signFn = makeSignFn(key, keyType)
        const signAt = (timestampMs: number, method: string, path: string) =>
          Effect.sync(() =>
            new SignedHeaders(timestampMs, Redacted.value(apiKeyId), signFn(message(timestampMs, method, path)))
          )
        return redactedService({
          keyType: Option.some(keyType),
          signAt,
          sign: (method, path) =>
            Effect.clockWith((clock) =>
              Effect.sync(() => {
                const now = clock.unsafeCurrentTimeMillis()
                return new SignedHeaders(now, Redacted.value(apiKeyId), signFn(message(now, method, path)))
              })
            )
        })
      })
  })

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
