import { describe, expect, expectTypeOf, it, layer } from "@effect/vitest"
import type { KalshiConfig } from "@kalshi-effect/core"
import { Kalshi } from "@kalshi-effect/kalshi"
import * as KalshiNode from "@kalshi-effect/kalshi/KalshiNode"
import { ExchangeApi, Orders, PortfolioApi } from "@kalshi-effect/rest"
import { KalshiWebSocket } from "@kalshi-effect/ws"
import * as BigDecimal from "effect/BigDecimal"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { TestExchange } from "../../src/index.js"
import { messagesOf, record } from "./sdk.js"

const A = "KXE2EUMBRELLA-26-A"

/** What a program does with the whole SDK: a REST write, a REST read and a WebSocket message about the write. */
const useEverything = Effect.gen(function*() {
  const ws = yield* KalshiWebSocket.KalshiWebSocket
  const orders = yield* record(messagesOf(yield* ws.subscribe("user_orders", { market_tickers: [A] })))
  const placed = yield* Orders.place(
    Orders.buy({ ticker: A, side: "yes", count: "1", price: "0.20", postOnly: true })
  )
  yield* orders.until("the order on the WebSocket", (ms) => ms.some((m) => m.msg.order_id === placed.orderId))
  const { balance_dollars } = yield* (yield* PortfolioApi).getBalance()
  const status = yield* (yield* ExchangeApi).getExchangeStatus()
  return { placed, balance: balance_dollars, active: status.exchange_active }
})

/** A fresh exchange and the settings of a funded account on it, as a program's configuration holds them. */
const accountSettings = Effect.gen(function*() {
  const exchange = yield* TestExchange.TestExchange
  const account = yield* exchange.addAccount({ balance: "500" })
  const config: KalshiConfig.Service = yield* exchange.configFor(account)
  const credentials = Option.getOrThrow(config.credentials)
  return { restUrl: config.restUrl, wsUrl: config.wsUrl, ...credentials }
})

describe("the whole SDK as one layer", () => {
  layer(TestExchange.layerSdk({ markets: [{ ticker: A }] }), { excludeTestServices: true })(
    "TestExchange.layerSdk",
    (it) => {
      it.scoped("REST, WebSocket and the default account in one it.layer", () =>
        Effect.gen(function*() {
          const me = yield* TestExchange.DefaultAccount
          const { active, balance, placed } = yield* useEverything
          expect(placed.status).toBe("resting")
          expect(active).toBe(true)
          expect(me.user).not.toBe("")
          // the default account's $10,000, less the resting bid's cost
          expect(balance !== undefined && BigDecimal.equals(balance, BigDecimal.unsafeFromString("9999.8"))).toBe(true)
        }))
    }
  )

  layer(TestExchange.layerExchange({ markets: [{ ticker: A }] }), { excludeTestServices: true })(
    "a program's layers",
    (it) => {
      it.scoped("Kalshi.layer from options", () =>
        Effect.gen(function*() {
          const { apiKeyId, privateKey, restUrl, wsUrl } = yield* accountSettings
          const result = yield* useEverything.pipe(
            Effect.provide(Kalshi.layer({ environment: { restUrl, wsUrl }, apiKeyId, privateKey }))
          )
          expect(result.placed._tag).toBe("Created")
          expect(
            result.balance !== undefined && BigDecimal.equals(result.balance, BigDecimal.unsafeFromString("499.8"))
          )
            .toBe(true)
        }))

      it.scoped("Kalshi.layerConfig and KalshiNode.layerConfig from Configs of the program's own", () =>
        Effect.gen(function*() {
          const { apiKeyId, privateKey, restUrl, wsUrl } = yield* accountSettings
          const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kalshi-umbrella-"))
          yield* Effect.addFinalizer(() => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true })))
          const keyFile = path.join(dir, "key.pem")
          fs.writeFileSync(keyFile, Redacted.value(privateKey))
          const provider = ConfigProvider.fromMap(
            new Map([
              ["APP_REST", restUrl],
              ["APP_WS", wsUrl],
              ["APP_KEY_ID", Redacted.value(apiKeyId)],
              ["APP_KEY", Redacted.value(privateKey)],
              ["APP_KEY_FILE", keyFile]
            ])
          )
          const urls = { restUrl: Config.string("APP_REST"), wsUrl: Config.string("APP_WS") }
          const portable = Kalshi.layerConfig({
            ...urls,
            apiKeyId: Config.redacted("APP_KEY_ID"),
            privateKey: Config.redacted("APP_KEY")
          })
          const node = KalshiNode.layerConfig({
            ...urls,
            apiKeyId: Config.redacted("APP_KEY_ID"),
            privateKeyPath: Config.string("APP_KEY_FILE")
          })
          for (const sdk of [portable, node]) {
            const result = yield* useEverything.pipe(
              Effect.provide(sdk.pipe(Layer.provide(Layer.setConfigProvider(provider))))
            )
            expect(result.placed.status).toBe("resting")
          }
        }))

      it.scoped("KalshiNode.layer from options; a bad setting fails the layer, naming it", () =>
        Effect.gen(function*() {
          const { apiKeyId, privateKey, restUrl, wsUrl } = yield* accountSettings
          const result = yield* useEverything.pipe(
            Effect.provide(KalshiNode.layer({ environment: { restUrl, wsUrl }, apiKeyId, privateKey }))
          )
          expect(result.active).toBe(true)

          const badUrl = yield* Layer.build(Kalshi.layer({ environment: { restUrl: "nope", wsUrl } })).pipe(Effect.flip)
          expect(badUrl._tag).toBe("InvalidInput")
          const badEnv = yield* Layer.build(Kalshi.layerConfig({ environment: Config.succeed("staging") })).pipe(
            Effect.flip
          )
          expect(ConfigError.isConfigError(badEnv)).toBe(true)
        }))
    }
  )
})

it("KalshiNode stays out of the portable entry", async () => {
  const entry = await import("@kalshi-effect/kalshi")
  expect(Object.keys(entry)).toEqual(["Kalshi"])
})

it("TestExchange.layerSdk: everything Kalshi.layer provides, with the exchange and its default account", () => {
  expectTypeOf<ReturnType<typeof TestExchange.layerSdk>>().toEqualTypeOf<
    Layer.Layer<
      Kalshi.Services | TestExchange.TestExchange | TestExchange.DefaultAccount,
      Kalshi.LayerError,
      never
    >
  >()
})
