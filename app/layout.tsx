import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "@/components/layout/SiteChrome";
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
        <SiteHeader />
        <main id="inhoud" className="pm-main pm-container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
