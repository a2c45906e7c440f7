import type { Metadata } from "next";
import Link from "next/link";
import { loadReviewQueue, documentSlug } from "@/lib/review/loaders";
import { lineTitle } from "@/lib/finance/labels";
import { indicatorValueTitle } from "@/lib/indicator/labels";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { thresholdFromSettings } from "@/lib/finance/rules";
import { achievementLabel } from "@/lib/indicator/achievement";
import { deviationLabelText } from "@/lib/finance/deviation";
import { historyHref } from "@/lib/audit/format";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { DemoNotice } from "@/components/werkplek/DemoNotice";
import { ReviewItem } from "@/components/werkplek/review/ReviewItem";
import { summarizeIndicator, summarizeLine, type FigureValue } from "@/lib/review/figure-summary";
import { firstParam, parseYear, resolveLoad } from "../../../resolve";
import { workplaceProgrammeHref, workplaceTextsHref } from "@/lib/routes";
import { loadReviewTexts, type ReviewTexts } from "@/lib/text/loaders";
import { questionsFor } from "@/lib/text/questions";
import { TextReviewItem } from "@/components/werkplek/review/TextReviewItem";
import { activityLabel, goalLabel } from "@/components/werkplek/texts/labels";

export const metadata: Metadata = { title: "Beoordelen", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ACHIEVEMENT_CLASS = { GEHAALD: "pm-badge-ok", NIET_GEHAALD: "pm-badge-fail", GEEN_METING: "pm-badge-none", GEEN_STREEFWAARDE: "pm-badge-none" } as const;

export default async function ReviewPage({ params, searchParams }: Props) {
  const { gemeente, jaar } = await params;
  const kind = firstParam((await searchParams).stuk);
  const year = parseYear(jaar);
  const path = `/werkplek/${gemeente}/${year}/beoordelen`;
  const data = resolveLoad(await loadReviewQueue(gemeente, year, kind), path);
  const texts = resolveLoad(await loadReviewTexts(gemeente, year, kind), path);
  const { municipality, document } = data;
  const query = `?stuk=${documentSlug(document)}`;
  const threshold = thresholdFromSettings({
    deviationThresholdAmount: municipality.threshold.amount,
    deviationThresholdPercent: municipality.threshold.percent,
    deviationRule: municipality.threshold.rule,
  });
  const mayReview = data.mayReview && document.status === "CONCEPT";

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `/werkplek/${municipality.slug}/${year}${query}`, label: `${municipality.name} ${year}` },
        ]}
        current="Beoordelen"
      />
      <h1 className="utrecht-heading-1">Beoordelen: {document.title}</h1>
      <p className="utrecht-paragraph">
        {municipality.name} · status: <strong>{DOCUMENT_STATUS_LABELS[document.status]}</strong>
      </p>
      {data.demo && <DemoNotice />}
      <p className="utrecht-paragraph pm-prose">
        Keur een ingediend cijfer of een ingediende tekst goed, of stuur het terug met een vraag. Wie iets sinds de laatste
        goedkeuring heeft gewijzigd, kan het niet zelf goedkeuren. Alleen goedgekeurde cijfers en teksten van een gepubliceerd
        document worden openbaar.
      </p>

      {data.programmes.map((p) => {
        const indicators = p.indicators.filter((i) => i.reviewStatus !== "CONCEPT");
        const lines = p.lines.filter((l) => l.reviewStatus !== "CONCEPT");
        const t = texts.byProgramme.get(p.id);
        const textRows = reviewedTexts(t);
        const inConcept = p.indicators.length + p.lines.length - indicators.length - lines.length;
        const waiting = [...indicators, ...lines, ...textRows.map((r) => r.row)].filter((f) => f.reviewStatus === "INGEDIEND").length;
        return (
          <section key={p.id} aria-labelledby={`programma-${p.id}`}>
            <h2 id={`programma-${p.id}`} className="utrecht-heading-2">
              Programma {p.number} {p.name}
            </h2>
            <p className="utrecht-paragraph">
              {waiting} te beoordelen · {inConcept} nog in concept bij de adviseur ·{" "}
              <Link className="utrecht-link" href={`${workplaceProgrammeHref(municipality.slug, year, p.number)}${query}`}>
                alle cijfers van programma {p.number}
              </Link>
            </p>
            {indicators.length > 0 && <h3 className="utrecht-heading-3">Indicatoren</h3>}
            {indicators.map((row) => {
              const s = summarizeIndicator(row);
              return (
                <ReviewItem
                  key={row.id}
                  kind="indicatorValue"
                  id={row.id}
                  version={row.version}
                  status={row.reviewStatus}
                  title={`${indicatorValueTitle({ name: row.indicator.name, dimensionValue: row.dimensionValue })}${row.projected ? ` (meerjarenraming ${row.year})` : ""}`}
                  values={[
                    ...itemValues(s.values),
                    ...(s.achievement
                      ? [{ label: "Doel gehaald", value: "", badge: { text: achievementLabel(s.achievement), className: ACHIEVEMENT_CLASS[s.achievement] } }]
                      : []),
                  ]}
                  explanation={row.explanation}
                  requirement={s.requirement && !row.explanation ? s.requirement : null}
                  reviewComment={row.reviewComment}
                  updatedBy={row.updatedBy}
                  historyHref={historyHref(municipality.slug, "indicatorValue", row.id)}
                  mayReview={mayReview}
                  mayApprove={row.mayApprove}
                />
              );
            })}
            {lines.length > 0 && <h3 className="utrecht-heading-3">Financiën</h3>}
            {lines.map((row) => {
              const s = summarizeLine(row, threshold);
              return (
                <ReviewItem
                  key={row.id}
                  kind="financialLine"
                  id={row.id}
                  version={row.version}
                  status={row.reviewStatus}
                  title={lineTitle(row)}
                  values={[
                    ...itemValues(s.values),
                    ...(s.difference !== null
                      ? [
                          {
                            label: "Verschil",
                            value: s.difference,
                            badge: s.label ? { text: `${s.label} (${deviationLabelText(s.label)})`, className: s.label === "V" ? "pm-badge-v" : "pm-badge-n" } : undefined,
                          },
                        ]
                      : []),
                  ]}
                  explanation={row.explanation}
                  requirement={s.requirement && !row.explanation ? s.requirement : null}
                  reviewComment={row.reviewComment}
                  updatedBy={row.updatedBy}
                  historyHref={historyHref(municipality.slug, "financialLine", row.id)}
                  mayReview={mayReview}
                  mayApprove={row.mayApprove}
                />
              );
            })}
            {textRows.length > 0 && (
              <h3 className="utrecht-heading-3">
                Teksten{" "}
                <Link className="utrecht-link pm-small" href={`${workplaceTextsHref(municipality.slug, year, p.number)}${query}`}>
                  (alle teksten van programma {p.number})
                </Link>
              </h3>
            )}
            {textRows.map(({ row, title, subject }) => (
              <TextReviewItem
                key={row.id}
                row={row}
                title={title}
                questions={questionsFor(texts.documentKind, subject, { hasGoals: (t?.goals.length ?? 0) > 0 })}
                mayReview={mayReview}
              />
            ))}
            {indicators.length + lines.length + textRows.length === 0 && (
              <p className="utrecht-paragraph pm-muted">Nog niets ingediend voor dit programma.</p>
            )}
          </section>
        );
      })}
    </>
  );
}

/** The texts the controller sees: submitted, approved or returned ones (a concept is still the advisor's). */
function reviewedTexts(t: ReviewTexts | undefined) {
  if (!t) return [];
  const rows = [
    ...(t.programme ? [{ row: t.programme, title: "Programma: inleiding en teksten", subject: "programme" as const }] : []),
    ...t.goals.map((g) => ({ row: g, title: goalLabel(g), subject: "goal" as const })),
    ...t.activities.map((a) => ({ row: a, title: activityLabel(a), subject: "activity" as const })),
  ];
  return rows.filter((r) => r.row.reviewStatus !== "CONCEPT");
}

/** A read-only value carries where it comes from ("vastgesteld in Begroting 2025"). */
function itemValues(values: FigureValue[]) {
  return values.map((v) => ({ label: v.label, value: v.note ? `${v.value} (${v.note})` : v.value }));
}
