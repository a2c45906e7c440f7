import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { loadPublicMunicipalityHome } from "@/lib/municipality/loaders";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const home = await loadPublicMunicipalityHome((await params).gemeente);
  if (home?.kind !== "nothingPublished") return {};
  // Nothing to find yet: keep the empty page out of search results.
  return { title: home.municipality.name, robots: { index: false } };
}

/**
 * A municipality's address leads to its latest published year. One that has
 * published nothing yet (the workplace's "openbare pagina" link) says so; an
 * address that is no municipality is a 404.
 */
export default async function MunicipalityPage({ params }: Props) {
  const home = await loadPublicMunicipalityHome((await params).gemeente);
  if (!home) notFound();
  if (home.kind === "published") redirect(`/${home.slug}/${home.latestYear}`);
  return (
    <>
      <h1 className="utrecht-heading-1">{home.municipality.name}</h1>
      <p className="utrecht-paragraph pm-prose">
        Er is nog niets gepubliceerd. Zodra {home.municipality.name} een begroting, bestuursrapportage of jaarstukken
        publiceert, staan hier de programma&apos;s met hun doelen, indicatoren en financiën.
      </p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/">
          Andere gemeente kiezen
        </Link>
      </p>
    </>
  );
}
