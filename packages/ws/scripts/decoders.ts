/**
 * The generator of the fast message decoders (`src/internal/generated/Decoders.ts`), from the data
 * message schemas of `src/Messages.ts` themselves: it walks each schema's AST and writes, as
 * straight-line TypeScript with literal property names, what the interpreter computes for the plain
 * shape of the message.
 *
 * What it knows is read from the schema, never from an annotation: structs, optional properties,
 * literals, keywords, unions of those, arrays and tuples, records of unknown values; the decimals
 * of core's `FixedPoint` and effect's `Schema.BigDecimal`, and the two property transformations of
 * `Messages` (`Levels`, `OptionalDollars`), each recognised by being that very schema (or that very
 * transformation function). Anything else in a message makes its decoder hand every frame to the
 * interpreter, and the generated file says so.
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import * as Messages from "../src/Messages.js"

const str = (s: string) => JSON.stringify(s)

/** A part of a schema the generator does not write code for. */
class Unsupported extends Error {}

/** The leaf schemas the generator reads as known decimals, by AST identity. */
const leaves = new Map<AST.AST, "dollars" | "count" | "wholeDollars" | "decimal">([
  [FixedPoint.FixedPointDollars.ast, "dollars"],
  [FixedPoint.FixedPointCount.ast, "count"],
  [FixedPoint.DollarsFromWholeDollars.ast, "wholeDollars"],
  [Schema.BigDecimal.ast, "decimal"]
])

/** The property transformations of `Messages`, by the identity of their decode functions. */
const decodeOf = (ps: Schema.PropertySignature.All) => {
  if (!(ps.ast instanceof Schema.PropertySignatureTransformation)) throw new Error("not a property transformation")
  return ps.ast.decode
}
const levelsDecode = decodeOf(Messages.Levels)
const optionalDollarsDecode = decodeOf(Messages.OptionalDollars)

/** The declared "any string" member of `Messages.OpenEnum`, read from an enum the module builds. */
const openEnumString: AST.AST = (() => {
  const union = Messages.OpenEnum("x").ast as AST.Union
  const member = union.types[union.types.length - 1]!
  if (member._tag !== "Transformation") throw new Error("OpenEnum is no longer Union(literals, compose(String, _))")
  return member.to
})()

/** Object.prototype's names: read from an input only as own properties. */
const inherited = new Set(Object.getOwnPropertyNames(Object.prototype))

class Module {
  readonly functions: Array<string> = []
  readonly hoisted = new Map<string, string>()
  readonly runtime = new Set<string>(["F"])
  /** The function already written for an AST node (a tuple, a struct), shared by its uses. */
  readonly byAst = new Map<AST.AST, string>()
  private counter = 0
  fresh(prefix: string) {
    return `${prefix}${this.counter++}`
  }
  rt(name: string) {
    this.runtime.add(name)
    return name
  }
  hoist(code: string) {
    let name = this.hoisted.get(code)
    if (name === undefined) {
      name = `h${this.hoisted.size}`
      this.hoisted.set(code, name)
    }
    return name
  }
}

const flatten = (ast: AST.AST): ReadonlyArray<AST.AST> => ast._tag === "Union" ? ast.types.flatMap(flatten) : [ast]

const isOpenEnumString = (ast: AST.AST) =>
  ast._tag === "Transformation" && ast.transformation._tag === "ComposeTransformation" &&
  ast.from._tag === "StringKeyword" && ast.to === openEnumString

/** A member of a union that returns its input unchanged when it accepts it: the union is a predicate. */
const predicateOf = (ast: AST.AST, v: string): string | undefined => {
  if (isOpenEnumString(ast)) return `typeof ${v} === "string"`
  switch (ast._tag) {
    case "StringKeyword":
      return `typeof ${v} === "string"`
    case "NumberKeyword":
      return `typeof ${v} === "number"`
    case "BooleanKeyword":
      return `typeof ${v} === "boolean"`
    case "UndefinedKeyword":
      return `${v} === undefined`
    case "Literal":
      return `${v} === ${
        ast.literal === null ? "null" : typeof ast.literal === "string" ? str(ast.literal) : String(ast.literal)
      }`
    default:
      return undefined
  }
}

