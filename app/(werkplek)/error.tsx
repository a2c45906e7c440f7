"use client";

import { ErrorMessage, type ErrorProps } from "@/components/layout/ErrorMessage";

export default function WorkplaceErrorPage({ error, reset, retry }: ErrorProps) {
  return (
    <ErrorMessage
      error={error}
      retry={retry ?? reset}
      wayBack={[
        { href: "/werkplek", label: "Terug naar de werkplek" },
        { href: "/", label: "Naar de startpagina" },
      ]}
    />
  );
}
