import type { EntryLineDto } from "@/lib/review/data";
import type { ExplanationThreshold } from "@/lib/finance/deviation";
import { deviationLabelText } from "@/lib/finance/deviation";
import { FINANCIAL_LINE_MESSAGES } from "@/lib/finance/rules";
import { formatEuro, MISSING_VALUE } from "@/lib/format/number";
import { lineTitle } from "@/lib/finance/labels";
import { lineDeviation, lineNeedsExplanation, OWNED_LINE_LABELS } from "@/lib/review/owned-figures";
import { BUDGET_BASIS_NOTES } from "@/lib/review/figure-summary";
import { FormField, controlProps, fieldId } from "../FormField";
import { ReviewStatusBadge } from "../ReviewStatusBadge";
import { ConflictNotice } from "./ConflictNotice";
import { GivenFigure } from "./GivenFigure";
import { ReviewNote } from "./ReviewNote";
import { amountText, atLengthLimit, readAmount, type RowView } from "./entry-view";
import { EXPLANATION_TOO_LONG_MESSAGE, MAX_EXPLANATION_LENGTH, MAX_NUMBER_LENGTH } from "@/lib/validation/fields";
import { RowActions, type RowActionsProps } from "./RowActions";
import { RowIdentity } from "./RowIdentity";

const euroOrEmpty = (value: string | null | undefined) => (value == null ? "(leeg)" : formatEuro(BigInt(value)));

/**
 * One financial line: the amount this document owns (primitieve begroting,
 * prognose or realisatie) in whole euros (positive; the category gives the
 * meaning). Outside a begroting the begroting na wijziging stands beside it,
 * computed from the primitieve begroting and the adopted wijzigingen and never
 * typed, with the verschil and V/N against it, and the toelichting flagged as
 * required when the deviation is above the municipality's threshold.
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
  const base = view.conflict ? view.conflict.current : { amount: row.amount, explanation: row.explanation };
  const stored = { amount: amountText(row.amount), explanation: row.explanation ?? "" };
  const amount = readAmount(view.current(name("amount"), stored.amount));
  const facts = { stage: row.stage, category: row.category, budget: row.budget?.amount == null ? null : BigInt(row.budget.amount), amount: amount ?? null };
  const { difference, label } = amount === undefined ? { difference: null, label: null } : lineDeviation(facts);
  const required = amount !== undefined && lineNeedsExplanation(threshold, facts);
  const ownedLabel = OWNED_LINE_LABELS[row.stage];
  const title = lineTitle(row);
  const errors = view.errors(name("amount"));
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
            { label: ownedLabel, value: euroOrEmpty(view.conflict.current.amount) },
            { label: "Toelichting", value: view.conflict.current.explanation ?? "(leeg)" },
          ]}
        />
      )}

      <RowIdentity name={name} id={row.id} version={view.conflict?.version ?? row.version} base={{ amount: base.amount, explanation: base.explanation }} />

      <div className="pm-entry-row__numbers">
        {row.budget && (
          <GivenFigure
            label="Begroting na wijziging"
            value={facts.budget === null ? MISSING_VALUE : formatEuro(facts.budget)}
            note={BUDGET_BASIS_NOTES[row.budget.basis]}
          />
        )}
        <FormField name={name("amount")} label={`${ownedLabel} (€)`} errors={errors} className="pm-entry-number">
          <input
            {...controlProps(name("amount"), "textbox", { invalid: !!errors })}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_NUMBER_LENGTH}
            defaultValue={view.initial(name("amount"), stored.amount)}
          />
        </FormField>
        {row.budget && (
          <div className="pm-entry-row__derived">
            <span className="pm-entry-row__derived-label">Verschil</span>
            {difference === null ? (
              <span>{MISSING_VALUE}</span>
            ) : (
              <span>
                {formatEuro(difference)}
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
        )}
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
          ) : row.budget ? (
            "Niet verplicht bij deze afwijking"
          ) : (
            "Niet verplicht"
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
