import type { EntryIndicatorDto } from "@/lib/review/data";
import { goalAchievement } from "@/lib/indicator/achievement";
import { INDICATOR_EXPLANATION_MESSAGES, indicatorExplanationReason } from "@/lib/indicator/explanation";
import { formatIndicatorValue, MISSING_VALUE } from "@/lib/format/number";
import { indicatorValueTitle } from "@/lib/indicator/labels";
import { AchievementBadge } from "@/components/indicator/AchievementBadge";
import { FormField, controlProps, fieldId } from "../FormField";
import { ReviewStatusBadge } from "../ReviewStatusBadge";
import { ConflictNotice } from "./ConflictNotice";
import { ReviewNote } from "./ReviewNote";
import { atLengthLimit, decimalText, readDecimal, type RowView } from "./entry-view";
import { EXPLANATION_TOO_LONG_MESSAGE, MAX_EXPLANATION_LENGTH, MAX_NUMBER_LENGTH } from "@/lib/validation/fields";
import { asksConfirmation, checkIndicatorValue, CONFIRM_UNUSUAL_LABEL, CONFIRM_UNUSUAL_VALUE } from "@/lib/indicator/value-rules";
import { RowActions, type RowActionsProps } from "./RowActions";
import { RowIdentity } from "./RowIdentity";

const DIRECTION_WORDS = {
  HIGHER_IS_BETTER: "hoger is beter",
  LOWER_IS_BETTER: "lager is beter",
  ON_TARGET: "precies op de streefwaarde",
} as const;

const UNIT_WORDS = { RAPPORTCIJFER: "rapportcijfer", PERCENTAGE: "percentage", AANTAL: "aantal", EURO: "euro's", OVERIG: "" } as const;

/**
 * One indicator value: streefwaarde and realisatie typed in Dutch notation,
 * "doel gehaald" derived as the user types, and the toelichting flagged as
 * required when the target is missed or nothing was measured.
 */
