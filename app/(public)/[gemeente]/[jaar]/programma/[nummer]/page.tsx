import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPublicProgramme } from "@/lib/programme/loaders";
import { yearInAddressSchema } from "@/lib/validation/fields";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { ProgrammeDetail } from "@/components/programme/ProgrammeDetail";
import { DownloadLinks } from "@/components/layout/DownloadLinks";
import { paths } from "@/lib/api/links";

// Cached per URL and refreshed on demand by lib/cache.ts when published data
// changes (the literal is required: Next reads it statically; it must equal
// PUBLIC_FRESH_SECONDS, lib/http/cache-policy.test.ts checks). Nothing is
// rendered at build time, so a build needs no database.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ gemeente: string; jaar: string; nummer: string }> };

async function load(params: Props["params"]) {
  const { gemeente, jaar, nummer } = await params;
  const year = yearInAddressSchema.safeParse(jaar);
  return year.success ? loadPublicProgramme(gemeente, year.data, decodeURIComponent(nummer)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: "Niet gevonden" };
  return { title: `Programma ${data.programme.number} ${data.programme.name} · ${data.municipality.name} ${data.document.year}` };
}

export default async function ProgrammePage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  const { municipality, document, programme } = data;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/", label: "Gemeenten" },
          { href: `/${municipality.slug}/${document.year}`, label: `${municipality.name} ${document.year}` },
        ]}
        current={`Programma ${programme.number}`}
      />
      <h1 className="utrecht-heading-1">
        Programma {programme.number} {programme.name}
      </h1>
      <p className="utrecht-paragraph pm-muted">
        {municipality.name} · {document.title}
      </p>
      <ProgrammeDetail programme={programme} municipality={municipality} />
      <DownloadLinks
        what={`programma ${programme.number} (doelen, indicatoren en financiën)`}
        json={paths.programme(municipality.slug, document.year, programme.number)}
        csv={`${paths.programmeFinance(municipality.slug, document.year, programme.number)}?formaat=csv`}
      />
    </>
  );
}
