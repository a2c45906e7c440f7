import type { Metadata } from "next";
import { loadNewDocumentPage } from "@/lib/document/loaders";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { NewDocumentForm } from "@/components/werkplek/documents/NewDocumentForm";
import { resolveLoad } from "../../../resolve";

export const metadata: Metadata = { title: "Nieuw document", robots: { index: false } };

type Props = { params: Promise<{ gemeente: string }> };

export default async function NewDocumentPage({ params }: Props) {
  const { gemeente } = await params;
  const { municipality, documents, suggestedYear } = resolveLoad(await loadNewDocumentPage(gemeente), `/werkplek/${gemeente}/documenten/nieuw`);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/werkplek", label: "Werkplek" }]} current={`Nieuw document ${municipality.name}`} />
      <h1 className="utrecht-heading-1">Nieuw document voor {municipality.name}</h1>
      <p className="utrecht-paragraph pm-prose">
        Kies het soort document, het jaar en het startpunt. Een begroting uit de begroting van vorig jaar neemt de programma&apos;s, doelen, indicatoren en
        begrotingsposten over, de teksten als eerste opzet en de meerjarenraming als voorstel voor de primitieve begroting en de streefwaarden. De jaarstukken en
        een bestuursrapportage krijgen dezelfde opbouw als de begroting van hun jaar, met lege velden voor de realisatie of de prognose. Bekijk eerst het
        voorbeeld: pas met &quot;Document aanmaken&quot; wordt iets opgeslagen.
      </p>
      <NewDocumentForm
        municipalityId={municipality.id}
        slug={municipality.slug}
        suggestedYear={suggestedYear}
        startingPoints={documents.map((d) => ({ id: d.id, title: d.title }))}
      />
    </>
  );
}
