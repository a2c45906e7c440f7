import "server-only";
import { revalidatePath } from "next/cache";

// Public pages are rendered once and cached (ISR, see the `revalidate` export
// of each public route); any write that changes what the public sees calls
// this, so the change shows on the next request instead of after the hour.
export const PUBLIC_REVALIDATE_SECONDS = 3600;

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
