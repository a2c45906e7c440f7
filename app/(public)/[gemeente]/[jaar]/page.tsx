import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPublicYear } from "@/lib/programme/loaders";
import { yearInAddressSchema } from "@/lib/validation/fields";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { YearSwitcher } from "@/components/layout/YearSwitcher";
import { YearProgrammeTable } from "@/components/programme/YearProgrammeTable";
import { TextSection } from "@/components/programme/TextSection";
import { DownloadLinks } from "@/components/layout/DownloadLinks";

// Cached per URL and refreshed on demand by lib/cache.ts when published data
// changes (the literal is required: Next reads it statically; it must equal
// PUBLIC_FRESH_SECONDS, lib/http/cache-policy.test.ts checks). Nothing is
// rendered at build time, so a build needs no database.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ gemeente: string; jaar: string }> };

async function load(params: Props["params"]) {
  const { gemeente, jaar } = await params;
  const year = yearInAddressSchema.safeParse(jaar);
  return year.success ? loadPublicYear(gemeente, year.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  return { title: data ? `${data.municipality.name} ${data.document.year}` : "Niet gevonden" };
}

export default async function YearPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  const { municipality, document, programmes, sections } = data;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Gemeenten" }]} current={`${municipality.name} ${document.year}`} />
      <h1 className="utrecht-heading-1">
        {municipality.name} {document.year}
      </h1>
      <p className="utrecht-paragraph pm-muted">
        {document.title} · CBS-code {municipality.cbsCode} · {municipality.province}
      </p>
      <YearSwitcher slug={municipality.slug} years={data.years} current={document.year} />
      {programmes.length > 0 ? (
        <YearProgrammeTable
          slug={municipality.slug}
          year={document.year}
          column={data.column}
          convention={municipality.signConvention}
          programmes={programmes}
        />
      ) : (
        <p className="utrecht-paragraph">
          Het bronfragment van dit document bevat geen programma&apos;s met doelen of cijfers, alleen de tekst
          hieronder.
        </p>
      )}
      {sections.map((s) => (
        <TextSection key={s.id} heading={s.heading} body={s.body} location={s.sourceLocation} level={2} />
      ))}
      {programmes.length > 0 && (
        <DownloadLinks
          what={`de programma's van ${municipality.name} ${document.year}`}
          json={`/api/v1/gemeenten/${municipality.slug}/jaren/${document.year}/programmas`}
          csv={`/api/v1/gemeenten/${municipality.slug}/jaren/${document.year}/programmas?formaat=csv`}
        />
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/">
          Andere gemeente kiezen
        </Link>
      </p>
    </>
  );
}
