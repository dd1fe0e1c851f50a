import { assert, describe, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Operations from "../src/generated/Operations.js"
import { IncentiveProgramsApi, MarketApi, PortfolioApi, StructuredTargetsApi } from "../src/index.js"
import * as Harness from "./utils/harness.js"
import { wireInput } from "./utils/inputs.js"
import { operations } from "./utils/spec.js"
import { successOf, synthesize } from "./utils/SpecServer.js"

/** A spec-shaped item of a component, with some fields replaced. */
const item = (component: string, fields: Record<string, unknown>) => ({
  ...(synthesize({ $ref: `#/components/schemas/${component}` }) as Record<string, unknown>),
  ...fields
})
const market = (ticker: string) => item("Market", { ticker })

const pages = <A>(byCursor: Record<string, A>) => (cursor: string | null) => byCursor[cursor ?? ""]

describe("pagination streams", () => {
  it.scopedLive("follow the cursor over several pages, keep the filters, and stop at the empty cursor", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const page = pages({
          "": { markets: [market("M1"), market("M2")], cursor: "c2" },
          c2: { markets: [market("M3")], cursor: "c3" },
          c3: { markets: [market("M4")], cursor: "" }
        })
        server.setHandler((req, next) =>
          req.operationId === "GetMarkets" ? { status: 200, body: page(req.query.get("cursor")) } : next()
        )
        const markets = yield* Stream.runCollect((yield* MarketApi).getMarketsStream({ limit: 2, status: "open" }))
        assert.deepStrictEqual(Chunk.toArray(markets).map((m) => m.ticker), ["M1", "M2", "M3", "M4"])
        assert.deepStrictEqual(server.received.map((r) => r.query.get("cursor")), [null, "c2", "c3"])
        for (const r of server.received) {
          assert.strictEqual(r.query.get("limit"), "2")
          assert.strictEqual(r.query.get("status"), "open")
          assert.deepStrictEqual(r.errors, [])
        }
      })
    ))

  it.scopedLive("read only the pages they need", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        server.setHandler((req, next) =>
          req.operationId === "GetMarkets"
            ? {
              status: 200,
              body: {
                markets: [market(`M-${req.query.get("cursor") ?? "0"}`), market("x")],
                cursor: `${server.received.length}`
              }
            }
            : next()
        )
        const firstThree = yield* Stream.runCollect(Stream.take((yield* MarketApi).getMarketsStream(), 3))
        assert.strictEqual(Chunk.size(firstThree), 3)
        assert.strictEqual(server.received.length, 2)
      })
    ))

  it.scopedLive("stop when the cursor is absent (structured targets page with page_size)", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const page = pages({
          "": { structured_targets: [{ id: "s1" }], cursor: "n" },
          n: { structured_targets: [{ id: "s2" }] }
        })
        server.setHandler((req) => ({ status: 200, body: page(req.query.get("cursor")) }))
        const targets = yield* Stream.runCollect(
          (yield* StructuredTargetsApi).getStructuredTargetsStream({ page_size: 1 })
        )
        assert.deepStrictEqual(Chunk.toArray(targets).map((t) => t.id), ["s1", "s2"])
        assert.deepStrictEqual(server.received.map((r) => r.query.get("page_size")), ["1", "1"])
        assert.deepStrictEqual(server.received.map((r) => r.errors), [[], []])
      })
    ))

  it.scopedLive("follow next_cursor for incentive programs", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const page = pages({
          "": { incentive_programs: [item("IncentiveProgram", { id: "p1", period_reward: 12345 })], next_cursor: "k" },
          k: { incentive_programs: [item("IncentiveProgram", { id: "p2" })], next_cursor: "" }
        })
        server.setHandler((req) => ({ status: 200, body: page(req.query.get("cursor")) }))
        const programs = Chunk.toArray(
          yield* Stream.runCollect((yield* IncentiveProgramsApi).getIncentiveProgramsStream())
        )
        assert.deepStrictEqual(programs.map((p) => p.id), ["p1", "p2"])
        assert.strictEqual(BigDecimal.format(programs[0]!.period_reward!), "1.2345")
        assert.strictEqual(server.received.length, 2)
      })
    ))

  it.scopedLive("yield both arrays of getPositions, each item tagged with its field", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const page = pages({
          "": {
            market_positions: [item("MarketPosition", { ticker: "M1", position_fp: "3.00" })],
            event_positions: [item("EventPosition", { event_ticker: "E1" })],
            cursor: "p2"
          },
          p2: { market_positions: [item("MarketPosition", { ticker: "M2" })], event_positions: [], cursor: "" }
        })
        server.setHandler((req) => ({ status: 200, body: page(req.query.get("cursor")) }))
        const items = Chunk.toArray(
          yield* Stream.runCollect((yield* PortfolioApi).getPositionsStream({ count_filter: "position" }))
        )
        assert.deepStrictEqual(
          items.map((i) => i.field === "market_positions" ? `m:${i.value.ticker}` : `e:${i.value.event_ticker}`),
          ["m:M1", "e:E1", "m:M2"]
        )
        assert.deepStrictEqual(server.received.map((r) => r.query.get("count_filter")), ["position", "position"])
      })
    ))

  it.scopedLive("fail with a DecodeError at cursor instead of looping on a repeated cursor", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const page = pages({
          "": { markets: [market("M1")], cursor: "a" },
          a: { markets: [market("M2")], cursor: "b" },
          b: { markets: [market("M3")], cursor: "a" }
        })
        server.setHandler((req) => ({ status: 200, body: page(req.query.get("cursor")) }))
        const seen: Array<string> = []
        const error = yield* Effect.flip(
          Stream.runForEach((yield* MarketApi).getMarketsStream(), (m) => Effect.sync(() => seen.push(m.ticker ?? "")))
        )
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") {
          assert.strictEqual(error.operation, "GetMarkets")
          assert.strictEqual(error.path, "cursor")
        }
        assert.deepStrictEqual(seen, ["M1", "M2", "M3"])
        assert.strictEqual(server.received.length, 3)
      })
    ))

  it.scopedLive("every cursor-paginated operation has a Stream that reads two spec-shaped pages", () =>
    Harness.withServer((server) =>
      Effect.gen(function*() {
        const apis = (yield* Harness.apis) as unknown as Record<
          string,
          Record<string, (input: unknown) => Stream.Stream<unknown, unknown>>
        >
        const paginated = Object.values(Operations.all).filter((d) => d.pagination !== undefined)
        assert.strictEqual(paginated.length, 28)
        for (const d of paginated) {
          const op = operations.find((o) => o.operationId === d.operationId)!
          const body = synthesize(successOf(op).schema) as Record<string, unknown>
          const perPage = d.pagination!.itemFields.reduce((n, f) => n + (body[f] as Array<unknown>).length, 0)
          server.setHandler((req) => ({
            status: 200,
            body: { ...body, [d.pagination!.cursorField]: req.query.get("cursor") === null ? "next" : "" }
          }))
          const before = server.received.length
          const { cursor: _cursor, ...input } = Schema.decodeUnknownSync(d.input as Schema.Schema.AnyNoContext)(
            wireInput(d.operationId)
          ) as Record<string, unknown>
          const service = `${d.tag.split("-").map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join("")}Api`
          const method = `${d.operationId.charAt(0).toLowerCase()}${d.operationId.slice(1)}Stream`
          const items = yield* Stream.runCollect(apis[service]![method]!(input))
          assert.strictEqual(Chunk.size(items), 2 * perPage, d.operationId)
          const sent = server.received.slice(before)
          assert.deepStrictEqual(sent.map((r) => r.query.get("cursor")), [null, "next"], d.operationId)
          assert.deepStrictEqual(sent.flatMap((r) => r.errors), [], d.operationId)
        }
      })
    ))
})
