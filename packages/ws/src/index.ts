/**
 * @since 0.1.0
 */
export * as KalshiWebSocket from "./KalshiWebSocket.js"
export * as KalshiWebSocketError from "./KalshiWebSocketError.js"
export * as Messages from "./Messages.js"
export * as OrderBook from "./OrderBook.js"
