import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Programmamonitor", template: "%s · Programmamonitor" },
  description:
    "Wat gemeenten wilden bereiken, wat ze bereikten en wat het kostte: doelen, indicatoren en geld van gemeentelijke programma's, open en downloadbaar.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl" className="pm-theme utrecht-document">
      <body>
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          Naar de inhoud
        </a>
        <header className="pm-header">
          <div className="pm-container">
            <Link href="/">Programmamonitor</Link>
            <nav aria-label="Hoofdmenu" className="pm-header__nav">
              <Link href="/vergelijk">Vergelijken</Link>
              <Link href="/werkplek">Werkplek</Link>
            </nav>
          </div>
        </header>
        <main id="inhoud" className="pm-main pm-container" tabIndex={-1}>
          {children}
        </main>
        <footer className="pm-footer">
          <div className="pm-container">
            <p className="utrecht-paragraph">
              Programmamonitor is open-source software. Cijfers komen uit de gepubliceerde jaarstukken van de
              gemeenten; bij elk cijfer staat waar het gedrukt stond. Inwonertallen: CBS.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
