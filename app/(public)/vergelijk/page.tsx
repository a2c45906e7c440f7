import type { Metadata } from "next";
import Link from "next/link";
import { loadPublicComparison, type ComparisonRow } from "@/lib/programme/loaders";
import { loadPublicMunicipalities } from "@/lib/municipality/loaders";
import { perInhabitant } from "@/lib/finance/money";
import { formatEuro, MISSING_VALUE } from "@/lib/format/number";
import { PrintedAmount } from "@/components/finance/PrintedAmount";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { LazyComparisonChart } from "@/components/charts/LazyComparisonChart";
import { ScrollTable } from "@/components/layout/ScrollTable";
import { DownloadLinks } from "@/components/layout/DownloadLinks";
import { loadPublicIndicatorComparison } from "@/lib/indicator/loaders";
import { IndicatorComparison } from "@/components/indicator/IndicatorComparison";
import { publicProgrammeHref } from "@/lib/routes";
import { comparisonSelection, selectionNotices } from "@/lib/programme/comparison-selection";
import { COMPARE_MAX_MUNICIPALITIES, COMPARE_MAX_YEARS } from "@/lib/limits";
import { BALANCE_TERM, RESULT_TERM } from "@/lib/finance/labels";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gemeenten vergelijken" };

type Props = { searchParams: Promise<{ gemeente?: string | string[]; jaar?: string | string[]; indicator?: string | string[] }> };

/** A programme whose document printed some of its totals: its other totals are marked as the app's own sum. */
const anyPrinted = (r: ComparisonRow) => Object.values(r.figures).some((f) => f?.printed != null);
const euro = (v: bigint | null) => (v === null ? MISSING_VALUE : formatEuro(v));

