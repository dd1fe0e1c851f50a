/**
 * Compiled decoders: the same result as `Schema.decodeUnknownEither(schema)`, faster.
 *
 * Effect's Schema interpreter is general; decoding a page of 100 markets with it costs several
 * milliseconds. `Decoder.make(schema)` walks the schema's AST once and builds a plain function for
 * the parts the SDK's schemas are made of (structs, optional and nullable fields, arrays, tuples,
 * literals, primitive unions, filters, transformations such as the fixed-point decimals, declared
 * types). It calls the schema's own transformation, filter and declaration functions, so it computes
 * what the interpreter computes, and it never reports an error itself: when a value does not pass,
 * or when a part of the schema is of a kind it does not compile, the schema's interpreter decodes
 * that value (or that part) and produces the result or the precise `ParseError`. The schema stays
 * the definition; property tests check that both agree.
 *
 * Two annotations let a schema say more than its AST does: {@link FastPathId} gives a schema's own
 * fast decoder (the fixed-point decimals have one), and {@link PropertyFormId} names what an
 * optional property's transformation does (`null` to absent, absent to `[]`), so that no `Option`
 * is built per property. A value decoded by a schema is not checked again against the schema's type
 * side.
 *
 * Structs are compiled to generated code (`new Function`), in which every property name is a
 * literal: property reads and writes are then named accesses, several times faster than the keyed
 * ones of a generic loop. Only property names (as JSON string literals) go into that code, never
 * input data. Where the platform refuses to generate code (a Content Security Policy without
 * `unsafe-eval`), or with `{ jit: false }`, structs are decoded by closures, with the same results.
 * Decoding a page of 100 markets takes about 0.2 ms, against 5.8 ms for the interpreter.
 *
 * Only synchronous schemas with the default parse options are compiled.
 *
 * @since 0.1.0
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as ParseResult from "effect/ParseResult"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"

/**
 * What a fast path returns when it cannot decode its input: the decoder then asks the schema's
 * interpreter, which produces the value or the precise error.
 *
 * @since 0.1.0
 * @category fast paths
 */
export const invalid: unique symbol = Symbol.for("@kalshi-effect/core/Decoder/invalid")

const FAIL = invalid
type Fail = typeof FAIL

/**
 * Annotation of a schema: a function computing what the schema decodes an input to, without the
 * interpreter's intermediate values, or {@link invalid} when it cannot. It must agree with the
 * schema on every input it accepts (check it with property tests against
 * `Schema.decodeUnknownEither`); the decoder uses it in place of the schema's parts.
 *
 * @since 0.1.0
 * @category fast paths
 */
export const FastPathId: unique symbol = Symbol.for("@kalshi-effect/core/Decoder/FastPath")

/**
 * Annotation of a property signature made with `Schema.optionalWith(s, { nullable: true, exact: true })`
 * (`"nullIsAbsent"`: a `null` value decodes to an absent property), made with
 * `Schema.optionalWith(Schema.Array(s), { nullable: true, default: () => [] })`
 * (`"nullishIsEmptyArray"`: absent, `null` and `undefined` decode to `[]`), or of one whose encoded
 * value `X | null` decodes to an `Option` that the property unwraps (`"nullOrNoneIsAbsent"`: `null`
 * and `None` decode to an absent property, `Some(a)` to `a`). The decoder then applies the property
 * without building the `Option`s of its transformation. It must describe the property signature's
 * transformation exactly.
 *
 * @since 0.1.0
 * @category fast paths
 */
export const PropertyFormId: unique symbol = Symbol.for("@kalshi-effect/core/Decoder/PropertyForm")

/**
 * The values of {@link PropertyFormId}.
 *
 * @since 0.1.0
 * @category fast paths
 */
export type PropertyForm = "nullIsAbsent" | "nullOrNoneIsAbsent" | "nullishIsEmptyArray"

type Compiled = (input: unknown) => unknown | Fail

const options: AST.ParseOptions = AST.defaultParseOption

/** A part decoded by the interpreter (with the same options as the whole). */
const interpreted = (ast: AST.AST): Compiled => {
  const decode = Schema.decodeUnknownEither(Schema.make(ast))
  return (input) => {
    const result = decode(input)
    return result._tag === "Right" ? result.right : FAIL
  }
}

