import Link from "next/link";

// The header and footer of every page, also of global-error.tsx, which
// replaces the root layout and so has to draw them itself.

export function SiteHeader() {
  return (
    <header className="pm-header">
      <div className="pm-container">
        <Link href="/">Programmamonitor</Link>
        <nav aria-label="Hoofdmenu" className="pm-header__nav">
          <Link href="/vergelijk">Vergelijken</Link>
          <Link href="/werkplek">Werkplek</Link>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="pm-footer">
      <div className="pm-container">
        <p className="utrecht-paragraph">
          Programmamonitor is open-source software. Cijfers komen uit de gepubliceerde jaarstukken van de gemeenten; bij
          elk cijfer staat waar het gedrukt stond. Inwonertallen: CBS.
        </p>
      </div>
    </footer>
  );
}
