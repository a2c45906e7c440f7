/** Answers of the import actions, and where their forms return to. Pure. */

export const NOTHING_TO_WRITE = "Er is niets om op te slaan: het bestand wijzigt geen enkel cijfer.";
export const HAS_PROBLEMS = "Dit bestand heeft problemen; er wordt niets opgeslagen. Verbeter het bestand en upload het opnieuw.";
export const NOT_PLANNED = "Deze import wacht niet (meer) op uw bevestiging.";

/**
 * The page a form returns to, with the refusal to show: only a path inside the
 * werkplek, so a posted "back" can never send anyone to another site.
 */
export function backTo(back: FormDataEntryValue | null, message: string | null | undefined): string {
  const path = typeof back === "string" && /^\/werkplek\/[^/\\]/.test(back) && !back.includes("//") ? back : "/werkplek";
  if (!message) return path;
  return `${path}${path.includes("?") ? "&" : "?"}fout=${encodeURIComponent(message.slice(0, 500))}`;
}
