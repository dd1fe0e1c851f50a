/**
 * Where and how the commands write: tables for people, JSON for scripts, colors and progress only
 * on a terminal. Everything the user asked for goes to stdout; progress, prompts and errors to stderr.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { toJson } from "./json.js"

/** How a column is aligned: numbers on the right, text on the left. */
export type Align = "left" | "right"

/** One column of a table: its header, its alignment, and the widest a cell may be (cut with `…`). */
export interface Column {
  readonly header: string
  readonly align?: Align | undefined
  readonly max?: number | undefined
}

/** What the terminal can do, decided once when the program starts. */
export interface Capabilities {
  readonly stdoutTTY: boolean
  readonly stderrTTY: boolean
  readonly stdinTTY: boolean
  /** Colors on stdout. */
  readonly color: boolean
  /** Colors on stderr. */
  readonly colorStderr: boolean
  readonly columns: number
}

/** Reads the capabilities of this process's streams and environment (`NO_COLOR`, `FORCE_COLOR`, `TERM=dumb`). */
export const detect = (env: NodeJS.ProcessEnv = process.env): Capabilities => {
  const wants = (tty: boolean): boolean => {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true
    return tty && env.TERM !== "dumb"
  }
  const stdoutTTY = process.stdout.isTTY === true
  const stderrTTY = process.stderr.isTTY === true
  return {
    stdoutTTY,
    stderrTTY,
    stdinTTY: process.stdin.isTTY === true,
    color: wants(stdoutTTY),
    colorStderr: wants(stderrTTY),
    columns: process.stdout.columns ?? 100
  }
}

/** The output service. */
export interface Service {
  readonly capabilities: Capabilities
  /** `--json` was given: one JSON document (or JSON lines for live commands) on stdout. */
  readonly json: boolean
  /** Writes text to stdout as is. */
  readonly write: (text: string) => Effect.Effect<void>
  /** Writes one line to stdout. */
  readonly line: (text?: string) => Effect.Effect<void>
  /** Writes one line to stderr. */
  readonly note: (text: string) => Effect.Effect<void>
  /** Writes a value as one JSON document (exact decimals as strings) on one line. */
  readonly printJson: (value: unknown) => Effect.Effect<void>
  /** Writes an aligned table. */
  readonly table: (columns: ReadonlyArray<Column>, rows: ReadonlyArray<ReadonlyArray<string>>) => Effect.Effect<void>
  /** Writes `label  value` pairs, aligned. */
  readonly pairs: (rows: ReadonlyArray<readonly [string, string]>) => Effect.Effect<void>
  /**
   * Counts items of a long listing on stderr, redrawn in place, only when stderr is a terminal; the
   * returned `done` clears the line.
   */
  readonly progress: (label: string) => Effect.Effect<{
    readonly tick: (count: number) => Effect.Effect<void>
    readonly done: Effect.Effect<void>
  }>
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly green: (text: string) => string
  readonly red: (text: string) => string
  readonly yellow: (text: string) => string
}

/** The output service tag. */
export class Output extends Context.Tag("@kalshi-effect/cli/Output")<Output, Service>() {}

/** Where the output goes: the process's streams, or any writable stream (tests). */
export interface Streams {
  readonly stdout: Writable
  readonly stderr: Writable
}

/** What the service needs of a stream. */
export interface Writable {
  readonly destroyed: boolean
  write(text: string, callback: () => void): unknown
}

const writeTo = (stream: Writable, text: string): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    if (stream.destroyed) return resume(Effect.void)
    stream.write(text, () => resume(Effect.void))
  })

const sgr = (on: boolean, open: number, close: number) => (text: string) =>
  on ? `\u001b[${open}m${text}\u001b[${close}m` : text

/** The visible width of a text: ANSI escapes do not count. */
export const visibleLength = (text: string): number => stripAnsi(text).length

/** Removes ANSI escape sequences. */
export const stripAnsi = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "")

const cut = (text: string, max: number | undefined): string =>
  max !== undefined && text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text

const pad = (text: string, width: number, align: Align): string => {
  const fill = " ".repeat(Math.max(0, width - visibleLength(text)))
  return align === "right" ? fill + text : text + fill
}

/** Renders a table as lines: a header, then the rows, columns separated by two spaces. */
export const renderTable = (
  columns: ReadonlyArray<Column>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  style: { readonly header: (text: string) => string } = { header: (t) => t }
): Array<string> => {
  const cells = rows.map((row) => columns.map((column, i) => cut(row[i] ?? "", column.max)))
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((row) => visibleLength(row[i] ?? "")))
  )
  const render = (row: ReadonlyArray<string>, header: boolean) =>
    columns.map((column, i) => {
      const last = i === columns.length - 1
      const text = row[i] ?? ""
      const align = column.align ?? "left"
      const padded = last && align === "left" ? text : pad(text, widths[i]!, align)
      return header ? style.header(padded) : padded
    }).join("  ").replace(/\s+$/, "")
  return [render(columns.map((c) => c.header), true), ...cells.map((row) => render(row, false))]
}

/** Builds the service for the given capabilities. */
export const make = (
  capabilities: Capabilities,
  json: boolean,
  streams: Streams = { stdout: process.stdout, stderr: process.stderr }
): Service => {
  const { color } = capabilities
  const bold = sgr(color, 1, 22)
  const dim = sgr(color, 2, 22)
  const line = (text = "") => writeTo(streams.stdout, `${text}\n`)
  return {
    capabilities,
    json,
    write: (text) => writeTo(streams.stdout, text),
    line,
    note: (text) => writeTo(streams.stderr, `${capabilities.colorStderr ? text : stripAnsi(text)}\n`),
    printJson: (value) => line(JSON.stringify(toJson(value))),
    table: (columns, rows) => line(renderTable(columns, rows, { header: bold }).join("\n")),
    pairs: (rows) => {
      const width = Math.max(0, ...rows.map(([label]) => label.length))
      return line(rows.map(([label, value]) => `${bold(label.padEnd(width))}  ${value}`).join("\n"))
    },
    progress: (label) =>
      Effect.sync(() => {
        if (!capabilities.stderrTTY) return { tick: () => Effect.void, done: Effect.void }
        let shown = false
        return {
          tick: (count: number) =>
            Effect.suspend(() => {
              shown = true
              return writeTo(streams.stderr, `\r\u001b[2K${label}: ${count}…`)
            }),
          done: Effect.suspend(() => (shown ? writeTo(streams.stderr, "\r\u001b[2K") : Effect.void))
        }
      }),
    bold,
    dim,
    green: sgr(color, 32, 39),
    red: sgr(color, 31, 39),
    yellow: sgr(color, 33, 39)
  }
}

/** The service as a layer. */
export const layer = (capabilities: Capabilities, json: boolean, streams?: Streams): Layer.Layer<Output> =>
  Layer.succeed(Output, make(capabilities, json, streams))
