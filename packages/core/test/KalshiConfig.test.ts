import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { SystemError } from "@effect/platform/Error"
import * as FileSystem from "@effect/platform/FileSystem"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Config, ConfigError, ConfigProvider, Context, Effect, Exit, Layer, Option, Redacted } from "effect"
import * as crypto from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { KalshiConfig, KalshiError, Signer } from "../src/index.js"

const API_KEY_ID = "0c5a1f3e-7d2b-4e8a-9f61-2b3c4d5e6f70"
const ed = crypto.generateKeyPairSync("ed25519")
const PEM = ed.privateKey.export({ type: "pkcs8", format: "pem" }).toString()

/** Runs `self` with a configuration provider over exactly these variables (never `process.env`). */
const withEnv =
  (entries: ReadonlyArray<readonly [string, string]>) =>
  <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.withConfigProvider(self, ConfigProvider.fromMap(new Map(entries)))

/** `makeConfig` over these variables, with no FileSystem (a key path cannot be read). */
const fromEnvWithoutFs = (entries: ReadonlyArray<readonly [string, string]>) =>
  withEnv(entries)(KalshiConfig.makeConfig())

/** `makeConfig` over these variables, with Node's FileSystem, as a Node.js program provides it. */
const fromEnv = (entries: ReadonlyArray<readonly [string, string]>) =>
  fromEnvWithoutFs(entries).pipe(Effect.provide(NodeFileSystem.layer))

/** Builds `layerConfig` (not just `makeConfig`) over Node's FileSystem and reads the service out of it. */
const layerFromEnv = (entries: ReadonlyArray<readonly [string, string]>) =>
  Layer.build(KalshiConfig.layerConfig().pipe(Layer.provide(NodeFileSystem.layer))).pipe(
    Effect.map(Context.get(KalshiConfig.KalshiConfig)),
    withEnv(entries)
  )

const withTempDir = Effect.acquireRelease(
  Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "kalshi-config-"))),
  (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
)

const assertInvalidKey = (error: unknown, reason: KalshiError.InvalidKey["reason"]) => {
  assert.instanceOf(error, KalshiError.InvalidKey)
  const e = error as KalshiError.InvalidKey
  assert.strictEqual(e._tag, "InvalidKey")
  assert.strictEqual(e.reason, reason)
  return e
}

const assertInvalidInput = (error: unknown, field: string) => {
  assert.instanceOf(error, KalshiError.InvalidInput)
  const e = error as KalshiError.InvalidInput
  assert.strictEqual(e._tag, "InvalidInput")
  assert.strictEqual(e.field, field)
  assert.strictEqual(e.operation, "KalshiConfig")
  return e
}

