import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Exit, Layer, Logger, Option, Redacted, TestClock } from "effect"
import { execFileSync } from "node:child_process"
import * as crypto from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as util from "node:util"
import { KalshiConfig, KalshiError, KalshiHttpClient, Signer } from "../src/index.js"
import * as NodeSigner from "../src/NodeSigner.js"
import * as TestServer from "./utils/TestServer.js"

// ---------------------------------------------------------------------------------------------
// Keys: generated once per file.
// ---------------------------------------------------------------------------------------------

const rsa = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })
const rsaPkcs1 = rsa.privateKey.export({ type: "pkcs1", format: "pem" }).toString()
const rsaPkcs8 = rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString()
const rsaPublicPem = rsa.publicKey.export({ type: "spki", format: "pem" }).toString()
const rsaPublicPkcs1Pem = rsa.publicKey.export({ type: "pkcs1", format: "pem" }).toString()
const ed = crypto.generateKeyPairSync("ed25519")
const edPkcs8 = ed.privateKey.export({ type: "pkcs8", format: "pem" }).toString()
const edPublicPem = ed.publicKey.export({ type: "spki", format: "pem" }).toString()

/** A distinctive key id, so that any echo of it is found. */
const API_KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11f6a7b8c9d0"
const WS_URL = "ws://127.0.0.1:1/trade-api/ws/v2"

interface TestKey {
  readonly name: string
  readonly pem: string
  readonly beginLine: string
  readonly publicKey: crypto.KeyObject
  readonly publicPem: string
  readonly keyType: Signer.KeyType
}

const testKeys: ReadonlyArray<TestKey> = [
  {
    name: "RSA PKCS#1",
    pem: rsaPkcs1,
    beginLine: "-----BEGIN RSA PRIVATE KEY-----",
    publicKey: rsa.publicKey,
    publicPem: rsaPublicPem,
    keyType: "rsa"
  },
  {
    name: "RSA PKCS#8",
    pem: rsaPkcs8,
    beginLine: "-----BEGIN PRIVATE KEY-----",
    publicKey: rsa.publicKey,
    publicPem: rsaPublicPem,
    keyType: "rsa"
  },
  {
    name: "Ed25519 PKCS#8",
    pem: edPkcs8,
    beginLine: "-----BEGIN PRIVATE KEY-----",
    publicKey: ed.publicKey,
    publicPem: edPublicPem,
    keyType: "ed25519"
  }
]

const credentialsOf = (pem: string) => ({
  apiKeyId: Redacted.make(API_KEY_ID),
  privateKey: Redacted.make(pem)
})

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Verifies a base64 signature the way the exchange does. */
const verify = (publicKey: crypto.KeyObject, keyType: Signer.KeyType, message: string, signature: string): boolean => {
  const data = Buffer.from(message, "utf8")
  const sig = Buffer.from(signature, "base64")
  return keyType === "rsa"
    ? crypto.verify(
      "sha256",
      data,
      { key: publicKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
      sig
    )
    : crypto.verify(null, data, publicKey, sig)
}

/** Standard base64 alphabet, padded. */
const isStandardBase64 = (s: string): boolean =>
  /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0 && Buffer.from(s, "base64").toString("base64") === s

/** The base64 body of a PEM block (header lines such as Proc-Type / DEK-Info excluded). */
const pemBody = (pem: string): string =>
  pem
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("-----") && !line.includes(":"))
    .join("")

/** Every 20-character window of a secret: none of them may appear in printed or logged text. */
const fragments = (secret: string, size = 20): ReadonlyArray<string> => {
  const out = new Set<string>()
  for (let i = 0; i + size <= secret.length; i++) out.add(secret.slice(i, i + size))
  return [...out]
}

const assertNoFragment = (text: string, secretFragments: ReadonlyArray<string>, what: string) => {
  assert.isAbove(secretFragments.length, 0, `no fragments to look for (${what})`)
  const leaked = secretFragments.find((f) => text.includes(f))
  assert.isUndefined(leaked, `${what} contains key material`)
}

const header = (received: TestServer.Received, name: string): string => {
  const value = received.headers[name]
  assert.isString(value, `header ${name} missing`)
  return value as string
}

