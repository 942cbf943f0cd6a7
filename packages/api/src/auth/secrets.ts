import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { decodeHex, encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

// Random tokens and how they are stored: only the SHA-256 of a secret reaches the database.

/** `bytes` of randomness as lowercase base32 (20 bytes = 160 bits = 32 characters). */
export function randomToken(bytes = 20): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

/** SHA-256 of `secret` as lowercase hex, the form stored in the database. */
export function hashSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const expected = decodeHex(storedHash);
  const actual = sha256(new TextEncoder().encode(secret));
  return constantTimeEqual(actual, expected);
}
