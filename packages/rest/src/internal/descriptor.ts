/**
 * The shape of the generated operation descriptors.
 */
import type * as Schema from "effect/Schema"

/** One parameter of an operation. */
export interface ParameterDescriptor {
  readonly name: string
  readonly in: "query" | "path"
  readonly required: boolean
  /** `simple` for path parameters; `form` for query parameters; `comma` for comma-joined lists. */
  readonly style: "simple" | "form" | "comma"
  /** For `form` arrays: sent repeated (`a=1&a=2`). */
  readonly explode: boolean
}

/** Everything the SDK knows about one operation of the spec. */
export interface OperationDescriptor {
  /** The spec's operationId. */
  readonly operationId: string
  /** The spec's tag: which service carries the operation. */
  readonly tag: string
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** The spec's path template below `/trade-api/v2`. */
  readonly path: string
  /** `signed` when the spec lists `security`. */
  readonly auth: "signed" | "public"
  /** GET reads, every other method writes. */
  readonly access: "read" | "write"
  /** What replaces a deprecated operation. */
  readonly deprecated: string | undefined
  /** The token cost documented in the spec, when not the default. */
  readonly tokenCost: { readonly tokens: number; readonly perItem: boolean } | undefined
  readonly successStatus: number
  readonly parameters: ReadonlyArray<ParameterDescriptor>
  /** The request body: its component name and field names. */
  readonly body:
    | { readonly schema: string; readonly required: boolean; readonly fields: ReadonlyArray<string> }
    | undefined
  /** Cursor pagination: the response's cursor field and the arrays holding the items. */
  readonly pagination:
    | { readonly cursorField: "cursor" | "next_cursor"; readonly itemFields: ReadonlyArray<string> }
    | undefined
  /**
   * The response fields the operation exists to return (its list, its record, or its one value),
   * derived from the spec by the generator: a response without one of them is a `DecodeError`.
   */
  readonly payload: ReadonlyArray<string>
  /** The input: path, query and body fields by wire name, strict. */
  readonly input: Schema.Schema.AnyNoContext
  /** The decoded response (`Schema.Void` when the operation answers without a body). */
  readonly response: Schema.Schema.AnyNoContext
}
