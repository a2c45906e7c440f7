import "server-only";
import type { AuthOptions, Profile } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { findUserForSignIn } from "@/lib/users/data";
import {
  OIDC_PROVIDER_ID,
  SESSION_MAX_AGE_SECONDS,
  authSecret,
  oidcConfig,
  servesOverHttps,
  trustedProxyHops,
  type OidcConfig,
} from "./config";
import { mayUseAccount, verifyCredentials } from "./credentials";
import { clientIp, normalizeEmail } from "./login-policy";

// next-auth v4 configuration: JWT sessions in an http-only cookie, e-mail +
// password (CredentialsProvider) and an optional OpenID Connect provider.
// Built on first use, not at import, so `next build` needs no secrets.

/** The session cookie: http-only, SameSite=Lax, Secure with the __Secure- prefix over https. */
export function sessionCookie() {
  const secure = servesOverHttps();
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/** The whole token: who, and since when. No roles: those are read per request. */
export function sessionToken(userId: string): JWT {
  return { sub: userId, authTime: Math.floor(Date.now() / 1000) };
}

interface OidcProfile extends Profile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
  [claim: string]: unknown;
}

/** The claim that holds the e-mail address; Entra ID without the optional `email` claim can use preferred_username. */
function emailFromProfile(profile: Profile | undefined): string | null {
  if (!profile) return null;
  const claim = process.env.OIDC_EMAIL_CLAIM?.trim() || "email";
  const value = (profile as OidcProfile)[claim];
  if (typeof value !== "string" || !value.includes("@")) return null;
  // An IdP that says the address is unverified does not get to claim an account by it.
  if ((profile as OidcProfile).email_verified === false) return null;
  return normalizeEmail(value);
}

function oidcProvider(config: OidcConfig): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    httpOptions: { timeout: 10_000 },
    profile(profile) {
      return {
        id: profile.sub,
        name: profile.name ?? profile.preferred_username ?? null,
        email: emailFromProfile(profile),
      };
    },
  };
}

/** An OIDC sign-in is allowed only for an existing, enabled user with that e-mail address: no self-registration. */
async function userForOidcProfile(profile: Profile | undefined) {
  const email = emailFromProfile(profile);
  if (!email) return null;
  const user = await findUserForSignIn(email);
  return user && mayUseAccount(user) ? user : null;
}

function buildAuthOptions(): AuthOptions {
  const cookie = sessionCookie();
  const oidc = oidcConfig();
  return {
    secret: authSecret(),
    useSecureCookies: cookie.options.secure,
    cookies: { sessionToken: cookie },
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/inloggen", error: "/inloggen", signOut: "/werkplek" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mailadres en wachtwoord",
        credentials: {
          email: { label: "E-mailadres", type: "email" },
          password: { label: "Wachtwoord", type: "password" },
        },
        async authorize(credentials, req) {
          const email = credentials?.email;
          const password = credentials?.password;
          if (typeof email !== "string" || typeof password !== "string" || !email || !password) return null;
          const result = await verifyCredentials({
            email: email.slice(0, 254),
            password: password.slice(0, 1024),
            ip: clientIp(req.headers ?? {}, trustedProxyHops()),
          });
          return result.ok ? result.user : null;
        },
      }),
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider === "credentials") return true; // verifyCredentials decided
        if (oidc && account?.provider === OIDC_PROVIDER_ID) return (await userForOidcProfile(profile)) !== null;
        return false;
      },
      async jwt({ token, user, account, profile }) {
        if (!account) return token; // an existing session: nothing to add
        if (account.provider === "credentials") return sessionToken(user.id);
        const known = await userForOidcProfile(profile);
        if (!known) throw new Error("OIDC-gebruiker onbekend");
        return sessionToken(known.id);
      },
      async session({ session, token }) {
        return {
          expires: session.expires,
          user: { id: token.sub ?? "" },
          authTime: token.authTime,
        };
      },
    },
  };
}

let cached: AuthOptions | undefined;

export function getAuthOptions(): AuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
