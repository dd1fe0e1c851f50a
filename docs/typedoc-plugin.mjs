// @ts-check
/**
 * A TypeDoc plugin for this repository's API reference: types are shown as the source names them.
 *
 * TypeDoc renders the type of a property from the type checker, which expands every type it cannot
 * name. A REST service method typed
 * `(input?: Operations.GetOrdersInput) => Effect<Schemas.GetOrdersResponse, ErrorOf<typeof Operations.GetOrders>>`
 * would show the whole operation descriptor inline, and `Operations.all` every descriptor of the
 * spec: megabytes of HTML. This plugin renders
 * - a property of an interface or type literal as its annotation is written, as TypeDoc already does
 *   for annotated variables;
 * - a property of an object literal that initializes a variable (not one passed to a function, such as
 *   a `Schema.Struct`'s fields), whose value names another value (`{ input: GetOrdersInput }`,
 *   `{ GetOrders }`), as `typeof` that value, linked to its page.
 */
import { Converter, QueryType, ReflectionKind } from "typedoc"
import ts from "typescript"

/**
 * Whether an object literal is a variable's initializer, possibly under `as const` or `satisfies`.
 * @param {ts.Node} node
 */
const initializesVariable = (node) => {
  let current = node.parent
  while (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current)) {
    current = current.parent
  }
  return ts.isVariableDeclaration(current)
}

/**
 * The expression naming the value of a property of a variable's object literal, if it is a plain name.
 * @param {ts.Declaration} declaration
 */
const namedValue = (declaration) => {
  if (!(ts.isShorthandPropertyAssignment(declaration) || ts.isPropertyAssignment(declaration))) return undefined
  if (!initializesVariable(declaration.parent)) return undefined
  if (ts.isShorthandPropertyAssignment(declaration)) return declaration.name
  const value = declaration.initializer
  return ts.isIdentifier(value) || ts.isPropertyAccessExpression(value) ? value : undefined
}

/** @param {import("typedoc").Application} app */
export const load = (app) => {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0]
    if (declaration === undefined) return
    if (ts.isPropertySignature(declaration) && declaration.type !== undefined) {
      context.project.removeTypeReflections(reflection.type)
      reflection.type = context.converter.convertType(context.withScope(reflection), declaration.type)
      return
    }
    const expression = namedValue(declaration)
    const target = expression === undefined
      ? undefined
      : ts.isShorthandPropertyAssignment(declaration)
      ? context.checker.getShorthandAssignmentValueSymbol(declaration)
      : context.getSymbolAtLocation(expression)
    // `undefined` is an identifier too, but names no declaration.
    if (expression === undefined || target === undefined || (target.declarations ?? []).length === 0) return
    const reference = context.createSymbolReference(context.resolveAliasedSymbol(target), context, expression.getText())
    reference.preferValues = true
    context.project.removeTypeReflections(reflection.type)
    reflection.type = new QueryType(reference)
  })
}
