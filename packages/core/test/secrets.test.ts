/**
 * No configuration error, request error, log line or span shows key material, a key id or a
 * signature: real keys are put in every `KALSHI_*` variable and every `KalshiConfig` option, whole,
 * on one line, damaged, truncated and without their armour, and every way the SDK reports what
 * happened is searched for them.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import { assert, describe, it } from "@effect/vitest"
import {
  Cause,
  ConfigError,
  ConfigProvider,
  Effect,
  Exit,
  HashMap,
  Layer,
  Logger,
  LogLevel,
  Option,
  Redacted,
  Tracer
} from "effect"
import * as crypto from "node:crypto"
import * as net from "node:net"
import { inspect } from "node:util"
import { KalshiConfig, KalshiError, KalshiHttpClient } from "../src/index.js"

const API_KEY_ID = "5e0b8f7a-41c2-4d3e-9a6b-7c8d9e0f1a2b"

interface Key {
  readonly name: string
  readonly pem: string
}

const rsa = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })
const ed = crypto.generateKeyPairSync("ed25519")
const keys: ReadonlyArray<Key> = [
  { name: "RSA PKCS#8", pem: rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString() },
  { name: "RSA PKCS#1", pem: rsa.privateKey.export({ type: "pkcs1", format: "pem" }).toString() },
  { name: "Ed25519", pem: ed.privateKey.export({ type: "pkcs8", format: "pem" }).toString() }
]

const bodyLines = (pem: string): ReadonlyArray<string> =>
  pem.split("\n").filter((line) => line !== "" && !line.startsWith("-----"))

/** A key as it may be misplaced: whole, on one line with `\n`, damaged, cut short, or its bare body. */
const variants = (pem: string): ReadonlyArray<readonly [string, string]> => {
  const body = bodyLines(pem).join("\n")
  const middle = pem.indexOf("\n") + Math.floor(body.length / 2)
  const flipped = pem[middle] === "A" ? "B" : "A"
  return [
    ["whole", pem],
    ["one line", pem.trim().replace(/\n/g, "\\n")],
    ["damaged", pem.slice(0, middle) + flipped + pem.slice(middle + 1)],
    ["truncated", pem.slice(0, Math.floor(pem.length / 2))],
    ["bare body", body]
  ]
}

/**
 * Pieces of text that must never be shown: every 16-character window (by steps of 4) of every
 * line of every key body, and the key id.
 */
const keyPieces: ReadonlyArray<string> = [
  API_KEY_ID,
  ...keys.flatMap(({ pem }) =>
    bodyLines(pem).flatMap((line) => {
      const out: Array<string> = []
      for (let i = 0; i + 16 <= line.length; i += 4) out.push(line.slice(i, i + 16))
      return out
    })
  )
]

const findLeak = (text: string, pieces: ReadonlyArray<string>): string | undefined =>
  pieces.find((piece) => text.includes(piece))

/** Every way an error is commonly shown. */
const renderings = (error: unknown): ReadonlyArray<string> => {
  const out = [String(error), JSON.stringify(error) ?? "", inspect(error, { depth: 10 })]
  if (error instanceof Error) out.push(error.message, error.stack ?? "")
  return out
}

/** A logger that keeps every line, formatted the ways Effect formats them. */
const recordingLogger = (lines: Array<string>) =>
  Logger.make<unknown, void>((options) => {
    lines.push(Logger.logfmtLogger.log(options), Logger.stringLogger.log(options))
    lines.push(inspect(options.message, { depth: 10 }), inspect(HashMap.toEntries(options.annotations), { depth: 10 }))
    if (!Cause.isEmpty(options.cause)) lines.push(Cause.pretty(options.cause, { renderErrorCause: true }))
  })

/** The default tracer, with every span it makes kept. */
const recordingTracer = Effect.map(Effect.tracer, (base) => {
  const spans: Array<Tracer.Span> = []
  const tracer = Tracer.make({
    span: (...args) => {
      const span = base.span(...args)
      spans.push(span)
      return span
    },
    context: base.context
  })
  return { tracer, spans }
})

