/**
 * A programme's money as the API shows it: canonical euros (as strings), what
 * the source printed (`alsGedrukt`) and the app's own sum of the lines
 * (`berekendUitRegels`), both x € 1.000 in the municipality's signs, V/N and the
 * threshold mark — all derived by lib/finance/table.ts, the code the public
 * pages use, so API and pages agree.
 */
import { buildFinanceTable, type Cells, type Threshold, type TableRow, type TableLineInput, type PrintedInput } from "@/lib/finance/table";
import { conventionLegend, type SignConvention } from "@/lib/finance/sign-convention";
import type { PrintedComparison } from "@/lib/finance/printed";
import type { BudgetBasis } from "@/lib/cycle";
import type { LineAmendmentDto, LinePrognosisDto } from "@/lib/finance/line-view";
import { amendedBasis, amendmentAuthority, amountColumn, rowKind } from "../vocabulary";
import { provenance, type Provenance } from "../schemas/common";
import type { z } from "zod";
import type { AmountsBody, FinanceBody, printedAmountsSchema, sharesSchema } from "../schemas/financien";

export interface SourcedLineInput extends TableLineInput {
  budgetLineId: string;
  product: string | null;
  functionCode: string | null;
  sourceTitle: string | null;
  sourceLocation: string | null;
  basis: BudgetBasis | null;
  amendments: LineAmendmentDto[];
  prognoses: LinePrognosisDto[];
}

export interface SourcedPrintedInput extends PrintedInput {
  sourceTitle: string | null;
  sourceLocation: string | null;
}

export const NO_THRESHOLD: Threshold = { amount: null, percent: null, rule: "AMOUNT_OR_PERCENT" };

const STORED = ["ACTUAL_PREVIOUS_YEAR", "BUDGET_ORIGINAL", "BUDGET_AMENDED", "ACTUAL"] as const;
const ALL = [...STORED, "DIFFERENCE"] as const;

