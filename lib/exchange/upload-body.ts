/**
 * The bound on an upload's body (decision 012): no request can make the
 * server hold more than the limit.
 */
import { FILE_LIMITS } from "./table";

/** Room for the multipart envelope and the form's other fields. */
const ENVELOPE_BYTES = 64 * 1024;
export const MAX_UPLOAD_BODY_BYTES = FILE_LIMITS.maxUploadBytes + ENVELOPE_BYTES;

/**
 * Whether the declared body fits. A browser always declares a file upload's
 * length, and HTTP framing keeps the body to what was declared, so a post
 * without a length, or with a larger one, is refused before anything is read.
 */
export function declaredBodyFits(request: Request): boolean {
  const declared = request.headers.get("content-length");
  return declared !== null && /^\d+$/.test(declared) && Number(declared) <= MAX_UPLOAD_BODY_BYTES;
}

/** A browser's post from this site: the Origin header names this host (Server Actions check the same). */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  // Next.js may name itself in x-forwarded-host ("localhost") while the browser used another name for the same server.
  const hosts = [request.headers.get("host"), request.headers.get("x-forwarded-host")].filter((h): h is string => !!h);
  if (!origin || hosts.length === 0) return false;
  try {
    return hosts.includes(new URL(origin).host);
  } catch {
    return false;
  }
}
