/**
 * Turns an operation descriptor and a typed input into a core request: checks the operation's
 * rules, encodes the input strictly, splits it into path, query and body, percent-encodes the path
 * parameters, and decodes the answer. Also builds the pagination streams.
 */
import type * as KalshiError from "@kalshi-effect/core/KalshiError"
import { DecodeError, InvalidInput } from "@kalshi-effect/core/KalshiError"
import type * as KalshiHttpClient from "@kalshi-effect/core/KalshiHttpClient"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import type { OperationDescriptor } from "./descriptor.js"
import { responseDecoder } from "./responseDecoder.js"
import { ruleFailure } from "./rules.js"

/**
 * The errors an operation can raise: every request may be rejected before sending, fail in
 * transport, be answered with an error status, be rate limited or not decode; signed operations
 * may lack credentials; a read may time out, and a write whose answer is lost has an unknown outcome.
 */
export type ErrorOf<D extends Pick<OperationDescriptor, "auth" | "access">> =
  | KalshiError.InvalidInput
  | KalshiError.TransportError
  | KalshiError.HttpError
  | KalshiError.RateLimited
  | KalshiError.DecodeError
  | (D["auth"] extends "signed" ? KalshiError.MissingCredentials : never)
  | (D["access"] extends "read" ? KalshiError.Timeout : KalshiError.OutcomeUnknown)

/** The input of a pagination stream: the operation's input without the cursor. */
export type StreamInput<I> = Omit<I, "cursor">

type InputOf<D extends OperationDescriptor> = Schema.Schema.Type<D["input"]>
type OutputOf<D extends OperationDescriptor> = Schema.Schema.Type<D["response"]>

/** Builds the methods of the services. */
export interface Executor {
  /** One method: validates, sends and decodes. */
  readonly call: <D extends OperationDescriptor>(
    descriptor: D
  ) => (input?: InputOf<D>) => Effect.Effect<OutputOf<D>, ErrorOf<D>>
  /** The Stream form of a cursor-paginated method: `select` picks the items of a page. */
  readonly stream: <D extends OperationDescriptor, A>(
    descriptor: D,
    select: (page: OutputOf<D>) => ReadonlyArray<A>
  ) => (input?: StreamInput<InputOf<D>>) => Stream.Stream<A, ErrorOf<D>>
}

/** The first failing field of a parse error, as a dotted path, and its message. */
export const invalidInput = (operation: string, error: ParseResult.ParseError): InvalidInput => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
  const first = issues[0]
  return new InvalidInput({
    operation,
    field: first === undefined || first.path.length === 0 ? "input" : first.path.map(String).join("."),
    reason: first === undefined ? error.message : first.message
  })
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/** The query value core sends: scalars as they are, arrays repeated. */
const queryValue = (value: unknown): KalshiHttpClient.QueryValue => {
  if (Array.isArray(value)) return value.map(String)
  if (
    typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint"
  ) {
    return value
  }
  return value === undefined || value === null ? undefined : JSON.stringify(value)
}

/**
 * Builds the core request of an operation from its encoded (wire) input.
 */
export const buildRequest = (
  descriptor: OperationDescriptor,
  wire: Readonly<Record<string, unknown>>
): KalshiHttpClient.Request => {
  let path = descriptor.path
  const query: Record<string, KalshiHttpClient.QueryValue> = {}
  for (const p of descriptor.parameters) {
    const value = wire[p.name]
    if (p.in === "path") {
      path = path.replace(`{${p.name}}`, encodeURIComponent(String(value)))
    } else if (value !== undefined) {
      query[p.name] = queryValue(value)
    }
  }
  let body: Record<string, unknown> | undefined
  if (descriptor.body !== undefined) {
    const fields: Record<string, unknown> = {}
    for (const f of descriptor.body.fields) {
      if (wire[f] !== undefined) fields[f] = wire[f]
    }
    if (descriptor.body.required || Object.keys(fields).length > 0) body = fields
  }
  const items = descriptor.tokenCost?.perItem === true && body !== undefined
    ? Object.values(body).find(Array.isArray)?.length
    : undefined
  return {
    operation: descriptor.operationId,
    method: descriptor.method,
    path,
    route: descriptor.path,
    query,
    body,
    auth: descriptor.auth,
    ...(items !== undefined ? { items } : {})
  }
}

