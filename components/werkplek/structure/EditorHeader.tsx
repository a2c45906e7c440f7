import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { documentSlug } from "@/lib/review/document-slug";
import { workplaceProgrammeHref } from "@/lib/routes";
import type { EditorContext } from "@/lib/structure/editor-loaders";

/** Breadcrumbs, title and the document the page edits, shared by the two editors. */
export function EditorHeader({ data, title, other }: { data: EditorContext; title: string; other: { href: string; label: string } }) {
  const { municipality, document, programme } = data;
  const query = `?stuk=${documentSlug(document)}`;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `/werkplek/${municipality.slug}/${document.year}${query}`, label: `${municipality.name} ${document.year}` },
          { href: `${workplaceProgrammeHref(municipality.slug, document.year, programme.number)}${query}`, label: `Programma ${programme.number}` },
        ]}
        current={title}
      />
      <h1 className="utrecht-heading-1">
        {title} · programma {programme.number} {programme.name}
      </h1>
      <p className="utrecht-paragraph">
        {municipality.name} · {document.title} · status: <strong>{DOCUMENT_STATUS_LABELS[document.status]}</strong>
      </p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`${other.href}${query}`}>
          {other.label}
        </Link>
      </p>
      {data.readOnlyReason && (
        <div className="utrecht-alert utrecht-alert--info">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph utrecht-alert__message">{data.readOnlyReason}</p>
          </div>
        </div>
      )}
    </>
  );
}
