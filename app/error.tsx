"use client";

import { ErrorMessage, type ErrorProps } from "@/components/layout/ErrorMessage";

// An error in any page (public or werkplek without a nearer error.tsx), shown
// inside the root layout.
export default function ErrorPage({ error, reset, retry }: ErrorProps) {
  return <ErrorMessage error={error} retry={retry ?? reset} wayBack={[{ href: "/", label: "Naar de startpagina" }]} />;
}
