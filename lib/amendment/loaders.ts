import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import { loadMemberContext, type Load } from "@/lib/review/loaders";
import type { MunicipalityDetail } from "@/lib/municipality/data";
import { listAmendments, loadAmendmentDetail, type AmendmentDetail, type AmendmentSummary } from "./data";

// Request-facing reads of the wijzigingen pages: a member of the municipality
// reads (an advisor and a lezer too); whether the forms show follows `can`,
// which the actions check again.

export interface AmendmentListPage {
  municipality: MunicipalityDetail;
  year: number;
  amendments: AmendmentSummary[];
  mayEdit: boolean;
}

export async function loadAmendmentList(slug: string, year: number): Promise<Load<AmendmentListPage>> {
  const context = await loadMemberContext(slug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality } = context.data;
  const amendments = await listAmendments(scope, year);
  return { kind: "ok", data: { municipality, year, amendments, mayEdit: can(user, "amendment.edit", municipalityResource(municipality.id)) } };
}

export interface AmendmentPage {
  municipality: MunicipalityDetail;
  amendment: AmendmentDetail;
  mayEdit: boolean;
  maySetStatus: boolean;
}

export async function loadAmendmentPage(slug: string, year: number, amendmentId: string): Promise<Load<AmendmentPage>> {
  const context = await loadMemberContext(slug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality } = context.data;
  const amendment = await loadAmendmentDetail(scope, year, amendmentId);
  if (!amendment) return { kind: "notfound" };
  const resource = municipalityResource(municipality.id);
  return {
    kind: "ok",
    data: { municipality, amendment, mayEdit: can(user, "amendment.edit", resource), maySetStatus: can(user, "amendment.setStatus", resource) },
  };
}
