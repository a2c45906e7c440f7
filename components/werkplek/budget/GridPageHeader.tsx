import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { documentSlug } from "@/lib/review/document-slug";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { DemoNotice } from "../DemoNotice";

/** The top of a begroting grid page: where it is, which document and its status. */
export function GridPageHeader({
  title,
  programmePath,
  municipality,
  document,
  programme,
  demo,
}: {
  title: string;
  programmePath: string;
  municipality: { name: string; slug: string };
  document: { kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN"; sequence: number; year: number; title: string; status: "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD" };
  programme: { number: string; name: string };
  demo: boolean;
}) {
  const query = `?stuk=${documentSlug(document)}`;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `/werkplek/${municipality.slug}/${document.year}${query}`, label: `${municipality.name} ${document.year}` },
          { href: `${programmePath}${query}`, label: `Programma ${programme.number}` },
        ]}
        current={title}
      />
      <h1 className="utrecht-heading-1">
        {title}: programma {programme.number} {programme.name}
      </h1>
      <p className="utrecht-paragraph">
        {municipality.name} · {document.title} · status: <strong>{DOCUMENT_STATUS_LABELS[document.status]}</strong>
      </p>
      {demo && <DemoNotice />}
    </>
  );
}
