import { assert, describe, it } from "@effect/vitest"
import * as Decoder from "@kalshi-effect/core/Decoder"
import { Arbitrary, BigDecimal, Either, FastCheck as fc, Option, ParseResult, Schema } from "effect"
import * as Operations from "../src/generated/Operations.js"
import * as Schemas from "../src/generated/Schemas.js"
import { captureOperations, captures } from "./utils/captures.js"

/**
 * Responses are decoded by core's compiled `Decoder`; these tests check that it agrees exactly with
 * the Schema interpreter on every recording, on every component schema's generated values, and on
 * damaged variants of the recordings.
 */

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

const decoders = new Map<
  Schema.Schema.AnyNoContext,
  ReadonlyArray<(u: unknown) => Either.Either<unknown, ParseResult.ParseError>>
>()
const fastPaths = new Map<Schema.Schema.AnyNoContext, ReadonlyArray<(u: unknown) => unknown>>()
const agree = (schema: Schema.Schema.AnyNoContext, input: unknown) => {
  let decoder = decoders.get(schema)
  if (decoder === undefined) {
    // Generated code, and closures only.
    decoder = [Decoder.make(schema), Decoder.make(schema, { jit: false })]
    decoders.set(schema, decoder)
    fastPaths.set(schema, [Decoder.makeFastPath(schema), Decoder.makeFastPath(schema, { jit: false })])
  }
  const slow = Schema.decodeUnknownEither(schema)(input)
  // A valid input is decoded by the compiled parts themselves, not handed back to the interpreter.
  if (Either.isRight(slow)) {
    for (const fast of fastPaths.get(schema)!) assert.notStrictEqual(fast(input), Decoder.invalid)
  }
  const [fast, closures] = decoder.map((d) => d(input)) as [
    Either.Either<unknown, ParseResult.ParseError>,
    Either.Either<unknown, ParseResult.ParseError>
  ]
  assert.strictEqual(closures._tag, slow._tag)
  if (Either.isRight(closures) && Either.isRight(slow)) {
    assert.deepStrictEqual(canonical(closures.right), canonical(slow.right))
  }
  assert.strictEqual(fast._tag, slow._tag)
  if (Either.isRight(fast) && Either.isRight(slow)) assert.deepStrictEqual(canonical(fast.right), canonical(slow.right))
  if (Either.isLeft(fast) && Either.isLeft(slow)) {
    assert.strictEqual(
      ParseResult.TreeFormatter.formatErrorSync(fast.left),
      ParseResult.TreeFormatter.formatErrorSync(slow.left)
    )
  }
  return fast
}

const descriptors: Record<
  string,
  { readonly response: Schema.Schema.AnyNoContext; readonly payload: ReadonlyArray<string> }
> = Operations.all
const recorded = captures.flatMap((c) => {
  const op = captureOperations[c.endpoint]
  return typeof op === "string" && descriptors[op] !== undefined
    ? [{
      name: c.file,
      schema: descriptors[op]!.response,
      value: c.response,
      // a recording without what its operation exists to return is refused (see decoding.test.ts)
      lacksPayload: descriptors[op]!.payload.some((field) => !(field in c.response))
    }]
    : []
})

/** Replaces, removes or keeps each field and element of a JSON value. */
const damaged = (value: unknown): fc.Arbitrary<unknown> => {
  const odd = fc.constantFrom<unknown>(null, "", "x", "0.5", "1.", 1.5, -1, true, [], {})
  const walk = (u: unknown, depth: number): fc.Arbitrary<unknown> => {
    if (depth > 6) return fc.constant(u)
    if (Array.isArray(u)) return fc.tuple(...u.slice(0, 3).map((x) => walk(x, depth + 1))).map((a) => a as unknown)
    if (typeof u === "object" && u !== null) {
      const entries = Object.entries(u)
      return fc.tuple(...entries.map(([k, v]) =>
        fc.oneof(
          { weight: 30, arbitrary: walk(v, depth + 1).map((x) => [k, x] as const) },
          { weight: 1, arbitrary: fc.constant([k, undefined] as const) },
          { weight: 1, arbitrary: odd.map((x) => [k, x] as const) }
        )
      )).map((kvs) => Object.fromEntries(kvs.filter(([, x]) => x !== undefined)))
    }
    return fc.constant(u)
  }
  return walk(value, 0)
}

describe("compiled response decoders", () => {
  it("agree with the interpreter on every recording", () => {
    assert.isAbove(recorded.length, 30)
    for (const r of recorded) assert.strictEqual(Either.isRight(agree(r.schema, r.value)), !r.lacksPayload, r.name)
  })

  it.prop(
    "agree with the interpreter on damaged recordings",
    [fc.constantFrom(...recorded).chain((r) => damaged(r.value).map((value) => ({ r, value })))],
    ([{ r, value }]) => {
      agree(r.schema, value)
    },
    { fastCheck: { numRuns: 300 } }
  )

  it("agree with the interpreter on every component's examples from its own arbitrary", () => {
    const schemas = Object.entries(Schemas as Record<string, unknown>).filter(
      (entry): entry is [string, Schema.Schema.AnyNoContext] => Schema.isSchema(entry[1])
    )
    assert.isAbove(schemas.length, 150)
    let checked = 0
    for (const [name, schema] of schemas) {
      let samples: ReadonlyArray<unknown>
      try {
        samples = fc.sample(Arbitrary.make(schema) as fc.Arbitrary<unknown>, { numRuns: 3, seed: 42 })
      } catch {
        continue
      }
      for (const sample of samples) {
        const encoded = Schema.encodeEither(schema)(sample)
        if (Either.isLeft(encoded)) continue
        const fast = agree(schema, JSON.parse(JSON.stringify(encoded.right)))
        assert.isTrue(Either.isRight(fast), name)
        checked++
      }
    }
    assert.isAbove(checked, 100)
  })
})
