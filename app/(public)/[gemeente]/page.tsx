import { notFound, redirect } from "next/navigation";
import { loadPublicMunicipality } from "@/lib/municipality/loaders";

export const dynamic = "force-dynamic";

/** A municipality's address leads to its latest published year. */
export default async function MunicipalityPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const municipality = await loadPublicMunicipality((await params).gemeente);
  const latest = municipality?.years[0];
  if (!municipality || latest === undefined) notFound();
  redirect(`/${municipality.slug}/${latest}`);
}
