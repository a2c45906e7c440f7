/**
 * Whether a figure or a wijziging may still be changed (decision 009 §3, §6):
 * vaststellen locks exactly what a document owns.
 */
import type { AmendmentStatus } from "./amended-budget";
import type { DocumentOrigin } from "./owner";
import type { DocumentKind, Stage } from "./stage";

export type DocumentStatus = "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD";

export interface LockOwner {
  status: DocumentStatus;
  origin: DocumentOrigin;
}

export interface LockPrinting {
  status: DocumentStatus;
}

/**
 * Locked once the owner is vastgesteld (published implies vastgesteld). A
 * reconstructed owner's figures are what another document printed: locked
 * always, whatever that document's status — they change only by replacing the
 * reconstructed document through an import. The printing document is accepted
 * so callers hand figureLocked and lockReason the same pair; its status never
 * unlocks anything.
 */
export function figureLocked(owner: LockOwner, _printing?: LockPrinting | null): boolean {
  return owner.origin === "RECONSTRUCTED" || owner.status !== "CONCEPT";
}

/** Vastgesteld and verworpen are final: a decision of the raad or college is not edited afterwards. */
export function amendmentLocked(a: { status: AmendmentStatus }): boolean {
  return a.status !== "CONCEPT";
}

export type FigureSubject = "BUDGET" | "INDICATOR";

const SUBJECT_NOUNS: Record<FigureSubject, Record<Stage, string>> = {
  BUDGET: {
    PRIMITIEF: "Deze primitieve begroting",
    MEERJARENRAMING: "Deze meerjarenraming",
    PROGNOSE: "Deze prognose",
    REALISATIE: "Deze realisatie",
  },
  INDICATOR: {
    // A begroting sets the streefwaarde of its own year and of its raming years alike.
    PRIMITIEF: "Deze streefwaarde",
    MEERJARENRAMING: "Deze streefwaarde",
    PROGNOSE: "Deze prognose",
    REALISATIE: "Deze realisatie",
  },
};

const KIND_NAMES: Record<DocumentKind, string> = {
  BEGROTING: "begroting",
  BESTUURSRAPPORTAGE: "bestuursrapportage",
  JAARSTUKKEN: "jaarstukken",
};

export interface LockReasonInput {
  subject: FigureSubject;
  stage: Stage;
  owner: LockOwner & { title: string; kind: DocumentKind; year: number };
  printing?: (LockPrinting & { title: string }) | null;
}

/** The Dutch sentence the UI shows beside a read-only figure; null when the figure is editable. */
export function lockReason(input: LockReasonInput): string | null {
  const { owner, printing } = input;
  if (!figureLocked(owner, printing)) return null;
  const noun = SUBJECT_NOUNS[input.subject][input.stage];
  if (owner.origin === "RECONSTRUCTED") {
    const source = printing ? `de ${printing.title}` : "een ander document";
    return `${noun} is overgenomen zoals gedrukt in ${source} en kan hier niet worden gewijzigd: importeer de ${KIND_NAMES[owner.kind]} ${owner.year} zelf om de gedrukte cijfers te vervangen.`;
  }
  return `${noun} is vastgesteld met de ${owner.title} en kan hier niet worden gewijzigd.`;
}

/** The Dutch sentence beside a wijziging that can no longer be changed; null while it is concept. */
export function amendmentLockReason(a: { status: AmendmentStatus; number: string }): string | null {
  if (a.status === "VASTGESTELD") return `Begrotingswijziging ${a.number} is vastgesteld en kan niet meer worden gewijzigd.`;
  if (a.status === "VERWORPEN") return `Begrotingswijziging ${a.number} is verworpen en kan niet meer worden gewijzigd.`;
  return null;
}
