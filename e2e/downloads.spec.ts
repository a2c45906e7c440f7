import { expect, test } from "@playwright/test";

test("de programmapagina biedt JSON en CSV van wat ze toont", async ({ page, request }) => {
  await page.goto("/midden-groningen/2021/programma/2.4");
  const box = page.getByRole("region", { name: /^Download programma 2\.4/ });
  const json = await request.get((await box.getByRole("link", { name: "JSON" }).getAttribute("href"))!);
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toContain("json");
  const csv = await request.get((await box.getByRole("link", { name: "CSV" }).getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("Bestuurlijke samenwerking");
});

test("het jaaroverzicht biedt de programma's als CSV met CORS voor hergebruik", async ({ page, request }) => {
  await page.goto("/zoetermeer/2024");
  const href = await page.getByRole("region", { name: /^Download de programma's/ }).getByRole("link", { name: "CSV" }).getAttribute("href");
  const csv = await request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["access-control-allow-origin"]).toBe("*");
  expect(await csv.text()).toContain("Dienstverlening en participatie");
});

test("een onbekende gemeente in de API geeft een Nederlandse problem+json", async ({ request }) => {
  const res = await request.get("/api/v1/gemeenten/bestaat-niet");
  expect(res.status()).toBe(404);
  expect(res.headers()["content-type"]).toContain("application/problem+json");
  expect((await res.json()).detail).toMatch(/bestaat-niet/);
});