/** An interpreter result that may be an Either or an Effect: only Eithers are usable here. */
const fromResult = (result: unknown): unknown | Fail => {
  if (Either.isEither(result)) return result._tag === "Right" ? result.right : FAIL
  return FAIL
}

const isRecord = (u: unknown): u is Record<PropertyKey, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const hasOwn = (o: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(o, key)

/** Compiled parts by AST node, and whether structs may be compiled to generated code. */
class Memo extends Map<AST.AST, Compiled> {
  constructor(readonly jit: boolean) {
    super()
  }
}

/**
 * The `Function` constructor, when the platform allows generating code (a Content Security Policy
 * without `unsafe-eval`, or a runtime without eval, refuses it: structs are then decoded by closures).
 * Probed once, when the first struct is compiled.
 */
let generator: FunctionConstructor | undefined | null = null
const codeGenerator = (): FunctionConstructor | undefined => {
  if (generator === null) {
    try {
      generator = new Function("a", "return a")(1) === 1 ? Function : undefined
    } catch {
      generator = undefined
    }
  }
  return generator
}

/** A property name that generated code may read and write as a literal, and that no prototype of a plain object has. */
const isPlainName = (key: PropertyKey): key is string => typeof key === "string" && !(key in Object.prototype)

/**
 * Builds a struct decoder from generated code: the same steps as the closures, with every property
 * name a literal, so that reads and writes are named property accesses (several times faster than
 * keyed ones, and the objects built keep fast properties). Undefined when code cannot be generated.
 */
const generate = (body: string, args: Record<string, unknown>): Compiled | undefined => {
  const Generator = codeGenerator()
  if (Generator === undefined) return undefined
  try {
    const names = Object.keys(args)
    const make = new Generator(...names, `"use strict";\nreturn function decode(input) {\n${body}\n}`)
    return make(...names.map((n) => args[n])) as Compiled
  } catch {
    return undefined
  }
}

/** The start of a generated struct decoder: the record check and whether the input is a plain object. */
const recordPrelude = [
  "if (typeof input !== \"object\" || input === null || Array.isArray(input)) return F;",
  "const proto = Object.getPrototypeOf(input);",
  "const plain = proto === OP || proto === null;",
  "const out = {};",
  "let v, present;"
].join("\n")

const generateTypeLiteral = (
  names: ReadonlyArray<string>,
  optional: ReadonlyArray<boolean>,
  parsers: ReadonlyArray<Compiled>
): Compiled | undefined => {
  const lines = [recordPrelude]
  names.forEach((name, i) => {
    const key = JSON.stringify(name)
    lines.push(`v = input[${key}];`)
    const parse = `v = p[${i}](v); if (v === F) return F; out[${key}] = v;`
    lines.push(optional[i] ? `if ((plain && v !== undefined) || hasOwn(input, ${key})) { ${parse} }` : parse)
  })
  lines.push("return out;")
  return generate(lines.join("\n"), { F: FAIL, OP: Object.prototype, hasOwn, p: parsers })
}

const compileTypeLiteral = (ast: AST.TypeLiteral, memo: Memo): Compiled => {
  if (ast.indexSignatures.length > 0) return interpreted(ast)
  if (ast.propertySignatures.length === 0) {
    return (input) => (input === null || input === undefined ? FAIL : input)
  }
  const names = ast.propertySignatures.map((ps) => ps.name)
  const optional = ast.propertySignatures.map((ps) => ps.isOptional)
  const parsers = ast.propertySignatures.map((ps) => compile(ps.type, memo))
  if (memo.jit && names.every(isPlainName)) {
    const generated = generateTypeLiteral(names as ReadonlyArray<string>, optional, parsers)
    if (generated !== undefined) return generated
  }
  const n = names.length
  return (input) => {
    if (!isRecord(input)) return FAIL
    const output: Record<PropertyKey, unknown> = {}
    for (let i = 0; i < n; i++) {
      const name = names[i]!
      const present = hasOwn(input, name)
      if (!present && optional[i]) continue
      const value = parsers[i]!(input[name])
      if (value === FAIL) return FAIL
      output[name] = value
    }
    return output
  }
}

const compileTuple = (ast: AST.TupleType, memo: Memo): Compiled => {
  if (ast.elements.some((e) => e.isOptional) || ast.rest.length > 1) return interpreted(ast)
  const elements = ast.elements.map((e) => compile(e.type, memo))
  const rest = ast.rest.length === 1 ? compile(ast.rest[0]!.type, memo) : undefined
  const fixed = elements.length
  return (input) => {
    if (!Array.isArray(input)) return FAIL
    const length = input.length
    if (length < fixed || (rest === undefined && length !== fixed)) return FAIL
    const output: Array<unknown> = new Array(length)
    for (let i = 0; i < fixed; i++) {
      const value = elements[i]!(input[i])
      if (value === FAIL) return FAIL
      output[i] = value
    }
    if (rest !== undefined) {
      for (let i = fixed; i < length; i++) {
        const value = rest(input[i])
        if (value === FAIL) return FAIL
        output[i] = value
      }
    }
    return output
  }
}

/** Literals, keywords and unions of them: no member is a record, so members are tried in order. */
const isSimple = (ast: AST.AST): boolean => {
  switch (ast._tag) {
    case "Literal":
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "UndefinedKeyword":
      return true
    case "Union":
      return ast.types.every(isSimple)
    default:
      return false
  }
}

const isNullish = (ast: AST.AST): boolean =>
  (ast._tag === "Literal" && ast.literal === null) || ast._tag === "UndefinedKeyword"

const compileUnion = (ast: AST.Union, memo: Memo): Compiled => {
  const simple = ast.types.filter(isSimple)
  const complex = ast.types.filter((t) => !isSimple(t))
  // `X | null | undefined` (nullable fields): X first, then the nullish members, as declared.
  if (complex.length === 1 && simple.every(isNullish) && ast.types[0] === complex[0]) {
    const inner = compile(complex[0]!, memo)
    const allowNull = simple.some((t) => t._tag === "Literal")
    const allowUndefined = simple.some((t) => t._tag === "UndefinedKeyword")
    return (input) => {
      const value = inner(input)
      if (value !== FAIL) return value
      if (input === null) return allowNull ? null : FAIL
      if (input === undefined) return allowUndefined ? undefined : FAIL
      return FAIL
    }
  }
  if (complex.length > 0) return interpreted(ast)
  // Every member of a simple union returns its input unchanged when it accepts it, so the union is a
  // predicate: the accepted keywords plus the accepted literals.
  const literals = new Set<unknown>()
  const keywords = new Set<string>()
  const collect = (t: AST.AST): void => {
    if (t._tag === "Union") t.types.forEach(collect)
    else if (t._tag === "Literal") literals.add(t.literal)
    else keywords.add(t._tag)
  }
  collect(ast)
  const strings = keywords.has("StringKeyword")
  const numbers = keywords.has("NumberKeyword")
  const booleans = keywords.has("BooleanKeyword")
  const undefinedOk = keywords.has("UndefinedKeyword")
  return (input) => {
    switch (typeof input) {
      case "string":
        return strings || literals.has(input) ? input : FAIL
      case "number":
        return numbers || literals.has(input) ? input : FAIL
      case "boolean":
        return booleans || literals.has(input) ? input : FAIL
      case "undefined":
        return undefinedOk ? input : FAIL
      default:
        return literals.has(input) ? input : FAIL
    }
  }
}

/**
 * Whether two type-side ASTs accept the same values (the same structure, filters and declarations;
 * annotations aside).
 */
const sameType = (a: AST.AST, b: AST.AST): boolean => {
  if (a === b) return true
  const all = <T>(xs: ReadonlyArray<T>, ys: ReadonlyArray<T>, eq: (x: T, y: T) => boolean) =>
    xs.length === ys.length && xs.every((x, i) => eq(x, ys[i]!))
  switch (a._tag) {
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "UndefinedKeyword":
    case "UnknownKeyword":
    case "AnyKeyword":
      return b._tag === a._tag
    case "Literal":
      return b._tag === "Literal" && b.literal === a.literal
    case "Union":
      return b._tag === "Union" && all(a.types, b.types, sameType)
    case "Refinement":
      return b._tag === "Refinement" && b.filter === a.filter && sameType(a.from, b.from)
    case "Declaration":
      return b._tag === "Declaration" && b.decodeUnknown === a.decodeUnknown &&
        all(a.typeParameters, b.typeParameters, sameType)
    case "TupleType":
      return b._tag === "TupleType" && a.isReadonly === b.isReadonly &&
        all(a.elements, b.elements, (x, y) => x.isOptional === y.isOptional && sameType(x.type, y.type)) &&
        all(a.rest, b.rest, (x, y) => sameType(x.type, y.type))
    case "TypeLiteral":
      return b._tag === "TypeLiteral" &&
        all(
          a.propertySignatures,
          b.propertySignatures,
          (x, y) =>
            x.name === y.name && x.isOptional === y.isOptional && x.isReadonly === y.isReadonly &&
            sameType(x.type, y.type)
        ) &&
        all(
          a.indexSignatures,
          b.indexSignatures,
          (x, y) => x.isReadonly === y.isReadonly && sameType(x.parameter, y.parameter) && sameType(x.type, y.type)
        )
    default:
      return false
  }
}

/** The one member of a union that is not `null` or `undefined`. */
const nonNullish = (ast: AST.AST): AST.AST | undefined => {
  if (ast._tag !== "Union") return undefined
  const members = ast.types.filter((t) => !isNullish(t))
  return members.length === 1 ? members[0] : undefined
}

/** X, when the AST is exactly the union `X | null`. */
const nullOr = (ast: AST.AST): AST.AST | undefined =>
  ast._tag === "Union" && ast.types.length === 2 && ast.types[1]!._tag === "Literal" &&
    ast.types[1]!.literal === null &&
    !isNullish(ast.types[0]!)
    ? ast.types[0]
    : undefined

/** One output property of a fused struct transformation: read, decode, transform, check. */
interface FusedStep {
  readonly name: string
  readonly form: PropertyForm | undefined
  /** `null` decodes to absent before the `from` side is parsed. */
  readonly nullIsAbsent: boolean
  readonly fromName: string
  readonly fromOptional: boolean
  readonly fromParse: Compiled
  readonly decode: ((o: Option.Option<unknown>) => Option.Option<unknown>) | undefined
  readonly toOptional: boolean
  /** Absent when the value is known to be of the `to` type already. */
  readonly toParse: Compiled | undefined
}

/** The generated form of the fused struct decoder below: the same steps, each specialised. */
const generateFused = (steps: ReadonlyArray<FusedStep>): Compiled | undefined => {
  const lines = [recordPrelude]
  steps.forEach((step, i) => {
    const key = JSON.stringify(step.name)
    const fromKey = JSON.stringify(step.fromName)
    lines.push(`v = input[${fromKey}];`)
    lines.push(
      step.fromOptional ? `present = (plain && v !== undefined) || hasOwn(input, ${fromKey});` : "present = true;"
    )
    const parse = `v = fp[${i}](v); if (v === F) return F;`
    lines.push(
      step.nullIsAbsent
        ? `if (present) { if (v === null) present = false; else { ${parse} } }`
        : `if (present) { ${parse} }`
    )
    if (step.form === "nullishIsEmptyArray") {
      lines.push("if (!present || v === null || v === undefined) v = []; present = true;")
    } else if (step.form === "nullIsAbsent") {
      lines.push("if (present && v === null) present = false;")
    } else if (step.form === "nullOrNoneIsAbsent") {
      lines.push(
        "if (present) { if (v === null) present = false; else { if (!isOption(v)) return F; " +
          "if (v._tag === \"Some\") v = v.value; else { present = false; v = undefined; } } }"
      )
    } else if (step.decode !== undefined) {
      lines.push(
        `{ const o = dc[${i}](present ? some(v) : none()); present = o._tag === "Some"; v = present ? o.value : undefined; }`
      )
    }
    const check = step.toParse !== undefined ? `v = tp[${i}](v); if (v === F) return F; ` : ""
    lines.push(step.toOptional ? `if (present) { ${check}out[${key}] = v; }` : `${check}out[${key}] = v;`)
  })
  lines.push("return out;")
  return generate(lines.join("\n"), {
    F: FAIL,
    OP: Object.prototype,
    hasOwn,
    isOption: Option.isOption,
    some: Option.some,
    none: Option.none,
    fp: steps.map((step) => step.fromParse),
    tp: steps.map((step) => step.toParse),
    dc: steps.map((step) => step.decode)
  })
}

/**
 * A struct with property transformations (`optionalWith`, `optionalToOptional`, renames), decoded in
 * one pass: for each property of the `to` side, in its order, the `from` side's check, the
 * property's transformation, then the `to` side's check, which is what the three passes (decode
 * `from`, transform, decode `to`) compute when every `from` property is either transformed or
 * copied to the `to` property of the same name, and nothing else is on either side.
 */
const compileFusedStruct = (
  from: AST.AST,
  to: AST.AST,
  psts: ReadonlyArray<AST.PropertySignatureTransformation>,
  memo: Memo
): Compiled | undefined => {
  if (from._tag !== "TypeLiteral" || to._tag !== "TypeLiteral") return undefined
  if (from.indexSignatures.length > 0 || to.indexSignatures.length > 0) return undefined
  if (![...from.propertySignatures, ...to.propertySignatures].every((ps) => isPlainName(ps.name))) return undefined
  if (!psts.every((pst) => isPlainName(pst.from) && isPlainName(pst.to))) return undefined
  // The interpreter applies the transformations in turn on one object: none may read a key another writes.
  if (!psts.every((pst) => psts.every((other) => other === pst || other.to !== pst.from))) return undefined
  const fromByName = new Map(from.propertySignatures.map((ps) => [ps.name, ps]))
  const pstByTo = new Map(psts.map((pst) => [pst.to, pst]))
  const pstFroms = new Set(psts.map((pst) => pst.from))
  if (from.propertySignatures.length !== to.propertySignatures.length) return undefined
  const steps: Array<FusedStep> = []
  for (const ps of to.propertySignatures) {
    const name = ps.name as string
    const pst = pstByTo.get(name)
    const fromName = pst !== undefined ? pst.from as string : name
    const source = fromByName.get(fromName)
    // A copied property must not also be read by a transformation.
    if (source === undefined || (pst === undefined && pstFroms.has(name))) return undefined
    const annotation = ps.annotations[PropertyFormId]
    // A form is read only where it fits the property: an optional `from` side, and a `to` side that is
    // optional (absent values) or required (`[]`).
    const form = pst !== undefined && pst.from === pst.to && source.isOptional &&
        ((annotation === "nullishIsEmptyArray" && !ps.isOptional) ||
          ((annotation === "nullIsAbsent" || annotation === "nullOrNoneIsAbsent") && ps.isOptional))
      ? annotation as PropertyForm
      : undefined
    // The type of the value the `from` side decoded, when it reaches the `to` side unchanged.
    const decoded = pst === undefined
      ? source.type
      : form === "nullIsAbsent" || form === "nullishIsEmptyArray"
      ? nonNullish(source.type)
      : undefined
    // A value decoded by a schema is a value of its type side: checking it again would find it valid
    // and copy it.
    const checked = decoded === undefined || !sameType(AST.typeAST(decoded), ps.type)
    // `X | null` with a form that makes `null` absent: `null` is handled by the step, X parsed directly.
    const nullable = form === "nullIsAbsent" || form === "nullOrNoneIsAbsent" ? nullOr(source.type) : undefined
    steps.push({
      name,
      form,
      nullIsAbsent: nullable !== undefined,
      fromName,
      fromOptional: source.isOptional,
      fromParse: compile(nullable ?? source.type, memo),
      decode: pst?.decode,
      toOptional: ps.isOptional,
      toParse: checked ? compile(ps.type, memo) : undefined
    })
  }
  // Every `from` property feeds exactly one `to` property.
  if (new Set(steps.map((step) => step.fromName)).size !== from.propertySignatures.length) return undefined
  if (memo.jit) {
    const generated = generateFused(steps)
    if (generated !== undefined) return generated
  }
  const n = steps.length
  return (input) => {
    if (!isRecord(input)) return FAIL
    // No name is a property of Object.prototype: on a plain object, a defined value is an own property.
    const proto = Object.getPrototypeOf(input)
    const plain = proto === Object.prototype || proto === null
    const output: Record<string, unknown> = {}
    for (let i = 0; i < n; i++) {
      const step = steps[i]!
      let present = true
      let value: unknown = input[step.fromName]
      if (
        !step.fromOptional || (plain && value !== undefined) || hasOwn(input, step.fromName)
      ) {
        if (step.nullIsAbsent && value === null) {
          present = false
        } else {
          value = step.fromParse(value)
          if (value === FAIL) return FAIL
        }
      } else {
        present = false
      }
      if (step.form === "nullishIsEmptyArray") {
        if (!present || value === null || value === undefined) value = []
        present = true
      } else if (step.form !== undefined && present) {
        if (value === null) {
          present = false
        } else if (step.form === "nullOrNoneIsAbsent") {
          if (!Option.isOption(value)) return FAIL
          present = Option.isSome(value)
          value = present ? (value as Option.Some<unknown>).value : undefined
        }
      } else if (step.decode !== undefined) {
        const o = step.decode(present ? Option.some(value) : Option.none())
        present = Option.isSome(o)
        value = present ? (o as Option.Some<unknown>).value : undefined
      }
      if (!present && step.toOptional) continue
      if (step.toParse !== undefined) {
        value = step.toParse(value)
        if (value === FAIL) return FAIL
      }
      output[step.name] = value
    }
    return output
  }
}

const compileTransformation = (ast: AST.Transformation, memo: Memo): Compiled => {
  const transformation = ast.transformation
  // A struct decoded in one pass needs neither side compiled on its own.
  if (transformation._tag === "TypeLiteralTransformation") {
    const fused = compileFusedStruct(ast.from, ast.to, transformation.propertySignatureTransformations, memo)
    if (fused !== undefined) return fused
  }
  const from = compile(ast.from, memo)
  const to = compile(ast.to, memo)
  switch (transformation._tag) {
    case "FinalTransformation": {
      const decode = transformation.decode
      return (input) => {
        const a = from(input)
        if (a === FAIL) return FAIL
        const b = fromResult(decode(a, options, ast, input))
        return b === FAIL ? FAIL : to(b)
      }
    }
    case "ComposeTransformation":
      return (input) => {
        const a = from(input)
        return a === FAIL ? FAIL : to(a)
      }
    case "TypeLiteralTransformation": {
      const psts = transformation.propertySignatureTransformations
      const fromKeys = new Set<PropertyKey>(psts.map((pst) => pst.from))
      // Building a new object (rather than deleting keys one by one) gives the same keys and values
      // when no transformation reads a key another one writes, and no key is a symbol.
      const independent = psts.every((pst) =>
        typeof pst.from === "string" && typeof pst.to === "string" &&
        psts.every((other) => other === pst || (other.to !== pst.from && other.from !== pst.to))
      )
      if (!independent) {
        return (input) => {
          const a = from(input)
          if (a === FAIL || !isRecord(a)) return FAIL
          for (let i = 0; i < psts.length; i++) {
            const pst = psts[i]!
            const o = pst.decode(hasOwn(a, pst.from) ? Option.some(a[pst.from]) : Option.none())
            delete a[pst.from]
            if (Option.isSome(o)) a[pst.to] = o.value
          }
          return to(a)
        }
      }
      return (input) => {
        const a = from(input)
        if (a === FAIL || !isRecord(a)) return FAIL
        const out: Record<PropertyKey, unknown> = {}
        for (const key of Object.keys(a)) {
          if (!fromKeys.has(key)) out[key] = a[key]
        }
        for (const key of Object.getOwnPropertySymbols(a)) out[key] = a[key]
        for (let i = 0; i < psts.length; i++) {
          const pst = psts[i]!
          const o = pst.decode(hasOwn(a, pst.from) ? Option.some(a[pst.from]) : Option.none())
          if (Option.isSome(o)) out[pst.to] = o.value
        }
        return to(out)
      }
    }
  }
}

const compile = (ast: AST.AST, memo: Memo): Compiled => {
  const cached = memo.get(ast)
  if (cached !== undefined) return cached
  // Recursive schemas refer to themselves through a memo entry filled after compilation.
  // eslint-disable-next-line prefer-const -- `indirect` reads it before it is assigned
  let compiled: Compiled | undefined
  const indirect: Compiled = (input) => compiled!(input)
  memo.set(ast, indirect)
  compiled = compileNode(ast, memo)
  memo.set(ast, compiled)
  return compiled
}

const compileNode = (ast: AST.AST, memo: Memo): Compiled => {
  const fastPath = ast.annotations[FastPathId]
  if (typeof fastPath === "function") return fastPath as Compiled
  switch (ast._tag) {
    case "StringKeyword":
      return (input) => (typeof input === "string" ? input : FAIL)
    case "NumberKeyword":
      return (input) => (typeof input === "number" ? input : FAIL)
    case "BooleanKeyword":
      return (input) => (typeof input === "boolean" ? input : FAIL)
    case "UndefinedKeyword":
      return (input) => (input === undefined ? input : FAIL)
    case "UnknownKeyword":
    case "AnyKeyword":
      return (input) => input
    case "Literal": {
      const literal = ast.literal
      return (input) => (input === literal ? input : FAIL)
    }
    case "TypeLiteral":
      return compileTypeLiteral(ast, memo)
    case "TupleType":
      return compileTuple(ast, memo)
    case "Union":
      return compileUnion(ast, memo)
    case "Refinement": {
      const from = compile(ast.from, memo)
      const filter = ast.filter
      return (input) => {
        const a = from(input)
        if (a === FAIL) return FAIL
        return Option.isNone(filter(a, options, ast)) ? a : FAIL
      }
    }
    case "Transformation":
      return compileTransformation(ast, memo)
    case "Declaration": {
      // The two declared types every decimal field goes through, read as their declarations read them.
      const typeConstructor = AST.getTypeConstructorAnnotation(ast)
      const tag = Option.isSome(typeConstructor) && Predicate.hasProperty(typeConstructor.value, "_tag")
        ? typeConstructor.value._tag
        : undefined
      if (tag === "effect/BigDecimal" && ast.typeParameters.length === 0) {
        return (input) => (BigDecimal.isBigDecimal(input) ? input : FAIL)
      }
      if (tag === "effect/Option" && ast.typeParameters.length === 1) {
        const inner = compile(ast.typeParameters[0]!, memo)
        return (input) => {
          if (!Option.isOption(input)) return FAIL
          if (Option.isNone(input)) return Option.none()
          const value = inner(input.value)
          // An Option whose value comes back unchanged is returned as is: an equal Option.
          return value === FAIL ? FAIL : value === input.value ? input : Option.some(value)
        }
      }
      const parse = ast.decodeUnknown(...ast.typeParameters)
      return (input) => fromResult(parse(input, options, ast))
    }
    default:
      return interpreted(ast)
  }
}

/**
 * Options of {@link make} and {@link makeFastPath}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /**
   * `false` decodes structs with closures only, never with generated code (the results are the same;
   * generated code is used where the platform allows it, and is several times faster). Default `true`.
   */
  readonly jit?: boolean | undefined
}

