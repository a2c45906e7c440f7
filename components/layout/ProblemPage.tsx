import Link from "next/link";
import type { ReactNode } from "react";

export interface WayBack {
  href: string;
  label: string;
}

/**
 * What a 404 or an error page shows: what happened in plain Dutch and a way
 * back. Never the error itself: a message or stack trace helps nobody reading
 * the page and may tell an attacker too much.
 */
export function ProblemPage({
  title,
  children,
  wayBack,
  action,
}: {
  title: string;
  children: ReactNode;
  wayBack: WayBack[];
  /** A button such as "Probeer opnieuw" (error pages). */
  action?: ReactNode;
}) {
  return (
    <section aria-labelledby="probleem-titel">
      <h1 id="probleem-titel" className="utrecht-heading-1">
        {title}
      </h1>
      {children}
      {action && <p className="utrecht-paragraph">{action}</p>}
      <nav aria-label="Verder naar">
        {wayBack.map((link) => (
          <p key={link.href} className="utrecht-paragraph">
            <Link className="utrecht-link" href={link.href}>
              {link.label}
            </Link>
          </p>
        ))}
      </nav>
    </section>
  );
}
