// The `?stuk=` of a werkplek address: which document of the year. A year can
// hold several bestuursrapportages (decision 009 §6), so theirs carry the
// number: "bestuursrapportage-2". Plain "bestuursrapportage" (the older
// addresses, and links that only know the kind) means the newest. Pure.
type Kind = "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";

export interface SluggedDocument {
  kind: Kind;
  sequence: number;
}

const KIND_BY_SLUG: Record<string, Kind> = {
  begroting: "BEGROTING",
  bestuursrapportage: "BESTUURSRAPPORTAGE",
  jaarstukken: "JAARSTUKKEN",
};

export function documentSlug(document: SluggedDocument): string {
  const kind = document.kind.toLowerCase();
  return document.kind === "BESTUURSRAPPORTAGE" ? `${kind}-${document.sequence}` : kind;
}

/** The document a slug names among the year's documents; null when it names none. */
export function documentBySlug<T extends SluggedDocument>(documents: T[], slug: string): T | null {
  const match = /^([a-z]+)(?:-([1-9][0-9]{0,2}))?$/.exec(slug);
  const kind = match ? KIND_BY_SLUG[match[1]!] : undefined;
  if (!match || !kind) return null;
  const ofKind = documents.filter((d) => d.kind === kind);
  if (match[2] === undefined) return ofKind.reduce<T | null>((newest, d) => (newest && newest.sequence > d.sequence ? newest : d), null);
  if (kind !== "BESTUURSRAPPORTAGE") return null;
  return ofKind.find((d) => d.sequence === Number(match[2])) ?? null;
}
