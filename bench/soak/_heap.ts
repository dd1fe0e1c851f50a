import * as Effect from "effect/Effect"
import { writeHeapSnapshot } from "node:v8"
import * as Soak from "./run.js"
let k = 0
Effect.runPromise(Soak.run({
  ...Soak.defaults,
  durationMs: 6 * 60_000,
  sampleEveryMs: 60_000,
  faultScale: 0.5,
  onSample: (s) => {
    k++
    console.log(k, s.heapUsedMB.toFixed(2), s.fibers, s.reconnects, s.actions, s.orders.lost, s.examples.join(" // "))
    if (k === 2 || k === 6) console.log(writeHeapSnapshot(`/tmp/soak-heapB-${k}.heapsnapshot`))
  }
})).then((r) => console.log("done", r.correct, JSON.stringify(r.counters.outcomes)), (e) => console.error(e))
