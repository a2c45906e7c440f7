import Link from "next/link";

export interface Crumb {
  href: string;
  label: string;
}

/** Kruimelpad; the last crumb is the current page. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Kruimelpad" className="pm-breadcrumbs">
      <ol>
        {trail.map((c) => (
          <li key={c.href}>
            <Link className="utrecht-link" href={c.href}>
              {c.label}
            </Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
