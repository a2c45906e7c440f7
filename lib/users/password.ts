import "server-only";
import { randomBytes } from "node:crypto";
import { compare, hash } from "bcryptjs";

// Passwords are stored as bcrypt hashes only. bcrypt reads the first 72 bytes
// of a password; a future "set password" form should say so (bcryptjs
// `truncates()` tells).

export const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, BCRYPT_COST);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a hash, or — when there is no account or no
 * hash — against a throw-away hash of the same cost, so that a wrong address
 * takes as long as a wrong password and timing does not reveal which accounts exist.
 */
export async function verifyPassword(password: string, passwordHash: string | null | undefined): Promise<boolean> {
  if (passwordHash) return compare(password, passwordHash);
  dummyHash ??= hashPassword(randomBytes(18).toString("base64url"));
  await compare(password, await dummyHash);
  return false;
}
