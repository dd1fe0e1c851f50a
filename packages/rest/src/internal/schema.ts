/**
 * Schema building blocks shared by the generated schemas: the tolerant field forms used for
 * responses and the parameter forms used for requests.
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import type * as Arbitrary from "effect/Arbitrary"
import * as BigDecimal from "effect/BigDecimal"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"

/**
 * An enum that also accepts values added after the spec was written: typed as the known literals
 * plus any other string, so that a new value never fails a page.
 */
export const openEnum = <const L extends ReadonlyArray<string>>(
  ...literals: L
): Schema.Schema<L[number] | (string & {}), string> =>
  Schema.make<L[number] | (string & {}), string, never>(
    Schema.Union(Schema.Literal(...literals), Schema.String).ast
  ).annotations({ description: `one of ${literals.join(", ")}, or a value added later` })

/** A request enum: exactly one of the literals, with a message that lists them all. */
export const literals = <const L extends ReadonlyArray<string | number>>(...values: L) =>
  Schema.Literal(...values).annotations({
    message: (issue) => ({
      message: `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(issue.actual)}`,
      override: true
    })
  })

/** A response field: may be absent, and `null` decodes to absent. */
export const field = <S extends Schema.Schema.AnyNoContext>(schema: S) =>
  Schema.optionalWith(schema, { nullable: true, exact: true })

/** A response array: absent or `null` decodes to `[]`. */
export const arrayField = <S extends Schema.Schema.AnyNoContext>(item: S) =>
  Schema.optionalWith(Schema.Array(item), { nullable: true, default: () => [] })

/** An array that is not a field (a record value, an array element): `null` decodes to `[]`. */
export const nullableArray = <S extends Schema.Schema.AnyNoContext>(item: S) =>
  Schema.transform(Schema.NullOr(Schema.Array(item)), Schema.Array(Schema.typeSchema(item)), {
    strict: true,
    decode: (a) => a ?? [],
    encode: (a) => a
  })

/**
 * The response field an operation exists to return, when it is a list: required (a response
 * without it is a `DecodeError`), and `null` decodes to `[]` (an empty list on the wire).
 */
export const payloadArray = <S extends Schema.Schema.AnyNoContext>(item: S) =>
  Schema.transform(Schema.NullOr(Schema.Array(item)), Schema.typeSchema(Schema.Array(item)), {
    strict: true,
    decode: (a) => a ?? [],
    encode: (a) => a
  })

/**
 * Decimals a wire field can hold (at most `maxScale` decimals), for `effect/Arbitrary`: so that
 * generated values of a response schema encode.
 */
const decimals = (maxScale: number): Arbitrary.LazyArbitrary<BigDecimal.BigDecimal> => (fc) =>
  fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: maxScale }))
    .map(([value, scale]) => BigDecimal.make(value, scale))

const decimalField = (schema: Schema.Schema<Option.Option<BigDecimal.BigDecimal>, string>, maxScale: number) =>
  Schema.optionalToOptional(
    Schema.NullOr(schema),
    Schema.BigDecimalFromSelf.annotations({ arbitrary: () => decimals(maxScale) }),
    {
      decode: (o) => Option.flatMap(o, (v) => (v === null ? Option.none() : v)),
      encode: (o) => Option.map(o, Option.some)
    }
  )

/** A response `*_dollars` field: absent, `null` and `""` decode to absent. */
export const dollarsField = decimalField(FixedPoint.FixedPointDollarsOrEmpty, 4)

/** A response count field (`*_fp`, V2 `count`): absent, `null` and `""` decode to absent. */
export const countField = decimalField(FixedPoint.FixedPointCountOrEmpty, 2)

/** Control characters: U+0000–U+001F and U+007F. No identifier, filter or date of the API holds one. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/

const noControl = (s: string): true | string =>
  !CONTROL.test(s) || "must not contain a control character (U+0000–U+001F, U+007F)"

/**
 * A string query parameter: control characters are refused (they are never part of a ticker,
 * an id, a cursor or a filter value, and would be sent percent-encoded and signed).
 */
export const QueryString = Schema.String.pipe(Schema.filter(noControl))

/** The items of a comma-separated list given as one string. */
const splitList = (
  v: string | ReadonlyArray<string>
): ReadonlyArray<string> => (typeof v === "string" ? v.split(",") : v)

/** Why a list (either form) is not a list of values, or `true`. */
const listItems = (v: string | ReadonlyArray<string>): true | string => {
  const items = splitList(v)
  if (typeof v !== "string" && items.length === 0) return "must hold at least one item"
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    if (item.trim() === "") {
      return typeof v === "string"
        ? items.length === 1 ? "must hold at least one item" : `item ${i + 1} of the comma-separated list is blank`
        : "a list item must not be blank"
    }
    if (CONTROL.test(item)) {
      return `item ${i + 1} of the list must not contain a control character (U+0000–U+001F, U+007F)`
    }
  }
  return true
}

