import { assert, describe, it } from "@effect/vitest"
import {
  centiCentsToDollars,
  centsToDollars,
  DollarsFromCentiCents,
  DollarsFromCents,
  DollarsFromWholeDollars,
  dollarsToCentiCents,
  dollarsToCents,
  FixedPointCount,
  FixedPointCountOrEmpty,
  FixedPointDollars,
  FixedPointDollarsOrEmpty,
  formatCount,
  formatDollars,
  isRequestCount,
  isRequestDollars,
  parseCount,
  parseDollars,
  readCount,
  readDollars,
  unsafeCount,
  unsafeDollars
} from "@kalshi-effect/core/FixedPoint"
import { BigDecimal, Effect, Either, FastCheck as fc, Option, ParseResult, Schema } from "effect"

const bd = BigDecimal.make
const dec = BigDecimal.unsafeFromString

const assertDecimal = (actual: BigDecimal.BigDecimal, expected: BigDecimal.BigDecimal) =>
  assert.isTrue(
    BigDecimal.equals(actual, expected),
    `expected ${BigDecimal.format(expected)}, got ${BigDecimal.format(actual)}`
  )

/** Writes `value / 10^scale` with exactly `scale` decimals, independently of the module under test. */
const wire = (value: bigint, scale: number): string => {
  const negative = value < 0n
  const digits = (negative ? -value : value).toString()
  if (scale === 0) return (negative ? "-" : "") + digits
  const padded = digits.padStart(scale + 1, "0")
  return `${negative ? "-" : ""}${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`
}

const decodeFailureMessage = <A, I>(schema: Schema.Schema<A, I>, input: unknown): string => {
  const result = Schema.decodeUnknownEither(schema)(input)
  assert.isTrue(Either.isLeft(result), `expected ${JSON.stringify(input)} to be rejected`)
  return Either.isLeft(result) ? ParseResult.TreeFormatter.formatErrorSync(result.left) : ""
}

const encodeFailureMessage = <A, I>(schema: Schema.Schema<A, I>, value: A): string => {
  const result = Schema.encodeEither(schema)(value)
  assert.isTrue(Either.isLeft(result), `expected ${String(value)} to fail encoding`)
  return Either.isLeft(result) ? ParseResult.TreeFormatter.formatErrorSync(result.left) : ""
}

