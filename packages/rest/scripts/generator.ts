/**
 * The code generator of `@kalshi-effect/rest`: reads the Trade API OpenAPI document and writes
 * `src/generated/Schemas.ts` (every component, decoded tolerantly), `src/generated/Requests.ts`
 * (strict schemas of what requests send), `src/generated/Operations.ts` (one descriptor per
 * operation) and `src/generated/Services.ts` (one service per tag).
 *
 * The generator is a pure function of the spec text, so a test can run it in memory and compare its
 * output with the committed files.
 */
import { parse } from "yaml"
import { emitDecoders, type Prop, propertyValueText, type Shape, shapeText } from "./decoders.js"

/** A JSON-schema node of the spec (the subset the Trade API uses). */
interface Node {
  readonly $ref?: string
  readonly type?: string
  readonly format?: string
  readonly enum?: ReadonlyArray<string | number>
  readonly properties?: Readonly<Record<string, Node>>
  readonly required?: ReadonlyArray<string>
  readonly items?: Node
  readonly allOf?: ReadonlyArray<Node>
  readonly nullable?: boolean
  readonly minimum?: number
  readonly maximum?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly additionalProperties?: boolean | Node
  readonly description?: string
  readonly deprecated?: boolean
  readonly example?: unknown
  readonly default?: unknown
  readonly "x-oapi-codegen-extra-tags"?: { readonly validate?: string }
}

interface Parameter {
  readonly $ref?: string
  readonly name: string
  readonly in: "query" | "path" | "header"
  readonly required?: boolean
  readonly description?: string
  readonly deprecated?: boolean
  readonly schema: Node
  readonly style?: string
  readonly explode?: boolean
}

interface OperationObject {
  readonly operationId: string
  readonly summary?: string
  readonly description?: string
  readonly tags: ReadonlyArray<string>
  readonly parameters?: ReadonlyArray<Parameter>
  readonly requestBody?: {
    readonly required?: boolean
    readonly content?: Readonly<Record<string, { readonly schema?: Node }>>
  }
  readonly responses: Readonly<
    Record<string, { readonly $ref?: string; readonly content?: Readonly<Record<string, { readonly schema?: Node }>> }>
  >
  readonly security?: ReadonlyArray<unknown>
  readonly deprecated?: boolean
  readonly "x-mint"?: { readonly content?: string }
}

interface Spec {
  readonly info: { readonly version: string }
  readonly paths: Readonly<Record<string, Readonly<Record<string, OperationObject>>>>
  readonly components: {
    readonly schemas: Readonly<Record<string, Node>>
    readonly parameters: Readonly<Record<string, Parameter>>
  }
}

/** Integer fields that hold money: cents or centi-cents (API-NOTES section 8). */
const integerMoney: Readonly<Record<string, "cents" | "centiCents">> = {
  "GetBalanceResponse.balance": "cents",
  "GetBalanceResponse.portfolio_value": "cents",
  "Settlement.revenue": "cents",
  "Settlement.value": "cents",
  "GetPortfolioRestingOrderTotalValueResponse.total_resting_order_value": "cents",
  "CreateOrderRequest.yes_price": "cents",
  "CreateOrderRequest.no_price": "cents",
  "CreateOrderRequest.buy_max_cost": "cents",
  "AmendOrderRequest.yes_price": "cents",
  "AmendOrderRequest.no_price": "cents",
  "IncentiveProgram.period_reward": "centiCents",
  "IncentiveProgram.max_reward_per_account": "centiCents",
  "IntraExchangeInstanceTransferRequest.amount": "centiCents"
}

const refName = (ref: string): string => ref.slice(ref.lastIndexOf("/") + 1)

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
const pascal = (tag: string) => tag.split(/[-_ ]/).map(upperFirst).join("")
const str = (s: string) => JSON.stringify(s)
const isIdentifier = (s: string) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s)
const key = (s: string) => (isIdentifier(s) ? s : str(s))

