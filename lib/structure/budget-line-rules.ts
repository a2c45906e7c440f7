// Decisions of the begrotingsposten editor. Pure and isomorphic.

/** A key not yet taken: the import's key, with "-2", "-3" … where a line with the same identity exists. */
export function freeKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "" is "no taakveld yet"; anything else must be on the CBS list. */
export function taakveldRefusal(code: string, known: (code: string) => boolean): string | null {
  if (code === "" || known(code)) return null;
  return `Taakveld ${code} staat niet in de Iv3-lijst van het CBS. Kies een taakveld uit de lijst.`;
}
