/**
 * The fast response decoders, written as TypeScript from the same facts as the response schemas.
 *
 * The generator reads each response value of the spec into a {@link Shape} (a string, a `*_dollars`
 * decimal, a reference to a component, an array that may be `null`, a record, a struct whose
 * properties each have a {@link PropertyForm}), and writes both the schema (`Schemas.ts`) and the
 * decoder (`Decoders.ts`) from that one shape. A decoder is straight-line code with literal
 * property names: it returns the value the schema's interpreter returns, or `F` when the input is
 * not in the plain shape it knows, and the interpreter then decodes the input (for the value or
 * the precise error). Property tests check that rule on every component (`test/decoders.test.ts`).
 */

/** What a response value is. */
export type Shape =
  | { readonly _tag: "String" }
  | { readonly _tag: "Number" }
  | { readonly _tag: "Boolean" }
  | { readonly _tag: "Unknown" }
  /** `type: object` without properties: anything but `null` and `undefined`, kept as it is. */
  | { readonly _tag: "Object" }
  /** `[dollars, count]`, both fixed-point strings. */
  | { readonly _tag: "PriceLevel" }
  | { readonly _tag: "Decimal"; readonly kind: "dollars" | "count" }
  | { readonly _tag: "IntegerMoney"; readonly kind: "cents" | "centiCents" }
  | { readonly _tag: "Ref"; readonly name: string }
  /** A string enum that also accepts values added later: any string. */
  | { readonly _tag: "OpenEnum"; readonly values: ReadonlyArray<string | number> }
  /** A numeric enum: exactly one of the values. */
  | { readonly _tag: "Literals"; readonly values: ReadonlyArray<string | number> }
  /** An array; `null` decodes to `[]`. */
  | { readonly _tag: "NullableArray"; readonly item: Shape }
  | { readonly _tag: "Record"; readonly value: Shape }
  | { readonly _tag: "Struct"; readonly props: ReadonlyArray<Prop> }

/**
 * How a struct property is read: `required` (the shape itself, absent is an error), `field`
 * (absent or `null` is absent), `arrayField` (absent, `null` or `undefined` is `[]`), `payloadArray`
 * (required; `null` is `[]`), `dollarsField` / `countField` (absent, `null` or `""` is absent).
 */
export type PropertyForm = "required" | "field" | "arrayField" | "payloadArray" | "dollarsField" | "countField"

/** One property of a struct: for the array forms `shape` is the item's. */
export interface Prop {
  readonly name: string
  readonly form: PropertyForm
  readonly shape: Shape | undefined
  /** The doc comment lines of the schema's property. */
  readonly lines: ReadonlyArray<string | undefined>
}

const str = (s: string) => JSON.stringify(s)

/** Names a plain object inherits: read from the input only when they are own properties. */
const inherited = new Set(Object.getOwnPropertyNames(Object.prototype))

/** The schema text of a shape, as `Schemas.ts` writes it. */
export const shapeText = (shape: Shape, structText: (props: ReadonlyArray<Prop>) => string): string => {
  const go = (s: Shape): string => {
    switch (s._tag) {
      case "String":
        return "Schema.String"
      case "Number":
        return "Schema.Number"
      case "Boolean":
        return "Schema.Boolean"
      case "Unknown":
        return "Schema.Unknown"
      case "Object":
        return "Schema.Struct({})"
      case "PriceLevel":
        return "Schema.Tuple(FixedPoint.FixedPointDollars, FixedPoint.FixedPointCount)"
      case "Decimal":
        return s.kind === "dollars" ? "FixedPoint.FixedPointDollars" : "FixedPoint.FixedPointCount"
      case "IntegerMoney":
        return s.kind === "cents" ? "FixedPoint.DollarsFromCents" : "FixedPoint.DollarsFromCentiCents"
      case "Ref":
        return s.name
      case "OpenEnum":
        return `openEnum(${literalList(s.values)})`
      case "Literals":
        return `Schema.Literal(${literalList(s.values)})`
      case "NullableArray":
        return `nullableArray(${go(s.item)})`
      case "Record":
        return `Schema.Record({ key: Schema.String, value: ${go(s.value)} })`
      case "Struct":
        return structText(s.props)
    }
  }
  return go(shape)
}

const literalList = (values: ReadonlyArray<string | number>) =>
  values.map((v) => (typeof v === "string" ? str(v) : String(v))).join(", ")

/** The schema text of a property's value. */
export const propertyValueText = (prop: Prop, text: (shape: Shape) => string): string => {
  switch (prop.form) {
    case "required":
      return text(prop.shape!)
    case "field":
      return `field(${text(prop.shape!)})`
    case "arrayField":
      return `arrayField(${text(prop.shape!)})`
    case "payloadArray":
      return `payloadArray(${text(prop.shape!)})`
    case "dollarsField":
      return "dollarsField"
    case "countField":
      return "countField"
  }
}

