import type { Metadata } from "next";
import { ProblemPage } from "@/components/layout/ProblemPage";

// The same answer for "does not exist" and "not yours": a 404 must not tell
// whether a municipality or figure exists (see werkplek/resolve.ts).
export const metadata: Metadata = { title: "Niet gevonden", robots: { index: false } };

export default function WorkplaceNotFound() {
  return (
    <ProblemPage title="Niet gevonden" wayBack={[{ href: "/werkplek", label: "Terug naar de werkplek" }]}>
      <p className="utrecht-paragraph">Deze pagina bestaat niet, of u hebt er met uw rollen geen toegang toe.</p>
    </ProblemPage>
  );
}
