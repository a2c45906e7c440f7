import type { EntryLineDto } from "@/lib/review/data";
import type { ExplanationThreshold } from "@/lib/finance/deviation";
import { canonicalDifference, deviationLabel, deviationLabelText } from "@/lib/finance/deviation";
import { FINANCIAL_LINE_MESSAGES, financialLineNeedsExplanation } from "@/lib/finance/rules";
import { formatEuro, MISSING_VALUE } from "@/lib/format/number";
import { lineTitle } from "@/lib/finance/labels";
import { FormField, controlProps, fieldId } from "../FormField";
import { ReviewStatusBadge } from "../ReviewStatusBadge";
import { ConflictNotice } from "./ConflictNotice";
import { ReviewNote } from "./ReviewNote";
import { amountText, atLengthLimit, readAmount, type RowView } from "./entry-view";
import { EXPLANATION_TOO_LONG_MESSAGE, MAX_EXPLANATION_LENGTH, MAX_NUMBER_LENGTH } from "@/lib/validation/fields";
import { RowActions, type RowActionsProps } from "./RowActions";
import { RowIdentity } from "./RowIdentity";

const euroOrEmpty = (v: string | null | undefined) => (v == null ? "(leeg)" : formatEuro(BigInt(v)));

/**
 * One financial line: begroting na wijziging and realisatie in whole euros
 * (positive; the category gives the meaning), the verschil with V/N as the
 * user types, and the toelichting flagged when the deviation is above the
 * municipality's threshold.
 */
export function LineEntryRow({
  index,
  row,
  view,
  threshold,
  actions,
}: {
  index: number;
  row: EntryLineDto;
  view: RowView;
  threshold: ExplanationThreshold;
  actions: RowActionsProps;
}) {
  const name = (field: string) => `lines.${index}.${field}`;
  const base = view.conflict ? view.conflict.current : { budgetAmended: row.budgetAmended, actual: row.actual, explanation: row.explanation };
  const stored = { budgetAmended: amountText(row.budgetAmended), actual: amountText(row.actual), explanation: row.explanation ?? "" };
  const budget = readAmount(view.current(name("budgetAmended"), stored.budgetAmended));
  const actual = readAmount(view.current(name("actual"), stored.actual));
  const readable = budget !== undefined && actual !== undefined;
  const difference = readable ? canonicalDifference(budget, actual) : null;
  const label = difference === null ? null : deviationLabel(row.category, difference);
  const required = readable && financialLineNeedsExplanation(threshold, { budgetAmended: budget, actual });
  const title = lineTitle(row);
  const explanationErrors =
    view.errors(name("explanation")) ??
    atLengthLimit(view.current(name("explanation"), stored.explanation), MAX_EXPLANATION_LENGTH, EXPLANATION_TOO_LONG_MESSAGE);

  return (
    <fieldset className="pm-entry-row" id={`rij-${row.id}`}>
      <legend className="pm-entry-row__legend">{title}</legend>
      <p className="utrecht-paragraph pm-entry-row__meta">
        <ReviewStatusBadge status={row.reviewStatus} />
      </p>
      <ReviewNote status={row.reviewStatus} comment={row.reviewComment} />
      {view.conflict && (
        <ConflictNotice
          conflict={view.conflict}
          fields={[
            { label: "Begroting na wijziging", value: euroOrEmpty(view.conflict.current.budgetAmended) },
            { label: "Realisatie", value: euroOrEmpty(view.conflict.current.actual) },
            { label: "Toelichting", value: view.conflict.current.explanation ?? "(leeg)" },
          ]}
        />
      )}

      <RowIdentity
        name={name}
        id={row.id}
        version={view.conflict?.version ?? row.version}
        base={{ budgetAmended: base.budgetAmended, actual: base.actual, explanation: base.explanation }}
      />

      <div className="pm-entry-row__numbers">
        {(["budgetAmended", "actual"] as const).map((field) => {
          const errors = view.errors(name(field));
          return (
            <FormField
              key={field}
              name={name(field)}
              label={field === "budgetAmended" ? "Begroting na wijziging (€)" : "Realisatie (€)"}
              errors={errors}
              className="pm-entry-number"
            >
              <input
                {...controlProps(name(field), "textbox", { invalid: !!errors })}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                maxLength={MAX_NUMBER_LENGTH}
                defaultValue={view.initial(name(field), stored[field])}
              />
            </FormField>
          );
        })}
        <div className="pm-entry-row__derived">
          <span className="pm-entry-row__derived-label">Verschil</span>
          {difference === null ? (
            <span>{MISSING_VALUE}</span>
          ) : (
            <span>
              {formatEuro(difference < 0n ? -difference : difference)}
              {label && (
                <>
                  {" "}
                  <span className={`utrecht-status-badge ${label === "V" ? "pm-badge-v" : "pm-badge-n"}`}>
                    {label} <span className="pm-badge-note">({deviationLabelText(label)})</span>
                  </span>
                </>
              )}
            </span>
          )}
        </div>
      </div>

      <FormField
        name={name("explanation")}
        label="Toelichting"
        errors={explanationErrors}
        description={
          required ? (
            <span className="pm-required-flag" id={`${fieldId(name("explanation"))}-verplicht`}>
              {FINANCIAL_LINE_MESSAGES.ABOVE_THRESHOLD}
            </span>
          ) : (
            "Niet verplicht bij deze afwijking"
          )
        }
      >
        <textarea
          {...controlProps(name("explanation"), "textarea", { invalid: !!explanationErrors, description: true })}
          rows={2}
          maxLength={MAX_EXPLANATION_LENGTH}
          aria-required={required || undefined}
          defaultValue={view.initial(name("explanation"), stored.explanation)}
        />
      </FormField>
      <RowActions {...actions} title={title} />
    </fieldset>
  );
}
