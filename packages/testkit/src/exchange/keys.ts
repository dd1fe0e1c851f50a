/**
 * Key pairs for generated accounts: Ed25519 from the exchange's seeded generator (the same seed
 * gives the same keys), RSA from the system's randomness.
 *
 * @internal
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto"

/** The PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows. */
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex")

/** Ed25519 keys come from the exchange's seeded generator (the same seed gives the same keys); RSA keys are random. */
export const generateKeys = (
  keyType: "rsa" | "ed25519",
  random: () => number
): { readonly publicKey: KeyObject; readonly privatePem: string } => {
  if (keyType === "ed25519") {
    const seed = Buffer.alloc(32)
    for (let i = 0; i < 32; i += 4) seed.writeUInt32BE(random(), i)
    const privateKey = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
      format: "der",
      type: "pkcs8"
    })
    return {
      publicKey: createPublicKey(privateKey),
      privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    }
  }
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 })
  return { publicKey, privatePem: privateKey.export({ type: "pkcs1", format: "pem" }).toString() }
}
