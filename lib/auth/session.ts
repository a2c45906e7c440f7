import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth/next";
import { findSessionUser } from "@/lib/users/data";
import { SESSION_MAX_AGE_SECONDS } from "./config";
import { mayUseAccount } from "./credentials";
import { ForbiddenError } from "./errors";
import { getAuthOptions } from "./options";
import {
  can,
  municipalityResource,
  type AccountResource,
  type Action,
  type MunicipalityResource,
  type PlatformResource,
  type Resource,
  type SessionUser,
} from "./permissions";
import { memberScope, unsafeAuthorizeMunicipality, type AuthorizedMunicipalityId, type MemberScope } from "./scope";

// Who is signed in, and the gate: the only place (besides trusted server jobs)
// where an AuthorizedMunicipalityId or a member scope comes into being, and
// only after `can` said yes.

/**
 * The signed-in user with roles as they are in the database now — roles can
 * change after sign-in, and a disabled user loses access at the next request.
 * Null when nobody is signed in. Cached per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  // An absolute limit, whatever refreshes the cookie: sign in again after a working day.
  const authTime = session.authTime;
  if (typeof authTime !== "number" || Date.now() / 1000 - authTime > SESSION_MAX_AGE_SECONDS) return null;
  return loadSessionUser(userId, authTime);
});

/**
 * The user behind a verified session that began at `authTime` (seconds), or
 * null when the account may not be used (disabled; demo outside demo mode) or
 * its password was set or changed after the session began (default: a session
 * beginning now, as for a fresh sign-in).
 */
export async function loadSessionUser(userId: string, authTime: number = Math.floor(Date.now() / 1000)): Promise<SessionUser | null> {
  const row = await findSessionUser(userId);
  if (!row || !mayUseAccount(row)) return null;
  if (row.credentialsChangedAt && authTime < Math.floor(row.credentialsChangedAt.getTime() / 1000)) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isPlatformAdmin: row.isPlatformAdmin,
    memberships: row.memberships,
  };
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/inloggen");
  return user;
}

/**
 * The gate. Checks `can` and, for a municipality resource, returns the id as
 * an AuthorizedMunicipalityId that data functions accept. Throws ForbiddenError otherwise.
 */
export function authorize(user: SessionUser, action: Action, resource: MunicipalityResource): AuthorizedMunicipalityId;
export function authorize(user: SessionUser, action: Action, resource: PlatformResource | AccountResource): null;
export function authorize(user: SessionUser, action: Action, resource: Resource): AuthorizedMunicipalityId | null;
export function authorize(user: SessionUser, action: Action, resource: Resource): AuthorizedMunicipalityId | null {
  if (!can(user, action, resource)) throw new ForbiddenError();
  return resource.scope === "municipality" ? unsafeAuthorizeMunicipality(resource.municipalityId) : null;
}

/** A member scope for reads of concept data: only for municipalities where the user may read them. */
export function authorizeMemberScope(user: SessionUser, municipalityId: string): MemberScope {
  return memberScope(authorize(user, "municipality.readConcept", municipalityResource(municipalityId)));
}
