/**
 * @since 0.1.0
 */
export * as Messages from "./Messages.js"