/** Statements checking the `unknown` local `v` against `ast`, leaving the decoded value in `value`. */
const valueCode = (
  m: Module,
  ast: AST.AST,
  type: string
): { readonly lines: ReadonlyArray<string>; readonly value: string } => {
  const leaf = leaves.get(ast)
  if (leaf !== undefined) {
    const d = m.fresh("d")
    switch (leaf) {
      case "dollars":
      case "count":
        return {
          lines: [
            "if (typeof v !== \"string\") return F",
            `const ${d} = FixedPoint.${leaf === "dollars" ? "readDollars" : "readCount"}(v)`,
            `if (${d} === undefined) return F`
          ],
          value: d
        }
      case "wholeDollars":
        return {
          lines: ["if (typeof v !== \"number\" || !Number.isSafeInteger(v)) return F"],
          value: "BigDecimal.make(BigInt(v), 0)"
        }
      case "decimal":
        return {
          lines: [
            "if (typeof v !== \"string\") return F",
            `const ${d} = BigDecimal.fromString(v)`,
            `if (${d}._tag === "None") return F`
          ],
          value: `BigDecimal.normalize(${d}.value)`
        }
    }
  }
  const simple = predicateOf(ast, "v")
  if (simple !== undefined) return { lines: [`if (!(${simple})) return F`], value: "v" }
  switch (ast._tag) {
    case "UnknownKeyword":
      return { lines: [], value: "v" }
    case "Union": {
      const predicates = flatten(ast).map((t) => predicateOf(t, "v"))
      if (predicates.some((p) => p === undefined)) throw new Unsupported(`a union of records: ${String(ast)}`)
      return { lines: [`if (!(${predicates.join(" || ")})) return F`], value: "v" }
    }
    default: {
      const r = m.fresh("r")
      return { lines: [`const ${r} = ${callOf(m, ast, type, "v")}`, `if (${r} === F) return F`], value: r }
    }
  }
}

/** An expression decoding `src` to a value of `ast` or `F` (for records, arrays and structs). */
const callOf = (m: Module, ast: AST.AST, type: string, src: string): string => {
  switch (ast._tag) {
    case "TupleType": {
      if (ast.elements.length === 0 && ast.rest.length === 1) {
        return `${m.rt("array")}(${src}, ${fnOf(m, ast.rest[0]!.type, `${type}[number]`)})`
      }
      if (ast.rest.length === 0 && ast.elements.every((e) => !e.isOptional)) {
        return `${tupleFunction(m, ast, type)}(${src})`
      }
      throw new Unsupported(`a tuple with optional or rest elements: ${String(ast)}`)
    }
    case "TypeLiteral": {
      if (ast.propertySignatures.length === 0 && ast.indexSignatures.length === 1) {
        const is = ast.indexSignatures[0]!
        if (is.parameter._tag !== "StringKeyword") throw new Unsupported(`a record keyed by ${String(is.parameter)}`)
        return `${m.rt("record")}(${src}, ${fnOf(m, is.type, `${type}[string]`)})`
      }
      if (ast.indexSignatures.length > 0) throw new Unsupported(`a struct with an index signature: ${String(ast)}`)
      return `${m.byAst.get(ast) ?? structFunction(m, ast.propertySignatures.map(plainProp), type, ast)}(${src})`
    }
    case "Transformation":
      if (ast.transformation._tag === "TypeLiteralTransformation") {
        return `${m.byAst.get(ast) ?? structFunction(m, transformedProps(ast), type, ast)}(${src})`
      }
      throw new Unsupported(`a transformation: ${String(ast)}`)
    default:
      throw new Unsupported(`${ast._tag}: ${String(ast)}`)
  }
}

