"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { saveBudgetGridForm } from "@/lib/budget/actions";
import type { BudgetGridLine } from "@/lib/budget/data";
import { INITIAL_GRID_STATE } from "@/lib/budget/form-state";
import { ADOPTED_WITH_BEGROTING } from "@/lib/budget/rules";
import { cellField } from "@/lib/budget/schema";
import { columnTotals, groupLines } from "@/lib/budget/totals";
import { BALANCE_TERM, CATEGORY_LABELS, RESULT_TERM, TOTAL_LABELS, lineTitle } from "@/lib/finance/labels";
import { formatEuro, MISSING_VALUE } from "@/lib/format/number";
import { amountText, readAmount } from "../entry/entry-view";
import { GridCellInput } from "../grid/GridCellInput";
import { GridMessage } from "../grid/GridMessage";

// "Begroting invoeren": every budget line of the programme × every year the
// begroting owns, in one form with one save (all or nothing). Totals, saldo
// and resultaat are computed as the user types, never typed. It posts to a
// Server Action, so it also works without JavaScript (then the totals are
// those of the saved amounts).

export interface BudgetGridFormProps {
  documentId: string;
  programmeId: string;
  years: number[];
  yearLabels: Record<number, string>;
  lines: BudgetGridLine[];
  /** The own year's begroting na wijziging differs from the primitieve begroting on some line: show it. */
  showAmended: boolean;
}

const euro = (value: string | null) => (value === null ? "(leeg)" : formatEuro(BigInt(value)));

