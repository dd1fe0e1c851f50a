/**
 * Checks the rule of the generated decoders: a fast decoder returns exactly the value the schema's
 * interpreter returns, or hands the input back (`F`) for the interpreter to decide. Also draws
 * wire values for a schema from its own AST, and the seed every property test here runs with.
 */
import { BigDecimal, Either, FastCheck as fc, Option, ParseResult, Schema, SchemaAST as AST } from "effect"

/**
 * The seed of the property tests: `KALSHI_DECODER_SEED` when set (to replay a failure), else a
 * random one. Every failure message names it.
 */
export const seed: number = process.env.KALSHI_DECODER_SEED !== undefined
  ? Number(process.env.KALSHI_DECODER_SEED)
  : Math.floor(Math.random() * 0x7fffffff)

/** How many samples each property draws: `KALSHI_DECODER_RUNS`, default 200. */
export const numRuns: number = Number(process.env.KALSHI_DECODER_RUNS ?? 200)

/** Runs a property with {@link seed}; a failure names the seed and how to replay it. */
export const assertProperty = <T>(
  arbitrary: fc.Arbitrary<T>,
  check: (t: T) => void,
  runs = numRuns,
  /** {@link seed} unless given (a later round of the same test). */
  withSeed = seed
): void => {
  try {
    fc.assert(fc.property(arbitrary, check), { seed: withSeed, numRuns: runs })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${message}\nReplay with KALSHI_DECODER_SEED=${seed}`)
  }
}

/**
 * Where two decoded values differ, or `undefined` when they are the same: the same prototypes, the
 * same keys in the same order, decimals with the same digits and scale, equal primitives.
 */
export const difference = (a: unknown, b: unknown, at = "value"): string | undefined => {
  if (Object.is(a, b)) return undefined
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return `${at}: ${String(a)} !== ${String(b)}`
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: different prototypes`
  if (BigDecimal.isBigDecimal(a) && BigDecimal.isBigDecimal(b)) {
    return a.value === b.value && a.scale === b.scale
      ? undefined
      : `${at}: BigDecimal(${a.value}, ${a.scale}) !== BigDecimal(${b.value}, ${b.scale})`
  }
  if (Option.isOption(a) && Option.isOption(b)) {
    if (a._tag !== b._tag) return `${at}: ${a._tag} !== ${b._tag}`
    return Option.isSome(a) && Option.isSome(b) ? difference(a.value, b.value, `${at}.value`) : undefined
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array and non-array`
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.join(",") !== kb.join(",")) return `${at}: keys [${ka.join(", ")}] !== [${kb.join(", ")}]`
  for (const k of ka) {
    const d = difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`)
    if (d !== undefined) return d
  }
  return undefined
}

/** What a fast decoder did with an input: decoded it itself, or handed it to the interpreter. */
export type Outcome = "fast" | "interpreter"

/**
 * Checks the rule on one input; throws with the input and the difference when it is broken. The
 * interpreter of each schema is built once.
 */
export const makeCheck = (fail: symbol) => {
  const interpreters = new Map<unknown, (u: unknown) => Either.Either<unknown, ParseResult.ParseError>>()
  return (schema: Schema.Schema.AnyNoContext, fast: (u: unknown) => unknown, input: unknown): Outcome => {
    let interpret = interpreters.get(schema)
    if (interpret === undefined) {
      interpret = Schema.decodeUnknownEither(schema)
      interpreters.set(schema, interpret)
    }
    const value = fast(input)
    if (value === fail) return "interpreter"
    const expected = interpret(input)
    const shown = () => JSON.stringify(input, (_, v) => (v === undefined ? "<undefined>" : v))?.slice(0, 2000)
    if (Either.isLeft(expected)) {
      throw new Error(
        `the fast decoder returned a value for an input the schema refuses:\n${shown()}\n` +
          ParseResult.TreeFormatter.formatErrorSync(expected.left)
      )
    }
    const d = difference(value, expected.right)
    if (d !== undefined) throw new Error(`the fast decoder's value differs from the interpreter's at ${d}:\n${shown()}`)
    return "fast"
  }
}

/** Values that are wrong almost everywhere: each position sometimes holds one of them. */
const odd = fc.constantFrom<unknown>(null, undefined, "", "x", "0.5", "1.", "-0.1234567", 1.5, -1, 0, true, [], {}, [
  "0.1",
  "1"
])

