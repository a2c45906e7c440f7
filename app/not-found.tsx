import type { Metadata } from "next";
import { ProblemPage } from "@/components/layout/ProblemPage";

// Every address no route serves, and notFound() wherever no nearer
// not-found.tsx catches it. Next answers it with status 404.
export const metadata: Metadata = { title: "Pagina niet gevonden", robots: { index: false } };

export default function NotFound() {
  return (
    <ProblemPage
      title="Pagina niet gevonden"
      wayBack={[
        { href: "/", label: "Naar de startpagina: alle gemeenten" },
        { href: "/vergelijk", label: "Indicatoren van gemeenten vergelijken" },
      ]}
    >
      <p className="utrecht-paragraph">
        Op dit adres staat geen pagina. Misschien is het adres verkeerd overgenomen, of is de pagina verplaatst.
      </p>
    </ProblemPage>
  );
}
