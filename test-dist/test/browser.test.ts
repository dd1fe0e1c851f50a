/**
 * The published packages in a browser: a page bundled by esbuild for the browser from the installed
 * tarballs (no Node built-in may be reached), type-checked with `Bundler` resolution and the DOM
 * library, served from its own origin, and opened in headless Chromium (Debian's `chromium`) against
 * the testkit's exchange, which answers CORS for public data. The screenshot is written to
 * `test-dist/output/browser.png`.
 */
import type { ChildProcess } from "node:child_process"
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import * as path from "node:path"
import { chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { type ExchangeInfo, run, startExchange } from "./exchange.js"

const { dir } = inject("dist")
const app = path.join(dir, "app")
const root = path.resolve(import.meta.dirname, "../..")

const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync)

describe("browser", () => {
  let exchange: { readonly info: ExchangeInfo; readonly process: ChildProcess }
  let server: Server

  beforeAll(async () => {
    exchange = await startExchange(app)
    server = createServer((req, res) => {
      const file = path.join(app, "page", req.url?.startsWith("/bundle.js") ? "bundle.js" : "index.html")
      if (!existsSync(file)) {
        res.writeHead(404)
        res.end()
        return
      }
      res.writeHead(200, { "content-type": file.endsWith(".js") ? "text/javascript" : "text/html" })
      res.end(readFileSync(file))
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  })
  afterAll(async () => {
    exchange?.process.kill("SIGINT")
    await new Promise((resolve) => server?.close(resolve))
  })

  it("the page type-checks under Bundler resolution with the DOM library", async () => {
    const ran = await run(path.join(app, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.page.json"], { cwd: app })
    expect(ran.stdout + ran.stderr).toBe("")
    expect(ran.code).toBe(0)
  })

  it("esbuild bundles the page for the browser, with no Node built-in", async () => {
    const ran = await run(
      path.join(root, "node_modules", ".bin", "esbuild"),
      [
        "page/page.ts",
        "--bundle",
        "--platform=browser",
        "--format=esm",
        "--outfile=page/bundle.js",
        "--log-level=warning"
      ],
      { cwd: app }
    )
    expect(ran.stderr).toBe("")
    expect(ran.code).toBe(0)
    expect(readFileSync(path.join(app, "page", "bundle.js"), "utf8")).not.toMatch(/from\s*["']node:/)
  })

  it("headless Chromium lists the markets and shows trades as they happen", async () => {
    expect(chromiumPath, "Debian's chromium is installed (.ci/run installs it)").toBeDefined()
    const browser = await chromium.launch({ executablePath: chromiumPath!, args: ["--no-sandbox"] })
    try {
      const page = await browser.newPage()
      const errors: Array<string> = []
      page.on("pageerror", (error) => errors.push(String(error)))
      const { port } = server.address() as AddressInfo
      await page.goto(`http://127.0.0.1:${port}/?rest=${encodeURIComponent(exchange.info.restUrl)}`)
      await page.waitForFunction(() => document.querySelectorAll("#trades li").length >= 1, undefined, {
        timeout: 30_000
      })
      // the first answer may hold earlier trades: wait for one that happens while the page is open
      const before = await page.locator("#trades li").count()
      await page.waitForFunction((n) => document.querySelectorAll("#trades li").length > n, before, {
        timeout: 30_000
      })
      const markets = await page.locator("#markets li").evaluateAll((items) =>
        items.map((li) => (li as HTMLElement).dataset.ticker)
      )
      expect([...markets].sort()).toEqual([...exchange.info.markets].sort())
      expect(await page.locator("#status").textContent()).toBe("streaming trades")
      expect(await page.locator("#trades li").first().textContent()).toMatch(/^\d+\.\d\d at \d\.\d\d/)
      expect(errors).toEqual([])
      const output = path.join(root, "test-dist", "output")
      mkdirSync(output, { recursive: true })
      await page.screenshot({ path: path.join(output, "browser.png"), fullPage: true })
      console.log(`screenshot: ${path.join(output, "browser.png")}`)
    } finally {
      await browser.close()
    }
  })
})
