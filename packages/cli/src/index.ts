/**
 * The `kalshi` command-line tool for the Kalshi exchange, on the Effect SDK.
 *
 * @since 0.1.0
 */

/**
 * The command tree and the runner of the `kalshi` binary.
 *
 * @since 0.1.0
 */
export * as Cli from "./Cli.js"
