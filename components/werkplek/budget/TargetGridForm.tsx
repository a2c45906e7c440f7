"use client";

import { useActionState, useEffect, useRef } from "react";
import { saveTargetGridForm } from "@/lib/budget/actions";
import type { TargetGridRow } from "@/lib/budget/data";
import { INITIAL_GRID_STATE } from "@/lib/budget/form-state";
import { cellField } from "@/lib/budget/schema";
import { formatIndicatorNumber } from "@/lib/format/number";
import { indicatorValueTitle } from "@/lib/indicator/labels";
import { CONFIRM_UNUSUAL_LABEL, CONFIRM_UNUSUAL_VALUE, asksConfirmation } from "@/lib/indicator/value-rules";
import { REVIEW_STATUS_LABELS, editNeedsReason } from "@/lib/review/workflow";
import { decimalText } from "../entry/entry-view";
import { ReasonField } from "../entry/ReasonField";
import { GridCellInput } from "../grid/GridCellInput";
import { GridMessage } from "../grid/GridMessage";

// "Streefwaarden": every indicator value of the programme × every year the
// begroting owns. One save for the grid (all or nothing); "Opslaan en
// indienen" sends the concept streefwaarden to the controller, as the
// programme form does for the own year. Works without JavaScript.

export interface TargetGridFormProps {
  documentId: string;
  programmeId: string;
  years: number[];
  rows: TargetGridRow[];
  maySubmit: boolean;
}

export function TargetGridForm({ documentId, programmeId, years, rows, maySubmit }: TargetGridFormProps) {
  const [state, formAction, pending] = useActionState(saveTargetGridForm, INITIAL_GRID_STATE);
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.seq > 0) message.current?.focus();
  }, [state.seq]);
  const conflicts = new Map(state.conflicts.map((c) => [`${c.subjectId}\u0000${c.dimensionValue}\u0000${c.year}`, c]));
  const title = (row: TargetGridRow) => indicatorValueTitle({ name: row.name, dimensionValue: row.dimensionValue });
  const describe = (name: string) => {
    if (name === "reason") return "Reden van wijziging";
    const index = Number(name.split(".")[1]);
    const row = rows[Math.floor(index / years.length)];
    return row ? `Streefwaarde ${years[index % years.length]} bij ${title(row)}` : "Streefwaarde";
  };
  const askReason = rows.some((r) => Object.values(r.cells).some((c) => editNeedsReason(c.reviewStatus))) || !!state.fieldErrors.reason;
  const pendingGuard = (event: { preventDefault(): void }) => pending && event.preventDefault();

  return (
    <form action={formAction} noValidate className="pm-entry-form" aria-label="Streefwaarden invoeren">
      <GridMessage ref={message} state={state} describe={describe} />
      <button type="submit" name="intent" value="save" className="pm-visually-hidden" tabIndex={-1} aria-hidden="true" onClick={pendingGuard}>
        Opslaan
      </button>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <p className="utrecht-paragraph pm-grid-cue" id="streefwaarden-schuiven">
        De tabel is breder dan het scherm: schuif opzij voor de andere jaren. De kolom met de indicatoren blijft staan.
      </p>
      <div className="pm-table-scroll pm-grid-scroll" tabIndex={0} role="region" aria-label="Streefwaarden per indicator en jaar" aria-describedby="streefwaarden-schuiven">
        <table className="utrecht-table pm-grid">
          <caption className="utrecht-table__caption pm-visually-hidden">Streefwaarden per indicator en jaar</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell pm-grid__sticky">
                Indicator
              </th>
              {years.map((y) => (
                <th key={y} scope="col" className="utrecht-table__header-cell pm-num">
                  Streefwaarde {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((row, ri) => (
              <tr key={`${row.indicatorId}:${row.dimensionValue}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell pm-grid__sticky pm-grid__label">
                  {title(row)}
                  <span className="pm-figure-note">
                    {[row.goal, row.decimals === 0 ? "geheel getal" : `${row.decimals} ${row.decimals === 1 ? "decimaal" : "decimalen"}`].filter(Boolean).join(" · ")}
                  </span>
                </th>
                {years.map((year, yi) => {
                  const index = ri * years.length + yi;
                  const cell = row.cells[String(year)];
                  const name = cellField(index, "value");
                  const errors = state.fieldErrors[name];
                  const confirm = errors?.some(asksConfirmation);
                  return (
                    <GridCellInput
                      key={`${year}:${cell?.version ?? 0}:${state.seq}`}
                      index={index}
                      field="value"
                      hidden={{ indicator: row.indicatorId, dimension: row.dimensionValue, year: String(year) }}
                      label={`Streefwaarde ${year}, ${title(row)}`}
                      cell={cell}
                      baseText={cell?.value ?? ""}
                      initial={state.values[name] ?? decimalText(cell?.value ?? null, row.decimals)}
                      errors={errors}
                      conflict={conflicts.get(`${row.indicatorId}\u0000${row.dimensionValue}\u0000${year}`)}
                      conflictText={(value) => (value === null ? "(leeg)" : formatIndicatorNumber(value, row.decimals))}
                      inputMode="decimal"
                      extra={
                        <>
                          {cell && <span className="pm-grid__message pm-muted">{REVIEW_STATUS_LABELS[cell.reviewStatus]}</span>}
                          {confirm && (
                            <label className="pm-check pm-small">
                              <input type="checkbox" name={cellField(index, "confirmUnusual")} value={CONFIRM_UNUSUAL_VALUE} />
                              {CONFIRM_UNUSUAL_LABEL}
                            </label>
                          )}
                        </>
                      }
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {askReason && <ReasonField seq={state.seq} errors={state.fieldErrors.reason} typed={state.values.reason} description="Verplicht als u een streefwaarde wijzigt die al is ingediend of goedgekeurd. De reden komt in de geschiedenis van het cijfer." />}
      <div className="pm-entry-form__actions">
        <button type="submit" name="intent" value="save" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending || undefined} onClick={pendingGuard}>
          {pending ? "Bezig met opslaan…" : "Opslaan"}
        </button>
        {maySubmit && (
          <button type="submit" name="intent" value="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={pending || undefined} onClick={pendingGuard}>
            Opslaan en indienen
          </button>
        )}
      </div>
      {maySubmit && (
        <p className="utrecht-paragraph pm-muted pm-prose">
          Indienen stuurt elke ingevulde conceptstreefwaarde van dit programma, van elk jaar, naar de controller. Een lege
          streefwaarde blijft concept.
        </p>
      )}
    </form>
  );
}
