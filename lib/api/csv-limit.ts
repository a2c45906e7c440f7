import { CSV_MAX_ITEMS } from "@/lib/limits";
import { formatInteger } from "@/lib/format/number";
import { ApiError } from "./problem";

/** What a loader reads when the route asks for the whole collection (CSV): at most the cap. */
export const CSV_READ = { skip: 0, take: CSV_MAX_ITEMS } as const;

/** Refuses a CSV of more than CSV_MAX_ITEMS items, saying how to narrow the selection. */
export function assertCsvWithinCap(total: number, what: string, narrowBy: string): void {
  if (total <= CSV_MAX_ITEMS) return;
  throw new ApiError(
    400,
    `Deze selectie telt ${formatInteger(total)} ${what}; een CSV-download bevat er hoogstens ${formatInteger(CSV_MAX_ITEMS)}. ` +
      `Maak de selectie kleiner met ${narrowBy}, of haal alles per pagina op als JSON (page en pageSize).`,
  );
}
