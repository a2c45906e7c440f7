"use client";

import { useActionState } from "react";
import { saveOpeningForm } from "@/lib/opening/actions";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/state";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { OPENING_COLUMN_LABELS, type OpeningColumn } from "@/lib/opening/rules";
import type { OpeningIndicator, OpeningLine } from "@/lib/opening/data";
import { amountText, decimalText } from "../entry/entry-view";
import { controlProps, describedBy, FieldErrors } from "../FormField";
import { FormFeedback, shownValue } from "../admin/FormFeedback";
import { PendingButton } from "../PendingButton";

const LINE_FIELDS: Record<OpeningColumn, "primitief" | "previousActual"> = { PRIMITIEF: "primitief", VORIG_JAAR: "previousActual" };

function NumberInput({ name, label, state, saved, numeric }: { name: string; label: string; state: FormState; saved: string; numeric: boolean }) {
  const invalid = !!state.fieldErrors[name];
  return (
    <div className="pm-entry-number">
      <input
        {...controlProps(name, "textbox", { invalid })}
        aria-label={label}
        aria-describedby={describedBy(name, { errors: invalid })}
        type="text"
        inputMode={numeric ? "numeric" : "decimal"}
        autoComplete="off"
        size={12}
        defaultValue={shownValue(state, name, saved)}
      />
      <FieldErrors name={name} errors={state.fieldErrors[name]} />
    </div>
  );
}

interface Props {
  documentId: string;
  programmeId: string;
  year: number;
  columns: OpeningColumn[];
  lines: OpeningLine[];
  indicators: OpeningIndicator[];
}

/**
 * The beginstand of one programme: per budget line the columns only an
 * earlier document can provide, and per indicator its streefwaarde when the
 * year's begroting is not in the monitor. One form, so it works without
 * JavaScript; a refusal keeps every typed cell.
 */
export function OpeningForm({ documentId, programmeId, year, columns, lines, indicators }: Props) {
  const [state, formAction, pending] = useActionState(saveOpeningForm, INITIAL_FORM_STATE);
  const heading = (c: OpeningColumn) => `${OPENING_COLUMN_LABELS[c]} ${c === "PRIMITIEF" ? year : year - 1} (€)`;
  const labels: Record<string, string> = {};
  lines.forEach((l, i) => columns.forEach((c) => (labels[`lines.${i}.${LINE_FIELDS[c]}`] = `${heading(c)}, ${CATEGORY_LABELS[l.category]}: ${l.label}`)));
  indicators.forEach((ind, i) => (labels[`indicators.${i}.target`] = `Streefwaarde ${year}, ${ind.name ?? "indicator"}`));
  const targets = columns.includes("PRIMITIEF") && indicators.length > 0;

  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="Beginstand">
      <FormFeedback state={state} labels={labels} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <p className="utrecht-paragraph pm-grid-cue" id="beginstand-schuiven">
        De tabellen zijn breder dan het scherm: schuif opzij voor de andere kolommen. De kolom met de posten blijft staan.
      </p>
      <h2 className="utrecht-heading-2">Bedragen per begrotingspost</h2>
      {lines.length === 0 ? (
        <p className="utrecht-paragraph">Dit programma heeft in dit document nog geen begrotingsposten.</p>
      ) : (
        <div className="pm-table-scroll pm-grid-scroll" tabIndex={0} role="region" aria-label="Beginstand per begrotingspost" aria-describedby="beginstand-schuiven" key={`lines:${state.seq}`}>
          <table className="utrecht-table pm-sticky-first">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Begrotingspost</th>
                {columns.map((c) => (
                  <th key={c} scope="col" className="utrecht-table__header-cell pm-num">{heading(c)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lines.map((l, i) => (
                <tr key={l.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {CATEGORY_LABELS[l.category]}: {l.label}
                    {l.product && <span className="pm-block pm-small">{l.product}</span>}
                    <input type="hidden" name={`lines.${i}.budgetLineId`} value={l.id} />
                  </th>
                  {columns.map((c) => {
                    const field = LINE_FIELDS[c];
                    const stored = l.stored[c];
                    return (
                      <td key={c} className="utrecht-table__cell pm-num">
                        <input type="hidden" name={`lines.${i}.${field}Version`} value={stored?.version ?? ""} />
                        <NumberInput name={`lines.${i}.${field}`} label={labels[`lines.${i}.${field}`]!} state={state} saved={amountText(stored?.value ?? null)} numeric />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {targets && (
        <>
          <h2 className="utrecht-heading-2">Streefwaarden {year}</h2>
          <div className="pm-table-scroll pm-grid-scroll" tabIndex={0} role="region" aria-label={`Streefwaarden ${year}`} aria-describedby="beginstand-schuiven" key={`targets:${state.seq}`}>
            <table className="utrecht-table pm-sticky-first">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Indicator</th>
                  <th scope="col" className="utrecht-table__header-cell pm-num">Streefwaarde {year}</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {indicators.map((ind, i) => (
                  <tr key={`${ind.indicatorId}:${ind.dimensionValue}`} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {ind.name ?? "Indicator zonder naam"}
                      {ind.dimensionValue && ` (${ind.dimensionValue})`}
                      {ind.unitLabel && <span className="pm-block pm-small">{ind.unitLabel}</span>}
                      <input type="hidden" name={`indicators.${i}.indicatorId`} value={ind.indicatorId} />
                      <input type="hidden" name={`indicators.${i}.dimensionValue`} value={ind.dimensionValue} />
                      <input type="hidden" name={`indicators.${i}.targetVersion`} value={ind.stored?.version ?? ""} />
                    </th>
                    <td className="utrecht-table__cell pm-num">
                      <NumberInput name={`indicators.${i}.target`} label={labels[`indicators.${i}.target`]!} state={state} saved={decimalText(ind.stored?.value ?? null, ind.decimals)} numeric={false} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <PendingButton pending={pending}>Beginstand opslaan</PendingButton>
    </form>
  );
}
