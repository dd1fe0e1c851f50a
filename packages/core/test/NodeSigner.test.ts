/**
 * Choosing the signing backend: WebCrypto by default, `NodeSigner.layer` (node:crypto) when it is
 * provided to the SDK's layers, or any other `Signer.SigningCrypto`.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Option, Redacted } from "effect"
import * as crypto from "node:crypto"
import * as util from "node:util"
import { KalshiConfig, KalshiError, KalshiHttpClient, Signer } from "../src/index.js"
import * as NodeSigner from "../src/NodeSigner.js"
import * as TestServer from "./utils/TestServer.js"

const API_KEY_ID = "7d1e4c2a-9b3f-4e6d-8a5c-1f2e3d4c5b6a"
const rsa = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })
const ed = crypto.generateKeyPairSync("ed25519")
const edPem = ed.privateKey.export({ type: "pkcs8", format: "pem" }).toString()
const rsaPkcs1 = rsa.privateKey.export({ type: "pkcs1", format: "pem" }).toString()

const WS_URL = "ws://127.0.0.1:1/trade-api/ws/v2"

const configLayer = (restUrl: string) =>
  KalshiConfig.layer({ environment: { restUrl, wsUrl: WS_URL }, apiKeyId: API_KEY_ID, privateKey: edPem })

const clientLayer = (restUrl: string) =>
  KalshiHttpClient.layer({ retry: { times: 0 }, rateLimits: { disabled: true } }).pipe(
    Layer.provide(configLayer(restUrl)),
    Layer.provide(FetchHttpClient.layer)
  )

const getBalance: KalshiHttpClient.Request = {
  operation: "GetBalance",
  method: "GET",
  path: "/portfolio/balance",
  auth: "signed"
}

/** The backend a signer says it uses. */
const cryptoOf = (signer: Signer.Service): string => (JSON.parse(JSON.stringify(signer)) as { crypto: string }).crypto

/** A backend that counts what goes through it, signing with WebCrypto. */
const counting = () => {
  const counts = { imports: 0, signatures: 0 }
  const backend: Signer.Backend = {
    name: "counting",
    importKey: (key) =>
      Effect.map(Signer.webCrypto.importKey(key), (signer) => {
        counts.imports++
        return { sign: (data: string) => Effect.tap(signer.sign(data), () => Effect.sync(() => counts.signatures++)) }
      })
  }
  return { counts, backend }
}

