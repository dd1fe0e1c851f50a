/**
 * The expiration of resting orders: a fiber that sleeps until the next expiration on the
 * exchange's clock (or until one is added) and then expires what is due.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import type * as Scope from "effect/Scope"
import type { ExchangeState } from "./state.js"

/** Expires orders on time until the scope closes. */
export const run = (state: ExchangeState): Effect.Effect<void, never, Scope.Scope> =>
  Effect.gen(function*() {
    // expirations: sleep until the next one (on the exchange's clock), or until one is added
    const wake = yield* Queue.sliding<void>(1)
    state.onExpiriesChanged = () => {
      Queue.unsafeOffer(wake, undefined)
    }
    yield* Effect.forkScoped(Effect.forever(Effect.suspend(() => {
      const next = state.nextExpiry()
      if (next === undefined) return Queue.take(wake)
      const wait = next - state.now()
      return (wait > 0 ? Effect.race(Effect.sleep(Duration.millis(wait)), Queue.take(wake)) : Effect.void).pipe(
        Effect.zipRight(Effect.sync(() => state.expire()))
      )
    })))
  })