/** A JSDoc block from a description, or nothing. */
const doc = (indent: string, lines: ReadonlyArray<string | undefined>): string => {
  const text = lines.filter((l): l is string => l !== undefined && l.trim() !== "")
    .flatMap((l) => l.trim().split("\n"))
    .map((l) => l.replace(/\*\//g, "*\\/").trimEnd())
  if (text.length === 0) return ""
  return `${indent}/**\n${text.map((l) => `${indent} *${l === "" ? "" : ` ${l}`}`).join("\n")}\n${indent} */\n`
}

/** The `validate` tag rules (go-playground validator syntax) the spec attaches to a field. */
const validateRules = (node: Node): Map<string, string> => {
  const rules = new Map<string, string>()
  const tag = node["x-oapi-codegen-extra-tags"]?.validate
  if (tag === undefined) return rules
  // Rules after `dive` apply to the elements; only the container's are kept here.
  for (const part of tag.split(",dive")[0]!.split(",")) {
    const [name, value] = part.split("=")
    if (name !== undefined && name !== "") rules.set(name.trim(), (value ?? "").trim())
  }
  return rules
}

const elementRules = (node: Node): Map<string, string> => {
  const rules = new Map<string, string>()
  const tag = node["x-oapi-codegen-extra-tags"]?.validate
  if (tag === undefined || !tag.includes(",dive")) return rules
  for (const part of tag.split(",dive")[1]!.split(",")) {
    const [name, value] = part.split("=")
    if (name !== undefined && name !== "") rules.set(name.trim(), (value ?? "").trim())
  }
  return rules
}

/** Merges an `allOf: [$ref]` wrapper into the node it wraps (keeping the wrapper's own keys). */
const unwrap = (node: Node): Node => {
  if (node.allOf !== undefined && node.allOf.length === 1) {
    const { allOf, ...rest } = node
    return { ...allOf[0]!, ...rest }
  }
  return node
}

type Mode = "response" | "request"

interface Context {
  readonly spec: Spec
  readonly mode: Mode
  /** The component being emitted, for the money tables. */
  readonly owner: string
  /** Component references used (for ordering). */
  readonly deps: Set<string>
  /** The namespace prefix of component references (`""` in the same file). */
  readonly prefix: string
  /** Expand component references in place (for parameters, whose components may not be generated strictly). */
  readonly inline?: boolean
  /** A query parameter: its strings refuse control characters. */
  readonly query?: boolean
  /** The helpers of `src/internal/schema.ts` the emitted code uses (for the imports). */
  readonly helpers: Set<string>
  /** The fields the component holds as an operation's payload: required on decode (see {@link payloadOf}). */
  readonly payload?: ReadonlySet<string>
}

/**
 * What each `format` of the spec means for a request value, as the helper of
 * `src/internal/schema.ts` that checks it. A format missing here fails the generation, so that a
 * new one is handled rather than silently unchecked. Responses are decoded without format checks
 * (tolerant decoding).
 */
const requestFormats: Readonly<Record<"string" | "integer" | "number", Readonly<Record<string, string>>>> = {
  string: { "date-time": "DateTime", date: "FullDate", uuid: "Uuid" },
  // `Schema.Int` is a safe integer (|n| <= 2^53-1): the int64 values a JavaScript number holds
  // exactly, and so also those of an integer without a format (a 64-bit Go `int` on the exchange).
  integer: { "": "Schema.Int", int64: "Schema.Int", int32: "Int32" },
  number: { "": "Schema.Finite", double: "Schema.Finite", float: "Schema.Finite" }
}

/** The base schema of a request scalar, by its type and format. */
const requestBase = (ctx: Context, node: Node): string => {
  const type = node.type as "string" | "integer" | "number"
  const format = node.format ?? ""
  const base = format === "" && type === "string"
    ? ctx.query === true ? "QueryString" : "Schema.String"
    : requestFormats[type][format]
  if (base === undefined) throw new Error(`${ctx.owner}: unsupported ${type} format ${format}`)
  if (!base.startsWith("Schema.")) ctx.helpers.add(base)
  return base
}

/** The kind of decimal a string field holds, if any. */
const decimalKind = (name: string | undefined, node: Node): "dollars" | "count" | undefined => {
  const n = unwrap(node)
  if (n.$ref !== undefined) {
    const r = refName(n.$ref)
    if (r === "FixedPointDollars") return "dollars"
    if (r === "FixedPointCount") return "count"
    return undefined
  }
  if (n.type === "string" && name !== undefined && n.enum === undefined) {
    if (name.endsWith("_dollars")) return "dollars"
    if (name.endsWith("_fp")) return "count"
  }
  return undefined
}

const integerMoneyKind = (owner: string, name: string | undefined, node: Node): "cents" | "centiCents" | undefined => {
  const n = unwrap(node)
  if (name === undefined || n.type !== "integer") return undefined
  const fixed = integerMoney[`${owner}.${name}`]
  if (fixed !== undefined) return fixed
  if (name.endsWith("_centi_cents")) return "centiCents"
  if (name.endsWith("_cents")) return "cents"
  return undefined
}

/**
 * The schema expression of a node (without optionality). `name` is the property name, used to
 * recognise money fields that are not `$ref`s.
 */
const expr = (ctx: Context, node0: Node, name?: string, rulesFrom?: Node): string => {
  if (ctx.mode === "response") return responseText(responseShape(ctx, node0, name))
  const node = unwrap(node0)
  const rules = validateRules(rulesFrom ?? node0)
  const dec = decimalKind(name, node)
  if (dec !== undefined) return dec === "dollars" ? "FixedPoint.FixedPointDollars" : "FixedPoint.FixedPointCount"
  const money = integerMoneyKind(ctx.owner, name, node)
  if (money !== undefined) return money === "cents" ? "FixedPoint.DollarsFromCents" : "FixedPoint.DollarsFromCentiCents"
  if (node.$ref !== undefined && ctx.inline === true) {
    const { $ref, ...rest } = node
    return expr(ctx, { ...ctx.spec.components.schemas[refName($ref)]!, ...rest }, name, rulesFrom)
  }
  if (node.$ref !== undefined) {
    const r = refName(node.$ref)
    ctx.deps.add(r)
    return `${ctx.prefix}${r}`
  }
  if (node.enum !== undefined) {
    const values = node.enum.map((v) => (typeof v === "string" ? str(v) : String(v))).join(", ")
    ctx.helpers.add("literals")
    return `literals(${values})`
  }
  switch (node.type) {
    case "string": {
      const filters: Array<string> = []
      const min = rules.get("min")
      const max = rules.get("max")
      if (min !== undefined && /^\d+$/.test(min)) filters.push(`Schema.minLength(${min})`)
      if (max !== undefined && /^\d+$/.test(max)) filters.push(`Schema.maxLength(${max})`)
      const oneof = rules.get("oneof")
      if (oneof !== undefined) {
        ctx.helpers.add("literals")
        return `literals(${oneof.split(" ").map(str).join(", ")})`
      }
      const base = requestBase(ctx, node)
      return filters.length > 0 ? `${base}.pipe(${filters.join(", ")})` : base
    }
    case "integer":
    case "number": {
      const filters: Array<string> = []
      const lower = node.minimum ?? num(rules.get("gte")) ?? num(rules.get("min"))
      const upper = node.maximum ?? num(rules.get("lte")) ?? num(rules.get("max"))
      const gt = num(rules.get("gt"))
      if (lower !== undefined) filters.push(`Schema.greaterThanOrEqualTo(${lower})`)
      if (gt !== undefined) filters.push(`Schema.greaterThan(${gt})`)
      if (upper !== undefined) filters.push(`Schema.lessThanOrEqualTo(${upper})`)
      const oneof = rules.get("oneof")
      if (oneof !== undefined) {
        ctx.helpers.add("literals")
        return `literals(${oneof.split(" ").join(", ")})`
      }
      const base = requestBase(ctx, node)
      return filters.length > 0 ? `${base}.pipe(${filters.join(", ")})` : base
    }
    case "boolean":
      return "Schema.Boolean"
    case "array": {
      const items = node.items ?? {}
      const element = elementRules(rulesFrom ?? node0)
      let item = expr(ctx, items, name === undefined ? undefined : `${name}[]`)
      if (element.has("max") && (item === "Schema.String" || item === "QueryString")) {
        item = `${item}.pipe(Schema.maxLength(${element.get("max")}))`
      }
      const filters: Array<string> = []
      const minItems = node.minItems ?? num(rules.get("min"))
      const maxItems = node.maxItems ?? num(rules.get("max"))
      if (minItems !== undefined) filters.push(`Schema.minItems(${minItems})`)
      if (maxItems !== undefined) filters.push(`Schema.maxItems(${maxItems})`)
      return filters.length > 0 ? `Schema.Array(${item}).pipe(${filters.join(", ")})` : `Schema.Array(${item})`
    }
    case "object":
    case undefined: {
      if (node.properties !== undefined) return struct(ctx, node, "")
      const ap = node.additionalProperties
      if (ap !== undefined && ap !== false) {
        const value = ap === true ? "Schema.Unknown" : expr(ctx, ap)
        return `Schema.Record({ key: Schema.String, value: ${value} })`
      }
      if (node.type === "object") return "Schema.Struct({})"
      return "Schema.Unknown"
    }
    default:
      throw new Error(`unsupported schema type ${node.type} in ${ctx.owner}`)
  }
}

const num = (s: string | undefined): number | undefined =>
  s !== undefined && /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined

/**
 * Replacements of deprecated fields and parameters the spec's descriptions do not spell out
 * (API-NOTES section 9), keyed by `Component.field` or `OperationId.parameter`.
 */
const replacements: Readonly<Record<string, string>> = {
  "BatchCancelOrdersRequest.ids": "`orders` (one entry per order)",
  "EventData.category": "the series' `category`",
  "GetRFQs.creator_user_id": "`user_filter=self`",
  "GetQuotes.quote_creator_user_id": "`user_filter=self`",
  "GetQuotes.rfq_creator_user_id": "`rfq_user_filter=self`"
}

const deprecatedTag = (owner: string, name: string, description: string | undefined): string => {
  const replacement = replacements[`${owner}.${name}`] ?? replacementOf(description)
  return replacement !== undefined
    ? `@deprecated Use ${replacement}.`
    : "@deprecated Deprecated by the exchange; the spec names no replacement."
}

const replacementOf = (text: string | undefined): string | undefined => {
  if (text === undefined) return undefined
  const m = /(?:use|replaced by|in favou?r of|→)\s+([^.;]+)/i.exec(text)
  return m === null ? undefined : m[1]!.trim().replace(/\s+instead\)?$/, "")
}

/**
 * Identifiers: kept required on decode where the spec requires them, since a record without its
 * identifier cannot be used (and no recording lacks one).
 */
const identityFields = new Set([
  "ticker",
  "event_ticker",
  "series_ticker",
  "market_ticker",
  "collection_ticker",
  "order_id",
  "order_group_id",
  "trade_id",
  "fill_id",
  "rfq_id",
  "quote_id",
  "milestone_id",
  "api_key_id",
  "subtrader_id",
  "id"
])

/**
 * The shape of a response value (without optionality): what both its schema and its fast decoder
 * are written from. `name` is the property name, used to recognise money fields that are not
 * `$ref`s.
 */
const responseShape = (ctx: Context, node0: Node, name?: string): Shape => {
  const node = unwrap(node0)
  const dec = decimalKind(name, node)
  if (dec !== undefined) return { _tag: "Decimal", kind: dec }
  const money = integerMoneyKind(ctx.owner, name, node)
  if (money !== undefined) return { _tag: "IntegerMoney", kind: money }
  if (node.$ref !== undefined) {
    const r = refName(node.$ref)
    ctx.deps.add(r)
    return { _tag: "Ref", name: `${ctx.prefix}${r}` }
  }
  if (node.enum !== undefined) {
    return node.type === "integer" || node.type === "number"
      ? { _tag: "Literals", values: node.enum }
      : { _tag: "OpenEnum", values: node.enum }
  }
  switch (node.type) {
    case "string":
      return { _tag: "String" }
    case "integer":
    case "number":
      return { _tag: "Number" }
    case "boolean":
      return { _tag: "Boolean" }
    case "array":
      return {
        _tag: "NullableArray",
        item: responseShape(ctx, node.items ?? {}, name === undefined ? undefined : `${name}[]`)
      }
    case "object":
    case undefined: {
      if (node.properties !== undefined) return { _tag: "Struct", props: responseProps(ctx, node) }
      const ap = node.additionalProperties
      if (ap !== undefined && ap !== false) {
        return { _tag: "Record", value: ap === true ? { _tag: "Unknown" } : responseShape(ctx, ap) }
      }
      return node.type === "object" ? { _tag: "Object" } : { _tag: "Unknown" }
    }
    default:
      throw new Error(`unsupported schema type ${node.type} in ${ctx.owner}`)
  }
}

/** The schema text of a response shape. */
const responseText = (shape: Shape): string => shapeText(shape, structText)

const structText = (props: ReadonlyArray<Prop>): string =>
  props.length === 0
    ? "Schema.Struct({})"
    : `Schema.Struct({\n${
      props.map((p) => `${doc("  ", p.lines)}  ${key(p.name)}: ${propertyValueText(p, responseText)}`).join(",\n")
    }\n})`

/** One property of a response struct: how it is read, and its shape. */
const responseProp = (ctx: Context, name: string, node: Node, required: boolean): Prop => {
  const n = unwrap(node)
  const nullable = node.nullable === true || n.nullable === true
  const dec = decimalKind(name, n)
  const identity = required && identityFields.has(name) && n.type === "string" && n.enum === undefined && !nullable
  const payload = ctx.payload?.has(name) === true
  const isArray = n.type === "array" && n.$ref === undefined
  const itemOf = () => responseShape(ctx, n.items ?? {}, `${name}[]`)
  let form: Prop["form"]
  let shape: Shape | undefined
  if (identity) {
    form = "required"
    shape = { _tag: "String" }
  } else if (payload) {
    // Required on decode; a list is still `[]` for `null` (an empty list on the wire).
    form = isArray ? "payloadArray" : "required"
    shape = isArray ? itemOf() : responseShape(ctx, node, name)
  } else if (dec !== undefined) {
    form = dec === "dollars" ? "dollarsField" : "countField"
    shape = undefined
  } else if (isArray) {
    form = "arrayField"
    shape = itemOf()
  } else {
    form = "field"
    shape = responseShape(ctx, node, name)
  }
  const deprecated = node.deprecated === true || n.deprecated === true
  const description = node.description ?? n.description
  const lines: Array<string | undefined> = [description]
  if (deprecated) lines.push(deprecatedTag(ctx.owner, name, description))
  if (payload) {
    lines.push("What the operation exists to return: a response without it is a `DecodeError`.")
  } else if (required && !identity) {
    lines.push("Required by the spec; absent when the exchange omits it.")
  }
  return { name, form, shape, lines }
}

const responseProps = (ctx: Context, node: Node): ReadonlyArray<Prop> => {
  const required = new Set(node.required ?? [])
  return Object.entries(node.properties ?? {}).map(([name, p]) => responseProp(ctx, name, p, required.has(name)))
}

/** One property signature of a request schema. */
const property = (ctx: Context, name: string, node: Node, required: boolean): string => {
  const n = unwrap(node)
  const nullable = node.nullable === true || n.nullable === true
  const e = expr(ctx, node, name, node)
  const value = required && !nullable ? e : `Schema.optionalWith(${e}, { exact: true })`
  const deprecated = node.deprecated === true || n.deprecated === true
  const description = node.description ?? n.description
  const lines: Array<string | undefined> = [description]
  if (deprecated) lines.push(deprecatedTag(ctx.owner, name, description))
  return `${doc("  ", lines)}  ${key(name)}: ${value}`
}

const struct = (ctx: Context, node: Node, indent: string): string => {
  const required = new Set(node.required ?? [])
  const props = Object.entries(node.properties ?? {}).map(([name, p]) =>
    property(ctx, name, p, required.has(name)).split("\n").map((l) => indent + l).join("\n")
  )
  if (props.length === 0) return "Schema.Struct({})"
  return `Schema.Struct({\n${props.join(",\n")}\n${indent}})`
}

/** Orders component names so that every reference is declared before use. */
const topoSort = (deps: ReadonlyMap<string, ReadonlySet<string>>): Array<string> => {
  const out: Array<string> = []
  const state = new Map<string, "visiting" | "done">()
  const visit = (name: string, path: Array<string>) => {
    const s = state.get(name)
    if (s === "done") return
    if (s === "visiting") throw new Error(`cyclic schema reference: ${[...path, name].join(" -> ")}`)
    state.set(name, "visiting")
    for (const d of [...(deps.get(name) ?? [])].sort()) visit(d, [...path, name])
    state.set(name, "done")
    out.push(name)
  }
  for (const name of [...deps.keys()].sort()) visit(name, [])
  return out
}

/** The shape of a response component. */
const componentShape = (ctx: Context, name: string, node: Node): Shape => {
  // The spec types it as an array of two strings; its description says [dollars, count].
  if (name === "PriceLevelDollarsCountFp") return { _tag: "PriceLevel" }
  if (name === "FixedPointDollars") return { _tag: "Decimal", kind: "dollars" }
  if (name === "FixedPointCount") return { _tag: "Decimal", kind: "count" }
  return responseShape(ctx, unwrap(node))
}

const componentExpr = (ctx: Context, name: string, node: Node): string => {
  if (name === "PriceLevelDollarsCountFp") {
    // The spec types it as an array of two strings; its description says [dollars, count].
    return "Schema.Tuple(FixedPoint.FixedPointDollars, FixedPoint.FixedPointCount)"
  }
  if (name === "FixedPointDollars") return "FixedPoint.FixedPointDollars"
  if (name === "FixedPointCount") return "FixedPoint.FixedPointCount"
  const n = unwrap(node)
  if ((n.type === "object" || n.type === undefined) && n.properties !== undefined) return struct(ctx, n, "")
  return expr(ctx, n)
}

const header = (spec: Spec, what: string) =>
  `/**\n * ${what}\n *\n * GENERATED FILE: do not edit. Produced by \`npm run codegen\` (packages/rest/scripts/codegen.ts)\n` +
  ` * from the Kalshi Trade API spec ${spec.info.version}. Tests fail when it differs from what the spec generates.\n *\n * @since 0.1.0\n */\n`

/** The components reachable from request bodies and their references. */
const requestComponents = (spec: Spec): Set<string> => {
  const out = new Set<string>()
  const walk = (node: Node | undefined) => {
    if (node === undefined) return
    if (node.$ref !== undefined) {
      const r = refName(node.$ref)
      if (!out.has(r)) {
        out.add(r)
        walk(spec.components.schemas[r])
      }
      return
    }
    for (const a of node.allOf ?? []) walk(a)
    for (const p of Object.values(node.properties ?? {})) walk(p)
    walk(node.items)
    if (typeof node.additionalProperties === "object") walk(node.additionalProperties)
  }
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) walk(op.requestBody?.content?.["application/json"]?.schema)
  }
  return out
}

