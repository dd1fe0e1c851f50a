/**
 * The Kalshi SDK for Effect in one import: the whole SDK as one layer. For Node.js, the same over
 * undici is in `@kalshi-effect/kalshi/KalshiNode` (kept out of this entry, which stays portable).
 *
 * @since 0.1.0
 */

/**
 * The whole SDK as one layer, over `fetch` (portable).
 *
 * @since 0.1.0
 */
export * as Kalshi from "./Kalshi.js"