const renderSpan = (span: Tracer.Span): string => {
  const parts = [span.name, inspect(Object.fromEntries(span.attributes), { depth: 10 })]
  if ("events" in span) parts.push(inspect(span.events, { depth: 10 }))
  if (span.status._tag === "Ended" && Exit.isFailure(span.status.exit)) parts.push(Cause.pretty(span.status.exit.cause))
  return parts.join("\n")
}

interface Observed {
  readonly exit: Exit.Exit<unknown, unknown>
  /** Everything shown: the error's renderings, `Cause.pretty`, the log lines and the spans. */
  readonly shown: string
  readonly logs: ReadonlyArray<string>
  readonly spans: ReadonlyArray<Tracer.Span>
  /** The signatures sent, which must not be shown either. */
  readonly signatures: ReadonlyArray<string>
}

/**
 * Builds the signed HTTP client over `config` and sends a signed request to a closed port on
 * 127.0.0.1, with a recording logger and tracer; then reports the failure the way
 * `NodeRuntime.runMain` does (`Effect.logError(cause)`).
 */
const observe = <E>(
  config: Layer.Layer<KalshiConfig.KalshiConfig, E>,
  request: KalshiHttpClient.Request
): Effect.Effect<Observed> =>
  Effect.suspend(() => {
    const logs: Array<string> = []
    const signatures: Array<string> = []
    return Effect.gen(function*() {
      const { spans, tracer } = yield* recordingTracer
      const client = KalshiHttpClient.layer({
        rateLimits: { disabled: true },
        retry: { times: 1, base: "1 millis", jitter: false },
        httpSpans: true,
        transformClient: HttpClient.mapRequest((req) => {
          const signature = req.headers["kalshi-access-signature"]
          if (signature !== undefined) signatures.push(signature)
          return req
        })
      }).pipe(Layer.provide(config), Layer.provide(FetchHttpClient.layer))
      const exit = yield* Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (c) => c.execute(request)).pipe(
        Effect.provide(client),
        Effect.tapErrorCause(Effect.logError),
        Effect.withSpan("program"),
        Effect.withTracer(tracer),
        Effect.exit
      )
      const shown: Array<string> = []
      if (Exit.isFailure(exit)) {
        shown.push(Cause.pretty(exit.cause), Cause.pretty(exit.cause, { renderErrorCause: true }))
        for (const error of [...Cause.failures(exit.cause), ...Cause.defects(exit.cause)]) {
          for (const rendering of renderings(error)) shown.push(rendering)
        }
      }
      for (const line of [...logs, ...spans.map(renderSpan)]) shown.push(line)
      return { exit, shown: shown.join("\n"), logs, spans, signatures }
    }).pipe(
      Effect.provide(Logger.replace(Logger.defaultLogger, recordingLogger(logs))),
      Logger.withMinimumLogLevel(LogLevel.All)
    )
  })

/** The tag of the error an exit failed with: `"defect"` for a thrown exception, never expected. */
const failureTag = (exit: Exit.Exit<unknown, unknown>): string => {
  if (Exit.isSuccess(exit)) return "success"
  if (Cause.isDie(exit.cause)) return "defect"
  const failure = Option.getOrUndefined(Cause.failureOption(exit.cause))
  if (ConfigError.isConfigError(failure)) return "ConfigError"
  return KalshiError.isKalshiError(failure) ? failure._tag : "unknown"
}

/** A port on 127.0.0.1 where nothing listens. */
const closedPort = Effect.promise(
  () =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer()
      server.once("error", reject)
      server.listen(0, "127.0.0.1", () => {
        const address = server.address()
        const port = typeof address === "object" && address !== null ? address.port : 0
        server.close(() => resolve(port))
      })
    })
)

const getBalance: KalshiHttpClient.Request = {
  operation: "GetBalance",
  method: "GET",
  path: "/portfolio/balance",
  auth: "signed"
}

const fromEnv = (entries: Record<string, string>) =>
  KalshiConfig.layerConfig().pipe(Layer.provide(Layer.setConfigProvider(ConfigProvider.fromJson(entries))))

