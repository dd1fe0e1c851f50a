/**
 * Fault injection: HTTP faults queued on the server, WebSocket faults read by its sessions, and
 * the clock's offset.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Server from "../adapters/http/server.js"
import type { Faults, RequestMatch } from "./model.js"
import type { ExchangeState } from "./state.js"

const toMs = (d: Duration.DurationInput): number => Duration.toMillis(Duration.decode(d))

/** The faults of one exchange. */
export const make = (server: Server.ExchangeServer, state: ExchangeState): Faults => {
  const addFault = (fault: Server.HttpFault, count: number | undefined, match: RequestMatch | undefined) =>
    Effect.sync(() => server.addFault(fault, count ?? 1, match))

  const faults: Faults = {
    failRequests: ({ count, match, status }) => addFault({ _tag: "Status", status }, count, match),
    delayRequests: ({ count, delay, match }) =>
      addFault({ _tag: "Delay", delay: Duration.decode(delay) }, count, match),
    hangRequests: (o = {}) => addFault({ _tag: "Hang" }, o.count, o.match),
    dropResponses: (o = {}) => addFault({ _tag: "DropResponse" }, o.count, o.match),
    clearRequestFaults: Effect.sync(() => {
      server.faults.length = 0
      server.handshakeFaults.length = 0
      server.wsFaults.refusals.length = 0
    }),
    refuseHandshakes: ({ count, status }) =>
      Effect.sync(() => {
        for (let i = 0; i < (count ?? 1); i++) server.handshakeFaults.push(status)
      }),
    dropWebSockets: Effect.sync(() => server.dropConnections()),
    skipSeq: (o = {}) =>
      Effect.sync(() => {
        server.wsFaults.skips.push(o.channel ?? "*")
      }),
    refuseSubscriptions: ({ channel, code, count }) =>
      Effect.sync(() => {
        for (let i = 0; i < (count ?? 1); i++) server.wsFaults.refusals.push({ channel: channel ?? "*", code })
      }),
    dropSubscriptions: ({ channel, code }) => Effect.sync(() => server.dropSubscriptions(channel ?? "*", code)),
    sendMalformedFrame: (text) => Effect.sync(() => server.sendRaw(text ?? "{\"type\":\"orderbook_delta\",\"sid\":")),
    stopPinging: Effect.sync(() => {
      server.pinging = false
    }),
    resumePinging: Effect.sync(() => {
      server.pinging = true
    }),
    shiftClock: (by) =>
      Effect.sync(() => {
        state.offsetMs += toMs(by)
        state.expire()
      }),
    resetClock: Effect.sync(() => {
      state.offsetMs = 0
    })
  }
  return faults
}
