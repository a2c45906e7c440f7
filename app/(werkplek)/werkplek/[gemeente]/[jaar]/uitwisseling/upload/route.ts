import { startImportAction } from "@/lib/exchange/actions";
import { backTo } from "@/lib/exchange/messages";
import { TOO_LARGE_MESSAGE } from "@/lib/exchange/schema";
import { declaredBodyFits, sameOrigin } from "@/lib/exchange/upload-body";

// The upload of a cijfers file: a plain multipart form post (works without
// JavaScript), bounded here because Server Actions take at most 4 MB. Checks
// the origin as Server Actions do, hands the file to the authorized action,
// and answers with the job's page — or the upload page with the refusal.

export async function POST(request: Request, { params }: { params: Promise<{ gemeente: string; jaar: string }> }) {
  const { gemeente, jaar } = await params;
  const page = `/werkplek/${encodeURIComponent(gemeente)}/${encodeURIComponent(jaar)}/uitwisseling`;
  const stuk = new URL(request.url).searchParams.get("stuk");
  const query = stuk ? `?stuk=${encodeURIComponent(stuk)}` : "";
  // A relative Location: behind Next.js, request.url names "localhost" even when the browser used another name.
  const see = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
  const back = (message: string) => see(backTo(`${page}${query}`, message));
  if (!sameOrigin(request)) return new Response("Niet toegestaan.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!declaredBodyFits(request)) return back(TOO_LARGE_MESSAGE);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back("Het formulier kwam niet goed aan. Kies het bestand opnieuw en probeer het nog eens.");
  }
  const file = form.get("bestand");
  const result = await startImportAction({
    documentId: String(form.get("documentId") ?? ""),
    fileName: file instanceof File ? file.name : "",
    bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : (undefined as never),
    submit: form.get("indienen") ?? undefined,
  });
  if (!result.ok) {
    const detail = result.fieldErrors ? Object.values(result.fieldErrors).flat().join(" ") : "";
    return back(detail || result.message);
  }
  return see(`${page}/${result.data.jobId}${query}`);
}
