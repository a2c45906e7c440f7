import type { ReactNode } from "react";

/**
 * A submit button that ignores presses while its form is being sent. It stays
 * focusable (aria-disabled, not disabled), so keyboard focus is not lost.
 */
export function PendingButton({
  pending,
  secondary,
  accessibleName,
  children,
}: {
  pending: boolean;
  secondary?: boolean;
  /** The accessible name when the visible text alone is ambiguous; it starts with the visible text (WCAG 2.5.3). */
  accessibleName?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      aria-label={accessibleName}
      className={`utrecht-button ${secondary ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`}
      aria-disabled={pending || undefined}
      onClick={(event) => pending && event.preventDefault()}
    >
      {children}
    </button>
  );
}
