/**
 * The catalog beyond series, events and markets: milestones and their live data, structured
 * targets, multivariate event collections, incentive programs, event metadata, fee changes, the
 * exchange schedule and weather indexes, as seeded (`TestExchange.make({ seedData: { milestones,
 * ... } })`). Derived views (sports filters, tags by category) are computed from it.
 *
 * @internal
 */
import * as Either from "effect/Either"
import { EngineError } from "../engine/model.js"

export interface MilestoneSeed {
  readonly id: string
  readonly title: string
  readonly category?: string | undefined
  readonly type?: string | undefined
  readonly competition?: string | undefined
  /** Unix ms (default: the exchange's start). */
  readonly startTime?: number | undefined
  readonly endTime?: number | undefined
  readonly relatedEventTickers?: ReadonlyArray<string> | undefined
  readonly primaryEventTickers?: ReadonlyArray<string> | undefined
  readonly details?: Record<string, unknown> | undefined
  readonly sourceId?: string | undefined
  /** What `GetLiveData` answers for it (`details`), and its play-by-play periods (`GetGameStats`). */
  readonly liveData?: Record<string, unknown> | undefined
  readonly playByPlay?: ReadonlyArray<{ readonly events: ReadonlyArray<Record<string, unknown>> }> | undefined
}

export interface StructuredTargetSeed {
  readonly id: string
  readonly name: string
  readonly type?: string | undefined
  readonly competition?: string | undefined
  readonly details?: Record<string, unknown> | undefined
  readonly sourceId?: string | undefined
}

export interface CollectionSeed {
  readonly collectionTicker: string
  readonly seriesTicker: string
  readonly title?: string | undefined
  readonly description?: string | undefined
  /** Events whose markets may be combined. */
  readonly associatedEvents: ReadonlyArray<string>
  readonly openTime?: number | undefined
  readonly closeTime?: number | undefined
  readonly isOrdered?: boolean | undefined
  readonly isAllYes?: boolean | undefined
  readonly sizeMin?: number | undefined
  readonly sizeMax?: number | undefined
}

export interface IncentiveProgramSeed {
  readonly id: string
  readonly marketTicker: string
  readonly type?: "liquidity" | "volume" | undefined
  readonly description?: string | undefined
  readonly startTime?: number | undefined
  readonly endTime?: number | undefined
  /** In centi-cents. */
  readonly periodReward?: number | undefined
  readonly paidOut?: boolean | undefined
  readonly targetSize?: string | undefined
}

export interface EventMetadataSeed {
  readonly eventTicker: string
  readonly imageUrl?: string | undefined
  readonly competition?: string | undefined
  readonly settlementSources?: ReadonlyArray<{ readonly name: string; readonly url: string }> | undefined
}

export interface FeeChangeSeed {
  readonly seriesTicker: string
  readonly eventTicker?: string | undefined
  readonly feeType: string
  readonly feeMultiplier: number
  /** Unix ms. */
  readonly scheduledTime: number
}

export interface WeatherSeed {
  readonly city: string
  readonly units?: string | undefined
  /** Unix ms and value. */
  readonly points?: ReadonlyArray<{ readonly t: number; readonly v: number }> | undefined
  readonly referenceC?: number | undefined
}

export interface MaintenanceWindowSeed {
  readonly start: number
  readonly end: number
}

/** Everything the catalog extras can be seeded with (`TestExchange.make({ seedData })`). */
export interface CatalogSeed {
  readonly milestones?: ReadonlyArray<MilestoneSeed> | undefined
  readonly structuredTargets?: ReadonlyArray<StructuredTargetSeed> | undefined
  readonly collections?: ReadonlyArray<CollectionSeed> | undefined
  readonly incentivePrograms?: ReadonlyArray<IncentiveProgramSeed> | undefined
  readonly eventMetadata?: ReadonlyArray<EventMetadataSeed> | undefined
  readonly feeChanges?: ReadonlyArray<FeeChangeSeed> | undefined
  readonly weather?: ReadonlyArray<WeatherSeed> | undefined
  readonly maintenanceWindows?: ReadonlyArray<MaintenanceWindowSeed> | undefined
}

export interface Milestone extends MilestoneSeed {
  readonly category: string
  readonly type: string
  readonly startTime: number
  readonly relatedEventTickers: ReadonlyArray<string>
  readonly primaryEventTickers: ReadonlyArray<string>
  readonly details: Record<string, unknown>
  readonly updatedMs: number
}

export interface StructuredTarget extends StructuredTargetSeed {
  readonly updatedMs: number
}

/** A market listed for a combination of legs of a multivariate collection. */
export interface Combo {
  readonly collectionTicker: string
  readonly eventTicker: string
  readonly marketTicker: string
  readonly legs: ReadonlyArray<
    { readonly marketTicker: string; readonly eventTicker: string; readonly side: "yes" | "no" }
  >
}

