import type { ReactNode } from "react";
import type { PrintedComparison } from "@/lib/finance/printed";
import { hasRoundingDifference } from "@/lib/finance/printed";
import { formatInteger, MISSING_VALUE } from "@/lib/format/number";
import { COMPUTED_SUFFIX } from "@/lib/finance/labels";

// One figure of a financial table, printed first: the amount the document printed
// and the council adopted, with the app's own sum of the lines under it in words
// where rounding makes them differ. A figure the document did not print is the
// app's sum, marked "berekend" where the table has printed figures to mistake it for.

/** `children` (a V/N badge) follow the amount itself, before the note under it. */
export function PrintedAmount({
  figure,
  markComputed,
  children,
}: {
  figure: PrintedComparison | null | undefined;
  markComputed: boolean;
  children?: ReactNode;
}) {
  if (!figure || (figure.printed === null && figure.computed === null)) return <>{MISSING_VALUE}{children}</>;
  if (figure.printed === null) {
    return (
      <>
        {formatInteger(figure.computed!)}
        {children}
        {markComputed && <span className="pm-figure-note"> berekend</span>}
      </>
    );
  }
  return (
    <>
      {formatInteger(figure.printed)}
      {children}
      {hasRoundingDifference(figure) && (
        <span className="pm-figure-note">
          {" "}
          {COMPUTED_SUFFIX}: {formatInteger(figure.computed!)}
        </span>
      )}
    </>
  );
}
