import "server-only";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { findIndicatorsForComparison } from "./public-api/data";

/** Public indicators whose name contains `name`, across municipalities, with all visible values. */
export async function loadPublicIndicatorComparison(name: string) {
  const query = name.trim();
  if (query.length < 2) return [];
  const { indicators } = await findIndicatorsForComparison(PUBLIC_SCOPE, { name: query }, { skip: 0, take: 50 });
  return indicators;
}
