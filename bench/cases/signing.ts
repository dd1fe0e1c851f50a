/**
 * Case 1: signatures per second. The SDK's signer (key parsed once, timestamp from Effect's Clock)
 * with each of its backends, the portable default (WebCrypto, asynchronous `crypto.subtle.sign`)
 * and `NodeSigner.layer` (`node:crypto`, synchronous `crypto.sign`), measured in the same run
 * against the floor (`crypto.sign` with a key parsed once) and against parsing the PEM on every
 * call (what the official `kalshi-typescript` client does).
 */
import { Signer } from "@kalshi-effect/core"
import * as NodeSigner from "@kalshi-effect/core/NodeSigner"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { constants, createPrivateKey, generateKeyPairSync, type KeyObject, sign } from "node:crypto"
import { compare, type Result, type Settings } from "../lib.js"

const path = "/trade-api/v2/portfolio/orders"

const keys = () => {
  const rsa = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" }
  })
  const ed = generateKeyPairSync("ed25519", {
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" }
  })
  return [
    { name: "RSA-2048", pem: rsa.privateKey, rsa: true },
    { name: "Ed25519", pem: ed.privateKey, rsa: false }
  ] as const
}

export const run = async (settings: Settings): Promise<ReadonlyArray<Result>> => {
  const results: Array<Result> = []
  for (const key of keys()) {
    const credentials = Option.some({ apiKeyId: Redacted.make("bench-key"), privateKey: Redacted.make(key.pem) })
    const webSigner = await Effect.runPromise(Signer.make(credentials))
    const nodeSigner = await Effect.runPromise(Signer.make(credentials).pipe(Effect.provide(NodeSigner.layer)))
    const parsed = createPrivateKey(key.pem)
    const options = key.rsa
      ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
      : {}
    const algorithm = key.rsa ? "sha256" : null
    const floorSign = (k: KeyObject | string) => {
      const ts = Date.now()
      const headers = {
        "KALSHI-ACCESS-KEY": "bench-key",
        "KALSHI-ACCESS-TIMESTAMP": String(ts),
        "KALSHI-ACCESS-SIGNATURE": (typeof k === "string"
          ? sign(algorithm, Buffer.from(`${ts}GET${path}`), { key: k, ...options })
          : sign(algorithm, Buffer.from(`${ts}GET${path}`), { key: k, ...options })).toString("base64")
      }
      return headers
    }
    let sink = 0
    /** `n` signatures in a row, each awaited before the next, as requests sign them. */
    const signMany = (signer: Signer.Service, n: number) =>
      Effect.gen(function*() {
        for (let i = 0; i < n; i++) {
          const headers = yield* Effect.orDie(signer.sign("GET", path))
          sink += headers.timestampMs & 1
        }
      })
    const stats = await compare([
      { name: "node", run: (n) => Effect.runSync(signMany(nodeSigner, n)) },
      { name: "web", run: (n) => Effect.runPromise(signMany(webSigner, n)) },
      {
        name: "floor",
        run: (n) => {
          for (let i = 0; i < n; i++) sink += floorSign(parsed)["KALSHI-ACCESS-SIGNATURE"].length & 1
        }
      },
      {
        name: "parse-per-call",
        run: (n) => {
          for (let i = 0; i < n; i++) sink += floorSign(key.pem)["KALSHI-ACCESS-SIGNATURE"].length & 1
        }
      }
    ], settings)
    if (sink < 0) console.log(sink)
    const floor = { name: "crypto.sign, key parsed once", ...stats.floor! }
    const comparison = { name: "PEM parsed on every call (kalshi-typescript)", ...stats["parse-per-call"]! }
    const ratio = stats.node!.median / stats.floor!.median
    results.push({
      case: `signing ${key.name}, NodeSigner.layer (node:crypto)`,
      unit: "signatures/s",
      sdk: stats.node!,
      floor,
      comparison,
      ratio,
      ratioToComparison: stats.node!.median / stats["parse-per-call"]!.median,
      target: "within 5% of the floor (ratio >= 0.95)",
      met: ratio >= 0.95
    })
    results.push({
      case: `signing ${key.name}, default signer (WebCrypto)`,
      unit: "signatures/s",
      sdk: stats.web!,
      floor,
      comparison,
      ratio: stats.web!.median / stats.floor!.median,
      ratioToComparison: stats.web!.median / stats["parse-per-call"]!.median,
      target: "none: the portable default (Node.js, Bun, Deno, browsers), for comparison with NodeSigner.layer",
      notes: `NodeSigner.layer signs ${(stats.node!.median / stats.web!.median).toFixed(1)}x as fast in this run`
    })
  }
  return results
}
