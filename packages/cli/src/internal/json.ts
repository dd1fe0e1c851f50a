/**
 * Values as JSON for scripts: every decimal exactly as the exchange wrote it (a `BigDecimal` keeps the
 * scale it was read with, so `"0.5600"` stays `"0.5600"`), an absent `Option` as `null`.
 */
import * as FixedPoint from "@kalshi-effect/core/FixedPoint"
import * as BigDecimal from "effect/BigDecimal"
import * as Option from "effect/Option"

/** A decimal written out with exactly the scale it has: `BigDecimal(4400, 4)` is `"0.4400"`. */
export const exact = (d: BigDecimal.BigDecimal): string => {
  if (d.scale <= 0) return (d.value * 10n ** BigInt(-d.scale)).toString()
  const negative = d.value < 0n
  const digits = (negative ? -d.value : d.value).toString().padStart(d.scale + 1, "0")
  const cut = digits.length - d.scale
  return `${negative ? "-" : ""}${digits.slice(0, cut)}.${digits.slice(cut)}`
}

/** Converts a decoded value into plain JSON data: decimals as exact strings, options unwrapped. */
export const toJson = (value: unknown): unknown => {
  if (BigDecimal.isBigDecimal(value)) return exact(value)
  if (Option.isOption(value)) return Option.isSome(value) ? toJson(value.value) : null
  if (Array.isArray(value)) return value.map(toJson)
  if (typeof value === "bigint") return value.toString()
  if (value instanceof Date) return value.toISOString()
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(value)) {
      if (field !== undefined) out[key] = toJson(field)
    }
    return out
  }
  return value
}

/** A price for a table: exact, at least 2 decimals; `-` when absent. */
export const price = (d: BigDecimal.BigDecimal | undefined): string =>
  d === undefined ? "-" : FixedPoint.formatDollars(d)

/** An amount of money for a table: `$` and exact, at least 2 decimals; `-` when absent. */
export const money = (d: BigDecimal.BigDecimal | undefined): string =>
  d === undefined ? "-" : `${BigDecimal.isNegative(d) ? "-" : ""}$${FixedPoint.formatDollars(BigDecimal.abs(d))}`

/** A number of contracts for a table: exact, without trailing zeros; `-` when absent. */
export const count = (d: BigDecimal.BigDecimal | undefined): string =>
  d === undefined ? "-" : BigDecimal.format(BigDecimal.normalize(d))

/** A time for a table: `YYYY-MM-DD HH:MM:SS` in UTC; the text as is when it is not a date. */
export const time = (iso: string | undefined): string => {
  if (iso === undefined || iso === "") return "-"
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z")
}

/** Dollars as integer cents, for the fields Kalshi writes in cents. */
export const cents = (d: BigDecimal.BigDecimal | undefined): number | undefined =>
  d === undefined ? undefined : Option.match(FixedPoint.dollarsToCents(d), {
    onNone: () => undefined,
    onSome: (c) => Number(c)
  })

/**
 * A decimal written with at least `scale` decimals, exactly (more when it has more): the
 * fixed-point forms of the wire (`"0.4100"` for dollars, `"10.00"` for counts) for values that
 * lost their written scale.
 */
export const fixed = (d: BigDecimal.BigDecimal, scale: number): string => {
  const n = BigDecimal.normalize(d)
  return exact(n.scale >= scale ? n : BigDecimal.scale(n, scale))
}
