import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { appOrigin } from "@/lib/auth/config";
import type { FormOutcome } from "@/lib/forms/state";
import type { IssuedLink } from "./mutations";
import { passwordLinkPath } from "./token";

/**
 * The full address of a password link, to copy into an e-mail or chat. From
 * NEXTAUTH_URL when set (what users reach); otherwise the address the
 * beheerder is using right now — the link is only shown to them, so a forged
 * Host header only misleads whoever forged it.
 */
export async function passwordLinkUrl(link: IssuedLink): Promise<string> {
  const path = passwordLinkPath(link.secret);
  const origin = appOrigin();
  if (origin) return `${origin}${path}`;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}${path}`;
}

/** A mutation's answer as a form shows it: refused with field errors, or done with the workplace refreshed and the link as a full address. */
export async function toLinkFormOutcome(
  outcome: { outcome: "done"; message: string; link?: IssuedLink } | { outcome: "refused"; message: string; fieldErrors: Record<string, string[]> },
): Promise<FormOutcome> {
  if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
  revalidatePath("/werkplek", "layout");
  return { message: outcome.message, ...(outcome.link ? { link: await passwordLinkUrl(outcome.link) } : {}) };
}