/**
 * Builds the executor over core's client.
 */
export const make = (client: KalshiHttpClient.Service): Executor => {
  const prepare = <D extends OperationDescriptor>(descriptor: D) => {
    // An unknown field is refused rather than dropped: it is most likely a misspelt one.
    const encode = Schema.encodeEither(descriptor.input, { onExcessProperty: "error" })
    return (input: InputOf<D> | undefined): KalshiHttpClient.Request | InvalidInput => {
      const value: unknown = input ?? {}
      const broken = ruleFailure(descriptor.operationId, value)
      if (broken !== undefined) return broken
      const wire = encode(value)
      if (Either.isLeft(wire)) return invalidInput(descriptor.operationId, wire.left)
      if (!isRecord(wire.right)) {
        return new InvalidInput({
          operation: descriptor.operationId,
          field: "input",
          reason: "must be an object"
        })
      }
      return buildRequest(descriptor, wire.right)
    }
  }

  const call = <D extends OperationDescriptor>(descriptor: D) => {
    const toRequest = prepare(descriptor)
    const response: Schema.Schema<OutputOf<D>, Schema.Schema.Encoded<D["response"]>> = descriptor.response
    const decode = responseDecoder(response)
    // The request of a call without input, made once: the same on every call.
    let withoutInput: KalshiHttpClient.Request | InvalidInput | undefined
    return (input?: InputOf<D>): Effect.Effect<OutputOf<D>, ErrorOf<D>> =>
      // Checked when the effect runs (not when it is made), on the input as it is then.
      Effect.suspend(() => {
        const request = input === undefined ? (withoutInput ??= toRequest(undefined)) : toRequest(input)
        // Core raises MissingCredentials only for signed operations, Timeout only for reads and
        // OutcomeUnknown only for writes, so the error type narrows to what this operation can raise.
        return (request instanceof InvalidInput
          ? Effect.fail(request)
          : client.executeSchema(request, response, decode)) as Effect.Effect<OutputOf<D>, ErrorOf<D>>
      })
  }

  const stream = <D extends OperationDescriptor, A>(
    descriptor: D,
    select: (page: OutputOf<D>) => ReadonlyArray<A>
  ) => {
    const method = call(descriptor)
    const cursorField = descriptor.pagination?.cursorField ?? "cursor"
    interface State {
      readonly cursor: Option.Option<string>
      readonly seen: ReadonlySet<string>
      /** A cursor the exchange repeated: the next step fails, after this page's items were emitted. */
      readonly repeated: Option.Option<string>
    }
    const initial: State = { cursor: Option.none(), seen: new Set(), repeated: Option.none() }
    return (input?: StreamInput<InputOf<D>>): Stream.Stream<A, ErrorOf<D>> =>
      Stream.paginateChunkEffect(
        initial,
        (state): Effect.Effect<readonly [Chunk.Chunk<A>, Option.Option<State>], ErrorOf<D>> => {
          if (Option.isSome(state.repeated)) {
            return Effect.fail(
              new DecodeError({
                operation: descriptor.operationId,
                path: cursorField,
                description: `the exchange returned cursor ${JSON.stringify(state.repeated.value)} a second time; ` +
                  "stopping instead of reading the same pages again"
              })
            )
          }
          const pageInput = {
            ...input,
            ...(Option.isSome(state.cursor) ? { cursor: state.cursor.value } : {})
          } as InputOf<D>
          return Effect.map(method(pageInput), (page) => {
            const items = Chunk.fromIterable(select(page))
            const next = isRecord(page) ? page[cursorField] : undefined
            if (typeof next !== "string" || next === "") return [items, Option.none()] as const
            if (state.seen.has(next)) return [items, Option.some({ ...state, repeated: Option.some(next) })] as const
            return [
              items,
              Option.some({ cursor: Option.some(next), seen: new Set(state.seen).add(next), repeated: Option.none() })
            ] as const
          })
        }
      )
  }

  return { call, stream }
}
