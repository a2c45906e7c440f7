import type { Metadata } from "next";
import Link from "next/link";
import { loadProgrammeTexts } from "@/lib/text/loaders";
import { documentSlug } from "@/lib/review/loaders";
import { questionsFor } from "@/lib/text/questions";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { DemoNotice } from "@/components/werkplek/DemoNotice";
import { TextsBlock } from "@/components/werkplek/texts/TextsBlock";
import { MARKUP_HELP } from "@/components/werkplek/texts/TextsForm";
import { goalLabel, activityLabel } from "@/components/werkplek/texts/labels";
import { firstParam, parseYear, resolveLoad } from "../../../../../resolve";
import { workplaceProgrammeHref, workplaceTextsHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Teksten", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string; nummer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ProgrammeTextsPage({ params, searchParams }: Props) {
  const { gemeente, jaar, nummer } = await params;
  const kind = firstParam((await searchParams).stuk);
  const year = parseYear(jaar);
  const number = decodeURIComponent(nummer);
  const data = resolveLoad(await loadProgrammeTexts(gemeente, year, number, kind), workplaceTextsHref(gemeente, year, number));
  const { municipality, document, programme, texts } = data;
  const query = `?stuk=${documentSlug(document)}`;
  const open = document.status === "CONCEPT";
  const mayEdit = data.mayEdit && open;
  const maySubmit = data.maySubmit && open;
  const hasGoals = texts.goals.length > 0;
  const activityQuestions = questionsFor(document.kind, "activity");

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `/werkplek/${municipality.slug}/${year}${query}`, label: `${municipality.name} ${year}` },
          { href: `${workplaceProgrammeHref(municipality.slug, year, programme.number)}${query}`, label: `Programma ${programme.number}` },
        ]}
        current="Teksten"
      />
      <h1 className="utrecht-heading-1">
        Teksten programma {programme.number} {programme.name}
      </h1>
      <p className="utrecht-paragraph">
        {municipality.name} · {document.title} · status: <strong>{DOCUMENT_STATUS_LABELS[document.status]}</strong>
      </p>
      {data.demo && <DemoNotice />}
      {!open && (
        <div className="utrecht-alert utrecht-alert--info">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph utrecht-alert__message">
              Dit document is {DOCUMENT_STATUS_LABELS[document.status].toLowerCase()}: de teksten kunnen niet meer worden gewijzigd of beoordeeld.
            </p>
          </div>
        </div>
      )}
      {mayEdit ? (
        <p className="utrecht-paragraph pm-prose">
          Schrijf per doelstelling de antwoorden zoals ze in {document.title} komen te staan. Opmaak: {MARKUP_HELP} Met
          &quot;Indienen&quot; gaan de teksten van dat onderdeel naar de controller; na goedkeuring staan ze zo op de openbare pagina.
        </p>
      ) : (
        open && <p className="utrecht-paragraph pm-prose pm-muted">U kunt deze teksten lezen. Schrijven doet de beleidsadviseur aan wie dit programma is toegewezen.</p>
      )}
      {data.mayReview && open && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/werkplek/${municipality.slug}/${year}/beoordelen${query}`}>
            Naar beoordelen
          </Link>
        </p>
      )}

      {texts.programme && (
        <section aria-labelledby="teksten-programma" className="pm-texts-section">
          <h2 id="teksten-programma" className="utrecht-heading-2">
            Programma
          </h2>
          <TextsBlock
            row={texts.programme}
            title={`programma ${programme.number}`}
            questions={questionsFor(document.kind, "programme", { hasGoals })}
            mayEdit={mayEdit}
            maySubmit={maySubmit}
          />
        </section>
      )}

      {hasGoals && (
        <section aria-labelledby="teksten-doelstellingen">
          <h2 id="teksten-doelstellingen" className="utrecht-heading-2">
            Doelstellingen
          </h2>
          {texts.goals.map((g) => (
            <section key={g.id} aria-labelledby={`doel-${g.id}`} className="pm-texts-section">
              <h3 id={`doel-${g.id}`} className="utrecht-heading-3">
                {goalLabel(g)}
              </h3>
              <TextsBlock row={g} title={goalLabel(g)} questions={questionsFor(document.kind, "goal")} mayEdit={mayEdit} maySubmit={maySubmit} />
            </section>
          ))}
        </section>
      )}

      {texts.activities.length > 0 && (
        <section aria-labelledby="teksten-activiteiten">
          <h2 id="teksten-activiteiten" className="utrecht-heading-2">
            Activiteiten
          </h2>
          {texts.activities.map((a) => (
            <section key={a.id} aria-labelledby={`activiteit-${a.id}`} className="pm-texts-section">
              <h3 id={`activiteit-${a.id}`} className="utrecht-heading-3">
                {activityLabel(a)}
              </h3>
              <TextsBlock row={a} title={activityLabel(a)} questions={activityQuestions} mayEdit={mayEdit && activityQuestions.some((q) => q.mode === "edit")} maySubmit={maySubmit} />
            </section>
          ))}
        </section>
      )}
      {!texts.programme && !hasGoals && texts.activities.length === 0 && (
        <p className="utrecht-paragraph">Dit programma heeft in {document.title} nog geen doelstellingen of activiteiten.</p>
      )}
    </>
  );
}
