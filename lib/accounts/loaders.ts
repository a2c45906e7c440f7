import "server-only";
import { oidcConfig } from "@/lib/auth/config";
import { can, PLATFORM_RESOURCE } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import type { Load } from "@/lib/review/loaders";
import { findOwnAccount, findUsablePasswordLink, listAllAccounts, type AccountListRow, type PasswordLink } from "./data";

export interface OwnAccountPage {
  id: string;
  name: string;
  email: string;
  hasPassword: boolean;
  passwordChangedAt: Date | null;
  isDemo: boolean;
  /** The organisation's sign-in (OIDC), when configured: the way in for accounts without a password. */
  organisationSignIn: string | null;
}

/** "Mijn account": any signed-in user, about themselves only. */
export async function loadOwnAccountPage(): Promise<Load<OwnAccountPage>> {
  const user = await getSessionUser();
  if (!user) return { kind: "signin" };
  const account = await findOwnAccount(user.id);
  if (!account) return { kind: "signin" };
  return { kind: "ok", data: { ...account, organisationSignIn: oidcConfig()?.name ?? null } };
}

export interface AccountsPage {
  accounts: (AccountListRow & { mayManage: boolean })[];
}

/** Every account on the platform: platform administrators only. */
export async function loadAccountsPage(): Promise<Load<AccountsPage>> {
  const user = await getSessionUser();
  if (!user) return { kind: "signin" };
  if (!can(user, "account.list", PLATFORM_RESOURCE)) return { kind: "notfound" };
  const accounts = await listAllAccounts();
  return {
    kind: "ok",
    data: {
      accounts: accounts.map((a) => ({
        ...a,
        mayManage: can(user, "account.manage", { scope: "account", userId: a.id, municipalityIds: a.municipalityIds, isPlatformAdmin: a.isPlatformAdmin }),
      })),
    },
  };
}

/** The page behind a one-time link: whose link it is, when it still works. */
export function loadSetPasswordPage(secret: string): Promise<PasswordLink | null> {
  return findUsablePasswordLink(secret);
}
