// Parity of every public figure across the P&C cycle model change (decision
// 009, issue 9 point 5): "every public page and API response that exists today
// shows the same figures, except where the old behaviour was wrong". The
// snapshot e2e/fixtures/public-figures.json was taken on the demo data BEFORE
// FinancialLine/IndicatorValue became BudgetLine/BudgetFigure/IndicatorFigure;
// this spec collects the same figures from the running app and names every one
// that changed or disappeared (path › table › row › column: before → after).
// New tables, rows and API fields are allowed (the new model adds stages) and
// only listed in the test output. A difference where the old figure was wrong
// goes, with its reason, into e2e/fixtures/public-figures-allowed.ts.
//
// What is collected: pages found by following links from the home page (plus
// /vergelijk with selections built from its own form) and every /api/v1
// response reached from the OpenAPI document's list endpoints through the
// responses' _links (paging included), JSON and CSV. Ids, timestamps and ETags
// are dropped: they differ between seed runs and carry no figure.
//
// Run alone (builds once, against a freshly seeded test database):
//   npm run test:e2e -- e2e/cycle-parity.spec.ts
// Re-capture (only on purpose, on code whose figures are known to be right):
//   PARITY_CAPTURE=1 npm run test:e2e -- e2e/cycle-parity.spec.ts
// Year and programme pages are prerendered at build time and revalidated
// every 300 s, so after changing the data without a new build the old pages
// show for a while; `npm run test:e2e` reseeds and builds every time.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ALLOWED_DIFFERENCES } from "./fixtures/public-figures-allowed";

const SNAPSHOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "public-figures.json");
const CAPTURE = process.env.PARITY_CAPTURE === "1";
const MAX_LISTED = 50;
const MAX_PAGES = 400;
const MAX_API = 1500;
/** Paths of the public site that are not the werkplek, sign-in or API. */
const EXCLUDED_PAGE = /^\/(werkplek|inloggen|wachtwoord-instellen|api|_next|vergelijk)(\/|$|\?)/;

type TableFigures = { caption: string; headers: string[]; rows: string[][] };
type PageFigures = { tables: TableFigures[]; definitions: [string, string][]; texts: string[] };
type Snapshot = { pages: Record<string, PageFigures>; api: Record<string, unknown> };

test.describe.configure({ timeout: 600_000 });

test("elke openbare pagina en elk API-antwoord toont dezelfde cijfers als vóór het P&C-cyclusmodel", async ({ page, request }) => {
  const pages = await collectPages(page);
  const api = await collectApi(request);
  const current = sortKeys({ pages, api }) as Snapshot;

  if (CAPTURE) {
    fs.writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 2)}\n`);
    console.log(`Momentopname geschreven: ${Object.keys(pages).length} pagina's, ${Object.keys(api).length} API-antwoorden.`);
    return;
  }
  expect(fs.existsSync(SNAPSHOT), `${SNAPSHOT} ontbreekt: neem hem op met PARITY_CAPTURE=1`).toBe(true);
  const before = JSON.parse(fs.readFileSync(SNAPSHOT, "utf8")) as Snapshot;
  const { failures, added } = compare(flatten(before), flatten(current));
  if (added.length > 0) console.log(`${added.length} nieuwe cijfers/velden (toegestaan), bijvoorbeeld:\n${added.slice(0, 10).join("\n")}`);
  expect(failures.length, report(failures)).toBe(0);
});

// ---------------------------------------------------------------- pages

