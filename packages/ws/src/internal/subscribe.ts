/**
 * A user's subscription: `subscribe`, its stream, and the `update_subscription` actions that keep
 * its parameters current for the next resubscribe.
 *
 * @internal
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { BufferPolicy, Subscription, SubscriptionEvent, UpdateReply } from "../KalshiWebSocket.js"
import { ControlEvent } from "../KalshiWebSocket.js"
import type { CommandError, SubscriptionOverflow } from "../KalshiWebSocketError.js"
import { ConnectionError, ServerError } from "../KalshiWebSocketError.js"
import type { Channel, ChannelParams, SubscriptionInfo, UpdateAction, UpdateParams } from "../Messages.js"
import { channelMessageTypes, Ok } from "../Messages.js"
import type { Commands, Incoming } from "./commands.js"
import { serverError, unexpected } from "./commands.js"
import type { Registry, Sub } from "./subscriptions.js"
import { makeSub } from "./subscriptions.js"

/** What `subscribe` needs. */
export interface Options {
  readonly commands: Commands
  readonly registry: Registry
  readonly isConnected: () => boolean
  /** The error `subscribe` fails with once the service stopped connecting. */
  readonly stopped: () => ConnectionError | undefined
}

/** Subscribes to one channel and returns once the server confirmed. */
export const subscribe = <C extends Channel>(
  options: Options,
  channel: C,
  params: ChannelParams[C],
  policy: BufferPolicy
): Effect.Effect<Subscription<C>, CommandError, Scope.Scope> =>
  Effect.gen(function*() {
    const { commands, registry } = options
    const wire = cleanParams(params)
    const sub = yield* makeSub(channel, wire, marketList(wire), policy)
    const { mailbox } = sub
    const unsubscribe = Effect.suspend(() => {
      if (sub.state === "closed") return Effect.void
      const sid = sub.sid
      registry.remove(sub)
      return Effect.zipRight(
        sid !== undefined && options.isConnected() ? Effect.ignore(commands.unsubscribe([sid])) : Effect.void,
        mailbox.end
      )
    }).pipe(Effect.asVoid)
    yield* Effect.acquireRelease(
      Effect.suspend(() => {
        const stopped = options.stopped()
        if (stopped !== undefined) return Effect.fail(stopped)
        registry.add(sub)
        return Deferred.await(sub.ready)
      }).pipe(Effect.onInterrupt(() => unsubscribe)),
      () => unsubscribe
    )
    const typed: Stream.Stream<SubscriptionEvent<C>, SubscriptionOverflow | CommandError> = Mailbox.toStream(
      mailbox
    ).pipe(Stream.filter(isEventOf(channel)))
    const updateMarkets = (action: "add_markets" | "delete_markets") => (tickers: ReadonlyArray<string>) =>
      Effect.map(update(options, sub, action, { market_tickers: tickers }), () => sub.markets)
    return {
      channel,
      stream: typed.pipe(Stream.ensuring(unsubscribe)),
      sid: Effect.sync(() => Option.fromNullable(sub.sid)),
      markets: Effect.sync(() => sub.markets),
      addMarkets: updateMarkets("add_markets"),
      deleteMarkets: updateMarkets("delete_markets"),
      getSnapshot: (tickers) =>
        Effect.suspend(() => {
          registry.control(
            sub,
            ControlEvent.Resync({
              reason: "Requested",
              description: "snapshots were requested",
              ...(tickers !== undefined ? { marketTickers: tickers } : {})
            })
          )
          return registry.getSnapshot(sub, tickers ?? sub.markets)
        }),
      update: (action, updateParams) => update(options, sub, action, updateParams),
      unsubscribe
    } satisfies Subscription<C>
  }).pipe(Effect.withSpan("KalshiWebSocket.subscribe", { attributes: { channel } }))

/** `list_subscriptions`. */
export const listSubscriptions = (commands: Commands): Effect.Effect<ReadonlyArray<SubscriptionInfo>, CommandError> =>
  commands.request(
    "list_subscriptions",
    (id) => ({ id, cmd: "list_subscriptions" }),
    (incoming): Either.Either<ReadonlyArray<SubscriptionInfo>, ServerError> => {
      if (incoming.type === "error") return Either.left(serverError("list_subscriptions", incoming))
      if (incoming instanceof Ok) return Either.right(isSubscriptionList(incoming.msg) ? incoming.msg : [])
      return Either.left(unexpected("list_subscriptions", incoming))
    }
  ).pipe(Effect.withSpan("KalshiWebSocket.listSubscriptions"))

