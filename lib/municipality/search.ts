// Finding a municipality by (part of) its name, forgiving accents, case,
// hyphens and spaces: "leidschendam voorburg" finds "Leidschendam-Voorburg".
export function normalizeName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function matchesName(name: string, query: string): boolean {
  const q = normalizeName(query);
  return q === "" || normalizeName(name).includes(q);
}