export function BudgetGridForm({ documentId, programmeId, years, yearLabels, lines, showAmended }: BudgetGridFormProps) {
  const [state, formAction, pending] = useActionState(saveBudgetGridForm, INITIAL_GRID_STATE);
  const [live, setLive] = useState<{ seq: number; values: Record<string, string> }>({ seq: 0, values: {} });
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.seq > 0) message.current?.focus();
  }, [state.seq]);

  const indexOf = new Map<string, number>();
  lines.forEach((l, li) => years.forEach((y, yi) => indexOf.set(`${l.id}:${y}`, li * years.length + yi)));
  const typedNow = live.seq === state.seq ? live.values : {};
  const stored = (line: BudgetGridLine, year: number) => amountText(line.cells[String(year)]?.value ?? null);
  const current = (line: BudgetGridLine, year: number) => {
    const name = cellField(indexOf.get(`${line.id}:${year}`)!, "amount");
    return typedNow[name] ?? state.values[name] ?? stored(line, year);
  };
  const totals = new Map(years.map((y) => [y, columnTotals(lines, y, (id, year) => readAmount(current(lines.find((l) => l.id === id)!, year)))]));
  const conflicts = new Map(state.conflicts.map((c) => [`${c.subjectId}:${c.year}`, c]));

  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (!target.name || target.type === "hidden") return;
    setLive((previous) => ({ seq: state.seq, values: { ...(previous.seq === state.seq ? previous.values : {}), [target.name]: target.value } }));
  };
  const describe = (name: string) => {
    const index = Number(name.split(".")[1]);
    const line = lines[Math.floor(index / years.length)];
    const year = years[index % years.length];
    return line && year ? `${lineTitle(line)}, ${yearLabels[year]}` : "Bedrag";
  };
  const columns = years.length + 1 + (showAmended ? 1 : 0);
  const totalCell = (value: bigint | null, incomplete: boolean, key: number) => (
    <td key={key} className="utrecht-table__cell pm-num">
      <output>{value === null ? MISSING_VALUE : formatEuro(value)}</output>
      {incomplete && value !== null && <span className="pm-figure-note">onvolledig</span>}
    </td>
  );

  return (
    <form action={formAction} onInput={onInput} noValidate className="pm-entry-form" aria-label="Begroting invoeren">
      <GridMessage ref={message} state={state} describe={describe} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <p className="utrecht-paragraph pm-grid-cue" id="begroting-schuiven">
        De tabel is breder dan het scherm: schuif opzij voor de andere jaren. De kolom met de posten blijft staan.
      </p>
      <div className="pm-table-scroll pm-grid-scroll" tabIndex={0} role="region" aria-label="Bedragen per begrotingspost en jaar" aria-describedby="begroting-schuiven">
        <table className="utrecht-table pm-grid">
          <caption className="utrecht-table__caption pm-visually-hidden">Bedragen per begrotingspost en jaar, in hele euro&apos;s</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell pm-grid__sticky">
                Begrotingspost
              </th>
              {years.map((y) => (
                <th key={y} scope="col" className="utrecht-table__header-cell pm-num">
                  {yearLabels[y]}
                </th>
              ))}
              {showAmended && (
                <th scope="col" className="utrecht-table__header-cell pm-num">
                  Na wijziging {years[0]}
                </th>
              )}
            </tr>
          </thead>
          {groupLines(lines).map((group) => (
            <tbody key={group.category} className="utrecht-table__body">
              <tr className="utrecht-table__row pm-grid__group">
                {/* Not spanning the row: a spanning cell would scroll its label out of view on a narrow screen. */}
                <th scope="colgroup" className="utrecht-table__header-cell pm-grid__sticky">
                  {CATEGORY_LABELS[group.category]}
                </th>
                <td colSpan={columns - 1} className="utrecht-table__cell" />
              </tr>
              {group.lines.map((line) => (
                <tr key={line.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell pm-grid__sticky pm-grid__label">
                    {line.label}
                    {(line.product || line.functionCode) && (
                      <span className="pm-figure-note">{[line.product, line.functionCode && `taakveld ${line.functionCode}`].filter(Boolean).join(" · ")}</span>
                    )}
                  </th>
                  {years.map((year) => {
                    const index = indexOf.get(`${line.id}:${year}`)!;
                    const cell = line.cells[String(year)];
                    const name = cellField(index, "amount");
                    return (
                      <GridCellInput
                        key={`${year}:${cell?.version ?? 0}:${state.seq}`}
                        index={index}
                        field="amount"
                        hidden={{ line: line.id, year: String(year) }}
                        label={`${lineTitle(line)}, ${yearLabels[year]}`}
                        cell={cell}
                        baseText={cell?.value ?? ""}
                        initial={state.values[name] ?? stored(line, year)}
                        errors={state.fieldErrors[name]}
                        conflict={conflicts.get(`${line.id}:${year}`)}
                        conflictText={euro}
                        inputMode="numeric"
                      />
                    );
                  })}
                  {showAmended && <td className="utrecht-table__cell pm-num">{line.amended === null ? MISSING_VALUE : formatEuro(BigInt(line.amended))}</td>}
                </tr>
              ))}
              <tr className="utrecht-table__row pm-total">
                <th scope="row" className="utrecht-table__header-cell pm-grid__sticky">
                  {TOTAL_LABELS[group.category]}
                </th>
                {years.map((y) => totalCell(totals.get(y)!.byCategory[group.category], totals.get(y)!.incomplete, y))}
                {showAmended && <td className="utrecht-table__cell" />}
              </tr>
            </tbody>
          ))}
          <tfoot className="utrecht-table__footer">
            <tr className="utrecht-table__row pm-total">
              <th scope="row" className="utrecht-table__header-cell pm-grid__sticky">
                {BALANCE_TERM.label} <span className="pm-figure-note">{BALANCE_TERM.definition}</span>
              </th>
              {years.map((y) => totalCell(totals.get(y)!.balance, totals.get(y)!.incomplete, y))}
              {showAmended && <td className="utrecht-table__cell" />}
            </tr>
            <tr className="utrecht-table__row pm-total">
              <th scope="row" className="utrecht-table__header-cell pm-grid__sticky">
                {RESULT_TERM.label}
              </th>
              {years.map((y) => totalCell(totals.get(y)!.result, totals.get(y)!.incomplete, y))}
              {showAmended && <td className="utrecht-table__cell" />}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="utrecht-paragraph pm-muted pm-prose">
        Deze bedragen hebben geen eigen beoordeling: elk bedrag {ADOPTED_WITH_BEGROTING} door de raad. Totalen, saldo en
        resultaat worden berekend en zijn niet in te vullen.
      </p>
      <div className="pm-entry-form__actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={pending || undefined}
          onClick={(event) => pending && event.preventDefault()}
        >
          {pending ? "Bezig met opslaan…" : "Opslaan"}
        </button>
      </div>
    </form>
  );
}
