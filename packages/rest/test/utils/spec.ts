/**
 * Where the spec and the recordings live: `../shared/kalshi-spec/` beside the repository root.
 */
import { readFileSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { parse } from "yaml"

export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const repoRoot = path.resolve(packageRoot, "../..")
export const specDir = path.resolve(repoRoot, "../shared/kalshi-spec")
export const specPath = path.join(specDir, "openapi.yaml")
export const capturesDir = path.join(specDir, "captures/rest-2026-01")

export const specText: string = readFileSync(specPath, "utf8")

export type Json = any

/** The parsed spec, as plain JSON. */
export const spec: Json = parse(specText)

export const refName = (ref: string): string => ref.slice(ref.lastIndexOf("/") + 1)

export interface SpecOperation {
  readonly operationId: string
  readonly method: string
  readonly path: string
  readonly tag: string
  readonly op: Json
  readonly parameters: ReadonlyArray<Json>
}

export const operations: ReadonlyArray<SpecOperation> = Object.entries(
  spec.paths as Record<string, Record<string, Json>>
)
  .flatMap(([p, item]) =>
    Object.entries(item).map(([method, op]) => ({
      operationId: op.operationId as string,
      method: method.toUpperCase(),
      path: p,
      tag: op.tags[0] as string,
      op,
      parameters: ((op.parameters ?? []) as Array<Json>).map((x) =>
        x.$ref !== undefined ? spec.components.parameters[refName(x.$ref)] : x
      )
    }))
  )
