import "server-only";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { COMPARE_MAX_INDICATORS } from "@/lib/limits";
import { findIndicatorsForComparison, type ComparedIndicatorDto } from "./public-api/data";

export interface IndicatorComparisonResult {
  /** At most COMPARE_MAX_INDICATORS, by municipality and name. */
  indicators: ComparedIndicatorDto[];
  /** How many public indicators match in all. */
  total: number;
}

/** Public indicators whose name contains `name`, across municipalities, with all visible values; capped (lib/limits.ts). */
export async function loadPublicIndicatorComparison(name: string): Promise<IndicatorComparisonResult> {
  const query = name.trim();
  if (query.length < 2) return { indicators: [], total: 0 };
  return findIndicatorsForComparison(PUBLIC_SCOPE, { name: query }, { skip: 0, take: COMPARE_MAX_INDICATORS });
}
