#!/usr/bin/env node
/**
 * The `kalshi` binary: `kalshi --help` lists the commands.
 *
 * @since 0.1.0
 */
import { main } from "./Cli.js"

main()
