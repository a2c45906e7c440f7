import type { EntryIndicatorDto } from "@/lib/review/data";
import { goalAchievement } from "@/lib/indicator/achievement";
import { INDICATOR_EXPLANATION_MESSAGES } from "@/lib/indicator/explanation";
import { indicatorExplanationNeed, OWNED_INDICATOR_LABELS } from "@/lib/review/owned-figures";
import { targetProvenance } from "@/lib/review/figure-summary";
import { GivenFigure } from "./GivenFigure";
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
import { MAX_PERIOD_LABEL_LENGTH } from "@/lib/review/schema";

const DIRECTION_WORDS = {
  HIGHER_IS_BETTER: "hoger is beter",
  LOWER_IS_BETTER: "lager is beter",
  ON_TARGET: "precies op de streefwaarde",
} as const;

const UNIT_WORDS = { RAPPORTCIJFER: "rapportcijfer", PERCENTAGE: "percentage", AANTAL: "aantal", EURO: "euro's", OVERIG: "" } as const;

/**
 * One indicator figure: the value this document owns (streefwaarde in a
 * begroting, prognose or realisatie elsewhere) typed in Dutch notation.
 * Outside a begroting the adopted target stands beside it read-only, with the
 * begroting that set it; for a realisatie "doel gehaald" is derived as the
 * user types, and the toelichting flagged as required when the target is
 * missed or nothing was measured.
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
  const base = view.conflict ? view.conflict.current : { value: row.value, explanation: row.explanation, periodLabel: row.periodLabel };
  const stored = { value: decimalText(row.value, i.decimals), explanation: row.explanation ?? "", periodLabel: row.periodLabel ?? "" };
  const value = readDecimal(view.current(name("value"), stored.value));
  const target = row.target?.value ?? null;
  const confirmed = view.current(name("confirmUnusual"), "") === CONFIRM_UNUSUAL_VALUE;
  // The server's answer first; as the user types, the same rule the server applies (lib/indicator/value-rules.ts).
  const fromServer = view.errors(name("value"));
  const valueErrors = (() => {
    if (fromServer || value === undefined || view.current(name("value"), stored.value) === stored.value) return fromServer;
    const problem = checkIndicatorValue(value, i, { confirmed });
    return problem ? [problem.message] : undefined;
  })();
  const askConfirmation = confirmed || (valueErrors ?? []).some(asksConfirmation);
  const explanationText = view.current(name("explanation"), stored.explanation);
  const explanationErrors =
    view.errors(name("explanation")) ?? atLengthLimit(explanationText, MAX_EXPLANATION_LENGTH, EXPLANATION_TOO_LONG_MESSAGE);
  const reason = value === undefined ? null : indicatorExplanationNeed({ stage: row.stage, direction: i.direction, target, value });
  const title = indicatorValueTitle({ name: i.name, dimensionValue: row.dimensionValue });
  const flagId = `${fieldId(name("explanation"))}-verplicht`;
  const unitWord = UNIT_WORDS[i.unit] || i.unitLabel || "";
  const ownedLabel = `${OWNED_INDICATOR_LABELS[row.stage]} ${row.year}`;
  const format = (v: string | null) => formatIndicatorValue(v, i.unit, i.decimals, i.unitLabel);

  return (
    <fieldset className="pm-entry-row" id={`rij-${row.id}`}>
      <legend className="pm-entry-row__legend">
        {i.goalCode && <span className="pm-muted">{i.goalCode} · </span>}
        {title}
        {row.projected && <span className="pm-muted"> · meerjarenraming {row.year}</span>}
      </legend>
      <p className="utrecht-paragraph pm-entry-row__meta">
        <ReviewStatusBadge status={row.reviewStatus} />{" "}
        {[unitWord, i.sourceName && `bron: ${i.sourceName}`, DIRECTION_WORDS[i.direction], i.frequency === "BIENNIAL" && "tweejaarlijks gemeten"]
          .filter(Boolean)
          .join(" · ")}
        {row.previous && (
          <>
            {" "}
            · {row.previous.year}: realisatie {format(row.previous.actual)}
          </>
        )}
      </p>
      <ReviewNote status={row.reviewStatus} comment={row.reviewComment} />
      {view.conflict && (
        <ConflictNotice
          conflict={view.conflict}
          fields={[
            { label: ownedLabel, value: format(view.conflict.current.value ?? null) },
            { label: "Toelichting", value: view.conflict.current.explanation ?? "(leeg)" },
          ]}
        />
      )}

      <RowIdentity name={name} id={row.id} version={view.conflict?.version ?? row.version} base={{ value: base.value, explanation: base.explanation, periodLabel: base.periodLabel }} />

      <div className="pm-entry-row__numbers">
        {row.target && <GivenFigure label={`Streefwaarde ${row.year}`} value={format(row.target.value)} note={targetProvenance(row.target)} />}
        <FormField name={name("value")} label={ownedLabel} errors={valueErrors} className="pm-entry-number">
          <input
            {...controlProps(name("value"), "textbox", { invalid: !!valueErrors })}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_NUMBER_LENGTH}
            defaultValue={view.initial(name("value"), stored.value)}
          />
        </FormField>
        {row.stage === "REALISATIE" && (
          <div className="pm-entry-row__derived">
            <span className="pm-entry-row__derived-label">Doel gehaald</span>
            {value !== undefined ? <AchievementBadge achievement={goalAchievement({ direction: i.direction, target, actual: value })} /> : <span>{MISSING_VALUE}</span>}
          </div>
        )}
      </div>
      <FormField
        name={name("periodLabel")}
        label="Periode (als het geen kalenderjaar is)"
        description={`Bijvoorbeeld “eerste halfjaar ${row.year}”. Leeg: het jaar ${row.year}.`}
        errors={view.errors(name("periodLabel"))}
        className="pm-entry-period"
      >
        <input
          {...controlProps(name("periodLabel"), "textbox", { invalid: !!view.errors(name("periodLabel")), description: true })}
          type="text"
          autoComplete="off"
          maxLength={MAX_PERIOD_LABEL_LENGTH}
          defaultValue={view.initial(name("periodLabel"), stored.periodLabel)}
        />
      </FormField>
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
