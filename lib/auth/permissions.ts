/**
 * Who may do what: the one place where roles become permissions.
 *
 * Pure and isomorphic: the server decides with `can`, and the UI may use the
 * same function to hide a button — but hiding is never the check. Deny by
 * default: an action, role or resource this module does not know is refused.
 * See docs/decisions/004-authorization.md.
 */

export const ROLES = ["BELEIDSADVISEUR", "CONTROLLER", "BEHEERDER", "LEZER"] as const;
export type Role = (typeof ROLES)[number];

/** Dutch names as the municipalities use them. */
export const ROLE_LABELS: Record<Role, string> = {
  BELEIDSADVISEUR: "Beleidsadviseur",
  CONTROLLER: "Controller",
  BEHEERDER: "Beheerder",
  LEZER: "Lezer",
};

export type DocumentStatus = "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD";

export const ACTIONS = [
  "indicatorValue.edit",
  "indicatorValue.submit",
  "financialLine.edit",
  "financialLine.submit",
  "review.approve",
  "review.return",
  /** vaststellen / publiceren of a P&C document */
  "document.setStatus",
  /** thresholds, sign convention */
  "municipality.settings",
  /** users, roles, programme assignments */
  "membership.manage",
  "municipality.create",
  /** see every account on the platform */
  "account.list",
  /** block, unblock, or make a new password link for someone else's account */
  "account.manage",
  /** change one's own password */
  "account.changePassword",
  /** read everything of the municipality, including concept documents and unapproved figures */
  "municipality.readConcept",
  /** create a begrotingswijziging and edit a concept one: header, amounts per line, streefwaarden */
  "amendment.edit",
  /** vaststellen or verwerpen a concept begrotingswijziging */
  "amendment.setStatus",
  /** create a begroting, bestuursrapportage or jaarstukken from a starting point */
  "document.create",
  /** the structure of a concept document: programmes, goal tree, activities, indicators, budget lines (issue 10) */
  "structure.edit",
  /** a begroting's primitieve begroting and meerjarenraming amounts per budget line */
  "budget.edit",
  /** the W-answers, introductions and activity texts of a concept document */
  "text.edit",
  "text.submit",
  /**
   * Upload a cijfers file and confirm its preview (decision 012). The gate is the
   * document; each row is then judged by the programme's own edit permissions.
   */
  "figures.import",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Actions that change a figure or its review state. They need an open
 * (CONCEPT) document: once the council adopted it (VASTGESTELD) or it is
 * published, its figures are read-only for everyone.
 */
export const FIGURE_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  "indicatorValue.edit",
  "indicatorValue.submit",
  "financialLine.edit",
  "financialLine.submit",
  "review.approve",
  "review.return",
  "structure.edit",
  "budget.edit",
  "text.edit",
  "text.submit",
  "figures.import",
]);

/** Actions on the platform as a whole, not on one municipality. */
export const PLATFORM_ACTIONS: ReadonlySet<Action> = new Set<Action>(["municipality.create", "account.list"]);

export interface SessionMembership {
  readonly municipalityId: string;
  readonly role: Role;
  /**
   * Programmes this membership is limited to. For a beleidsadviseur an empty
   * list means NO programmes (not all): an advisor edits only what was
   * explicitly assigned. Other roles reach the whole municipality.
   */
  readonly programmeIds: readonly string[];
}

/** The signed-in user as authorization sees it, loaded fresh per request. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly isPlatformAdmin: boolean;
  readonly memberships: readonly SessionMembership[];
}

export interface PlatformResource {
  readonly scope: "platform";
}

export interface MunicipalityResource {
  readonly scope: "municipality";
  readonly municipalityId: string;
  /** The programme the thing belongs to, as read from the database. */
  readonly programmeId?: string | null;
  /** Status of the P&C document a figure belongs to; required for figure actions. */
  readonly documentStatus?: DocumentStatus | null;
}

/**
 * A user account. Accounts are not part of one municipality: whoever manages
 * one must be trusted by every municipality it has a role in.
 */
export interface AccountResource {
  readonly scope: "account";
  readonly userId: string;
  /** Every municipality where the account has a role, read from the database. */
  readonly municipalityIds: readonly string[];
  readonly isPlatformAdmin: boolean;
}

export type Resource = PlatformResource | MunicipalityResource | AccountResource;

/** Actions on an account rather than on a municipality's data. */
export const ACCOUNT_ACTIONS: ReadonlySet<Action> = new Set<Action>(["account.manage", "account.changePassword"]);

export const PLATFORM_RESOURCE: PlatformResource = Object.freeze({ scope: "platform" });

export function municipalityResource(
  municipalityId: string,
  details: { programmeId?: string | null; documentStatus?: DocumentStatus | null } = {},
): MunicipalityResource {
  return { scope: "municipality", municipalityId, ...details };
}

