/**
 * The libraries a browser user imports (`@kalshi-effect/core`, `rest` and `ws`) bundle for the
 * browser: no module they reach imports a `node:` module. Checked with esbuild, as a bundler
 * would see them.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as esbuild from "esbuild"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../..", import.meta.url))

/** Bundles the entry points for the browser, in memory: esbuild's errors (none on success) and the files bundled. */
const bundleForBrowser = (entryPoints: ReadonlyArray<string>) =>
  Effect.promise(() =>
    esbuild
      .build({
        absWorkingDir: root,
        entryPoints: [...entryPoints],
        bundle: true,
        platform: "browser",
        format: "esm",
        write: false,
        outdir: "bundle-check",
        conditions: ["@kalshi-effect/source"],
        metafile: true,
        logLevel: "silent"
      })
      .then(
        (result) => ({ errors: result.errors.map((e) => e.text), inputs: Object.keys(result.metafile.inputs) }),
        (error: esbuild.BuildFailure) => ({ errors: error.errors.map((e) => e.text), inputs: [] })
      )
  )

describe("portable packages", () => {
  it.live("core, rest, ws and kalshi bundle for the browser without any node: module", () =>
    Effect.gen(function*() {
      const { errors, inputs } = yield* bundleForBrowser([
        "packages/core/src/index.ts",
        "packages/rest/src/index.ts",
        "packages/ws/src/index.ts",
        "packages/kalshi/src/index.ts"
      ])
      assert.deepStrictEqual(errors, [])
      // the bundle holds the SDK's modules, signing, configuration and the fetch transport included
      for (
        const file of [
          "packages/core/src/Signer.ts",
          "packages/core/src/FetchHttpClient.ts",
          "packages/core/src/KalshiConfig.ts",
          "packages/rest/src/KalshiRest.ts",
          "packages/kalshi/src/Kalshi.ts"
        ]
      ) {
        assert.include(inputs, file)
      }
      assert.isFalse(inputs.some((file) => file.startsWith("node:")), inputs.join("\n"))
      assert.notInclude(inputs, "packages/core/src/NodeSigner.ts")
      assert.notInclude(inputs, "packages/kalshi/src/KalshiNode.ts")
    }), 60_000)

  it.live("the check catches a node: import (NodeSigner is for Node.js only)", () =>
    Effect.gen(function*() {
      const { errors } = yield* bundleForBrowser(["packages/core/src/NodeSigner.ts"])
      assert.isAbove(errors.length, 0)
      assert.isTrue(errors.some((text) => text.includes("node:crypto")), errors.join("\n"))
    }), 60_000)
})
