/**
 * Exact money and contract counts, as Kalshi writes them on the wire.
 *
 * Kalshi sends prices, costs and fees as `*_dollars` strings (`"0.5600"`, `"0.017500"`) and
 * contract counts as `*_fp` strings (`"10.00"`). This module decodes both into
 * `BigDecimal`s and encodes them back into the shape a request accepts, so that no JavaScript
 * `number` ever carries money. It also converts the few fields that are still integers of
 * cents, centi-cents (1/10000 dollar) or whole dollars.
 *
 * Which schema for which wire field:
 *
 * - a `*_dollars` string that is always a number: {@link FixedPointDollars};
 * - a `*_dollars` string that may be `""`: {@link FixedPointDollarsOrEmpty};
 * - a `*_fp` count: {@link FixedPointCount}, or {@link FixedPointCountOrEmpty};
 * - an integer of cents, centi-cents or whole dollars: {@link DollarsFromCents},
 *   {@link DollarsFromCentiCents}, {@link DollarsFromWholeDollars}.
 *
 * @since 0.1.0
 */
import type * as Arbitrary from "effect/Arbitrary"
import * as BigDecimal from "effect/BigDecimal"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * An amount of US dollars, exact. An alias that says what a `BigDecimal` holds.
 *
 * @since 0.1.0
 * @category models
 */
export type Dollars = BigDecimal.BigDecimal

/**
 * A number of contracts, exact to 0.01 (fractional contracts exist). An alias that says what a
 * `BigDecimal` holds.
 *
 * @since 0.1.0
 * @category models
 */
export type Count = BigDecimal.BigDecimal

// ---------------------------------------------------------------------------------------------
// internals
// ---------------------------------------------------------------------------------------------

/** Responses carry at most 6 decimals; no exponent, no "+", no "1." and no ".5". */
const DOLLARS_PATTERN = /^-?\d+(?:\.\d{1,6})?$/
/** Counts have at most 2 decimals: nothing below 0.01 contract exists. */
const COUNT_PATTERN = /^-?\d+(?:\.\d{1,2})?$/

const RESPONSE_DOLLARS_DECIMALS = 6
const MIN_REQUEST_DOLLARS_DECIMALS = 2
const MAX_REQUEST_DOLLARS_DECIMALS = 4
const COUNT_DECIMALS = 2

const POW10: ReadonlyArray<bigint> = [1n, 10n, 100n, 1_000n, 10_000n, 100_000n, 1_000_000n]
const pow10 = (k: number): bigint => (k < POW10.length ? POW10[k] : 10n ** BigInt(k))

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** Builds the decimal of a string the pattern has already accepted, without re-parsing it. */
const fromValidated = (s: string): BigDecimal.BigDecimal => {
  const dot = s.indexOf(".")
  return dot === -1
    ? BigDecimal.make(BigInt(s), 0)
    : BigDecimal.make(BigInt(s.slice(0, dot) + s.slice(dot + 1)), s.length - dot - 1)
}

/**
 * Reads what the pattern `^-?\d+(?:\.\d{1,maxDecimals})?$` accepts into the decimal
 * `fromValidated` builds, in one pass without a regular expression or a string copy; `undefined`
 * for anything else.
 */
const readDecimal = (s: string, maxDecimals: number): BigDecimal.BigDecimal | undefined => {
  const n = s.length
  let i = 0
  let negative = false
  if (n > 0 && s.charCodeAt(0) === 45) {
    negative = true
    i = 1
  }
  let value = 0
  let digits = 0
  let intDigits = 0
  let scale = -1
  for (; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c === 46) {
      if (scale !== -1 || intDigits === 0) return undefined
      scale = 0
      continue
    }
    if (c < 48 || c > 57) return undefined
    value = value * 10 + (c - 48)
    digits++
    if (scale === -1) intDigits++
    else scale++
  }
  if (intDigits === 0 || scale === 0 || scale > maxDecimals) return undefined
  // Beyond 15 digits a double is not exact: BigInt reads the text.
  if (digits > 15) return fromValidated(s)
  return BigDecimal.make(BigInt(negative ? -value : value), scale === -1 ? 0 : scale)
}

