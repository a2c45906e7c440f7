/**
 * Paths of the site's programme pages, in one place so every link encodes the
 * same way (the open-data API has its own in lib/api/links.ts). A programme
 * number comes from the source document and is not a slug: "4.2.1" stays
 * readable (encodeURIComponent leaves dots alone), while a space or a slash
 * would otherwise break the path. The pages decode the segment again.
 */

const seg = encodeURIComponent;

/** The public programme page: "/hilversum/2021/programma/4.2.1". */
export function publicProgrammeHref(slug: string, year: number, number: string): string {
  return `/${seg(slug)}/${year}/programma/${seg(number)}`;
}

/** The workplace page of a programme, without the `?stuk=` that picks the document: "/werkplek/zoetermeer/2025/programma/6". */
export function workplaceProgrammeHref(slug: string, year: number, number: string): string {
  return `/werkplek/${seg(slug)}/${year}/programma/${seg(number)}`;
}

/** The texts of a programme in the werkplek (decision 011). */
export function workplaceTextsHref(slug: string, year: number, number: string): string {
  return `${workplaceProgrammeHref(slug, year, number)}/teksten`;
}

/** The structure editor of a year's document (programmes), without the `?stuk=`: "/werkplek/zoetermeer/2025/structuur". */
export function workplaceStructureHref(slug: string, year: number): string {
  return `/werkplek/${seg(slug)}/${year}/structuur`;
}

/** The structure of one programme (goal tree, activities): "/werkplek/zoetermeer/2025/structuur/6". */
export function workplaceProgrammeStructureHref(slug: string, year: number, number: string): string {
  return `${workplaceStructureHref(slug, year)}/${seg(number)}`;
}
