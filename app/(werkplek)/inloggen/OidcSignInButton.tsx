"use client";

import { useSyncExternalStore } from "react";
import { signIn } from "next-auth/react";

// Single sign-on through next-auth's OAuth flow, which needs its CSRF token
// fetched by JavaScript (the identity provider's own page needs JavaScript
// too). Until the page is interactive the button is disabled; <noscript> says why.

const subscribe = () => () => {};

export function OidcSignInButton({
  providerId,
  name,
  callbackPath,
}: {
  providerId: string;
  name: string;
  callbackPath: string;
}) {
  const interactive = useSyncExternalStore(subscribe, () => true, () => false);
  return (
    <>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={!interactive}
        onClick={() => void signIn(providerId, { callbackUrl: callbackPath })}
      >
        Inloggen met {name}
      </button>
      <noscript>
        <p className="utrecht-paragraph">Inloggen met {name} werkt alleen met JavaScript aan.</p>
      </noscript>
    </>
  );
}
