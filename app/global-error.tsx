"use client";

import { ErrorMessage, type ErrorProps } from "@/components/layout/ErrorMessage";
import { SiteFooter, SiteHeader } from "@/components/layout/SiteChrome";
import "./globals.css";

// An error in the root layout itself: this replaces the layout, so it draws
// the document, header and footer of its own.
export default function GlobalError({ error, reset, retry }: ErrorProps) {
  return (
    <html lang="nl" className="pm-theme utrecht-document">
      <body>
        <title>Er ging iets mis · Programmamonitor</title>
        <SiteHeader />
        <main id="inhoud" className="pm-main pm-container" tabIndex={-1}>
          <ErrorMessage error={error} retry={retry ?? reset} wayBack={[{ href: "/", label: "Naar de startpagina" }]} />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
