/**
 * The API reference (`npm run docs`): TypeDoc over every public package, built the way the script
 * builds it (the repository's typedoc.json, warnings as errors), into a temporary directory.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { execFile } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import {
  Application,
  Comment,
  ConsoleLogger,
  DeclarationReflection,
  LogLevel,
  PackageJsonReader,
  TSConfigReader,
  TypeDocReader
} from "typedoc"
import type { ProjectReflection } from "typedoc"

const root = fileURLToPath(new URL("../../..", import.meta.url))

/** Prints like TypeDoc's own logger and keeps every warning and error for the assertions. */
class RecordingLogger extends ConsoleLogger {
  readonly problems: Array<string> = []
  override log(message: string, level: Exclude<LogLevel, LogLevel.None>): void {
    if (level >= LogLevel.Warn) this.problems.push(message)
    super.log(message, level)
  }
}

/** The packages' own declarations, which the conversion of the packages that import them reads. */
const buildDeclarations = Effect.tryPromise(() =>
  promisify(execFile)(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-b", "tsconfig.json"], {
    cwd: root
  })
)

/** Converts, validates and renders into `out`, as the `docs` script does. */
const buildDocs = (out: string) =>
  Effect.tryPromise(async () => {
    const logger = new RecordingLogger()
    const app = await Application.bootstrapWithPlugins(
      { options: path.join(root, "typedoc.json"), out, logLevel: "Warn" },
      [new TypeDocReader(), new PackageJsonReader(), new TSConfigReader()]
    )
    const bootstrapProblems = app.logger.errorCount + app.logger.warningCount
    logger.level = app.logger.level
    app.logger = logger
    const project = await app.convert()
    if (project !== undefined) {
      app.validate(project)
      await app.generateOutputs(project)
    }
    return {
      project,
      problems: logger.problems,
      bootstrapProblems,
      treatWarningsAsErrors: app.options.getValue("treatWarningsAsErrors")
    }
  })

const withTempDir = Effect.acquireRelease(
  Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "kalshi-docs-"))),
  (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
)

/** Every file under `dir`, relative to it. */
const listFiles = (dir: string): Array<string> =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) =>
    fs.statSync(path.join(dir, file)).isFile()
  )

/** The visible text of an HTML page, whitespace collapsed. */
const pageText = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, "\"")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")

/** A run of plain prose from a reflection's JSDoc summary: its longest text part, up to markdown syntax. */
const summaryProse = (project: ProjectReflection, names: ReadonlyArray<string>): string => {
  const reflection = project.getChildByName([...names])
  assert.instanceOf(reflection, DeclarationReflection, `no declaration ${names.join(".")}`)
  const declaration = reflection as DeclarationReflection
  const comment = declaration.comment ?? declaration.signatures?.[0]?.comment
  assert.isDefined(comment, `${names.join(".")} has no doc comment`)
  const texts = comment!.summary.filter((part) => part.kind === "text").map((part) => part.text)
  const longest = texts.map((text) => text.split(/[*_[\]<>`#\\]/)[0]!.replace(/\s+/g, " ").trim())
    .sort((a, b) => b.length - a.length)[0] ?? ""
  assert.isAtLeast(
    longest.length,
    12,
    `${names.join(".")}'s summary has too little prose: ${Comment.combineDisplayParts(comment!.summary)}`
  )
  return longest
}

/** Key symbols, by package, module and member, with the page TypeDoc writes for each. */
const keySymbols: ReadonlyArray<readonly [string, string, string]> = [
  ["@kalshi-effect/core", "KalshiConfig", "layerConfig"],
  ["@kalshi-effect/core", "KalshiError", "HttpError"],
  ["@kalshi-effect/rest", "Orders", "place"],
  ["@kalshi-effect/ws", "KalshiWebSocket", "layerNode"],
  ["@kalshi-effect/kalshi", "Kalshi", "layer"],
  ["@kalshi-effect/testkit", "TestExchange", "layer"]
]

describe("API reference", () => {
  it.scoped(
    "builds from the JSDoc with no warnings, a page per module and per key symbol",
    () =>
      Effect.gen(function*() {
        const out = yield* withTempDir
        yield* buildDeclarations
        const { bootstrapProblems, problems, project, treatWarningsAsErrors } = yield* buildDocs(out)

        assert.isTrue(treatWarningsAsErrors, "typedoc.json treats warnings as errors")
        assert.strictEqual(bootstrapProblems, 0, "the options load without warnings")
        assert.deepStrictEqual(problems, [], "TypeDoc reports no warnings or errors")
        assert.isDefined(project)

        const files = listFiles(out)
        assert.include(files, "index.html")
        const pageOf = (pkg: string, ...names: ReadonlyArray<string>) => {
          const suffix = `${pkg.replace(/[@/]/g, "_")}.${names.join(".")}.html`
          const page = files.find((file) => path.basename(file) === suffix)
          assert.isDefined(page, `no page ${suffix}`)
          return pageText(fs.readFileSync(path.join(out, page!), "utf8"))
        }

        // One page per module, with its members listed.
        for (const [pkg, module, member] of keySymbols) {
          const text = pageOf(pkg, module)
          assert.include(text, member, `${pkg} ${module}'s page lists ${member}`)
        }

        // One page per key symbol, carrying its JSDoc.
        for (const [pkg, module, member] of keySymbols) {
          const text = pageOf(pkg, module, member)
          assert.include(
            text,
            summaryProse(project!, [pkg, module, member]),
            `${module}.${member}'s page shows its JSDoc`
          )
        }

        // Nothing under src/internal is documented.
        assert.deepStrictEqual(files.filter((file) => /internal/i.test(file)), [])

        // A REST service method is shown as declared: linked names, not the whole descriptor expanded.
        const orders = pageOf("@kalshi-effect/rest", "OrdersApiService").replace(/ /g, "")
        assert.include(
          orders,
          "getOrders:(input?:Operations.GetOrdersInput,)=>Effect.Effect<Schemas.GetOrdersResponse,ErrorOf<typeofGetOrders>"
        )
        assert.notInclude(orders, "path:\"/portfolio/orders\"")
      }),
    { timeout: 180_000 }
  )
})