describe("NodeSigner", () => {
  it.scopedLive("KalshiHttpClient.layer signs with WebCrypto by default, with node:crypto when NodeSigner.layer is provided", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      const run = (layer: Layer.Layer<KalshiHttpClient.KalshiHttpClient, unknown>) =>
        Effect.flatMap(
          KalshiHttpClient.KalshiHttpClient,
          (client) => Effect.as(client.execute(getBalance), cryptoOf(client.signer))
        ).pipe(Effect.provide(layer))

      assert.strictEqual(yield* run(clientLayer(server.restUrl)), "WebCrypto")
      assert.strictEqual(yield* run(clientLayer(server.restUrl).pipe(Layer.provide(NodeSigner.layer))), "node:crypto")
      // provided around the program instead of to the layer: the same
      assert.strictEqual(
        yield* run(clientLayer(server.restUrl)).pipe(Effect.provide(NodeSigner.layer)),
        "node:crypto"
      )
      // both signed requests verify
      assert.strictEqual(server.received.length, 3)
      for (const r of server.received) {
        const signature = r.headers["kalshi-access-signature"]
        assert.isString(signature)
        assert.isTrue(
          crypto.verify(
            null,
            Buffer.from(`${r.headers["kalshi-access-timestamp"]}GET/trade-api/v2/portfolio/balance`),
            ed.publicKey,
            Buffer.from(signature as string, "base64")
          )
        )
      }
    }))

  it.scopedLive("a SigningCrypto provided to KalshiHttpClient.layer imports the key once and signs every request", () =>
    Effect.gen(function*() {
      const server = yield* TestServer.make
      const { backend, counts } = counting()
      yield* Effect.flatMap(KalshiHttpClient.KalshiHttpClient, (client) =>
        Effect.gen(function*() {
          assert.strictEqual(cryptoOf(client.signer), "counting")
          for (let i = 0; i < 3; i++) yield* client.execute(getBalance)
        })).pipe(
          Effect.provide(clientLayer(server.restUrl).pipe(Layer.provide(Layer.succeed(Signer.SigningCrypto, backend))))
        )
      assert.strictEqual(server.received.length, 3)
      assert.deepStrictEqual(counts, { imports: 1, signatures: 3 })
    }))

  it.effect("the signer's printed forms name the backend, never the key or the key id", () =>
    Effect.gen(function*() {
      const credentials = Option.some({ apiKeyId: Redacted.make(API_KEY_ID), privateKey: Redacted.make(rsaPkcs1) })
      const web = yield* Signer.make(credentials)
      const node = yield* Signer.make(credentials).pipe(Effect.provide(NodeSigner.layer))
      assert.deepStrictEqual(JSON.parse(JSON.stringify(web)), {
        _id: "Signer",
        keyType: "rsa",
        apiKeyId: "<redacted>",
        crypto: "WebCrypto"
      })
      assert.strictEqual(cryptoOf(node), "node:crypto")
      assert.include(util.inspect(node), "node:crypto")
      assert.strictEqual(String(node), "Signer(rsa)")
      assert.notInclude(util.inspect(node) + JSON.stringify(node), API_KEY_ID)
    }))

  it.effect("both backends make the same Ed25519 signature (deterministic) and verifiable RSA-PSS ones", () =>
    Effect.gen(function*() {
      for (const pem of [edPem, rsaPkcs1]) {
        const credentials = Option.some({ apiKeyId: Redacted.make(API_KEY_ID), privateKey: Redacted.make(pem) })
        const web = yield* Signer.make(credentials)
        const node = yield* Signer.make(credentials).pipe(Effect.provide(NodeSigner.layer))
        const [a, b] = [
          (yield* web.signAt(42, "POST", "/trade-api/v2/portfolio/orders")).toRecord()["KALSHI-ACCESS-SIGNATURE"]!,
          (yield* node.signAt(42, "POST", "/trade-api/v2/portfolio/orders")).toRecord()["KALSHI-ACCESS-SIGNATURE"]!
        ]
        const data = Buffer.from("42POST/trade-api/v2/portfolio/orders")
        if (pem === edPem) {
          assert.strictEqual(a, b)
          assert.isTrue(crypto.verify(null, data, ed.publicKey, Buffer.from(a, "base64")))
        } else {
          // RSA-PSS is randomised: two different signatures, both valid
          assert.notStrictEqual(a, b)
          for (const signature of [a, b]) {
            assert.isTrue(
              crypto.verify(
                "sha256",
                data,
                { key: rsa.publicKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
                Buffer.from(signature, "base64")
              )
            )
          }
        }
      }
    }))

  it.effect("parsePrivateKey gives a node:crypto KeyObject; errors are Signer.parsePrivateKey's", () =>
    Effect.gen(function*() {
      const parsed = yield* NodeSigner.parsePrivateKey(Redacted.make(rsaPkcs1))
      assert.strictEqual(parsed.keyType, "rsa")
      assert.strictEqual(parsed.key.type, "private")
      assert.strictEqual(parsed.key.asymmetricKeyType, "rsa")
      assert.isTrue(
        parsed.key.export({ type: "pkcs8", format: "der" }).equals(
          rsa.privateKey.export({ type: "pkcs8", format: "der" })
        )
      )
      const edParsed = yield* NodeSigner.parsePrivateKey(Redacted.make(edPem))
      assert.strictEqual(edParsed.key.asymmetricKeyType, "ed25519")
      for (const pem of ["", "not a key", rsa.publicKey.export({ type: "spki", format: "pem" }).toString()]) {
        const viaNode = yield* Effect.flip(NodeSigner.parsePrivateKey(Redacted.make(pem)))
        const viaPortable = yield* Effect.flip(Signer.parsePrivateKey(Redacted.make(pem)))
        assert.instanceOf(viaNode, KalshiError.InvalidKey)
        assert.deepStrictEqual(viaNode, viaPortable)
      }
    }))
})
