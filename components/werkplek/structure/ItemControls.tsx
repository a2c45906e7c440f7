import type { ReactNode } from "react";
import type { FormState } from "@/lib/forms/state";
import { StructureButtonForm } from "./StructureButtonForm";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Under one indicator or line: its edit form folded away, and omhoog / omlaag / verwijderen. */
export function ItemControls({
  name,
  fields,
  index,
  count,
  move,
  remove,
  children,
}: {
  name: string;
  /** documentId and the item's id, posted by every button. */
  fields: Record<string, string>;
  index: number;
  count: number;
  move: FormAction;
  remove: FormAction;
  /** The edit form. */
  children: ReactNode;
}) {
  return (
    <>
      <details className="pm-structure-edit">
        <summary>
          Wijzigen<span className="pm-visually-hidden">: {name}</span>
        </summary>
        {children}
      </details>
      <div className="pm-structure-actions">
        {index > 0 && <StructureButtonForm action={move} fields={{ ...fields, direction: "up" }} label="Omhoog" accessibleName={`Omhoog: ${name}`} />}
        {index < count - 1 && <StructureButtonForm action={move} fields={{ ...fields, direction: "down" }} label="Omlaag" accessibleName={`Omlaag: ${name}`} />}
        <StructureButtonForm action={remove} fields={fields} label="Verwijderen uit dit document" accessibleName={`Verwijderen uit dit document: ${name}`} />
      </div>
    </>
  );
}
