/**
 * Subscriptions: the registry (by subscription and by `sid`), (re)subscribing, the buffer of each
 * subscription and its overflow policy, and the resync of order books.
 *
 * @internal
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import type * as Fiber from "effect/Fiber"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import type * as Runtime from "effect/Runtime"
import type { BufferPolicy, ControlEvent, SubscriptionEvent } from "../KalshiWebSocket.js"
import { ControlEvent as Control } from "../KalshiWebSocket.js"
import type { CommandError } from "../KalshiWebSocketError.js"
import { ServerError, SubscriptionOverflow } from "../KalshiWebSocketError.js"
import type { Channel, DataMessage } from "../Messages.js"
import { Subscribed } from "../Messages.js"
import type { Commands } from "./commands.js"
import { serverError, unexpected } from "./commands.js"

/** The state of one subscription. */
export interface Sub {
  readonly channel: Channel
  /** The wire parameters, kept current by updates, used to resubscribe. */
  params: Record<string, unknown>
  markets: ReadonlyArray<string>
  sid: number | undefined
  lastSeq: number | undefined
  state: "subscribing" | "active" | "closed"
  /** The next `subscribed` follows a reconnect: deliver `Reconnected`. */
  reconnected: boolean
  resyncing: boolean
  resyncAgain: boolean
  everActive: boolean
  readonly policy: BufferPolicy
  readonly mailbox: Mailbox.Mailbox<SubscriptionEvent<Channel>, SubscriptionOverflow | CommandError>
  readonly ready: Deferred.Deferred<void, CommandError>
}

/**
 * A new subscription, not yet confirmed: its buffer under `policy` (a sliding one for
 * `"dropOldest"`), and `markets` the market tickers of `params`.
 */
export const makeSub = (
  channel: Channel,
  params: Record<string, unknown>,
  markets: ReadonlyArray<string>,
  policy: BufferPolicy
): Effect.Effect<Sub> =>
  Effect.gen(function*() {
    const mailbox = yield* Mailbox.make<SubscriptionEvent<Channel>, SubscriptionOverflow | CommandError>(
      policy.onOverflow === "dropOldest" ? { capacity: policy.capacity, strategy: "sliding" } : undefined
    )
    return {
      channel,
      params,
      markets,
      sid: undefined,
      lastSeq: undefined,
      state: "subscribing",
      reconnected: false,
      resyncing: false,
      resyncAgain: false,
      everActive: false,
      policy,
      mailbox,
      ready: yield* Deferred.make<void, CommandError>()
    }
  })

/** The subscriptions of the service. */
export interface Registry {
  readonly all: () => ReadonlyArray<Sub>
  readonly bySid: (sid: number) => Sub | undefined
  readonly add: (sub: Sub) => void
  /** Delivers a control event (never dropped by the buffer policy). */
  readonly control: (sub: Sub, event: ControlEvent) => void
  /** Delivers a message under the subscription's buffer policy. */
  readonly deliver: (sub: Sub, message: DataMessage) => void
  /** Subscribes (again); a failure ends the stream, or fails `subscribe` for a new subscription. */
  readonly establish: (sub: Sub) => Effect.Effect<void>
  /** Cancels the subscription on the server and subscribes again. */
  readonly resubscribe: (sub: Sub) => Effect.Effect<void>
  /** Fresh snapshots for an order book subscription (`get_snapshot`, or a resubscribe when it fails). */
  readonly startResync: (sub: Sub) => void
  readonly getSnapshot: (sub: Sub, tickers: ReadonlyArray<string>) => Effect.Effect<void, CommandError>
  /** {@link Registry.resubscribe} in the background. */
  readonly resubscribeInBackground: (sub: Sub) => void
  /** Cancels a sid nobody owns, in the background. */
  readonly cancel: (sid: number) => void
  /** The server ended the subscription: its stream ends. */
  readonly end: (sub: Sub) => void
  /** Forgets the subscription (no command sent). */
  readonly remove: (sub: Sub) => void
  /** Forgets the subscription and cancels it on the server in the background. */
  readonly close: (sub: Sub) => void
  /** A connection opened: subscribe everything again. */
  readonly onOpen: () => void
  /** The connection dropped: every sid is gone. */
  readonly onDisconnect: () => void
  /** Ends every stream with `exit`. */
  readonly endAll: (exit: Exit.Exit<void, CommandError>) => void
}

/** What the registry needs. */
export interface Options {
  readonly commands: Commands
  readonly isConnected: () => boolean
  /** Forks into the service's scope (`FiberSet.makeRuntime`). */
  readonly runFork: <A, E>(effect: Effect.Effect<A, E>, options?: Runtime.RunForkOptions) => Fiber.RuntimeFiber<A, E>
}

