/**
 * Runs the SDK against a local spec-checking server with a freshly generated RSA key.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import { KalshiConfig } from "@kalshi-effect/core"
import type * as KalshiHttpClient from "@kalshi-effect/core/KalshiHttpClient"
import type * as KalshiRateLimiter from "@kalshi-effect/core/KalshiRateLimiter"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as crypto from "node:crypto"
import * as Services from "../../src/generated/Services.js"
import * as KalshiRest from "../../src/KalshiRest.js"
import * as SpecServer from "./SpecServer.js"

export const keyPair = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })
export const privateKeyPem = keyPair.privateKey.export({ type: "pkcs8", format: "pem" }).toString()

/** The configuration of a client of a server. */
export const configLayer = (server: Pick<SpecServer.SpecServer, "restUrl">, pem: string = privateKeyPem) =>
  KalshiConfig.layer({
    environment: { restUrl: server.restUrl, wsUrl: "ws://127.0.0.1:9/trade-api/ws/v2" },
    apiKeyId: "test-key-id",
    privateKey: pem
  })

/** The platform HTTP client of the tests. */
export const httpLayer = FetchHttpClient.layer

/** The SDK's layer over a server, signing with the test key. */
export type Options = KalshiHttpClient.Options & { readonly rateLimits?: KalshiRateLimiter.Options | undefined }

export const layer = (server: Pick<SpecServer.SpecServer, "restUrl">, options: Options = {}) =>
  KalshiRest.layerWithClient({ rateLimits: { disabled: true }, retry: { times: 0 }, ...options }).pipe(
    Layer.provide(configLayer(server)),
    Layer.provide(httpLayer),
    Layer.orDie
  )

/** Starts a spec-checking server and provides the SDK over it. */
export const withServer = <A, E>(
  f: (server: SpecServer.SpecServer) => Effect.Effect<A, E, Services.AllApis | KalshiHttpClient.KalshiHttpClient>,
  options: Options = {}
) => Effect.flatMap(SpecServer.make(keyPair.publicKey), (server) => Effect.provide(f(server), layer(server, options)))

/** Every service, by name. */
export const apis: Effect.Effect<Services.Apis, never, Services.AllApis> = Effect.all(Services.tags)