/**
 * How far a role's permission reaches within its municipality:
 * - "municipality": everything of the municipality;
 * - "assignedProgrammes": only programmes listed on the membership.
 */
type Reach = "municipality" | "assignedProgrammes";

/** The role → permission map. Anything not listed is denied. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, Readonly<Partial<Record<Action, Reach>>>>> = {
  BELEIDSADVISEUR: {
    "indicatorValue.edit": "assignedProgrammes",
    "indicatorValue.submit": "assignedProgrammes",
    "financialLine.edit": "assignedProgrammes",
    "financialLine.submit": "assignedProgrammes",
    "municipality.readConcept": "municipality",
    // The advisor writes the texts of their programmes; the controller reviews them like figures.
    "text.edit": "assignedProgrammes",
    "text.submit": "assignedProgrammes",
    // The file may span programmes; the rows of one not assigned are refused in the preview and by the write.
    "figures.import": "municipality",
  },
  CONTROLLER: {
    // Reviews everything, never edits a figure: the one who checks is not the one who enters.
    "review.approve": "municipality",
    "review.return": "municipality",
    "municipality.readConcept": "municipality",
    // Prepares the numbers of the cycle: begrotingswijzigingen are the controller's as much as the beheerder's.
    "amendment.edit": "municipality",
    "amendment.setStatus": "municipality",
    // The controller prepares the numbers of the next cycle, so starts its documents too.
    "document.create": "municipality",
    // ...and its structure and budgets: the primitieve begroting is the controller's, not the advisor's.
    "structure.edit": "municipality",
    "budget.edit": "municipality",
  },
  BEHEERDER: {
    "document.setStatus": "municipality",
    "municipality.settings": "municipality",
    "membership.manage": "municipality",
    "municipality.readConcept": "municipality",
    "amendment.edit": "municipality",
    "amendment.setStatus": "municipality",
    "document.create": "municipality",
    "structure.edit": "municipality",
    "budget.edit": "municipality",
  },
  LEZER: {
    "municipality.readConcept": "municipality",
  },
};

/** What a platform administrator may do; they get no rights inside a municipality from this flag. */
export const PLATFORM_ADMIN_PERMISSIONS: ReadonlySet<Action> = new Set<Action>(["municipality.create", "account.list"]);

function isOpenDocument(status: DocumentStatus | null | undefined): boolean {
  return status === "CONCEPT";
}

function reaches(reach: Reach | undefined, membership: SessionMembership, resource: MunicipalityResource): boolean {
  switch (reach) {
    case "municipality":
      return true;
    case "assignedProgrammes":
      return resource.programmeId != null && membership.programmeIds.includes(resource.programmeId);
    default:
      return false;
  }
}

/**
 * Someone else's account may be managed by a platform administrator, or by a
 * beheerder of every municipality the account has a role in — not one of
 * several, or a beheerder of one municipality could take over an account that
 * reads another's concept data. Nobody blocks or resets their own account here.
 */
function mayManageAccount(user: SessionUser, account: AccountResource): boolean {
  if (account.userId === user.id) return false;
  if (user.isPlatformAdmin) return true;
  if (account.isPlatformAdmin || account.municipalityIds.length === 0) return false;
  return account.municipalityIds.every((municipalityId) =>
    user.memberships.some((m) => m.municipalityId === municipalityId && m.role === "BEHEERDER"),
  );
}

function canOnAccount(user: SessionUser, action: Action, account: AccountResource): boolean {
  switch (action) {
    case "account.manage":
      return mayManageAccount(user, account);
    case "account.changePassword":
      return account.userId === user.id;
    default:
      return false;
  }
}

export function can(user: SessionUser, action: Action, resource: Resource): boolean {
  if (resource.scope === "account") return ACCOUNT_ACTIONS.has(action) && canOnAccount(user, action, resource);
  if (ACCOUNT_ACTIONS.has(action)) return false;
  if (resource.scope === "platform") {
    return PLATFORM_ACTIONS.has(action) && user.isPlatformAdmin && PLATFORM_ADMIN_PERMISSIONS.has(action);
  }
  if (resource.scope !== "municipality" || PLATFORM_ACTIONS.has(action)) return false;
  if (FIGURE_ACTIONS.has(action) && !isOpenDocument(resource.documentStatus)) return false;
  return user.memberships.some(
    (m) =>
      m.municipalityId === resource.municipalityId &&
      Object.hasOwn(ROLE_PERMISSIONS, m.role) &&
      reaches(ROLE_PERMISSIONS[m.role][action], m, resource),
  );
}

/** Municipalities where the user may read concept data (the signed-in workplace). */
export function readableMunicipalityIds(user: SessionUser): string[] {
  return [
    ...new Set(
      user.memberships
        .filter((m) => can(user, "municipality.readConcept", municipalityResource(m.municipalityId)))
        .map((m) => m.municipalityId),
    ),
  ];
}
