import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, BigDecimal, Either, FastCheck as fc, Option, ParseResult, Schema } from "effect"
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Decoder from "../src/Decoder.js"
import * as FixedPoint from "../src/FixedPoint.js"

/** A canonical form to compare results: BigDecimals with value and scale, Options, plain objects. */
const canonical = (u: unknown): unknown => {
  if (BigDecimal.isBigDecimal(u)) return `BigDecimal(${u.value}, ${u.scale})`
  if (Option.isOption(u)) return Option.isSome(u) ? { some: canonical(u.value) } : "none"
  if (Array.isArray(u)) return u.map(canonical)
  if (typeof u === "object" && u !== null) {
    const out: Record<string, unknown> = { "@proto": Object.getPrototypeOf(u)?.constructor?.name ?? null }
    for (const key of Object.keys(u).sort()) out[key] = canonical((u as Record<string, unknown>)[key])
    return out
  }
  return u
}

const message = (e: ParseResult.ParseError) => ParseResult.TreeFormatter.formatErrorSync(e)

/**
 * Decodes with the compiled decoder (generated code, and closures only) and with the interpreter,
 * and checks they agree exactly.
 */
const agree = <A, I>(schema: Schema.Schema<A, I, never>) => {
  const generated = Decoder.make(schema)
  const closures = Decoder.make(schema, { jit: false })
  const fastPaths = [Decoder.makeFastPath(schema), Decoder.makeFastPath(schema, { jit: false })]
  return (input: unknown) => {
    const slow = Schema.decodeUnknownEither(schema)(input)
    // A valid input is decoded by the compiled parts themselves, not handed back to the interpreter.
    if (Either.isRight(slow)) {
      for (const fast of fastPaths) assert.notStrictEqual(fast(input), Decoder.invalid, JSON.stringify(input))
    }
    for (const fast of [closures(input), generated(input)]) {
      assert.strictEqual(fast._tag, slow._tag, JSON.stringify(input))
      if (Either.isRight(fast) && Either.isRight(slow)) {
        assert.deepStrictEqual(canonical(fast.right), canonical(slow.right))
      }
      if (Either.isLeft(fast) && Either.isLeft(slow)) assert.strictEqual(message(fast.left), message(slow.left))
    }
    return generated(input)
  }
}

const nullableField = <S extends Schema.Schema.AnyNoContext>(s: S) =>
  Schema.optionalWith(s, { nullable: true, exact: true })
const decimalField = Schema.optionalToOptional(
  Schema.NullOr(FixedPoint.FixedPointDollarsOrEmpty),
  Schema.BigDecimalFromSelf,
  {
    decode: (o) => Option.flatMap(o, (v) => (v === null ? Option.none() : v)),
    encode: (o) => Option.map(o, Option.some)
  }
)
const OpenEnum = Schema.Union(Schema.Literal("binary", "scalar"), Schema.String)

class Level
  extends Schema.Class<Level>("Level")({ price: FixedPoint.FixedPointDollars, size: FixedPoint.FixedPointCount })
{}

const Market = Schema.Struct({
  ticker: Schema.String,
  kind: nullableField(OpenEnum),
  status: Schema.Literal("open", "closed"),
  price: decimalField,
  volume: nullableField(FixedPoint.FixedPointCount),
  balance: Schema.optional(FixedPoint.DollarsFromCents),
  levels: Schema.optionalWith(Schema.Array(Schema.Tuple(FixedPoint.FixedPointDollars, FixedPoint.FixedPointCount)), {
    nullable: true,
    default: () => []
  }),
  best: Schema.optional(Level),
  count: Schema.Number.pipe(Schema.int(), Schema.nonNegative()),
  flag: Schema.optional(Schema.Boolean),
  tags: Schema.optional(Schema.Array(Schema.String)),
  extra: Schema.optional(Schema.Union(Schema.Struct({ a: Schema.String }), Schema.Struct({ b: Schema.Number })))
})
const Page = Schema.Struct({ markets: Schema.Array(Market), cursor: Schema.optional(Schema.String) })

const goodMarket = {
  ticker: "KX-1",
  kind: "binary",
  status: "open",
  price: "0.5600",
  volume: "10.00",
  balance: 1234,
  levels: [["0.4000", "3.00"], ["0.4100", "1.50"]],
  best: { price: "0.41", size: "1.50" },
  count: 3,
  flag: true,
  tags: ["a", "b"],
  extra: { b: 1 }
}

