import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  FIGURE_ACTIONS,
  PLATFORM_RESOURCE,
  ROLES,
  can,
  municipalityResource,
  readableMunicipalityIds,
  type AccountResource,
  type Action,
  type DocumentStatus,
  type Role,
  type SessionUser,
} from "./permissions";

// Zoetermeer with its programme 6 (assigned to the advisor) and programme 7
// (not assigned); Hilversum with programme 4.2.1.
const ZOETERMEER = "zoetermeer";
const HILVERSUM = "hilversum";
const P6 = "zoetermeer-programma-6";
const P7 = "zoetermeer-programma-7";
const H421 = "hilversum-programma-4.2.1";

function member(role: Role, municipalityId = ZOETERMEER, programmeIds: string[] = []): SessionUser {
  return {
    id: `${role}-${municipalityId}`,
    email: `${role.toLowerCase()}@${municipalityId}.test`,
    name: role,
    isPlatformAdmin: false,
    memberships: [{ municipalityId, role, programmeIds }],
  };
}

const users: Record<Role, SessionUser> = {
  BELEIDSADVISEUR: member("BELEIDSADVISEUR", ZOETERMEER, [P6]),
  CONTROLLER: member("CONTROLLER"),
  BEHEERDER: member("BEHEERDER"),
  LEZER: member("LEZER"),
};

const platformAdmin: SessionUser = {
  id: "platform",
  email: "beheer@platform.test",
  name: "Platformbeheerder",
  isPlatformAdmin: true,
  memberships: [],
};

/**
 * The expected matrix, written out by hand (not derived from the map): per
 * role and action, whether it is allowed in the user's own municipality on
 * [the assigned programme, another programme], in an open (CONCEPT) document.
 * In another municipality everything is denied; in a VASTGESTELD or
 * GEPUBLICEERD document every figure action is denied.
 */
type Expect = readonly [ownProgramme: boolean, otherProgramme: boolean];
const Y: Expect = [true, true];
const N: Expect = [false, false];
const ASSIGNED: Expect = [true, false];

const expected: Record<Role, Record<Action, Expect>> = {
  BELEIDSADVISEUR: {
    "indicatorValue.edit": ASSIGNED,
    "indicatorValue.submit": ASSIGNED,
    "financialLine.edit": ASSIGNED,
    "financialLine.submit": ASSIGNED,
    "review.approve": N,
    "review.return": N,
    "document.setStatus": N,
    "municipality.settings": N,
    "membership.manage": N,
    "municipality.create": N,
    "account.list": N,
    // Account actions never apply to a municipality resource (see the account describe below).
    "account.manage": N,
    "account.changePassword": N,
    "municipality.readConcept": Y,
    "amendment.edit": N,
    "amendment.setStatus": N,
    "document.create": N,
    "structure.edit": N,
    "budget.edit": N,
    "text.edit": ASSIGNED,
    "text.submit": ASSIGNED,
    "figures.import": Y,
  },
  CONTROLLER: {
    "indicatorValue.edit": N,
    "indicatorValue.submit": N,
    "financialLine.edit": N,
    "financialLine.submit": N,
    "review.approve": Y,
    "review.return": Y,
    "document.setStatus": N,
    "municipality.settings": N,
    "membership.manage": N,
    "municipality.create": N,
    "account.list": N,
    // Account actions never apply to a municipality resource (see the account describe below).
    "account.manage": N,
    "account.changePassword": N,
    "municipality.readConcept": Y,
    "amendment.edit": Y,
    "amendment.setStatus": Y,
    "document.create": Y,
    "structure.edit": Y,
    "budget.edit": Y,
    "text.edit": N,
    "text.submit": N,
    "figures.import": N,
  },
  BEHEERDER: {
    "indicatorValue.edit": N,
    "indicatorValue.submit": N,
    "financialLine.edit": N,
    "financialLine.submit": N,
    "review.approve": N,
    "review.return": N,
    "document.setStatus": Y,
    "municipality.settings": Y,
    "membership.manage": Y,
    "municipality.create": N,
    "account.list": N,
    // Account actions never apply to a municipality resource (see the account describe below).
    "account.manage": N,
    "account.changePassword": N,
    "municipality.readConcept": Y,
    "amendment.edit": Y,
    "amendment.setStatus": Y,
    "document.create": Y,
    "structure.edit": Y,
    "budget.edit": Y,
    "text.edit": N,
    "text.submit": N,
    "figures.import": N,
  },
  LEZER: {
    "indicatorValue.edit": N,
    "indicatorValue.submit": N,
    "financialLine.edit": N,
    "financialLine.submit": N,
    "review.approve": N,
    "review.return": N,
    "document.setStatus": N,
    "municipality.settings": N,
    "membership.manage": N,
    "municipality.create": N,
    "account.list": N,
    // Account actions never apply to a municipality resource (see the account describe below).
    "account.manage": N,
    "account.changePassword": N,
    "municipality.readConcept": Y,
    "amendment.edit": N,
    "amendment.setStatus": N,
    "document.create": N,
    "structure.edit": N,
    "budget.edit": N,
    "text.edit": N,
    "text.submit": N,
    "figures.import": N,
  },
};