export function IndicatorEntryRow({
  index,
  row,
  view,
  actions,
}: {
  index: number;
  row: EntryIndicatorDto;
  view: RowView;
  actions: RowActionsProps;
}) {
  const { indicator: i } = row;
  const name = (field: string) => `indicators.${index}.${field}`;
  const base = view.conflict ? view.conflict.current : { target: row.target, actual: row.actual, explanation: row.explanation };
  const stored = {
    target: decimalText(row.target, i.decimals),
    actual: decimalText(row.actual, i.decimals),
    explanation: row.explanation ?? "",
  };
  const target = readDecimal(view.current(name("target"), stored.target));
  const actual = readDecimal(view.current(name("actual"), stored.actual));
  const confirmed = view.current(name("confirmUnusual"), "") === CONFIRM_UNUSUAL_VALUE;
  // The server's answer first; as the user types, the same rule the server applies (lib/indicator/value-rules.ts).
  const valueErrors = (field: "target" | "actual", typed: string | null | undefined) => {
    const fromServer = view.errors(name(field));
    if (fromServer || typed === undefined || view.current(name(field), stored[field]) === stored[field]) return fromServer;
    const problem = checkIndicatorValue(typed, i, { confirmed });
    return problem ? [problem.message] : undefined;
  };
  const errorsOf = { target: valueErrors("target", target), actual: valueErrors("actual", actual) };
  const askConfirmation =
    confirmed || [...(errorsOf.target ?? []), ...(errorsOf.actual ?? [])].some(asksConfirmation);
  const explanationText = view.current(name("explanation"), stored.explanation);
  const explanationErrors =
    view.errors(name("explanation")) ?? atLengthLimit(explanationText, MAX_EXPLANATION_LENGTH, EXPLANATION_TOO_LONG_MESSAGE);
  const readable = target !== undefined && actual !== undefined;
  const reason = readable ? indicatorExplanationReason({ direction: i.direction, target, actual }) : null;
  const title = indicatorValueTitle({ name: i.name, dimensionValue: row.dimensionValue });
  const flagId = `${fieldId(name("explanation"))}-verplicht`;
  const unitWord = UNIT_WORDS[i.unit] || i.unitLabel || "";

  return (
    <fieldset className="pm-entry-row" id={`rij-${row.id}`}>
      <legend className="pm-entry-row__legend">
        {i.goalCode && <span className="pm-muted">{i.goalCode} · </span>}
        {title}
      </legend>
      <p className="utrecht-paragraph pm-entry-row__meta">
        <ReviewStatusBadge status={row.reviewStatus} />{" "}
        {[unitWord, i.sourceName && `bron: ${i.sourceName}`, DIRECTION_WORDS[i.direction], i.frequency === "BIENNIAL" && "tweejaarlijks gemeten"]
          .filter(Boolean)
          .join(" · ")}
        {row.previous && (
          <>
            {" "}
            · {row.previous.year}: realisatie {formatIndicatorValue(row.previous.actual, i.unit, i.decimals, i.unitLabel)}, streefwaarde{" "}
            {formatIndicatorValue(row.previous.target, i.unit, i.decimals, i.unitLabel)}
          </>
        )}
      </p>
      <ReviewNote status={row.reviewStatus} comment={row.reviewComment} />
      {view.conflict && (
        <ConflictNotice
          conflict={view.conflict}
          fields={[
            { label: "Streefwaarde", value: formatIndicatorValue(view.conflict.current.target ?? null, i.unit, i.decimals, i.unitLabel) },
            { label: "Realisatie", value: formatIndicatorValue(view.conflict.current.actual ?? null, i.unit, i.decimals, i.unitLabel) },
            { label: "Toelichting", value: view.conflict.current.explanation ?? "(leeg)" },
          ]}
        />
      )}

      <RowIdentity
        name={name}
        id={row.id}
        version={view.conflict?.version ?? row.version}
        base={{ target: base.target, actual: base.actual, explanation: base.explanation }}
      />

      <div className="pm-entry-row__numbers">
        {(["target", "actual"] as const).map((field) => {
          const errors = errorsOf[field];
          return (
            <FormField
              key={field}
              name={name(field)}
              label={`${field === "target" ? "Streefwaarde" : "Realisatie"} ${row.year}`}
              errors={errors}
              className="pm-entry-number"
            >
              <input
                {...controlProps(name(field), "textbox", { invalid: !!errors })}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                maxLength={MAX_NUMBER_LENGTH}
                defaultValue={view.initial(name(field), stored[field])}
              />
            </FormField>
          );
        })}
        <div className="pm-entry-row__derived">
          <span className="pm-entry-row__derived-label">Doel gehaald</span>
          {readable ? <AchievementBadge achievement={goalAchievement({ direction: i.direction, target, actual })} /> : <span>{MISSING_VALUE}</span>}
        </div>
      </div>
      {askConfirmation && (
        <div className="utrecht-form-field utrecht-form-field--checkbox pm-entry-row__confirm">
          <input
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            id={`${fieldId(name("confirmUnusual"))}`}
            name={name("confirmUnusual")}
            value={CONFIRM_UNUSUAL_VALUE}
            defaultChecked={view.initial(name("confirmUnusual"), "") === CONFIRM_UNUSUAL_VALUE}
          />{" "}
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${fieldId(name("confirmUnusual"))}`}>
            {CONFIRM_UNUSUAL_LABEL}
          </label>
        </div>
      )}

      <FormField
        name={name("explanation")}
        label="Toelichting"
        errors={explanationErrors}
        description={
          reason ? (
            <span className={reason === "TARGET_MISSED" ? "pm-required-flag" : "pm-required-note"} id={flagId}>
              {INDICATOR_EXPLANATION_MESSAGES[reason]}
            </span>
          ) : (
            "Niet verplicht bij dit cijfer"
          )
        }
      >
        <textarea
          {...controlProps(name("explanation"), "textarea", { invalid: !!explanationErrors, description: true })}
          rows={3}
          maxLength={MAX_EXPLANATION_LENGTH}
          aria-required={reason ? true : undefined}
          defaultValue={view.initial(name("explanation"), stored.explanation)}
        />
      </FormField>
      <RowActions {...actions} title={title} />
    </fieldset>
  );
}
