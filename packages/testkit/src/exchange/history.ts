/**
 * The historical split: data older than the cutoff is served by `/historical/*` and no longer by
 * the live endpoints. The cutoff is either fixed (the exchange's start, by default, so that nothing
 * has aged) or trails the exchange's clock by an age (`TestExchange.make({ history: { age } })`),
 * or is set by a test.
 *
 * @internal
 */

export interface HistoryPolicy {
  /** Data older than `now - age` has aged; `undefined`: the cutoff stays where it was set. */
  readonly ageMs?: number | undefined
  /** The cutoff before any age applies (the exchange's start). */
  readonly startMs: number
}

/** The four cutoffs of `GET /historical/cutoff`, in Unix ms. */
export interface Cutoffs {
  readonly marketSettledMs: number
  readonly tradesCreatedMs: number
  readonly ordersUpdatedMs: number
  readonly positionsUpdatedMs: number
}

export class History {
  private fixedMs: number

  constructor(private readonly policy: HistoryPolicy) {
    this.fixedMs = policy.startMs
  }

  /** Moves the cutoff to a time (it never moves back). */
  setCutoff(ms: number): void {
    this.fixedMs = Math.max(this.fixedMs, ms)
  }

  cutoffMs(nowMs: number): number {
    const trailing = this.policy.ageMs === undefined ? this.fixedMs : nowMs - this.policy.ageMs
    return Math.max(this.fixedMs, trailing)
  }

  cutoffs(nowMs: number): Cutoffs {
    const at = this.cutoffMs(nowMs)
    return { marketSettledMs: at, tradesCreatedMs: at, ordersUpdatedMs: at, positionsUpdatedMs: at }
  }

  /** Whether something of this time has aged out of the live endpoints. */
  aged(tsMs: number, nowMs: number): boolean {
    return tsMs < this.cutoffMs(nowMs)
  }
}

/** Splits items by age: `[live, aged]`. */
export const split = <A>(
  items: ReadonlyArray<A>,
  tsOf: (a: A) => number | undefined,
  cutoffMs: number
): readonly [ReadonlyArray<A>, ReadonlyArray<A>] => {
  const live: Array<A> = []
  const aged: Array<A> = []
  for (const item of items) {
    const ts = tsOf(item)
    ;(ts !== undefined && ts < cutoffMs ? aged : live).push(item)
  }
  return [live, aged]
}