interface Case {
  readonly name: string
  readonly config: Layer.Layer<KalshiConfig.KalshiConfig, unknown>
  /** Tags the run may end with; a misplaced whole key may still reach the (closed) server. */
  readonly expected: ReadonlyArray<string>
}

const cases = (restUrl: string, wsUrl: string): ReadonlyArray<Case> => {
  const out: Array<Case> = []
  const local = { KALSHI_REST_URL: restUrl, KALSHI_WS_URL: wsUrl }
  const environment = { restUrl, wsUrl }
  for (const key of keys) {
    for (const [variant, text] of variants(key.pem)) {
      const label = (where: string) => `${key.name}, ${variant}, in ${where}`
      const keyUsable = variant === "whole" || variant === "one line"
      out.push(
        {
          name: label("KALSHI_PRIVATE_KEY_PATH"),
          config: fromEnv({ ...local, KALSHI_API_KEY_ID: API_KEY_ID, KALSHI_PRIVATE_KEY_PATH: text }),
          expected: ["InvalidKey"]
        },
        {
          name: label("KALSHI_ENV"),
          config: fromEnv({ ...local, KALSHI_ENV: text, KALSHI_API_KEY_ID: API_KEY_ID, KALSHI_PRIVATE_KEY: key.pem }),
          expected: ["ConfigError"]
        },
        {
          name: label("KALSHI_REST_URL"),
          config: fromEnv({ KALSHI_WS_URL: wsUrl, KALSHI_REST_URL: text }),
          expected: ["InvalidInput"]
        },
        {
          name: label("KALSHI_WS_URL"),
          config: fromEnv({ KALSHI_REST_URL: restUrl, KALSHI_WS_URL: text }),
          expected: ["InvalidInput"]
        },
        {
          name: label("KALSHI_API_KEY_ID"),
          config: fromEnv({ ...local, KALSHI_API_KEY_ID: text, KALSHI_PRIVATE_KEY: key.pem }),
          expected: ["InvalidInput"]
        },
        {
          name: label("KALSHI_API_KEY_ID, with no key"),
          config: fromEnv({ ...local, KALSHI_API_KEY_ID: text }),
          expected: ["InvalidInput"]
        },
        {
          name: label("KALSHI_PRIVATE_KEY"),
          config: fromEnv({ ...local, KALSHI_API_KEY_ID: API_KEY_ID, KALSHI_PRIVATE_KEY: text }),
          expected: keyUsable ? ["TransportError"] : ["InvalidKey", "TransportError"]
        },
        {
          name: label("KALSHI_PRIVATE_KEY, with no key id"),
          config: fromEnv({ ...local, KALSHI_PRIVATE_KEY: text }),
          expected: ["InvalidKey"]
        },
        {
          name: label("the environment option"),
          config: KalshiConfig.layer({ environment: text as "demo" }),
          expected: ["InvalidInput"]
        },
        {
          name: label("the environment's URLs"),
          config: KalshiConfig.layer({ environment: { restUrl: text, wsUrl: text } }),
          expected: ["InvalidInput"]
        },
        {
          name: label("the restUrl option"),
          config: KalshiConfig.layer({ environment, restUrl: text }),
          expected: ["InvalidInput"]
        },
        {
          name: label("the wsUrl option"),
          config: KalshiConfig.layer({ environment, wsUrl: text }),
          expected: ["InvalidInput"]
        },
        {
          name: label("the apiKeyId option"),
          config: KalshiConfig.layer({ environment, apiKeyId: text, privateKey: key.pem }),
          expected: ["InvalidInput"]
        },
        {
          name: label("the apiKeyId option, Redacted"),
          config: KalshiConfig.layer({
            environment,
            apiKeyId: Redacted.make(text),
            privateKey: Redacted.make(key.pem)
          }),
          expected: ["InvalidInput"]
        },
        {
          name: label("the privateKey option"),
          config: KalshiConfig.layer({ environment, apiKeyId: API_KEY_ID, privateKey: text }),
          expected: keyUsable ? ["TransportError"] : ["InvalidKey", "TransportError"]
        },
        {
          name: label("the privateKey option, with no key id"),
          config: KalshiConfig.layer({ environment, privateKey: Redacted.make(text) }),
          expected: ["InvalidKey"]
        }
      )
    }
  }
  return out
}

