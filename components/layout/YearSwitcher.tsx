import Link from "next/link";

/** Links to the other published years of a municipality. */
export function YearSwitcher({ slug, years, current }: { slug: string; years: number[]; current: number }) {
  if (years.length < 2) return null;
  return (
    <nav aria-label="Jaar kiezen" className="pm-year-switcher">
      <span className="pm-muted">Jaar:</span>
      <ul>
        {[...years].sort((a, b) => a - b).map((y) => (
          <li key={y}>
            {y === current ? (
              <span aria-current="page" className="pm-year-current">
                {y}
              </span>
            ) : (
              <Link className="utrecht-link" href={`/${slug}/${y}`}>
                {y}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
