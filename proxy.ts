import { NextResponse, type NextRequest } from "next/server";
import { exceedsFormBodyLimit, isUploadPath, oversizedFormPage } from "@/lib/http/body-limit";

// Only one job: a form post above the Server Action limit gets a Dutch answer
// instead of Next's English error (lib/http/body-limit.ts). Authorization is
// not done here: it lives in the one gate (docs/decisions/004).
export function proxy(request: NextRequest) {
  // An upload has a larger limit of its own, checked by its route (decision 012).
  if (isUploadPath(request.nextUrl.pathname)) return NextResponse.next();
  if (!exceedsFormBodyLimit(request.method, request.headers.get("content-length"))) return NextResponse.next();
  const page = oversizedFormPage();
  return new NextResponse(page.body, { status: page.status, headers: page.headers });
}

// The pages with forms; public pages and the API take no posts of that kind.
export const config = { matcher: ["/werkplek/:path*", "/inloggen", "/wachtwoord-instellen/:path*"] };
