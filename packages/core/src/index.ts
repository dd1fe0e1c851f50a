/**
 * @since 0.1.0
 */
export * as FixedPoint from "./FixedPoint.js"
export * as KalshiConfig from "./KalshiConfig.js"
export * as KalshiError from "./KalshiError.js"
export * as KalshiHttpClient from "./KalshiHttpClient.js"
export * as KalshiRateLimiter from "./KalshiRateLimiter.js"
export * as Signer from "./Signer.js"
