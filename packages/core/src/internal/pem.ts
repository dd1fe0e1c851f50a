/**
 * PEM armour (RFC 7468): the label of the first block of a text, and the DER bytes of a block.
 *
 * @internal
 */
import * as Either from "effect/Either"
import * as Base64 from "./base64.js"

/** The label of the first `-----BEGIN <label>-----` line, if any. */
export const firstLabel = (text: string): string | undefined => /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1]

/** Whether the block carries RFC 1421 encryption headers (`Proc-Type: 4,ENCRYPTED`). */
export const isEncrypted = (text: string): boolean => /Proc-Type:\s*4,ENCRYPTED/.test(text)

/**
 * The DER bytes of the first block labelled `label`, or why there are none (a short text that
 * never includes the block's contents).
 */
export const decode = (text: string, label: string): Either.Either<Uint8Array<ArrayBuffer>, string> => {
  const begin = `-----BEGIN ${label}-----`
  const from = text.indexOf(begin)
  if (from === -1) return Either.left("no BEGIN line")
  const bodyStart = from + begin.length
  const to = text.indexOf(`-----END ${label}-----`, bodyStart)
  if (to === -1) return Either.left("no matching END line")
  const body = text
    .slice(bodyStart, to)
    .split(/\r?\n/)
    // RFC 1421 header lines ("Name: value") come before the base64; they are not part of it.
    .filter((line) => !line.includes(":"))
    .join("")
    .replace(/\s+/g, "")
  if (body === "") return Either.left("empty body")
  const der = Base64.decode(body)
  return der === undefined ? Either.left("the body is not base64") : Either.right(der)
}
