// Shared by the api-*.test.ts files: requests against the route handlers
// themselves, as Next.js would call them.
import { expect } from "vitest";

export function get(path: string, headers: Record<string, string> = {}, method = "GET"): Request {
  return new Request(`http://localhost${path}`, { method, headers });
}

export function params<T extends Record<string, string>>(values: T = {} as T) {
  return { params: Promise.resolve(values) };
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  expect(response.headers.get("Content-Type")).toBe("application/json");
  return (await response.json()) as T;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  invalidParams?: { name: string; code: string; reason: string }[];
}

export async function problem(response: Response, status: number): Promise<ProblemBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  const body = (await response.json()) as ProblemBody;
  expect(body.status).toBe(status);
  return body;
}

/** CSV rows split into cells; good enough for cells without quoted separators. */
export async function csvRows(response: Response): Promise<string[][]> {
  expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8; header=present");
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The UTF-8 byte order mark, for Excel; TextDecoder drops it again.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder()
    .decode(bytes)
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(";"));
}

/** Rows as objects keyed by the Dutch header. */
export function byHeader(rows: string[][]): Record<string, string>[] {
  const [header = [], ...rest] = rows;
  return rest.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}
