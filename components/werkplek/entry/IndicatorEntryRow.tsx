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
import { decimalText, readDecimal, type RowView } from "./entry-view";
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
          const errors = view.errors(name(field));
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

      <FormField
        name={name("explanation")}
        label="Toelichting"
        errors={view.errors(name("explanation"))}
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
          {...controlProps(name("explanation"), "textarea", { invalid: !!view.errors(name("explanation")), description: true })}
          rows={3}
          aria-required={reason ? true : undefined}
          defaultValue={view.initial(name("explanation"), stored.explanation)}
        />
      </FormField>
      <RowActions {...actions} title={title} />
    </fieldset>
  );
}
