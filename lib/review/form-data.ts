/**
 * Forms post flat names ("indicators.2.actual"); schemas describe nested
 * objects. `unflattenFields` turns the one into the other, so a form with many
 * rows works without JavaScript and zod reports errors under the same dotted
 * path the input carries as its name — which is how the form puts each message
 * next to its field.
 *
 * Defensive, because the input is whatever a client sent: only plain names
 * and small array indexes, never "__proto__" and friends.
 */

const MAX_INDEX = 999;
const NAME_SEGMENT = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const INDEX_SEGMENT = /^(0|[1-9]\d{0,2})$/;
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

type Node = Record<string, unknown> | unknown[];

function isIndex(segment: string): boolean {
  return INDEX_SEGMENT.test(segment) && Number(segment) <= MAX_INDEX;
}

function validPath(segments: string[]): boolean {
  return (
    segments.length > 0 &&
    segments.every((s, i) => (i > 0 && isIndex(s)) || (NAME_SEGMENT.test(s) && !FORBIDDEN.has(s)))
  );
}

function setPath(root: Record<string, unknown>, segments: string[], value: unknown) {
  let node: Node = root;
  for (const [i, segment] of segments.entries()) {
    // "a.0" after "a.b" was seen (or the reverse): a malformed name, ignored.
    if (i > 0 && Array.isArray(node) !== isIndex(segment)) return;
    const container = node as Record<string | number, unknown>;
    const key: string | number = Array.isArray(node) ? Number(segment) : segment;
    if (i === segments.length - 1) {
      container[key] = value;
      return;
    }
    const existing = Object.hasOwn(container, key) ? container[key] : undefined;
    if (existing === undefined || typeof existing !== "object" || existing === null) {
      container[key] = isIndex(segments[i + 1]!) ? [] : {};
    }
    node = container[key] as Node;
  }
}

/**
 * `{"indicators.0.actual": "7,4", "intent": "save"}` → `{ indicators: [{ actual: "7,4" }], intent: "save" }`.
 * Non-objects pass through untouched (the schema then reports them). Holes in
 * arrays (a missing index) stay undefined, and the schema refuses them.
 */
export function unflattenFields(input: unknown): unknown {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith("$ACTION")) continue; // React's own fields on a progressively enhanced form
    const segments = name.split(".");
    if (!validPath(segments)) continue;
    setPath(root, segments, value);
  }
  return root;
}
