import type { Metadata } from "next";
import Link from "next/link";
import { loadProgrammeWorkspace, documentSlug } from "@/lib/review/loaders";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { thresholdFromSettings } from "@/lib/finance/rules";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { DemoNotice } from "@/components/werkplek/DemoNotice";
import { ChangeTable } from "@/components/werkplek/ChangeTable";
import { FiguresOverview } from "@/components/werkplek/FiguresOverview";
import { EntryForm } from "@/components/werkplek/entry/EntryForm";
import { firstParam, parseYear, resolveLoad } from "../../../../resolve";
import { workplaceProgrammeHref, workplaceTextsHref } from "@/lib/routes";
import { ADOPTED_WITH_BEGROTING } from "@/lib/budget/rules";

export const metadata: Metadata = { title: "Programma invoeren", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string; nummer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ProgrammeWorkspacePage({ params, searchParams }: Props) {
  const { gemeente, jaar, nummer } = await params;
  const kind = firstParam((await searchParams).stuk);
  const year = parseYear(jaar);
  const number = decodeURIComponent(nummer);
  const path = workplaceProgrammeHref(gemeente, year, number);
  const data = resolveLoad(await loadProgrammeWorkspace(gemeente, year, number, kind), path);
  const { municipality, document, programme } = data;
  const query = `?stuk=${documentSlug(document)}`;
  const open = document.status === "CONCEPT";
  const threshold = thresholdFromSettings({
    deviationThresholdAmount: municipality.threshold.amount,
    deviationThresholdPercent: municipality.threshold.percent,
    deviationRule: municipality.threshold.rule,
  });

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `/werkplek/${municipality.slug}/${year}${query}`, label: `${municipality.name} ${year}` },
        ]}
        current={`Programma ${programme.number}`}
      />
      <h1 className="utrecht-heading-1">
        Programma {programme.number} {programme.name}
      </h1>
      <p className="utrecht-paragraph">
        {municipality.name} · {document.title} · status: <strong>{DOCUMENT_STATUS_LABELS[document.status]}</strong>
      </p>
      {data.demo && <DemoNotice />}
      {!open && (
        <div className="utrecht-alert utrecht-alert--info">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph utrecht-alert__message">
              Dit document is {DOCUMENT_STATUS_LABELS[document.status].toLowerCase()}: de cijfers zijn vergrendeld en
              kunnen niet meer worden gewijzigd of beoordeeld.
            </p>
          </div>
        </div>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`${workplaceTextsHref(municipality.slug, year, programme.number)}${query}`}>
          Teksten van programma {programme.number}
        </Link>
        {data.mayReview && open && (
          <>
            {" · "}
            <Link className="utrecht-link" href={`/werkplek/${municipality.slug}/${year}/beoordelen${query}`}>
              Naar beoordelen
            </Link>
          </>
        )}
      </p>

      {data.mayEditOpening && open && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`${path}/beginstand${query}`}>
            Beginstand: cijfers uit eerdere documenten die niet in de monitor staan
          </Link>
        </p>
      )}

      {open && (data.mayEditBudget || data.mayEditTargets) && (
        <ul className="utrecht-unordered-list">
          {data.mayEditTargets && (
            <li>
              <Link className="utrecht-link" href={`${path}/streefwaarden${query}`}>
                Streefwaarden per jaar invoeren (ook de meerjarenraming)
              </Link>
            </li>
          )}
          {data.mayEditBudget && (
            <li>
              <Link className="utrecht-link" href={`${path}/begroting${query}`}>
                Begroting invoeren: primitieve begroting en meerjarenraming
              </Link>
            </li>
          )}
        </ul>
      )}
      {data.mayEditStructure && open && (
        <p className="utrecht-paragraph">
          Indeling van dit programma:{" "}
          <Link className="utrecht-link" href={`/werkplek/${municipality.slug}/${year}/structuur/${encodeURIComponent(programme.number)}/indicatoren${query}`}>
            indicatoren
          </Link>{" "}
          ·{" "}
          <Link className="utrecht-link" href={`/werkplek/${municipality.slug}/${year}/structuur/${encodeURIComponent(programme.number)}/begrotingsposten${query}`}>
            begrotingsposten
          </Link>
        </p>
      )}

      {data.mayEdit && open ? (
        <>
          <EntryForm
            slug={municipality.slug}
            documentId={document.id}
            programmeId={programme.id}
            indicators={data.indicators}
            lines={data.budgetByController ? [] : data.lines}
            threshold={municipality.threshold}
            maySubmit={data.maySubmit}
            maySubmitFigure={data.maySubmitFigure}
          />
          {data.budgetByController && (
            <FiguresOverview
              slug={municipality.slug}
              indicators={[]}
              lines={data.lines}
              threshold={threshold}
              financeNote={`De primitieve begroting en de meerjarenraming voert de controller of de beheerder in; elk bedrag ${ADOPTED_WITH_BEGROTING}. U ziet ze hier ter informatie.`}
            />
          )}
        </>
      ) : (
        <>
          {open && (
            <p className="utrecht-paragraph pm-prose pm-muted">
              {data.mayEditBudget
                ? "De streefwaarden voert de beleidsadviseur van dit programma in; de bedragen voert u in bij ‘Begroting invoeren’."
                : "U kunt deze cijfers bekijken. Invoeren doet de beleidsadviseur aan wie dit programma is toegewezen."}
            </p>
          )}
          <FiguresOverview slug={municipality.slug} indicators={data.indicators} lines={data.lines} threshold={threshold} />
        </>
      )}

      <section aria-labelledby="recente-wijzigingen">
        <h2 id="recente-wijzigingen" className="utrecht-heading-2">
          Recente wijzigingen
        </h2>
        <ChangeTable rows={data.changes} caption={`Recente wijzigingen in programma ${programme.number}`} showSubject />
      </section>
    </>
  );
}
