/**
 * The pieces of the output on their own: progress on long listings (a terminal only), tables,
 * exact JSON decimals, and where global options may stand.
 */
import { assert, describe, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { collect } from "../src/internal/commands/markets.js"
import { exact, fixed, toJson } from "../src/internal/json.js"
import { type Capabilities, layer, renderTable, type Streams } from "../src/internal/output.js"
import { hoist } from "../src/internal/session.js"

const capabilities = (tty: boolean): Capabilities => ({
  stdoutTTY: tty,
  stderrTTY: tty,
  stdinTTY: tty,
  color: tty,
  colorStderr: tty,
  columns: 100
})

const recording = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  const streams: Streams = {
    stdout: { destroyed: false, write: (text, done) => (out.push(text), done()) },
    stderr: { destroyed: false, write: (text, done) => (err.push(text), done()) }
  }
  return { out, err, streams }
}

describe("output", () => {
  it.effect("a long listing counts what arrived on stderr, redrawn in place, and clears the line at the end", () =>
    Effect.gen(function*() {
      const { err, out, streams } = recording()
      const items = yield* collect("markets", Stream.range(1, 1000), 250).pipe(
        Effect.provide(layer(capabilities(true), false, streams))
      )
      assert.strictEqual(items.length, 250)
      assert.deepStrictEqual(err, ["\r\u001b[2Kmarkets: 100…", "\r\u001b[2Kmarkets: 200…", "\r\u001b[2K"])
      assert.deepStrictEqual(out, [])
    }))

  it.effect("off a terminal a listing shows no progress", () =>
    Effect.gen(function*() {
      const { err, streams } = recording()
      const items = yield* collect("markets", Stream.range(1, 1000), 250).pipe(
        Effect.provide(layer(capabilities(false), false, streams))
      )
      assert.strictEqual(items.length, 250)
      assert.deepStrictEqual(err, [])
    }))

  it("tables: numbers right-aligned, text left-aligned, long cells cut, no trailing spaces", () => {
    const lines = renderTable(
      [{ header: "TICKER" }, { header: "PRICE", align: "right" }, { header: "TITLE", max: 8 }],
      [["KX-A", "0.5", "short"], ["KX-LONGER", "0.0175", "a rather long title"]]
    )
    assert.deepStrictEqual(lines, [
      "TICKER      PRICE  TITLE",
      "KX-A          0.5  short",
      "KX-LONGER  0.0175  a rathe…"
    ])
  })

  it("JSON keeps every decimal exactly as it was written", () => {
    assert.strictEqual(exact(BigDecimal.make(4400n, 4)), "0.4400")
    assert.strictEqual(exact(BigDecimal.make(-5n, 3)), "-0.005")
    assert.strictEqual(exact(BigDecimal.make(12n, 0)), "12")
    assert.strictEqual(exact(BigDecimal.make(12n, -2)), "1200")
    assert.strictEqual(fixed(BigDecimal.make(41n, 2), 4), "0.4100")
    assert.strictEqual(fixed(BigDecimal.make(123456n, 6), 4), "0.123456")
    assert.strictEqual(fixed(BigDecimal.make(75n, 1), 2), "7.50")
    assert.deepStrictEqual(
      toJson({ a: [BigDecimal.make(1000n, 2)], b: Option.none(), c: Option.some("x"), d: undefined }),
      {
        a: ["10.00"],
        b: null,
        c: "x"
      }
    )
  })

  it("global options after a command's name move in front of it; what follows -- stays", () => {
    assert.deepStrictEqual(hoist(["markets", "--local", "--json", "--env", "demo", "--verbose"]), [
      "--local",
      "--env",
      "demo",
      "--verbose",
      "markets",
      "--json"
    ])
    assert.deepStrictEqual(hoist(["--env=production", "book", "T", "--", "--local"]), [
      "--env=production",
      "book",
      "T",
      "--",
      "--local"
    ])
  })
})
