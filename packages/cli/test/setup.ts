/**
 * Builds the CLI (and the packages it uses) to JavaScript once, so that every test runs the
 * `kalshi` binary as a user would, without compiling TypeScript in each child process. A no-op
 * when the build is up to date (as after the type check of `npm test`).
 */
import { execFileSync } from "node:child_process"
import * as path from "node:path"

export default function setup() {
  const root = path.resolve(import.meta.dirname, "../../..")
  execFileSync(path.join(root, "node_modules", ".bin", "tsc"), ["-b", "packages/cli/tsconfig.src.json"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"]
  })
}
