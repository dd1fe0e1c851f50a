import { KalshiConfig } from "@kalshi-effect/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Scope from "effect/Scope"
import * as crypto from "node:crypto"
import * as KalshiWebSocket from "../../src/KalshiWebSocket.js"
import * as WsServer from "./WsServer.js"

export const rsa = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })
export const privatePem = rsa.privateKey.export({ type: "pkcs1", format: "pem" }).toString()
export const otherPem = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey
  .export({ type: "pkcs1", format: "pem" }).toString()
export const API_KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11f6a7b8c9d0"

/** A server that verifies handshakes with the test key. */
export const server = WsServer.make({ publicKey: rsa.publicKey, apiKeyId: API_KEY_ID })

export const layerFor = (
  wsUrl: string,
  options: KalshiWebSocket.Options = {},
  privateKey: string = privatePem
) =>
  KalshiWebSocket.layerNodeFromConfig(options).pipe(
    Layer.provide(
      KalshiConfig.layer({
        environment: { restUrl: "http://127.0.0.1:1/trade-api/v2", wsUrl },
        apiKeyId: API_KEY_ID,
        privateKey
      })
    )
  )

/** Builds the service in the current scope. */
export const connect = (wsUrl: string, options: KalshiWebSocket.Options = {}, privateKey: string = privatePem) =>
  Effect.map(Layer.build(layerFor(wsUrl, options, privateKey)), Context.get(KalshiWebSocket.KalshiWebSocket))

/** Builds the service in a scope the test closes itself. */
export const connectScoped = (wsUrl: string, options: KalshiWebSocket.Options = {}) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const ws = yield* Scope.extend(connect(wsUrl, options), scope)
    return { ws, scope }
  })