// -------------------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------------------

/** The code of one generated module: hoisted helpers and functions, written once each. */
class Module {
  readonly functions: Array<string> = []
  readonly hoisted = new Map<string, string>()
  /** The helpers of `internal/decodeRuntime.ts` the code uses. */
  readonly runtime = new Set<string>()
  private counter = 0

  /** A helper of the runtime module, recorded for the import. */
  rt(name: string): string {
    this.runtime.add(name)
    return name
  }

  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`
  }

  /** A module-level constant holding `code`, shared by every use of the same code. */
  hoist(code: string): string {
    let name = this.hoisted.get(code)
    if (name === undefined) {
      name = `h${this.hoisted.size}`
      this.hoisted.set(code, name)
    }
    return name
  }
}

const decoderName = (component: string) => `decode${component}`

/** A function value decoding one value of `shape` (for array items and record values). */
const fnOf = (m: Module, shape: Shape, type: string, owner: string): string => {
  switch (shape._tag) {
    case "String":
    case "OpenEnum":
      return m.rt("string")
    case "Number":
      return m.rt("number")
    case "Boolean":
      return m.rt("boolean")
    case "Unknown":
      return m.rt("unknown")
    case "Object":
      return m.rt("object")
    case "PriceLevel":
      return m.rt("priceLevel")
    case "Decimal":
      return m.rt(shape.kind === "dollars" ? "dollars" : "count")
    case "IntegerMoney":
      return m.rt(shape.kind)
    case "Ref":
      return decoderName(shape.name)
    case "Literals":
      return m.hoist(
        `(u: unknown) => (${shape.values.map((v) => `u === ${literalCode(v)}`).join(" || ")} ? u : ${m.rt("F")})`
      )
    case "NullableArray":
      return m.hoist(`(u: unknown) => ${m.rt("nullableArray")}(u, ${fnOf(m, shape.item, `${type}[number]`, owner)})`)
    case "Record":
      return m.hoist(`(u: unknown) => ${m.rt("record")}(u, ${fnOf(m, shape.value, `${type}[string]`, owner)})`)
    case "Struct":
      return structFunction(m, shape.props, type, `${owner}${m.fresh("_")}`)
  }
}

const literalCode = (v: string | number) => (typeof v === "string" ? str(v) : String(v))

/**
 * Statements that check `v` (an `unknown` local) against `shape` and leave the decoded value in the
 * returned expression, or `return F`.
 */
const valueCode = (
  m: Module,
  shape: Shape,
  type: string,
  owner: string
): { readonly lines: ReadonlyArray<string>; readonly value: string } => {
  switch (shape._tag) {
    case "String":
    case "OpenEnum":
      return { lines: ["if (typeof v !== \"string\") return F"], value: "v" }
    case "Number":
      return { lines: ["if (typeof v !== \"number\") return F"], value: "v" }
    case "Boolean":
      return { lines: ["if (typeof v !== \"boolean\") return F"], value: "v" }
    case "Unknown":
      return { lines: [], value: "v" }
    case "Object":
      return { lines: ["if (v === null || v === undefined) return F"], value: "v" }
    case "Literals":
      return {
        lines: [`if (${shape.values.map((x) => `v !== ${literalCode(x)}`).join(" && ")}) return F`],
        value: "v"
      }
    case "Decimal": {
      const d = m.fresh("d")
      const read = shape.kind === "dollars" ? "readDollars" : "readCount"
      return {
        lines: [
          "if (typeof v !== \"string\") return F",
          `const ${d} = FixedPoint.${read}(v)`,
          `if (${d} === undefined) return F`
        ],
        value: d
      }
    }
    case "IntegerMoney":
      return {
        lines: ["if (typeof v !== \"number\" || !Number.isSafeInteger(v)) return F"],
        value: `BigDecimal.make(BigInt(v), ${shape.kind === "cents" ? 2 : 4})`
      }
    case "PriceLevel":
    case "Ref":
    case "NullableArray":
    case "Record":
    case "Struct": {
      const r = m.fresh("r")
      const call = shape._tag === "NullableArray"
        ? `${m.rt("nullableArray")}(v, ${fnOf(m, shape.item, `${type}[number]`, owner)})`
        : shape._tag === "Record"
        ? `${m.rt("record")}(v, ${fnOf(m, shape.value, `${type}[string]`, owner)})`
        : `${fnOf(m, shape, type, owner)}(v)`
      return { lines: [`const ${r} = ${call}`, `if (${r} === F) return F`], value: r }
    }
  }
}

/** The statements decoding one property of `input` into `out`. */
const propertyCode = (m: Module, prop: Prop, type: string, owner: string): ReadonlyArray<string> => {
  const name = str(prop.name)
  const target = `out[${name}]`
  if (inherited.has(prop.name)) {
    // A name every object inherits: the plain reading cannot tell absent from inherited.
    return prop.form === "required" || prop.form === "payloadArray"
      ? ["return F"]
      : [`if (${m.rt("hasOwn")}(input, ${name})) return F`]
  }
  const read = `v = input[${name}]`
  const indent = (lines: ReadonlyArray<string>) => lines.map((l) => `  ${l}`)
  switch (prop.form) {
    case "required": {
      const { lines, value } = valueCode(m, prop.shape!, `${type}[${name}]`, owner)
      return [read, "if (v === undefined) return F", ...lines, `${target} = ${value}`]
    }
    case "field": {
      const { lines, value } = valueCode(m, prop.shape!, `Exclude<${type}[${name}], undefined>`, owner)
      return [
        read,
        "if (v !== undefined && v !== null) {",
        ...indent([...lines, `${target} = ${value}`]),
        `} else if (v === undefined && ${m.rt("hasOwn")}(input, ${name})) return F`
      ]
    }
    case "dollarsField":
    case "countField": {
      const { lines, value } = valueCode(
        m,
        { _tag: "Decimal", kind: prop.form === "dollarsField" ? "dollars" : "count" },
        "",
        owner
      )
      return [
        read,
        "if (v !== undefined && v !== null && v !== \"\") {",
        ...indent([...lines, `${target} = ${value}`]),
        `} else if (v === undefined && ${m.rt("hasOwn")}(input, ${name})) return F`
      ]
    }
    case "arrayField":
    case "payloadArray": {
      const r = m.fresh("r")
      const item = fnOf(m, prop.shape!, `${type}[${name}][number]`, owner)
      return [
        read,
        prop.form === "arrayField"
          ? `if (v === undefined || v === null) ${target} = []`
          : `if (v === undefined) return F\nif (v === null) ${target} = []`,
        "else {",
        ...indent([`const ${r} = ${m.rt("array")}(v, ${item})`, `if (${r} === F) return F`, `${target} = ${r}`]),
        "}"
      ]
    }
  }
}

/** Emits the function decoding a struct of type `type`, and returns its name. */
const structFunction = (m: Module, props: ReadonlyArray<Prop>, type: string, name: string): string => {
  if (props.length === 0) return m.rt("object")
  const fn = decoderName(name)
  // Reserve the slot first: nested structs add their functions while this one is written.
  const slot = m.functions.length
  m.functions.push("")
  const body = props.flatMap((p) => propertyCode(m, p, type, name))
  m.functions[slot] = [
    `function ${fn}(input: unknown): ${type} | Fail {`,
    `  if (!${m.rt("isPlainObject")}(input)) return F`,
    `  const out = {} as Mutable<${type}>`,
    "  let v: unknown",
    ...body.flatMap((l) => l.split("\n")).map((l) => `  ${l}`),
    "  return out",
    "}"
  ].join("\n")
  return fn
}

/**
 * The text of `Decoders.ts`: one decoder per component, in `order`, from the shapes the schemas
 * were written from.
 */
export const emitDecoders = (
  header: string,
  order: ReadonlyArray<string>,
  shapes: ReadonlyMap<string, Shape>
): string => {
  const m = new Module()
  const entries: Array<string> = []
  for (const name of order) {
    const shape = shapes.get(name)!
    const type = `Schemas.${name}`
    if (shape._tag === "Struct" && shape.props.length > 0) {
      structFunction(m, shape.props, type, name)
    } else {
      const { lines, value } = valueCode(m, shape, type, name)
      m.functions.push(
        [
          `function ${decoderName(name)}(v: unknown): ${type} | Fail {`,
          ...lines.map((l) => `  ${l}`),
          `  return ${value}`,
          "}"
        ].join("\n")
      )
    }
    entries.push(`  ${name}: ${decoderName(name)}`)
  }
  const hoisted = [...m.hoisted].map(([code, name]) => `const ${name} = ${code}`)
  const code = [...hoisted, ...m.functions].join("\n")
  // Every decoder returns F somewhere; the imports list what the code uses.
  const runtime = [...m.runtime, "F"].filter((h, i, all) => all.indexOf(h) === i)
    .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))
  return [
    header +
    (code.includes("FixedPoint.") ? `import * as FixedPoint from "@kalshi-effect/core/FixedPoint"\n` : "") +
    (code.includes("BigDecimal.") ? `import * as BigDecimal from "effect/BigDecimal"\n` : "") +
    `import { ${runtime.join(", ")}, type Fail, type Mutable } from "../internal/decodeRuntime.js"\n` +
    `import type * as Schemas from "./Schemas.js"`,
    hoisted.join("\n"),
    ...m.functions,
    "/**\n * The fast decoder of every component, by name: the value the component's schema decodes the input to,\n" +
    " * or `F` when the interpreter must decide.\n */\n" +
    `export const decoders = {\n${entries.join(",\n")}\n} as const\n`
  ].filter((part) => part !== "").join("\n\n")
}
