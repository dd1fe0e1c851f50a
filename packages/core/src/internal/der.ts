/**
 * A minimal DER reader and writer: enough to read the outer structure of a PKCS#8 or PKCS#1
 * private key and to wrap one in the other. Lengths are definite (DER has no other kind) and
 * bounded by the input, so damaged input gives `undefined`, never an exception.
 *
 * @internal
 */

/** The universal tags this module reads and writes. */
export const tags = {
  integer: 0x02,
  octetString: 0x04,
  null: 0x05,
  objectIdentifier: 0x06,
  sequence: 0x30
} as const

/** One element: its tag and where its contents start and end (the next element starts at `end`). */
export interface Element {
  readonly tag: number
  readonly start: number
  readonly end: number
}

/** Reads the element at `offset`, checking that it fits within `limit`. */
export const read = (bytes: Uint8Array, offset = 0, limit = bytes.length): Element | undefined => {
  if (offset + 2 > limit) return undefined
  const tag = bytes[offset]!
  // High tag numbers (low five bits all set) take more bytes; no structure read here uses them.
  if ((tag & 0x1f) === 0x1f) return undefined
  let length = bytes[offset + 1]!
  let start = offset + 2
  if (length & 0x80) {
    const count = length & 0x7f
    // 0x80 is BER's indefinite length; more than 4 length bytes is no key this module reads.
    if (count === 0 || count > 4 || start + count > limit) return undefined
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!
    start += count
  }
  const end = start + length
  return end > limit ? undefined : { tag, start, end }
}

/** The elements inside a constructed element, which must fill it exactly. */
export const children = (bytes: Uint8Array, parent: Element): ReadonlyArray<Element> | undefined => {
  const out: Array<Element> = []
  let at = parent.start
  while (at < parent.end) {
    const element = read(bytes, at, parent.end)
    if (element === undefined) return undefined
    out.push(element)
    at = element.end
  }
  return out
}

/** Reads one element that fills `bytes` exactly. */
export const readWhole = (bytes: Uint8Array): Element | undefined => {
  const element = read(bytes)
  return element !== undefined && element.end === bytes.length ? element : undefined
}

/** An OBJECT IDENTIFIER's contents in dotted form, e.g. `1.3.101.112`. */
export const objectIdentifier = (bytes: Uint8Array, element: Element): string | undefined => {
  if (element.tag !== tags.objectIdentifier || element.end === element.start) return undefined
  const arcs: Array<number> = []
  let value = 0
  for (let i = element.start; i < element.end; i++) {
    const byte = bytes[i]!
    value = value * 128 + (byte & 0x7f)
    if (value > Number.MAX_SAFE_INTEGER) return undefined
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2
        arcs.push(first, value - first * 40)
      } else {
        arcs.push(value)
      }
      value = 0
    }
  }
  // The last byte must end an arc.
  return (bytes[element.end - 1]! & 0x80) === 0 ? arcs.join(".") : undefined
}

/** Encodes a DER length. */
const encodeLength = (length: number): Array<number> => {
  if (length < 0x80) return [length]
  const out: Array<number> = []
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n % 256)
  return [0x80 | out.length, ...out]
}

/** Encodes one element from its tag and contents. */
export const encode = (tag: number, contents: Uint8Array): Uint8Array<ArrayBuffer> => {
  const head = [tag, ...encodeLength(contents.length)]
  const out = new Uint8Array(head.length + contents.length)
  out.set(head, 0)
  out.set(contents, head.length)
  return out
}

/** Concatenates encoded elements. */
export const concat = (parts: ReadonlyArray<Uint8Array>): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** Encodes an OBJECT IDENTIFIER from its dotted form. */
export const encodeObjectIdentifier = (dotted: string): Uint8Array<ArrayBuffer> => {
  const arcs = dotted.split(".").map(Number)
  const values = [arcs[0]! * 40 + arcs[1]!, ...arcs.slice(2)]
  const bytes: Array<number> = []
  for (const value of values) {
    const groups = [value & 0x7f]
    for (let n = Math.floor(value / 128); n > 0; n = Math.floor(n / 128)) groups.unshift(0x80 | (n & 0x7f))
    for (const group of groups) bytes.push(group)
  }
  return encode(tags.objectIdentifier, Uint8Array.from(bytes))
}
