/**
 * What the generated message decoders (`internal/generated/Decoders.ts`) are built from: the value
 * that means "the interpreter decides", and the checks shared by array items and record values.
 */

/** Returned by a fast decoder for an input it does not decode: the schema's interpreter then decides. */
export const F: unique symbol = Symbol.for("@kalshi-effect/ws/Decoders/F")

/** The type of {@link F}. */
export type Fail = typeof F

/** `T` with its properties writable, for the object a decoder builds. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** What a message class is built from. */
export type Props<C> = C extends abstract new(props: infer P, ...rest: Array<never>) => unknown ? P : never

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

/** `Schema.Unknown`. */
export const unknown = (u: unknown): unknown => u

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