const emitComponents = (
  spec: Spec,
  mode: Mode,
  names: ReadonlyArray<string>,
  payloads: ReadonlyMap<string, ReadonlySet<string>> = new Map()
): {
  body: string
  order: Array<string>
  helpers: ReadonlySet<string>
  shapes: ReadonlyMap<string, Shape>
} => {
  const exprs = new Map<string, string>()
  const shapes = new Map<string, Shape>()
  const deps = new Map<string, Set<string>>()
  const helpers = new Set<string>()
  for (const name of names) {
    const payload = payloads.get(name)
    const ctx: Context = {
      spec,
      mode,
      owner: name,
      deps: new Set(),
      prefix: "",
      helpers,
      ...(payload !== undefined ? { payload } : {})
    }
    if (mode === "response") {
      const shape = componentShape(ctx, name, spec.components.schemas[name]!)
      shapes.set(name, shape)
      exprs.set(name, responseText(shape))
    } else {
      exprs.set(name, componentExpr(ctx, name, spec.components.schemas[name]!))
    }
    deps.set(name, ctx.deps)
  }
  const order = topoSort(deps)
  const parts: Array<string> = []
  for (const name of order) {
    const node = spec.components.schemas[name]!
    const deprecated = node.deprecated === true
    const lines = [node.description, deprecated ? "@deprecated" : undefined, "@since 0.1.0", "@category schemas"]
    parts.push(
      `${doc("", lines)}export const ${name} = ${exprs.get(name)}.annotations({ identifier: ${str(name)} })\n\n` +
        `${doc("", [`The decoded form of {@link ${name}}.`, "@since 0.1.0", "@category models"])}` +
        (exprs.get(name)!.startsWith("Schema.Struct(")
          ? `export interface ${name} extends Schema.Schema.Type<typeof ${name}> {}\n`
          : `export type ${name} = typeof ${name}.Type\n`)
    )
  }
  return { body: parts.join("\n"), order, helpers, shapes }
}

