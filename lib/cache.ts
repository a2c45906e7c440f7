import "server-only";
import { revalidatePath } from "next/cache";

// Public pages are rendered once and cached (ISR, see the `revalidate` export
// of each public route); any write that changes what the public sees calls
// this, so the change shows on the next request instead of after the hour.
export const PUBLIC_REVALIDATE_SECONDS = 3600;

export function revalidatePublicMunicipality(slug: string) {
  revalidatePath("/");
  revalidatePath(`/${slug}`, "layout");
  revalidatePath("/vergelijk");
}