/** Every test below runs once per signing backend: the portable default and node:crypto. */
interface Backend {
  readonly name: string
  readonly backend: Signer.Backend
  readonly layer: Layer.Layer<Signer.SigningCrypto>
}

const backends: ReadonlyArray<Backend> = [
  { name: "WebCrypto", backend: Signer.webCrypto, layer: Layer.succeed(Signer.SigningCrypto, Signer.webCrypto) },
  { name: "node:crypto", backend: NodeSigner.nodeCrypto, layer: NodeSigner.layer }
]

const clientLayerWith = (backend: Backend) =>
(
  restUrl: string,
  credentials:
    | { readonly apiKeyId: Redacted.Redacted<string>; readonly privateKey: Redacted.Redacted<string> }
    | undefined,
  options: KalshiHttpClient.Options = {}
) =>
  KalshiHttpClient.layer({ ...options, retry: { times: 0 }, rateLimits: { disabled: true } }).pipe(
    Layer.provide(
      KalshiConfig.layer({
        environment: { restUrl, wsUrl: WS_URL },
        apiKeyId: credentials?.apiKeyId,
        privateKey: credentials?.privateKey
      })
    ),
    Layer.provide(FetchHttpClient.layer),
    Layer.provide(backend.layer)
  )

const withClient = <A, E>(
  layer: ReturnType<ReturnType<typeof clientLayerWith>>,
  f: (client: KalshiHttpClient.Service) => Effect.Effect<A, E>
) => Effect.flatMap(KalshiHttpClient.KalshiHttpClient, f).pipe(Effect.provide(layer))

const getMarkets: KalshiHttpClient.Request = {
  operation: "GetMarkets",
  method: "GET",
  path: "/markets",
  query: { limit: 5, status: "open" },
  auth: "signed"
}
const createOrder: KalshiHttpClient.Request = {
  operation: "CreateOrder",
  method: "POST",
  path: "/portfolio/orders",
  body: { ticker: "KXBTC-25DEC31-T100000", side: "yes", action: "buy", count: 1, client_order_id: "coid-1" },
  auth: "signed"
}
const cancelOrder: KalshiHttpClient.Request = {
  operation: "CancelOrder",
  method: "DELETE",
  path: "/portfolio/orders/ord-123",
  auth: "signed"
}

const withTempDir = Effect.acquireRelease(
  Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "kalshi-signer-"))),
  (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
)

