/**
 * Which stage of the P&C cycle an Iv3 delivery holds, from its status and
 * periode.
 *
 * The periode codes (schema: 0–5) are not described in the definitions file;
 * they follow from CBS's controls there and its delivery calendar: six
 * deliveries a year — the begroting (periode 0; the lasten = baten check PF006
 * runs on 0 and 5), four kwartaalrekeningen (1–4) and the jaarrekening (5;
 * the balance checks PF007/PF008 run on 5 only). So status Begroting goes
 * with periode 0 and status Realisatie with 1–5; other combinations are
 * refused by the validator.
 *
 * A kwartaal is realisatie up to a quarter: neither the year's realisatie nor
 * a bestuursrapportage's prognose (a forecast of the whole year), so it gets a
 * stage of its own, KWARTAAL, and the caller decides what to do with it.
 */
import type { Iv3Metadata, Iv3Status } from "./types";

export type Iv3StageKind = "BEGROTING" | "KWARTAAL" | "REALISATIE";

export interface Iv3Stage {
  year: number;
  stage: Iv3StageKind;
  periode: number;
  /** Dutch: "begroting 2025", "realisatie 2023", "1e kwartaal 2025". */
  label: string;
}

/** Why status and periode do not go together (Dutch), or null when they do. */
export function stageProblem(status: Iv3Status, periode: number): string | null {
  if (status === "Begroting" && periode !== 0) {
    return `Een levering met status Begroting hoort periode 0 te hebben, niet ${periode}; de perioden 1 tot en met 5 zijn realisaties.`;
  }
  if (status === "Realisatie" && periode === 0) {
    return "Een levering met periode 0 is een begroting en hoort status Begroting te hebben, niet Realisatie.";
  }
  return null;
}

export function iv3Stage(metadata: Pick<Iv3Metadata, "boekjaar" | "periode" | "status">): Iv3Stage {
  const { boekjaar: year, periode, status } = metadata;
  const problem = stageProblem(status, periode);
  if (problem) throw new Error(problem);
  if (periode === 0) return { year, stage: "BEGROTING", periode, label: `begroting ${year}` };
  if (periode === 5) return { year, stage: "REALISATIE", periode, label: `realisatie ${year}` };
  if (periode >= 1 && periode <= 4 && Number.isInteger(periode)) {
    return { year, stage: "KWARTAAL", periode, label: `${periode}e kwartaal ${year}` };
  }
  throw new Error(`Unknown Iv3 periode ${periode}`);
}
