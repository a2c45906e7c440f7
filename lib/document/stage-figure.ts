/**
 * Which of several visible figures of one subject and year a read shows for a
 * stage (I9 contract, "Reading a document D"): a figure of the real document
 * of the stage first (it is the source itself), then the one reconstructed
 * from the document being read (what that document printed), then any other
 * reconstruction. Within a group the cycle's own owner rule decides (newest
 * begroting for a meerjarenraming, last bestuursrapportage for a prognose).
 */
import { ownerOf, stageOf, type DocumentKind, type DocumentOrigin, type Stage } from "@/lib/cycle";

export interface DocumentRef {
  id: string;
  kind: DocumentKind;
  year: number;
  title: string;
}

export interface FigureDocument {
  id: string;
  kind: DocumentKind;
  year: number;
  sequence: number;
  origin: DocumentOrigin;
  projectionYears: number;
  reconstructedFromId: string | null;
  title: string;
  /** The printing document of a reconstruction. */
  reconstructedFrom: DocumentRef | null;
}

export interface StagedFigure {
  year: number;
  document: FigureDocument;
}

/** The figures of `year` whose owner gives them `stage`. */
export function figuresOfStage<F extends StagedFigure>(figures: F[], stage: Stage, year: number): F[] {
  return figures.filter((f) => f.year === year && stageOf(f.document, year) === stage);
}

export function chooseFigure<F extends StagedFigure>(
  figures: F[],
  stage: Stage,
  year: number,
  readingDocumentId: string | null,
): F | null {
  const candidates = figuresOfStage(figures, stage, year);
  const real = candidates.filter((f) => f.document.origin !== "RECONSTRUCTED");
  const fromReading = candidates.filter((f) => f.document.origin === "RECONSTRUCTED" && f.document.reconstructedFromId === readingDocumentId);
  const group = [real, fromReading, candidates].find((g) => g.length > 0) ?? [];
  const owner = ownerOf(
    group.map((f) => f.document),
    stage,
    year,
  );
  return owner ? (group.find((f) => f.document.id === owner.id) ?? null) : null;
}
