/**
 * Compares two V8 heap snapshots of one process (`npm run soak -- --heap-snapshots <dir>` writes one
 * at each check): what the later one holds more of, by kind and constructor, and which of its
 * objects are new (V8 keeps an object's id from one snapshot to the next), each group with the
 * shortest retaining path from the GC roots of a few of its objects.
 *
 * `node --max-old-space-size=4096 --import tsx bench/soak/heapDiff.ts <before> <after> [groups] [paths] [depth]`
 * (with `depth`, also what grew summed by the last `depth` steps of the retaining paths)
 */
import { readFileSync } from "node:fs"

interface Snapshot {
  readonly nodeCount: number
  readonly type: Uint8Array
  readonly name: Uint32Array
  readonly id: Uint32Array
  readonly selfSize: Float64Array
  readonly firstEdge: Uint32Array
  readonly edgeType: Uint8Array
  readonly edgeName: Uint32Array
  readonly edgeTo: Uint32Array
  readonly nodeTypes: ReadonlyArray<string>
  readonly edgeTypes: ReadonlyArray<string>
  readonly strings: ReadonlyArray<string>
}

interface Raw {
  readonly snapshot: {
    readonly meta: {
      readonly node_fields: ReadonlyArray<string>
      readonly node_types: readonly [ReadonlyArray<string>, ...Array<unknown>]
      readonly edge_fields: ReadonlyArray<string>
      readonly edge_types: readonly [ReadonlyArray<string>, ...Array<unknown>]
    }
    readonly node_count: number
  }
  readonly nodes: ReadonlyArray<number>
  readonly edges: ReadonlyArray<number>
  readonly strings: ReadonlyArray<string>
}

const load = (file: string): Snapshot => {
  const raw = JSON.parse(readFileSync(file, "utf8")) as Raw
  const meta = raw.snapshot.meta
  const nf = meta.node_fields.length
  const ef = meta.edge_fields.length
  const at = (fields: ReadonlyArray<string>, name: string) => {
    const i = fields.indexOf(name)
    if (i < 0) throw new Error(`${file}: no ${name} field`)
    return i
  }
  const [nType, nName, nId, nSize, nEdges] = ["type", "name", "id", "self_size", "edge_count"].map((f) =>
    at(meta.node_fields, f)
  ) as [number, number, number, number, number]
  const [eType, eName, eTo] = ["type", "name_or_index", "to_node"].map((f) => at(meta.edge_fields, f)) as [
    number,
    number,
    number
  ]
  const n = raw.nodes.length / nf
  const type = new Uint8Array(n)
  const name = new Uint32Array(n)
  const id = new Uint32Array(n)
  const selfSize = new Float64Array(n)
  const firstEdge = new Uint32Array(n + 1)
  let e = 0
  for (let i = 0; i < n; i++) {
    const o = i * nf
    type[i] = raw.nodes[o + nType]!
    name[i] = raw.nodes[o + nName]!
    id[i] = raw.nodes[o + nId]!
    selfSize[i] = raw.nodes[o + nSize]!
    firstEdge[i] = e
    e += raw.nodes[o + nEdges]!
  }
  firstEdge[n] = e
  const edgeType = new Uint8Array(e)
  const edgeName = new Uint32Array(e)
  const edgeTo = new Uint32Array(e)
  for (let j = 0; j < e; j++) {
    const o = j * ef
    edgeType[j] = raw.edges[o + eType]!
    edgeName[j] = raw.edges[o + eName]!
    edgeTo[j] = raw.edges[o + eTo]! / nf
  }
  return {
    nodeCount: n,
    type,
    name,
    id,
    selfSize,
    firstEdge,
    edgeType,
    edgeName,
    edgeTo,
    nodeTypes: meta.node_types[0],
    edgeTypes: meta.edge_types[0],
    strings: raw.strings
  }
}

/** A group's name: the node's kind, and its constructor or function name where it has one. */
const keyOf = (s: Snapshot, i: number): string => {
  const t = s.nodeTypes[s.type[i]!]!
  switch (t) {
    case "string":
    case "concatenated string":
    case "sliced string":
    case "number":
    case "bigint":
      return `(${t})`
    case "code":
      return `(code) ${s.strings[s.name[i]!]!.slice(0, 60)}`
    case "hidden":
    case "array":
    case "object":
    case "closure":
    case "native":
    case "object shape":
    case "synthetic":
    default:
      return `${t} ${s.strings[s.name[i]!]!.slice(0, 80)}`
  }
}

const summarize = (s: Snapshot, only?: (i: number) => boolean) => {
  const groups = new Map<string, { count: number; size: number; sample: Array<number> }>()
  for (let i = 0; i < s.nodeCount; i++) {
    if (only !== undefined && !only(i)) continue
    const k = keyOf(s, i)
    let g = groups.get(k)
    if (g === undefined) {
      g = { count: 0, size: 0, sample: [] }
      groups.set(k, g)
    }
    g.count++
    g.size += s.selfSize[i]!
    if (g.sample.length < 64) g.sample.push(i)
    else if (Math.random() < 0.05) g.sample[Math.floor(Math.random() * 64)] = i
  }
  return groups
}