export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams;
  const indicatorQuery = (Array.isArray(params.indicator) ? params.indicator[0] : params.indicator)?.slice(0, 100) ?? "";
  // Nothing chosen (the header link) reads no totals at all; a choice is capped (lib/limits.ts).
  const selection = comparisonSelection(params.gemeente, params.jaar);
  const selected = selection.slugs;
  const [municipalities, rows, indicators] = await Promise.all([
    loadPublicMunicipalities(),
    loadPublicComparison(selection),
    loadPublicIndicatorComparison(indicatorQuery),
  ]);
  const publishedYears = [...new Set(municipalities.flatMap((m) => m.years))].sort((a, b) => b - a);
  const notices = selectionNotices(selection, municipalities.filter((m) => selected.includes(m.slug)));
  const points = rows
    .map((r) => ({ label: `${r.municipality} ${r.year}`, value: perInhabitant(r.expenses, r.inhabitants) }))
    .filter((p): p is { label: string; value: bigint } => p.value !== null)
    .map((p) => ({ label: p.label, value: Number(p.value) }));
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Gemeenten" }]} current="Vergelijken" />
      <h1 className="utrecht-heading-1">Gemeenten vergelijken</h1>
      <h2 className="utrecht-heading-2">Programmatotalen</h2>
      <p className="utrecht-paragraph pm-prose">
        Lasten, baten en {BALANCE_TERM.label.toLowerCase()} van de programma&apos;s over de jaren, ook per inwoner. Let op: elke gemeente deelt haar
        programma&apos;s anders in, dus vergelijk de omschrijving van het programma mee.
      </p>
      <form method="get" action="/vergelijk" className="pm-search">
        <fieldset className="pm-fieldset">
          <legend>Gemeenten (hoogstens {COMPARE_MAX_MUNICIPALITIES})</legend>
          {municipalities.map((m) => (
            <label key={m.slug} className="pm-check">
              <input type="checkbox" name="gemeente" value={m.slug} defaultChecked={selected.includes(m.slug)} /> {m.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="pm-fieldset">
          <legend>Jaren (hoogstens {COMPARE_MAX_YEARS}; geen keuze: de nieuwste)</legend>
          {publishedYears.map((y) => (
            <label key={y} className="pm-check">
              <input type="checkbox" name="jaar" value={y} defaultChecked={selection.years.includes(y)} /> {y}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="pm-button">
          Vergelijken
        </button>
      </form>
      {selected.length === 0 ? (
        <p className="utrecht-paragraph">
          Kies hierboven een of meer gemeenten (hoogstens {COMPARE_MAX_MUNICIPALITIES}) om hun programmatotalen te vergelijken.
        </p>
      ) : (
        notices.length > 0 && (
          <div className="utrecht-alert utrecht-alert--info" role="note" aria-label="Selectie ingekort">
            <div className="utrecht-alert__content">
              {notices.map((n) => (
                <p key={n} className="utrecht-paragraph utrecht-alert__message">
                  {n}
                </p>
              ))}
            </div>
          </div>
        )
      )}
      {points.length > 0 && <LazyComparisonChart points={points} />}
      {selected.length > 0 && (
      <ScrollTable title="Vergelijking van programmatotalen" note="bedragen x € 1.000; per inwoner in euro's">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Gemeente en jaar</th>
              <th scope="col" className="utrecht-table__header-cell">Programma</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Lasten</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Baten</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">{BALANCE_TERM.label}</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Lasten per inwoner</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">{BALANCE_TERM.label} per inwoner</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((r) => (
              <tr key={`${r.slug}-${r.year}-${r.programmeNumber}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {r.municipality} {r.year}
                </th>
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link" href={publicProgrammeHref(r.slug, r.year, r.programmeNumber)}>
                    {r.programmeNumber} {r.programmeName}
                  </Link>
                  {r.column === "BUDGET_AMENDED" && <span className="pm-muted"> (begroting)</span>}
                </td>
                <td className="utrecht-table__cell pm-num">
                  <PrintedAmount figure={r.figures.expenses} markComputed={anyPrinted(r)} />
                </td>
                <td className="utrecht-table__cell pm-num">
                  <PrintedAmount figure={r.figures.income} markComputed={anyPrinted(r)} />
                </td>
                <td className="utrecht-table__cell pm-num">
                  <PrintedAmount figure={r.figures.balance} markComputed={anyPrinted(r)} />
                </td>
                <td className="utrecht-table__cell pm-num">{euro(perInhabitant(r.expenses, r.inhabitants))}</td>
                <td className="utrecht-table__cell pm-num">{euro(perInhabitant(r.balance, r.inhabitants))}</td>
              </tr>
            ))}
          </tbody>
      </ScrollTable>
      )}
      {[...new Set(rows.map((r) => `${r.slug}/${r.year}`))].map((key) => {
        const [slug, year] = key.split("/");
        const name = rows.find((r) => r.slug === slug)?.municipality ?? slug;
        return (
          <DownloadLinks
            key={key}
            what={`${name} ${year}`}
            json={`/api/v1/gemeenten/${slug}/jaren/${year}/programmas`}
            csv={`/api/v1/gemeenten/${slug}/jaren/${year}/programmas?formaat=csv`}
          />
        );
      })}
      <p className="pm-legend">
        Bedragen in één vorm voor alle gemeenten: lasten en baten positief,{" "}
        {BALANCE_TERM.label.toLowerCase()} = {BALANCE_TERM.definition}. Eerst het totaal zoals de gemeente het drukte (en de raad
        het vaststelde); wijkt de som van de regels daar door afronding van af, dan staat die eronder als &quot;berekend uit
        regels&quot;. Een totaal dat de gemeente niet drukte is de som van de regels (&quot;berekend&quot;). Het{" "}
        {RESULT_TERM.label.toLowerCase()} staat bij het jaar van de gemeente. Per inwoner: uit de exacte bedragen van de regels, gedeeld
        door het inwonertal van CBS ({[...new Set(rows.map((r) => r.inhabitantsYear))].filter(Boolean).join(", ")}), niet
        dat van het verslagjaar.
      </p>
      <IndicatorComparison query={indicatorQuery} indicators={indicators.indicators} total={indicators.total} />
    </>
  );
}
