/**
 * Integer units, price grids, fee arithmetic and deterministic ids for the matching engine.
 *
 * - prices: integer millionths of a dollar ("micros"), `number`;
 * - counts: integer hundredths of a contract ("centis"), `number`;
 * - money: integer 1e-8 dollars, `bigint` (a price times a count is exactly this unit).
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"

/** Decimals of an internal price. */
export const PRICE_DECIMALS = 6
/** Decimals of an internal count. */
export const COUNT_DECIMALS = 2
/** Decimals of internal money. */
export const MONEY_DECIMALS = 8
/** One dollar as a price. */
export const ONE = 1_000_000
/** One dollar as money. */
export const DOLLAR = 100_000_000n
/** $0.0001 (a centi-cent) as money: the precision of a direct member's balance and of a trade fee. */
export const CENTI_CENT = 10_000n
/** $0.01 as money: the size of a rounding rebate. */
export const CENT = 1_000_000n

const toScaled = (d: BigDecimal.BigDecimal, decimals: number): bigint | undefined => {
  const n = BigDecimal.normalize(d)
  if (n.scale > decimals) return undefined
  return n.value * 10n ** BigInt(decimals - n.scale)
}

/** A decimal as an integer with `decimals` decimals, when exact and safe. */
export const toSafeInteger = (d: BigDecimal.BigDecimal, decimals: number): number | undefined => {
  const v = toScaled(d, decimals)
  if (v === undefined || v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) return undefined
  return Number(v)
}

/** A decimal as money (1e-8 dollars), when exact. */
export const toMoney = (d: BigDecimal.BigDecimal): bigint | undefined => toScaled(d, MONEY_DECIMALS)

/** Money as a normalized decimal. */
export const moneyToDecimal = (m: bigint): BigDecimal.BigDecimal =>
  BigDecimal.normalize(BigDecimal.make(m, MONEY_DECIMALS))

/** A price as a normalized decimal. */
export const priceToDecimal = (p: number): BigDecimal.BigDecimal =>
  BigDecimal.normalize(BigDecimal.make(BigInt(p), PRICE_DECIMALS))

/** A count as a normalized decimal. */
export const countToDecimal = (c: number): BigDecimal.BigDecimal =>
  BigDecimal.normalize(BigDecimal.make(BigInt(c), COUNT_DECIMALS))

/** The money of `count` contracts at `price` each. */
export const notional = (price: number, count: number): bigint => BigInt(price) * BigInt(count)

const ceilDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? (a + b - 1n) / b : -(-a / b))
const floorDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? a / b : -((-a + b - 1n) / b))

/** `rate * count * p * (1 - p)` in 1e-20 dollars (rate in micros). */
const rawFee = (rateMicros: number, price: number, count: number): bigint =>
  BigInt(rateMicros) * BigInt(count) * BigInt(price) * BigInt(ONE - price)

/** 1e-4 dollars in 1e-20 units. */
const CENTI_CENT_RAW = 10n ** 16n
/** 1e-8 dollars in 1e-20 units. */
const MONEY_RAW = 10n ** 12n

/**
 * The trade fee of one fill: `rate * count * P * (1 - P)` rounded up to the next $0.0001, as money.
 */
export const tradeFee = (rateMicros: number, price: number, count: number): bigint =>
  rateMicros === 0 ? 0n : ceilDiv(rawFee(rateMicros, price, count), CENTI_CENT_RAW) * CENTI_CENT

/** `rate * count * P * (1 - P)` rounded up to money (1e-8 dollars): a bound without the $0.0001 rounding. */
export const feeCeilMoney = (rateMicros: number, price: number, count: number): bigint =>
  rateMicros === 0 ? 0n : ceilDiv(rawFee(rateMicros, price, count), MONEY_RAW)

/** Rounds money down (toward minus infinity) to a multiple of $0.0001. */
export const floorCentiCent = (m: bigint): bigint => floorDiv(m, CENTI_CENT) * CENTI_CENT

/** One range of a price grid, in micros: prices `start, start + step, ...` up to `end`. */
export interface GridRange {
  readonly start: number
  readonly end: number
  readonly step: number
}

/** Tells whether `price` is a valid order price on `grid`: strictly between 0 and 1 and on a step. */
export const onGrid = (grid: ReadonlyArray<GridRange>, price: number): boolean => {
  if (!Number.isSafeInteger(price) || price <= 0 || price >= ONE) return false
  for (const r of grid) {
    if (price >= r.start && price <= r.end && (price - r.start) % r.step === 0) return true
  }
  return false
}

/**
 * A splitmix32 generator: small, fast and fully determined by its seed.
 */
export class Prng {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0
  }
  /** The next unsigned 32-bit value. */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0
    let z = this.state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
  /** A version-4-shaped UUID string. */
  uuid(): string {
    const hex = (n: number) => n.toString(16).padStart(8, "0")
    const a = hex(this.next())
    const b = hex(this.next())
    const c = hex(this.next())
    const d = hex(this.next())
    const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16)
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`
  }
}
