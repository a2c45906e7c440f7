"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { findMunicipalityResource } from "@/lib/auth/data";
import { PLATFORM_RESOURCE } from "@/lib/auth/permissions";
import { revalidatePublicMunicipality } from "@/lib/cache";
import { formState, typedText, type FormOutcome, type FormState } from "@/lib/forms/state";
import { previousSeq } from "@/lib/review/form-state";
import { passwordLinkUrl } from "@/lib/accounts/link-url";
import { linkValidity } from "@/lib/accounts/mutations";
import { createMunicipality, updateMunicipalitySettings } from "./mutations";
import { municipalitySettingsSchema } from "./schema";
import { createMunicipalitySchema } from "./create-schema";

// Server Actions of the municipality administration. `can` lets a beheerder
// change the settings of their own municipality and a platform administrator
// create a municipality; everything else is refused by the wrapper.

/** Sign convention and toelichtingsgrens (beheerder). They change what the public sees. */
export const saveMunicipalitySettings = authorizedAction(
  {
    schema: municipalitySettingsSchema,
    action: "municipality.settings",
    resource: (input) => findMunicipalityResource(input.municipalityId),
  },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const { slug, changed } = await updateMunicipalitySettings({
      municipalityId,
      userId: user.id,
      signConvention: input.signConvention,
      deviationThresholdAmount: input.thresholdAmount,
      deviationThresholdPercent: input.thresholdPercent,
      deviationRule: input.deviationRule,
    });
    if (changed.length === 0) return { message: "Er was niets gewijzigd." };
    revalidatePublicMunicipality(slug);
    revalidatePath("/werkplek", "layout");
    return { message: "De instellingen zijn opgeslagen." };
  },
);

/** A new municipality with its first beheerder (platform administrator). */
export const createMunicipalityAction = authorizedAction(
  {
    schema: createMunicipalitySchema,
    action: "municipality.create",
    resource: async () => PLATFORM_RESOURCE,
  },
  async (input, { user }): Promise<FormOutcome & { slug?: string }> => {
    const outcome = await createMunicipality(input, { userId: user.id });
    if (outcome.outcome === "refused") return { refused: "Er is geen gemeente aangemaakt.", fieldErrors: outcome.fieldErrors };
    revalidatePath("/werkplek", "layout");
    if (!outcome.invitation) return { message: `Gemeente ${input.municipality.name} is aangemaakt.`, slug: outcome.slug };
    return {
      message: `Gemeente ${input.municipality.name} is aangemaakt, met een nieuw account voor de eerste beheerder. Geef de uitnodigingslink hieronder door. ${linkValidity(outcome.invitation)}`,
      link: await passwordLinkUrl(outcome.invitation),
      slug: outcome.slug,
    };
  },
);

const SETTINGS_FIELDS = ["signConvention", "thresholdAmount", "thresholdPercent", "deviationRule"] as const;
const CREATE_FIELDS = ["cbsCode", "firstBeheerderEmail", "firstBeheerderName"] as const;

export async function municipalitySettingsForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await saveMunicipalitySettings(formData), typedText(formData, SETTINGS_FIELDS));
}

export async function createMunicipalityForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await createMunicipalityAction(formData), typedText(formData, CREATE_FIELDS));
}
