/**
 * Every typed text field of a structure form, so a refusal puts back exactly
 * what was typed; an unticked checkbox posts nothing, so it is recorded as ""
 * and the form shows it unticked again. Isomorphic.
 */
export function typedFormValues(formData: FormData, checkboxes: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value;
  for (const name of checkboxes) if (!formData.has(name)) values[name] = "";
  return values;
}