/**
 * The compiled decoder alone: the value `Schema.decodeUnknownEither(schema)` would give, or
 * {@link invalid} when the compiled parts cannot decode the input (an invalid input, or a part that
 * only the interpreter decodes, such as an asynchronous one). No `Either` is built and no error
 * message: for hot loops that handle `invalid` themselves (e.g. by calling {@link make}'s decoder
 * for the error). Parts the compiler does not know are decoded by the interpreter.
 *
 * @example
 * ```ts
 * import { Decoder } from "@kalshi-effect/core"
 * import * as Schema from "effect/Schema"
 *
 * const decode = Decoder.makeFastPath(Schema.Struct({ n: Schema.Number }))
 * decode({ n: 1 }) // { n: 1 }
 * decode({ n: "1" }) === Decoder.invalid // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeFastPath = <A, I>(
  schema: Schema.Schema<A, I, never>,
  options?: Options
): (input: unknown) => A | typeof invalid => {
  let fast: Compiled
  try {
    fast = compile(schema.ast, new Memo(options?.jit !== false))
  } catch {
    const slow = Schema.decodeUnknownEither(schema)
    return (input) => {
      const result = slow(input)
      return result._tag === "Right" ? result.right : invalid
    }
  }
  return fast as (input: unknown) => A | typeof invalid
}

/**
 * A decoder for `schema`: the result of `Schema.decodeUnknownEither(schema)` for every input, built
 * once and fast on the common path.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <A, I>(
  schema: Schema.Schema<A, I, never>,
  options?: Options
): (input: unknown) => Either.Either<A, ParseResult.ParseError> => {
  const slow = Schema.decodeUnknownEither(schema)
  let fast: Compiled
  try {
    fast = compile(schema.ast, new Memo(options?.jit !== false))
  } catch {
    return slow
  }
  return (input) => {
    const value = fast(input)
    // The compiled parts only return what the schema's own functions returned for this input.
    return value === FAIL ? slow(input) : Either.right(value as A)
  }
}
