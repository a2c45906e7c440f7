// What a read may see. Data functions take a scope instead of trusting their
// callers to filter: public reads only ever see published documents and
// approved figures, member reads only their own municipality.

declare const authorized: unique symbol;

/** A municipality id that the authorization gate has checked. Only lib/auth creates one. */
export type AuthorizedMunicipalityId = string & { readonly [authorized]: true };

export type PublicScope = { readonly kind: "public" };
export type MemberScope = { readonly kind: "member"; readonly municipalityId: AuthorizedMunicipalityId };
export type ReadScope = PublicScope | MemberScope;

export const PUBLIC_SCOPE: PublicScope = Object.freeze({ kind: "public" });

/** For the authorization gate (and trusted server jobs such as the seed) only. */
export function unsafeAuthorizeMunicipality(municipalityId: string): AuthorizedMunicipalityId {
  return municipalityId as AuthorizedMunicipalityId;
}

export function memberScope(municipalityId: AuthorizedMunicipalityId): MemberScope {
  return { kind: "member", municipalityId };
}
