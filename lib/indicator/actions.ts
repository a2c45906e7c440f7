"use server";

import { authorizedAction } from "@/lib/auth/action";
import { findIndicatorValueResource } from "@/lib/auth/data";
import { updateIndicatorActual } from "./mutations";
import { saveIndicatorActualSchema } from "./schema";

// Server Actions for indicator values. Each goes through authorizedAction:
// the municipality and programme come from the database row, never from the
// client; the client sends only which value, the version it saw, and the new text.

/** Saves realisatie + toelichting (beleidsadviseur, assigned programme, document in CONCEPT). */
export const saveIndicatorActual = authorizedAction(
  {
    schema: saveIndicatorActualSchema,
    action: "indicatorValue.edit",
    resource: (input) => findIndicatorValueResource(input.indicatorValueId),
  },
  async (input, { user, municipalityId }) =>
    updateIndicatorActual({
      indicatorValueId: input.indicatorValueId,
      expectedVersion: input.version,
      actual: input.actual,
      explanation: input.explanation,
      userId: user.id,
      municipalityId,
    }),
);
