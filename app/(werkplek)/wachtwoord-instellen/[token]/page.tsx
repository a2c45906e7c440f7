import type { Metadata } from "next";
import Link from "next/link";
import { loadSetPasswordPage } from "@/lib/accounts/loaders";
import { LINK_NOT_USABLE_MESSAGE } from "@/lib/accounts/messages";
import { SetPasswordForm } from "@/components/werkplek/account/SetPasswordForm";

// The secret is in the address: keep it out of search engines and out of the
// Referer of any link on this page (Referrer-Policy is set for every page too).
export const metadata: Metadata = { title: "Wachtwoord instellen", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const link = await loadSetPasswordPage(token);
  if (!link) {
    return (
      <>
        <h1 className="utrecht-heading-1">Wachtwoord instellen</h1>
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph utrecht-alert__message">{LINK_NOT_USABLE_MESSAGE}</p>
          </div>
        </div>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href="/inloggen">
            Naar inloggen
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="utrecht-heading-1">{link.purpose === "INVITE" ? "Wachtwoord kiezen" : "Nieuw wachtwoord kiezen"}</h1>
      <p className="utrecht-paragraph pm-prose">
        {link.purpose === "INVITE"
          ? `Welkom bij Programmamonitor, ${link.name}. Kies een wachtwoord voor uw account ${link.email}; daarna logt u in met dit e-mailadres en wachtwoord.`
          : `${link.name}, kies een nieuw wachtwoord voor ${link.email}. Uw oude wachtwoord werkt daarna niet meer, en u wordt overal uitgelogd.`}
      </p>
      <SetPasswordForm token={token} email={link.email} />
    </>
  );
}
