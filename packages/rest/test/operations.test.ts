import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"
import * as Operations from "../src/generated/Operations.js"
import * as Services from "../src/generated/Services.js"
import * as Harness from "./utils/harness.js"
import { NASTY, wireInput } from "./utils/inputs.js"
import { operations } from "./utils/spec.js"

const pascal = (tag: string) => tag.split("-").map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join("")
const methodName = (operationId: string) => operationId.charAt(0).toLowerCase() + operationId.slice(1)

type Method = (input: unknown) => Effect.Effect<unknown, unknown>

describe("every operation", () => {
  const descriptors = Object.values(Operations.all)

  it("the spec has 117 operations and the SDK 117 descriptors", () => {
    assert.strictEqual(operations.length, 117)
    assert.strictEqual(descriptors.length, 117)
  })

  it("parity: every spec operation has its method on its tag's service, and every method is a spec operation", () =>
    Effect.gen(function*() {
      const apis = (yield* Harness.apis) as unknown as Record<string, Record<string, unknown>>
      const expected = new Set<string>()
      for (const op of operations) {
        const service = `${pascal(op.tag)}Api`
        assert.isDefined(apis[service], `${service} is missing`)
        assert.isFunction(
          apis[service]![methodName(op.operationId)],
          `${service}.${methodName(op.operationId)} is missing`
        )
        expected.add(`${service}.${methodName(op.operationId)}`)
      }
      const actual = new Set<string>()
      for (const [service, methods] of Object.entries(apis)) {
        for (const name of Object.keys(methods)) if (!name.endsWith("Stream")) actual.add(`${service}.${name}`)
      }
      assert.deepStrictEqual([...actual].sort(), [...expected].sort())
      assert.strictEqual(Object.keys(apis).length, 17)
      assert.deepStrictEqual(
        Object.keys(Services.tags).sort(),
        [...new Set(operations.map((o) => `${pascal(o.tag)}Api`))].sort()
      )
    }).pipe(Effect.provide(Harness.layer({ restUrl: "http://127.0.0.1:9/trade-api/v2" }))))

  for (const all of [false, true]) {
    it.scopedLive(`each of the 117 is sent as the spec says, signed, and its spec-shaped answer decodes (${all ? "every field" : "required fields"})`, () =>
      Harness.withServer((server) =>
        Effect.gen(function*() {
          const apis = (yield* Harness.apis) as unknown as Record<string, Record<string, Method>>
          const called = new Set<string>()
          for (const descriptor of descriptors) {
            const input = Schema.decodeUnknownSync(descriptor.input as Schema.Schema.AnyNoContext)(
              wireInput(descriptor.operationId, all)
            )
            const method = apis[`${pascal(descriptor.tag)}Api`]![methodName(descriptor.operationId)]!
            const before = server.received.length
            const exit = yield* Effect.exit(method(input))
            const req = server.received[before]
            assert.strictEqual(server.received.length, before + 1, `${descriptor.operationId}: one request`)
            assert.strictEqual(req!.operationId, descriptor.operationId)
            assert.deepStrictEqual(req!.errors, [], `${descriptor.operationId}: ${req!.errors.join("; ")}`)
            for (const value of Object.values(req!.params)) assert.strictEqual(value, NASTY)
            assert.isTrue(
              Exit.isSuccess(exit),
              `${descriptor.operationId}: ${Exit.isFailure(exit) ? String(exit.cause) : ""}`
            )
            called.add(descriptor.operationId)
          }
          assert.strictEqual(called.size, 117)
        })
      ))
  }
})
