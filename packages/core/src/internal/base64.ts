/**
 * Standard base64 (RFC 4648, `+/` alphabet, `=` padding) over bytes, without `Buffer`, `atob` or
 * `btoa`, so that it runs the same in every JavaScript runtime.
 *
 * @internal
 */

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

/** The value of each base64 character by its char code; -1 for any other character. */
const values: Int8Array = (() => {
  const out = new Int8Array(128).fill(-1)
  for (let i = 0; i < alphabet.length; i++) out[alphabet.charCodeAt(i)] = i
  return out
})()

/** Encodes bytes as padded standard base64. */
export const encode = (bytes: Uint8Array): string => {
  let out = ""
  const full = bytes.length - (bytes.length % 3)
  for (let i = 0; i < full; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!
  }
  const rest = bytes.length - full
  if (rest === 1) {
    const n = bytes[full]! << 16
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + "=="
  } else if (rest === 2) {
    const n = (bytes[full]! << 16) | (bytes[full + 1]! << 8)
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + "="
  }
  return out
}

/**
 * Decodes standard base64 (padding optional, no whitespace). Returns `undefined` for anything
 * else: a character outside the alphabet, padding before the end, or a length no encoding has.
 */
export const decode = (text: string): Uint8Array<ArrayBuffer> | undefined => {
  let end = text.length
  if (end > 0 && text.charCodeAt(end - 1) === 61) end--
  if (end > 0 && text.charCodeAt(end - 1) === 61) end--
  if (end < text.length && text.length % 4 !== 0) return undefined
  if (end % 4 === 1) return undefined
  const out = new Uint8Array((end * 3) >> 2)
  let bits = 0
  let buffer = 0
  let at = 0
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    const value = code < 128 ? values[code]! : -1
    if (value === -1) return undefined
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (buffer >> bits) & 0xff
    }
  }
  // The bits left over must be zero in a canonical encoding; a non-zero tail is a damaged text.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined
  return out
}
