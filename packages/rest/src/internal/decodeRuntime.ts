/**
 * What the generated decoders (`generated/Decoders.ts`) are built from: the value that means "the
 * interpreter decides", and the few checks shared by array items and record values. Each returns
 * the value the matching schema decodes its input to, or {@link F}.
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as BigDecimal from "effect/BigDecimal"

/** Returned by a fast decoder for an input it does not decode: the schema's interpreter then decides. */
export const F: unique symbol = Symbol.for("@kalshi-effect/rest/Decoders/F")

/** The type of {@link F}. */
export type Fail = typeof F

/** `T` with its properties writable, for the object a decoder builds. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * A plain object (a prototype of `Object.prototype` or `null`, as `JSON.parse` builds): its defined
 * properties are its own ones, except those every object inherits, which decoders read with
 * {@link hasOwn}. Anything else is left to the interpreter.
 */
export const isPlainObject = (u: unknown): u is Readonly<Record<string, unknown>> => {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

/** Whether `key` is an own property of `o`. */
export const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** `Schema.String`. */
export const string = (u: unknown): string | Fail => (typeof u === "string" ? u : F)

/** `Schema.Number`. */
export const number = (u: unknown): number | Fail => (typeof u === "number" ? u : F)

/** `Schema.Boolean`. */
export const boolean = (u: unknown): boolean | Fail => (typeof u === "boolean" ? u : F)

/** `Schema.Unknown`. */
export const unknown = (u: unknown): unknown => u

/** `Schema.Struct({})`: anything but `null` and `undefined`, as it is. */
export const object = (u: unknown): {} | Fail => (u === null || u === undefined ? F : u)

/** `FixedPoint.FixedPointDollars`. */
export const dollars = (u: unknown): BigDecimal.BigDecimal | Fail =>
  typeof u === "string" ? FixedPoint.readDollars(u) ?? F : F

/** `FixedPoint.FixedPointCount`. */
export const count = (u: unknown): BigDecimal.BigDecimal | Fail =>
  typeof u === "string" ? FixedPoint.readCount(u) ?? F : F

/** `FixedPoint.DollarsFromCents`. */
export const cents = (u: unknown): BigDecimal.BigDecimal | Fail =>
  typeof u === "number" && Number.isSafeInteger(u) ? BigDecimal.make(BigInt(u), 2) : F

/** `FixedPoint.DollarsFromCentiCents`. */
export const centiCents = (u: unknown): BigDecimal.BigDecimal | Fail =>
  typeof u === "number" && Number.isSafeInteger(u) ? BigDecimal.make(BigInt(u), 4) : F

/** `Schema.Tuple(FixedPoint.FixedPointDollars, FixedPoint.FixedPointCount)`. */
export const priceLevel = (u: unknown): readonly [BigDecimal.BigDecimal, BigDecimal.BigDecimal] | Fail => {
  if (!Array.isArray(u) || u.length !== 2) return F
  const price = dollars(u[0])
  const size = count(u[1])
  return price === F || size === F ? F : [price, size]
}

/** `Schema.Array(item)`. */
export const array = <A>(u: unknown, item: (u: unknown) => A | Fail): Array<A> | Fail => {
  if (!Array.isArray(u)) return F
  const n = u.length
  const out = new Array<A>(n)
  for (let i = 0; i < n; i++) {
    const a = item(u[i])
    if (a === F) return F
    out[i] = a
  }
  return out
}

/** `nullableArray(item)` of `internal/schema.ts`: `null` is `[]`. */
export const nullableArray = <A>(u: unknown, item: (u: unknown) => A | Fail): Array<A> | Fail =>
  u === null ? [] : array(u, item)

/** `Schema.Record({ key: Schema.String, value })`. */
export const record = <A>(u: unknown, value: (u: unknown) => A | Fail): Record<string, A> | Fail => {
  if (!isPlainObject(u)) return F
  const out: Record<string, A> = {}
  for (const key of Object.keys(u)) {
    // Written as a property, `__proto__` would set the prototype: the interpreter decides.
    if (key === "__proto__") return F
    const a = value(u[key])
    if (a === F) return F
    out[key] = a
  }
  return out
}
