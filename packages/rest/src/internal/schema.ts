/**
 * Schema building blocks shared by the generated schemas: the tolerant field forms used for
 * responses and the parameter forms used for requests.
 */
import * as Decoder from "@kalshi-effect/core/Decoder"
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
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
  Schema.optionalWith(schema, { nullable: true, exact: true }).annotations({ [Decoder.PropertyFormId]: "nullIsAbsent" })

/** A response array: absent or `null` decodes to `[]`. */
export const arrayField = <S extends Schema.Schema.AnyNoContext>(item: S) =>
  Schema.optionalWith(Schema.Array(item), { nullable: true, default: () => [] }).annotations({
    [Decoder.PropertyFormId]: "nullishIsEmptyArray"
  })

/** An array that is not a field (a record value, an array element): `null` decodes to `[]`. */
export const nullableArray = <S extends Schema.Schema.AnyNoContext>(item: S) =>
  Schema.transform(Schema.NullOr(Schema.Array(item)), Schema.Array(Schema.typeSchema(item)), {
    strict: true,
    decode: (a) => a ?? [],
    encode: (a) => a
  })

const decimalField = (schema: Schema.Schema<Option.Option<BigDecimal.BigDecimal>, string>) =>
  Schema.optionalToOptional(Schema.NullOr(schema), Schema.BigDecimalFromSelf, {
    decode: (o) => Option.flatMap(o, (v) => (v === null ? Option.none() : v)),
    encode: (o) => Option.map(o, Option.some)
  }).annotations({ [Decoder.PropertyFormId]: "nullOrNoneIsAbsent" })

/** A response `*_dollars` field: absent, `null` and `""` decode to absent. */
export const dollarsField = decimalField(FixedPoint.FixedPointDollarsOrEmpty)

/** A response count field (`*_fp`, V2 `count`): absent, `null` and `""` decode to absent. */
export const countField = decimalField(FixedPoint.FixedPointCountOrEmpty)

const listSize = (v: string | ReadonlyArray<string>) =>
  (typeof v === "string" ? v.split(",") : v).filter((s) => s.trim() !== "").length

/**
 * A comma-separated query parameter: given as one string or as a list, sent as one string joined
 * with `,`. `maxItems` is the spec's documented maximum number of values.
 */
export const commaList = (maxItems?: number): Schema.Schema<string | ReadonlyArray<string>, string> => {
  const item = Schema.String.pipe(
    Schema.minLength(1, { message: () => "a list item must not be empty" }),
    Schema.filter((s) => !s.includes(",") || "a list item must not contain ','")
  )
  // The list form first, so that a bad item is reported at its index.
  const value = Schema.Union(Schema.Array(item), Schema.String)
  const checked = maxItems === undefined
    ? value
    : value.pipe(
      Schema.filter((v) => listSize(v) <= maxItems || `at most ${maxItems} values are allowed, got ${listSize(v)}`)
    )
  return Schema.transform(Schema.String, checked, {
    strict: true,
    decode: (s) => s,
    encode: (v) => (typeof v === "string" ? v : v.join(","))
  })
}

/**
 * A path parameter: a non-empty string, sent percent-encoded. `.` and `..` are refused: no
 * encoding keeps a URL parser from reading them as dot segments.
 */
export const PathParam = Schema.String.pipe(
  Schema.minLength(1, { message: () => "must not be empty" }),
  Schema.filter((s) => (s !== "." && s !== "..") || "must not be '.' or '..'")
)
