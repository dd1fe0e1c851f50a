import { assert, describe, it } from "@effect/vitest"
import * as Decoder from "@kalshi-effect/core/Decoder"
import { BigDecimal, Either, FastCheck as fc, Option, ParseResult, Schema } from "effect"
import * as Messages from "../src/Messages.js"
import * as Spec from "./utils/spec.js"

/**
 * Data messages are decoded by core's compiled `Decoder`; these tests check that it agrees exactly
 * with the Schema interpreter on every example of the spec and on damaged variants of them.
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

const examples = Spec.dataChannels().flatMap((channel) =>
  channel.messages.flatMap((m) =>
    m.examples.map((e) => ({ type: m.name as Messages.DataMessageType, payload: e.payload }))
  )
)

const decoders = new Map<string, ReadonlyArray<(u: unknown) => Either.Either<unknown, ParseResult.ParseError>>>()
const fastPaths = new Map<string, ReadonlyArray<(u: unknown) => unknown>>()
const agree = (type: Messages.DataMessageType, input: unknown) => {
  const schema = Messages.dataMessageSchemas[type] as Schema.Schema<unknown, unknown>
  let decoder = decoders.get(type)
  if (decoder === undefined) {
    // Generated code, and closures only.
    decoder = [Decoder.make(schema), Decoder.make(schema, { jit: false })]
    decoders.set(type, decoder)
    fastPaths.set(type, [Decoder.makeFastPath(schema), Decoder.makeFastPath(schema, { jit: false })])
  }
  const slow = Schema.decodeUnknownEither(schema)(input)
  // A valid input is decoded by the compiled parts themselves, not handed back to the interpreter.
  if (Either.isRight(slow)) {
    for (const fast of fastPaths.get(type)!) assert.notStrictEqual(fast(input), Decoder.invalid)
  }
  const [fast, closures] = decoder.map((d) => d(input)) as [
    Either.Either<unknown, ParseResult.ParseError>,
    Either.Either<unknown, ParseResult.ParseError>
  ]
  assert.strictEqual(closures._tag, slow._tag)
  if (Either.isRight(closures) && Either.isRight(slow)) {
    assert.deepStrictEqual(canonical(closures.right), canonical(slow.right))
  }
  assert.strictEqual(fast._tag, slow._tag, JSON.stringify(input))
  if (Either.isRight(fast) && Either.isRight(slow)) assert.deepStrictEqual(canonical(fast.right), canonical(slow.right))
  if (Either.isLeft(fast) && Either.isLeft(slow)) {
    assert.strictEqual(
      ParseResult.TreeFormatter.formatErrorSync(fast.left),
      ParseResult.TreeFormatter.formatErrorSync(slow.left)
    )
  }
  return fast
}

const damaged = (value: unknown): fc.Arbitrary<unknown> => {
  const odd = fc.constantFrom<unknown>(null, "", "x", "0.5", "1.", 1.5, -1, true, [], {}, ["0.1", "1"])
  const walk = (u: unknown): fc.Arbitrary<unknown> => {
    if (Array.isArray(u)) return fc.tuple(...u.slice(0, 3).map(walk)).map((a) => a as unknown)
    if (typeof u === "object" && u !== null) {
      return fc.tuple(
        ...Object.entries(u).map(([k, v]) =>
          fc.oneof(
            { weight: 12, arbitrary: walk(v).map((x) => [k, x] as const) },
            { weight: 1, arbitrary: fc.constant([k, undefined] as const) },
            { weight: 2, arbitrary: odd.map((x) => [k, x] as const) }
          )
        )
      ).map((kvs) => Object.fromEntries(kvs.filter(([, x]) => x !== undefined)))
    }
    return fc.constant(u)
  }
  return walk(value)
}

describe("compiled message decoders", () => {
  it("agree with the interpreter on every example of the spec", () => {
    assert.isAbove(examples.length, 23)
    for (const e of examples) assert.isTrue(Either.isRight(agree(e.type, e.payload)), e.type)
  })

  it.prop(
    "agree with the interpreter on damaged examples",
    [fc.constantFrom(...examples).chain((e) => damaged(e.payload).map((payload) => ({ type: e.type, payload })))],
    ([{ payload, type }]) => {
      agree(type, payload)
    },
    { fastCheck: { numRuns: 1000 } }
  )
})