const STATUSES: DocumentStatus[] = ["CONCEPT", "VASTGESTELD", "GEPUBLICEERD"];

const cases = ROLES.flatMap((role) =>
  ACTIONS.flatMap((action) =>
    STATUSES.flatMap((status) => {
      const [own, other] = expected[role][action];
      const open = status === "CONCEPT" || !FIGURE_ACTIONS.has(action);
      return [
        { role, action, status, where: "eigen gemeente, eigen programma", municipalityId: ZOETERMEER, programmeId: P6, allowed: own && open },
        { role, action, status, where: "eigen gemeente, ander programma", municipalityId: ZOETERMEER, programmeId: P7, allowed: other && open },
        { role, action, status, where: "andere gemeente", municipalityId: HILVERSUM, programmeId: H421, allowed: false },
      ];
    }),
  ),
);

describe("can: every role × action × municipality × programme × document status", () => {
  it("covers the whole matrix", () => {
    expect(cases).toHaveLength(ROLES.length * ACTIONS.length * STATUSES.length * 3);
  });

  it.each(cases)("$role $action, $where, document $status → $allowed", ({ role, action, status, municipalityId, programmeId, allowed }) => {
    const resource = municipalityResource(municipalityId, { programmeId, documentStatus: status });
    expect(can(users[role], action, resource)).toBe(allowed);
  });

  it.each(ROLES.flatMap((role) => ACTIONS.map((action) => ({ role, action }))))(
    "$role cannot do $action on the platform",
    ({ role, action }) => {
      expect(can(users[role], action, PLATFORM_RESOURCE)).toBe(false);
    },
  );
});

describe("can: the platform administrator", () => {
  it("creates municipalities and sees every account", () => {
    expect(can(platformAdmin, "municipality.create", PLATFORM_RESOURCE)).toBe(true);
    expect(can(platformAdmin, "account.list", PLATFORM_RESOURCE)).toBe(true);
  });

  it.each(ACTIONS.filter((a) => a !== "municipality.create" && a !== "account.list"))("cannot do %s on the platform", (action) => {
    expect(can(platformAdmin, action, PLATFORM_RESOURCE)).toBe(false);
  });

  it.each(ACTIONS)("gets nothing inside a municipality from the flag alone: %s", (action) => {
    const resource = municipalityResource(ZOETERMEER, { programmeId: P6, documentStatus: "CONCEPT" });
    expect(can(platformAdmin, action, resource)).toBe(false);
  });

  it("a user who is not a platform administrator cannot create municipalities", () => {
    expect(can({ ...users.BEHEERDER, isPlatformAdmin: false }, "municipality.create", PLATFORM_RESOURCE)).toBe(false);
  });
});

