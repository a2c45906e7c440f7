import "server-only";
import { DEMO_PASSWORD, demoUsers } from "./demo-accounts";
import { OIDC_PROVIDER_ID, appOrigin, isDemoMode, oidcConfig } from "./config";
import { safeCallbackPath } from "./login-policy";
import { getSessionUser } from "./session";

export interface SignInPageData {
  /** Already signed in: go here instead of showing the form. */
  redirectTo: string | null;
  /** Where to go after signing in: a path on this site only. */
  callbackPath: string;
  /** The OpenID Connect provider, when one is configured. */
  oidc: { providerId: string; name: string } | null;
  /** Demo mode only: the accounts to try and their shared password. */
  demo: { password: string; accounts: { email: string; purpose: string }[] } | null;
}

function oidcProvider() {
  const config = oidcConfig();
  return config ? { providerId: OIDC_PROVIDER_ID, name: config.name } : null;
}

export async function loadSignInPage(callbackUrl: string | undefined): Promise<SignInPageData> {
  const user = await getSessionUser();
  const callbackPath = safeCallbackPath(callbackUrl, appOrigin());
  return {
    redirectTo: user ? callbackPath : null,
    callbackPath,
    oidc: oidcProvider(),
    demo: isDemoMode()
      ? { password: DEMO_PASSWORD, accounts: demoUsers.map(({ email, purpose }) => ({ email, purpose })) }
      : null,
  };
}