/** The import of the `src/internal/schema.ts` helpers a generated file uses. */
const helperImport = (helpers: ReadonlySet<string>): string =>
  helpers.size === 0
    ? ""
    : `import { ${
      [...helpers].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())).join(", ")
    } } from "../internal/schema.js"\n`

// -------------------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------------------

interface ParamInfo {
  readonly name: string
  readonly in: "query" | "path"
  readonly required: boolean
  readonly style: "simple" | "form" | "comma"
  readonly explode: boolean
  readonly maxItems: number | undefined
  readonly node: Node
  readonly description: string | undefined
  readonly deprecated: boolean
}

interface OperationInfo {
  readonly operationId: string
  readonly method: string
  readonly path: string
  readonly tag: string
  readonly op: OperationObject
  readonly params: ReadonlyArray<ParamInfo>
  readonly body: { readonly schema: string; readonly required: boolean } | undefined
  readonly response: string | undefined
  /** The fields of the response the operation exists to return (see {@link payloadOf}). */
  readonly payload: ReadonlyArray<string>
  readonly status: number
  readonly signed: boolean
  readonly tokenCost: { readonly tokens: number; readonly perItem: boolean } | undefined
  readonly pagination:
    | { readonly cursorField: string; readonly items: ReadonlyArray<{ readonly field: string; readonly item: string }> }
    | undefined
}

