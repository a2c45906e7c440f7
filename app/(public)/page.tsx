import Link from "next/link";
import { loadPublicMunicipalities } from "@/lib/municipality/loaders";
import { formatInteger } from "@/lib/format/number";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const municipalities = await loadPublicMunicipalities();
  return (
    <>
      <h1 className="utrecht-heading-1">Gemeenten</h1>
      <p className="utrecht-paragraph pm-prose">
        Wat wilde de gemeente bereiken, wat is er bereikt en wat heeft het gekost? Kies een gemeente om haar
        programma&apos;s, doelen, indicatoren en financiën te bekijken.
      </p>
      <ul className="pm-card-list" aria-label="Gemeenten">
        {municipalities.map((m) => (
          <li key={m.id} className="pm-card">
            <h2 className="utrecht-heading-2">
              <Link className="utrecht-link" href={`/${m.slug}`}>
                {m.name}
              </Link>
            </h2>
            <p className="utrecht-paragraph pm-muted">
              {m.province}
              {m.inhabitants !== null && <> · {formatInteger(m.inhabitants)} inwoners ({m.inhabitantsYear})</>}
            </p>
            <p className="utrecht-paragraph">Gepubliceerd: {m.years.join(", ")}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
