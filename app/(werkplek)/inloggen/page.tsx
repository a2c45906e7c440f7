import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadSignInPage } from "@/lib/auth/loaders";
import { SIGN_IN_FAILED_MESSAGE } from "@/lib/auth/login-policy";
import { OidcSignInButton } from "./OidcSignInButton";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Inloggen", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Messages for the `error` codes next-auth redirects here with (pages.error). */
function redirectError(code: string | undefined, oidcName: string | null): string | null {
  if (!code) return null;
  if (code === "CredentialsSignin") return SIGN_IN_FAILED_MESSAGE;
  if (code === "SessionRequired") return "Log in om verder te gaan.";
  return `Inloggen${oidcName ? ` met ${oidcName}` : ""} is niet gelukt. Alleen bestaande gebruikers kunnen inloggen; vraag de beheerder van uw gemeente om toegang.`;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const page = await loadSignInPage(first(params.callbackUrl));
  if (page.redirectTo) redirect(page.redirectTo);
  const error = redirectError(first(params.error), page.oidc?.name ?? null);
  const notice = first(params.uitgelogd) === "1" ? "U bent uitgelogd." : first(params.wachtwoord) === "ingesteld" ? "Uw wachtwoord is ingesteld. Log nu in met uw e-mailadres en het nieuwe wachtwoord." : null;

  return (
    <>
      <h1 className="utrecht-heading-1">Inloggen</h1>
      <p className="utrecht-paragraph pm-prose">
        Voor medewerkers van gemeenten die doelen, indicatoren en financiën bijhouden. Cijfers die al openbaar zijn,
        kan iedereen zonder inloggen bekijken.
      </p>

      {notice && (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph utrecht-alert__message">{notice}</p>
          </div>
        </div>
      )}
      {error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph utrecht-alert__message">{error}</p>
          </div>
        </div>
      )}

      <SignInForm callbackPath={page.callbackPath} />

      {page.oidc && (
        <section className="pm-signin__alternative" aria-labelledby="sso-titel">
          <h2 id="sso-titel" className="utrecht-heading-2">
            Of log in via uw organisatie
          </h2>
          <OidcSignInButton providerId={page.oidc.providerId} name={page.oidc.name} callbackPath={page.callbackPath} />
        </section>
      )}

      {page.demo && (
        <section className="pm-signin__alternative pm-demo-accounts" aria-labelledby="demo-titel">
          <h2 id="demo-titel" className="utrecht-heading-2">
            Demo-accounts
          </h2>
          <p className="utrecht-paragraph">
            Deze omgeving draait in demomodus. Elk account hieronder heeft het wachtwoord{" "}
            <code>{page.demo.password}</code>.
          </p>
          <ul className="utrecht-unordered-list">
            {page.demo.accounts.map((account) => (
              <li key={account.email} className="utrecht-unordered-list__item">
                <code>{account.email}</code>: {account.purpose}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