describe("FixedPointDollars", () => {
  const decode = Schema.decodeUnknownEither(FixedPointDollars)
  const encode = Schema.encodeEither(FixedPointDollars)

  it("decodes response strings exactly, keeping their scale", () => {
    const cases: ReadonlyArray<readonly [string, bigint, number]> = [
      ["0.5600", 5600n, 4],
      ["0.56", 56n, 2],
      ["0.017500", 17500n, 6],
      ["0.000000", 0n, 6],
      ["0.000001", 1n, 6],
      ["-1.25", -125n, 2],
      ["-0.5", -5n, 1],
      ["1000.000000", 1000000000n, 6],
      ["1", 1n, 0],
      ["0", 0n, 0],
      ["-7", -7n, 0],
      ["00.5", 5n, 1],
      ["123456789012345678901234567890.123456", 123456789012345678901234567890123456n, 6]
    ]
    for (const [input, value, scale] of cases) {
      const result = decode(input)
      assert.isTrue(Either.isRight(result), `expected ${input} to decode`)
      if (Either.isRight(result)) {
        assert.strictEqual(result.right.value, value, input)
        assert.strictEqual(result.right.scale, scale, input)
        assertDecimal(result.right, dec(input))
      }
    }
  })

  it("rejects everything that is not a plain decimal with at most 6 decimals", () => {
    const rejected = [
      "",
      " ",
      "abc",
      "1e2",
      "1E2",
      "1.5e-2",
      " 1",
      "1 ",
      "0. 5",
      "+1",
      "+0.5",
      "1.",
      ".5",
      "-.5",
      "-",
      "--1",
      "0.1234567",
      "1.0000000",
      "1,5",
      "1.2.3",
      "1_000",
      "0x10",
      "Infinity",
      "NaN",
      "\u0661",
      "0.5\n"
    ]
    for (const input of rejected) {
      assert.isTrue(Either.isLeft(decode(input)), `expected ${JSON.stringify(input)} to be rejected`)
    }
  })

  it("rejects non-strings", () => {
    for (const input of [0.56, 1, null, undefined, 56n, {}]) {
      assert.isTrue(Either.isLeft(decode(input)), `expected ${String(input)} to be rejected`)
    }
  })

  it("says what it got and why", () => {
    const message = decodeFailureMessage(FixedPointDollars, "0.1234567")
    assert.include(message, "\"0.1234567\"")
    assert.include(message, "at most 6 decimals")
    assert.include(decodeFailureMessage(FixedPointDollars, ""), "FixedPointDollarsOrEmpty")
  })

  it("encodes with 2 to 4 decimals, normalizing first", () => {
    const cases: ReadonlyArray<readonly [BigDecimal.BigDecimal, string]> = [
      [dec("0.5"), "0.50"],
      [dec("0.565"), "0.565"],
      [dec("0.5600"), "0.56"],
      [bd(5600n, 4), "0.56"],
      [dec("0.017500"), "0.0175"],
      [dec("0.0001"), "0.0001"],
      [dec("-0.0001"), "-0.0001"],
      [dec("-1.25"), "-1.25"],
      [dec("1"), "1.00"],
      [dec("1000.000000"), "1000.00"],
      [bd(1n, -3), "1000.00"],
      [bd(0n, 0), "0.00"],
      [bd(0n, 6), "0.00"],
      [bd(0n, -4), "0.00"],
      [dec("123456789012345678901234567890.1234"), "123456789012345678901234567890.1234"]
    ]
    for (const [value, expected] of cases) {
      assert.deepStrictEqual(encode(value), Either.right(expected), BigDecimal.format(value))
    }
  })

  it("refuses to encode what a request cannot carry", () => {
    for (const value of [dec("0.12345"), dec("0.000001"), dec("-0.00005"), bd(1n, 20)]) {
      assert.isTrue(Either.isLeft(encode(value)), `expected ${BigDecimal.format(value)} to fail encoding`)
    }
    const message = encodeFailureMessage(FixedPointDollars, dec("0.12345"))
    assert.include(message, "0.12345")
    assert.include(message, "at most 4 decimals")
  })

  it.effect("round-trips a request price through Effect", () =>
    Effect.gen(function*() {
      const price = yield* Schema.decode(FixedPointDollars)("0.5600")
      assertDecimal(price, dec("0.56"))
      assert.strictEqual(yield* Schema.encode(FixedPointDollars)(price), "0.56")
      const error = yield* Effect.flip(Schema.encode(FixedPointDollars)(dec("0.017501")))
      assert.strictEqual(error._tag, "ParseError")
    }))

  it.prop(
    "decodes any wire string with 0 to 6 decimals exactly",
    [fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 6 })],
    ([value, scale]) => {
      const input = wire(value, scale)
      const result = decode(input)
      assert.isTrue(Either.isRight(result), input)
      if (Either.isRight(result)) {
        assert.strictEqual(result.right.value, value)
        assert.strictEqual(result.right.scale, scale)
        assertDecimal(result.right, bd(value, scale))
      }
    }
  )

  it.prop(
    "encode then decode is the identity for values with at most 4 decimals",
    [fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -3, max: 4 })],
    ([value, scale]) => {
      const original = bd(value, scale)
      const encoded = encode(original)
      assert.isTrue(Either.isRight(encoded), BigDecimal.format(original))
      if (Either.isRight(encoded)) {
        assert.match(encoded.right, /^-?\d+\.\d{2,4}$/)
        const decoded = decode(encoded.right)
        assert.isTrue(Either.isRight(decoded) && BigDecimal.equals(decoded.right, original), encoded.right)
      }
    }
  )

  it.prop(
    "encoding succeeds exactly when the value has at most 4 significant decimals",
    [fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 9 })],
    ([value, scale]) => {
      const original = bd(value, scale)
      assert.strictEqual(Either.isRight(encode(original)), BigDecimal.normalize(original).scale <= 4)
      assert.strictEqual(isRequestDollars(original), BigDecimal.normalize(original).scale <= 4)
    }
  )

  it.prop("the schema's arbitrary values round-trip", [FixedPointDollars], ([value]) => {
    const decoded = Schema.decodeSync(FixedPointDollars)(Schema.encodeSync(FixedPointDollars)(value))
    assertDecimal(decoded, value)
  })
})

