import { useId, type ReactNode } from "react";

/**
 * A table that scrolls sideways on a phone while its title stays readable:
 * the title is printed above the scroll area (a caption would scroll away with
 * the table) and linked to the table for screen readers.
 */
export function ScrollTable({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <p className="pm-table-title" id={id}>
        {title} {note && <span className="pm-muted">({note})</span>}
      </p>
      <div className="pm-table-scroll" tabIndex={0} role="region" aria-label={title}>
        <table className="utrecht-table" aria-labelledby={id}>
          {children}
        </table>
      </div>
    </>
  );
}