describe("can: the cases people ask about", () => {
  const open = (municipalityId: string, programmeId: string) =>
    municipalityResource(municipalityId, { programmeId, documentStatus: "CONCEPT" });

  it("a policy advisor of Zoetermeer cannot edit Hilversum", () => {
    expect(can(users.BELEIDSADVISEUR, "indicatorValue.edit", open(HILVERSUM, H421))).toBe(false);
  });

  it("a policy advisor of Zoetermeer edits programme 6, assigned to them", () => {
    expect(can(users.BELEIDSADVISEUR, "indicatorValue.edit", open(ZOETERMEER, P6))).toBe(true);
  });

  it("a policy advisor of Zoetermeer cannot edit programme 7, not assigned to them", () => {
    expect(can(users.BELEIDSADVISEUR, "financialLine.edit", open(ZOETERMEER, P7))).toBe(false);
  });

  it("a policy advisor whose membership lists no programmes edits nothing", () => {
    const advisor = member("BELEIDSADVISEUR", ZOETERMEER, []);
    expect(can(advisor, "indicatorValue.edit", open(ZOETERMEER, P6))).toBe(false);
    expect(can(advisor, "indicatorValue.edit", open(ZOETERMEER, P7))).toBe(false);
    expect(can(advisor, "municipality.readConcept", municipalityResource(ZOETERMEER))).toBe(true);
  });

  it("a policy advisor cannot edit a figure whose programme is unknown", () => {
    expect(can(users.BELEIDSADVISEUR, "indicatorValue.edit", municipalityResource(ZOETERMEER, { documentStatus: "CONCEPT" }))).toBe(false);
    expect(can(users.BELEIDSADVISEUR, "indicatorValue.edit", municipalityResource(ZOETERMEER, { programmeId: null, documentStatus: "CONCEPT" }))).toBe(false);
  });

  it("a controller approves anything in the municipality but never edits figures", () => {
    expect(can(users.CONTROLLER, "review.approve", open(ZOETERMEER, P7))).toBe(true);
    expect(can(users.CONTROLLER, "indicatorValue.edit", open(ZOETERMEER, P6))).toBe(false);
    expect(can(users.CONTROLLER, "financialLine.edit", open(ZOETERMEER, P6))).toBe(false);
  });

  it("a controller of Zoetermeer cannot approve in Hilversum", () => {
    expect(can(users.CONTROLLER, "review.approve", open(HILVERSUM, H421))).toBe(false);
  });

  it("an adopted document makes figures read-only, even for the assigned advisor and the controller", () => {
    const adopted = municipalityResource(ZOETERMEER, { programmeId: P6, documentStatus: "VASTGESTELD" });
    expect(can(users.BELEIDSADVISEUR, "indicatorValue.edit", adopted)).toBe(false);
    expect(can(users.CONTROLLER, "review.return", adopted)).toBe(false);
    expect(can(users.BEHEERDER, "document.setStatus", adopted)).toBe(true);
  });

  it("a figure action without a known document status is denied", () => {
    expect(can(users.BELEIDSADVISEUR, "indicatorValue.edit", municipalityResource(ZOETERMEER, { programmeId: P6 }))).toBe(false);
    expect(can(users.CONTROLLER, "review.approve", municipalityResource(ZOETERMEER, { documentStatus: null }))).toBe(false);
  });

  it("a reader reads concept data but changes nothing", () => {
    expect(can(users.LEZER, "municipality.readConcept", municipalityResource(ZOETERMEER))).toBe(true);
    for (const action of ACTIONS.filter((a) => a !== "municipality.readConcept")) {
      expect(can(users.LEZER, action, open(ZOETERMEER, P6)), action).toBe(false);
    }
  });

  it("municipality.create is never granted on a municipality resource", () => {
    expect(can(platformAdmin, "municipality.create", municipalityResource(ZOETERMEER))).toBe(false);
    expect(can(users.BEHEERDER, "municipality.create", municipalityResource(ZOETERMEER))).toBe(false);
  });
});

describe("can: several memberships", () => {
  // Advisor for programme 6 in Zoetermeer and controller in Hilversum.
  const both: SessionUser = {
    id: "both",
    email: "beide@test",
    name: "Beide",
    isPlatformAdmin: false,
    memberships: [
      { municipalityId: ZOETERMEER, role: "BELEIDSADVISEUR", programmeIds: [P6] },
      { municipalityId: HILVERSUM, role: "CONTROLLER", programmeIds: [] },
    ],
  };
  const open = (municipalityId: string, programmeId: string) =>
    municipalityResource(municipalityId, { programmeId, documentStatus: "CONCEPT" });

  it("has each role only in its own municipality", () => {
    expect(can(both, "indicatorValue.edit", open(ZOETERMEER, P6))).toBe(true);
    expect(can(both, "review.approve", open(ZOETERMEER, P6))).toBe(false);
    expect(can(both, "review.approve", open(HILVERSUM, H421))).toBe(true);
    expect(can(both, "indicatorValue.edit", open(HILVERSUM, H421))).toBe(false);
  });

  it("combines two roles in one municipality", () => {
    const advisorAndReader: SessionUser = {
      ...both,
      memberships: [
        { municipalityId: ZOETERMEER, role: "LEZER", programmeIds: [] },
        { municipalityId: ZOETERMEER, role: "BELEIDSADVISEUR", programmeIds: [P7] },
      ],
    };
    expect(can(advisorAndReader, "indicatorValue.edit", open(ZOETERMEER, P7))).toBe(true);
    expect(can(advisorAndReader, "indicatorValue.edit", open(ZOETERMEER, P6))).toBe(false);
  });

  it("a programme list of one municipality does not reach a programme id elsewhere", () => {
    const advisor = member("BELEIDSADVISEUR", ZOETERMEER, [H421]);
    expect(can(advisor, "indicatorValue.edit", open(HILVERSUM, H421))).toBe(false);
  });

  it("lists the municipalities whose concept data the user may read, once each", () => {
    expect(readableMunicipalityIds(both).sort()).toEqual([HILVERSUM, ZOETERMEER].sort());
    expect(readableMunicipalityIds(platformAdmin)).toEqual([]);
  });
});