/** Values built from the schema's own arbitrary, encoded, then randomly damaged. */
const damaged = (value: unknown): fc.Arbitrary<unknown> => {
  const odd = fc.constantFrom<unknown>(null, undefined, "", "x", "0.5", "1.", 1.5, -1, 7, true, [], {}, ["0.1", "1"])
  const walk = (u: unknown): fc.Arbitrary<unknown> => {
    if (Array.isArray(u)) return fc.tuple(...u.map(walk)).map((a) => a as unknown)
    if (typeof u === "object" && u !== null) {
      const entries = Object.entries(u)
      return fc.tuple(...entries.map(([k, v]) =>
        fc.oneof(
          { weight: 12, arbitrary: walk(v).map((x) => [k, x] as const) },
          { weight: 1, arbitrary: fc.constant([k, "__remove__"] as const) },
          { weight: 2, arbitrary: odd.map((x) => [k, x] as const) }
        )
      )).map((kvs) => Object.fromEntries(kvs.filter(([, x]) => x !== "__remove__")))
    }
    return fc.oneof({ weight: 8, arbitrary: fc.constant(u) }, { weight: 1, arbitrary: odd })
  }
  return walk(value)
}

const encoded = <A, I>(schema: Schema.Schema<A, I, never>) =>
  Arbitrary.make(schema).map((value) => Schema.encodeEither(schema)(value)).filter(Either.isRight).map((e) => e.right)

describe("Decoder", () => {
  it("decodes like the interpreter on a valid value", () => {
    const result = agree(Page)({
      markets: [goodMarket, { ...goodMarket, price: "", kind: "new_kind", levels: null }],
      cursor: ""
    })
    assert.isTrue(Either.isRight(result))
  })

  it("fails with the interpreter's error on an invalid value", () => {
    for (
      const bad of [
        { ...goodMarket, price: "0.5.6" },
        { ...goodMarket, status: "gone" },
        { ...goodMarket, count: -1 },
        { ...goodMarket, count: 1.5 },
        { ...goodMarket, levels: [["0.4"]] },
        { ...goodMarket, levels: [["0.4000", "3.00", "x"]] },
        { ...goodMarket, best: { price: "x", size: "1" } },
        { ...goodMarket, extra: { c: 1 } },
        { ...goodMarket, ticker: undefined },
        { ...goodMarket, balance: 1.5 }
      ]
    ) {
      assert.isTrue(Either.isLeft(agree(Page)({ markets: [bad] })))
    }
    assert.isTrue(Either.isLeft(agree(Page)(null)))
    assert.isTrue(Either.isLeft(agree(Page)([])))
  })

  it("keeps class instances, Options and exact decimals", () => {
    const result = agree(Market)(goodMarket)
    if (Either.isRight(result)) {
      assert.instanceOf(result.right.best, Level)
      assert.strictEqual(result.right.price?.scale, 4)
    } else {
      assert.fail("expected a value")
    }
    const decoded = agree(Schema.Struct({ p: FixedPoint.FixedPointDollarsOrEmpty }))({ p: "" })
    assert.isTrue(Either.isRight(decoded) && Option.isNone(decoded.right.p))
  })

  it("handles recursive schemas through the interpreter", () => {
    interface Tree {
      readonly value: number
      readonly children: ReadonlyArray<Tree>
    }
    const Tree: Schema.Schema<Tree> = Schema.Struct({
      value: Schema.Number,
      children: Schema.Array(Schema.suspend(() => Tree))
    })
    assert.isTrue(Either.isRight(agree(Tree)({ value: 1, children: [{ value: 2, children: [] }] })))
    assert.isTrue(Either.isLeft(agree(Tree)({ value: 1, children: [{ value: "2", children: [] }] })))
  })

  // Values the schema cannot encode (e.g. a generated balance that is not whole cents) are skipped.
  const encodedPages = Arbitrary.make(Page)
    .map((page) => Schema.encodeEither(Page)(page))
    .filter(Either.isRight)
    .map((encoded) => encoded.right)

  it.prop("agrees with the interpreter on generated and damaged pages", [encodedPages.chain(damaged)], ([input]) => {
    agree(Page)(JSON.parse(JSON.stringify(input ?? null)))
  }, { fastCheck: { numRuns: 400 } })
})

