import type { Metadata } from "next";
import { loadMembersPage } from "@/lib/users/loaders";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { MemberTable } from "@/components/werkplek/admin/MemberTable";
import { AddRoleForm } from "@/components/werkplek/admin/MemberForms";
import { resolveLoad } from "../../resolve";

export const metadata: Metadata = { title: "Gebruikers en rollen", robots: { index: false } };

type Props = { params: Promise<{ gemeente: string }> };

export default async function MembersPage({ params }: Props) {
  const { gemeente } = await params;
  const data = resolveLoad(await loadMembersPage(gemeente), `/werkplek/${gemeente}/gebruikers`);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/werkplek", label: "Werkplek" }]} current={`Gebruikers ${data.municipality.name}`} />
      <h1 className="utrecht-heading-1">Gebruikers en rollen van {data.municipality.name}</h1>
      <MemberTable data={data} />
      <h2 className="utrecht-heading-2">Iemand toevoegen</h2>
      <p className="utrecht-paragraph pm-prose">
        Geef iemand een rol in {data.municipality.name}. Heeft deze persoon nog geen account, vul dan ook de naam in: het account
        wordt aangemaakt en u krijgt een uitnodigingslink om door te geven, waarmee de persoon zelf een wachtwoord kiest. Een
        beleidsadviseur begint zonder programma&apos;s: kies daarna hierboven aan welke programma&apos;s hij of zij werkt.
      </p>
      <AddRoleForm municipalityId={data.municipality.id} />
    </>
  );
}