/** Shortest paths from the root over strong edges (weak edges do not retain). */
const parents = (s: Snapshot) => {
  const parent = new Int32Array(s.nodeCount).fill(-1)
  const via = new Int32Array(s.nodeCount).fill(-1)
  const weak = s.edgeTypes.indexOf("weak")
  const queue = new Uint32Array(s.nodeCount)
  let head = 0
  let tail = 0
  parent[0] = 0
  queue[tail++] = 0
  while (head < tail) {
    const i = queue[head++]!
    for (let j = s.firstEdge[i]!; j < s.firstEdge[i + 1]!; j++) {
      if (s.edgeType[j] === weak) continue
      const to = s.edgeTo[j]!
      if (parent[to] !== -1) continue
      parent[to] = i
      via[to] = j
      queue[tail++] = to
    }
  }
  return { parent, via }
}

const edgeLabel = (s: Snapshot, j: number) => {
  const t = s.edgeTypes[s.edgeType[j]!]!
  return t === "element" || t === "hidden" ? `[${s.edgeName[j]}]` : `.${s.strings[s.edgeName[j]!]}`
}

const path = (s: Snapshot, tree: ReturnType<typeof parents>, i: number): string => {
  const steps: Array<string> = []
  let at = i
  for (let k = 0; k < 40 && at !== 0 && tree.parent[at] !== -1; k++) {
    steps.push(`${edgeLabel(s, tree.via[at]!)} -> ${keyOf(s, at)}`)
    at = tree.parent[at]!
  }
  if (tree.parent[i] === -1) return "(unreachable from the roots)"
  return steps.reverse().join("\n      ")
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const [beforeFile, afterFile, groupsArg, pathsArg] = process.argv.slice(2)
if (beforeFile === undefined || afterFile === undefined) {
  process.stderr.write("usage: heapDiff.ts <before.heapsnapshot> <after.heapsnapshot> [groups=25] [paths=3]\n")
  process.exit(2)
}
const topN = Number(groupsArg ?? 25)
const pathsN = Number(pathsArg ?? 3)
const before = load(beforeFile)
const after = load(afterFile)
const total = (s: Snapshot) => s.selfSize.reduce((a, b) => a + b, 0)
console.log(
  `before: ${before.nodeCount} nodes, ${kb(total(before))}; after: ${after.nodeCount} nodes, ${kb(total(after))}`
)

const a = summarize(before)
const b = summarize(after)
const growth = [...b].map(([k, g]) => ({
  k,
  count: g.count - (a.get(k)?.count ?? 0),
  size: g.size - (a.get(k)?.size ?? 0)
}))
growth.sort((x, y) => y.size - x.size)
console.log(`\nwhat grew, by kind and name (count, self size):`)
for (const g of growth.slice(0, topN)) {
  console.log(`  ${String(g.count).padStart(7)} ${kb(g.size).padStart(10)}  ${g.k}`)
}

const old = new Set<number>()
for (let i = 0; i < before.nodeCount; i++) old.add(before.id[i]!)
const fresh = summarize(after, (i) => !old.has(after.id[i]!))
const freshSorted = [...fresh].sort((x, y) => y[1].size - x[1].size)
let freshSize = 0
for (const [, g] of fresh) freshSize += g.size
console.log(`\nobjects of the later snapshot absent from the earlier one: ${kb(freshSize)}, by kind and name:`)
const tree = parents(after)
for (const [k, g] of freshSorted.slice(0, topN)) {
  console.log(`  ${String(g.count).padStart(7)} ${kb(g.size).padStart(10)}  ${k}`)
  for (const i of g.sample.slice(0, pathsN)) console.log(`      ${path(after, tree, i)}\n`)
}

/**
 * Every node's retaining path from the roots (the shortest), shortened to its last steps with
 * element indices dropped: summed by that path, the two snapshots show where a growth is held.
 */
const byHolder = (s: Snapshot, depth: number) => {
  const t = parents(s)
  const sums = new Map<string, { count: number; size: number }>()
  for (let i = 0; i < s.nodeCount; i++) {
    if (t.parent[i] === -1) continue
    const steps: Array<string> = []
    let at = i
    while (steps.length < depth && at !== 0) {
      const j = t.via[at]!
      const et = s.edgeTypes[s.edgeType[j]!]!
      const named = et === "element" || et === "hidden" ? "" : String(s.strings[s.edgeName[j]!])
      // indices (of arrays, tables, root lists) differ from one snapshot to the next: dropped
      const label = named === "" || /^\d+$/.test(named) ? "[]" : `.${named}`
      at = t.parent[at]!
      steps.push(`${keyOf(s, at).slice(0, 40)}${label}`)
    }
    const k = steps.reverse().join(" ") + ` -> ${keyOf(s, i).slice(0, 30)}`
    const g = sums.get(k) ?? { count: 0, size: 0 }
    g.count++
    g.size += s.selfSize[i]!
    sums.set(k, g)
  }
  return sums
}
const depth = Number(process.argv[6] ?? 4)
if (process.argv[6] !== undefined) {
  const ha = byHolder(before, depth)
  const hb = byHolder(after, depth)
  const grew = [...hb].map(([k, g]) => ({
    k,
    count: g.count - (ha.get(k)?.count ?? 0),
    size: g.size - (ha.get(k)?.size ?? 0)
  })).sort((x, y) => y.size - x.size)
  console.log(`\nwhat grew, by the last ${depth} steps of the retaining path:`)
  for (const g of grew.slice(0, topN)) {
    console.log(`  ${String(g.count).padStart(7)} ${kb(g.size).padStart(10)}  ${g.k}`)
  }
}
