/**
 * Kalshi's error bodies come in three shapes on the wire:
 * (a) nested `{"error":{"code","message","details"?,"service"?}}` (most 4xx),
 * (b) flat `{"code","message","details"}` (JSON decode 400s, the spec's ErrorResponse),
 * (c) bare `{"msg":"..."}` (query parameter validation 400s).
 * @internal
 */

export interface ErrorFields {
  readonly code?: string
  readonly errorMessage?: string
  readonly details?: string
  readonly service?: string
  /** The raw body, only when no shape fits. */
  readonly body?: string
}

const str = (u: unknown): string | undefined =>
  typeof u === "string" ? u : typeof u === "number" || typeof u === "boolean" ? String(u) : undefined

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const fromRecord = (r: Record<string, unknown>): ErrorFields | undefined => {
  const code = str(r.code)
  const errorMessage = str(r.message) ?? str(r.msg) ?? str(r.error_message)
  const detailsRaw = r.details
  const details = str(detailsRaw) ??
    (detailsRaw !== undefined && detailsRaw !== null ? JSON.stringify(detailsRaw) : undefined)
  const service = str(r.service)
  if (code === undefined && errorMessage === undefined) return undefined
  const out: { -readonly [K in keyof ErrorFields]: ErrorFields[K] } = {}
  if (code !== undefined) out.code = code
  if (errorMessage !== undefined) out.errorMessage = errorMessage
  if (details !== undefined && details !== "") out.details = details
  if (service !== undefined) out.service = service
  return out
}

/** Parses an error body of any known shape; keeps the raw text when none fits. */
export const parseErrorBody = (text: string): ErrorFields => {
  if (text.trim() === "") return {}
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { body: text }
  }
  if (isRecord(json)) {
    if (isRecord(json.error)) {
      const nested = fromRecord(json.error)
      if (nested !== undefined) return nested
    }
    if (typeof json.error === "string") {
      // `{"error":"text"}`, seen from some gateways.
      return { errorMessage: json.error }
    }
    const flat = fromRecord(json)
    if (flat !== undefined) return flat
  }
  return { body: text }
}
