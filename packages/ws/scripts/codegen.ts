/**
 * Writes `src/internal/generated/Decoders.ts` from the data message schemas of `src/Messages.ts`
 * (run by `npm run codegen`).
 */
import { writeFileSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { generate } from "./decoders.js"

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
/** Where the generated decoders go. */
export const outFile = path.join(packageRoot, "src/internal/generated/Decoders.ts")

const text = generate()
writeFileSync(outFile, text)
console.log(`wrote ${path.relative(path.resolve(packageRoot, "../.."), outFile)} (${text.length} bytes)`)
