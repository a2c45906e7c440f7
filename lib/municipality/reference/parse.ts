// Reads the CBS list of municipalities (gemeenten_2025.csv, see README.md).
// Pure and isomorphic, so the unit test parses the very file the server reads.
//
// A small parser of our own rather than a dependency: the project has no CSV
// reader (lib/api/csv.ts only writes), and this is one fixed, known file —
// comma-separated, CRLF, one quoted field ("Nuenen, Gerwen en Nederwetten"),
// no line breaks inside fields. The parser handles exactly that (RFC 4180
// quoting with "" escapes) and refuses anything else loudly, so a replaced
// file with a different shape fails the test instead of filling in wrong values.

export interface CbsMunicipality {
  /** GMxxxx. */
  cbsCode: string;
  /** The name as CBS prints it, e.g. "'s-Gravenhage (gemeente)". */
  cbsName: string;
  /** The name the municipality is stored under: CBS's " (gemeente)" disambiguation dropped. */
  name: string;
  slug: string;
  province: string;
  inhabitants: number;
}

const HEADER = ["gm_code", "gemeentenaam", "provincie", "gemeentegrootte", "stedelijkheid", "inwonertal"];

/** One line's fields; quoted fields may contain commas and "" for a quote. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) throw new Error(`Unclosed quote in: ${line}`);
        value += line.slice(i, close);
        i = close + 1;
        if (line[i] !== '"') break;
        value += '"';
        i++;
      }
      fields.push(value);
      if (i === line.length) return fields;
      if (line[i] !== ",") throw new Error(`Text after a closing quote in: ${line}`);
      i++;
    } else {
      const comma = line.indexOf(",", i);
      if (comma < 0) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, comma));
      i = comma + 1;
    }
  }
}

/**
 * The web address of a municipality: lower case, accents gone, every run of
 * other characters one "-" — the shape of the demo slugs (leidschendam-voorburg),
 * e.g. "Súdwest-Fryslân" → "sudwest-fryslan", "'s-Gravenhage" → "s-gravenhage".
 */
export function municipalitySlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** CBS adds " (gemeente)" where a province has the same name; the municipality itself does not. */
export function storedName(cbsName: string): string {
  return cbsName.replace(/ \(gemeente\)$/, "");
}

export function parseCbsMunicipalities(text: string): CbsMunicipality[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l !== "");
  const header = splitCsvLine(lines[0] ?? "");
  if (header.join(",") !== HEADER.join(",")) throw new Error(`Unexpected header: ${lines[0]}`);
  return lines.slice(1).map((line) => {
    const fields = splitCsvLine(line);
    if (fields.length !== HEADER.length) throw new Error(`Expected ${HEADER.length} fields: ${line}`);
    const [cbsCode, cbsName, province, , , inhabitants] = fields as [string, string, string, string, string, string];
    if (!/^GM\d{4}$/.test(cbsCode)) throw new Error(`Not a CBS municipality code: ${line}`);
    if (!/^\d+$/.test(inhabitants)) throw new Error(`Not a number of inhabitants: ${line}`);
    const name = storedName(cbsName);
    return { cbsCode, cbsName, name, slug: municipalitySlug(name), province, inhabitants: Number(inhabitants) };
  });
}
