/**
 * A pseudo-terminal for the live commands: `kalshi` runs in a tmux session of its own (a server on a
 * socket named for the test), the test types into it and reads the screen.
 */
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { bin } from "./kalshi.js"

export interface Screen {
  /** The visible screen, as text (with its escape sequences when `escapes`). */
  readonly capture: (options?: { readonly escapes?: boolean }) => Effect.Effect<string>
  /** Types keys (tmux key names: `Enter`, `C-c`, or text). */
  readonly keys: (...keys: ReadonlyArray<string>) => Effect.Effect<void>
  /** Waits until the screen satisfies `ok` (up to a minute); fails with the last screen otherwise. */
  readonly waitFor: (ok: (screen: string) => boolean, what: string) => Effect.Effect<string, Error>
  /** Waits for the command to end and returns its exit code. */
  readonly exitCode: Effect.Effect<number, Error>
}

let sessions = 0

/**
 * Runs `kalshi args...` in a new 100x30 terminal with the given environment; the tmux server is
 * killed when the scope closes.
 */
export const terminal = (args: ReadonlyArray<string>, env: Readonly<Record<string, string>>) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const socket = `kalshi-cli-test-${process.pid}-${++sessions}`
      const dir = mkdtempSync(path.join(tmpdir(), "kalshi-cli-tty-"))
      const exitFile = path.join(dir, "exit")
      const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ")
      execFileSync("tmux", [
        "-L",
        socket,
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-x",
        "100",
        "-y",
        "30",
        `${quoted}; echo $? > '${exitFile}'; sleep 600`
      ], { env: { ...env, TERM: "xterm-256color" } })
      return { socket, exitFile }
    }),
    ({ socket }) =>
      Effect.sync(() => execFileSync("tmux", ["-L", socket, "kill-server"], { stdio: "ignore" })).pipe(Effect.ignore)
  ).pipe(
    Effect.map(({ exitFile, socket }): Screen => {
      const tmux = (...a: ReadonlyArray<string>) =>
        Effect.sync(() => execFileSync("tmux", ["-L", socket, ...a], { encoding: "utf8" }))
      const capture = (options?: { readonly escapes?: boolean }) =>
        tmux("capture-pane", "-p", ...(options?.escapes === true ? ["-e"] : []))
      const poll = Schedule.spaced("200 millis").pipe(Schedule.upTo("60 seconds"))
      return {
        capture,
        keys: (...keys) => Effect.asVoid(tmux("send-keys", ...keys)),
        waitFor: (ok, what) => {
          let last = ""
          return capture().pipe(
            Effect.tap((screen) => (last = screen)),
            Effect.filterOrFail(ok, () => new Error(`waiting for ${what}`)),
            Effect.retry(poll),
            Effect.mapError(() => new Error(`the screen never showed ${what}; last screen:\n${last}`))
          )
        },
        exitCode: Effect.sync(() => existsSync(exitFile) ? readFileSync(exitFile, "utf8").trim() : "").pipe(
          Effect.filterOrFail((code) => code !== "", () => new Error("still running")),
          Effect.retry(poll),
          Effect.map(Number),
          Effect.mapError(() => new Error("the command never ended"))
        )
      }
    })
  )
