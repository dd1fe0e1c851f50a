/**
 * Builds every package, packs it with `npm pack` (which runs its `prepack`), and installs the
 * tarballs into a fresh project in a temporary directory outside the workspace, with the rest of
 * its dependencies from the npm registry. The tests read the paths through `inject`.
 */
import { execFileSync } from "node:child_process"
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import type { TestProject } from "vitest/node"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const packages = ["core", "rest", "ws", "kalshi", "testkit", "cli"] as const

declare module "vitest" {
  export interface ProvidedContext {
    readonly dist: {
      /** The temporary directory: `tarballs/`, `app/` (the consumer project). */
      readonly dir: string
      readonly tarballs: Readonly<Record<(typeof packages)[number], string>>
    }
  }
}

const run = (command: string, args: ReadonlyArray<string>, cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 })

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "kalshi-effect-dist-"))
  const rootPackage = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
  const pinned = (name: string): string => {
    const version = rootPackage.devDependencies[name]
    if (typeof version !== "string") throw new Error(`the root package.json pins no ${name}`)
    return version
  }
  run("npm", ["run", "build"], root)
  const tarballs = {} as Record<(typeof packages)[number], string>
  for (const name of packages) {
    const out = run("npm", ["pack", "--json", "--pack-destination", dir], path.join(root, "packages", name))
    const [info] = JSON.parse(out.slice(out.indexOf("[")))
    tarballs[name] = path.join(dir, info.filename)
  }
  const app = path.join(dir, "app")
  cpSync(path.join(root, "test-dist", "fixture", "app"), app, { recursive: true })
  writeFileSync(
    path.join(app, "package.json"),
    JSON.stringify(
      {
        name: "kalshi-effect-consumer",
        private: true,
        type: "module",
        dependencies: {
          ...Object.fromEntries(packages.map((name) => [`@kalshi-effect/${name}`, `file:${tarballs[name]}`])),
          "effect": pinned("effect"),
          "@effect/platform": pinned("@effect/platform"),
          "@effect/platform-node": pinned("@effect/platform-node"),
          "@effect/experimental": pinned("@effect/experimental")
        },
        devDependencies: {
          "typescript": pinned("typescript"),
          "@types/node": pinned("@types/node")
        }
      },
      null,
      2
    )
  )
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--no-package-lock"], app)
  project.provide("dist", { dir, tarballs })
  return () => {
    if (process.env.KALSHI_EFFECT_KEEP_DIST === undefined) rmSync(dir, { recursive: true, force: true })
  }
}