describe("FixedPointDollarsOrEmpty", () => {
  const decode = Schema.decodeUnknownEither(FixedPointDollarsOrEmpty)
  const encode = Schema.encodeEither(FixedPointDollarsOrEmpty)

  it("decodes \"\" to none and a valid string to some", () => {
    assert.deepStrictEqual(decode(""), Either.right(Option.none()))
    const some = decode("0.017500")
    assert.isTrue(Either.isRight(some) && Option.isSome(some.right))
    if (Either.isRight(some) && Option.isSome(some.right)) {
      assertDecimal(some.right.value, dec("0.0175"))
    }
    const negative = decode("-1.25")
    assert.isTrue(Either.isRight(negative) && Option.isSome(negative.right))
    if (Either.isRight(negative) && Option.isSome(negative.right)) {
      assertDecimal(negative.right.value, dec("-1.25"))
    }
  })

  it("rejects malformed strings and non-strings", () => {
    for (const input of [" ", "abc", "1.", ".5", "+1", "1e2", "0.1234567", null, undefined, 0.5]) {
      assert.isTrue(Either.isLeft(decode(input)), `expected ${String(input)} to be rejected`)
    }
  })

  it("encodes none to \"\" and some like FixedPointDollars", () => {
    assert.deepStrictEqual(encode(Option.none()), Either.right(""))
    assert.deepStrictEqual(encode(Option.some(dec("0.5"))), Either.right("0.50"))
    assert.deepStrictEqual(encode(Option.some(dec("0.5650"))), Either.right("0.565"))
    assert.include(encodeFailureMessage(FixedPointDollarsOrEmpty, Option.some(dec("0.12345"))), "at most 4 decimals")
  })

  it.effect("round-trips through Effect", () =>
    Effect.gen(function*() {
      const empty = yield* Schema.decode(FixedPointDollarsOrEmpty)("")
      assert.isTrue(Option.isNone(empty))
      assert.strictEqual(yield* Schema.encode(FixedPointDollarsOrEmpty)(empty), "")
      const value = yield* Schema.decode(FixedPointDollarsOrEmpty)("0.9900")
      assert.strictEqual(yield* Schema.encode(FixedPointDollarsOrEmpty)(value), "0.99")
    }))

  it.prop("the schema's arbitrary values round-trip", [FixedPointDollarsOrEmpty], ([value]) => {
    const decoded = Schema.decodeSync(FixedPointDollarsOrEmpty)(Schema.encodeSync(FixedPointDollarsOrEmpty)(value))
    assert.strictEqual(Option.isSome(decoded), Option.isSome(value))
    if (Option.isSome(decoded) && Option.isSome(value)) {
      assertDecimal(decoded.value, value.value)
    }
  })
})