describe("can: deny by default", () => {
  it("a user without memberships can do nothing in a municipality", () => {
    const nobody: SessionUser = { ...platformAdmin, isPlatformAdmin: false };
    for (const action of ACTIONS) {
      expect(can(nobody, action, municipalityResource(ZOETERMEER, { programmeId: P6, documentStatus: "CONCEPT" }))).toBe(false);
    }
  });

  it("refuses an action or role it does not know", () => {
    const resource = municipalityResource(ZOETERMEER, { programmeId: P6, documentStatus: "CONCEPT" });
    expect(can(users.BEHEERDER, "user.delete" as Action, resource)).toBe(false);
    expect(can(users.BEHEERDER, "toString" as Action, resource)).toBe(false);
    const stranger: SessionUser = { ...users.BEHEERDER, memberships: [{ municipalityId: ZOETERMEER, role: "ADMIN" as Role, programmeIds: [] }] };
    expect(can(stranger, "municipality.settings", resource)).toBe(false);
  });

  it("refuses a resource of an unknown kind", () => {
    const odd = { scope: "everything", municipalityId: ZOETERMEER } as unknown as Parameters<typeof can>[2];
    expect(can(users.BEHEERDER, "municipality.settings", odd)).toBe(false);
  });
});

describe("can on accounts: who may block, unblock or reset whose account", () => {
  const account = (userId: string, municipalityIds: string[], isPlatformAdmin = false): AccountResource => ({
    scope: "account",
    userId,
    municipalityIds,
    isPlatformAdmin,
  });
  const zoetermeerOnly = account("someone", [ZOETERMEER]);
  const alsoHilversum = account("someone", [ZOETERMEER, HILVERSUM]);
  const noRoles = account("someone", []);
  const anotherPlatformAdmin = account("other-admin", [], true);
  const beheerderOfBoth: SessionUser = {
    ...member("BEHEERDER"),
    id: "beheerder-beide",
    memberships: [
      { municipalityId: ZOETERMEER, role: "BEHEERDER", programmeIds: [] },
      { municipalityId: HILVERSUM, role: "BEHEERDER", programmeIds: [] },
    ],
  };

  it.each([
    ["beheerder, account only in own municipality", users.BEHEERDER, zoetermeerOnly, true],
    ["beheerder, account also in another municipality", users.BEHEERDER, alsoHilversum, false],
    ["beheerder of every municipality of the account", beheerderOfBoth, alsoHilversum, true],
    ["beheerder, account without roles", users.BEHEERDER, noRoles, false],
    ["beheerder, a platform administrator's account", users.BEHEERDER, account("admin", [ZOETERMEER], true), false],
    ["beheerder, own account", users.BEHEERDER, account(users.BEHEERDER.id, [ZOETERMEER]), false],
    ["controller, account in own municipality", users.CONTROLLER, zoetermeerOnly, false],
    ["beleidsadviseur, account in own municipality", users.BELEIDSADVISEUR, zoetermeerOnly, false],
    ["lezer, account in own municipality", users.LEZER, zoetermeerOnly, false],
    ["platform administrator, any account", platformAdmin, alsoHilversum, true],
    ["platform administrator, account without roles", platformAdmin, noRoles, true],
    ["platform administrator, another platform administrator", platformAdmin, anotherPlatformAdmin, true],
    ["platform administrator, own account", platformAdmin, account(platformAdmin.id, [], true), false],
  ] as const)("account.manage: %s → %s", (_case, user, resource, allowed) => {
    expect(can(user, "account.manage", resource)).toBe(allowed);
  });

  it("lets only the account itself change its password", () => {
    expect(can(users.LEZER, "account.changePassword", account(users.LEZER.id, [ZOETERMEER]))).toBe(true);
    expect(can(users.BEHEERDER, "account.changePassword", account(users.LEZER.id, [ZOETERMEER]))).toBe(false);
    expect(can(platformAdmin, "account.changePassword", account(users.LEZER.id, [ZOETERMEER]))).toBe(false);
  });

  it("refuses every other action on an account, and account actions on the platform", () => {
    for (const action of ACTIONS.filter((a) => !a.startsWith("account."))) {
      expect(can(platformAdmin, action, zoetermeerOnly)).toBe(false);
      expect(can(users.BEHEERDER, action, zoetermeerOnly)).toBe(false);
    }
    expect(can(platformAdmin, "account.manage", PLATFORM_RESOURCE)).toBe(false);
  });
});