/**
 * A comma-separated query parameter: given as one string or as a list, sent as one string joined
 * with `,`. Every item must be a value: a blank item (`"A,,B"`, `" "`, a trailing `,`) and an empty
 * list are refused, since the exchange would read them as no filter at all. `maxItems` is the
 * spec's documented maximum number of values.
 */
export const commaList = (maxItems?: number): Schema.Schema<string | ReadonlyArray<string>, string> => {
  const item = Schema.String.pipe(
    Schema.filter((s) => s.trim() !== "" || "a list item must not be blank"),
    Schema.filter((s) => !s.includes(",") || "a list item must not contain ','"),
    Schema.filter(noControl)
  )
  // The list form first, so that a bad item is reported at its index.
  const value = Schema.Union(Schema.Array(item), Schema.String).pipe(Schema.filter(listItems))
  const checked = maxItems === undefined
    ? value
    : value.pipe(
      Schema.filter((v) =>
        splitList(v).length <= maxItems || `at most ${maxItems} values are allowed, got ${splitList(v).length}`
      )
    )
  return Schema.transform(Schema.String, checked, {
    strict: true,
    decode: (s) => s,
    encode: (v) => (typeof v === "string" ? v : v.join(","))
  })
}

/**
 * A path parameter: a non-empty string, sent percent-encoded. Refused: `/` and `\` (a proxy that
 * decodes `%2F` or treats `\` as a separator would route the request elsewhere, and no Kalshi
 * identifier holds either), control characters, and `.` and `..`, which no encoding keeps a URL
 * parser from reading as dot segments.
 */
export const PathParam = Schema.String.pipe(
  Schema.minLength(1, { message: () => "must not be empty" }),
  Schema.filter((s) => (s !== "." && s !== "..") || "must not be '.' or '..'"),
  Schema.filter((s) => !/[/\\]/.test(s) || "must not contain '/' or '\\': it would name another path"),
  Schema.filter(noControl)
)

// -------------------------------------------------------------------------------------------------
// formats: one schema per `format` the spec declares on a request field (the generator maps them)
// -------------------------------------------------------------------------------------------------

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

const daysIn = (
  y: number,
  m: number
) => (m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31)

/** Why `y-m-d` is not a day of the calendar, or `undefined`. */
const calendarDay = (y: number, m: number, d: number): string | undefined => {
  if (m < 1 || m > 12) return `has no month ${String(m).padStart(2, "0")}`
  if (d < 1 || d > daysIn(y, m)) {
    return `has no day ${String(d).padStart(2, "0")} in ${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`
  }
  return undefined
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/

/** Why a string is not an RFC 3339 `date-time`, or `true`. */
export const checkDateTime = (s: string): true | string => {
  const m = DATE_TIME.exec(s)
  const shape = "must be an RFC 3339 date-time such as 2026-01-02T15:04:05Z or 2026-01-02T10:04:05.5-05:00"
  if (m === null) return `${shape}, got ${JSON.stringify(s)}`
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  const day = calendarDay(y, mo, d)
  if (day !== undefined) return `${shape}: ${JSON.stringify(s)} ${day}`
  if (h > 23 || mi > 59 || sec > 59) return `${shape}: ${JSON.stringify(s)} has no time ${m[4]}:${m[5]}:${m[6]}`
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) {
    return `${shape}: ${JSON.stringify(s)} has no offset ${m[7]}:${m[8]}`
  }
  return true
}

/** Why a string is not an RFC 3339 `full-date`, or `true`. */
export const checkDate = (s: string): true | string => {
  const m = FULL_DATE.exec(s)
  const shape = "must be an RFC 3339 date such as 2026-01-02"
  if (m === null) return `${shape}, got ${JSON.stringify(s)}`
  const day = calendarDay(Number(m[1]), Number(m[2]), Number(m[3]))
  return day === undefined ? true : `${shape}: ${JSON.stringify(s)} ${day}`
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * `format: date-time`: an RFC 3339 timestamp (section 5.6) that names a real instant: month
 * 01–12, a day that month has (leap years counted), hours 00–23, minutes and seconds 00–59, an
 * optional fraction, and `Z` or a `±hh:mm` offset. `T` and `Z` are upper-case.
 */
export const DateTime = Schema.String.pipe(Schema.filter(checkDateTime))

/** `format: date`: an RFC 3339 `full-date` (`2026-01-02`) that is a day of the calendar. */
export const FullDate = Schema.String.pipe(Schema.filter(checkDate))

/** `format: uuid`: the hyphenated form of RFC 9562, 8-4-4-4-12 hexadecimal digits, either case. */
export const Uuid = Schema.String.pipe(
  Schema.filter((s) =>
    UUID.test(s) || `must be a UUID such as 8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1, got ${JSON.stringify(s)}`
  )
)

/** `format: int32`: a whole number from -2^31 to 2^31-1. */
export const Int32 = Schema.Int.pipe(
  Schema.filter((n) => (n >= -2147483648 && n <= 2147483647) || `must be a 32-bit integer (int32), got ${n}`)
)
