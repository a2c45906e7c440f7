import Link from "next/link";
import type { Removal } from "@/lib/structure/rules";
import { StructureForm, type StructureFormAction } from "./StructureForm";

// The second step of removing a programme, goal or activity: what will happen
// (deleted, or retired because another document refers to it) and one button.
// It sits at the top of the page, addressed by `?verwijder=`, so its answer
// stays on screen after the removed item has left the list — also without
// JavaScript.

export interface RemoveTarget {
  /** "Programma 3 Wonen", "Doelstelling 6.1 Veilig". */
  subject: string;
  removal: Removal;
  hidden: Record<string, string>;
  year: number;
  /** What else leaves this document with it. */
  alsoRemoved?: string;
}

/** The link to the confirmation says what will happen: deleted, or only retired. */
export function removeLabel(removal: Removal): string {
  return removal.kind === "delete" ? "Verwijderen" : "Opheffen";
}

export function RemoveConfirm({ target, action, backHref }: { target: RemoveTarget | null; action: StructureFormAction; backHref: string }) {
  const label = target ? (target.removal.kind === "delete" ? "Verwijderen" : `Opheffen vanaf ${target.year}`) : "";
  return (
    <section aria-labelledby="verwijderen" className="pm-structure-confirm">
      <h2 id="verwijderen" className="utrecht-heading-2">
        {target ? `${target.subject}: verwijderen of opheffen` : "Verwijderen of opheffen"}
      </h2>
      {/* Rendered also once the item is gone, so its answer stays on screen (with and without JavaScript). */}
      <StructureForm
        action={action}
        idPrefix="verwijderen"
        formLabel={target ? `${target.subject} verwijderen` : "Verwijderen"}
        hidden={target?.hidden ?? {}}
        intro={
          target ? (
            <p className="utrecht-paragraph pm-prose">
              {target.removal.kind === "delete"
                ? `Alleen dit document gebruikt het. Verwijderen haalt het helemaal weg${target.alsoRemoved ? `, met ${target.alsoRemoved}` : ""}.`
                : `Dit kan niet worden verwijderd: ${target.removal.because}. Het wordt opgeheven vanaf ${target.year}: het verdwijnt uit dit document en uit volgende jaren; eerdere documenten tonen het nog.`}
            </p>
          ) : (
            <p className="utrecht-paragraph">Dit onderdeel staat niet (meer) in dit document.</p>
          )
        }
        buttons={target ? [{ label, accessibleName: `${label}: ${target.subject}` }] : []}
      />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={backHref}>
          {target ? "Annuleren, terug naar de opbouw" : "Terug naar de opbouw"}
        </Link>
      </p>
    </section>
  );
}
