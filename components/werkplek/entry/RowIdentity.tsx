/**
 * The hidden fields every entry row posts: which item, the version it was
 * loaded at (the server refuses a save over a newer one), and the values it was
 * loaded with (so the server can tell what this user actually changed).
 */
export function RowIdentity({
  name,
  id,
  version,
  base,
}: {
  name: (field: string) => string;
  id: string;
  version: number;
  base: Record<string, string | null | undefined>;
}) {
  return (
    <>
      <input type="hidden" name={name("id")} value={id} />
      <input type="hidden" name={name("version")} value={version} />
      {Object.entries(base).map(([field, value]) => (
        <input key={field} type="hidden" name={name(`base.${field}`)} value={value ?? ""} />
      ))}
    </>
  );
}
