import { describe, expect, it } from "@effect/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Either from "effect/Either"
import { Fcms } from "../../src/exchange/fcm.js"

describe("exchange/fcm", () => {
  it("only an FCM creates and reads subtraders, and caps them", () => {
    const fcms = new Fcms()
    const refused = fcms.create("u", "a", 1)
    expect(Either.isLeft(refused) && refused.left.status).toBe(403)
    fcms.enable("f")
    const s = Either.getOrThrow(fcms.create("f", "alpha", 1))
    expect(s.subtraderId).toBe("f-alpha")
    expect(Either.isLeft(fcms.create("f", "alpha", 2))).toBe(true)
    expect(Either.isLeft(fcms.create("f", "bad suffix", 2))).toBe(true)
    expect(fcms.of("f").map((x) => x.subtraderId)).toEqual(["f-alpha"])
    fcms.enable("g")
    expect(Either.isLeft(fcms.get("g", "f-alpha"))).toBe(true)
    expect(Either.getOrThrow(fcms.cap("f", "f-alpha"))).toBeUndefined()
    Either.getOrThrow(fcms.setCap("f", "f-alpha", BigDecimal.unsafeFromString("250")))
    expect(Either.getOrThrow(fcms.cap("f", "f-alpha"))?.limit).toEqual(BigDecimal.unsafeFromString("250"))
    Either.getOrThrow(fcms.deleteCap("f", "f-alpha"))
    expect(Either.getOrThrow(fcms.cap("f", "f-alpha"))).toBeUndefined()
    expect(Either.getOrThrow(fcms.setBlockedCategories("f", "f-alpha", ["Crypto", "Crypto"])).blockedCategories)
      .toEqual(["Crypto"])
  })
})
