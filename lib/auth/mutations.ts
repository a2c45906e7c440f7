import "server-only";
import { db, type Db } from "@/lib/db";

// Sign-in attempts. An attempt is written as failed before the password is
// checked and marked succeeded afterwards, so that parallel attempts all see
// each other when counting against the limits. Never part of a larger
// transaction, so these default to the app's client.

export async function recordLoginAttempt(input: { email: string; ip: string }, client: Db = db()) {
  return client.loginAttempt.create({ data: { ...input, succeeded: false }, select: { id: true } });
}

export async function markLoginAttemptSucceeded(id: bigint, client: Db = db()) {
  await client.loginAttempt.update({ where: { id }, data: { succeeded: true } });
}

/** Attempts hold typed e-mail addresses and client addresses: keep them no longer than needed. */
export async function pruneLoginAttempts(before: Date, client: Db = db()) {
  const { count } = await client.loginAttempt.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
