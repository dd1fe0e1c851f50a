/**
 * Reads Kalshi's AsyncAPI spec from `../shared/kalshi-spec/` beside the repository root (never
 * copied into the repository).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { parse } from "yaml"

/** The repository root, from this file's location (`packages/ws/test/utils`). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..")

export const asyncapiPath = path.resolve(repoRoot, "../shared/kalshi-spec/asyncapi.yaml")

export interface SpecExample {
  readonly name: string
  readonly payload: unknown
}

export interface SpecMessage {
  /** The component key, e.g. `marketMetadataUpdated`. */
  readonly key: string
  /** The wire `type`, e.g. `market_lifecycle_v2`. */
  readonly name: string
  readonly examples: ReadonlyArray<SpecExample>
}

export interface SpecChannel {
  readonly name: string
  readonly messages: ReadonlyArray<SpecMessage>
}

interface RawMessage {
  readonly name: string
  readonly examples?: ReadonlyArray<SpecExample>
}

interface RawSpec {
  readonly channels: Record<
    string,
    { readonly address: string; readonly messages: Record<string, { readonly $ref: string }> }
  >
  readonly components: { readonly messages: Record<string, RawMessage> }
}

const load = (): RawSpec => parse(fs.readFileSync(asyncapiPath, "utf8")) as RawSpec

let cached: RawSpec | undefined
const spec = (): RawSpec => (cached ??= load())

const refKey = (ref: string): string => ref.slice(ref.lastIndexOf("/") + 1)

/** The data channels of the spec (everything but the root connection and the control frames). */
export const dataChannels = (): ReadonlyArray<SpecChannel> =>
  Object.entries(spec().channels)
    .filter(([name]) => name !== "root" && name !== "control_frames")
    .map(([name, channel]) => ({
      name,
      messages: Object.values(channel.messages).map(({ $ref }) => {
        const key = refKey($ref)
        const message = spec().components.messages[key]!
        return { key, name: message.name, examples: message.examples ?? [] }
      })
    }))

/** One message component by key. */
export const message = (key: string): SpecMessage => {
  const m = spec().components.messages[key]!
  return { key, name: m.name, examples: m.examples ?? [] }
}
