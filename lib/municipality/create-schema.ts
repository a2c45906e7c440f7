import "server-only";
import { z } from "zod";
import { optionalNameField } from "@/lib/users/schema";
import { cbsMunicipality } from "./reference/cbs";

// The input of "gemeente aanmaken" (platform administrator). Server-side
// rather than in the isomorphic schema.ts because it checks the code against
// the CBS list the server reads from disk; the form posts only the code, so
// name, slug, province and inhabitants always come from that list.

const PICK_FROM_LIST = "Kies een gemeente uit de lijst";

const cbsMunicipalityField = z
  .string({ error: PICK_FROM_LIST })
  .trim()
  .transform((code, ctx) => {
    const found = cbsMunicipality(code);
    if (!found) {
      ctx.addIssue({ code: "custom", message: /^GM\d{4}$/.test(code) ? `${code} is geen gemeente in de lijst van het CBS; ${PICK_FROM_LIST.toLowerCase()}` : PICK_FROM_LIST });
      return z.NEVER;
    }
    return found;
  });

/** A new municipality from the CBS list, with its first beheerder: an existing account, or a new one (then with a name). */
export const createMunicipalitySchema = z
  .object({
    cbsCode: cbsMunicipalityField,
    firstBeheerderEmail: z
      .string({ error: "Vul het e-mailadres van de eerste beheerder in" })
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl" })),
    firstBeheerderName: optionalNameField,
  })
  .transform(({ cbsCode, ...rest }) => ({ municipality: cbsCode, ...rest }));
export type CreateMunicipalityInput = z.output<typeof createMunicipalitySchema>;
