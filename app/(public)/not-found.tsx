import type { Metadata } from "next";
import { ProblemPage } from "@/components/layout/ProblemPage";

// notFound() of a public page: a municipality, year or programme that is not
// (or no longer) published.
export const metadata: Metadata = { title: "Niet gevonden", robots: { index: false } };

export default function PublicNotFound() {
  return (
    <ProblemPage title="Niet gevonden" wayBack={[{ href: "/", label: "Naar de startpagina: alle gemeenten" }]}>
      <p className="utrecht-paragraph">
        Hier is niets gepubliceerd. De gemeente bestaat niet, heeft over dit jaar geen document gepubliceerd, of het
        programma staat niet in dat document. Een document dat is teruggetrokken, is ook niet meer te zien.
      </p>
    </ProblemPage>
  );
}
