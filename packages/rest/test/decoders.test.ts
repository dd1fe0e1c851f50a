import { assert, describe, it } from "@effect/vitest"
import type { KalshiHttpClient } from "@kalshi-effect/core"
import { Arbitrary, BigDecimal, Effect, Either, FastCheck as fc, ParseResult, Schema } from "effect"
import { decoders } from "../src/generated/Decoders.js"
import * as Operations from "../src/generated/Operations.js"
import * as Schemas from "../src/generated/Schemas.js"
import { F } from "../src/internal/decodeRuntime.js"
import * as Executor from "../src/internal/executor.js"
import { responseDecoder } from "../src/internal/responseDecoder.js"
import { captureOperations, captures } from "./utils/captures.js"
import {
  assertProperty,
  difference,
  makeCheck,
  numRuns,
  type Outcome,
  seed,
  wireArbitrary
} from "./utils/equivalence.js"

/**
 * The generated decoders (`src/generated/Decoders.ts`) against the schemas' interpreter: on every
 * component schema (values drawn by effect's `Arbitrary` and wire values drawn from the schema's
 * AST), on every recording of `captures/rest-2026-01` and on damaged variants of each. The rule: a
 * fast decoder returns exactly the interpreter's value (same keys in the same order, same decimal
 * digits and scale) or hands the input to the interpreter. `KALSHI_DECODER_SEED` replays a failure;
 * `KALSHI_DECODER_RUNS` sets the samples per property (default 200).
 */

const check = makeCheck(F)

// effect's Arbitrary nests lists of records of lists: keep each value small.
fc.configureGlobal({ baseSize: "xsmall" })

type Fast = (input: unknown) => unknown
const fastOf: Readonly<Record<string, Fast>> = decoders
const schemaOf = (name: string) => (Schemas as unknown as Record<string, Schema.Schema.AnyNoContext>)[name]!

const components = Object.keys(decoders)

/** Values of effect's Arbitrary are large (nested lists of records): half as many as wire values. */
const arbitraryRuns = Math.max(10, Math.round(numRuns / 2))

const unencodable = Symbol("unencodable")

/** Encoded values of effect's Arbitrary for a schema, or why there are none. */
const arbitraryWire = (
  schema: Schema.Schema.AnyNoContext
): { readonly arbitrary: fc.Arbitrary<unknown>; readonly runs: number } | { readonly reason: string } => {
  let arbitrary: fc.Arbitrary<unknown>
  try {
    arbitrary = Arbitrary.make(schema) as fc.Arbitrary<unknown>
  } catch (error) {
    return { reason: `effect's Arbitrary cannot be built (${String(error).slice(0, 200)})` }
  }
  const encode = Schema.encodeEither(schema)
  // As the exchange sends it: JSON text, parsed. The type side of an integer-of-cents field is any
  // BigDecimal: a value with more digits than the wire holds does not encode, and is left out.
  const wire = arbitrary.map((a) => {
    const encoded = encode(a)
    return Either.isRight(encoded) ? JSON.parse(JSON.stringify(encoded.right)) as unknown : unencodable
  })
  const tried = fc.sample(wire, { numRuns: 12, seed }).filter((u) => u !== unencodable)
  if (tried.length < 3) {
    return { reason: "few of effect's Arbitrary values encode (its integer-of-cents values are any BigDecimal)" }
  }
  // Pages of events of markets are large: fewer of them (never below 20), the same wire budget.
  const size = tried.reduce((n: number, u) => n + JSON.stringify(u).length, 0) / tried.length
  // Only the values that encode are drawn (fast-check draws again on the others): every run checks one.
  return {
    arbitrary: wire.filter((u) => u !== unencodable),
    runs: Math.max(20, Math.min(arbitraryRuns, Math.round((arbitraryRuns * 2000) / size)))
  }
}