describe("FixedPointCount", () => {
  const decode = Schema.decodeUnknownEither(FixedPointCount)
  const encode = Schema.encodeEither(FixedPointCount)

  it("decodes 0 to 2 decimals, negative included", () => {
    const cases: ReadonlyArray<readonly [string, bigint, number]> = [
      ["10.00", 1000n, 2],
      ["10", 10n, 0],
      ["10.5", 105n, 1],
      ["0.01", 1n, 2],
      ["-3.00", -300n, 2],
      ["-0.25", -25n, 2],
      ["0.00", 0n, 2]
    ]
    for (const [input, value, scale] of cases) {
      const result = decode(input)
      assert.isTrue(Either.isRight(result), input)
      if (Either.isRight(result)) {
        assert.strictEqual(result.right.value, value, input)
        assert.strictEqual(result.right.scale, scale, input)
      }
    }
  })

  it("rejects more than 2 decimals and malformed strings", () => {
    for (
      const input of ["10.001", "0.005", "10.000", "1.000000", "", " ", "1.", ".5", "+1", "1e1", "ten", "1 0", 10, null]
    ) {
      assert.isTrue(Either.isLeft(decode(input)), `expected ${String(input)} to be rejected`)
    }
    assert.include(decodeFailureMessage(FixedPointCount, "10.001"), "at most 2 decimals")
    assert.include(decodeFailureMessage(FixedPointCount, ""), "FixedPointCountOrEmpty")
  })

  it("encodes exactly 2 decimals", () => {
    const cases: ReadonlyArray<readonly [BigDecimal.BigDecimal, string]> = [
      [dec("10"), "10.00"],
      [dec("2.5"), "2.50"],
      [dec("0.01"), "0.01"],
      [dec("-3"), "-3.00"],
      [bd(1000n, 2), "10.00"],
      [bd(10000n, 4), "1.00"],
      [bd(1n, -2), "100.00"],
      [bd(0n, 5), "0.00"]
    ]
    for (const [value, expected] of cases) {
      assert.deepStrictEqual(encode(value), Either.right(expected), BigDecimal.format(value))
    }
  })

  it("refuses to encode a fraction of 0.01 contract", () => {
    for (const value of [dec("0.001"), dec("0.015"), dec("-2.505")]) {
      assert.isTrue(Either.isLeft(encode(value)), BigDecimal.format(value))
    }
    assert.include(encodeFailureMessage(FixedPointCount, dec("0.015")), "at most 2 decimals")
  })

  it.prop(
    "encode then decode is the identity for multiples of 0.01",
    [fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -2, max: 2 })],
    ([value, scale]) => {
      const original = bd(value, scale)
      const encoded = encode(original)
      assert.isTrue(Either.isRight(encoded))
      if (Either.isRight(encoded)) {
        assert.match(encoded.right, /^-?\d+\.\d{2}$/)
        const decoded = decode(encoded.right)
        assert.isTrue(Either.isRight(decoded) && BigDecimal.equals(decoded.right, original), encoded.right)
      }
    }
  )

  it.prop(
    "decodes any wire string with 0 to 2 decimals exactly and rejects 3 to 6",
    [fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 })],
    ([value, scale]) => {
      const result = decode(wire(value, scale))
      if (scale <= 2) {
        assert.isTrue(Either.isRight(result) && BigDecimal.equals(result.right, bd(value, scale)))
      } else {
        assert.isTrue(Either.isLeft(result))
      }
    }
  )
})

describe("FixedPointCountOrEmpty", () => {
  const decode = Schema.decodeUnknownEither(FixedPointCountOrEmpty)
  const encode = Schema.encodeEither(FixedPointCountOrEmpty)

  it("handles \"\" both ways", () => {
    assert.deepStrictEqual(decode(""), Either.right(Option.none()))
    assert.deepStrictEqual(encode(Option.none()), Either.right(""))
  })

  it("decodes and encodes values like FixedPointCount", () => {
    const decoded = decode("-2.50")
    assert.isTrue(Either.isRight(decoded) && Option.isSome(decoded.right))
    if (Either.isRight(decoded) && Option.isSome(decoded.right)) {
      assertDecimal(decoded.right.value, dec("-2.5"))
    }
    assert.deepStrictEqual(encode(Option.some(dec("7"))), Either.right("7.00"))
    assert.isTrue(Either.isLeft(encode(Option.some(dec("0.001")))))
    for (const input of ["0.001", " ", "x", "1.", null]) {
      assert.isTrue(Either.isLeft(decode(input)), `expected ${String(input)} to be rejected`)
    }
  })
})

