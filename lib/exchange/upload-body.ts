/**
 * Reads an upload's body with a hard bound (decision 012): the declared
 * length is refused first, and a body without one (chunked) is counted while
 * it arrives, so no request can make the server hold more than the limit.
 */
import { FILE_LIMITS } from "./table";

/** Room for the multipart envelope and the form's other fields. */
const ENVELOPE_BYTES = 64 * 1024;
export const MAX_UPLOAD_BODY_BYTES = FILE_LIMITS.maxUploadBytes + ENVELOPE_BYTES;

export async function boundedBody(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > MAX_UPLOAD_BODY_BYTES) return null;
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_UPLOAD_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A browser's post from this site: the Origin header names this host (Server Actions check the same). */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
