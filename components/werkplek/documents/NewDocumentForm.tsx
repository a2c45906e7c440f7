"use client";

import { useActionState } from "react";
import { newDocumentForm } from "@/lib/document/actions";
import { INITIAL_NEW_DOCUMENT_STATE, type NewDocumentFormState, type PreviewState } from "@/lib/document/new-document-state";
import { DEFAULT_PROJECTION_YEARS, MAX_DOCUMENT_NAME_LENGTH } from "@/lib/document/schema";
import { BUDGET_CATEGORIES } from "@/lib/document/plan-copy";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { formatInteger } from "@/lib/format/number";
import { FormField, controlProps, describedBy, fieldId } from "../FormField";
import { FormFeedback } from "../admin/FormFeedback";

// Two steps, also without JavaScript: "Voorbeeld bekijken" posts the choices
// and answers what would be copied (nothing is written); "Document aanmaken"
// posts the same choices and writes. The server decides both (document.create,
// the starting-point rules in lib/document/plan-copy.ts).

export interface StartingPoint {
  id: string;
  title: string;
}

const KINDS = [
  ["BEGROTING", "Begroting"],
  ["BESTUURSRAPPORTAGE", "Bestuursrapportage"],
  ["JAARSTUKKEN", "Jaarstukken"],
] as const;

const LABELS = { kind: "Soort document", year: "Jaar", name: "Naam", projectionYears: "Meerjarenraming", sourceId: "Startpunt" };

/** What was chosen stays in the form after a preview or a refusal. */
function shown(state: NewDocumentFormState, name: string, fallback: string): string {
  return state.values[name] ?? fallback;
}

export function NewDocumentForm({ municipalityId, slug, suggestedYear, startingPoints }: { municipalityId: string; slug: string; suggestedYear: number; startingPoints: StartingPoint[] }) {
  const [state, formAction, pending] = useActionState(newDocumentForm, INITIAL_NEW_DOCUMENT_STATE);
  const errors = state.fieldErrors;
  const select = (name: string) => ({
    id: fieldId(name),
    name,
    className: `utrecht-select utrecht-select--html-select${errors[name] ? " utrecht-select--invalid" : ""}`,
    "aria-invalid": !!errors[name] || undefined,
    "aria-describedby": describedBy(name, { errors: !!errors[name], description: name === "sourceId" }),
  });
  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="Nieuw document">
      <FormFeedback state={state} labels={LABELS} />
      <input type="hidden" name="municipalityId" value={municipalityId} />
      <input type="hidden" name="gemeente" value={slug} />
      <FormField key={`kind:${state.seq}`} name="kind" label={LABELS.kind} errors={errors.kind}>
        <select {...select("kind")} defaultValue={shown(state, "kind", "BEGROTING")}>
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField key={`year:${state.seq}`} name="year" label={LABELS.year} errors={errors.year}>
        <input {...controlProps("year", "textbox", { invalid: !!errors.year })} type="text" inputMode="numeric" autoComplete="off" maxLength={4} defaultValue={shown(state, "year", String(suggestedYear))} />
      </FormField>
      <FormField
        key={`name:${state.seq}`}
        name="name"
        label={`${LABELS.name} (niet verplicht)`}
        description="De eigen naam van de gemeente, vooral voor een bestuursrapportage, bijvoorbeeld “Najaarsnota 2025”. Leeg: “1e bestuursrapportage 2025”, “Begroting 2025”."
        errors={errors.name}
      >
        <input {...controlProps("name", "textbox", { invalid: !!errors.name, description: true })} type="text" autoComplete="off" maxLength={MAX_DOCUMENT_NAME_LENGTH} defaultValue={shown(state, "name", "")} />
      </FormField>
      <FormField
        key={`projectionYears:${state.seq}`}
        name="projectionYears"
        label={`${LABELS.projectionYears} (alleen bij een begroting)`}
        description="Het aantal jaren na het begrotingsjaar, meestal 3."
        errors={errors.projectionYears}
      >
        <input
          {...controlProps("projectionYears", "textbox", { invalid: !!errors.projectionYears, description: true })}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={2}
          defaultValue={shown(state, "projectionYears", String(DEFAULT_PROJECTION_YEARS))}
        />
      </FormField>
      <FormField
        key={`sourceId:${state.seq}`}
        name="sourceId"
        label={LABELS.sourceId}
        description="Een begroting start vanuit de begroting (of de jaarstukken) van het jaar ervoor; de jaarstukken en een bestuursrapportage vanuit de begroting van hun jaar."
        errors={errors.sourceId}
      >
        <select {...select("sourceId")} defaultValue={shown(state, "sourceId", startingPoints[0]?.id ?? "")}>
          <option value="">Leeg document (eerste jaar)</option>
          {startingPoints.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </FormField>
      {state.preview && <PreviewTable preview={state.preview} />}
      <div className="pm-entry-form__actions">
        <button type="submit" name="intent" value="preview" className="utrecht-button utrecht-button--secondary-action" aria-disabled={pending || undefined} onClick={(e) => pending && e.preventDefault()}>
          Voorbeeld bekijken
        </button>
        {state.preview && (
          <button type="submit" name="intent" value="create" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending || undefined} onClick={(e) => pending && e.preventDefault()}>
            Document aanmaken
          </button>
        )}
      </div>
    </form>
  );
}

