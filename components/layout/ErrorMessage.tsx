"use client";

import { useEffect } from "react";
import { ProblemPage, type WayBack } from "./ProblemPage";

/** What Next passes an error.tsx; `retry` also refetches the server components, `reset` only redraws. */
export interface ErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
}

/**
 * The body of every error.tsx. Next passes the error; only its digest is
 * shown, as a code that matches the line in the server log — the message and
 * stack stay in the log.
 */
export function ErrorMessage({ error, retry, wayBack }: { error: Error & { digest?: string }; retry: () => void; wayBack: WayBack[] }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <ProblemPage
      title="Er ging iets mis"
      wayBack={wayBack}
      action={
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={retry}>
          Probeer opnieuw
        </button>
      }
    >
      <p className="utrecht-paragraph">
        Door een fout kon deze pagina niet worden getoond. Probeer het opnieuw; lukt het dan nog niet, probeer het later nog
        eens.
      </p>
      {error.digest && <p className="utrecht-paragraph pm-muted">Foutcode voor de beheerder: {error.digest}</p>}
    </ProblemPage>
  );
}