const decimalIdentifiers = new Set([
  "FixedPointDollars",
  "FixedPointDollarsOrEmpty",
  "FixedPointCount",
  "FixedPointCountOrEmpty",
  "BigDecimal"
])
const integerIdentifiers = new Set(["DollarsFromCents", "DollarsFromCentiCents", "DollarsFromWholeDollars"])

/** Decimal strings as the exchange writes them, with up to 7 decimals (more than any schema accepts). */
const decimalString: fc.Arbitrary<string> = fc.tuple(
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  fc.integer({ min: 0, max: 7 })
).map(([value, scale]) => {
  const digits = (value < 0n ? -value : value).toString().padStart(scale + 1, "0")
  const sign = value < 0n ? "-" : ""
  return scale === 0 ? sign + digits : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`
})

const withoutUndefined = (ast: AST.AST): AST.AST =>
  ast._tag === "Union" ? AST.Union.make(ast.types.filter((t) => t._tag !== "UndefinedKeyword")) : ast

/**
 * Wire values for a schema, drawn from its AST: what its encoded side describes (decimal strings
 * where a fixed-point or decimal transformation reads one, safe integers where an integer of cents
 * is read), every optional property sometimes absent, sometimes an extra property, and at every
 * position now and then an odd value (`null`, `undefined`, `""`, a wrong type). Most values decode;
 * many do not, and both paths are exercised.
 */
export const wireArbitrary = (schema: Schema.Schema.AnyNoContext): fc.Arbitrary<unknown> => {
  const memo = new Map<AST.AST, fc.Arbitrary<unknown>>()
  const go = (ast: AST.AST, depth: number): fc.Arbitrary<unknown> => {
    const cached = memo.get(ast)
    if (cached !== undefined) return cached
    const exact = node(ast, depth)
    const arb = fc.oneof({ weight: 24, arbitrary: exact }, { weight: 1, arbitrary: odd })
    memo.set(ast, arb)
    return arb
  }
  const node = (ast: AST.AST, depth: number): fc.Arbitrary<unknown> => {
    switch (ast._tag) {
      case "Transformation": {
        const id = Option.getOrUndefined(AST.getIdentifierAnnotation(ast))
        if (id !== undefined && decimalIdentifiers.has(id)) return fc.oneof(decimalString, fc.constant(""))
        if (id !== undefined && integerIdentifiers.has(id)) {
          return fc.oneof({ weight: 9, arbitrary: fc.integer() }, { weight: 1, arbitrary: fc.double() })
        }
        return go(ast.from, depth)
      }
      case "Refinement":
        return go(ast.from, depth)
      case "Suspend":
        return go(ast.f(), depth)
      case "TypeLiteral": {
        const props = ast.propertySignatures.map((ps) =>
          fc.tuple(
            fc.constant(String(ps.name)),
            ps.isOptional ? fc.boolean() : fc.oneof({ weight: 30, arbitrary: fc.constant(true) }, fc.constant(false)),
            // absence is drawn above; an own `undefined` comes with the odd values
            go(ps.isOptional ? withoutUndefined(ps.type) : ps.type, depth + 1)
          )
        )
        const index = ast.indexSignatures.length > 0
          ? fc.dictionary(fc.string({ maxLength: 4 }), go(ast.indexSignatures[0]!.type, depth + 1), { maxKeys: 3 })
          : fc.constant({})
        return fc.tuple(fc.tuple(...props), index, fc.option(fc.jsonValue({ maxDepth: 1 }))).map(
          ([entries, extra, added]) => {
            const out: Record<string, unknown> = { ...extra }
            for (const [name, present, value] of entries) if (present) out[name] = value
            if (added !== null) out.added_later = added
            return out
          }
        )
      }
      case "TupleType": {
        const elements = ast.elements.map((e) => go(e.type, depth + 1))
        const rest = ast.rest.length > 0
          ? fc.array(go(ast.rest[0]!.type, depth + 1), { maxLength: depth > 3 ? 1 : 3 })
          : fc.constant([])
        return fc.tuple(fc.tuple(...elements), rest).map(([head, tail]) => [...head, ...tail])
      }
      case "Union":
        return fc.oneof(...ast.types.map((t) => go(t, depth)))
      case "Literal":
        return fc.constant(ast.literal)
      case "StringKeyword":
        return fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("yes", "no", "active", "0.50"))
      case "NumberKeyword":
        return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
      case "BooleanKeyword":
        return fc.boolean()
      case "UndefinedKeyword":
        return fc.constant(undefined)
      default:
        return fc.jsonValue({ maxDepth: 2 })
    }
  }
  return go(schema.ast, 0)
}