/** `update_subscription`; the confirmed lists become the parameters of the next resubscribe. */
const update = (options: Options, sub: Sub, action: UpdateAction, params: UpdateParams = {}) =>
  Effect.suspend(() => {
    const sid = sub.sid
    if (sub.state === "closed") {
      return Effect.fail(
        new ServerError({ command: "update_subscription", code: 0, errorMessage: "the subscription has ended" })
      )
    }
    if (sid === undefined || sub.state !== "active") {
      return Effect.fail(
        new ConnectionError({ reason: "Lost", description: "the subscription is being re-established; try again" })
      )
    }
    return options.commands.request<UpdateReply>(
      "update_subscription",
      (id) => ({ id, cmd: "update_subscription", params: { sid, action, ...cleanParams(params) } }),
      (incoming) => {
        if (incoming.type === "error") return Either.left(serverError("update_subscription", incoming))
        if (incoming.type === "subscribed" || incoming.type === "unsubscribed") {
          return Either.left(unexpected("update_subscription", incoming))
        }
        applyUpdate(sub, action, params, incoming)
        return Either.right(incoming)
      }
    )
  }).pipe(Effect.withSpan("KalshiWebSocket.update", { attributes: { channel: sub.channel, action } }))

const merge = (
  current: ReadonlyArray<string>,
  requested: ReadonlyArray<string>,
  add: boolean
): ReadonlyArray<string> =>
  add ? [...current, ...requested.filter((t) => !current.includes(t))] : current.filter((t) => !requested.includes(t))

/** Keeps the parameters of a subscription current after an update (the server's lists when it sent them). */
export const applyUpdate = (sub: Sub, action: UpdateAction, params: UpdateParams, reply: Incoming): void => {
  const confirmed = reply instanceof Ok && reply.msg !== undefined && !isSubscriptionList(reply.msg)
    ? reply.msg
    : undefined
  const listOf = (key: "index_ids" | "underlying_tickers"): ReadonlyArray<string> => {
    const list = sub.params[key]
    return Array.isArray(list) ? list.filter(Predicate.isString) : []
  }
  switch (action) {
    case "add_markets":
    case "delete_markets": {
      const markets = confirmed?.market_tickers ?? merge(sub.markets, marketList(params), action === "add_markets")
      sub.markets = markets
      const { market_ticker: _, ...rest } = sub.params
      sub.params = { ...rest, market_tickers: markets }
      return
    }
    case "subscribe_indices":
    case "unsubscribe_indices": {
      const index_ids = confirmed?.index_ids ??
        merge(listOf("index_ids"), params.index_ids ?? [], action === "subscribe_indices")
      sub.params = { ...sub.params, index_ids }
      return
    }
    case "subscribe_underlyings":
    case "unsubscribe_underlyings": {
      const underlying_tickers = confirmed?.underlying_tickers ??
        merge(listOf("underlying_tickers"), params.underlying_tickers ?? [], action === "subscribe_underlyings")
      sub.params = { ...sub.params, underlying_tickers }
      return
    }
    default:
      return
  }
}

/** Messages are routed by `sid` and checked against their channel's types before they are buffered. */
const isEventOf =
  <C extends Channel>(channel: C) => (event: SubscriptionEvent<Channel>): event is SubscriptionEvent<C> =>
    Predicate.hasProperty(event, "_tag") || channelMessageTypes[channel].includes(event.type)

const isSubscriptionList = (msg: Ok["msg"]): msg is ReadonlyArray<SubscriptionInfo> => Array.isArray(msg)

/** The markets named by subscription or update parameters. */
export const marketList = (params: { readonly market_ticker?: unknown; readonly market_tickers?: unknown }) => {
  const out: Array<string> = []
  if (typeof params.market_ticker === "string") out.push(params.market_ticker)
  if (Array.isArray(params.market_tickers)) {
    for (const t of params.market_tickers) if (typeof t === "string") out.push(t)
  }
  return out
}

/** The parameters without their `undefined` fields, as they go on the wire. */
export const cleanParams = (params: object): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v
  return out
}