describe("integer fields", () => {
  it("DollarsFromCents decodes integer cents and encodes back", () => {
    const decode = Schema.decodeUnknownEither(DollarsFromCents)
    const encode = Schema.encodeEither(DollarsFromCents)
    for (const [cents, dollars] of [[1234, "12.34"], [-5, "-0.05"], [0, "0"], [100, "1"]] as const) {
      const result = decode(cents)
      assert.isTrue(Either.isRight(result) && BigDecimal.equals(result.right, dec(dollars)), String(cents))
    }
    assert.deepStrictEqual(encode(dec("12.34")), Either.right(1234))
    assert.deepStrictEqual(encode(dec("-0.05")), Either.right(-5))
    assert.deepStrictEqual(encode(bd(1n, -3)), Either.right(100000))
    assert.deepStrictEqual(encode(dec("12.3400")), Either.right(1234))
  })

  it("DollarsFromCents rejects non-integers and fractions of a cent", () => {
    const decode = Schema.decodeUnknownEither(DollarsFromCents)
    for (
      const input of [
        12.5,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        2 ** 53,
        "1234",
        1234n,
        null
      ]
    ) {
      assert.isTrue(Either.isLeft(decode(input)), `expected ${String(input)} to be rejected`)
    }
    assert.include(decodeFailureMessage(DollarsFromCents, 12.5), "whole number of cents")
    assert.include(encodeFailureMessage(DollarsFromCents, dec("12.345")), "whole number of cents")
    assert.include(encodeFailureMessage(DollarsFromCents, dec("100000000000000")), "safe integer")
    assert.include(encodeFailureMessage(DollarsFromCents, dec("-100000000000000")), "safe integer")
    assert.deepStrictEqual(
      Schema.encodeEither(DollarsFromCents)(dec("-90071992547409.91")),
      Either.right(-9007199254740991)
    )
  })

  it("DollarsFromCentiCents uses 1/10000 dollar", () => {
    const decode = Schema.decodeUnknownEither(DollarsFromCentiCents)
    const encode = Schema.encodeEither(DollarsFromCentiCents)
    const result = decode(1234)
    assert.isTrue(Either.isRight(result) && BigDecimal.equals(result.right, dec("0.1234")))
    assert.deepStrictEqual(encode(dec("0.1234")), Either.right(1234))
    assert.deepStrictEqual(encode(dec("25")), Either.right(250000))
    assert.isTrue(Either.isLeft(encode(dec("0.00001"))))
    assert.isTrue(Either.isLeft(decode(0.5)))
    assert.isTrue(Either.isLeft(decode(Number.NaN)))
  })

  it("DollarsFromWholeDollars keeps whole, signed dollars", () => {
    const decode = Schema.decodeUnknownEither(DollarsFromWholeDollars)
    const encode = Schema.encodeEither(DollarsFromWholeDollars)
    const result = decode(-250)
    assert.isTrue(Either.isRight(result) && BigDecimal.equals(result.right, dec("-250")))
    assert.deepStrictEqual(encode(dec("12")), Either.right(12))
    assert.deepStrictEqual(encode(dec("12.000")), Either.right(12))
    assert.isTrue(Either.isLeft(encode(dec("12.5"))))
    assert.isTrue(Either.isLeft(decode(1.5)))
    assert.isTrue(Either.isLeft(decode(Number.POSITIVE_INFINITY)))
  })

  it.effect("DollarsFromCents round-trips through Effect", () =>
    Effect.gen(function*() {
      const balance = yield* Schema.decode(DollarsFromCents)(1_000_001)
      assertDecimal(balance, dec("10000.01"))
      assert.strictEqual(yield* Schema.encode(DollarsFromCents)(balance), 1_000_001)
    }))

  it.prop(
    "cents and centi-cents round-trip through the schemas",
    [fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })],
    ([n]) => {
      const cents = Schema.decodeSync(DollarsFromCents)(n)
      assert.strictEqual(Schema.encodeSync(DollarsFromCents)(cents), n)
      const centiCents = Schema.decodeSync(DollarsFromCentiCents)(n)
      assert.strictEqual(Schema.encodeSync(DollarsFromCentiCents)(centiCents), n)
      assertDecimal(centiCents, bd(BigInt(n), 4))
    }
  )
})

