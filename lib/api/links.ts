/**
 * Paths of the API's resources, in one place so links in bodies, headers and
 * tests agree. Links are host-relative: the API does not know the public host
 * name behind a proxy, and a relative reference resolves correctly anyway.
 */
import { documentKind } from "./vocabulary";

export const API_BASE = "/api/v1";

type DocumentKindKey = keyof typeof documentKind.map;

const seg = encodeURIComponent;

function withKind(path: string, kind?: DocumentKindKey): string {
  return kind ? `${path}?documentsoort=${documentKind.of(kind)}` : path;
}

export const paths = {
  municipalities: () => `${API_BASE}/gemeenten`,
  municipality: (slug: string) => `${API_BASE}/gemeenten/${seg(slug)}`,
  years: (slug: string) => `${API_BASE}/gemeenten/${seg(slug)}/jaren`,
  programmes: (slug: string, year: number, kind?: DocumentKindKey) =>
    withKind(`${API_BASE}/gemeenten/${seg(slug)}/jaren/${year}/programmas`, kind),
  // Dots in a programme number are ordinary path characters; encodeURIComponent leaves them alone.
  programme: (slug: string, year: number, number: string, kind?: DocumentKindKey) =>
    withKind(`${API_BASE}/gemeenten/${seg(slug)}/jaren/${year}/programmas/${seg(number)}`, kind),
  programmeFinance: (slug: string, year: number, number: string, kind?: DocumentKindKey) =>
    withKind(`${API_BASE}/gemeenten/${seg(slug)}/jaren/${year}/programmas/${seg(number)}/financien`, kind),
  comparison: () => `${API_BASE}/indicatoren/vergelijking`,
  openapi: () => `${API_BASE}/openapi.json`,
};
