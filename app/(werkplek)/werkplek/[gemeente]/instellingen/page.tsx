import type { Metadata } from "next";
import { loadSettingsPage } from "@/lib/municipality/admin-loaders";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { SettingsForm } from "@/components/werkplek/admin/SettingsForm";
import { resolveLoad } from "../../resolve";

export const metadata: Metadata = { title: "Instellingen", robots: { index: false } };

type Props = { params: Promise<{ gemeente: string }> };

export default async function SettingsPage({ params }: Props) {
  const { gemeente } = await params;
  const data = resolveLoad(await loadSettingsPage(gemeente), `/werkplek/${gemeente}/instellingen`);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/werkplek", label: "Werkplek" }]} current={`Instellingen ${data.municipality.name}`} />
      <h1 className="utrecht-heading-1">Instellingen van {data.municipality.name}</h1>
      <SettingsForm data={data} />
    </>
  );
}