/**
 * Reads a `*_dollars` wire string like {@link parseDollars}, without an `Option`: `undefined`
 * when the text is not a valid amount. For hot paths (the decoders use it).
 *
 * @example
 * ```ts
 * import { readDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * readDollars("0.5600") // BigDecimal(0.56) with scale 4
 * readDollars("1e2") // undefined
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const readDollars = (s: string): Dollars | undefined => readDecimal(s, RESPONSE_DOLLARS_DECIMALS)

/**
 * Reads a `*_fp` count wire string like {@link parseCount}, without an `Option`: `undefined` when
 * the text is not a valid count. For hot paths (the decoders use it).
 *
 * @example
 * ```ts
 * import { readCount } from "@kalshi-effect/core/FixedPoint"
 *
 * readCount("10.00") // BigDecimal(10) with scale 2
 * readCount("0.001") // undefined
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const readCount = (s: string): Count | undefined => readDecimal(s, COUNT_DECIMALS)

/**
 * Writes `n` with exactly `decimals` decimals. The caller guarantees that `n` has no more
 * significant decimals than that (its normalized scale is at most `decimals`).
 */
const formatFixed = (n: BigDecimal.BigDecimal, decimals: number): string => {
  const scaled = n.value * pow10(decimals - n.scale)
  const negative = scaled < 0n
  const digits = `${negative ? -scaled : scaled}`
  const sign = negative ? "-" : ""
  if (decimals === 0) {
    return sign + digits
  }
  const padded = digits.padStart(decimals + 1, "0")
  const point = padded.length - decimals
  return `${sign}${padded.slice(0, point)}.${padded.slice(point)}`
}

/** Writes `d` with between `min` and `max` decimals, or `undefined` when it needs more than `max`. */
const formatBetween = (d: BigDecimal.BigDecimal, min: number, max: number): string | undefined => {
  const n = BigDecimal.normalize(d)
  return n.scale > max ? undefined : formatFixed(n, n.scale > min ? n.scale : min)
}

/** `d * 10^places` as an integer, or `undefined` when that is not a whole number. */
const toScaledInteger = (d: BigDecimal.BigDecimal, places: number): bigint | undefined => {
  const n = BigDecimal.normalize(d)
  return n.scale > places ? undefined : n.value * pow10(places - n.scale)
}

const integerToBigInt = (n: number | bigint, unit: string): bigint => {
  if (typeof n === "bigint") {
    return n
  }
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`Expected a whole number of ${unit}, got ${n}`)
  }
  return BigInt(n)
}

const encodeRequestDollars = (d: BigDecimal.BigDecimal): string | undefined =>
  formatBetween(d, MIN_REQUEST_DOLLARS_DECIMALS, MAX_REQUEST_DOLLARS_DECIMALS)

const encodeCount = (c: BigDecimal.BigDecimal): string | undefined => formatBetween(c, COUNT_DECIMALS, COUNT_DECIMALS)

const dollarsDecodeMessage = (s: string): string =>
  s === ""
    ? `Expected a FixedPointDollars string, got "" (use FixedPointDollarsOrEmpty for a field that may be empty)`
    : `Expected a FixedPointDollars string (digits, an optional leading "-", at most ${RESPONSE_DOLLARS_DECIMALS} decimals, e.g. "0.5600"), got ${
      JSON.stringify(s)
    }`

const dollarsEncodeMessage = (d: BigDecimal.BigDecimal): string =>
  `Cannot send ${
    BigDecimal.format(d)
  } as FixedPointDollars: a request accepts at most ${MAX_REQUEST_DOLLARS_DECIMALS} decimals`

const countDecodeMessage = (s: string): string =>
  s === ""
    ? `Expected a FixedPointCount string, got "" (use FixedPointCountOrEmpty for a field that may be empty)`
    : `Expected a FixedPointCount string (digits, an optional leading "-", at most ${COUNT_DECIMALS} decimals, e.g. "10.00"), got ${
      JSON.stringify(s)
    }`

