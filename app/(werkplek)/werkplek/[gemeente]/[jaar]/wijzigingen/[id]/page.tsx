import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadAmendmentPage } from "@/lib/amendment/loaders";
import { AMENDMENT_STATUS_LABELS, authorityText, dateText } from "@/lib/amendment/labels";
import { CATEGORIES } from "@/lib/amendment/rules";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { formatInteger } from "@/lib/format/number";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { AmendmentEditForm } from "@/components/werkplek/amendments/AmendmentEditForm";
import { AmendmentLinesTable } from "@/components/werkplek/amendments/AmendmentLinesTable";
import { AmendmentStatusForm } from "@/components/werkplek/amendments/AmendmentStatusForm";
import { parseYear, resolveLoad } from "../../../../resolve";

export const metadata: Metadata = { title: "Begrotingswijziging", robots: { index: false } };

type Props = { params: Promise<{ gemeente: string; jaar: string; id: string }> };

export default async function AmendmentPage({ params }: Props) {
  const { gemeente, jaar, id } = await params;
  const year = parseYear(jaar);
  if (id.length > 64) notFound();
  const base = `/werkplek/${encodeURIComponent(gemeente)}/${year}`;
  const { municipality, amendment, mayEdit, maySetStatus } = resolveLoad(
    await loadAmendmentPage(gemeente, year, id),
    `${base}/wijzigingen/${encodeURIComponent(id)}`,
  );
  const editable = amendment.lockedReason === null;
  const totals = CATEGORIES.filter((c) => amendment.totals[c] !== "0");

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: base, label: `${municipality.name} ${year}` },
          { href: `${base}/wijzigingen`, label: "Begrotingswijzigingen" },
        ]}
        current={amendment.number}
      />
      <h1 className="utrecht-heading-1">Begrotings&shy;wijziging {amendment.number}</h1>
      <dl className="pm-definition-list">
        <dt>Status</dt>
        <dd>{AMENDMENT_STATUS_LABELS[amendment.status]}</dd>
        <dt>Datum</dt>
        <dd>{dateText(amendment.date)}</dd>
        <dt>Besluit</dt>
        <dd>{authorityText(amendment)}</dd>
        <dt>Reden</dt>
        <dd>{amendment.reason}</dd>
        {amendment.documentTitle && (
          <>
            <dt>Document</dt>
            <dd>{amendment.documentTitle}</dd>
          </>
        )}
      </dl>
      {totals.length > 0 && (
        <ul className="utrecht-unordered-list" aria-label="Totaal per categorie">
          {totals.map((c) => (
            <li key={c} className="utrecht-unordered-list__item">
              Totaal {CATEGORY_LABELS[c].toLowerCase()}: € {formatInteger(BigInt(amendment.totals[c]))}
            </li>
          ))}
        </ul>
      )}
      {amendment.lockedReason && <p className="utrecht-paragraph pm-prose">{amendment.lockedReason}</p>}

      {editable && mayEdit ? (
        <AmendmentEditForm amendment={amendment} />
      ) : (
        <AmendmentLinesTable amendment={amendment} />
      )}

      {editable && maySetStatus && (
        <section aria-labelledby="besluit">
          <h2 id="besluit" className="utrecht-heading-2">
            Vaststellen of verwerpen
          </h2>
          <AmendmentStatusForm amendmentId={amendment.id} version={amendment.version} number={amendment.number} />
        </section>
      )}
    </>
  );
}