const runOpenssl = (args: ReadonlyArray<string>): { readonly status: number; readonly stdout: string } => {
  try {
    const stdout = execFileSync("/usr/bin/openssl", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
    return { status: 0, stdout }
  } catch (error) {
    const e = error as { status?: number | null; stdout?: string }
    return { status: typeof e.status === "number" ? e.status : -1, stdout: e.stdout ?? "" }
  }
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

for (const backend of backends) {
  describe(`Signer (${backend.name})`, () => {
    const clientLayer = clientLayerWith(backend)
    const make = (credentials: Option.Option<KalshiConfig.Credentials>) =>
      Effect.provideService(Signer.make(credentials), Signer.SigningCrypto, backend.backend)

    it("test keys have the expected PEM forms", () => {
      assert.isTrue(rsaPkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----"))
      assert.isTrue(rsaPkcs8.startsWith("-----BEGIN PRIVATE KEY-----"))
      assert.isTrue(edPkcs8.startsWith("-----BEGIN PRIVATE KEY-----"))
      assert.isAtLeast(pemBody(rsaPkcs1).length, 1000)
    })

    describe("signed requests verified by the server", () => {
      for (const key of testKeys) {
        it.scopedLive(`${key.name}: GET with a query, POST with a body and DELETE`, () =>
          Effect.gen(function*() {
            assert.isTrue(key.pem.startsWith(key.beginLine))
            const server = yield* TestServer.make
            const before = Date.now()
            const responses = yield* withClient(
              clientLayer(server.restUrl, credentialsOf(key.pem)),
              (client) =>
                Effect.gen(function*() {
                  assert.deepStrictEqual(client.signer.keyType, Option.some(key.keyType))
                  assert.strictEqual(
                    (JSON.parse(JSON.stringify(client.signer)) as { crypto: string }).crypto,
                    backend.name
                  )
                  return [
                    yield* client.execute(getMarkets),
                    yield* client.execute(createOrder),
                    yield* client.execute(cancelOrder)
                  ] as const
                })
            )
            const after = Date.now()
            assert.deepStrictEqual(responses.map((r) => r.status), [200, 200, 200])
            assert.strictEqual(server.received.length, 3)

            const [get, post, del] = server.received
            assert.strictEqual(get!.method, "GET")
            assert.strictEqual(get!.path, "/trade-api/v2/markets")
            assert.strictEqual(get!.query.get("limit"), "5")
            assert.strictEqual(get!.query.get("status"), "open")
            assert.isTrue(get!.url.startsWith("/trade-api/v2/markets?"))
            assert.strictEqual(post!.method, "POST")
            assert.strictEqual(post!.path, "/trade-api/v2/portfolio/orders")
            assert.deepStrictEqual(JSON.parse(post!.body), createOrder.body)
            assert.strictEqual(del!.method, "DELETE")
            assert.strictEqual(del!.path, "/trade-api/v2/portfolio/orders/ord-123")

            for (const r of server.received) {
              assert.strictEqual(header(r, "kalshi-access-key"), API_KEY_ID)
              const timestamp = header(r, "kalshi-access-timestamp")
              assert.match(timestamp, /^\d{13}$/, "timestamp in milliseconds")
              assert.isAtLeast(Number(timestamp), before)
              assert.isAtMost(Number(timestamp), after)
              const signature = header(r, "kalshi-access-signature")
              assert.isTrue(isStandardBase64(signature), `not standard padded base64: ${signature}`)
              assert.strictEqual(Buffer.from(signature, "base64").length, key.keyType === "rsa" ? 256 : 64)

              // What the exchange checks: timestamp + METHOD + full path, query excluded.
              assert.isTrue(
                verify(key.publicKey, key.keyType, `${timestamp}${r.method}${r.path}`, signature),
                `${r.method} signature does not verify`
              )
              // Neither the short path nor another method nor another timestamp verifies.
              assert.isFalse(
                verify(key.publicKey, key.keyType, `${timestamp}${r.method}${r.path.slice(13)}`, signature)
              )
              assert.isFalse(
                verify(key.publicKey, key.keyType, `${Number(timestamp) + 1}${r.method}${r.path}`, signature)
              )
              assert.isFalse(verify(key.publicKey, key.keyType, `${timestamp}PATCH${r.path}`, signature))
            }
            // The query string is not part of the signed text.
            const getSignature = header(get!, "kalshi-access-signature")
            const getTimestamp = header(get!, "kalshi-access-timestamp")
            assert.isFalse(verify(key.publicKey, key.keyType, `${getTimestamp}GET${get!.url}`, getSignature))
            assert.isFalse(
              verify(
                key.publicKey,
                key.keyType,
                `${getTimestamp}GET/trade-api/v2/markets?limit=5&status=open`,
                getSignature
              )
            )
          }))
      }

      it.scopedLive("a public request is signed too when a key is configured", () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          yield* withClient(
            clientLayer(server.restUrl, credentialsOf(edPkcs8)),
            (client) => client.execute({ ...getMarkets, auth: "public" })
          )
          assert.strictEqual(server.received.length, 1)
          const r = server.received[0]!
          assert.strictEqual(header(r, "kalshi-access-key"), API_KEY_ID)
          assert.isTrue(
            verify(
              ed.publicKey,
              "ed25519",
              `${header(r, "kalshi-access-timestamp")}GET/trade-api/v2/markets`,
              header(r, "kalshi-access-signature")
            )
          )
        }))
    })

    describe("verified with the openssl command line tool", () => {
      it.scoped("RSA-PSS (PKCS#1 key) and Ed25519, and a tampered message is rejected", () =>
        Effect.gen(function*() {
          const dir = yield* withTempDir
          const at = 1703123456789
          const message = "1703123456789GET/trade-api/v2/portfolio/orders"
          const cases = [
            { key: testKeys[0]!, name: "rsa" },
            { key: testKeys[2]!, name: "ed25519" }
          ]
          for (const { key, name } of cases) {
            const signer = yield* make(Option.some(credentialsOf(key.pem)))
            const signed = yield* signer.signAt(at, "GET", "/trade-api/v2/portfolio/orders?limit=5")
            const signature = signed.toRecord()[Signer.headerNames.signature]!
            const pub = path.join(dir, `${name}-pub.pem`)
            const msg = path.join(dir, `${name}-msg.txt`)
            const bad = path.join(dir, `${name}-tampered.txt`)
            const sig = path.join(dir, `${name}-sig.bin`)
            fs.writeFileSync(pub, key.publicPem)
            fs.writeFileSync(msg, message)
            fs.writeFileSync(bad, message.replace("GET", "PUT"))
            fs.writeFileSync(sig, Buffer.from(signature, "base64"))

            const verifyArgs = (file: string): ReadonlyArray<string> =>
              key.keyType === "rsa"
                ? [
                  "dgst",
                  "-sha256",
                  "-sigopt",
                  "rsa_padding_mode:pss",
                  "-sigopt",
                  "rsa_pss_saltlen:32",
                  "-verify",
                  pub,
                  "-signature",
                  sig,
                  file
                ]
                : ["pkeyutl", "-verify", "-pubin", "-inkey", pub, "-rawin", "-in", file, "-sigfile", sig]

            const ok = runOpenssl(verifyArgs(msg))
            assert.strictEqual(ok.status, 0, `openssl rejected the ${name} signature: ${ok.stdout}`)
            assert.include(ok.stdout, key.keyType === "rsa" ? "Verified OK" : "Signature Verified Successfully")

            const tampered = runOpenssl(verifyArgs(bad))
            assert.notStrictEqual(tampered.status, 0, `openssl accepted a tampered ${name} message`)
            assert.notInclude(tampered.stdout, "Verified OK")
            assert.notInclude(tampered.stdout, "Signature Verified Successfully")
          }
          assert.isTrue(fs.existsSync(dir))
        }))
    })

    describe("timestamp and signed text", () => {
      it.effect("the timestamp comes from the Clock", () =>
        Effect.gen(function*() {
          yield* TestClock.setTime(1703123456789)
          const signer = yield* make(Option.some(credentialsOf(rsaPkcs1)))
          const signed = yield* signer.sign("GET", "/trade-api/v2/portfolio/orders")
          const record = signed.toRecord()
          assert.strictEqual(signed.timestampMs, 1703123456789)
          assert.strictEqual(record["KALSHI-ACCESS-TIMESTAMP"], "1703123456789")
          assert.strictEqual(record["KALSHI-ACCESS-KEY"], API_KEY_ID)
          assert.isTrue(
            verify(
              rsa.publicKey,
              "rsa",
              "1703123456789GET/trade-api/v2/portfolio/orders",
              record["KALSHI-ACCESS-SIGNATURE"]!
            )
          )

          yield* TestClock.adjust("1500 millis")
          const later = yield* signer.sign("get", "/trade-api/v2/portfolio/orders?limit=5&status=resting")
          assert.strictEqual(later.toRecord()["KALSHI-ACCESS-TIMESTAMP"], "1703123458289")
          assert.isTrue(
            verify(
              rsa.publicKey,
              "rsa",
              "1703123458289GET/trade-api/v2/portfolio/orders",
              later.toRecord()["KALSHI-ACCESS-SIGNATURE"]!
            )
          )
        }))

      it.effect("Ed25519 signatures are deterministic and ignore the query string", () =>
        Effect.gen(function*() {
          yield* TestClock.setTime(1703123456789)
          const signer = yield* make(Option.some(credentialsOf(edPkcs8)))
          assert.deepStrictEqual(signer.keyType, Option.some<Signer.KeyType>("ed25519"))
          const plain = (yield* signer.sign("GET", "/trade-api/v2/portfolio/orders")).toRecord()
          const withQuery = (yield* signer.sign("GET", "/trade-api/v2/portfolio/orders?limit=5")).toRecord()
          const other = (yield* signer.sign("DELETE", "/trade-api/v2/portfolio/orders")).toRecord()
          assert.strictEqual(withQuery["KALSHI-ACCESS-SIGNATURE"], plain["KALSHI-ACCESS-SIGNATURE"])
          assert.notStrictEqual(other["KALSHI-ACCESS-SIGNATURE"], plain["KALSHI-ACCESS-SIGNATURE"])
          const expected = crypto.sign(
            null,
            Buffer.from("1703123456789GET/trade-api/v2/portfolio/orders"),
            ed.privateKey
          )
            .toString("base64")
          assert.strictEqual(plain["KALSHI-ACCESS-SIGNATURE"], expected)
          const at = (yield* signer.signAt(42, "GET", "/trade-api/ws/v2")).toRecord()
          assert.strictEqual(at["KALSHI-ACCESS-TIMESTAMP"], "42")
          assert.isTrue(verify(ed.publicKey, "ed25519", "42GET/trade-api/ws/v2", at["KALSHI-ACCESS-SIGNATURE"]!))
        }))

      it("message is timestamp + uppercase METHOD + path without the query string", () => {
        assert.strictEqual(
          Signer.message(1703123456789, "GET", "/trade-api/v2/portfolio/orders"),
          "1703123456789GET/trade-api/v2/portfolio/orders"
        )
        assert.strictEqual(
          Signer.message(1703123456789, "get", "/trade-api/v2/portfolio/orders?limit=5&status=resting"),
          "1703123456789GET/trade-api/v2/portfolio/orders"
        )
        assert.strictEqual(Signer.message(7, "delete", "/trade-api/v2/x?"), "7DELETE/trade-api/v2/x")
      })
    })

    describe("private key parsing", () => {
      const encryptedPkcs8 = rsa.privateKey.export({
        type: "pkcs8",
        format: "pem",
        cipher: "aes-256-cbc",
        passphrase: "x"
      }).toString()
      const encryptedPkcs1 = rsa.privateKey.export({
        type: "pkcs1",
        format: "pem",
        cipher: "aes-256-cbc",
        passphrase: "x"
      }).toString()
      const ecPkcs8 = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({
        type: "pkcs8",
        format: "pem"
      }).toString()
      const brokenLines = rsaPkcs8.trim().split("\n")
      const middle = Math.floor(brokenLines.length / 2)
      const brokenPem = [
        ...brokenLines.slice(0, middle),
        brokenLines[middle]!.slice(0, 30) + "!!!!" + brokenLines[middle]!.slice(34),
        ...brokenLines.slice(middle + 1, middle + 3),
        brokenLines[brokenLines.length - 1]!
      ].join("\n")
      const garbage = "this-is-not-a-key-but-it-looks-secret-0123456789abcdef"

      const cases: ReadonlyArray<{
        readonly name: string
        readonly pem: string
        readonly reason: KalshiError.InvalidKey["reason"]
        readonly secret: string
      }> = [
        { name: "garbage text", pem: garbage, reason: "Malformed", secret: garbage },
        { name: "a PEM with a broken body", pem: brokenPem, reason: "Malformed", secret: pemBody(brokenPem) },
        { name: "an encrypted PKCS#8 key", pem: encryptedPkcs8, reason: "Encrypted", secret: pemBody(encryptedPkcs8) },
        { name: "an encrypted PKCS#1 key", pem: encryptedPkcs1, reason: "Encrypted", secret: pemBody(encryptedPkcs1) },
        { name: "a public key (SPKI)", pem: rsaPublicPem, reason: "NotPrivate", secret: pemBody(rsaPublicPem) },
        {
          name: "a public key (PKCS#1)",
          pem: rsaPublicPkcs1Pem,
          reason: "NotPrivate",
          secret: pemBody(rsaPublicPkcs1Pem)
        },
        { name: "an EC P-256 key", pem: ecPkcs8, reason: "UnsupportedType", secret: pemBody(ecPkcs8) }
      ]

      it("the fixtures have the shapes the cases rely on", () => {
        assert.isTrue(encryptedPkcs8.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        assert.isTrue(encryptedPkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----"))
        assert.include(encryptedPkcs1, "Proc-Type: 4,ENCRYPTED")
        assert.isTrue(ecPkcs8.startsWith("-----BEGIN PRIVATE KEY-----"))
        assert.isTrue(brokenPem.startsWith("-----BEGIN PRIVATE KEY-----"))
        assert.isTrue(brokenPem.endsWith("-----END PRIVATE KEY-----"))
        assert.throws(() => crypto.createPrivateKey(brokenPem))
      })

      for (const c of cases) {
        it.effect(`${c.name} fails with InvalidKey ${c.reason}, without echoing key material`, () =>
          Effect.gen(function*() {
            const viaMake = yield* Effect.flip(make(Option.some(credentialsOf(c.pem))))
            const viaParse = yield* Effect.flip(Signer.parsePrivateKey(Redacted.make(c.pem)))
            for (const error of [viaMake, viaParse]) {
              assert.instanceOf(error, KalshiError.InvalidKey)
              assert.strictEqual(error._tag, "InvalidKey")
              assert.strictEqual(error.reason, c.reason)
              assert.include(error.message, `(${c.reason})`)
              const texts = [error.message, JSON.stringify(error), String(error), util.inspect(error)].join("\n")
              assertNoFragment(texts, fragments(c.secret), c.name)
              assert.notInclude(texts, API_KEY_ID)
            }
          }))
      }

      it.effect("an empty or blank key fails with InvalidKey Missing", () =>
        Effect.gen(function*() {
          for (const pem of ["", "   \n  "]) {
            const error = yield* Effect.flip(make(Option.some(credentialsOf(pem))))
            assert.instanceOf(error, KalshiError.InvalidKey)
            assert.strictEqual(error.reason, "Missing")
            assert.notInclude(JSON.stringify(error) + String(error), API_KEY_ID)
          }
        }))

      for (const key of testKeys) {
        it.effect(`${key.name} with literal \\n sequences (as pasted into an env var) is accepted`, () =>
          Effect.gen(function*() {
            const escaped = key.pem.trim().replace(/\n/g, "\\n")
            assert.notInclude(escaped, "\n")
            assert.include(escaped, "\\n")
            const parsed = yield* Signer.parsePrivateKey(Redacted.make(escaped))
            assert.strictEqual(parsed.keyType, key.keyType)
            const signer = yield* make(Option.some(credentialsOf(escaped)))
            const signed = yield* signer.signAt(1703123456789, "POST", "/trade-api/v2/portfolio/orders")
            assert.isTrue(
              verify(
                key.publicKey,
                key.keyType,
                "1703123456789POST/trade-api/v2/portfolio/orders",
                signed.toRecord()[Signer.headerNames.signature]!
              )
            )
          }))
      }
    })

    describe("without credentials", () => {
      it.effect("sign and signAt fail with MissingCredentials", () =>
        Effect.gen(function*() {
          const signer = yield* make(Option.none())
          assert.isTrue(Option.isNone(signer.keyType))
          const error = yield* Effect.flip(signer.sign("get", "/trade-api/v2/portfolio/balance"))
          assert.instanceOf(error, KalshiError.MissingCredentials)
          assert.strictEqual(error._tag, "MissingCredentials")
          assert.strictEqual(error.operation, "GET /trade-api/v2/portfolio/balance")
          const named = yield* Effect.flip(signer.signAt(1, "GET", "/trade-api/v2/portfolio/balance", "GetBalance"))
          assert.strictEqual(named.operation, "GetBalance")
          assert.include(named.message, "GetBalance must be signed")
        }))

      it.scopedLive("a signed request fails with MissingCredentials and nothing is sent", () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          const exit = yield* withClient(clientLayer(server.restUrl, undefined), (client) =>
            Effect.gen(function*() {
              assert.isTrue(Option.isNone(client.signer.keyType))
              return yield* client.execute(getMarkets)
            })).pipe(Effect.exit)
          assert.isTrue(Exit.isFailure(exit))
          const error = yield* Effect.flip(exit)
          assert.instanceOf(error, KalshiError.MissingCredentials)
          assert.strictEqual(error.operation, "GetMarkets")
          // Let the server catch up in case something had been sent.
          yield* Effect.sleep("50 millis")
          assert.strictEqual(server.received.length, 0)
        }))

      it.scopedLive("a public request is sent without any KALSHI-ACCESS-* header", () =>
        Effect.gen(function*() {
          const server = yield* TestServer.make
          const response = yield* withClient(
            clientLayer(server.restUrl, undefined),
            (client) => client.execute({ ...getMarkets, auth: "public" })
          )
          assert.strictEqual(response.status, 200)
          assert.strictEqual(server.received.length, 1)
          const r = server.received[0]!
          assert.strictEqual(r.path, "/trade-api/v2/markets")
          assert.isAbove(Object.keys(r.headers).length, 0)
          assert.deepStrictEqual(Object.keys(r.headers).filter((h) => h.toLowerCase().startsWith("kalshi-access")), [])
        }))
    })

    describe("redaction", () => {
      const allErrors = (): ReadonlyArray<KalshiError.KalshiError> => [
        new KalshiError.InvalidInput({ operation: "CreateOrder", field: "count", reason: "must be positive" }),
        new KalshiError.MissingCredentials({ operation: "GetBalance" }),
        new KalshiError.InvalidKey({ reason: "Malformed", description: "not a PEM key" }),
        new KalshiError.TransportError({
          operation: "GetMarkets",
          method: "GET",
          path: "/trade-api/v2/markets",
          reason: "Transport",
          description: "ECONNRESET socket hang up"
        }),
        new KalshiError.HttpError({
          operation: "GetBalance",
          method: "GET",
          path: "/trade-api/v2/portfolio/balance",
          status: 401,
          code: "authentication_error",
          errorMessage: "authentication error",
          details: "INCORRECT_API_KEY_SIGNATURE",
          service: "auth"
        }),
        new KalshiError.RateLimited({
          operation: "GetMarkets",
          method: "GET",
          path: "/trade-api/v2/markets",
          code: "too_many_requests",
          errorMessage: "too many requests",
          retryAfterMillis: 1000
        }),
        new KalshiError.DecodeError({ operation: "GetMarkets", path: "markets.3.yes_bid_dollars", description: "bad" }),
        new KalshiError.Timeout({
          operation: "GetMarkets",
          method: "GET",
          path: "/trade-api/v2/markets",
          timeoutMillis: 10000
        }),
        new KalshiError.OutcomeUnknown({
          operation: "CreateOrder",
          method: "POST",
          path: "/trade-api/v2/portfolio/orders",
          clientOrderId: "coid-1",
          description: "socket hang up"
        })
      ]

      const printAll = (values: ReadonlyArray<unknown>): string =>
        values.flatMap((v) => [String(v), util.inspect(v, { depth: 20 }), JSON.stringify(v) ?? ""]).join("\n")

      for (const key of [testKeys[0]!, testKeys[2]!]) {
        it.scopedLive(`${key.name}: printing and logging never show the key id, the key or a signature`, () =>
          Effect.gen(function*() {
            const lines: Array<string> = []
            const capture = Logger.make<unknown, void>((options) => {
              // Formatted at log time, inside the fiber, as a real logger would.
              lines.push(Logger.logfmtLogger.log(options))
              lines.push(Logger.stringLogger.log(options))
            })
            const server = yield* TestServer.make
            const creds = credentialsOf(key.pem)

            const program = Effect.gen(function*() {
              const config = yield* KalshiConfig.make({
                environment: { restUrl: server.restUrl, wsUrl: WS_URL },
                apiKeyId: API_KEY_ID,
                privateKey: key.pem
              })
              assert.isTrue(Option.isSome(config.credentials))
              const signer = yield* make(config.credentials)
              const signed = yield* signer.sign("GET", "/trade-api/v2/portfolio/orders")
              const signatures: Array<string> = [signed.toRecord()[Signer.headerNames.signature]!]
              const missing = yield* Effect.flip(
                (yield* make(Option.none())).sign("GET", "/trade-api/v2/portfolio/balance")
              )
              const invalid = yield* Effect.flip(
                Signer.parsePrivateKey(Redacted.make(key.pem.replace("-----BEGIN", "-----BEGIN PUBLIC")))
              )
              const errors = [...allErrors(), missing, invalid]

              const client = yield* withClient(
                clientLayer(server.restUrl, creds, {
                  transformClient: HttpClient.tapRequest((request) => Effect.log(request))
                }),
                (client) =>
                  Effect.gen(function*() {
                    yield* client.execute(getMarkets)
                    yield* client.execute(createOrder)
                    return client
                  })
              )
              assert.strictEqual(server.received.length, 2)
              for (const r of server.received) signatures.push(header(r, "kalshi-access-signature"))

              const values: ReadonlyArray<unknown> = [config, config.credentials, signer, signed, client, ...errors]
              for (const value of values) yield* Effect.log(value)
              yield* Effect.log("config", config).pipe(Effect.annotateLogs("signer", signer))
              yield* Effect.logError("request failed", errors[4]).pipe(Effect.annotateLogs("headers", signed))
              return { printed: printAll(values), signatures }
            })

            const { printed, signatures } = yield* program.pipe(
              Effect.provide(Logger.replace(Logger.defaultLogger, capture))
            )
            const logged = lines.join("\n")

            // Not vacuous: something was printed and logged, including what we expect to see.
            assert.isAbove(lines.length, 10)
            assert.include(logged, "<redacted>")
            assert.include(logged, "/trade-api/v2/markets")
            assert.include(logged, "/trade-api/v2/portfolio/orders")
            assert.include(logged, "HttpClientRequest")
            assert.include(logged, "INCORRECT_API_KEY_SIGNATURE")
            assert.include(printed, "<redacted>")
            assert.include(printed, "SignedHeaders")
            assert.include(printed, `Signer(${key.keyType})`)
            assert.include(printed, "coid-1")
            assert.strictEqual(signatures.length, 3)

            for (const [what, text] of [["logged text", logged], ["printed text", printed]] as const) {
              assert.notInclude(text, API_KEY_ID, `${what} contains the API key id`)
              assertNoFragment(text, fragments(pemBody(key.pem)), what)
              for (const signature of signatures) {
                assert.isAbove(signature.length, 40)
                assert.notInclude(text, signature, `${what} contains a signature`)
                assertNoFragment(text, fragments(signature), `${what} (signature)`)
              }
            }
          }))
      }

      it("SignedHeaders shows <redacted> but gives the wire values to toRecord", () => {
        const headers = new Signer.SignedHeaders(1703123456789, API_KEY_ID, "c2lnbmF0dXJlLXZhbHVlLXRoYXQtaXMtc2VjcmV0")
        const printed = [String(headers), util.inspect(headers), JSON.stringify(headers), `${headers}`].join("\n")
        assert.include(printed, "<redacted>")
        assert.include(printed, "1703123456789")
        assert.notInclude(printed, API_KEY_ID)
        assert.notInclude(printed, "c2lnbmF0dXJlLXZhbHVlLXRoYXQtaXMtc2VjcmV0")
        assert.deepStrictEqual(headers.toRecord(), {
          "KALSHI-ACCESS-KEY": API_KEY_ID,
          "KALSHI-ACCESS-TIMESTAMP": "1703123456789",
          "KALSHI-ACCESS-SIGNATURE": "c2lnbmF0dXJlLXZhbHVlLXRoYXQtaXMtc2VjcmV0"
        })
      })

      it("the auth headers are in the redacted header names", () => {
        assert.deepStrictEqual(
          [...KalshiHttpClient.redactedHeaderNames].sort(),
          ["kalshi-access-key", "kalshi-access-signature", "kalshi-access-timestamp"]
        )
      })
    })

    it.effect("the Signer layer parses the configured key once", () =>
      Effect.gen(function*() {
        const signer = yield* Signer.Signer
        assert.deepStrictEqual(signer.keyType, Option.some<Signer.KeyType>("rsa"))
        const signed = yield* signer.signAt(5, "GET", "/trade-api/v2/exchange/status")
        assert.isTrue(
          verify(
            rsa.publicKey,
            "rsa",
            "5GET/trade-api/v2/exchange/status",
            signed.toRecord()["KALSHI-ACCESS-SIGNATURE"]!
          )
        )
        const invalid = yield* Layer.build(Signer.layer.pipe(Layer.provide(backend.layer))).pipe(
          Effect.provide(KalshiConfig.layer({ apiKeyId: API_KEY_ID, privateKey: "not a key" })),
          Effect.scoped,
          Effect.either
        )
        assert.isTrue(Either.isLeft(invalid))
        if (Either.isLeft(invalid)) {
          assert.instanceOf(invalid.left, KalshiError.InvalidKey)
          assert.strictEqual((invalid.left as KalshiError.InvalidKey).reason, "Malformed")
        }
      }).pipe(
        Effect.provide(
          Signer.layer.pipe(Layer.provide(KalshiConfig.layer(credentialsOf(rsaPkcs8))), Layer.provide(backend.layer))
        )
      ))
  })
}
