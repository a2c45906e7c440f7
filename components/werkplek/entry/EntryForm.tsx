"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent, type MouseEvent } from "react";
import { saveProgrammeForm } from "@/lib/review/actions";
import { INITIAL_ENTRY_STATE } from "@/lib/review/form-state";
import { FORM_BODY_LIMIT_BYTES, formTextBytes, type FigureKind } from "@/lib/review/schema";
import type { EntryIndicatorDto, EntryLineDto } from "@/lib/review/data";
import { historyHref } from "@/lib/audit/format";
import { describeThreshold, thresholdFromSettings } from "@/lib/finance/rules";
import { editNeedsReason, type ReviewStatus } from "@/lib/review/workflow";
import { formatEuro } from "@/lib/format/number";
import { lineTitle } from "@/lib/finance/labels";
import { indicatorValueTitle } from "@/lib/indicator/labels";
import { OWNED_INDICATOR_LABELS, OWNED_LINE_LABELS, type OwnedStage } from "@/lib/review/owned-figures";
import { ReasonField } from "./ReasonField";
import { fieldId } from "../FormField";
import { IndicatorEntryRow } from "./IndicatorEntryRow";
import { LineEntryRow } from "./LineEntryRow";
import type { RowActionsProps } from "./RowActions";
import type { RowView } from "./entry-view";

// The whole programme in one form with one save: the advisor tabs through
// every field of the programme and presses Enter (or "Opslaan"), and the
// programme is saved in one transaction, or — when anything is wrong — not
// at all, with every message next to its field and every typed value kept.
// Each row's "Indienen" submits that one figure and saves the rest of the
// form with it; it is a button of this form, so answers land in one place.
// It posts to a Server Action, so it also works without JavaScript.

export interface EntryFormProps {
  slug: string;
  documentId: string;
  programmeId: string;
  indicators: EntryIndicatorDto[];
  lines: EntryLineDto[];
  threshold: { amount: string | null; percent: string | null; rule: "AMOUNT_OR_PERCENT" | "AMOUNT_AND_PERCENT" };
  /** "Opslaan en indienen": every concept figure of the programme. */
  maySubmit: boolean;
  /** A row's "Indienen", per kind of figure. */
  maySubmitFigure: Record<FigureKind, boolean>;
}

const ERROR_LABELS: Record<string, string> = { explanation: "toelichting" };