const countEncodeMessage = (c: BigDecimal.BigDecimal): string =>
  `Cannot send ${BigDecimal.format(c)} as FixedPointCount: a count has at most ${COUNT_DECIMALS} decimals`

const decimalArbitrary = (maxScale: number): Arbitrary.LazyArbitrary<BigDecimal.BigDecimal> => (fc) =>
  fc.tuple(
    fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
    fc.integer({ min: 0, max: maxScale })
  ).map(([value, scale]) => BigDecimal.make(value, scale))

const OptionOfBigDecimal = Schema.OptionFromSelf(Schema.BigDecimalFromSelf)

// ---------------------------------------------------------------------------------------------
// dollars
// ---------------------------------------------------------------------------------------------

/**
 * A `*_dollars` wire string as an exact `BigDecimal`.
 *
 * Decoding accepts what responses send: an optional leading `-`, digits, and optionally a `.`
 * followed by 1 to 6 digits (`"1"`, `"0.56"`, `"0.017500"`, `"-1.25"`). It rejects `""`, `"+1"`,
 * `"1."`, `".5"`, exponents, spaces and more than 6 decimals. Leading zeros (`"00.5"`) are
 * accepted.
 *
 * Encoding writes what requests accept: between 2 and 4 decimals (`0.5` is sent as `"0.50"`,
 * `0.565` as `"0.565"`, `1000` as `"1000.00"`). A value with more than 4 significant decimals
 * fails to encode, since the exchange would reject it. Encoding does not check the market's tick
 * size.
 *
 * @example
 * ```ts
 * import { FixedPointDollars } from "@kalshi-effect/core/FixedPoint"
 * import * as BigDecimal from "effect/BigDecimal"
 * import * as Schema from "effect/Schema"
 *
 * const price = Schema.decodeSync(FixedPointDollars)("0.5600")
 * BigDecimal.equals(price, BigDecimal.unsafeFromString("0.56")) // true
 * Schema.encodeSync(FixedPointDollars)(BigDecimal.unsafeFromString("0.5")) // "0.50"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export class FixedPointDollars extends Schema.transformOrFail(
  Schema.String.annotations({ description: "a fixed-point dollar string, e.g. \"0.5600\"" }),
  Schema.BigDecimalFromSelf,
  {
    strict: true,
    decode: (s, _, ast) =>
      DOLLARS_PATTERN.test(s)
        ? ParseResult.succeed(fromValidated(s))
        : ParseResult.fail(new ParseResult.Type(ast, s, dollarsDecodeMessage(s))),
    encode: (d, _, ast) => {
      const s = encodeRequestDollars(d)
      return s === undefined
        ? ParseResult.fail(new ParseResult.Type(ast, d, dollarsEncodeMessage(d)))
        : ParseResult.succeed(s)
    }
  }
).annotations({
  identifier: "FixedPointDollars",
  arbitrary: () => decimalArbitrary(MAX_REQUEST_DOLLARS_DECIMALS)
}) {}

/**
 * A `*_dollars` wire string that the exchange sometimes leaves empty: `""` decodes to
 * `Option.none()` and a valid string to `Option.some(dollars)`, with the same rules as
 * {@link FixedPointDollars}. Encoding writes `Option.none()` as `""`.
 *
 * @example
 * ```ts
 * import { FixedPointDollarsOrEmpty } from "@kalshi-effect/core/FixedPoint"
 * import * as Schema from "effect/Schema"
 *
 * Schema.decodeSync(FixedPointDollarsOrEmpty)("") // Option.none()
 * Schema.decodeSync(FixedPointDollarsOrEmpty)("0.0175") // Option.some(BigDecimal(0.0175))
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export class FixedPointDollarsOrEmpty extends Schema.transformOrFail(
  Schema.String.annotations({ description: "a fixed-point dollar string, or \"\"" }),
  OptionOfBigDecimal,
  {
    strict: true,
    decode: (s, _, ast) =>
      s === ""
        ? ParseResult.succeed(Option.none())
        : DOLLARS_PATTERN.test(s)
        ? ParseResult.succeed(Option.some(fromValidated(s)))
        : ParseResult.fail(new ParseResult.Type(ast, s, dollarsDecodeMessage(s))),
    encode: (o, _, ast) => {
      if (Option.isNone(o)) {
        return ParseResult.succeed("")
      }
      const s = encodeRequestDollars(o.value)
      return s === undefined
        ? ParseResult.fail(new ParseResult.Type(ast, o, dollarsEncodeMessage(o.value)))
        : ParseResult.succeed(s)
    }
  }
).annotations({
  identifier: "FixedPointDollarsOrEmpty",
  arbitrary: () => (fc) => fc.option(decimalArbitrary(MAX_REQUEST_DOLLARS_DECIMALS)(fc)).map(Option.fromNullable)
}) {}

// ---------------------------------------------------------------------------------------------
// counts
// ---------------------------------------------------------------------------------------------

/**
 * A `*_fp` wire string (and the V2 order fields `count`, `fill_count`, …) as an exact
 * `BigDecimal` number of contracts.
 *
 * Decoding accepts an optional leading `-` (positions can be negative), digits, and optionally a
 * `.` followed by 1 or 2 digits (`"10"`, `"10.5"`, `"10.00"`). More than 2 decimals is rejected:
 * there is no such thing as less than 0.01 contract. Encoding always writes exactly 2 decimals
 * (`10` is sent as `"10.00"`) and fails for a value with more than 2 significant decimals.
 *
 * @example
 * ```ts
 * import { FixedPointCount } from "@kalshi-effect/core/FixedPoint"
 * import * as BigDecimal from "effect/BigDecimal"
 * import * as Schema from "effect/Schema"
 *
 * Schema.decodeSync(FixedPointCount)("10.00") // BigDecimal(10)
 * Schema.encodeSync(FixedPointCount)(BigDecimal.fromBigInt(10n)) // "10.00"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export class FixedPointCount extends Schema.transformOrFail(
  Schema.String.annotations({ description: "a fixed-point count string, e.g. \"10.00\"" }),
  Schema.BigDecimalFromSelf,
  {
    strict: true,
    decode: (s, _, ast) =>
      COUNT_PATTERN.test(s)
        ? ParseResult.succeed(fromValidated(s))
        : ParseResult.fail(new ParseResult.Type(ast, s, countDecodeMessage(s))),
    encode: (c, _, ast) => {
      const s = encodeCount(c)
      return s === undefined
        ? ParseResult.fail(new ParseResult.Type(ast, c, countEncodeMessage(c)))
        : ParseResult.succeed(s)
    }
  }
).annotations({
  identifier: "FixedPointCount",
  arbitrary: () => decimalArbitrary(COUNT_DECIMALS)
}) {}

/**
 * A `*_fp` wire string that the exchange sometimes leaves empty: `""` decodes to
 * `Option.none()` and a valid string to `Option.some(count)`, with the same rules as
 * {@link FixedPointCount}. Encoding writes `Option.none()` as `""`.
 *
 * @example
 * ```ts
 * import { FixedPointCountOrEmpty } from "@kalshi-effect/core/FixedPoint"
 * import * as Schema from "effect/Schema"
 *
 * Schema.decodeSync(FixedPointCountOrEmpty)("") // Option.none()
 * Schema.decodeSync(FixedPointCountOrEmpty)("2.50") // Option.some(BigDecimal(2.5))
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export class FixedPointCountOrEmpty extends Schema.transformOrFail(
  Schema.String.annotations({ description: "a fixed-point count string, or \"\"" }),
  OptionOfBigDecimal,
  {
    strict: true,
    decode: (s, _, ast) =>
      s === ""
        ? ParseResult.succeed(Option.none())
        : COUNT_PATTERN.test(s)
        ? ParseResult.succeed(Option.some(fromValidated(s)))
        : ParseResult.fail(new ParseResult.Type(ast, s, countDecodeMessage(s))),
    encode: (o, _, ast) => {
      if (Option.isNone(o)) {
        return ParseResult.succeed("")
      }
      const s = encodeCount(o.value)
      return s === undefined
        ? ParseResult.fail(new ParseResult.Type(ast, o, countEncodeMessage(o.value)))
        : ParseResult.succeed(s)
    }
  }
).annotations({
  identifier: "FixedPointCountOrEmpty",
  arbitrary: () => (fc) => fc.option(decimalArbitrary(COUNT_DECIMALS)(fc)).map(Option.fromNullable)
}) {}

// ---------------------------------------------------------------------------------------------
// integer fields
// ---------------------------------------------------------------------------------------------

const dollarsFromInteger = (unit: string, places: number) =>
  Schema.transformOrFail(
    Schema.Number.annotations({ description: `an integer number of ${unit}` }),
    Schema.BigDecimalFromSelf,
    {
      strict: true,
      decode: (n, _, ast) =>
        Number.isSafeInteger(n)
          ? ParseResult.succeed(BigDecimal.make(BigInt(n), places))
          : ParseResult.fail(new ParseResult.Type(ast, n, `Expected a whole number of ${unit}, got ${n}`)),
      encode: (d, _, ast) => {
        const n = toScaledInteger(d, places)
        if (n === undefined) {
          return ParseResult.fail(
            new ParseResult.Type(ast, d, `Cannot write ${BigDecimal.format(d)} dollars as a whole number of ${unit}`)
          )
        }
        if (n > MAX_SAFE || n < -MAX_SAFE) {
          return ParseResult.fail(
            new ParseResult.Type(ast, d, `Cannot write ${BigDecimal.format(d)} dollars as a safe integer of ${unit}`)
          )
        }
        return ParseResult.succeed(Number(n))
      }
    }
  )

/**
 * An integer number of cents on the wire (`balance`, `portfolio_value`, `Settlement.revenue` /
 * `value`, `total_resting_order_value`, `amount_cents`, `fee_cents`) as exact dollars.
 *
 * Decoding rejects a number that is not a safe integer (fractions, `NaN`, infinities, values
 * beyond 2^53). Encoding fails when the dollars are not a whole number of cents.
 *
 * @example
 * ```ts
 * import { DollarsFromCents } from "@kalshi-effect/core/FixedPoint"
 * import * as Schema from "effect/Schema"
 *
 * Schema.decodeSync(DollarsFromCents)(1234) // BigDecimal(12.34)
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export class DollarsFromCents extends dollarsFromInteger("cents", 2).annotations({ identifier: "DollarsFromCents" }) {}

/**
 * An integer number of centi-cents (1/10000 dollar) on the wire (`IncentiveProgram.period_reward`,
 * `max_reward_per_account`, block trade `price_centi_cents`, the IntraExchangeInstanceTransfer
 * `amount`) as exact dollars.
 *
 * Decoding rejects a number that is not a safe integer. Encoding fails when the dollars are not
 * a whole number of centi-cents.
 *
 * @example
 * ```ts
 * import { DollarsFromCentiCents } from "@kalshi-effect/core/FixedPoint"
 * import * as Schema from "effect/Schema"
 *
 * Schema.decodeSync(DollarsFromCentiCents)(1234) // BigDecimal(0.1234)
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export class DollarsFromCentiCents
  extends dollarsFromInteger("centi-cents", 4).annotations({ identifier: "DollarsFromCentiCents" })
{}

/**
 * An integer number of whole dollars on the wire (WS `ticker.dollar_volume`,
 * `dollar_open_interest`; signed) as exact dollars.
 *
 * Decoding rejects a number that is not a safe integer. Encoding fails when the dollars are not
 * whole.
 *
 * @example
 * ```ts
 * import { DollarsFromWholeDollars } from "@kalshi-effect/core/FixedPoint"
 * import * as Schema from "effect/Schema"
 *
 * Schema.decodeSync(DollarsFromWholeDollars)(-250) // BigDecimal(-250)
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export class DollarsFromWholeDollars
  extends dollarsFromInteger("dollars", 0).annotations({ identifier: "DollarsFromWholeDollars" })
{}

// ---------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------

/**
 * Reads a dollar amount written like a `*_dollars` field (at most 6 decimals, no exponent).
 * Returns `Option.none()` for anything else.
 *
 * @example
 * ```ts
 * import { parseDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * parseDollars("0.56") // Option.some(BigDecimal(0.56))
 * parseDollars("1e2") // Option.none()
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const parseDollars = (s: string): Option.Option<Dollars> =>
  DOLLARS_PATTERN.test(s) ? Option.some(fromValidated(s)) : Option.none()

/**
 * Reads a dollar amount written like a `*_dollars` field, for literals known to be valid.
 * Throws an `Error` otherwise; prefer {@link parseDollars} for input.
 *
 * @example
 * ```ts
 * import { unsafeDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * const limit = unsafeDollars("0.56")
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const unsafeDollars = (s: string): Dollars => {
  if (!DOLLARS_PATTERN.test(s)) {
    throw new Error(dollarsDecodeMessage(s))
  }
  return fromValidated(s)
}

/**
 * Reads a number of contracts written like a `*_fp` field (at most 2 decimals). Returns
 * `Option.none()` for anything else.
 *
 * @example
 * ```ts
 * import { parseCount } from "@kalshi-effect/core/FixedPoint"
 *
 * parseCount("10.5") // Option.some(BigDecimal(10.5))
 * parseCount("0.001") // Option.none()
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const parseCount = (s: string): Option.Option<Count> =>
  COUNT_PATTERN.test(s) ? Option.some(fromValidated(s)) : Option.none()

/**
 * Reads a number of contracts written like a `*_fp` field, for literals known to be valid.
 * Throws an `Error` otherwise; prefer {@link parseCount} for input.
 *
 * @example
 * ```ts
 * import { unsafeCount } from "@kalshi-effect/core/FixedPoint"
 *
 * const size = unsafeCount("10")
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const unsafeCount = (s: string): Count => {
  if (!COUNT_PATTERN.test(s)) {
    throw new Error(countDecodeMessage(s))
  }
  return fromValidated(s)
}

// ---------------------------------------------------------------------------------------------
// conversions
// ---------------------------------------------------------------------------------------------

/**
 * Dollars from an integer number of cents. Throws a `RangeError` when given a `number` that is
 * not a safe integer.
 *
 * @example
 * ```ts
 * import { centsToDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * centsToDollars(1234) // BigDecimal(12.34)
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const centsToDollars = (cents: number | bigint): Dollars => BigDecimal.make(integerToBigInt(cents, "cents"), 2)

/**
 * The integer number of cents in an amount of dollars, or `Option.none()` when the amount is not
 * a whole number of cents.
 *
 * @example
 * ```ts
 * import { dollarsToCents, unsafeDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * dollarsToCents(unsafeDollars("12.34")) // Option.some(1234n)
 * dollarsToCents(unsafeDollars("0.125")) // Option.none()
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const dollarsToCents = (d: Dollars): Option.Option<bigint> => Option.fromNullable(toScaledInteger(d, 2))

/**
 * Dollars from an integer number of centi-cents (1/10000 dollar). Throws a `RangeError` when
 * given a `number` that is not a safe integer.
 *
 * @example
 * ```ts
 * import { centiCentsToDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * centiCentsToDollars(1234) // BigDecimal(0.1234)
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const centiCentsToDollars = (centiCents: number | bigint): Dollars =>
  BigDecimal.make(integerToBigInt(centiCents, "centi-cents"), 4)

/**
 * The integer number of centi-cents (1/10000 dollar) in an amount of dollars, or
 * `Option.none()` when the amount is not a whole number of centi-cents.
 *
 * @example
 * ```ts
 * import { dollarsToCentiCents, unsafeDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * dollarsToCentiCents(unsafeDollars("0.1234")) // Option.some(1234n)
 * dollarsToCentiCents(unsafeDollars("0.00001")) // Option.none()
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const dollarsToCentiCents = (d: Dollars): Option.Option<bigint> => Option.fromNullable(toScaledInteger(d, 4))

// ---------------------------------------------------------------------------------------------
// formatting and checks
// ---------------------------------------------------------------------------------------------

/**
 * Writes dollars for people (logs, UIs), without a currency sign.
 *
 * Without `decimals`, the value is written exactly, with at least 2 decimals (`0.5` -> `"0.50"`,
 * `0.0175` -> `"0.0175"`). With `decimals`, it is written with exactly that many, rounding with
 * `mode` (default `"half-from-zero"`) when it has more. To build a request, encode with
 * {@link FixedPointDollars} instead: it never rounds. Throws a `RangeError` when `decimals` is
 * not a non-negative integer.
 *
 * @example
 * ```ts
 * import { formatDollars, unsafeDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * formatDollars(unsafeDollars("0.017500")) // "0.0175"
 * formatDollars(unsafeDollars("0.0175"), { decimals: 2 }) // "0.02"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatDollars = (
  d: Dollars,
  options?: {
    readonly decimals?: number | undefined
    readonly mode?: BigDecimal.RoundingMode | undefined
  }
): string => {
  const n = BigDecimal.normalize(d)
  const decimals = options?.decimals
  if (decimals === undefined) {
    return formatFixed(n, n.scale > MIN_REQUEST_DOLLARS_DECIMALS ? n.scale : MIN_REQUEST_DOLLARS_DECIMALS)
  }
  if (!Number.isSafeInteger(decimals) || decimals < 0) {
    throw new RangeError(`Expected decimals to be a non-negative integer, got ${decimals}`)
  }
  if (n.scale <= decimals) {
    return formatFixed(n, decimals)
  }
  const rounded = BigDecimal.normalize(
    BigDecimal.round(n, { scale: decimals, mode: options?.mode ?? "half-from-zero" })
  )
  return formatFixed(rounded, decimals)
}

/**
 * Writes a number of contracts for people, exactly, with at least 2 decimals (`10` ->
 * `"10.00"`). A value with more decimals than a count can have is written in full rather than
 * rounded.
 *
 * @example
 * ```ts
 * import { formatCount, unsafeCount } from "@kalshi-effect/core/FixedPoint"
 *
 * formatCount(unsafeCount("10")) // "10.00"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatCount = (c: Count): string => {
  const n = BigDecimal.normalize(c)
  return formatFixed(n, n.scale > COUNT_DECIMALS ? n.scale : COUNT_DECIMALS)
}

/**
 * Tells whether an amount can be sent in a request's `*_dollars` field, that is whether it has
 * at most 4 significant decimals. It does not check the market's tick size or price range.
 *
 * @example
 * ```ts
 * import { isRequestDollars, unsafeDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * isRequestDollars(unsafeDollars("0.5650")) // true
 * isRequestDollars(unsafeDollars("0.01750")) // true
 * isRequestDollars(unsafeDollars("0.00005")) // false
 * ```
 *
 * @since 0.1.0
 * @category predicates
 */
export const isRequestDollars = (d: Dollars): boolean => BigDecimal.normalize(d).scale <= MAX_REQUEST_DOLLARS_DECIMALS

/**
 * Tells whether a number of contracts can be sent in a request's count field, that is whether it
 * is a multiple of 0.01.
 *
 * @example
 * ```ts
 * import { isRequestCount, unsafeDollars } from "@kalshi-effect/core/FixedPoint"
 *
 * isRequestCount(unsafeDollars("2.5")) // true
 * isRequestCount(unsafeDollars("2.505")) // false
 * ```
 *
 * @since 0.1.0
 * @category predicates
 */
export const isRequestCount = (c: Count): boolean => BigDecimal.normalize(c).scale <= COUNT_DECIMALS
