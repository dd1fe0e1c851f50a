/**
 * The decoder of an operation's response: the generated fast decoder of its component, with the
 * schema's interpreter for every input the fast decoder hands back (for the value or the precise
 * error). Its result is always `Schema.decodeUnknownEither(schema)`'s.
 */
import * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { decoders } from "../generated/Decoders.js"
import * as Schemas from "../generated/Schemas.js"
import { F } from "./decodeRuntime.js"

/** The fast decoder of each component schema. */
const fastBySchema: ReadonlyMap<unknown, (input: unknown) => unknown> = new Map(
  Object.entries(decoders).map(([name, fast]) => [(Schemas as Record<string, unknown>)[name], fast])
)

/**
 * A decoder giving what `Schema.decodeUnknownEither(schema)` gives: fast for a component schema
 * (the interpreter decides only when the fast decoder hands the input back), the interpreter alone
 * for any other schema.
 */
export const responseDecoder = <A, I>(
  schema: Schema.Schema<A, I, never>
): (input: unknown) => Either.Either<A, ParseResult.ParseError> => {
  const fast = fastBySchema.get(schema) as ((input: unknown) => A | typeof F) | undefined
  // The interpreter is built on first use: most answers never need it.
  let slow: ((input: unknown) => Either.Either<A, ParseResult.ParseError>) | undefined
  const interpret = (input: unknown) => (slow ??= Schema.decodeUnknownEither(schema))(input)
  if (fast === undefined) return interpret
  return (input) => {
    const value = fast(input)
    return value === F ? interpret(input) : Either.right(value)
  }
}