const resolveParam = (spec: Spec, p: Parameter): Parameter =>
  p.$ref !== undefined ? spec.components.parameters[refName(p.$ref)]! : p

const tokenCostOf = (op: OperationObject): OperationInfo["tokenCost"] => {
  const text = `${op.description ?? ""}\n${op["x-mint"]?.content ?? ""}\n${JSON.stringify(op.responses)}`
  const perItem = /\*\*Rate limit:\*\*\s*(\d+)\s*tokens per (?:order|item|cancel)[^.]*in the batch/i.exec(text)
  if (perItem !== null) return { tokens: Number(perItem[1]), perItem: true }
  const flat = /\*\*Rate limit:\*\*\s*(\d+)\s*tokens per request/i.exec(text) ??
    /This endpoint costs (\d+) tokens/i.exec(text)
  return flat !== null ? { tokens: Number(flat[1]), perItem: false } : undefined
}

/** Whether a node is a record or a list (resolving one component reference), not a scalar. */
const isStructured = (spec: Spec, node0: Node): boolean => {
  const node = unwrap(node0)
  if (node.$ref !== undefined) return isStructured(spec, spec.components.schemas[refName(node.$ref)]!)
  return node.type === "array" || node.type === "object" || node.properties !== undefined
}

/**
 * The fields an operation exists to return, from its response schema: the required properties that
 * are records or lists (the list of a list operation, the `market` of `GetMarket`, both lists of
 * `GetPositions`); when there is none, the only required property, if there is exactly one (the
 * `queue_position_fp` of `GetOrderQueuePosition`, the `id` of a create). A response made of several
 * required scalars (`GetBalance`, `GetExchangeStatus`, the order writes) has none beyond its
 * identifiers: the cursor and the scalars beside a payload are metadata. These fields are required
 * on decode, so that an answer without them is a `DecodeError`, not an empty value.
 */
const payloadOf = (node: Node, spec: Spec): ReadonlyArray<string> => {
  const required = (node.required ?? []).filter((name) => node.properties?.[name] !== undefined)
  const structured = required.filter((name) => isStructured(spec, node.properties![name]!))
  if (structured.length > 0) return structured
  return required.length === 1 ? required : []
}

