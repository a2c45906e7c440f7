"use client";

import { useActionState } from "react";
import { saveAmendmentForm } from "@/lib/amendment/actions";
import type { AmendmentDetail } from "@/lib/amendment/data";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { amountText, decimalText } from "../entry/entry-view";
import { controlProps, describedBy, FieldErrors, fieldId } from "../FormField";
import { FormFeedback, shownValue } from "../admin/FormFeedback";
import { PendingButton } from "../PendingButton";
import { AmendmentHeaderFields, HEADER_LABELS } from "./AmendmentHeaderFields";
import { BudgetCell } from "./BudgetCell";

/**
 * A concept wijziging: its header, a delta per budget line of the year (the
 * na-wijziging before and after beside it) and optionally a new streefwaarde
 * per indicator. Posts as one form, so it works without JavaScript; the
 * version makes a save from a stale tab a conflict instead of an overwrite.
 */
export function AmendmentEditForm({ amendment }: { amendment: AmendmentDetail }) {
  const [state, formAction, pending] = useActionState(saveAmendmentForm, INITIAL_FORM_STATE);
  const labels: Record<string, string> = { ...HEADER_LABELS };
  amendment.lines.forEach((l, i) => (labels[`lines.${i}.delta`] = `${CATEGORY_LABELS[l.category]}: ${l.label}`));
  amendment.targets.forEach((t, i) => {
    labels[`targets.${i}.value`] = `Nieuwe streefwaarde ${t.name}`;
    labels[`targets.${i}.reason`] = `Reden nieuwe streefwaarde ${t.name}`;
  });
  const errors = state.fieldErrors;

  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label={`Begrotingswijziging ${amendment.number} bewerken`}>
      <FormFeedback state={state} labels={labels} />
      <input type="hidden" name="amendmentId" value={amendment.id} />
      <input type="hidden" name="version" value={amendment.version} />
      <h2 className="utrecht-heading-2">Gegevens</h2>
      <AmendmentHeaderFields
        state={state}
        saved={{
          number: amendment.number,
          date: amendment.date ?? "",
          authority: amendment.authority ?? "",
          decisionReference: amendment.decisionReference ?? "",
          reason: amendment.reason,
        }}
      />

      <h2 className="utrecht-heading-2">Bedragen per begrotingspost</h2>
      <p className="utrecht-paragraph pm-prose">
        In hele euro&apos;s, als verhoging (+) of verlaging (-) van de post: 12.500 op lasten is 12.500 meer lastenbudget, -3.000 op
        baten is 3.000 minder verwachte baten. Leeg laten: geen wijziging op die post.
      </p>
      {amendment.lines.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen begrotingsposten voor {amendment.year}.</p>
      ) : (
        <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Bedragen per begrotingspost" key={`lines:${state.seq}`}>
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Begrotingspost</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Primitieve begroting (€)</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Na wijziging, zonder deze (€)</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Deze wijziging (€)</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Na wijziging, met deze (€)</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {amendment.lines.map((l, i) => {
                const name = `lines.${i}.delta`;
                const invalid = !!errors[name];
                return (
                  <tr key={l.budgetLineId} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      <label htmlFor={fieldId(name)}>
                        {CATEGORY_LABELS[l.category]}: {l.label}
                      </label>
                      <span className="pm-block pm-small">Programma {l.programme}{l.product ? ` · ${l.product}` : ""}</span>
                    </th>
                    <td className="utrecht-table__cell pm-num">{l.primitief === null ? "onbekend" : amountText(l.primitief)}</td>
                    <td className="utrecht-table__cell pm-num"><BudgetCell state={l.before} /></td>
                    <td className={`utrecht-table__cell${l.refusal && !l.delta ? "" : " pm-num"}`}>
                      <input type="hidden" name={`lines.${i}.budgetLineId`} value={l.budgetLineId} />
                      {l.refusal && !l.delta ? (
                        <>
                          <input type="hidden" name={name} value="" />
                          <span className="pm-small" id={`${fieldId(name)}-uitleg`}>{l.refusal}</span>
                        </>
                      ) : (
                        <div className="pm-entry-number">
                          <input
                            {...controlProps(name, "textbox", { invalid })}
                            aria-describedby={describedBy(name, { errors: invalid })}
                            type="text"
                            inputMode="numeric"
                            autoComplete="off"
                            size={12}
                            defaultValue={shownValue(state, name, amountText(l.delta))}
                          />
                          <FieldErrors name={name} errors={errors[name]} />
                        </div>
                      )}
                    </td>
                    <td className="utrecht-table__cell pm-num"><BudgetCell state={l.after} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {amendment.targets.length > 0 && (
        <>
          <h2 className="utrecht-heading-2">Streefwaarden</h2>
          <p className="utrecht-paragraph pm-prose">
            Alleen invullen als deze wijziging een streefwaarde van {amendment.year} verandert; een nieuwe streefwaarde heeft een reden.
          </p>
          <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Streefwaarden" key={`targets:${state.seq}`}>
            <table className="utrecht-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Indicator</th>
                  <th scope="col" className="utrecht-table__header-cell pm-num">Huidige streefwaarde</th>
                  <th scope="col" className="utrecht-table__header-cell">Nieuwe streefwaarde</th>
                  <th scope="col" className="utrecht-table__header-cell">Reden</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {amendment.targets.map((t, i) => {
                  const valueName = `targets.${i}.value`;
                  const reasonName = `targets.${i}.reason`;
                  return (
                    <tr key={`${t.indicatorId}:${t.dimensionValue}`} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        {t.name}
                        {t.dimensionValue ? ` (${t.dimensionValue})` : ""}
                        <span className="pm-block pm-small">Programma {t.programme}</span>
                        <input type="hidden" name={`targets.${i}.indicatorId`} value={t.indicatorId} />
                        <input type="hidden" name={`targets.${i}.dimensionValue`} value={t.dimensionValue} />
                      </th>
                      <td className="utrecht-table__cell pm-num">{t.current === null ? "–" : decimalText(t.current, t.decimals)}</td>
                      <td className="utrecht-table__cell">
                        <label className="pm-visually-hidden" htmlFor={fieldId(valueName)}>Nieuwe streefwaarde {t.name}</label>
                        <input
                          {...controlProps(valueName, "textbox", { invalid: !!errors[valueName] })}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          size={8}
                          defaultValue={shownValue(state, valueName, t.value === null ? "" : decimalText(t.value, 0))}
                        />
                        <FieldErrors name={valueName} errors={errors[valueName]} />
                      </td>
                      <td className="utrecht-table__cell">
                        <label className="pm-visually-hidden" htmlFor={fieldId(reasonName)}>Reden nieuwe streefwaarde {t.name}</label>
                        <input
                          {...controlProps(reasonName, "textbox", { invalid: !!errors[reasonName] })}
                          type="text"
                          autoComplete="off"
                          defaultValue={shownValue(state, reasonName, t.reason ?? "")}
                        />
                        <FieldErrors name={reasonName} errors={errors[reasonName]} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}

      <div className="pm-entry-form__actions">
        <PendingButton pending={pending}>Wijziging opslaan</PendingButton>
      </div>
    </form>
  );
}
