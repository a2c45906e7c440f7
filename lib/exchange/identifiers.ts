/**
 * The identifiers an export writes in its protected column and an import
 * matches on (decision 012). Budget lines have their own stable `key`
 * (lib/finance/line-key.ts); an indicator has an `importKey` when a
 * transcription or the BBV set gave it one ("bbv:<slug>"), otherwise its
 * record id stands in, marked so it can never collide with a key.
 * Pure and isomorphic.
 */

const ID_PREFIX = "id:";

export function indicatorKey(indicator: { id: string; importKey: string | null }): string {
  return indicator.importKey ?? `${ID_PREFIX}${indicator.id}`;
}

/** What an indicator identifier refers to: a record id, or an import key. */
export function parseIndicatorKey(key: string): { id: string } | { importKey: string } {
  return key.startsWith(ID_PREFIX) ? { id: key.slice(ID_PREFIX.length) } : { importKey: key };
}