describe("KalshiConfig", () => {
  describe("layerConfig / makeConfig (environment variables)", () => {
    it.scoped("no variables: demo, demo URLs, no credentials", () =>
      Effect.gen(function*() {
        for (const config of [yield* fromEnv([]), yield* layerFromEnv([])]) {
          assert.strictEqual(config.environment, "demo")
          assert.strictEqual(config.restUrl, KalshiConfig.environments.demo.restUrl)
          assert.strictEqual(config.wsUrl, KalshiConfig.environments.demo.wsUrl)
          assert.strictEqual(config.restUrl, "https://external-api.demo.kalshi.co/trade-api/v2")
          assert.isTrue(Option.isNone(config.credentials))
        }
      }))

    it.effect("KALSHI_ENV=demo is the same as no variable", () =>
      Effect.gen(function*() {
        const config = yield* fromEnv([["KALSHI_ENV", "demo"]])
        assert.strictEqual(config.environment, "demo")
        assert.strictEqual(config.restUrl, KalshiConfig.environments.demo.restUrl)
      }))

    it.scoped("KALSHI_ENV=production: production URLs", () =>
      Effect.gen(function*() {
        for (
          const config of [
            yield* fromEnv([["KALSHI_ENV", "production"]]),
            yield* layerFromEnv([["KALSHI_ENV", "production"]])
          ]
        ) {
          assert.strictEqual(config.environment, "production")
          assert.strictEqual(config.restUrl, KalshiConfig.environments.production.restUrl)
          assert.strictEqual(config.wsUrl, KalshiConfig.environments.production.wsUrl)
          assert.strictEqual(config.restUrl, "https://external-api.kalshi.com/trade-api/v2")
          assert.isTrue(Option.isNone(config.credentials))
        }
      }))

    it.scoped("KALSHI_ENV=bogus: ConfigError", () =>
      Effect.gen(function*() {
        for (
          const error of [
            yield* Effect.flip(fromEnv([["KALSHI_ENV", "bogus"]])),
            yield* Effect.flip(layerFromEnv([["KALSHI_ENV", "bogus"]]))
          ]
        ) {
          assert.isTrue(ConfigError.isConfigError(error), `not a ConfigError: ${String(error)}`)
          assert.include(String(error), "KALSHI_ENV")
          assert.include(String(error), "expected production or demo")
          assert.notInclude(String(error) + JSON.stringify(error), "bogus")
        }
      }))

    it.effect("KALSHI_ENV holding a key: ConfigError saying so, without the key", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(fromEnv([["KALSHI_ENV", PEM]]))
        assert.isTrue(ConfigError.isConfigError(error), `not a ConfigError: ${String(error)}`)
        assert.include(String(error), "KALSHI_ENV")
        assert.include(String(error), "holds what looks like private key material")
        assert.include(String(error), "KALSHI_PRIVATE_KEY")
        assert.notInclude(String(error) + JSON.stringify(error), "BEGIN")
        assert.notInclude(String(error) + JSON.stringify(error), PEM.split("\n")[1]!)
      }))

    it.effect("KALSHI_REST_URL and KALSHI_WS_URL override: custom, trailing slash trimmed", () =>
      Effect.gen(function*() {
        const config = yield* fromEnv([
          ["KALSHI_REST_URL", "http://127.0.0.1:8080/trade-api/v2/"],
          ["KALSHI_WS_URL", "ws://127.0.0.1:8080/trade-api/ws/v2/"]
        ])
        assert.strictEqual(config.environment, "custom")
        assert.strictEqual(config.restUrl, "http://127.0.0.1:8080/trade-api/v2")
        assert.strictEqual(config.wsUrl, "ws://127.0.0.1:8080/trade-api/ws/v2")

        // One override keeps the other URL of the chosen environment.
        const rest = yield* fromEnv([["KALSHI_ENV", "production"], [
          "KALSHI_REST_URL",
          "https://proxy.example.com/trade-api/v2"
        ]])
        assert.strictEqual(rest.environment, "custom")
        assert.strictEqual(rest.restUrl, "https://proxy.example.com/trade-api/v2")
        assert.strictEqual(rest.wsUrl, KalshiConfig.environments.production.wsUrl)
        const ws = yield* fromEnv([["KALSHI_WS_URL", "wss://proxy.example.com/trade-api/ws/v2"]])
        assert.strictEqual(ws.environment, "custom")
        assert.strictEqual(ws.restUrl, KalshiConfig.environments.demo.restUrl)
        assert.strictEqual(ws.wsUrl, "wss://proxy.example.com/trade-api/ws/v2")
      }))

    it.effect("an invalid URL: InvalidInput naming the variable, never showing its value", () =>
      Effect.gen(function*() {
        const cases: ReadonlyArray<readonly [string, string]> = [
          ["KALSHI_REST_URL", "not a url"],
          ["KALSHI_REST_URL", "ftp://x"],
          ["KALSHI_REST_URL", "ws://127.0.0.1/trade-api/v2"],
          ["KALSHI_REST_URL", "https://x.example/trade-api/v2?a=1"],
          ["KALSHI_REST_URL", "https://user:hunter2@x.example/trade-api/v2"],
          ["KALSHI_WS_URL", "not a url"],
          ["KALSHI_WS_URL", "ftp://x"],
          ["KALSHI_WS_URL", "http://127.0.0.1/trade-api/ws/v2"]
        ]
        for (const [name, value] of cases) {
          const error = yield* Effect.flip(fromEnv([[name, value]]))
          assertInvalidInput(error, name)
          assert.include(error.message, name)
          assert.notInclude(error.message, value)
          assert.notInclude(error.message, "hunter2")
          assert.notInclude(error.message, "ftp")
        }
      }))

    it.effect("KALSHI_API_KEY_ID + KALSHI_PRIVATE_KEY: credentials held as Redacted", () =>
      Effect.gen(function*() {
        const config = yield* fromEnv([["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY", PEM]])
        assert.strictEqual(config.environment, "demo")
        assert.isTrue(Option.isSome(config.credentials))
        const credentials = Option.getOrThrow(config.credentials)
        assert.isTrue(Redacted.isRedacted(credentials.apiKeyId))
        assert.isTrue(Redacted.isRedacted(credentials.privateKey))
        assert.strictEqual(Redacted.value(credentials.apiKeyId), API_KEY_ID)
        assert.strictEqual(Redacted.value(credentials.privateKey), PEM)
        assert.notInclude(JSON.stringify(config), API_KEY_ID)
        assert.include(JSON.stringify(config), "<redacted>")
      }))

    it.scoped("the key from env builds a working Signer (WebCrypto by default)", () =>
      Effect.gen(function*() {
        const context = yield* Layer.build(Signer.layer.pipe(Layer.provide(KalshiConfig.layerConfig()))).pipe(
          withEnv([["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY", PEM]])
        )
        const signer = Context.get(context, Signer.Signer)
        assert.deepStrictEqual(signer.keyType, Option.some<Signer.KeyType>("ed25519"))
        const signed = yield* signer.signAt(1703123456789, "GET", "/trade-api/v2/portfolio/balance")
        const record = signed.toRecord()
        assert.strictEqual(record[Signer.headerNames.key], API_KEY_ID)
        assert.isTrue(
          crypto.verify(
            null,
            Buffer.from("1703123456789GET/trade-api/v2/portfolio/balance"),
            ed.publicKey,
            Buffer.from(record[Signer.headerNames.signature]!, "base64")
          )
        )
      }))

    it.scoped("KALSHI_PRIVATE_KEY_PATH: the key is read from the file", () =>
      Effect.gen(function*() {
        const dir = yield* withTempDir
        const file = path.join(dir, "kalshi.pem")
        fs.writeFileSync(file, PEM)
        const env = [["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY_PATH", file]] as const
        for (const config of [yield* fromEnv(env), yield* layerFromEnv(env)]) {
          const credentials = Option.getOrThrow(config.credentials)
          assert.isTrue(Redacted.isRedacted(credentials.privateKey))
          assert.strictEqual(Redacted.value(credentials.privateKey), PEM)
          assert.strictEqual(Redacted.value(credentials.apiKeyId), API_KEY_ID)
        }
        const direct = yield* KalshiConfig.readKeyFile(file).pipe(Effect.provide(NodeFileSystem.layer))
        assert.strictEqual(Redacted.value(direct), PEM)
      }))

    it.scoped("KALSHI_PRIVATE_KEY_PATH without a FileSystem: InvalidKey Unreadable saying how to provide one", () =>
      Effect.gen(function*() {
        const dir = yield* withTempDir
        const file = path.join(dir, "kalshi-secret-name.pem")
        fs.writeFileSync(file, PEM)
        const env = [["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY_PATH", file]] as const
        const viaLayer = yield* Effect.flip(
          Layer.build(KalshiConfig.layerConfig()).pipe(Effect.map(Context.get(KalshiConfig.KalshiConfig)), withEnv(env))
        )
        for (const error of [yield* Effect.flip(fromEnvWithoutFs(env)), viaLayer]) {
          const e = assertInvalidKey(error, "Unreadable")
          assert.include(e.description, "KALSHI_PRIVATE_KEY_PATH")
          assert.include(e.description, "no FileSystem is provided")
          assert.include(e.description, "NodeFileSystem.layer")
          assert.include(e.description, "BunFileSystem.layer")
          assert.include(e.description, "KALSHI_PRIVATE_KEY instead")
          assert.notInclude(JSON.stringify(e) + String(e), "kalshi-secret-name")
        }
        const direct = assertInvalidKey(yield* Effect.flip(KalshiConfig.readKeyFile(file)), "Unreadable")
        assert.include(direct.description, "no FileSystem is provided")
        assert.notInclude(JSON.stringify(direct) + String(direct), "kalshi-secret-name")
      }))

    it.effect("KALSHI_PRIVATE_KEY_PATH is read through the FileSystem provided, whatever it is", () =>
      Effect.gen(function*() {
        const reads: Array<string> = []
        const virtual = FileSystem.layerNoop({
          readFileString: (file) => {
            reads.push(file)
            return file === "/virtual/kalshi.pem"
              ? Effect.succeed(PEM)
              : Effect.fail(
                new SystemError({
                  reason: "PermissionDenied",
                  module: "FileSystem",
                  method: "readFile",
                  pathOrDescriptor: file,
                  description: `EACCES: permission denied, open '${file}'`,
                  cause: file.endsWith("with-code.pem") ? { code: "EACCES" } : undefined
                })
              )
          }
        })
        const config = yield* fromEnvWithoutFs([
          ["KALSHI_API_KEY_ID", API_KEY_ID],
          ["KALSHI_PRIVATE_KEY_PATH", "/virtual/kalshi.pem"]
        ]).pipe(Effect.provide(virtual))
        assert.strictEqual(Redacted.value(Option.getOrThrow(config.credentials).privateKey), PEM)
        assert.deepStrictEqual(reads, ["/virtual/kalshi.pem"])
        // The system error code when there is one, the platform's reason otherwise; never the path.
        for (
          const [file, shown] of [["/virtual/with-code.pem", "EACCES"], ["/virtual/no-code.pem", "PermissionDenied"]]
        ) {
          const error = assertInvalidKey(
            yield* Effect.flip(
              fromEnvWithoutFs([["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY_PATH", file!]]).pipe(
                Effect.provide(virtual)
              )
            ),
            "Unreadable"
          )
          assert.strictEqual(
            error.description,
            `cannot read the private key file named by KALSHI_PRIVATE_KEY_PATH: ${shown}`
          )
          assert.notInclude(JSON.stringify(error) + String(error), "/virtual")
        }
      }))

    it.scoped("KALSHI_PRIVATE_KEY_PATH to a missing file: InvalidKey Unreadable", () =>
      Effect.gen(function*() {
        const dir = yield* withTempDir
        const missing = path.join(dir, "does-not-exist.pem")
        const error = assertInvalidKey(
          yield* Effect.flip(fromEnv([["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY_PATH", missing]])),
          "Unreadable"
        )
        assert.include(error.description, "ENOENT")
        assert.include(error.description, "KALSHI_PRIVATE_KEY_PATH")
        assert.notInclude(JSON.stringify(error) + String(error), API_KEY_ID)
        // the path is not shown: a value in the wrong variable may be a key
        assert.notInclude(JSON.stringify(error) + String(error), "does-not-exist")
        const direct = assertInvalidKey(
          yield* Effect.flip(KalshiConfig.readKeyFile(missing).pipe(Effect.provide(NodeFileSystem.layer))),
          "Unreadable"
        )
        assert.include(direct.description, "ENOENT")
        assert.notInclude(JSON.stringify(direct) + String(direct), "does-not-exist")
        // A directory cannot be read as a key either.
        const directory = assertInvalidKey(
          yield* Effect.flip(fromEnv([["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY_PATH", dir]])),
          "Unreadable"
        )
        assert.include(directory.description, "EISDIR")
      }))

    it.effect("KALSHI_PRIVATE_KEY_PATH holding the key itself: InvalidKey saying so, without the key", () =>
      Effect.gen(function*() {
        for (const text of [PEM, PEM.trim().replace(/\n/g, "\\n")]) {
          const error = assertInvalidKey(
            yield* Effect.flip(fromEnv([["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY_PATH", text]])),
            "Unreadable"
          )
          assert.strictEqual(
            error.description,
            "KALSHI_PRIVATE_KEY_PATH holds what looks like private key material, not a file path: the key goes in KALSHI_PRIVATE_KEY"
          )
          assert.notInclude(JSON.stringify(error) + String(error), "BEGIN")
          assert.notInclude(JSON.stringify(error) + String(error), PEM.split("\n")[1]!)
          const direct = assertInvalidKey(yield* Effect.flip(KalshiConfig.readKeyFile(text)), "Unreadable")
          assert.notInclude(JSON.stringify(direct) + String(direct), PEM.split("\n")[1]!)
        }
      }))

    it.effect("KALSHI_API_KEY_ID holding the key, or with spaces inside: InvalidInput naming it, without its value", () =>
      Effect.gen(function*() {
        for (const text of [PEM, PEM.split("\n")[1]!, "my key id"]) {
          const error = assertInvalidInput(
            yield* Effect.flip(fromEnv([["KALSHI_API_KEY_ID", text], ["KALSHI_PRIVATE_KEY", PEM]])),
            "KALSHI_API_KEY_ID"
          )
          assert.notInclude(JSON.stringify(error) + String(error), text)
        }
        // a trailing newline (a key id read from a file) is trimmed
        const config = yield* fromEnv([["KALSHI_API_KEY_ID", `${API_KEY_ID}\n`], ["KALSHI_PRIVATE_KEY", PEM]])
        assert.strictEqual(Redacted.value(Option.getOrThrow(config.credentials).apiKeyId), API_KEY_ID)
      }))

    it.scoped("both KALSHI_PRIVATE_KEY and KALSHI_PRIVATE_KEY_PATH: InvalidKey", () =>
      Effect.gen(function*() {
        const dir = yield* withTempDir
        const file = path.join(dir, "kalshi.pem")
        fs.writeFileSync(file, PEM)
        const error = yield* Effect.flip(
          fromEnv([["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY", PEM], ["KALSHI_PRIVATE_KEY_PATH", file]])
        )
        assert.instanceOf(error, KalshiError.InvalidKey)
        assert.include(error.message, "KALSHI_PRIVATE_KEY")
        assert.include(error.message, "KALSHI_PRIVATE_KEY_PATH")
      }))

    it.effect("a key id without a key, or a key without a key id: InvalidKey Missing", () =>
      Effect.gen(function*() {
        const idOnly = assertInvalidKey(yield* Effect.flip(fromEnv([["KALSHI_API_KEY_ID", API_KEY_ID]])), "Missing")
        assert.include(idOnly.description, "without a private key")
        assert.notInclude(JSON.stringify(idOnly) + String(idOnly), API_KEY_ID)
        const keyOnly = assertInvalidKey(yield* Effect.flip(fromEnv([["KALSHI_PRIVATE_KEY", PEM]])), "Missing")
        assert.include(keyOnly.description, "without an API key id")
        assertInvalidKey(
          yield* Effect.flip(fromEnv([["KALSHI_PRIVATE_KEY_PATH", "/nonexistent/kalshi.pem"]])),
          "Unreadable"
        )
      }))

    it.effect("empty variables count as unset", () =>
      Effect.gen(function*() {
        const config = yield* fromEnv([
          ["KALSHI_API_KEY_ID", ""],
          ["KALSHI_PRIVATE_KEY", "  "],
          ["KALSHI_PRIVATE_KEY_PATH", ""],
          ["KALSHI_REST_URL", ""]
        ])
        assert.strictEqual(config.environment, "demo")
        assert.strictEqual(config.restUrl, KalshiConfig.environments.demo.restUrl)
        assert.isTrue(Option.isNone(config.credentials))
      }))

    it.scoped("a bad PEM passes the config but fails the Signer layer with InvalidKey Malformed", () =>
      Effect.gen(function*() {
        const bad = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI!!!!not-base64!!!!\n-----END PRIVATE KEY-----"
        const env = [["KALSHI_API_KEY_ID", API_KEY_ID], ["KALSHI_PRIVATE_KEY", bad]] as const
        const config = yield* fromEnv(env)
        assert.isTrue(Option.isSome(config.credentials))
        const error = yield* Effect.flip(
          Layer.build(Signer.layer.pipe(Layer.provide(KalshiConfig.layerConfig()))).pipe(withEnv(env))
        )
        assertInvalidKey(error, "Malformed")
        assert.notInclude(JSON.stringify(error) + String(error), "not-base64")
      }))
  })

  describe("layerConfig(configs) (Configs of your own)", () => {
    it.scoped("each setting from the Config given, the others from their KALSHI_* variable", () =>
      Effect.gen(function*() {
        const env: ReadonlyArray<readonly [string, string]> = [
          ["MY_KEY_ID", ` ${API_KEY_ID}\n`],
          ["MY_KEY", PEM],
          ["KALSHI_ENV", "production"],
          ["KALSHI_API_KEY_ID", "not-this-one"]
        ]
        const config = yield* Layer.build(
          KalshiConfig.layerConfig({ apiKeyId: Config.redacted("MY_KEY_ID"), privateKey: Config.redacted("MY_KEY") })
        ).pipe(Effect.map(Context.get(KalshiConfig.KalshiConfig)), withEnv(env))
        assert.strictEqual(config.environment, "production")
        const credentials = Option.getOrThrow(config.credentials)
        assert.strictEqual(Redacted.value(credentials.apiKeyId), API_KEY_ID)
        assert.strictEqual(Redacted.value(credentials.privateKey), PEM)
      }))

    it.effect("constants, optional Configs and nested providers all work; a blank Option is unset", () =>
      Effect.gen(function*() {
        const config = yield* KalshiConfig.makeConfig({
          environment: Config.succeed("demo"),
          restUrl: Config.option(Config.string("REST")),
          wsUrl: Config.nested(Config.string("WS"), "KALSHI"),
          apiKeyId: Config.option(Config.string("ID")),
          privateKey: Config.option(Config.redacted("KEY"))
        }).pipe(withEnv([["REST", "http://127.0.0.1:1/trade-api/v2/"], ["KALSHI.WS", "ws://127.0.0.1:1/ws"], [
          "ID",
          "  "
        ]]))
        assert.strictEqual(config.environment, "custom")
        assert.strictEqual(config.restUrl, "http://127.0.0.1:1/trade-api/v2")
        assert.strictEqual(config.wsUrl, "ws://127.0.0.1:1/ws")
        assert.isTrue(Option.isNone(config.credentials))
      }))

    it.effect("a key file named by a Config of your own is read through the FileSystem", () =>
      Effect.gen(function*() {
        const dir = yield* withTempDir
        const file = path.join(dir, "key.pem")
        fs.writeFileSync(file, PEM)
        const config = yield* KalshiConfig.makeConfig({
          apiKeyId: Config.succeed(API_KEY_ID),
          privateKeyPath: Config.string("SECRETS_DIR_KEY")
        }).pipe(withEnv([["SECRETS_DIR_KEY", file]]), Effect.provide(NodeFileSystem.layer))
        assert.strictEqual(Redacted.value(Option.getOrThrow(config.credentials).privateKey), PEM)
      }).pipe(Effect.scoped))

    it.effect("errors name the field of a Config given, never its value", () =>
      Effect.gen(function*() {
        const body = PEM.split("\n")[1]!
        const badUrl = yield* Effect.flip(
          KalshiConfig.makeConfig({ restUrl: Config.string("X") }).pipe(withEnv([["X", body]]))
        )
        const e = assertInvalidInput(badUrl, "restUrl")
        assert.notInclude(String(e) + JSON.stringify(e), body)

        const badEnv = yield* Effect.flip(
          KalshiConfig.makeConfig({ environment: Config.string("X") }).pipe(withEnv([["X", "staging-secret"]]))
        )
        assert.isTrue(ConfigError.isConfigError(badEnv))
        assert.include(String(badEnv), "environment")
        assert.notInclude(String(badEnv), "staging-secret")

        const badId = yield* Effect.flip(
          KalshiConfig.makeConfig({ apiKeyId: Config.string("X"), privateKey: Config.succeed(PEM) }).pipe(
            withEnv([["X", "my key id"]])
          )
        )
        assertInvalidInput(badId, "apiKeyId")
        assert.notInclude(String(badId) + JSON.stringify(badId), "my key id")

        const both = yield* Effect.flip(
          KalshiConfig.makeConfig({ privateKey: Config.succeed(PEM), privateKeyPath: Config.succeed("/k.pem") })
        )
        const conflicting = assertInvalidKey(both, "Conflicting")
        assert.include(conflicting.description, "privateKeyPath")
        assert.notInclude(String(both) + JSON.stringify(both), body)

        const missing = yield* Effect.flip(KalshiConfig.makeConfig({ apiKeyId: Config.redacted("NOT_SET") }))
        assert.isTrue(ConfigError.isConfigError(missing))
        assert.include(String(missing), "NOT_SET")
      }))
  })

  describe("layer (from code)", () => {
    const build = (options?: KalshiConfig.Options) =>
      Layer.build(KalshiConfig.layer(options)).pipe(Effect.map(Context.get(KalshiConfig.KalshiConfig)))

    it.scoped("the default environment is demo", () =>
      Effect.gen(function*() {
        for (const config of [yield* build(), yield* build({})]) {
          assert.strictEqual(config.environment, "demo")
          assert.strictEqual(config.restUrl, KalshiConfig.environments.demo.restUrl)
          assert.strictEqual(config.wsUrl, KalshiConfig.environments.demo.wsUrl)
          assert.isTrue(Option.isNone(config.credentials))
        }
        const production = yield* build({ environment: "production" })
        assert.strictEqual(production.environment, "production")
        assert.strictEqual(production.restUrl, KalshiConfig.environments.production.restUrl)
      }))

    it.scoped("a custom environment", () =>
      Effect.gen(function*() {
        const config = yield* build({
          environment: { restUrl: "http://127.0.0.1:8080/trade-api/v2/", wsUrl: "ws://127.0.0.1:8080/trade-api/ws/v2" }
        })
        assert.strictEqual(config.environment, "custom")
        assert.strictEqual(config.restUrl, "http://127.0.0.1:8080/trade-api/v2")
        assert.strictEqual(config.wsUrl, "ws://127.0.0.1:8080/trade-api/ws/v2")
        const overridden = yield* build({ environment: "demo", restUrl: "http://127.0.0.1:9/trade-api/v2" })
        assert.strictEqual(overridden.environment, "custom")
        assert.strictEqual(overridden.wsUrl, KalshiConfig.environments.demo.wsUrl)
        const invalid = yield* Effect.flip(build({ environment: { restUrl: "ftp://x", wsUrl: "ws://127.0.0.1:1" } }))
        assertInvalidInput(invalid, "restUrl")
      }))

    it.scoped("string credentials are wrapped in Redacted; Redacted ones are kept", () =>
      Effect.gen(function*() {
        const config = yield* build({ apiKeyId: API_KEY_ID, privateKey: PEM })
        const credentials = Option.getOrThrow(config.credentials)
        assert.isTrue(Redacted.isRedacted(credentials.apiKeyId))
        assert.isTrue(Redacted.isRedacted(credentials.privateKey))
        assert.strictEqual(Redacted.value(credentials.apiKeyId), API_KEY_ID)
        assert.strictEqual(Redacted.value(credentials.privateKey), PEM)
        assert.notInclude(String(credentials.apiKeyId), API_KEY_ID)

        const id = Redacted.make(API_KEY_ID)
        const key = Redacted.make(PEM)
        const kept = Option.getOrThrow((yield* build({ apiKeyId: id, privateKey: key })).credentials)
        assert.strictEqual(kept.apiKeyId, id)
        assert.strictEqual(kept.privateKey, key)
      }))

    it.effect("malformed options from untyped JavaScript fail with InvalidInput naming the option, never a defect", () =>
      Effect.gen(function*() {
        // what an untyped caller may pass: JSON.parse gives values the type checker does not see
        const untyped = (json: string): KalshiConfig.Options => JSON.parse(json)
        const cases: ReadonlyArray<readonly [KalshiConfig.Options, string, string]> = [
          [
            untyped(`{"environment":"staging"}`),
            "environment",
            `"production", "demo", or an object with restUrl and wsUrl`
          ],
          [
            untyped(`{"environment":"prod"}`),
            "environment",
            `"production", "demo", or an object with restUrl and wsUrl`
          ],
          [untyped(`{"environment":42}`), "environment", "got a number"],
          [untyped(`{"environment":null}`), "environment", "got null"],
          [untyped(`{"environment":["demo"]}`), "environment", "got an array"],
          [
            untyped(`{"environment":{"restUrl":"http://127.0.0.1:1/trade-api/v2"}}`),
            "environment.wsUrl",
            "got nothing"
          ],
          [untyped(`{"environment":{"restUrl":1,"wsUrl":"ws://127.0.0.1:1"}}`), "environment.restUrl", "got a number"],
          [untyped(`{"restUrl":8080}`), "restUrl", "expected a URL string"],
          [untyped(`{"wsUrl":{}}`), "wsUrl", "expected a URL string"],
          [
            untyped(`{"apiKeyId":123,"privateKey":"x"}`),
            "apiKeyId",
            "expected a string or a Redacted string, got a number"
          ],
          [untyped(`{"apiKeyId":"id","privateKey":{"pem":"x"}}`), "privateKey", "got an object"],
          [{ ...JSON.parse("{}"), apiKeyId: Redacted.make(123), privateKey: PEM }, "apiKeyId", "got a Redacted value"],
          [untyped(`"demo"`), "options", "expected an object"]
        ]
        for (const [options, field, reason] of cases) {
          const exit = yield* Effect.exit(Layer.build(KalshiConfig.layer(options)).pipe(Effect.scoped))
          assert.isTrue(Exit.isFailure(exit) && !Cause.isDie(exit.cause), `${field}: ${String(exit)}`)
          const error = assertInvalidInput(yield* Effect.flip(KalshiConfig.make(options)), field)
          assert.include(error.reason, reason)
          assert.notInclude(error.message, "staging")
        }
      }))

    it.effect("a key given as the environment or as a URL: InvalidInput saying so, without the key", () =>
      Effect.gen(function*() {
        const body = PEM.split("\n")[1]!
        const cases: ReadonlyArray<readonly [KalshiConfig.Options, string]> = [
          [{ ...JSON.parse("{}"), environment: PEM }, "environment"],
          [{ environment: { restUrl: PEM, wsUrl: "ws://127.0.0.1:1" } }, "restUrl"],
          [{ restUrl: PEM }, "restUrl"],
          [{ wsUrl: body }, "wsUrl"],
          [{ apiKeyId: PEM, privateKey: PEM }, "apiKeyId"]
        ]
        for (const [options, field] of cases) {
          const error = assertInvalidInput(yield* Effect.flip(KalshiConfig.make(options)), field)
          assert.include(error.reason, "holds what looks like private key material")
          assert.include(error.reason, "privateKey")
          assert.notInclude(JSON.stringify(error) + String(error), body)
        }
      }))

    it.scoped("credentials must come in pairs, and the key id must not be blank", () =>
      Effect.gen(function*() {
        assertInvalidKey(yield* Effect.flip(build({ apiKeyId: API_KEY_ID })), "Missing")
        assertInvalidKey(yield* Effect.flip(build({ privateKey: PEM })), "Missing")
        assertInvalidKey(yield* Effect.flip(build({ apiKeyId: "  ", privateKey: PEM })), "Missing")
      }))
  })
})