export function EntryForm({ slug, documentId, programmeId, indicators, lines, threshold: raw, maySubmit, maySubmitFigure }: EntryFormProps) {
  const [state, formAction, pending] = useActionState(saveProgrammeForm, INITIAL_ENTRY_STATE);
  const [live, setLive] = useState<{ seq: number; values: Record<string, string> }>({ seq: 0, values: {} });
  const [tooLarge, setTooLarge] = useState(false);
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Every answer takes the focus, so keyboard and screen-reader users hear it and continue from there.
    if (state.seq > 0) message.current?.focus();
  }, [state.seq]);

  const threshold = thresholdFromSettings({
    deviationThresholdAmount: raw.amount,
    deviationThresholdPercent: raw.percent,
    deviationRule: raw.rule,
  });
  const typedNow = live.seq === state.seq ? live.values : {};
  const conflicts = new Map(state.conflicts.map((c) => [c.id, c]));
  const view = (id: string): RowView => ({
    initial: (name, stored) => state.values[name] ?? stored,
    current: (name, stored) => typedNow[name] ?? state.values[name] ?? stored,
    errors: (name) => state.fieldErrors[name],
    conflict: conflicts.get(id),
  });
  const actions = (kind: FigureKind, row: { id: string; reviewStatus: ReviewStatus }): RowActionsProps => ({
    kind,
    id: row.id,
    status: row.reviewStatus,
    historyHref: historyHref(slug, kind, row.id),
    maySubmit: maySubmitFigure[kind],
    pending,
  });
  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (!target.name || target.type === "hidden") return;
    // A checkbox posts its value only when ticked; record what the post would hold.
    const value = target.type === "checkbox" ? ((target as HTMLInputElement).checked ? target.value : "") : target.value;
    setLive((previous) => ({
      seq: state.seq,
      values: { ...(previous.seq === state.seq ? previous.values : {}), [target.name]: value },
    }));
  };

  // Nothing is posted past the server's limit: the form says so and keeps every field as it is.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const over = formTextBytes(new FormData(event.currentTarget).entries()) > FORM_BODY_LIMIT_BYTES;
    setTooLarge(over);
    if (over) {
      event.preventDefault();
      message.current?.focus();
    }
  };

  const listed = Object.entries(state.fieldErrors).flatMap(([name, messages]) =>
    messages.map((text) => ({ name, text: `${describeField(name, indicators, lines)}: ${text}` })),
  );
  const askReason =
    [...indicators, ...lines].some((r) => editNeedsReason(r.reviewStatus)) || !!state.fieldErrors.reason;
  const goals = groupLinesByGoal(lines);
  // One document owns one stage of every figure in it.
  const stage: OwnedStage = indicators[0]?.stage ?? lines[0]?.stage ?? "REALISATIE";

  return (
    <form action={formAction} onInput={onInput} onSubmit={onSubmit} noValidate className="pm-entry-form" aria-label="Cijfers invoeren">
      <div ref={message} tabIndex={-1} className="pm-entry-form__message" role={state.status === "saved" ? "status" : undefined}>
        {tooLarge && (
          <div className="utrecht-alert utrecht-alert--error" role="alert">
            <div className="utrecht-alert__content">
              <p className="utrecht-paragraph utrecht-alert__message">
                Niet verstuurd: het formulier is groter dan {FORM_BODY_LIMIT_BYTES / 1024 / 1024} MB. Maak de langste toelichtingen
                korter (maximaal 5.000 tekens elk). Er is niets opgeslagen; alles wat u typte staat er nog.
              </p>
            </div>
          </div>
        )}
        {state.status === "saved" && (
          <div className="utrecht-alert utrecht-alert--ok">
            <div className="utrecht-alert__content">
              <p className="utrecht-paragraph utrecht-alert__message">{state.message}</p>
            </div>
          </div>
        )}
        {state.status === "error" && (
          <div className="utrecht-alert utrecht-alert--error" role="group" aria-labelledby="invoer-fouten">
            <div className="utrecht-alert__content">
              <div className="utrecht-alert__message">
                <h2 id="invoer-fouten" className="utrecht-heading-2">
                  Niet opgeslagen
                </h2>
                <p className="utrecht-paragraph">{state.message}</p>
                {(listed.length > 0 || state.conflicts.length > 0 || state.formErrors.length > 0) && (
                  <ul>
                    {state.formErrors.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                    {listed.map(({ name, text }) => (
                      <li key={`${name}:${text}`}>
                        <a href={`#${fieldId(name)}`} onClick={focusTarget}>
                          {text}
                        </a>
                      </li>
                    ))}
                    {state.conflicts.map((c) => (
                      <li key={c.id}>
                        <a href={`#rij-${c.id}`} onClick={focusTarget}>
                          {rowTitle(c.id, indicators, lines)}: gewijzigd door {c.by ?? "iemand anders"}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </div>
        )}
      </div>

      {/* Enter in a field presses the form's first submit button: that must be "Opslaan", not the first row's "Indienen". */}
      <button
        type="submit"
        name="intent"
        value="save"
        className="pm-visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onClick={(event) => pending && event.preventDefault()}
      >
        Opslaan
      </button>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="programmeId" value={programmeId} />

      {indicators.length > 0 && (
        <section aria-labelledby="invoer-indicatoren">
          <h2 id="invoer-indicatoren" className="utrecht-heading-2">
            Indicatoren
          </h2>
          <p className="utrecht-paragraph pm-prose">
            Typ getallen zoals u ze schrijft: 7,4 of 1.234. {INDICATOR_INTRO[stage]}
          </p>
          {indicators.map((row, index) => (
            <IndicatorEntryRow
              key={`${row.id}:${row.version}:${state.seq}`}
              index={index}
              row={row}
              view={view(row.id)}
              actions={actions("indicatorValue", row)}
            />
          ))}
        </section>
      )}

      {lines.length > 0 && (
        <section aria-labelledby="invoer-financien">
          <h2 id="invoer-financien" className="utrecht-heading-2">
            Financiën
          </h2>
          <p className="utrecht-paragraph pm-prose">
            Bedragen in hele euro&apos;s, bijvoorbeeld 1.234.567 of € 1.234, zonder minteken: de categorie (lasten,
            baten, toevoegingen, onttrekkingen) zegt wat het bedrag betekent.{" "}
            {stage === "PRIMITIEF"
              ? "De begroting na wijziging volgt later uit deze primitieve begroting en de vastgestelde begrotingswijzigingen."
              : `De begroting na wijziging is berekend uit de primitieve begroting en de vastgestelde wijzigingen; u typt haar niet. ${describeThreshold(threshold, formatEuro)}`}
          </p>
          {goals.map((goal) => (
            <div key={goal.key} className="pm-entry-goal">
              <h3 className="utrecht-heading-3">{goal.title}</h3>
              {goal.rows.map(({ row, index }) => (
                <LineEntryRow
                  key={`${row.id}:${row.version}:${state.seq}`}
                  index={index}
                  row={row}
                  view={view(row.id)}
                  threshold={threshold}
                  actions={actions("financialLine", row)}
                />
              ))}
            </div>
          ))}
        </section>
      )}

      {askReason && <ReasonField seq={state.seq} errors={state.fieldErrors.reason} typed={state.values.reason} />}

      <div className="pm-entry-form__actions">
        <button
          type="submit"
          name="intent"
          value="save"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={pending || undefined}
          onClick={(event) => pending && event.preventDefault()}
        >
          {pending ? "Bezig met opslaan…" : "Opslaan"}
        </button>
        {maySubmit && (
          <button
            type="submit"
            name="intent"
            value="submit"
            className="utrecht-button utrecht-button--secondary-action"
            aria-disabled={pending || undefined}
            onClick={(event) => pending && event.preventDefault()}
          >
            Opslaan en indienen
          </button>
        )}
      </div>
      {maySubmit && (
        <p className="utrecht-paragraph pm-muted pm-prose">
          Indienen stuurt alle conceptcijfers van dit programma naar de controller. Dat kan pas als elk bedrag is
          ingevuld en elke verplichte toelichting er staat; anders wordt er niets opgeslagen en ziet u wat ontbreekt.
          Met Indienen bij één cijfer stuurt u alleen dat cijfer; uw andere wijzigingen worden dan ook opgeslagen.
        </p>
      )}
    </form>
  );
}

const INDICATOR_INTRO: Record<OwnedStage, string> = {
  PRIMITIEF: "U stelt hier de streefwaarden van dit jaar voor; de jaarstukken tonen ze later als vastgestelde streefwaarde.",
  PROGNOSE: "De streefwaarde komt uit de begroting en staat er alleen ter vergelijking bij.",
  REALISATIE:
    "De streefwaarde komt uit de begroting en kan hier niet worden gewijzigd. Een toelichting is verplicht als de streefwaarde niet is gehaald of als er geen realisatie is.",
};

/** An error-summary link moves the focus into the field itself (a fragment link alone only scrolls in some browsers). */
function focusTarget(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  const field = target.matches("input, textarea") ? target : target.querySelector<HTMLElement>("input:not([type=hidden]), textarea");
  field?.focus();
  target.scrollIntoView({ block: "center" });
}

function groupLinesByGoal(lines: EntryLineDto[]) {
  const groups: { key: string; title: string; rows: { row: EntryLineDto; index: number }[] }[] = [];
  lines.forEach((row, index) => {
    const key = row.goalCode ?? "";
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, title: row.goalCode ? `Doelstelling ${row.goalCode} ${row.goalTitle ?? ""}`.trim() : "Programma", rows: [] };
      groups.push(group);
    }
    group.rows.push({ row, index });
  });
  return groups;
}

function rowTitle(id: string, indicators: EntryIndicatorDto[], lines: EntryLineDto[]): string {
  const indicator = indicators.find((i) => i.id === id);
  if (indicator) return indicatorValueTitle({ name: indicator.indicator.name, dimensionValue: indicator.dimensionValue });
  const line = lines.find((l) => l.id === id);
  return line ? lineTitle(line) : "Cijfer";
}

/** "lines.3.explanation" → "Toelichting bij Lasten: Continueren klanttevredenheid", for the error summary. */
function describeField(name: string, indicators: EntryIndicatorDto[], lines: EntryLineDto[]): string {
  if (name === "reason") return "Reden van wijziging";
  const [group, index, field] = name.split(".");
  const row = group === "indicators" ? indicators[Number(index)] : lines[Number(index)];
  const owned = row ? ("indicator" in row ? OWNED_INDICATOR_LABELS[row.stage] : OWNED_LINE_LABELS[row.stage]).toLowerCase() : "waarde";
  const label = field === "value" || field === "amount" ? owned : (ERROR_LABELS[field ?? ""] ?? field ?? "");
  if (!row) return label;
  const title = "indicator" in row ? indicatorValueTitle({ name: row.indicator.name, dimensionValue: row.dimensionValue }) : lineTitle(row);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} bij ${title}`;
}