describe("secrets never shown", () => {
  it("the search finds a key body line, a window of it, and the key id", () => {
    const pem = keys[0]!.pem
    assert.isDefined(findLeak(pem, keyPieces))
    assert.isDefined(findLeak(JSON.stringify({ path: pem }), keyPieces))
    assert.isDefined(findLeak(`prefix ${bodyLines(pem)[3]!.slice(5, 30)} suffix`, keyPieces))
    assert.isDefined(findLeak(`id=${API_KEY_ID}`, keyPieces))
    assert.isUndefined(findLeak("InvalidKey: the private key is empty", keyPieces))
  })

  it.live(
    "a key in any KALSHI_* variable or KalshiConfig option: every error, log line and span is free of it",
    () =>
      Effect.gen(function*() {
        const port = yield* closedPort
        const all = cases(`http://127.0.0.1:${port}/trade-api/v2`, `ws://127.0.0.1:${port}/trade-api/ws/v2`)
        const tags = new Set<string>()
        const problems: Array<string> = []
        let signed = 0
        for (const c of all) {
          const observed = yield* observe(c.config, getBalance)
          const tag = failureTag(observed.exit)
          tags.add(tag)
          signed += observed.signatures.length
          if (!c.expected.includes(tag)) problems.push(`${c.name}: ended with ${tag}`)
          const leak = findLeak(observed.shown, [...keyPieces, ...observed.signatures])
          if (leak !== undefined) problems.push(`${c.name}: shows '${leak}'`)
          // the failure was logged and traced, so the search above looked at something
          if (!observed.logs.some((line) => line.includes("level=ERROR"))) problems.push(`${c.name}: not logged`)
          if (!observed.spans.some((span) => span.name === "program")) problems.push(`${c.name}: not traced`)
        }
        assert.deepStrictEqual(problems, [])
        assert.deepStrictEqual([...tags].sort(), ["ConfigError", "InvalidInput", "InvalidKey", "TransportError"])
        // requests were signed (twice: one retry) with every usable key, and the signatures never shown
        assert.isAtLeast(signed, 2 * 2 * keys.length)
      }),
    120_000
  )

  it.live(
    "signed request errors with a working key: MissingCredentials, InvalidInput, TransportError, a write",
    () =>
      Effect.gen(function*() {
        const port = yield* closedPort
        const environment = {
          restUrl: `http://127.0.0.1:${port}/trade-api/v2`,
          wsUrl: `ws://127.0.0.1:${port}/trade-api/ws/v2`
        }
        for (const key of keys) {
          const signedConfig = KalshiConfig.layer({ environment, apiKeyId: API_KEY_ID, privateKey: key.pem })
          const runs: ReadonlyArray<readonly [string, Effect.Effect<Observed>]> = [
            ["MissingCredentials", observe(KalshiConfig.layer({ environment }), getBalance)],
            ["InvalidInput", observe(signedConfig, { ...getBalance, path: "/portfolio/../balance" })],
            ["TransportError", observe(signedConfig, getBalance)],
            [
              "TransportError",
              observe(signedConfig, {
                operation: "CreateOrder",
                method: "POST",
                path: "/portfolio/orders",
                body: { ticker: "KX-1", client_order_id: "c-1", count: 1 },
                auth: "signed"
              })
            ]
          ]
          for (const [expected, run] of runs) {
            const observed = yield* run
            assert.strictEqual(failureTag(observed.exit), expected, observed.shown)
            const leak = findLeak(observed.shown, [...keyPieces, ...observed.signatures])
            assert.isUndefined(leak, `${key.name}, ${expected}: shows '${leak}' in\n${observed.shown}`)
            if (expected === "TransportError") assert.isAtLeast(observed.signatures.length, 1)
          }
        }
      }),
    60_000
  )
})