/** A function value decoding one value of `ast` (array items, record values). */
const fnOf = (m: Module, ast: AST.AST, type: string): string => {
  if (ast._tag === "UnknownKeyword") return m.rt("unknown")
  const call = /^(\w+)\(v\)$/.exec(
    leaves.has(ast) || predicateOf(ast, "v") !== undefined ? "" : callOf(m, ast, type, "v")
  )
  // A tuple or a struct: its own function.
  if (call !== null) return call[1]!
  const { lines, value } = valueCode(m, ast, type)
  return m.hoist(
    `(v: unknown): ${type} | Fail => {\n${[...lines, `return ${value}`].map((l) => `  ${l}`).join("\n")}\n}`
  )
}

const tupleFunction = (m: Module, ast: AST.TupleType, type: string): string => {
  const known = m.byAst.get(ast)
  if (known !== undefined) return known
  const values: Array<string> = []
  const lines = [
    `if (!Array.isArray(u) || u.length !== ${ast.elements.length}) return F`,
    "let v: unknown",
    ...ast.elements.flatMap((e, i) => {
      const code = valueCode(m, e.type, `${type}[${i}]`)
      const name = m.fresh("e")
      values.push(name)
      return [`v = u[${i}]`, ...code.lines, `const ${name} = ${code.value}`]
    })
  ]
  lines.push(`return [${values.join(", ")}]`)
  const name = m.hoist(`(u: unknown): ${type} | Fail => {\n${lines.map((l) => `  ${l}`).join("\n")}\n}`)
  m.byAst.set(ast, name)
  return name
}

/** How a property is read: as its schema says, or through one of the known transformations. */
interface Prop {
  readonly name: string
  readonly optional: boolean
  readonly form: "plain" | "levels" | "optionalDollars"
  readonly type: AST.AST
}

const plainProp = (ps: AST.PropertySignature): Prop => {
  if (typeof ps.name !== "string") throw new Unsupported("a symbol key")
  // An optional property's `undefined` is handed to the interpreter before its type is read.
  const type = ps.isOptional && ps.type._tag === "Union"
    ? AST.Union.make(ps.type.types.filter((t) => t._tag !== "UndefinedKeyword"))
    : ps.type
  return { name: ps.name, optional: ps.isOptional, form: "plain", type }
}

/**
 * The properties of a struct with property transformations, in the order of its `to` side (the
 * interpreter's output order): each is either transformed by one of the known transformations
 * (from the property of the same name) or copied from the `from` side unchanged.
 */
const transformedProps = (ast: AST.Transformation): ReadonlyArray<Prop> => {
  const { from, to } = ast
  const transformation = ast.transformation as AST.TypeLiteralTransformation
  if (from._tag !== "TypeLiteral" || to._tag !== "TypeLiteral") throw new Unsupported("a transformed non-struct")
  if (from.indexSignatures.length > 0 || to.indexSignatures.length > 0) throw new Unsupported("an index signature")
  if (from.propertySignatures.length !== to.propertySignatures.length) throw new Unsupported("a renamed property")
  const fromByName = new Map(from.propertySignatures.map((ps) => [ps.name, ps]))
  return to.propertySignatures.map((ps) => {
    const source = fromByName.get(ps.name)
    if (source === undefined) throw new Unsupported(`a property ${String(ps.name)} without a source`)
    const pst = transformation.propertySignatureTransformations.find((t) => t.to === ps.name)
    if (pst === undefined) return plainProp(source)
    if (pst.from !== ps.name || typeof ps.name !== "string") throw new Unsupported("a renamed property")
    if (pst.decode === levelsDecode) {
      const members = flatten(source.type).filter((t) => t._tag !== "UndefinedKeyword" && !isNull(t))
      if (members.length !== 1) throw new Unsupported("Levels over another type")
      return { name: ps.name, optional: true, form: "levels", type: members[0]! }
    }
    if (pst.decode === optionalDollarsDecode) {
      if (source.type !== FixedPoint.FixedPointDollarsOrEmpty.ast) throw new Unsupported("OptionalDollars")
      return { name: ps.name, optional: true, form: "optionalDollars", type: source.type }
    }
    throw new Unsupported(`the transformation of property ${ps.name}`)
  })
}

