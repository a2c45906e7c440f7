/**
 * A figure the row shows but this document does not own (the adopted target,
 * the computed begroting na wijziging): read-only, labelled, with where it
 * comes from. Not a field, so nobody types it again.
 */
export function GivenFigure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div className="pm-entry-row__derived pm-entry-row__given">
      <span className="pm-entry-row__derived-label">{label}</span>
      <span>{value}</span>
      <span className="pm-muted pm-small">{note}</span>
    </div>
  );
}
