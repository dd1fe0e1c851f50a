/**
 * Kalshi's request authentication (the three signed headers, checked against the registered
 * public key with RSA-PSS / SHA-256 / salt 32 or Ed25519, inside a timestamp window) and its
 * token-bucket rate limits.
 *
 * @internal
 */
import { constants, type KeyObject, verify } from "node:crypto"
import type { IncomingHttpHeaders } from "node:http"
import type { AccountRecord } from "../../exchange/state.js"
import type { ErrorBody } from "../wire.js"

export interface AuthFailure {
  readonly status: 401
  readonly body: ErrorBody
}

const failure = (code: string, message: string, details?: string): AuthFailure => ({
  status: 401,
  body: { code, message, ...(details !== undefined ? { details } : {}), service: "auth" }
})

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const v = headers[name]
  return typeof v === "string" && v !== "" ? v : undefined
}

/** Whether a request carries any of the three authentication headers. */
export const hasAuthHeaders = (headers: IncomingHttpHeaders): boolean =>
  header(headers, "kalshi-access-key") !== undefined ||
  header(headers, "kalshi-access-signature") !== undefined ||
  header(headers, "kalshi-access-timestamp") !== undefined

/** Checks a signature over `message` with an RSA (PSS, salt 32) or Ed25519 public key. */
export const verifySignature = (key: KeyObject, message: string, signatureBase64: string): boolean => {
  const data = Buffer.from(message, "utf8")
  const signature = Buffer.from(signatureBase64, "base64")
  try {
    return key.asymmetricKeyType === "ed25519"
      ? verify(null, data, key, signature)
      : verify("sha256", data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature)
  } catch {
    return false
  }
}

/**
 * Authenticates a request: `path` is the URL path without the query string, as signed.
 */
export const authenticate = (
  headers: IncomingHttpHeaders,
  method: string,
  path: string,
  nowMs: number,
  windowMs: number,
  accounts: ReadonlyMap<string, AccountRecord>
): { readonly _tag: "Ok"; readonly account: AccountRecord } | {
  readonly _tag: "Fail"
  readonly failure: AuthFailure
} => {
  const key = header(headers, "kalshi-access-key")
  const timestamp = header(headers, "kalshi-access-timestamp")
  const signature = header(headers, "kalshi-access-signature")
  if (key === undefined || timestamp === undefined || signature === undefined) {
    return { _tag: "Fail", failure: failure("signature_is_missing_from_headers", "signature is missing from headers") }
  }
  const ts = /^\d{1,16}$/.test(timestamp) ? Number(timestamp) : NaN
  if (!Number.isFinite(ts) || Math.abs(nowMs - ts) > windowMs) {
    return { _tag: "Fail", failure: failure("header_timestamp_expired", "header timestamp expired") }
  }
  const account = accounts.get(key)
  if (account === undefined) {
    return { _tag: "Fail", failure: failure("authentication_error", "authentication error", "NOT_FOUND") }
  }
  if (!verifySignature(account.publicKey, `${timestamp}${method.toUpperCase()}${path}`, signature)) {
    return {
      _tag: "Fail",
      failure: failure("authentication_error", "authentication error", "INCORRECT_API_KEY_SIGNATURE")
    }
  }
  return { _tag: "Ok", account }
}

/** A token bucket: `refillRate` tokens per second up to `capacity`. */
export interface BucketLimit {
  readonly refillRate: number
  readonly capacity: number
}

/** The read and write buckets of an account. */
export interface Limits {
  readonly read: BucketLimit
  readonly write: BucketLimit
}

interface BucketState {
  tokens: number
  lastMs: number
}

/** Token buckets per key (an account, or an address for unsigned calls) and bucket. */
export class Buckets {
  private readonly states = new Map<string, BucketState>()

  /** Takes `cost` tokens if the bucket holds them; refills by elapsed time first. */
  take(key: string, limit: BucketLimit, cost: number, nowMs: number): boolean {
    let state = this.states.get(key)
    if (state === undefined) {
      state = { tokens: limit.capacity, lastMs: nowMs }
      this.states.set(key, state)
    }
    const elapsed = Math.max(0, nowMs - state.lastMs)
    state.tokens = Math.min(limit.capacity, state.tokens + (elapsed * limit.refillRate) / 1000)
    state.lastMs = Math.max(state.lastMs, nowMs)
    if (state.tokens + 1e-9 < cost) return false
    state.tokens -= cost
    return true
  }

  clear(): void {
    this.states.clear()
  }
}
