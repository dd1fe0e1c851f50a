/**
 * The router: each frame to the command that waits for it and to its subscription, with `seq`
 * checking per subscription.
 *
 * @internal
 */
import * as Either from "effect/Either"
import { ControlEvent } from "../KalshiWebSocket.js"
import { SequenceGap, type ServerError, UndecodableFrame } from "../KalshiWebSocketError.js"
import type { DataMessageType, ErrorReply, Reply } from "../Messages.js"
import {
  channelMessageTypes,
  decodeDataMessage,
  decodeReply,
  isDataMessageType,
  isReplyType,
  sequencedChannels,
  terminalErrorCodes
} from "../Messages.js"
import type { Commands } from "./commands.js"
import { serverError } from "./commands.js"
import type { Registry, Sub } from "./subscriptions.js"

/** What the router needs. */
export interface Options {
  readonly commands: Commands
  readonly registry: Registry
  /** A frame or an error that names no subscription. */
  readonly report: (event: UndecodableFrame | ServerError) => void
  /** A data message was delivered to a subscription. */
  readonly onData: () => void
}

const textDecoder = new TextDecoder()

/** An undecodable frame as an item of its subscription's stream. */
const undecodableEvent = (e: UndecodableFrame): ControlEvent =>
  ControlEvent.UndecodableFrame({
    raw: e.raw,
    ...(e.sid !== undefined ? { sid: e.sid } : {}),
    description: e.description,
    message: e.message
  })

/** A subscription-scoped server error as an item of its subscription's stream. */
const serverErrorEvent = (e: ServerError): ControlEvent =>
  ControlEvent.ServerError({
    code: e.code,
    errorMessage: e.errorMessage,
    ...(e.sid !== undefined ? { sid: e.sid } : {}),
    ...(e.marketTicker !== undefined ? { marketTicker: e.marketTicker } : {}),
    ...(e.marketTickers !== undefined ? { marketTickers: e.marketTickers } : {}),
    message: e.message
  })

/** Builds the frame handler. */
export const make = (options: Options): (data: string | Uint8Array) => void => {
  const { commands, registry, report } = options

  const subOf = (record: Record<string, unknown>) => {
    const sid = typeof record["sid"] === "number" ? record["sid"] : undefined
    return { sid, sub: sid === undefined ? undefined : registry.bySid(sid) }
  }

  const undecodable = (record: Record<string, unknown>, raw: string, description: string) => {
    const { sid, sub } = subOf(record)
    const event = new UndecodableFrame({ raw, ...(sid !== undefined ? { sid } : {}), description })
    if (sub !== undefined) registry.control(sub, undecodableEvent(event))
    else report(event)
  }

  const checkSeq = (sub: Sub, seq: number) => {
    const last = sub.lastSeq
    sub.lastSeq = seq
    if (last === undefined || seq === last + 1 || sub.sid === undefined) return
    const gap = new SequenceGap({ channel: sub.channel, sid: sub.sid, expected: last + 1, received: seq })
    if (sub.channel === "orderbook_delta") {
      registry.control(sub, ControlEvent.Resync({ reason: "SequenceGap", description: gap.message }))
      registry.startResync(sub)
    } else {
      registry.control(
        sub,
        ControlEvent.SequenceGap({
          channel: gap.channel,
          sid: gap.sid,
          expected: gap.expected,
          received: gap.received,
          message: gap.message
        })
      )
    }
  }

  const onError = (sub: Sub | undefined, reply: ErrorReply) => {
    const error = serverError(undefined, reply)
    if (sub === undefined) return report(error)
    if (!terminalErrorCodes.has(reply.msg.code)) return registry.control(sub, serverErrorEvent(error))
    if (sub.channel === "orderbook_delta") {
      registry.control(sub, ControlEvent.Resync({ reason: "SubscriptionError", description: error.message }))
    } else {
      registry.control(sub, serverErrorEvent(error))
      sub.reconnected = true
    }
    registry.resubscribeInBackground(sub)
  }

  const onReply = (reply: Reply) => {
    const sub = reply.type !== "subscribed" && reply.sid !== undefined ? registry.bySid(reply.sid) : undefined
    if (
      sub !== undefined && reply.type !== "subscribed" && reply.seq !== undefined && sequencedChannels.has(sub.channel)
    ) {
      checkSeq(sub, reply.seq)
    }
    if (reply.id !== undefined && reply.id !== 0 && commands.reply(reply.id, reply)) return
    switch (reply.type) {
      case "error":
        return onError(sub, reply)
      case "subscribed":
        // a reply that came after its command timed out: nobody owns it
        if (registry.bySid(reply.msg.sid) === undefined) registry.cancel(reply.msg.sid)
        return
      case "unsubscribed":
        if (sub !== undefined && sub.state !== "subscribing") registry.end(sub)
        return
      case "ok":
        return
    }
  }

  const onData = (type: DataMessageType, record: Record<string, unknown>, raw: string) => {
    const { sid, sub } = subOf(record)
    const decoded = decodeDataMessage(type, record)
    const id = record["id"]
    if (typeof id === "number" && id !== 0 && Either.isRight(decoded)) commands.reply(id, decoded.right)
    if (sub === undefined) {
      // otherwise: a message of a subscription that was just cancelled
      if (Either.isLeft(decoded)) {
        report(new UndecodableFrame({ raw, ...(sid !== undefined ? { sid } : {}), description: decoded.left.message }))
      }
      return
    }
    const seq = record["seq"]
    if (typeof seq === "number" && sequencedChannels.has(sub.channel)) checkSeq(sub, seq)
    if (Either.isLeft(decoded)) {
      registry.control(
        sub,
        undecodableEvent(new UndecodableFrame({ raw, sid: sub.sid ?? 0, description: decoded.left.message }))
      )
      if (sub.channel === "orderbook_delta") {
        registry.control(
          sub,
          ControlEvent.Resync({ reason: "UndecodableMessage", description: "a book message could not be decoded" })
        )
        registry.startResync(sub)
      }
      return
    }
    if (!channelMessageTypes[sub.channel].includes(type)) {
      registry.control(
        sub,
        undecodableEvent(
          new UndecodableFrame({ raw, sid: sub.sid ?? 0, description: `a ${type} message on channel ${sub.channel}` })
        )
      )
      return
    }
    options.onData()
    registry.deliver(sub, decoded.right)
  }

  return (data) => {
    const raw = typeof data === "string" ? data : textDecoder.decode(data)
    let frame: unknown
    try {
      frame = JSON.parse(raw)
    } catch {
      return report(new UndecodableFrame({ raw, description: "not JSON" }))
    }
    if (typeof frame !== "object" || frame === null || Array.isArray(frame)) {
      return report(new UndecodableFrame({ raw, description: "not a JSON object" }))
    }
    const record = frame as Record<string, unknown>
    const type = record["type"]
    if (isReplyType(type)) {
      const reply = decodeReply(type, record)
      if (Either.isRight(reply)) onReply(reply.right)
      else undecodable(record, raw, reply.left.message)
    } else if (isDataMessageType(type)) {
      onData(type, record, raw)
    } else {
      undecodable(record, raw, `unknown message type ${JSON.stringify(type)}`)
    }
  }
}
