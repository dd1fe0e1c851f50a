/**
 * API keys: every key the exchange accepts, by id, with its owner, name and scopes. Generating or
 * creating a key registers it at once (the next request signed with it authenticates); deleting it
 * makes the exchange refuse it.
 *
 * @internal
 */
import * as Either from "effect/Either"
import { createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto"
import { EngineError } from "../engine/model.js"

export type Scope =
  | "read"
  | "write"
  | "read::block_trade_accept"
  | "read::portfolio_balance"
  | "write::trade"
  | "write::transfer"
  | "write::block_trade_accept"

export const SCOPES: ReadonlyArray<Scope> = [
  "read",
  "write",
  "read::block_trade_accept",
  "read::portfolio_balance",
  "write::trade",
  "write::transfer",
  "write::block_trade_accept"
]

/** What authentication needs of a key. */
export interface KeyRecord {
  readonly apiKeyId: string
  readonly user: string
  readonly publicKey: KeyObject
}

export interface ApiKey extends KeyRecord {
  readonly name: string
  readonly scopes: ReadonlyArray<Scope>
  readonly subaccount: number | undefined
  readonly fcmSubtraderId: string | undefined
}

export interface KeyOptions {
  readonly name: string
  readonly scopes?: ReadonlyArray<Scope> | undefined
  readonly subaccount?: number | undefined
  readonly fcmSubtraderId?: string | undefined
}

/** The most keys one user may hold. */
export const MAX_KEYS = 100

const badRequest = (details: string) =>
  Either.left(new EngineError({ status: 400, code: "bad_request", message: "bad request", details }))

/**
 * The keys of one exchange: `accepted` is the map authentication reads (keys registered at
 * seeding are in it too, named `default` with both scopes).
 */
export class ApiKeys {
  private readonly meta = new Map<string, ApiKey>()

  constructor(private readonly accepted: Map<string, KeyRecord>, private readonly uuid: () => string) {}

  /** A user's keys, in creation order. */
  of(user: string): ReadonlyArray<ApiKey> {
    return [...this.accepted.values()].filter((k) => k.user === user).map((k) => this.describe(k))
  }

  private describe(k: KeyRecord): ApiKey {
    return this.meta.get(k.apiKeyId) ??
      { ...k, name: "default", scopes: ["read", "write"], subaccount: undefined, fcmSubtraderId: undefined }
  }

  /** The scopes of an accepted key. */
  scopesOf(apiKeyId: string): ReadonlyArray<Scope> {
    return this.meta.get(apiKeyId)?.scopes ?? ["read", "write"]
  }

  /** Registers a public key (PEM, RSA) given by the user. */
  create(user: string, publicKeyPem: string, options: KeyOptions): Either.Either<ApiKey, EngineError> {
    const checked = this.check(user, options)
    if (Either.isLeft(checked)) return Either.left(checked.left)
    let publicKey: KeyObject
    try {
      publicKey = createPublicKey(publicKeyPem)
    } catch {
      return badRequest("public_key is not a PEM public key")
    }
    if (publicKey.asymmetricKeyType !== "rsa") return badRequest("public_key must be an RSA key")
    return Either.right(this.add(user, publicKey, options))
  }

  /** Generates an RSA key pair, keeps the public key and returns the private key (PEM) once. */
  generate(
    user: string,
    options: KeyOptions
  ): Either.Either<{ readonly key: ApiKey; readonly privateKeyPem: string }, EngineError> {
    const checked = this.check(user, options)
    if (Either.isLeft(checked)) return Either.left(checked.left)
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 })
    const key = this.add(user, pair.publicKey, options)
    return Either.right({
      key,
      privateKeyPem: pair.privateKey.export({ type: "pkcs1", format: "pem" }).toString()
    })
  }

  /** Deletes one of a user's keys: the exchange refuses it from now on. */
  delete(user: string, apiKeyId: string): Either.Either<ApiKey, EngineError> {
    const key = this.accepted.get(apiKeyId)
    if (key === undefined || key.user !== user) {
      return Either.left(
        new EngineError({ status: 404, code: "not_found", message: "not found", details: "api key not found" })
      )
    }
    const described = this.describe(key)
    this.accepted.delete(apiKeyId)
    this.meta.delete(apiKeyId)
    return Either.right(described)
  }

  private check(user: string, options: KeyOptions): Either.Either<void, EngineError> {
    if (options.name.trim() === "") return badRequest("name is required")
    if (this.of(user).length >= MAX_KEYS) return badRequest(`at most ${MAX_KEYS} keys`)
    for (const s of options.scopes ?? []) if (!SCOPES.includes(s)) return badRequest(`unknown scope ${s}`)
    return Either.void
  }

  private add(user: string, publicKey: KeyObject, options: KeyOptions): ApiKey {
    const key: ApiKey = {
      apiKeyId: this.uuid(),
      user,
      name: options.name,
      scopes: options.scopes ?? ["read", "write"],
      subaccount: options.subaccount,
      fcmSubtraderId: options.fcmSubtraderId,
      publicKey
    }
    this.meta.set(key.apiKeyId, key)
    this.accepted.set(key.apiKeyId, { apiKeyId: key.apiKeyId, user, publicKey })
    return key
  }
}
