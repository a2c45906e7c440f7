import type { Metadata } from "next";
import { loadAmendmentList } from "@/lib/amendment/loaders";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { AmendmentTable } from "@/components/werkplek/amendments/AmendmentTable";
import { CreateAmendmentForm } from "@/components/werkplek/amendments/CreateAmendmentForm";
import { parseYear, resolveLoad } from "../../../resolve";

export const metadata: Metadata = { title: "Begrotingswijzigingen", robots: { index: false } };

type Props = { params: Promise<{ gemeente: string; jaar: string }> };

export default async function AmendmentsPage({ params }: Props) {
  const { gemeente, jaar } = await params;
  const year = parseYear(jaar);
  const base = `/werkplek/${encodeURIComponent(gemeente)}/${year}`;
  const { municipality, amendments, mayEdit } = resolveLoad(await loadAmendmentList(gemeente, year), `${base}/wijzigingen`);

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: base, label: `${municipality.name} ${year}` },
        ]}
        current="Begrotingswijzigingen"
      />
      {/* A soft hyphen: the one long word would overflow a 375 px screen. */}
      <h1 className="utrecht-heading-1">Begrotings&shy;wijzigingen {year}</h1>
      <p className="utrecht-paragraph pm-prose">
        De besluiten van de raad of het college die de begroting {year} van {municipality.name} veranderen. De begroting na
        wijziging is de primitieve begroting plus de vastgestelde wijzigingen. Wijzigingen met &quot;zoals gedrukt, niet
        gespecificeerd in de bron&quot; komen uit een ingelezen document dat alleen de begroting na wijziging afdrukte; die kunt u
        alleen lezen.
      </p>
      {amendments.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen begrotingswijzigingen voor {year}.</p>
      ) : (
        <AmendmentTable amendments={amendments} base={`${base}/wijzigingen`} />
      )}
      {mayEdit && (
        <section aria-labelledby="nieuwe-wijziging">
          <h2 id="nieuwe-wijziging" className="utrecht-heading-2">
            Nieuwe begrotingswijziging
          </h2>
          <p className="utrecht-paragraph pm-prose">Maak eerst het concept aan; daarna vult u de bedragen per begrotingspost in.</p>
          <CreateAmendmentForm municipalityId={municipality.id} slug={municipality.slug} year={year} />
        </section>
      )}
    </>
  );
}
