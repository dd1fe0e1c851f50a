import { describe, expect, it } from "@effect/vitest"
import { readdirSync, readFileSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src")
/** The longest a hand-written function, method or class of the package may be. */
const MAX_LINES = 400

const files = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []
  )

/** Every function, method and class of a file with its line count. */
const definitions = (file: string): Array<{ readonly name: string; readonly lines: number }> => {
  const text = readFileSync(file, "utf8")
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const out: Array<{ name: string; lines: number }> = []
  const visit = (node: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) || ts.isClassDeclaration(node) || ts.isClassExpression(node) ||
      ts.isConstructorDeclaration(node)
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const name = (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isMethodDeclaration(node)) &&
          node.name !== undefined
        ? node.name.getText(source)
        : `<anonymous>`
      out.push({ name: `${path.relative(src, file)}:${start + 1} ${name}`, lines: end - start + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

describe("the package's structure", () => {
  it(`no hand-written function, method or class in src is over ${MAX_LINES} lines`, () => {
    const all = files(src).flatMap(definitions)
    expect(all.length).toBeGreaterThan(100)
    expect(all.filter((d) => d.lines > MAX_LINES).map((d) => `${d.name}: ${d.lines} lines`)).toEqual([])
  })
})