function amountsText(amounts: Record<string, string>): string {
  const parts = BUDGET_CATEGORIES.filter((c) => amounts[c] !== "0").map((c) => `${CATEGORY_LABELS[c].toLowerCase()} € ${formatInteger(BigInt(amounts[c]!))}`);
  return parts.length > 0 ? parts.join("; ") : "—";
}

function PreviewTable({ preview }: { preview: PreviewState }) {
  const { totals } = preview;
  return (
    <section aria-labelledby="voorbeeld" className="pm-preview">
      <h2 id="voorbeeld" className="utrecht-heading-2">
        Voorbeeld: {preview.title}
      </h2>
      <p className="utrecht-paragraph pm-prose">
        {preview.source ? `Startpunt: ${preview.source}. ` : "Een leeg document, zonder programma's. "}
        Er is nog niets aangemaakt. {totals.programmes} {totals.programmes === 1 ? "programma" : "programma's"}, {totals.goals} doelen,{" "}
        {totals.indicators} indicatoren en {totals.budgetLines} begrotingsposten; {totals.carriedFigures} cijfers overgenomen (als concept), {totals.emptySlots} lege
        velden om in te vullen; {totals.activities} {totals.activities === 1 ? "activiteit" : "activiteiten"} en {totals.textsCopied}{" "}
        {totals.textsCopied === 1 ? "tekst" : "teksten"} overgenomen (teksten als concept, gemarkeerd als nog niet herzien).
      </p>
      {preview.rows.length > 0 && (
        <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Voorbeeld per programma">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption pm-visually-hidden">Wat het nieuwe document per programma krijgt</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Programma</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Doelen</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Indicatoren</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Begrotingsposten</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Streefwaarden overgenomen</th>
                <th scope="col" className="utrecht-table__header-cell">Bedragen {preview.year} overgenomen</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Lege velden</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Activiteiten</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Teksten overgenomen</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {preview.rows.map((r) => (
                <tr key={r.programme} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {r.programme}
                  </th>
                  <td className="utrecht-table__cell pm-num">{r.goals}</td>
                  <td className="utrecht-table__cell pm-num">{r.indicators}</td>
                  <td className="utrecht-table__cell pm-num">{r.budgetLines}</td>
                  <td className="utrecht-table__cell pm-num">{r.carriedTargets}</td>
                  <td className="utrecht-table__cell">{amountsText(r.carriedAmounts)}</td>
                  <td className="utrecht-table__cell pm-num">{r.emptySlots}</td>
                  <td className="utrecht-table__cell pm-num">{r.activities}</td>
                  <td className="utrecht-table__cell pm-num">{r.textsCopied}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
