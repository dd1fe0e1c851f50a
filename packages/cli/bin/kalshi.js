#!/usr/bin/env node
/* global process, URL */
// The `kalshi` command. An installed package runs its built JavaScript. In a clone of the repository
// before any build, it runs the TypeScript sources through tsx with the `@kalshi-effect/source`
// export condition, in a child process that this one waits for (its exit code and signals are passed on).
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath, pathToFileURL } from "node:url"

const built = new URL("../build/src/bin.js", import.meta.url)
const source = new URL("../src/bin.ts", import.meta.url)

if (existsSync(fileURLToPath(built))) {
  await import(built.href)
} else {
  let tsx
  try {
    tsx = import.meta.resolve("tsx")
  } catch {
    process.stderr.write("kalshi: the package is not built and tsx is not installed; run `npm run build`\n")
    process.exit(1)
  }
  const child = spawn(
    process.execPath,
    ["--conditions=@kalshi-effect/source", "--import", pathToFileURL(fileURLToPath(tsx)).href, fileURLToPath(source), ...process.argv.slice(2)],
    { stdio: "inherit" }
  )
  // the terminal sends Ctrl+C to both processes: the child handles it, this one waits for it
  const forward = (signal) => () => {
    if (signal !== "SIGINT") child.kill(signal)
  }
  process.on("SIGINT", forward("SIGINT"))
  process.on("SIGTERM", forward("SIGTERM"))
  process.on("SIGHUP", forward("SIGHUP"))
  child.on("exit", (code, signal) => {
    process.exit(code ?? (signal === "SIGINT" ? 130 : 1))
  })
}