describe("conversions", () => {
  it("centsToDollars accepts numbers and bigints", () => {
    assertDecimal(centsToDollars(1234), dec("12.34"))
    assertDecimal(centsToDollars(1234n), dec("12.34"))
    assertDecimal(centsToDollars(-1), dec("-0.01"))
    assertDecimal(centsToDollars(123456789012345678901234567890n), dec("1234567890123456789012345678.90"))
  })

  it("centsToDollars throws on a number that is not a safe integer", () => {
    assert.throws(() => centsToDollars(1.5), RangeError)
    assert.throws(() => centsToDollars(Number.NaN), RangeError)
    assert.throws(() => centsToDollars(2 ** 60), RangeError)
  })

  it("dollarsToCents is none for fractions of a cent", () => {
    assert.deepStrictEqual(dollarsToCents(dec("12.34")), Option.some(1234n))
    assert.deepStrictEqual(dollarsToCents(dec("12.3400")), Option.some(1234n))
    assert.deepStrictEqual(dollarsToCents(dec("-0.5")), Option.some(-50n))
    assert.deepStrictEqual(dollarsToCents(bd(1n, -2)), Option.some(10000n))
    assert.deepStrictEqual(dollarsToCents(dec("0")), Option.some(0n))
    assert.deepStrictEqual(dollarsToCents(dec("0.125")), Option.none())
  })

  it("centi-cents convert both ways", () => {
    assertDecimal(centiCentsToDollars(1234), dec("0.1234"))
    assertDecimal(centiCentsToDollars(-1234n), dec("-0.1234"))
    assert.throws(() => centiCentsToDollars(0.5), RangeError)
    assert.deepStrictEqual(dollarsToCentiCents(dec("0.1234")), Option.some(1234n))
    assert.deepStrictEqual(dollarsToCentiCents(dec("1.5")), Option.some(15000n))
    assert.deepStrictEqual(dollarsToCentiCents(dec("0.00001")), Option.none())
  })

  it.prop(
    "cents -> dollars -> cents is the identity",
    [fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n })],
    ([cents]) => {
      assert.deepStrictEqual(dollarsToCents(centsToDollars(cents)), Option.some(cents))
      assert.deepStrictEqual(dollarsToCentiCents(centsToDollars(cents)), Option.some(cents * 100n))
      assert.deepStrictEqual(dollarsToCentiCents(centiCentsToDollars(cents)), Option.some(cents))
    }
  )
})

describe("constructors", () => {
  it("parseDollars / unsafeDollars", () => {
    const parsed = parseDollars("0.56")
    assert.isTrue(Option.isSome(parsed) && BigDecimal.equals(parsed.value, dec("0.56")))
    assert.isTrue(Option.isSome(parseDollars("-0.017500")))
    for (const input of ["", "1e2", "1.", ".5", "+1", "0.1234567"]) {
      assert.isTrue(Option.isNone(parseDollars(input)), input)
      assert.throws(() => unsafeDollars(input))
    }
    assertDecimal(unsafeDollars("1000.000000"), dec("1000"))
  })

  it("parseCount / unsafeCount", () => {
    const parsed = parseCount("10.5")
    assert.isTrue(Option.isSome(parsed) && BigDecimal.equals(parsed.value, dec("10.5")))
    assert.isTrue(Option.isSome(parseCount("-3")))
    for (const input of ["", "0.001", "1.", ".5", "+1", "1e1"]) {
      assert.isTrue(Option.isNone(parseCount(input)), input)
      assert.throws(() => unsafeCount(input))
    }
    assertDecimal(unsafeCount("10.00"), dec("10"))
  })
})