const collectOperations = (spec: Spec): Array<OperationInfo> => {
  const ops: Array<OperationInfo> = []
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const params: Array<ParamInfo> = (op.parameters ?? []).map((raw) => {
        const p = resolveParam(spec, raw)
        if (p.in !== "query" && p.in !== "path") throw new Error(`${op.operationId}: unsupported parameter in ${p.in}`)
        const isArray = unwrap(p.schema).type === "array"
        const comma = !isArray && /comma[- ]separated/i.test(p.description ?? "")
        const max = /maximum (\d+)/i.exec(p.description ?? "")
        return {
          name: p.name,
          in: p.in,
          required: p.required === true || p.in === "path",
          style: p.in === "path" ? "simple" : comma ? "comma" : "form",
          explode: p.in === "query" && (p.explode ?? true),
          maxItems: comma && max !== null ? Number(max[1]) : isArray ? unwrap(p.schema).maxItems : undefined,
          node: p.schema,
          description: p.description,
          deprecated: p.deprecated === true
        }
      })
      const bodySchema = op.requestBody?.content?.["application/json"]?.schema
      if (bodySchema !== undefined && bodySchema.$ref === undefined) {
        throw new Error(`${op.operationId}: inline request bodies are not supported`)
      }
      const success = Object.entries(op.responses).filter(([code]) => code.startsWith("2"))
      if (success.length !== 1) throw new Error(`${op.operationId}: expected one success response`)
      const [code, resp] = success[0]!
      const respSchema = resp.content?.["application/json"]?.schema
      if (respSchema !== undefined && respSchema.$ref === undefined) {
        throw new Error(`${op.operationId}: inline response schemas are not supported`)
      }
      const response = respSchema?.$ref !== undefined ? refName(respSchema.$ref) : undefined
      let pagination: OperationInfo["pagination"]
      if (params.some((p) => p.name === "cursor" && p.in === "query") && response !== undefined) {
        const rs = spec.components.schemas[response]!
        const props = rs.properties ?? {}
        const cursorField = "next_cursor" in props ? "next_cursor" : "cursor"
        const arrays = Object.entries(props).filter(([, p]) => unwrap(p).type === "array")
        const required = arrays.filter(([n]) => (rs.required ?? []).includes(n))
        const chosen = required.length > 0 ? required : arrays
        pagination = {
          cursorField,
          items: chosen.map(([field, p]) => ({ field, item: refName(unwrap(p).items!.$ref!) }))
        }
      }
      const names = new Set<string>()
      for (const p of params) {
        if (names.has(p.name)) throw new Error(`${op.operationId}: parameter ${p.name} appears twice`)
        names.add(p.name)
      }
      if (bodySchema?.$ref !== undefined) {
        for (const f of Object.keys(spec.components.schemas[refName(bodySchema.$ref)]!.properties ?? {})) {
          if (names.has(f)) throw new Error(`${op.operationId}: body field ${f} collides with a parameter`)
        }
      }
      ops.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        tag: op.tags[0]!,
        op,
        params,
        body: bodySchema?.$ref !== undefined
          ? { schema: refName(bodySchema.$ref), required: op.requestBody?.required === true }
          : undefined,
        response,
        payload: response !== undefined ? payloadOf(spec.components.schemas[response]!, spec) : [],
        status: Number(code),
        signed: (op.security ?? []).length > 0,
        tokenCost: tokenCostOf(op),
        pagination
      })
    }
  }
  return ops
}

const paramExpr = (spec: Spec, op: OperationInfo, p: ParamInfo, helpers: Set<string>): string => {
  const ctx: Context = {
    spec,
    mode: "request",
    owner: `${op.operationId}.${p.name}`,
    deps: new Set(),
    prefix: "",
    inline: true,
    query: true,
    helpers
  }
  if (p.style === "comma") {
    helpers.add("commaList")
    return `commaList(${p.maxItems ?? ""})`
  }
  if (p.in === "path") {
    helpers.add("PathParam")
    return "PathParam"
  }
  return expr(ctx, p.node, p.name, p.node)
}

const inputFields = (spec: Spec, op: OperationInfo, helpers: Set<string>): Array<string> => {
  const fields: Array<string> = []
  for (const p of op.params) {
    const e = paramExpr(spec, op, p, helpers)
    const lines: Array<string | undefined> = [`(${p.in}) ${p.description ?? ""}`]
    if (p.deprecated) lines.push(deprecatedTag(op.operationId, p.name, p.description))
    fields.push(`${doc("  ", lines)}  ${key(p.name)}: ${p.required ? e : `Schema.optionalWith(${e}, { exact: true })`}`)
  }
  if (op.body !== undefined) {
    fields.push(`  ...Requests.${op.body.schema}.fields`)
  }
  return fields
}

const deprecationOf = (op: OperationObject, ops: ReadonlyArray<OperationInfo> = []): string | undefined => {
  if (op.deprecated !== true) return undefined
  const m = /DEPRECATED:\s*Use\s+([^.]+?)\s+instead/i.exec(op.description ?? "")
  if (m === null) return "deprecated by the exchange"
  const [method, path] = m[1]!.split(/\s+/)
  const replacement = ops.find((o) => o.method === method && o.path === path)
  return replacement !== undefined ? `use \`${lowerFirst(replacement.operationId)}\` (${m[1]})` : `use ${m[1]}`
}

/** What the services add to some operations. */
const serviceNotes: Readonly<Record<string, string>> = {
  CreateOrderV2:
    "A fresh `client_order_id` (a random UUID) is filled in when none is given, so that a lost answer can be reconciled (`Orders.reconcileCreate`).",
  BatchCreateOrdersV2: "A fresh `client_order_id` (a random UUID) is filled in for every order that has none."
}

/** The first paragraph of an operation's description, without the "DEPRECATED:" notice. */
const summaryOf = (op: OperationObject): string | undefined => {
  const text = (op.description ?? "").replace(/DEPRECATED:[^.]*\.\s*/i, "").trim()
  const first = text.split(/\n\s*\n/)[0]?.trim()
  return first === undefined || first === "" ? undefined : first
}

