import { hash, verify } from "@node-rs/argon2";
import commonPasswords from "./common-passwords.json" with { type: "json" };

// Argon2id (the library's default algorithm; its enum is a const enum we cannot import) with
// OWASP's minimum settings: 19 MiB, 2 iterations, 1 lane.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const common = new Set<string>(commonPasswords);

/** Whether a password is among the 10,000 most common ones (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for logins with an unknown email, so the
 * answer's timing does not tell whether an account exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("not-a-real-password-but-the-same-work");
  await verify(await dummyHash, password);
  return false;
}