describe("generated decoders", () => {
  it("cover every component schema, and only those", () => {
    const schemas = Object.entries(Schemas).filter(([, s]) => Schema.isSchema(s)).map(([name]) => name)
    assert.strictEqual(schemas.length, 207)
    assert.deepStrictEqual([...components].sort(), [...schemas].sort())
  })

  describe("on values of effect's Arbitrary, encoded to the wire", () => {
    for (const name of components) {
      const source = arbitraryWire(schemaOf(name))
      if ("reason" in source) {
        // Named, not skipped: the wire values below cover this schema.
        it(`${name}: ${source.reason}; covered by the wire values drawn from its AST`, () => {
          assert.isString(source.reason)
        })
        continue
      }
      it(`${name}: decoded fast, to the interpreter's value`, () => {
        const interpret = Schema.decodeUnknownEither(schemaOf(name))
        let checked = 0
        assertProperty(source.arbitrary, (input) => {
          checked++
          // A value the interpreter decodes is decoded by the fast path itself (JSON turns NaN into
          // null, which neither decodes).
          const outcome = check(schemaOf(name), fastOf[name]!, input)
          assert.strictEqual(outcome, Either.isRight(interpret(input)) ? "fast" : "interpreter")
        }, source.runs)
        assert.isAtLeast(checked, source.runs)
      })
    }
  })

  describe("on wire values drawn from each schema's AST (valid, odd and damaged)", () => {
    for (const name of components) {
      it(name, () => {
        const outcomes: Record<Outcome, number> = { fast: 0, interpreter: 0 }
        // Most draws of a schema with many fields hold a damaged one: draw again (from the next seeds)
        // until one decodes fast, so that every seed checks the fast path.
        for (let round = 0; round < 20 && outcomes.fast === 0; round++) {
          assertProperty(
            wireArbitrary(schemaOf(name)),
            (input) => {
              outcomes[check(schemaOf(name), fastOf[name]!, input)]++
            },
            numRuns,
            seed + round
          )
        }
        assert.isAtLeast(outcomes.fast + outcomes.interpreter, numRuns)
        // the fast path is taken, not only the interpreter's
        assert.isAtLeast(outcomes.fast, 1, `no draw decoded fast; replay with KALSHI_DECODER_SEED=${seed}`)
      })
    }
  })

  const descriptors: Record<string, { readonly response: Schema.Schema.AnyNoContext }> = Operations.all
  const recorded = captures.flatMap((c) => {
    const op = captureOperations[c.endpoint]
    return typeof op === "string" && descriptors[op] !== undefined
      ? [{ name: c.file, operation: op, schema: descriptors[op]!.response, value: c.response as unknown }]
      : []
  })
  const fastOfSchema = new Map(components.map((name) => [schemaOf(name), fastOf[name]!]))

  describe("on the recordings", () => {
    it("every recording that answers an operation of the spec is checked", () => {
      assert.isAbove(recorded.length, 30)
    })

    for (const r of recorded) {
      it(`${r.name} (${r.operation}) and damaged variants of it`, () => {
        const fast = fastOfSchema.get(r.schema)!
        assert.isDefined(fast)
        const outcome = check(r.schema, fast, r.value)
        // A recording the interpreter decodes is decoded by the fast path itself.
        assert.strictEqual(
          outcome,
          Either.isRight(Schema.decodeUnknownEither(r.schema)(r.value)) ? "fast" : "interpreter"
        )
        assertProperty(damaged(r.value), (input) => {
          check(r.schema, fast, input)
        })
      })
    }
  })

  it("the response decoder gives the interpreter's value or its precise error", () => {
    const market = recorded.find((r) => r.operation === "GetMarkets")!
    const decode = responseDecoder(market.schema)
    const interpret = Schema.decodeUnknownEither(market.schema)
    const good = decode(market.value)
    assert.isTrue(Either.isRight(good))
    const bad = { ...(market.value as object), markets: [{ ticker: "T", event_ticker: "E", yes_bid_dollars: "1e2" }] }
    const [fast, slow] = [decode(bad), interpret(bad)]
    assert.isTrue(Either.isLeft(fast) && Either.isLeft(slow))
    if (Either.isLeft(fast) && Either.isLeft(slow)) {
      assert.strictEqual(
        ParseResult.TreeFormatter.formatErrorSync(fast.left),
        ParseResult.TreeFormatter.formatErrorSync(slow.left)
      )
    }
  })

  it.effect("the services hand core the generated decoder of their response", () =>
    Effect.gen(function*() {
      const market = recorded.find((r) => r.operation === "GetMarkets")!
      const decoders: Array<unknown> = []
      // Core's client as the executor sees it: only the decoder it is given matters here.
      const client = {
        executeSchema: (_request: unknown, schema: Schema.Schema.AnyNoContext, decode?: (u: unknown) => unknown) => {
          decoders.push(decode)
          return decode === undefined
            ? Effect.die("no decoder given")
            : Effect.succeed(Either.getOrThrow(decode(market.value) as Either.Either<unknown, unknown>))
        }
      } as unknown as KalshiHttpClient.Service
      const page = yield* Executor.make(client).call(Operations.GetMarkets)()
      assert.strictEqual(decoders.length, 1)
      const expected = Schema.decodeUnknownEither(Schemas.GetMarketsResponse)(market.value)
      assert.isTrue(Either.isRight(expected))
      if (Either.isRight(expected)) assert.isUndefined(difference(page, expected.right))
    }))

  describe("a changed decoder fails the check", () => {
    const market = recorded.find((r) => r.operation === "GetMarkets")!
    const original = fastOf.Market!
    const marketArbitrary = fc.constantFrom(...(market.value as { markets: Array<unknown> }).markets)
    const mutants: ReadonlyArray<readonly [string, Fast]> = [
      ["a decimal with another scale", (u) => {
        const v = original(u)
        if (v === F || typeof v !== "object" || v === null || !("yes_bid_dollars" in v)) return v
        if (!BigDecimal.isBigDecimal(v.yes_bid_dollars)) return v
        return { ...v, yes_bid_dollars: BigDecimal.make(v.yes_bid_dollars.value * 10n, v.yes_bid_dollars.scale + 1) }
      }],
      ["a property dropped", (u) => {
        const v = original(u)
        if (v === F) return v
        const { ticker: _ticker, ...rest } = v as Record<string, unknown>
        return rest
      }],
      ["properties in another order", (u) => {
        const v = original(u)
        return v === F ? v : Object.fromEntries(Object.entries(v as object).reverse())
      }],
      ["an invalid input accepted", (u) => {
        const v = original(u)
        return v === F ? { ticker: "?", event_ticker: "?" } : v
      }]
    ]
    for (const [what, mutant] of mutants) {
      it(what, () => {
        const inputs = what === "an invalid input accepted"
          ? marketArbitrary.map((m) => ({ ...(m as object), volume_fp: "1.234" }))
          : marketArbitrary
        assert.throws(() =>
          assertProperty(inputs, (input) => {
            check(schemaOf("Market"), mutant, input)
          }, 20)
        )
        // the generated one passes on the same inputs
        assertProperty(inputs, (input) => {
          check(schemaOf("Market"), original, input)
        }, 20)
      })
    }
  })
})

/** Replaces, removes or keeps each field and element of a JSON value (arrays cut to 3 elements). */
const damaged = (value: unknown): fc.Arbitrary<unknown> => {
  const odd = fc.constantFrom<unknown>(null, undefined, "", "x", "0.5", "1.", 1.5, -1, true, [], {})
  const walk = (u: unknown, depth: number): fc.Arbitrary<unknown> => {
    if (depth > 6) return fc.constant(u)
    if (Array.isArray(u)) return fc.tuple(...u.slice(0, 3).map((x) => walk(x, depth + 1))).map((a) => a as unknown)
    if (typeof u === "object" && u !== null) {
      const entries = Object.entries(u)
      return fc.tuple(...entries.map(([k, v]) =>
        fc.oneof(
          { weight: 30, arbitrary: walk(v, depth + 1).map((x) => [k, x, true] as const) },
          { weight: 1, arbitrary: fc.constant([k, undefined, false] as const) },
          { weight: 1, arbitrary: odd.map((x) => [k, x, true] as const) }
        )
      )).map((kvs) => Object.fromEntries(kvs.filter(([, , keep]) => keep).map(([k, x]) => [k, x])))
    }
    return fc.constant(u)
  }
  return walk(value, 0)
}