describe("readers", () => {
  const decimalText = fc.oneof(
    fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 22n }), fc.integer({ min: 0, max: 8 })).map((
      [neg, v, scale]
    ) => (neg ? "-" : "") + BigDecimal.format(BigDecimal.make(v, scale))),
    fc.stringMatching(/^-?[0-9]{0,4}(\.[0-9]{0,8})?$/),
    fc.constantFrom("-0", "00.5", "9007199254740993.25", "-", "１", "1..2"),
    fc.string({ maxLength: 8 })
  )
  const same = (a: BigDecimal.BigDecimal | undefined, b: Option.Option<BigDecimal.BigDecimal>, text: string) => {
    if (Option.isNone(b)) return assert.isUndefined(a, text)
    assert.isDefined(a, text)
    assert.strictEqual(a!.value, b.value.value, text)
    assert.strictEqual(a!.scale, b.value.scale, text)
  }

  it.prop("readDollars and readCount read exactly what parseDollars and parseCount read", [decimalText], ([text]) => {
    same(readDollars(text), parseDollars(text), text)
    same(readCount(text), parseCount(text), text)
  }, { fastCheck: { numRuns: 5000 } })
})

describe("formatting and checks", () => {
  it("formatDollars writes exact values with at least 2 decimals", () => {
    assert.strictEqual(formatDollars(dec("0.5")), "0.50")
    assert.strictEqual(formatDollars(dec("0.017500")), "0.0175")
    assert.strictEqual(formatDollars(dec("0.000001")), "0.000001")
    assert.strictEqual(formatDollars(dec("-1.25")), "-1.25")
    assert.strictEqual(formatDollars(bd(1n, -3)), "1000.00")
    assert.strictEqual(formatDollars(bd(1n, 20)), "0.00000000000000000001")
  })

  it("formatDollars with decimals pads or rounds", () => {
    assert.strictEqual(formatDollars(dec("0.5"), { decimals: 4 }), "0.5000")
    assert.strictEqual(formatDollars(dec("0.0175"), { decimals: 2 }), "0.02")
    assert.strictEqual(formatDollars(dec("0.0125"), { decimals: 2 }), "0.01")
    assert.strictEqual(formatDollars(dec("0.005"), { decimals: 2 }), "0.01")
    assert.strictEqual(formatDollars(dec("-0.005"), { decimals: 2 }), "-0.01")
    assert.strictEqual(formatDollars(dec("0.005"), { decimals: 2, mode: "half-even" }), "0.00")
    assert.strictEqual(formatDollars(dec("0.015"), { decimals: 2, mode: "half-even" }), "0.02")
    assert.strictEqual(formatDollars(dec("0.019"), { decimals: 2, mode: "floor" }), "0.01")
    assert.strictEqual(formatDollars(dec("12.5"), { decimals: 0 }), "13")
    assert.strictEqual(formatDollars(dec("12"), { decimals: 0 }), "12")
    assert.throws(() => formatDollars(dec("1"), { decimals: -1 }), RangeError)
    assert.throws(() => formatDollars(dec("1"), { decimals: 1.5 }), RangeError)
  })

  it("formatCount writes at least 2 decimals and never rounds", () => {
    assert.strictEqual(formatCount(dec("10")), "10.00")
    assert.strictEqual(formatCount(dec("2.5")), "2.50")
    assert.strictEqual(formatCount(dec("-3.00")), "-3.00")
    assert.strictEqual(formatCount(dec("1.005")), "1.005")
  })

  it("isRequestDollars and isRequestCount check the decimals a request accepts", () => {
    assert.isTrue(isRequestDollars(dec("0.5650")))
    assert.isTrue(isRequestDollars(dec("0.017500")))
    assert.isTrue(isRequestDollars(dec("1000")))
    assert.isTrue(isRequestDollars(dec("-0.0001")))
    assert.isFalse(isRequestDollars(dec("0.00005")))
    assert.isTrue(isRequestCount(dec("2.50")))
    assert.isTrue(isRequestCount(dec("2.5000")))
    assert.isTrue(isRequestCount(dec("-2.55")))
    assert.isFalse(isRequestCount(dec("2.505")))
  })

  it.prop(
    "formatDollars agrees with the wire format",
    [fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 })],
    ([value, scale]) => {
      const original = bd(value, scale)
      const formatted = formatDollars(original, { decimals: 6 })
      assert.strictEqual(formatted, wire(value * 10n ** BigInt(6 - scale), 6))
      assert.isTrue(BigDecimal.equals(unsafeDollars(formatted), original))
    }
  )
})