describe("Decoder: structs with property transformations", () => {
  const Fields = Schema.Struct({
    id: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("ID")),
    maybe: Schema.optionalWith(Schema.NumberFromString, { nullable: true, exact: true }),
    withDefault: Schema.optionalWith(Schema.Number, { default: () => 0 }),
    asOption: Schema.optionalWith(Schema.String, { as: "Option", nullable: true }),
    required: Schema.NullOr(Schema.String),
    plainOptional: Schema.optional(Schema.String),
    price: decimalField,
    // A transformation whose result the type side may refuse.
    length: Schema.optionalToOptional(Schema.String, Schema.Int.pipe(Schema.between(1, 20)), {
      decode: (o) => Option.map(o, (s) => s.length - 2),
      encode: (o) => Option.map(o, (n) => "x".repeat(n + 2))
    })
  })
  // No property transformation: a plain struct, with optional properties that may hold `undefined`.
  const Plain = Schema.Struct({
    a: Schema.optional(Schema.String),
    b: Schema.optionalWith(Schema.Number, { exact: true }),
    c: Schema.String,
    d: Schema.Union(Schema.Undefined, Schema.Number)
  })
  // Two properties reading each other's keys: not decoded in one pass.
  const Swapped = Schema.Struct({
    a: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("b")),
    b: Schema.propertySignature(Schema.Number).pipe(Schema.fromKey("a"))
  })

  const sameKeys = <A, I>(schema: Schema.Schema<A, I, never>, input: unknown) => {
    const fast = agree(schema)(input)
    const slow = Schema.decodeUnknownEither(schema)(input)
    if (Either.isRight(fast) && Either.isRight(slow)) {
      assert.deepStrictEqual(Object.keys(fast.right as object), Object.keys(slow.right as object))
    }
    return fast
  }

  it("renames, defaults, nullable and Option fields, with the interpreter's keys and order", () => {
    const full = {
      ID: "x",
      maybe: "1.5",
      withDefault: 2,
      asOption: "s",
      required: null,
      plainOptional: "p",
      price: "0.5600",
      length: "abc"
    }
    assert.isTrue(Either.isRight(sameKeys(Fields, full)))
    assert.isTrue(Either.isRight(sameKeys(Fields, { ID: "x", required: "r", extra: 1 })))
    // Inherited properties are absent; an object without a prototype is read like any other.
    assert.isTrue(
      Either.isRight(
        sameKeys(Fields, Object.assign(Object.create({ maybe: "1", price: "0.5" }), { ID: "x", required: null }))
      )
    )
    assert.isTrue(Either.isRight(sameKeys(Fields, Object.assign(Object.create(null), full))))
    assert.isTrue(
      Either.isRight(sameKeys(Fields, { ...full, maybe: null, asOption: null, price: "", withDefault: undefined }))
    )
    for (
      const bad of [{ ...full, ID: undefined }, { id: "x", required: null }, { ...full, required: undefined }, {
        ...full,
        maybe: "x"
      }, { ...full, length: "ab" }]
    ) {
      assert.isTrue(Either.isLeft(sameKeys(Fields, bad)))
    }
    // The interpreter applies the transformations one after the other on one object: the second
    // reads what the first wrote.
    for (const input of [{ a: 1, b: "x" }, { a: "x", b: 1 }, { a: 1, b: 1 }, { a: "x", b: "x" }]) {
      sameKeys(Swapped, input)
    }
  })

  it.prop(
    "agrees with the interpreter on generated and damaged values",
    [encoded(Fields).chain(damaged)],
    ([input]) => {
      sameKeys(Fields, input)
    },
    { fastCheck: { numRuns: 400 } }
  )

  it("plain structs: absent, undefined and inherited properties as the interpreter reads them", () => {
    const inherited = Object.assign(Object.create({ a: "from the prototype" }), { c: "x", d: 1 })
    for (
      const input of [
        { c: "x", d: 1 },
        { a: undefined, b: 2, c: "x", d: undefined },
        { a: "a", c: "x" },
        { b: undefined, c: "x", d: 1 },
        inherited,
        Object.assign(Object.create(null), { a: "a", c: "x", d: 1 })
      ]
    ) sameKeys(Plain, input)
  })

  it.prop(
    "plain structs agree with the interpreter on generated and damaged values",
    [encoded(Plain).chain(damaged)],
    ([input]) => {
      sameKeys(Plain, input)
    },
    { fastCheck: { numRuns: 400 } }
  )
})

