/**
 * A post larger than Next.js accepts for a Server Action (next.config.js
 * serverActions.bodySizeLimit, 4 MB) would get Next's own English
 * "Internal Server Error". With JavaScript the programme form refuses such a
 * post before sending it (components/werkplek/entry/EntryForm.tsx); without
 * JavaScript proxy.ts answers it with this Dutch page instead. Pure, so the
 * decision is tested apart from the proxy.
 */
import { FORM_BODY_LIMIT_BYTES } from "@/lib/review/schema";

/** True for a post whose declared size exceeds what a Server Action takes. */
export function exceedsFormBodyLimit(method: string, contentLength: string | null): boolean {
  if (method !== "POST" || contentLength === null || !/^\d+$/.test(contentLength)) return false;
  return Number(contentLength) > FORM_BODY_LIMIT_BYTES;
}

/** The import upload route (app/(werkplek)/werkplek/[gemeente]/[jaar]/uitwisseling/upload), which bounds its own body. */
export function isUploadPath(pathname: string): boolean {
  return /^\/werkplek\/[^/]+\/\d{4}\/uitwisseling\/upload\/?$/.test(pathname);
}

const megabytes = FORM_BODY_LIMIT_BYTES / 1024 / 1024;

/** The answer: 413, in Dutch, with the way back (the browser's back button keeps what was typed). */
export function oversizedFormPage(): { status: 413; headers: Record<string, string>; body: string } {
  const body = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Niet verstuurd: formulier te groot · Programmamonitor</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#154273}</style>
</head><body><main>
<h1>Niet verstuurd: het formulier is te groot</h1>
<p>Wat u verstuurde is groter dan ${megabytes} MB. Daarom is er niets opgeslagen. Een toelichting is hoogstens 5.000 tekens lang.</p>
<p>Ga met de terugknop van uw browser terug naar het formulier: daar staat meestal nog wat u typte. Maak de langste toelichtingen korter en sla opnieuw op.</p>
<p><a href="/werkplek">Naar de werkplek</a></p>
</main></body></html>`;
  return { status: 413, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }, body };
}
