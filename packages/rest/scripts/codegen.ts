/**
 * `npm run codegen [spec path or URL]`: regenerates `packages/rest/src/generated/` from the Kalshi
 * Trade API spec. The default spec is `../shared/kalshi-spec/openapi.yaml` relative to the
 * repository root.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { generate } from "./generator.js"

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const repoRoot = path.resolve(packageRoot, "../..")
/** Where generated files go. */
export const outDir = path.join(packageRoot, "src/generated")
/** The spec used when none is given. */
export const defaultSpec = path.resolve(repoRoot, "../shared/kalshi-spec/openapi.yaml")

const readSpec = async (source: string): Promise<string> => {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source)
    if (!response.ok) throw new Error(`GET ${source}: HTTP ${response.status}`)
    return response.text()
  }
  return readFileSync(path.resolve(process.cwd(), source), "utf8")
}

const main = async () => {
  const source = process.argv[2] ?? defaultSpec
  const files = generate(await readSpec(source))
  mkdirSync(outDir, { recursive: true })
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(outDir, name), content)
    console.log(`wrote ${path.relative(repoRoot, path.join(outDir, name))} (${content.length} bytes)`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
})