const isNull = (ast: AST.AST) => ast._tag === "Literal" && ast.literal === null

const propertyCode = (m: Module, p: Prop, type: string): ReadonlyArray<string> => {
  const name = str(p.name)
  if (inherited.has(p.name)) return p.optional ? [`if (${m.rt("hasOwn")}(input, ${name})) return F`] : ["return F"]
  const target = `out[${name}]`
  const read = `v = input[${name}]`
  const absent = `} else if (${m.rt("hasOwn")}(input, ${name})) return F`
  const indent = (lines: ReadonlyArray<string>) => lines.map((l) => `  ${l}`)
  switch (p.form) {
    case "levels": {
      // Absent, `null` and `undefined` are `[]`.
      const call = callOf(m, p.type, `${type}[${name}]`, "v")
      const r = m.fresh("r")
      return [
        read,
        `if (v === undefined || v === null) ${target} = []`,
        "else {",
        ...indent([`const ${r} = ${call}`, `if (${r} === F) return F`, `${target} = ${r}`]),
        "}"
      ]
    }
    case "optionalDollars": {
      // Absent and `""` are absent.
      const code = valueCode(m, FixedPoint.FixedPointDollars.ast, "")
      return [
        read,
        "if (v !== undefined && v !== \"\") {",
        ...indent([...code.lines, `${target} = ${code.value}`]),
        absent
      ]
    }
    case "plain": {
      if (!p.optional) {
        const code = valueCode(m, p.type, `${type}[${name}]`)
        return [read, "if (v === undefined) return F", ...code.lines, `${target} = ${code.value}`]
      }
      const code = valueCode(m, p.type, `Exclude<${type}[${name}], undefined>`)
      return [read, "if (v !== undefined) {", ...indent([...code.lines, `${target} = ${code.value}`]), absent]
    }
  }
}

/**
 * A message class's decoder: its name, and the class (a type of `Messages`) whose prototype the
 * decoded message is built on.
 */
interface Exported {
  readonly fn: string
  readonly className: string
}

const structFunction = (
  m: Module,
  props: ReadonlyArray<Prop>,
  type: string,
  ast: AST.AST,
  exported?: Exported
): string => {
  const fn = exported?.fn ?? m.fresh("struct")
  if (exported === undefined) m.byAst.set(ast, fn)
  const slot = m.functions.length
  m.functions.push("")
  const body = props.flatMap((p) => propertyCode(m, p, type))
  const klass = exported !== undefined ? `Messages.${exported.className}` : undefined
  m.functions[slot] = [
    klass !== undefined
      ? `export function ${fn}(input: unknown, Class: { readonly prototype: ${klass} }): ${klass} | Fail {`
      : `function ${fn}(input: unknown): ${type} | Fail {`,
    `  if (!${m.rt("isPlainObject")}(input)) return F`,
    // The message is built on its class's prototype with its properties in the interpreter's order,
    // as the class's constructor builds it (a copy of the props assigned to the instance), without
    // the copies: the generator writes no decoder for a class whose constructor adds anything.
    klass !== undefined
      ? `  const out = Object.create(Class.prototype) as Mutable<${klass}>`
      : `  const out = {} as Mutable<${type}>`,
    "  let v: unknown",
    ...body.flatMap((l) => l.split("\n")).map((l) => `  ${l}`),
    "  return out",
    "}"
  ].join("\n")
  return fn
}

/**
 * Throws {@link Unsupported} unless the class's constructor, given no properties, builds a bare
 * instance of the class: no constructor defaults, no instance fields. Its constructor then builds
 * a message as its properties assigned onto its prototype, which the decoder does directly.
 */
