import type { Metadata } from "next";
import { loadCreateMunicipalityPage } from "@/lib/municipality/admin-loaders";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { CreateMunicipalityForm } from "@/components/werkplek/admin/CreateMunicipalityForm";
import { resolveLoad } from "../../resolve";

export const metadata: Metadata = { title: "Gemeente aanmaken", robots: { index: false } };

export default async function CreateMunicipalityPage() {
  const choice = resolveLoad(await loadCreateMunicipalityPage(), "/werkplek/gemeenten/nieuw");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/werkplek", label: "Werkplek" }]} current="Gemeente aanmaken" />
      <h1 className="utrecht-heading-1">Gemeente aanmaken</h1>
      <p className="utrecht-paragraph pm-prose">
        Een nieuwe gemeente heeft nog geen documenten en verschijnt pas op de openbare pagina&apos;s als zij iets publiceert.
      </p>
      <CreateMunicipalityForm choice={choice} />
    </>
  );
}