async function collectPages(page: Page): Promise<Record<string, PageFigures>> {
  const result: Record<string, PageFigures> = {};
  const queue = ["/"];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const target = queue.shift()!;
    expect(Object.keys(result).length, "te veel pagina's: volgt de crawler een lus?").toBeLessThan(MAX_PAGES);
    const { figures, links } = await readPage(page, target);
    result[target] = figures;
    for (const link of links) {
      if (EXCLUDED_PAGE.test(link) || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  for (const target of await comparePaths(page)) result[target] = (await readPage(page, target)).figures;
  return result;
}

/** /vergelijk with selections made from its own form: all, each municipality, each year, and indicator searches. */
async function comparePaths(page: Page): Promise<string[]> {
  await page.goto("/vergelijk");
  const values = (name: string) =>
    page.locator(`input[type=checkbox][name=${name}]`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const municipalities = await values("gemeente");
  const years = await values("jaar");
  expect(municipalities.length, "geen gemeenten op /vergelijk").toBeGreaterThan(0);
  const all = municipalities.map((m) => `gemeente=${encodeURIComponent(m)}`).join("&");
  const paths = ["/vergelijk", `/vergelijk?${all}`];
  for (const m of municipalities) paths.push(`/vergelijk?gemeente=${encodeURIComponent(m)}`);
  for (const y of years) paths.push(`/vergelijk?${all}&jaar=${y}`);
  for (const term of await indicatorTerms(page)) paths.push(`/vergelijk?indicator=${encodeURIComponent(term)}`);
  return paths;
}

/** Search words taken from the published indicators' names (their first long word), so no name is hard-coded. */
async function indicatorTerms(page: Page): Promise<string[]> {
  const names = await page.evaluate(async () => {
    const found: string[] = [];
    const get = async (url: string) => (await fetch(url)).json();
    const list = await get("/api/v1/gemeenten?pageSize=100");
    for (const g of list.gemeenten) {
      const years = await get(g._links.jaren.href);
      for (const y of years.jaren) {
        const progs = await get(y._links.programmas.href);
        for (const p of progs.programmas) {
          const detail = await get(p._links.self.href);
          for (const i of detail.indicatoren ?? []) if (typeof i.naam === "string") found.push(i.naam);
        }
      }
    }
    return found;
  });
  const words = names.map((n) => n.toLowerCase().split(/[^\p{L}]+/u).find((w) => w.length >= 7)).filter((w): w is string => !!w);
  return [...new Set(words)].sort().slice(0, 12);
}

async function readPage(page: Page, target: string): Promise<{ figures: PageFigures; links: string[] }> {
  const response = await page.goto(target);
  expect(response?.status(), `status van ${target}`).toBe(200);
  return page.evaluate(() => {
    const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
    const main = document.querySelector("main") ?? document.body;
    const labelOf = (el: Element | null): string => {
      if (!el) return "";
      const ids = el.getAttribute("aria-labelledby");
      if (ids) return norm(ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent).join(" "));
      return norm(el.getAttribute("aria-label"));
    };
    const precedingHeading = (el: Element): string => {
      const headings = [...main.querySelectorAll("h1, h2, h3, h4, h5, h6")];
      const before = headings.filter((h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      return norm(before.at(-1)?.textContent);
    };
    const captionOf = (table: HTMLTableElement): string =>
      norm(table.caption?.textContent) ||
      labelOf(table) ||
      labelOf(table.closest("[role=region], section[aria-label], section[aria-labelledby], figure")) ||
      precedingHeading(table);
    const tables = [...main.querySelectorAll("table")].map((table) => {
      const rows = [...table.rows].map((r) => [...r.cells].map((c) => norm(c.textContent)));
      const headRow = table.tHead?.rows[table.tHead.rows.length - 1];
      const headers = headRow ? [...headRow.cells].map((c) => norm(c.textContent)) : [];
      return { caption: captionOf(table), headers, rows: headRow ? rows.slice(table.tHead!.rows.length) : rows };
    });
    const definitions = [...main.querySelectorAll("dl")].flatMap((dl) =>
      [...dl.querySelectorAll("dt")].map((dt) => {
        const dds: string[] = [];
        for (let n = dt.nextElementSibling; n && n.tagName === "DD"; n = n.nextElementSibling) dds.push(norm(n.textContent));
        return [norm(dt.textContent), dds.join(" | ")] as [string, string];
      }),
    );
    // Figures outside tables: the smallest text blocks that hold a digit (cards, status lines, notes).
    const blocks = "p, li, h1, h2, h3, h4, h5, h6, figcaption, [role=status], [role=note]";
    const texts = [...main.querySelectorAll(blocks)]
      .filter((el) => !el.closest("table, dl, nav") && !el.querySelector(blocks))
      .map((el) => norm(el.textContent))
      .filter((t) => /\d/.test(t));
    const links = [...main.querySelectorAll("a[href]")]
      .map((a) => new URL((a as HTMLAnchorElement).href, location.href))
      .filter((u) => u.origin === location.origin)
      .map((u) => u.pathname + u.search);
    return { figures: { tables, definitions, texts: [...new Set(texts)].sort() }, links: [...new Set(links)] };
  });
}

// ---------------------------------------------------------------- API

type OpenApi = { paths: Record<string, { get?: { responses?: Record<string, { content?: Record<string, unknown> }> } }> };

async function getJson(request: APIRequestContext, url: string): Promise<unknown> {
  const response = await request.get(url, { headers: { Accept: "application/json" } });
  expect(response.status(), `status van ${url}`).toBe(200);
  return response.json();
}

async function collectApi(request: APIRequestContext): Promise<Record<string, unknown>> {
  const openapi = (await getJson(request, "/api/v1/openapi.json")) as OpenApi;
  const templates = Object.entries(openapi.paths)
    .filter(([p, item]) => item.get && !p.endsWith("/openapi.json"))
    .map(([p, item]) => ({
      path: p,
      pattern: new RegExp(`^/api/v1${p.replace(/\{[^}]+\}/g, "[^/?]+")}(\\?|$)`),
      csv: !!item.get!.responses?.["200"]?.content?.["text/csv"],
      parametrised: p.includes("{"),
    }));
  const templateOf = (url: string) => templates.find((t) => t.pattern.test(url));

  // Seeds: every list endpoint without path parameters, plus small pages so paging links are followed.
  const queue = templates.filter((t) => !t.parametrised && !t.path.includes("vergelijking")).flatMap((t) => [`/api/v1${t.path}`, `/api/v1${t.path}?pageSize=1`]);
  const seen = new Set(queue);
  const result: Record<string, unknown> = {};
  const indicatorIds = new Map<string, string[]>();
  const visit = async (url: string, key = url) => {
    const body = await getJson(request, url);
    for (const href of linksIn(body)) {
      // Links of an id query repeat the ids; at most 50 ids on a page of 100 indicators never page.
      if (!seen.has(href) && href.startsWith("/api/v1/") && templateOf(href) && !/[?&]id=/.test(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
    const ids = indicatorIdsIn(body);
    if (ids.length > 0) indicatorIds.set(key, ids);
    result[key] = normalise(body);
    // CSV is the whole selection whatever the page, so one per selection.
    if (templateOf(url)?.csv && !/[?&]page=/.test(url)) result[`${key}${key.includes("?") ? "&" : "?"}formaat=csv`] = await getCsv(request, `${url}${url.includes("?") ? "&" : "?"}formaat=csv`);
  };
  while (queue.length > 0) {
    expect(Object.keys(result).length, "te veel API-antwoorden: volgt de crawler een lus?").toBeLessThan(MAX_API);
    await visit(queue.shift()!);
  }

  // The indicator comparison takes ids: ask for every programme's indicators, keyed by the programme, not by the ids.
  const comparison = templates.find((t) => t.path.includes("vergelijking"));
  expect(comparison, "de OpenAPI noemt de indicatorvergelijking niet meer").toBeTruthy();
  for (const [source, ids] of [...indicatorIds].sort(([a], [b]) => a.localeCompare(b))) {
    for (let i = 0; i < ids.length; i += 50) {
      const query = ids.slice(i, i + 50).map((id) => `id=${encodeURIComponent(id)}`).join("&");
      await visit(`/api/v1${comparison!.path}?${query}&pageSize=100`, `/api/v1${comparison!.path}?id=‹indicatoren van ${source}${i > 0 ? ` vanaf ${i}` : ""}›`);
    }
  }
  // And by name, with a year filter and the BBV filter, one per page so its paging links are followed too.
  queue.push(`/api/v1${comparison!.path}?naam=a&pageSize=100`, `/api/v1${comparison!.path}?naam=e&bbvVerplicht=true`, `/api/v1${comparison!.path}?naam=e&pageSize=1`);
  for (const y of new Set(Object.keys(result).map((k) => k.match(/\/jaren\/(\d{4})\//)?.[1]).filter(Boolean))) {
    queue.push(`/api/v1${comparison!.path}?naam=e&jaar=${y}&pageSize=100`);
  }
  queue.forEach((u) => seen.add(u));
  while (queue.length > 0) {
    expect(Object.keys(result).length, "te veel API-antwoorden").toBeLessThan(MAX_API);
    await visit(queue.shift()!);
  }

  for (const t of templates) {
    expect(Object.keys(result).some((k) => t.pattern.test(k)), `geen antwoord verzameld voor ${t.path}`).toBe(true);
  }
  return result;
}

async function getCsv(request: APIRequestContext, url: string): Promise<string[][]> {
  const response = await request.get(url);
  expect(response.status(), `status van ${url}`).toBe(200);
  const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
  const header = rows[0] ?? [];
  // Id columns carry no figure and differ between seed runs.
  const keep = header.map((h, i) => (/(^|[\s-])id$/i.test(h) ? -1 : i)).filter((i) => i >= 0);
  return rows.map((r) => keep.map((i) => r[i] ?? ""));
}

/** The API's CSV: semicolons, double quotes around cells that need them, CRLF or LF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += ch;
    } else if (ch === ";") {
      endCell();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else {
      cell += ch;
    }
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

function linksIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(linksIn);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => (k === "href" && typeof v === "string" ? [v] : linksIn(v)));
}

function indicatorIdsIn(body: unknown): string[] {
  const indicators = (body as { indicatoren?: { id?: unknown }[] })?.indicatoren;
  return Array.isArray(indicators) ? indicators.map((i) => i.id).filter((id): id is string => typeof id === "string") : [];
}

const VOLATILE_KEY = /^(id|.*Id|etag|.*At|generated|timestamp)$/i;

/** Drops ids and timestamps (keys and id query parameters in links); keeps every other value as it is. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === "string") return value.replace(/([?&]id=)[^&]+/g, "$1‹id›");
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !VOLATILE_KEY.test(k)).map(([k, v]) => [k, normalise(v)]));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
}

// ---------------------------------------------------------------- comparison

type Leaf = { path: string; what: string; value: string };

/** Every figure as one leaf with a readable location, so a difference names path, table/field and row. */
function flatten(snapshot: Snapshot): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const put = (p: string, what: string, value: string) => {
    let key = `${p} ⟩ ${what}`;
    for (let n = 2; leaves.has(key); n++) key = `${p} ⟩ ${what} (#${n})`;
    leaves.set(key, { path: p, what: key.slice(p.length + 3), value });
  };
  for (const [p, figures] of Object.entries(snapshot.pages)) {
    const captions = uniqueKeys(figures.tables.map((t) => t.caption || "zonder bijschrift"));
    figures.tables.forEach((t, ti) => {
      const rowKeys = uniqueKeys(t.rows.map((r, i) => r[0] || `rij ${i + 1}`));
      t.rows.forEach((r, ri) => {
        const columns = uniqueKeys(r.map((_, ci) => t.headers[ci] || `kolom ${ci + 1}`));
        r.forEach((cell, ci) => {
          if (ci === 0 && r.length > 1) return; // the row header is the row's key
          put(p, `tabel “${captions[ti]}” › rij “${rowKeys[ri]}” › “${columns[ci]}”`, cell);
        });
        if (r.length <= 1) put(p, `tabel “${captions[ti]}” › rij “${rowKeys[ri]}”`, r[0] ?? "");
      });
    });
    for (const [term, definition] of figures.definitions) put(p, `“${term}”`, definition);
    for (const text of figures.texts) put(p, `tekst “${text}”`, "aanwezig");
  }
  for (const [url, body] of Object.entries(snapshot.api)) {
    if (/[?&]formaat=csv/.test(url)) flattenCsv(body as string[][], (what, value) => put(url, what, value));
    else flattenJson(body, "", (what, value) => put(url, what || "(antwoord)", value));
  }
  return leaves;
}

/** CSV rows keyed by their short cells that are not plain numbers (names, labels, codes, categories), cells by their column heading. */
function flattenCsv(rows: string[][], put: (what: string, value: string) => void) {
  const [header = [], ...body] = rows;
  const labels = uniqueKeys(body.map((r, i) => r.filter((c) => c !== "" && c.length <= 60 && !/^-?\d+([.,]\d+)?$/.test(c)).slice(0, 6).join(" · ") || `rij ${i + 1}`));
  const columns = uniqueKeys(header.map((h, i) => h || `kolom ${i + 1}`));
  put("kolommen", header.join(";"));
  body.forEach((r, ri) => r.forEach((cell, ci) => put(`rij “${labels[ri]}” › “${columns[ci] ?? `kolom ${ci + 1}`}”`, cell)));
}

const LABEL_FIELDS = ["slug", "nummer", "code", "naam", "omschrijving", "soort", "jaar", "dimensiewaarde"];

function flattenJson(value: unknown, at: string, put: (what: string, value: string) => void) {
  if (Array.isArray(value)) {
    if (value.length === 0) return put(at, "[]");
    // CSV rows and JSON lists keyed by their natural label where it is unique, so an inserted item does not shift the rest.
    const labels = uniqueKeys(value.map((item, i) => itemLabel(item) ?? `${i}`));
    value.forEach((item, i) => flattenJson(item, `${at}[${labels[i]}]`, put));
    return;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flattenJson(v, at ? `${at}.${k}` : k, put);
    return;
  }
  put(at, JSON.stringify(value));
}

function itemLabel(item: unknown): string | undefined {
  if (Array.isArray(item)) return undefined;
  if (!item || typeof item !== "object") return undefined;
  const record = item as Record<string, unknown>;
  const parts = LABEL_FIELDS.map((f) => record[f]).filter((v) => typeof v === "string" || typeof v === "number");
  return parts.length > 0 ? parts.slice(0, 3).join(" ") : undefined;
}

function uniqueKeys(keys: string[]): string[] {
  const count = new Map<string, number>();
  return keys.map((k) => {
    const n = (count.get(k) ?? 0) + 1;
    count.set(k, n);
    return n === 1 ? k : `${k} (#${n})`;
  });
}

function allowed(leaf: Leaf): boolean {
  const matches = (pattern: RegExp | string, text: string, exact: boolean) =>
    typeof pattern === "string" ? (exact ? text === pattern : text.includes(pattern)) : pattern.test(text);
  return ALLOWED_DIFFERENCES.some((a) => matches(a.path, leaf.path, true) && matches(a.what, leaf.what, false));
}

function compare(before: Map<string, Leaf>, after: Map<string, Leaf>) {
  const failures: string[] = [];
  for (const [key, old] of before) {
    const now = after.get(key);
    if (now && now.value === old.value) continue;
    if (allowed(old)) continue;
    const filled = old.value === "[]" && [...after.keys()].some((k) => k.startsWith(`${key}[`));
    failures.push(`${old.path}\n    ${old.what}: ${old.value} → ${now ? now.value : filled ? "(niet meer leeg)" : "(verdwenen)"}`);
  }
  const added = [...after.keys()].filter((k) => !before.has(k));
  return { failures, added };
}

function report(failures: string[]): string {
  if (failures.length === 0) return "";
  const listed = failures.slice(0, MAX_LISTED).join("\n");
  const more = failures.length > MAX_LISTED ? `\n… en nog ${failures.length - MAX_LISTED} verschillen` : "";
  return `${failures.length} openbare cijfers verschillen van de momentopname (vóór → na):\n${listed}${more}\n`;
}
