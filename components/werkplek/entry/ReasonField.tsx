import { MAX_REASON_LENGTH } from "@/lib/review/entry-fields";
import { FormField, controlProps } from "../FormField";

const FIGURE_REASON = "Verplicht als u een cijfer wijzigt dat al is ingediend of goedgekeurd. De reden komt in de geschiedenis van het cijfer.";

/** "Reden van wijziging": required when a submitted or approved figure changes; it goes into the figure's history. */
export function ReasonField({ seq, errors, typed, description = FIGURE_REASON }: { seq: number; errors: string[] | undefined; typed: string | undefined; description?: string }) {
  return (
    <FormField name="reason" label="Reden van wijziging" description={description} errors={errors}>
      <textarea
        {...controlProps("reason", "textarea", { invalid: !!errors, description: true })}
        key={`reason:${seq}`}
        rows={2}
        maxLength={MAX_REASON_LENGTH}
        defaultValue={typed ?? ""}
      />
    </FormField>
  );
}