/** Builds the registry of one service. */
export const make = (options: Options): Registry => {
  const { commands, runFork } = options
  const subs = new Set<Sub>()
  const bySid = new Map<number, Sub>()
  const unsubscribeInBackground = (sid: number) => runFork(Effect.ignore(commands.unsubscribe([sid])))

  const control = (sub: Sub, event: ControlEvent) => {
    sub.mailbox.unsafeOffer(event)
  }

  const remove = (sub: Sub) => {
    sub.state = "closed"
    subs.delete(sub)
    if (sub.sid !== undefined) bySid.delete(sub.sid)
  }

  const close = (sub: Sub) => {
    if (sub.state === "closed") return
    const sid = sub.sid
    remove(sub)
    if (sid !== undefined && options.isConnected()) unsubscribeInBackground(sid)
  }

  /** Maps the new sid of a `subscribed` reply, before any data of it is read. */
  const onSubscribed = (sub: Sub, sid: number) => {
    if (sub.state === "closed" || (sub.state === "active" && sub.sid !== undefined && sub.sid !== sid)) {
      // cancelled meanwhile, or a second subscribe raced a reconnect: keep the first, cancel this one
      unsubscribeInBackground(sid)
      return
    }
    if (sub.sid !== undefined) bySid.delete(sub.sid)
    sub.sid = sid
    sub.lastSeq = undefined
    bySid.set(sid, sub)
    if (sub.reconnected) {
      sub.reconnected = false
      control(sub, Control.Reconnected({ sid }))
    }
    sub.state = "active"
    sub.everActive = true
    Deferred.unsafeDone(sub.ready, Exit.void)
  }

  const establish = (sub: Sub): Effect.Effect<void> =>
    commands.request(
      "subscribe",
      (id) => ({ id, cmd: "subscribe", params: { channels: [sub.channel], ...sub.params } }),
      (incoming): Either.Either<void, ServerError> => {
        if (incoming instanceof Subscribed) return Either.right(onSubscribed(sub, incoming.msg.sid))
        if (incoming.type === "error") return Either.left(serverError("subscribe", incoming))
        return Either.left(unexpected("subscribe", incoming))
      }
    ).pipe(
      Effect.catchAll((error) =>
        Effect.sync(() => {
          if (sub.state === "closed") return
          if (error._tag === "ConnectionError" && error.reason === "Lost") return // the next connection retries
          if (!sub.everActive) Deferred.unsafeDone(sub.ready, Exit.fail(error))
          sub.mailbox.unsafeDone(Exit.fail(error))
          remove(sub)
        })
      )
    )

  const resubscribe = (sub: Sub) =>
    Effect.suspend(() => {
      if (sub.state === "closed") return Effect.void
      const old = sub.sid
      if (old !== undefined) bySid.delete(old)
      sub.sid = undefined
      sub.state = "subscribing"
      return Effect.zipRight(
        old !== undefined ? Effect.ignore(commands.unsubscribe([old])) : Effect.void,
        establish(sub)
      )
    })

  const getSnapshot = (sub: Sub, tickers: ReadonlyArray<string>) =>
    Effect.suspend(() => {
      const sid = sub.sid
      if (sid === undefined || tickers.length === 0) {
        return Effect.fail(
          new ServerError({ command: "update_subscription", code: 0, errorMessage: "no markets to snapshot" })
        )
      }
      return commands.request(
        "update_subscription",
        (id) => ({ id, cmd: "update_subscription", params: { sid, action: "get_snapshot", market_tickers: tickers } }),
        (incoming) =>
          incoming.type === "error"
            ? Either.left(serverError("update_subscription", incoming))
            : Either.right(undefined)
      )
    })

  const startResync = (sub: Sub): void => {
    if (sub.state !== "active") return
    if (sub.resyncing) {
      // the snapshots in flight may be discarded by this resync (a buffer overflow): ask again after them
      sub.resyncAgain = true
      return
    }
    sub.resyncing = true
    runFork(
      getSnapshot(sub, sub.markets).pipe(
        Effect.catchAll(() => resubscribe(sub)),
        Effect.ensuring(Effect.sync(() => {
          sub.resyncing = false
          if (sub.resyncAgain) {
            sub.resyncAgain = false
            startResync(sub)
          }
        }))
      )
    )
  }

  const deliver = (sub: Sub, message: DataMessage) => {
    // a `"dropOldest"` buffer is a sliding mailbox: it drops the oldest itself
    const size = Option.getOrElse(sub.mailbox.unsafeSize(), () => 0)
    if (sub.policy.onOverflow === "dropOldest" || size < sub.policy.capacity) {
      sub.mailbox.unsafeOffer(message)
      return
    }
    if (sub.policy.onOverflow === "resync" && sub.channel === "orderbook_delta") {
      // cleared at once: the fiber runs synchronously, before the next frame is read
      runFork(sub.mailbox.clear, { immediate: true })
      control(
        sub,
        Control.Resync({
          reason: "BufferOverflow",
          description: `the consumer fell ${sub.policy.capacity} messages behind; buffered messages were discarded`
        })
      )
      startResync(sub)
      sub.mailbox.unsafeOffer(message)
      return
    }
    sub.mailbox.unsafeDone(Exit.fail(new SubscriptionOverflow({ channel: sub.channel, capacity: sub.policy.capacity })))
    close(sub)
  }

  return {
    all: () => [...subs],
    bySid: (sid) => bySid.get(sid),
    add: (sub) => {
      subs.add(sub)
      if (options.isConnected()) runFork(establish(sub))
    },
    control,
    deliver,
    establish,
    resubscribe,
    startResync,
    getSnapshot,
    resubscribeInBackground: (sub) => runFork(resubscribe(sub)),
    cancel: unsubscribeInBackground,
    end: (sub) => {
      sub.mailbox.unsafeDone(Exit.void)
      remove(sub)
    },
    remove,
    close,
    onOpen: () => {
      for (const sub of subs) {
        if (sub.state === "closed") continue
        sub.reconnected = sub.everActive
        sub.state = "subscribing"
        runFork(establish(sub))
      }
    },
    onDisconnect: () => {
      bySid.clear()
      for (const sub of subs) {
        sub.sid = undefined
        if (sub.state === "active") sub.state = "subscribing"
      }
    },
    endAll: (exit) => {
      for (const sub of [...subs]) {
        sub.mailbox.unsafeDone(exit)
        remove(sub)
      }
    }
  }
}
