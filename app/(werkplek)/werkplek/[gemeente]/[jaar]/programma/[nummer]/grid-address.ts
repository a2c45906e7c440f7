import { workplaceProgrammeHref } from "@/lib/routes";
import { firstParam, parseYear } from "../../../../resolve";

/** What a programme's grid page (begroting, streefwaarden) reads from its address. */
export interface GridPageProps {
  params: Promise<{ gemeente: string; jaar: string; nummer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The municipality, year, programme number and `?stuk=` of a grid page, and the programme page's path. */
export async function gridAddress({ params, searchParams }: GridPageProps) {
  const { gemeente, jaar, nummer } = await params;
  const kind = firstParam((await searchParams).stuk);
  const year = parseYear(jaar);
  const number = decodeURIComponent(nummer);
  return { gemeente, year, number, kind, programmePath: workplaceProgrammeHref(gemeente, year, number) };
}
