/**
 * The official `kalshi-typescript` client's models as a checker: its `models/*.ts` interfaces are
 * read with the TypeScript compiler, and a JSON answer is checked against the model its method
 * returns (required fields present, every field of its declared type, enums within their values,
 * `null` only where the model allows it). Extra fields are allowed: the client ignores them.
 */
import { readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import ts from "typescript"

const root = dirname(createRequire(import.meta.url).resolve("kalshi-typescript/package.json"))

/** What one method of the official client calls and returns. */
export interface MethodInfo {
  readonly api: string
  readonly method: string
  readonly httpMethod: string
  readonly route: string
  /** The model name, or `void` / `object`. */
  readonly returns: string
}

/** Every method of the client's API classes, from its `api/*.ts` sources. */
export const methods = (): ReadonlyArray<MethodInfo> => {
  const out: Array<MethodInfo> = []
  for (const file of readdirSync(join(root, "api")).filter((f) => f.endsWith(".ts")).sort()) {
    const text = readFileSync(join(root, "api", file), "utf8")
    const api = /export class (\w+Api) extends BaseAPI/.exec(text)![1]!
    const routes = new Map<string, { httpMethod: string; route: string }>()
    for (
      const m of text.matchAll(
        /\n {8}(\w+): async \([^)]*\): Promise<RequestArgs> => \{[\s\S]*?const localVarPath = `([^`]+)`[\s\S]*?method: '(\w+)'/g
      )
    ) {
      routes.set(m[1]!, { route: m[2]!, httpMethod: m[3]! })
    }
    for (const m of text.matchAll(/\n {8}async (\w+)\([^)]*\): Promise<\(axios[^=]*=> AxiosPromise<(\w+)>>/g)) {
      const r = routes.get(m[1]!)
      if (r === undefined) throw new Error(`no route for ${api}.${m[1]}`)
      out.push({ api, method: m[1]!, ...r, returns: m[2]! })
    }
  }
  return out
}

/** The operation id the spec gives a client method (`getMarkets` -> `GetMarkets`). */
export const operationOf = (method: string): string => method.charAt(0).toUpperCase() + method.slice(1)

export interface Checker {
  /** The problems of a value against a model (empty when it conforms). */
  readonly check: (model: string, value: unknown) => ReadonlyArray<string>
}

export const makeChecker = (): Checker => {
  const program = ts.createProgram([join(root, "models", "index.ts")], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler
  })
  const checker = program.getTypeChecker()
  const models = new Map<string, ts.Type>()
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(join(root, "models"))) continue
    for (const st of sf.statements) {
      if (ts.isInterfaceDeclaration(st)) models.set(st.name.text, checker.getTypeAtLocation(st.name))
    }
  }

  const describe = (t: ts.Type) => checker.typeToString(t)

  const visit = (t: ts.Type, v: unknown, path: string, errors: Array<string>, depth: number): void => {
    if (depth > 20) return
    const f = t.flags
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return
    if (t.isUnion()) {
      let best: Array<string> | undefined
      // a present value is checked against the members that can hold one
      const candidates = v === undefined ? t.types : t.types.filter((m) => (m.flags & ts.TypeFlags.Undefined) === 0)
      for (const member of candidates) {
        const e: Array<string> = []
        visit(member, v, path, e, depth + 1)
        if (e.length === 0) return
        if (best === undefined || e.length < best.length) best = e
      }
      // all literal members: an enum
      const defined = t.types.filter((m) => (m.flags & ts.TypeFlags.Undefined) === 0)
      if (defined.every((m) => m.isLiteral() || (m.flags & ts.TypeFlags.BooleanLiteral) !== 0)) {
        errors.push(`${path}: ${JSON.stringify(v)} is not one of ${describe(t)}`)
      } else {
        for (const e of best ?? [`${path}: not ${describe(t)}`]) errors.push(e)
      }
      return
    }
    if (f & ts.TypeFlags.Null) {
      if (v !== null) errors.push(`${path}: expected null, got ${JSON.stringify(v)}`)
      return
    }
    if (f & ts.TypeFlags.Undefined) {
      if (v !== undefined) errors.push(`${path}: expected nothing`)
      return
    }
    if (t.isStringLiteral() || t.isNumberLiteral()) {
      if (v !== t.value) errors.push(`${path}: ${JSON.stringify(v)} is not ${JSON.stringify(t.value)}`)
      return
    }
    if (f & ts.TypeFlags.BooleanLiteral) {
      if (v !== (describe(t) === "true")) errors.push(`${path}: expected ${describe(t)}`)
      return
    }
    if (f & ts.TypeFlags.String) {
      if (typeof v !== "string") errors.push(`${path}: expected a string, got ${JSON.stringify(v)}`)
      return
    }
    if (f & ts.TypeFlags.Number) {
      if (typeof v !== "number") errors.push(`${path}: expected a number, got ${JSON.stringify(v)}`)
      return
    }
    if (f & ts.TypeFlags.Boolean) {
      if (typeof v !== "boolean") errors.push(`${path}: expected a boolean, got ${JSON.stringify(v)}`)
      return
    }
    if (f & ts.TypeFlags.NonPrimitive) {
      if (typeof v !== "object" || v === null) errors.push(`${path}: expected an object, got ${JSON.stringify(v)}`)
      return
    }
    if (checker.isArrayType(t)) {
      if (!Array.isArray(v)) {
        errors.push(`${path}: expected an array, got ${JSON.stringify(v)}`)
        return
      }
      const element = checker.getTypeArguments(t as ts.TypeReference)[0]!
      v.forEach((x, i) => visit(element, x, `${path}[${i}]`, errors, depth + 1))
      return
    }
    if (f & ts.TypeFlags.Object) {
      if (typeof v !== "object" || v === null || Array.isArray(v)) {
        errors.push(`${path}: expected ${describe(t)}, got ${JSON.stringify(v)}`)
        return
      }
      const record = v as Record<string, unknown>
      const index = t.getStringIndexType()
      if (index !== undefined) {
        for (const [k, x] of Object.entries(record)) visit(index, x, `${path}.${k}`, errors, depth + 1)
      }
      for (const prop of t.getProperties()) {
        const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0
        const value = record[prop.name]
        if (value === undefined) {
          if (!optional) errors.push(`${path}.${prop.name}: required, missing`)
          continue
        }
        const declared = checker.getTypeOfSymbol(prop)
        visit(declared, value, `${path}.${prop.name}`, errors, depth + 1)
      }
      return
    }
    errors.push(`${path}: unchecked type ${describe(t)}`)
  }

  return {
    check: (model, value) => {
      if (model === "void") return []
      if (model === "object") {
        return typeof value === "object" && value !== null
          ? []
          : [`$: expected an object, got ${JSON.stringify(value)}`]
      }
      const t = models.get(model)
      if (t === undefined) return [`no model ${model} in the client`]
      const errors: Array<string> = []
      visit(t, value, "$", errors, 0)
      return errors
    }
  }
}