export const constructorAddsNothing = (schema: unknown): void => {
  const Class = schema as new(props: object, disableValidation: boolean) => object
  const bare = new Class({}, true)
  if (Object.getPrototypeOf(bare) !== Class.prototype || Reflect.ownKeys(bare).length > 0) {
    throw new Unsupported("a class whose constructor adds properties (defaults or instance fields)")
  }
}

/** The export of `Messages` that is `schema` (a message class), by identity. */
const classNameOf = (schema: unknown): string | undefined =>
  Object.entries(Messages).find(([name, value]) => value === schema && /^[A-Z]/.test(name))?.[0]

/**
 * The text of `src/internal/generated/Decoders.ts`: for each data message type, a function giving
 * the message the interpreter builds (on the prototype of the class it is given) or `F`.
 */
export const generate = (): string => {
  const m = new Module()
  const entries: Array<string> = []
  const fallbacks: Array<string> = []
  for (const [type, schema] of Object.entries(Messages.dataMessageSchemas)) {
    const className = classNameOf(schema)
    const fn = `decode_${type}`
    const ast = schema.ast
    const snapshot = {
      functions: m.functions.length,
      hoisted: new Map(m.hoisted),
      runtime: new Set(m.runtime),
      byAst: new Map(m.byAst)
    }
    try {
      if (ast._tag === "Union") throw new Unsupported("a union of message classes")
      if (
        className === undefined || ast._tag !== "Transformation" || ast.to._tag !== "Declaration" ||
        ast.from._tag !== "TypeLiteral"
      ) {
        throw new Unsupported("not a message class")
      }
      constructorAddsNothing(schema)
      structFunction(m, ast.from.propertySignatures.map(plainProp), `Props<typeof Messages.${className}>`, ast.from, {
        fn,
        className
      })
      entries.push(`  ${type}: ${fn}`)
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error
      m.functions.length = snapshot.functions
      m.hoisted.clear()
      snapshot.hoisted.forEach((v, k) => m.hoisted.set(k, v))
      m.runtime.clear()
      snapshot.runtime.forEach((name) => m.runtime.add(name))
      m.byAst.clear()
      snapshot.byAst.forEach((v, k) => m.byAst.set(k, v))
      fallbacks.push(` * - \`${type}\`: ${error.message}`)
      entries.push(`  ${type}: undefined`)
    }
  }
  const hoisted = [...m.hoisted].map(([code, name]) => `const ${name} = ${code}`)
  const code = [...hoisted, ...m.functions].join("\n")
  const runtime = [...m.runtime].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))
  const header = [
    "/**",
    " * The fast decoders of the WebSocket data messages: for each message `type`, the message (exactly what the",
    " * schema's interpreter builds: its properties, in the same order, on the prototype of the class passed in),",
    " * or `F` when the frame is not in the plain shape the decoder knows and the interpreter must decide (for the",
    " * message or the precise error).",
    " *",
    ...(fallbacks.length > 0
      ? [" * Decoded by the interpreter alone (the generator writes no code for):", ...fallbacks, " *"]
      : []),
    " * GENERATED FILE: do not edit. Produced by `npm run codegen` (packages/ws/scripts/codegen.ts) from the schemas",
    " * of `Messages.ts`. Tests fail when it differs from what they generate.",
    " *",
    " * @internal",
    " */",
    ...(code.includes("FixedPoint.") ? [`import * as FixedPoint from "@kalshi-effect/core/FixedPoint"`] : []),
    ...(code.includes("BigDecimal.") ? [`import * as BigDecimal from "effect/BigDecimal"`] : []),
    `import type * as Messages from "../../Messages.js"`,
    `import { ${runtime.join(", ")}, type Fail, type Mutable, type Props } from "../decodeRuntime.js"`
  ].join("\n")
  return [
    header,
    hoisted.join("\n"),
    ...m.functions,
    "/** The fast decoder of each data message type (`undefined`: the interpreter decodes it). */\n" +
    `export const decoders = {\n${entries.join(",\n")}\n} as const\n`
  ].filter((part) => part !== "").join("\n\n")
}