/** Thousands of euros fit a JSON number for any municipality (the whole state budget is < 10^9 thousand). */
function toNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Bedrag buiten bereik: ${value}`);
  return n;
}

export function amountsBody(cells: Cells): AmountsBody {
  const out = {} as Record<string, string | null>;
  for (const column of ALL) out[amountColumn.of(column)] = cells[column]?.toString() ?? null;
  return out as AmountsBody;
}

type PrintedBody = z.infer<typeof printedAmountsSchema>;

/** One version of a row's figures (printed, computed or their difference) per column, x € 1.000. */
export function thousandsBody(row: TableRow, pick: (f: PrintedComparison) => bigint | null): PrintedBody {
  const out = {} as Record<string, number | null>;
  for (const column of ALL) {
    const figure = row.figures[column];
    const value = figure ? pick(figure) : null;
    out[amountColumn.of(column)] = value === null ? null : toNumber(value);
  }
  return out as PrintedBody;
}

function versionsBody(row: TableRow) {
  return {
    alsGedrukt: thousandsBody(row, (f) => f.printed),
    berekendUitRegels: thousandsBody(row, (f) => f.computed),
    afrondingsverschil: thousandsBody(row, (f) => f.roundingDifference),
  };
}

/**
 * The legend of `tekenconventie`: the municipality's own signs for the x € 1.000
 * figures, and the canonical form of `bedragen`, whose verschil runs the other
 * way round from some municipalities' printed verschil.
 */
export function signLegend(convention: SignConvention): string {
  return (
    `alsGedrukt, berekendUitRegels en afrondingsverschil: ${conventionLegend(convention)} ` +
    "bedragen: hele euro's, canoniek: lasten, baten, toevoegingen en onttrekkingen positief; saldo = baten − lasten; " +
    "verschil = realisatie − begroting na wijziging, dus positief is bij baten een voordeel en bij lasten een nadeel (zie afwijking)."
  );
}

export function sharesBody(share: TableRow["share"]): z.infer<typeof sharesSchema> | null {
  if (Object.keys(share).length === 0) return null;
  const out = {} as Record<string, string | null>;
  for (const column of STORED) out[amountColumn.of(column)] = share[column] ?? null;
  return out as z.infer<typeof sharesSchema>;
}

/** A date column (no time of day) as the API writes it: JJJJ-MM-DD. */
const isoDate = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));

/** The stages of a line beside its columns: the wijzigingen that make up the na-wijziging and the prognoses (decision 009 §7). */
export function lineStagesBody(line: Pick<SourcedLineInput, "budgetLineId" | "basis" | "amendments" | "prognoses">) {
  return {
    begrotingspostId: line.budgetLineId,
    basisNaWijziging: line.basis === null ? null : amendedBasis.of(line.basis),
    wijzigingen: line.amendments.map((a) => ({
      nummer: a.number,
      datum: isoDate(a.date),
      bevoegdheid: a.authority === null ? null : amendmentAuthority.of(a.authority),
      raadsbesluit: a.decisionReference,
      reden: a.reason,
      bedrag: a.delta.toString(),
      nietGespecificeerd: a.unspecified,
    })),
    prognoses: line.prognoses.map((p) => ({ document: p.documentTitle, volgnummer: p.sequence, bedrag: p.amount?.toString() ?? null })),
  };
}

interface Sources {
  lines: SourcedLineInput[];
  printed: SourcedPrintedInput[];
}

/** A total's provenance: where the source printed it, else where the lines it sums were printed. */
function totalProvenance(sources: Sources, match: (p: SourcedPrintedInput) => boolean): Provenance {
  const printed = sources.printed.find((p) => match(p) && (p.sourceTitle || p.sourceLocation));
  if (printed) return provenance(printed.sourceTitle, printed.sourceLocation);
  const line = sources.lines[0];
  return provenance(line?.sourceTitle, line?.sourceLocation);
}

export function financeBody(input: {
  lines: SourcedLineInput[];
  printed: SourcedPrintedInput[];
  convention: SignConvention;
  threshold: Threshold;
}): FinanceBody | null {
  if (input.lines.length === 0) return null;
  const { convention } = input;
  const table = buildFinanceTable(input);
  const lineById = new Map(input.lines.map((l) => [l.id, l]));

  const totalBody = (row: TableRow, match: (p: SourcedPrintedInput) => boolean) => ({
    soort: rowKind.of(row.kind),
    omschrijving: row.label,
    doelCode: row.goalCode,
    bedragen: amountsBody(row.cells),
    ...versionsBody(row),
    aandeelGemeentelijkTotaal: sharesBody(row.share),
    afwijking: row.deviation,
    bovenToelichtingsgrens: row.exceedsThreshold,
    herkomst: totalProvenance(input, match),
  });
  const programmeLevel = (row: TableRow) => (p: SourcedPrintedInput) =>
    p.row === row.kind && p.goalId === null && p.financialLineId === null;

  return {
    tekenconventie: signLegend(convention),
    kolommen: table.columns.map((c) => amountColumn.of(c)),
    regels: table.groups.flatMap((group) =>
      group.lines.map((row) => {
        const line = lineById.get(row.lineId!)!;
        return {
          id: line.id,
          soort: rowKind.of(row.kind),
          omschrijving: row.label,
          doelCode: row.goalCode,
          product: line.product,
          taakveld: line.functionCode,
          ...lineStagesBody(line),
          bedragen: amountsBody(row.cells),
          ...versionsBody(row),
          afwijking: row.deviation,
          bovenToelichtingsgrens: row.exceedsThreshold,
          toelichting: row.explanation,
          herkomst: provenance(line.sourceTitle, line.sourceLocation),
        };
      }),
    ),
    totalen: [
      ...table.groups.map((g) => g.total),
      table.balance,
      ...(table.result ? [table.result] : []),
    ].map((row) => totalBody(row, programmeLevel(row))),
    subtotalenPerDoel: table.goalResults.map((row) =>
      totalBody(row, (p) => p.row === row.kind && p.goalId === row.goalId && p.financialLineId === null),
    ),
    afrondingsverschillen: table.roundingNotes.map((n) => ({
      omschrijving: n.label,
      soort: rowKind.of(n.kind),
      kolom: amountColumn.of(n.column),
      alsGedrukt: toNumber(n.printed),
      berekendUitRegels: toNumber(n.computed),
      afrondingsverschil: toNumber(n.roundingDifference),
    })),
  };
}

/** Lasten, baten, saldo van baten en lasten and (with reserves) resultaat na reserves of one programme, for the programme list. */
export function programmeTotals(lines: TableLineInput[], printed: PrintedInput[]) {
  const table = buildFinanceTable({ lines, printed, convention: "BOTH_POSITIVE", threshold: NO_THRESHOLD });
  const total = (row: TableRow | undefined) => ({
    bedragen: amountsBody(row?.cells ?? {}),
    aandeelGemeentelijkTotaal: sharesBody(row?.share ?? {}),
  });
  const group = (category: "EXPENSES" | "INCOME") => table.groups.find((g) => g.category === category)?.total;
  return {
    lasten: total(group("EXPENSES")),
    baten: total(group("INCOME")),
    saldo: total(table.balance),
    resultaat: table.result ? total(table.result) : null,
  };
}