describe("Decoder: fast paths", () => {
  const decimalText = fc.oneof(
    fc.stringMatching(/^-?\d{1,20}(\.\d{0,8})?$/),
    fc.constantFrom(
      "",
      "-",
      "-0",
      "00.5",
      ".5",
      "1.",
      "+1",
      "1e2",
      " 1",
      "1 ",
      "0x10",
      "１",
      "1..2",
      "--1",
      "9007199254740993.5"
    ),
    fc.string({ maxLength: 6 }),
    fc.anything()
  )

  it.prop("the fixed-point schemas' fast paths agree with their definitions", [decimalText], ([input]) => {
    for (
      const schema of [
        FixedPoint.FixedPointDollars,
        FixedPoint.FixedPointDollarsOrEmpty,
        FixedPoint.FixedPointCount,
        FixedPoint.FixedPointCountOrEmpty
      ] as const
    ) {
      agree(schema as Schema.Schema<unknown, string>)(input)
    }
  }, { fastCheck: { numRuns: 2000 } })

  const Leg = Schema.Struct({
    side: Schema.optionalWith(Schema.String, { nullable: true, exact: true }).annotations({
      [Decoder.PropertyFormId]: "nullIsAbsent"
    }),
    price: decimalField.annotations({ [Decoder.PropertyFormId]: "nullOrNoneIsAbsent" })
  })
  const Annotated = Schema.Struct({
    ticker: Schema.String,
    legs: Schema.optionalWith(Schema.Array(Leg), { nullable: true, default: () => [] }).annotations({
      [Decoder.PropertyFormId]: "nullishIsEmptyArray"
    }),
    best: Schema.optionalWith(Leg, { nullable: true, exact: true }).annotations({
      [Decoder.PropertyFormId]: "nullIsAbsent"
    }),
    volume: Schema.optionalWith(FixedPoint.FixedPointCountOrEmpty, { nullable: true, exact: true }).annotations({
      [Decoder.PropertyFormId]: "nullIsAbsent"
    }),
    bounded: Schema.optionalWith(Schema.Number.pipe(Schema.between(0, 10)), { nullable: true, exact: true })
      .annotations({
        [Decoder.PropertyFormId]: "nullIsAbsent"
      })
  })
  const AnnotatedPage = Schema.Struct({ items: Schema.Array(Annotated) })

  it("applies annotated property forms as their transformations do", () => {
    const leg = { side: "yes", price: "0.5600" }
    for (
      const input of [
        { ticker: "A", legs: [leg, { side: null, price: "" }, { price: null }, {}], best: leg, volume: "", bounded: 3 },
        { ticker: "A", legs: null, best: null, volume: null, bounded: null },
        { ticker: "A", legs: undefined },
        { ticker: "A" }
      ]
    ) {
      assert.isTrue(Either.isRight(agree(AnnotatedPage)({ items: [input] })), JSON.stringify(input))
    }
    for (
      const bad of [
        { ticker: "A", legs: [{ side: 1 }] },
        { ticker: "A", legs: [{ price: "0.5.6" }] },
        { ticker: "A", best: { price: 1 } },
        { ticker: "A", bounded: 11 },
        { ticker: "A", legs: {} }
      ]
    ) {
      assert.isTrue(Either.isLeft(agree(AnnotatedPage)({ items: [bad] })), JSON.stringify(bad))
    }
  })

  it.prop("agrees with the interpreter on generated and damaged values of annotated structs", [
    encoded(AnnotatedPage).chain(damaged)
  ], ([input]) => {
    agree(AnnotatedPage)(input)
  }, { fastCheck: { numRuns: 400 } })
})

describe("Decoder: where code cannot be generated", () => {
  it("decodes structs with closures in a process that refuses code generation", () => {
    const decoderPath = fileURLToPath(new URL("../src/Decoder.ts", import.meta.url))
    const script = `
      import * as Decoder from ${JSON.stringify(decoderPath)}
      import * as Schema from "effect/Schema"
      let refused = false
      try { new Function("return 1") } catch { refused = true }
      const S = Schema.Struct({ a: Schema.optionalWith(Schema.String, { nullable: true, exact: true }), b: Schema.Number })
      const fast = Decoder.makeFastPath(S)
      console.log(JSON.stringify({ refused, values: [fast({ a: null, b: 1 }), fast({ a: "x", b: 2 })], invalid: fast({ b: "2" }) === Decoder.invalid }))
    `
    const output = execFileSync(
      process.execPath,
      ["--disallow-code-generation-from-strings", "--import", "tsx", "--input-type=module", "-e", script],
      { cwd: fileURLToPath(new URL("..", import.meta.url)), encoding: "utf8" }
    )
    assert.deepStrictEqual(JSON.parse(output), { refused: true, values: [{ b: 1 }, { a: "x", b: 2 }], invalid: true })
  })
})

describe("Decoder: the README's example", () => {
  it("decodes as the README says", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8")
    const lines = [
      "const decode = Decoder.make(Schema.Struct({ ticker: Schema.String, volume: Schema.Number }))",
      "decode({ ticker: \"KX-1\", volume: 10 }) // Either.right({ ticker: \"KX-1\", volume: 10 })",
      "decode({ ticker: \"KX-1\" }) // Either.left(ParseError: volume is missing)"
    ]
    for (const line of lines) assert.include(readme, line)
    const decode = Decoder.make(Schema.Struct({ ticker: Schema.String, volume: Schema.Number }))
    assert.deepStrictEqual(decode({ ticker: "KX-1", volume: 10 }), Either.right({ ticker: "KX-1", volume: 10 }))
    const missing = decode({ ticker: "KX-1" })
    assert.isTrue(
      Either.isLeft(missing) && message(missing.left).includes("is missing") && message(missing.left).includes("volume")
    )
  })
})
