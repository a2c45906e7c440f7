import "server-only";
import { revalidatePath } from "next/cache";
import { PUBLIC_FRESH_SECONDS } from "@/lib/http/cache-policy";

// Public pages are rendered once and cached (ISR, see the `revalidate` export
// of each public route, which must equal this literal); any write that changes
// what the public sees calls this, so the server shows the change on the next
// request. Shared caches in front follow the Cache-Control Next derives from
// it (docs/decisions/010-public-caching.md); the short period is also the
// server's own safety net should a write ever forget to call this.
export const PUBLIC_REVALIDATE_SECONDS = PUBLIC_FRESH_SECONDS;

export function revalidatePublicMunicipality(slug: string) {
  revalidatePath("/");
  revalidatePath(`/${slug}`);
  // A cached page carries the tags of its route's layouts (with the route
  // group and dynamic segments, e.g. "/(public)/[gemeente]/layout") plus its own
  // exact path — not "/zoetermeer/layout". So "/<slug>" with type "layout"
  // reaches none of the municipality's year and programme pages; the route
  // pattern does (for every municipality: publishing is rare, re-rendering cheap).
  revalidatePath("/(public)/[gemeente]", "layout");
  revalidatePath("/vergelijk");
}
