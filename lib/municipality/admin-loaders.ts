import "server-only";
import { can, municipalityResource, PLATFORM_RESOURCE } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { conventionLegend } from "@/lib/finance/sign-convention";
import { loadMemberContext, type Load } from "@/lib/review/loaders";
import { SIGN_CONVENTIONS } from "./schema";
import { existingCbsCodes } from "./data";
import { cbsMunicipalitiesByProvince } from "./reference/cbs";

// Request-facing reads of the administration pages. A page the user may not
// use is "not found", like every workplace page; the actions check again.

export interface SettingsPage {
  municipality: { id: string; name: string; slug: string };
  current: {
    signConvention: (typeof SIGN_CONVENTIONS)[number];
    /** Whole euros as a string (bigint does not cross to client components). */
    thresholdAmount: string | null;
    thresholdPercent: string | null;
    deviationRule: "AMOUNT_OR_PERCENT" | "AMOUNT_AND_PERCENT";
  };
  conventions: { value: (typeof SIGN_CONVENTIONS)[number]; legend: string }[];
}

export async function loadSettingsPage(slug: string): Promise<Load<SettingsPage>> {
  const member = await loadMemberContext(slug);
  if (member.kind !== "ok") return member;
  const { user, municipality: m } = member.data;
  if (!can(user, "municipality.settings", municipalityResource(m.id))) return { kind: "notfound" };
  return {
    kind: "ok",
    data: {
      municipality: { id: m.id, name: m.name, slug: m.slug },
      current: {
        signConvention: m.signConvention,
        thresholdAmount: m.deviationThresholdAmount?.toString() ?? null,
        thresholdPercent: m.deviationThresholdPercent,
        deviationRule: m.deviationRule,
      },
      conventions: SIGN_CONVENTIONS.map((value) => ({ value, legend: conventionLegend(value) })),
    },
  };
}

/** The "new municipality" page: platform administrators only. */
/** The CBS list by province for "gemeente aanmaken"; a municipality already in the monitor is marked, so it is not picked twice. */
export type CbsChoice = { province: string; municipalities: { cbsCode: string; name: string; exists: boolean }[] }[];

export async function loadCreateMunicipalityPage(): Promise<Load<CbsChoice>> {
  const user = await getSessionUser();
  if (!user) return { kind: "signin" };
  if (!can(user, "municipality.create", PLATFORM_RESOURCE)) return { kind: "notfound" };
  const existing = await existingCbsCodes();
  const data = cbsMunicipalitiesByProvince().map(({ province, municipalities }) => ({
    province,
    municipalities: municipalities.map((m) => ({ ...m, exists: existing.has(m.cbsCode) })),
  }));
  return { kind: "ok", data };
}