/** The tickers of a combination: the same legs (in any order) always give the same market. */
export const comboTickers = (
  collectionTicker: string,
  legs: ReadonlyArray<{ readonly marketTicker: string; readonly side: string }>
): { readonly eventTicker: string; readonly marketTicker: string } => {
  const key = legs.map((l) => `${l.marketTicker}:${l.side}`).sort().join(",")
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0
  const eventTicker = `${collectionTicker}-${h.toString(36).toUpperCase()}`
  return { eventTicker, marketTicker: `${eventTicker}-1` }
}

export interface FeeChange extends FeeChangeSeed {
  readonly id: string
}

const notFound = (what: string) =>
  Either.left(new EngineError({ status: 404, code: "not_found", message: "not found", details: `${what} not found` }))

/** The seeded catalog extras of one exchange. */
export class Catalog {
  readonly milestones = new Map<string, Milestone>()
  readonly structuredTargets = new Map<string, StructuredTarget>()
  readonly collections = new Map<string, CollectionSeed>()
  readonly incentivePrograms: Array<IncentiveProgramSeed> = []
  readonly eventMetadata = new Map<string, EventMetadataSeed>()
  readonly feeChanges: Array<FeeChange> = []
  readonly weather = new Map<string, WeatherSeed>()
  readonly maintenanceWindows: Array<MaintenanceWindowSeed> = []
  /** The events listed for combinations of a collection's markets, by event ticker. */
  readonly combos = new Map<string, Combo>()

  constructor(private readonly uuid: () => string) {}

  add(seed: CatalogSeed, nowMs: number): void {
    for (const m of seed.milestones ?? []) {
      this.milestones.set(m.id, {
        ...m,
        category: m.category ?? "Sports",
        type: m.type ?? "football_game",
        startTime: m.startTime ?? nowMs,
        relatedEventTickers: m.relatedEventTickers ?? [],
        primaryEventTickers: m.primaryEventTickers ?? m.relatedEventTickers ?? [],
        details: m.details ?? {},
        updatedMs: nowMs
      })
    }
    for (const t of seed.structuredTargets ?? []) this.structuredTargets.set(t.id, { ...t, updatedMs: nowMs })
    for (const c of seed.collections ?? []) this.collections.set(c.collectionTicker, c)
    for (const p of seed.incentivePrograms ?? []) this.incentivePrograms.push(p)
    for (const e of seed.eventMetadata ?? []) this.eventMetadata.set(e.eventTicker, e)
    for (const f of seed.feeChanges ?? []) this.feeChanges.push({ ...f, id: this.uuid() })
    for (const w of seed.weather ?? []) this.weather.set(w.city, w)
    for (const w of seed.maintenanceWindows ?? []) this.maintenanceWindows.push(w)
  }

  milestone(id: string): Either.Either<Milestone, EngineError> {
    const m = this.milestones.get(id)
    return m === undefined ? notFound("milestone") : Either.right(m)
  }

  structuredTarget(id: string): Either.Either<StructuredTarget, EngineError> {
    const t = this.structuredTargets.get(id)
    return t === undefined ? notFound("structured target") : Either.right(t)
  }

  collection(ticker: string): Either.Either<CollectionSeed, EngineError> {
    const c = this.collections.get(ticker)
    return c === undefined ? notFound("multivariate event collection") : Either.right(c)
  }

  weatherOf(city: string): Either.Either<WeatherSeed, EngineError> {
    const w = this.weather.get(city)
    return w === undefined ? notFound("city") : Either.right(w)
  }

  /** The milestone whose live data covers an event (related or primary), if any. */
  milestoneOfEvent(eventTicker: string): Milestone | undefined {
    for (const m of this.milestones.values()) {
      if (m.relatedEventTickers.includes(eventTicker) || m.primaryEventTickers.includes(eventTicker)) return m
    }
    return undefined
  }

  /** Sports filters: for each sport (milestone category `Sports`, by type), its competitions. */
  sportsFilters(): {
    readonly bySport: Record<string, { readonly competitions: ReadonlyArray<string> }>
    readonly ordering: ReadonlyArray<string>
  } {
    const bySport = new Map<string, Set<string>>()
    for (const m of this.milestones.values()) {
      if (m.category !== "Sports") continue
      const sport = m.type.replace(/_(game|match|tournament.*)$/, "")
      const set = bySport.get(sport) ?? new Set<string>()
      if (m.competition !== undefined) set.add(m.competition)
      bySport.set(sport, set)
    }
    const ordering = [...bySport.keys()].sort()
    return {
      bySport: Object.fromEntries(ordering.map((s) => [s, { competitions: [...bySport.get(s)!].sort() }])),
      ordering
    }
  }
}

/** Tags by category, from the series' categories and tags. */
export const tagsByCategory = (
  series: Iterable<{ readonly category: string; readonly tags: ReadonlyArray<string> }>
): Record<string, ReadonlyArray<string>> => {
  const out = new Map<string, Set<string>>()
  for (const s of series) {
    const set = out.get(s.category) ?? new Set<string>()
    for (const t of s.tags) set.add(t)
    out.set(s.category, set)
  }
  return Object.fromEntries([...out].map(([k, v]) => [k, [...v].sort()]))
}
