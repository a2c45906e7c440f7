/**
 * Small helpers for shaping query results. Pure and isomorphic.
 */

/** Groups items by key, mapping each; keeps the items' order within each group and the groups' first-seen order. */
export function groupBy<T, K, V>(items: readonly T[], key: (item: T) => K, map: (item: T) => V): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(map(item));
    else groups.set(k, [map(item)]);
  }
  return groups;
}
