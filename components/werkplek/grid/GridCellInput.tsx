import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/audit/format";
import { cellField } from "@/lib/budget/schema";
import type { GridCell } from "@/lib/budget/data";
import type { GridConflictView } from "@/lib/budget/form-state";
import { MAX_NUMBER_LENGTH } from "@/lib/validation/fields";
import { controlProps } from "../FormField";

/**
 * One editable cell of a begroting grid: the typed value, and hidden the
 * figure row's version and the canonical base the page showed (after a
 * conflict: the other person's, so saving again deliberately puts the user's
 * input over theirs). Errors and the other person's value stand under the
 * field, announced through aria-describedby.
 */
export function GridCellInput({
  index,
  field,
  hidden,
  label,
  cell,
  baseText,
  initial,
  errors,
  conflict,
  conflictText,
  inputMode,
  extra,
}: {
  index: number;
  /** "amount" or "value". */
  field: string;
  /** Hidden identity of the cell: line, or indicator and dimension, and year. */
  hidden: Record<string, string>;
  label: string;
  cell: GridCell | undefined;
  /** Canonical value of `cell` ("" for none). */
  baseText: string;
  initial: string;
  errors: string[] | undefined;
  conflict: GridConflictView | undefined;
  /** The other person's value as a reader sees it. */
  conflictText: (value: string | null) => string;
  inputMode: "numeric" | "decimal";
  extra?: ReactNode;
}) {
  const name = cellField(index, field);
  const version = conflict ? (conflict.current?.version ?? 0) : (cell?.version ?? 0);
  const base = conflict ? (conflict.current?.value ?? "") : baseText;
  const invalid = (errors?.length ?? 0) > 0;
  const props = controlProps(name, "textbox", { invalid, extra: conflict ? [`${name}-anders`] : undefined });
  return (
    <td className={`utrecht-table__cell pm-grid__cell${invalid ? " pm-grid__cell--invalid" : ""}`}>
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={cellField(index, key)} value={value} />
      ))}
      <input type="hidden" name={cellField(index, "version")} value={version} />
      <input type="hidden" name={cellField(index, "base")} value={base} />
      <input
        {...props}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_NUMBER_LENGTH}
        aria-label={label}
        defaultValue={initial}
      />
      {invalid && (
        <span className="pm-grid__message pm-error-text" id={`${props.id}-fout`}>
          <span className="pm-visually-hidden">Fout: </span>
          {errors!.join(" ")}
        </span>
      )}
      {conflict && (
        <span className="pm-grid__message" id={`${name}-anders`}>
          Intussen gewijzigd door {conflict.current?.updatedBy ?? "iemand anders"}
          {conflict.current ? ` (${formatDateTime(conflict.current.updatedAt)})` : ""}: {conflictText(conflict.current?.value ?? null)}
        </span>
      )}
      {extra}
    </td>
  );
}
