/**
 * The published packages as a user installs them: tarballs from `npm pack`, installed into a fresh
 * project outside the workspace (see `setup.ts`), type-checked with `strict` under `NodeNext` and
 * `Bundler` resolution, compiled by the user's `tsc` and run with plain `node` (20, 22 and 24) and
 * with Bun against the testkit's `kalshi-testkit` command from its own tarball.
 */
import type { ChildProcess } from "node:child_process"
import { existsSync } from "node:fs"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { exchangeEnv, type ExchangeInfo, result, run, startExchange } from "./exchange.js"

const { dir, tarballs } = inject("dist")
const app = path.join(dir, "app")
const root = path.resolve(import.meta.dirname, "../..")

describe("tarballs", () => {
  const files = async (name: keyof typeof tarballs) => {
    const listed = await run("tar", ["-tzf", tarballs[name]], { cwd: dir })
    expect(listed.code).toBe(0)
    return listed.stdout.split("\n").filter((f) => f !== "").map((f) => f.replace(/^package\//, ""))
  }

  it.each(["core", "rest", "ws", "kalshi", "testkit", "cli"] as const)(
    "%s holds JavaScript, declarations, maps and sources, and nothing else",
    async (name) => {
      const list = await files(name)
      for (
        const needed of [
          "package.json",
          "README.md",
          "LICENSE",
          "CHANGELOG.md",
          "build/src/index.js",
          "build/src/index.d.ts",
          "build/src/index.js.map",
          "build/src/index.d.ts.map",
          "src/index.ts"
        ]
      ) {
        expect(list, needed).toContain(needed)
      }
      const unexpected = list.filter((f) =>
        !["package.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(f) &&
        // the cli's `kalshi` command: a launcher of its built JavaScript
        !(name === "cli" && f === "bin/kalshi.js") &&
        !/^build\/src\/.+\.(js|d\.ts|js\.map|d\.ts\.map)$/.test(f) &&
        !/^src\/.+\.ts$/.test(f)
      )
      expect(unexpected).toEqual([])
      expect(
        list.filter((f) => /(^|\/)(test|tests|examples|scripts)\//.test(f) || /tsconfig|tsbuildinfo|vitest/.test(f))
      ).toEqual([])
      // every module's JavaScript is there for its source
      for (const source of list.filter((f) => f.startsWith("src/"))) {
        expect(list).toContain(source.replace(/^src\//, "build/src/").replace(/\.ts$/, ".js"))
      }
    }
  )

  it("a user's project gets one copy of effect, of @effect/platform and of ws", async () => {
    for (const dependency of ["effect", "@effect/platform", "ws"]) {
      const listed = await run("npm", ["ls", dependency, "--all", "--parseable"], { cwd: app })
      const copies = new Set(listed.stdout.split("\n").filter((l) => l !== ""))
      expect([...copies], dependency).toHaveLength(1)
    }
  })
})

describe("resolution", () => {
  it("plain node imports every package, and no internal module", async () => {
    const script = [
      "const core = await import('@kalshi-effect/core');",
      "const rest = await import('@kalshi-effect/rest');",
      "const ws = await import('@kalshi-effect/ws');",
      "const testkit = await import('@kalshi-effect/testkit');",
      "const kalshi = await import('@kalshi-effect/kalshi');",
      "const kalshiNode = await import('@kalshi-effect/kalshi/KalshiNode');",
      "const sub = await import('@kalshi-effect/core/FixedPoint');",
      "const refused = [];",
      "for (const p of ['@kalshi-effect/core/internal/x', '@kalshi-effect/ws/internal/decodeRuntime', '@kalshi-effect/rest/internal/executor', '@kalshi-effect/testkit/internal/server']) {",
      "  try { await import(p); refused.push(p + ': imported') } catch (e) { refused.push(e.code) }",
      "}",
      "console.log(JSON.stringify({ core: typeof core.KalshiConfig.layerConfig, rest: typeof rest.Orders.place, ws: typeof ws.KalshiWebSocket.layerNode, testkit: typeof testkit.TestExchange.layerSdk, kalshi: typeof kalshi.Kalshi.layer, kalshiNode: typeof kalshiNode.layerConfig, sub: typeof sub.formatDollars, refused }))"
    ].join("\n")
    const ran = await run("node", ["--input-type=module", "-e", script], { cwd: app })
    expect(ran.stderr).toBe("")
    expect(JSON.parse(ran.stdout)).toEqual({
      core: "function",
      rest: "function",
      ws: "function",
      testkit: "function",
      kalshi: "function",
      kalshiNode: "function",
      sub: "function",
      refused: Array(4).fill("ERR_PACKAGE_PATH_NOT_EXPORTED")
    })
  })

  it.each(["nodenext", "bundler"])("the program type-checks with strict under %s resolution", async (mode) => {
    const ran = await run(path.join(app, "node_modules", ".bin", "tsc"), ["-p", `tsconfig.${mode}.json`, "--noEmit"], {
      cwd: app
    })
    expect(ran.stdout + ran.stderr).toBe("")
    expect(ran.code).toBe(0)
  })

  it("a type error in a user's program is reported through the packages' declarations", async () => {
    // the declarations are real: a wrong argument type is caught, so the clean checks above can fail
    const bad =
      "import { FixedPoint } from '@kalshi-effect/core'\nconst n: number = FixedPoint.formatDollars\nexport { n }\n"
    const { writeFileSync, rmSync } = await import("node:fs")
    writeFileSync(path.join(app, "src", "bad.ts"), bad)
    try {
      const ran = await run(path.join(app, "node_modules", ".bin", "tsc"), [
        "-p",
        "tsconfig.nodenext.json",
        "--noEmit",
        "--skipLibCheck"
      ], {
        cwd: app
      })
      expect(ran.code).not.toBe(0)
      expect(ran.stdout).toContain("bad.ts")
    } finally {
      rmSync(path.join(app, "src", "bad.ts"))
    }
  })
})

describe("runtimes", () => {
  let exchange: { readonly info: ExchangeInfo; readonly process: ChildProcess }

  beforeAll(async () => {
    const compiled = await run(path.join(app, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.nodenext.json"], {
      cwd: app
    })
    expect(compiled.stdout + compiled.stderr).toBe("")
    exchange = await startExchange(app)
  })
  afterAll(() => {
    exchange?.process.kill("SIGINT")
  })

  const expectRun = async (runtime: string, args: ReadonlyArray<string> = []) => {
    const ran = await run(runtime, [...args, path.join(app, "dist", "program.js")], {
      cwd: app,
      env: exchangeEnv(exchange.info)
    })
    const out = result(ran)
    expect(out.markets).toBeGreaterThan(0)
    expect(exchange.info.markets).toContain(out.market)
    expect(out.canceled).toMatch(/\S/)
    expect(out.taken).toBe("Created")
    expect(out.trade.ticker).toBe(out.market)
    return ran
  }

  it("plain node 20 (this process's node) runs the program: markets, an order placed and canceled, a trade on the WebSocket", async () => {
    const ran = await expectRun(process.execPath)
    expect(ran.stdout).toContain("placed and canceled")
  })

  it.each(["22", "24"])("node %s from the npm registry runs the program", async (major) => {
    const runtimes = path.join(root, "test-dist", "runtimes")
    const node = path.join(runtimes, "node_modules", `node${major}`, "bin", "node")
    if (!existsSync(node)) {
      const installed = await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: runtimes, timeout: 300_000 })
      expect(installed.code, installed.stderr).toBe(0)
    }
    const version = await run(node, ["--version"], { cwd: app })
    expect(version.stdout.startsWith(`v${major}.`)).toBe(true)
    await expectRun(node)
  })

  it("the installed kalshi command runs with plain node: its help, and the exchange's markets as JSON", async () => {
    const kalshi = path.join(app, "node_modules", ".bin", "kalshi")
    const help = await run(kalshi, ["--help"], { cwd: app, env: { PATH: process.env.PATH, HOME: dir } })
    expect(help.stderr).toBe("")
    expect(help.code).toBe(0)
    expect(help.stdout).toContain("- order buy")
    const markets = await run(kalshi, ["markets", "--json"], {
      cwd: app,
      env: { ...exchangeEnv(exchange.info), HOME: dir }
    })
    expect(markets.stderr).toBe("")
    const listed: Array<{ ticker: string }> = JSON.parse(markets.stdout)
    expect(listed.map((m) => m.ticker)).toEqual(exchange.info.markets)
  })

  it("bun runs the program", async () => {
    const bun = path.join(root, "node_modules", ".bin", "bun")
    const version = await run(bun, ["--version"], { cwd: app })
    expect(version.code).toBe(0)
    await expectRun(bun)
  })
})
