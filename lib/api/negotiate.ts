/**
 * Content negotiation. A representation is chosen by the `formaat` query
 * parameter when given (links and downloads must work without custom headers),
 * else by the Accept header; JSON wins ties, so browsers (which send `*\/*`)
 * get JSON. An Accept header that rules out every offered type gets a 406.
 */

export const MEDIA_TYPES = {
  json: "application/json",
  csv: "text/csv",
} as const;

export type Format = keyof typeof MEDIA_TYPES;

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [range = "", ...params] = part.split(";").map((s) => s.trim());
      const [type = "", subtype = ""] = range.toLowerCase().split("/");
      const qParam = params.find((p) => p.toLowerCase().startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { type, subtype, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 };
    });
}

/** The quality the client gives a media type: that of the most specific matching range (RFC 9110 §12.5.1). */
export function quality(accept: string | null, mediaType: string): number {
  if (accept === null || accept.trim() === "") return 1;
  const [type, subtype] = mediaType.split("/");
  let best: { specificity: number; q: number } | null = null;
  for (const range of parseAccept(accept)) {
    const specificity =
      range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === "*" ? 1 : range.type === "*" && range.subtype === "*" ? 0 : -1;
    if (specificity < 0) continue;
    if (!best || specificity > best.specificity) best = { specificity, q: range.q };
  }
  return best?.q ?? 0;
}

/** The format to answer with, or null when nothing offered is acceptable (406). */
export function negotiateFormat(accept: string | null, offered: readonly Format[], requested?: Format): Format | null {
  if (requested) return offered.includes(requested) && quality(accept, MEDIA_TYPES[requested]) > 0 ? requested : null;
  let chosen: Format | null = null;
  let chosenQ = 0;
  for (const format of offered) {
    const q = quality(accept, MEDIA_TYPES[format]);
    if (q > chosenQ) {
      chosen = format;
      chosenQ = q;
    }
  }
  return chosen;
}
