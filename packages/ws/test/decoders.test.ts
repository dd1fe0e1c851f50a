import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, BigDecimal, Either, FastCheck as fc, Schema } from "effect"
import { readFileSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { constructorAddsNothing, generate } from "../scripts/decoders.js"
import { F } from "../src/internal/decodeRuntime.js"
import { decoders } from "../src/internal/generated/Decoders.js"
import * as Messages from "../src/Messages.js"
import { assertProperty, makeCheck, numRuns, type Outcome, seed, wireArbitrary } from "./utils/equivalence.js"
import * as Spec from "./utils/spec.js"

/**
 * The generated message decoders (`src/internal/generated/Decoders.ts`) against the schemas'
 * interpreter, on every example of the AsyncAPI document, on values of effect's `Arbitrary` and on
 * wire values drawn from each schema's AST. The rule: the fast path builds exactly the message the
 * interpreter builds (same class, same keys in the same order, same decimal digits and scale) or
 * hands the frame to the interpreter. `KALSHI_DECODER_SEED` replays a failure; `KALSHI_DECODER_RUNS`
 * sets the samples per property (default 200).
 */

const check = makeCheck(F)
fc.configureGlobal({ baseSize: "xsmall" })

type Type = Messages.DataMessageType
const types = Object.keys(Messages.dataMessageSchemas) as ReadonlyArray<Type>
const schemaOf = (type: Type) => Messages.dataMessageSchemas[type] as Schema.Schema.AnyNoContext

/** The fast path of a message type as `decodeDataMessage` takes it: the message, built on its class. */
const fastOf = (type: Type): ((frame: unknown) => unknown) | undefined => {
  const fast = decoders[type] as ((frame: unknown, Class: unknown) => unknown) | undefined
  if (fast === undefined) return undefined
  const Class = schemaOf(type)
  return (frame) => fast(frame, Class)
}

const examples = Spec.dataChannels().flatMap((channel) =>
  channel.messages.flatMap((m) => m.examples.map((e) => ({ type: m.name as Type, name: e.name, payload: e.payload })))
)

const committed = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/internal/generated/Decoders.ts")

describe("generated message decoders", () => {
  it("the committed decoders are what the schemas generate", () => {
    assert.isTrue(readFileSync(committed, "utf8") === generate(), "run npm run codegen")
  })

  it("build no message whose class's constructor adds properties (defaults, instance fields)", () => {
    class Plain extends Schema.Class<Plain>("Plain")({ a: Schema.String }) {}
    class Defaulted extends Schema.Class<Defaulted>("Defaulted")({
      a: Schema.String.pipe(Schema.propertySignature, Schema.withConstructorDefault(() => "x"))
    }) {}
    class WithField extends Schema.Class<WithField>("WithField")({ a: Schema.String }) {
      readonly b = 1
    }
    assert.doesNotThrow(() => constructorAddsNothing(Plain))
    assert.throws(() => constructorAddsNothing(Defaulted), /constructor adds properties/)
    assert.throws(() => constructorAddsNothing(WithField), /constructor adds properties/)
    for (const type of types) if (decoders[type] !== undefined) constructorAddsNothing(schemaOf(type))
  })

  it("cover every data message type; only the union of market_lifecycle_v2 is left to the interpreter", () => {
    assert.deepStrictEqual(Object.keys(decoders).sort(), [...types].sort())
    assert.deepStrictEqual(types.filter((t) => decoders[t] === undefined), ["market_lifecycle_v2"])
  })

  describe("on every example of the AsyncAPI document", () => {
    it("every data message type has examples", () => {
      assert.isAbove(examples.length, 23)
    })
    for (const type of types) {
      const fast = fastOf(type)
      if (fast === undefined) {
        it(`${type}: decoded by the interpreter (a union of message classes), as decodeDataMessage does`, () => {
          for (const e of examples.filter((x) => x.type === type)) {
            assert.deepStrictEqual(
              Messages.decodeDataMessage(type, e.payload),
              Schema.decodeUnknownEither(schemaOf(type))(e.payload)
            )
          }
        })
        continue
      }
      it(`${type}: decoded fast, to the interpreter's message`, () => {
        const own = examples.filter((x) => x.type === type)
        assert.isNotEmpty(own)
        for (const e of own) assert.strictEqual(check(schemaOf(type), fast, e.payload), "fast", e.name)
        // and decodeDataMessage takes that path
        const viaMessages = (u: unknown) => Either.getOrThrow(Messages.decodeDataMessage(type, u))
        for (const e of own) assert.strictEqual(check(schemaOf(type), viaMessages, e.payload), "fast", e.name)
      })
    }
  })

  describe("on wire values drawn from each schema's AST (valid, odd and damaged)", () => {
    for (const type of types) {
      const fast = fastOf(type)
      if (fast === undefined) continue
      it(type, () => {
        const outcomes: Record<Outcome, number> = { fast: 0, interpreter: 0 }
        // Most draws of a message with many fields hold a damaged one: draw again (from the next seeds)
        // until one decodes fast, so that every seed checks the fast path.
        for (let round = 0; round < 20 && outcomes.fast === 0; round++) {
          assertProperty(
            wireArbitrary(schemaOf(type)),
            (input) => {
              outcomes[check(schemaOf(type), fast, input)]++
            },
            numRuns,
            seed + round
          )
        }
        assert.isAtLeast(outcomes.fast, 1, `no draw decoded fast; replay with KALSHI_DECODER_SEED=${seed}`)
      })
    }
  })

  describe("on values of effect's Arbitrary, encoded to the wire", () => {
    for (const type of types) {
      const fast = fastOf(type)
      if (fast === undefined) continue
      const schema = schemaOf(type)
      const encode = Schema.encodeEither(schema)
      const unencodable = Symbol("unencodable")
      let arbitrary: fc.Arbitrary<unknown>
      try {
        arbitrary = Arbitrary.make(schema) as fc.Arbitrary<unknown>
      } catch (error) {
        it(`${type}: effect's Arbitrary cannot be built (${String(error).split("\n")[0]}); covered by the wire values drawn from its AST`, () => {
          assert.instanceOf(error, Error)
        })
        continue
      }
      const wire = arbitrary.map((a) => {
        const encoded = encode(a)
        return Either.isRight(encoded) ? JSON.parse(JSON.stringify(encoded.right)) as unknown : unencodable
      })
      const tried = fc.sample(wire, { numRuns: 12, seed }).filter((u) => u !== unencodable)
      if (tried.length < 3) {
        it(`${type}: few of effect's Arbitrary values encode (its decimals are any BigDecimal); covered by the wire values drawn from its AST`, () => {
          assert.isBelow(tried.length, 3)
        })
        continue
      }
      it(`${type}: decoded fast, to the interpreter's message`, () => {
        const interpret = Schema.decodeUnknownEither(schema)
        let checked = 0
        // Only the values that encode are drawn (fast-check draws again on the others): every run checks one.
        assertProperty(wire.filter((u) => u !== unencodable), (input) => {
          checked++
          assert.strictEqual(check(schema, fast, input), Either.isRight(interpret(input)) ? "fast" : "interpreter")
        })
        assert.isAtLeast(checked, numRuns)
      })
    }
  })

  describe("a changed decoder fails the check", () => {
    const original = fastOf("ticker")!
    const tickers = examples.filter((e) => e.type === "ticker").map((e) => e.payload)
    const mutants: ReadonlyArray<readonly [string, (u: unknown) => unknown]> = [
      ["a decimal with another scale", (u) => {
        const v = original(u)
        if (v === F || !(v instanceof Messages.Ticker) || v.msg.volume_fp === undefined) return v
        const d = v.msg.volume_fp
        return new Messages.Ticker({ ...v, msg: { ...v.msg, volume_fp: BigDecimal.make(d.value * 10n, d.scale + 1) } })
      }],
      ["a plain object instead of the class", (u) => {
        const v = original(u)
        return v === F ? v : { ...(v as object) }
      }]
    ]
    for (const [what, mutant] of mutants) {
      it(what, () => {
        assert.throws(() =>
          assertProperty(fc.constantFrom(...tickers), (input) => {
            check(schemaOf("ticker"), mutant, input)
          }, 10)
        )
        assertProperty(fc.constantFrom(...tickers), (input) => {
          check(schemaOf("ticker"), original, input)
        }, 10)
      })
    }
  })
})
