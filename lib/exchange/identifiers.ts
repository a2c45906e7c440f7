/**
 * The identifiers an export writes in its protected column and an import
 * matches on (decision 012). Budget lines have their own stable `key`
 * (lib/finance/line-key.ts); an indicator has an `importKey` when a
 * transcription or the BBV set gave it one ("bbv:<slug>"), otherwise its
 * record id stands in, marked so it can never collide with a key.
 * Pure and isomorphic.
 */

export function indicatorKey(indicator: { id: string; importKey: string | null }): string {
  return indicator.importKey ?? `id:${indicator.id}`;
}