const emitOperations = (spec: Spec, ops: ReadonlyArray<OperationInfo>): string => {
  const parts: Array<string> = []
  const helpers = new Set<string>()
  for (const op of ops) {
    const body = op.body !== undefined
      ? `{ schema: ${str(op.body.schema)}, required: ${op.body.required}, fields: [${
        Object.keys(spec.components.schemas[op.body.schema]!.properties ?? {}).map(str).join(", ")
      }] }`
      : "undefined"
    const params = op.params.map((p) =>
      `    { name: ${str(p.name)}, in: ${str(p.in)}, required: ${p.required}, style: ${
        str(p.style)
      }, explode: ${p.explode} }`
    ).join(",\n")
    const response = op.response !== undefined ? `Schemas.${op.response}` : "Schema.Void"
    const deprecation = deprecationOf(op.op, ops)
    const pagination = op.pagination !== undefined
      ? `{ cursorField: ${str(op.pagination.cursorField)}, itemFields: [${
        op.pagination.items.map((i) => str(i.field)).join(", ")
      }] }`
      : "undefined"
    const inputName = `${op.operationId}Input`
    parts.push(
      `${
        doc("", [
          `The input of {@link ${op.operationId}}: path, query and body fields by their wire names.`,
          "@since 0.1.0",
          "@category inputs"
        ])
      }` +
        `export const ${inputName} = Schema.Struct({\n${
          inputFields(spec, op, helpers).join(",\n")
        }\n}).annotations({ identifier: ${str(inputName)} })\n\n` +
        `${doc("", [`The decoded input of {@link ${op.operationId}}.`, "@since 0.1.0", "@category inputs"])}` +
        `export type ${inputName} = typeof ${inputName}.Type\n\n` +
        `${
          doc("", [
            `${op.method} ${op.path}: ${op.op.summary ?? op.operationId}.`,
            op.op.description,
            deprecation !== undefined ? `@deprecated ${upperFirst(deprecation)}.` : undefined,
            "@since 0.1.0",
            "@category operations"
          ])
        }` +
        `export const ${op.operationId} = {
  operationId: ${str(op.operationId)},
  tag: ${str(op.tag)},
  method: ${str(op.method)},
  path: ${str(op.path)},
  auth: ${str(op.signed ? "signed" : "public")},
  access: ${str(op.method === "GET" ? "read" : "write")},
  deprecated: ${deprecation !== undefined ? str(deprecation) : "undefined"},
  tokenCost: ${
          op.tokenCost !== undefined
            ? `{ tokens: ${op.tokenCost.tokens}, perItem: ${op.tokenCost.perItem} }`
            : "undefined"
        },
  successStatus: ${op.status},
  parameters: [
${params}
  ],
  body: ${body},
  pagination: ${pagination},
  payload: [${op.payload.map(str).join(", ")}],
  input: ${inputName},
  response: ${response}
} as const satisfies OperationDescriptor\n`
    )
  }
  parts.push(
    `${doc("", ["Every operation of the spec, by operationId.", "@since 0.1.0", "@category operations"])}` +
      `export const all = {\n${ops.map((o) => `  ${o.operationId}`).join(",\n")}\n} as const\n`
  )
  const head = header(
    spec,
    "One descriptor per operation of the Kalshi Trade API: where it goes, what it takes, what it answers."
  ) +
    `import * as Schema from "effect/Schema"
import type { OperationDescriptor } from "../internal/descriptor.js"
${helperImport(helpers)}import * as Requests from "./Requests.js"
import * as Schemas from "./Schemas.js"
`
  return withFixedPoint([head, ...parts].join("\n"))
}

