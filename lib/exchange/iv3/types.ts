/**
 * The CBS Iv3 delivery ("Iv3 data schema versie 2.1", reference/
 * iv3_data_schema_v2_1_1.json) as TypeScript sees it once the schema has
 * accepted it. Pure types, no imports: this module also runs in a plain Node
 * child process.
 */

export type Iv3Status = "Begroting" | "Realisatie";

export interface Iv3Metadata {
  /** "Gemeente", "Provincie" or "GR"; Programmamonitor reads only "Gemeente". */
  overheidslaag: string;
  /** The CBS code without its "GM": "0637". */
  overheidsnummer: string;
  overheidsnaam: string;
  boekjaar: number;
  /** 0 begroting, 1–4 kwartalen, 5 jaarrekening (stage.ts). */
  periode: number;
  status: Iv3Status;
  /** ISO date-time, e.g. "2025-11-14T10:00:00Z". */
  datum: string;
  details_openbaar: boolean;
  financieel_pakket: string;
  export_software: string;
}

export interface Iv3Contact {
  naam: string;
  email: string;
  telefoon: string;
}

/** One cell of the lasten or baten matrix. The schema allows further keys. */
export interface Iv3Row {
  taakveld: string;
  categorie: string;
  /** In thousands of euros (units.ts). */
  bedrag: number;
  details?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Iv3BalanceRow {
  balanscode: string;
  categorie: string;
  bedrag: number;
  [key: string]: unknown;
}

export interface Iv3BalanceStandRow {
  balanscode: string;
  standper: string;
  bedrag: number;
  [key: string]: unknown;
}

export interface Iv3Kengetal {
  verslagperiode: string;
  kengetal: string;
  waarde: string;
}

export interface Iv3Beleidsindicator {
  verslagperiode: string;
  beleidsindicator: string;
  waarde: string;
}

export interface Iv3Data {
  lasten: Iv3Row[];
  baten: Iv3Row[];
  balans_lasten: Iv3BalanceRow[];
  balans_baten: Iv3BalanceRow[];
  balans_standen: Iv3BalanceStandRow[];
  kengetallen?: Iv3Kengetal[];
  beleidsindicatoren?: Iv3Beleidsindicator[];
}

export interface Iv3Delivery {
  metadata: Iv3Metadata;
  contact: Iv3Contact;
  opmerkingen?: { tekst: string; auteur?: string }[];
  data: Iv3Data;
}

export interface Iv3Error {
  /** CBS foutcode ("SF004", "DF001") from reference/fouten.json, or our own "PM…" code where CBS has none (messages.ts). */
  code: string;
  /** Dutch: CBS's melding with <fout>/<goed>/<extra>/<onderdeel> filled in, or ours. */
  message: string;
  /** Where in the file, e.g. "data.lasten[12].taakveld". */
  path?: string;
}

export type Iv3Validation = { ok: true; delivery: Iv3Delivery; warnings: Iv3Error[] } | { ok: false; errors: Iv3Error[] };

/** The product's four money categories (decision 002). */
export type Iv3LineCategory = "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