const emitServices = (spec: Spec, ops: ReadonlyArray<OperationInfo>): string => {
  const tags = [...new Set(ops.map((o) => o.tag))]
  const parts: Array<string> = []
  parts.push(
    header(spec, "One service per tag of the Kalshi Trade API, with one method per operation.") +
      `import * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { Executor, ErrorOf, StreamInput } from "../internal/executor.js"
import * as Operations from "./Operations.js"
import type * as Schemas from "./Schemas.js"
`
  )
  for (const tag of tags) {
    const name = `${pascal(tag)}Api`
    const tagOps = ops.filter((o) => o.tag === tag)
    const members: Array<string> = []
    const impl: Array<string> = []
    for (const op of tagOps) {
      const method = lowerFirst(op.operationId)
      const optionalInput = !op.params.some((p) => p.required) &&
        (op.body === undefined || !op.body.required ||
          (spec.components.schemas[op.body.schema]!.required ?? []).length === 0)
      const input = `Operations.${op.operationId}Input`
      const out = op.response !== undefined ? `Schemas.${op.response}` : "void"
      const err = `ErrorOf<typeof Operations.${op.operationId}>`
      const deprecation = deprecationOf(op.op, ops)
      const lines = [
        `${op.method} ${op.path}: ${op.op.summary ?? op.operationId}.`,
        summaryOf(op.op),
        serviceNotes[op.operationId],
        deprecation !== undefined ? `@deprecated ${upperFirst(deprecation)}.` : undefined
      ]
      members.push(
        `${doc("  ", lines)}  readonly ${method}: (input${
          optionalInput ? "?" : ""
        }: ${input}) => Effect.Effect<${out}, ${err}>`
      )
      impl.push(`    ${method}: executor.call(Operations.${op.operationId})`)
      if (op.pagination !== undefined) {
        const items = op.pagination.items
        const itemType = items.length === 1
          ? `Schemas.${items[0]!.item}`
          : items.map((i) => `{ readonly field: ${str(i.field)}; readonly value: Schemas.${i.item} }`).join(" | ")
        const select = items.length === 1
          ? `(page) => page.${items[0]!.field}`
          : `(page) => [${
            items.map((i) => `...page.${i.field}.map((value) => ({ field: ${str(i.field)} as const, value }))`).join(
              ", "
            )
          }]`
        const streamLines = [
          `Every item of {@link ${name}Service.${method}} across pages, following \`${op.pagination.cursorField}\` until it is empty.`,
          items.length > 1
            ? `Yields the items of ${items.map((i) => `\`${i.field}\``).join(" and ")}, each tagged with its field.`
            : undefined,
          "Fails with a `DecodeError` at `cursor` when the exchange repeats a cursor, instead of looping.",
          deprecation !== undefined ? `@deprecated ${upperFirst(deprecation)}.` : undefined
        ]
        members.push(
          `${doc("  ", streamLines)}  readonly ${method}Stream: (input${
            optionalInput ? "?" : ""
          }: StreamInput<${input}>) => Stream.Stream<${itemType}, ${err}>`
        )
        impl.push(`    ${method}Stream: executor.stream(Operations.${op.operationId}, ${select})`)
      }
    }
    parts.push(
      `${doc("", [`The operations of the \`${tag}\` tag.`, "@since 0.1.0", "@category models"])}` +
        `export interface ${name}Service {\n${members.join("\n")}\n}\n\n` +
        `${doc("", [`The \`${tag}\` operations of the Trade API.`, "@since 0.1.0", "@category tags"])}` +
        `export class ${name} extends Context.Tag(${
          str(`@kalshi-effect/rest/${name}`)
        })<${name}, ${name}Service>() {}\n\n` +
        `${doc("", [`Builds the \`${tag}\` service over an executor.`, "@since 0.1.0", "@category constructors"])}` +
        `export const make${name} = (executor: Executor): ${name}Service => ({\n${impl.join(",\n")}\n})\n`
    )
  }
  const names = tags.map((t) => `${pascal(t)}Api`)
  parts.push(
    `${doc("", ["Every service of the Trade API.", "@since 0.1.0", "@category models"])}` +
      `export type AllApis =\n${names.map((n) => `  | ${n}`).join("\n")}\n\n` +
      `${doc("", ["The implementations of every service, by name.", "@since 0.1.0", "@category models"])}` +
      `export interface Apis {\n${names.map((n) => `  readonly ${n}: ${n}Service`).join("\n")}\n}\n\n` +
      `${doc("", ["Builds every service over one executor.", "@since 0.1.0", "@category constructors"])}` +
      `export const makeApis = (executor: Executor): Apis => ({\n${
        names.map((n) => `  ${n}: make${n}(executor)`).join(",\n")
      }\n})\n\n` +
      `${doc("", ["The context holding every service.", "@since 0.1.0", "@category constructors"])}` +
      `export const toContext = (apis: Apis): Context.Context<AllApis> =>\n  Context.make(${names[0]}, apis.${
        names[0]
      }).pipe(\n${names.slice(1).map((n) => `    Context.add(${n}, apis.${n})`).join(",\n")}\n  )\n\n` +
      `${doc("", ["The tag of every service, by name.", "@since 0.1.0", "@category tags"])}` +
      `export const tags = {\n${names.map((n) => `  ${n}`).join(",\n")}\n} as const\n`
  )
  return parts.join("\n")
}

/** Adds the FixedPoint import to a file that uses it. */
const withFixedPoint = (text: string): string =>
  text.includes("FixedPoint.")
    ? text.replace(
      `import * as Schema from "effect/Schema"`,
      `import * as FixedPoint from "@kalshi-effect/core/FixedPoint"\nimport * as Schema from "effect/Schema"`
    )
    : text

/**
 * Generates the files of `src/generated/`, by file name, from the text of the spec (YAML or JSON).
 */
export const generate = (specText: string): Record<string, string> => {
  const spec = parse(specText) as Spec
  const all = Object.keys(spec.components.schemas)
  const ops = collectOperations(spec)
  const payloads = new Map<string, ReadonlySet<string>>()
  for (const op of ops) {
    if (op.response !== undefined && op.payload.length > 0) payloads.set(op.response, new Set(op.payload))
  }
  const schemas = emitComponents(spec, "response", all, payloads)
  const reqNames = [...requestComponents(spec)].sort()
  const requests = emitComponents(spec, "request", reqNames)
  return {
    "Schemas.ts": header(
      spec,
      `The ${all.length} component schemas of the Kalshi Trade API, as they are decoded from responses.\n *\n` +
        " * Decoding is tolerant (see the package README): every object field may be absent except the identifiers the\n" +
        " * spec requires (`ticker`, `order_id`, `id`, ...) and the fields an operation exists to return (its `payload`),\n" +
        " * `null` decodes to absent,\n" +
        " * `\"\"` in a decimal field decodes to absent, a missing or `null` array decodes to `[]`, an enum accepts values\n" +
        " * added later, and fields the exchange adds later are ignored."
    ) +
      `import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as Schema from "effect/Schema"
import { arrayField, countField, dollarsField, field, nullableArray, openEnum, payloadArray } from "../internal/schema.js"

` + schemas.body,
    "Requests.ts": withFixedPoint(
      header(
        spec,
        `The ${reqNames.length} component schemas that requests send, strict: required fields, enums, ranges and exact\n` +
          " * decimals are checked before anything goes on the wire."
      ) +
        `import * as Schema from "effect/Schema"
${helperImport(requests.helpers)}
` + requests.body
    ),
    "Decoders.ts": emitDecoders(
      header(
        spec,
        "The fast decoders of the component schemas: for each component, the value its schema decodes an input to,\n" +
          " * or `F` when the input is not in the plain shape the decoder knows (the schema's interpreter then decides,\n" +
          " * with the value or the precise error). Written from the same shapes as `Schemas.ts`. Internal: responses\n" +
          " * are decoded with them by the services; decode with the schemas yourself.\n *\n * @internal"
      ),
      schemas.order,
      schemas.shapes
    ),
    "Operations.ts": emitOperations(spec, ops),
    "Services.ts": emitServices(spec, ops)
  }
}
