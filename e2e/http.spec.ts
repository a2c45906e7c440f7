import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";

// What the production server answers over HTTP: strict API parameters, Dutch
// 404 pages in the site's layout, and cache headers that let a CDN drop a
// withdrawn publication within minutes (docs/decisions/010-public-caching.md).

test.describe("de API leest parameters streng", () => {
  for (const jaar of ["0x7e8", "%202022", "2022.0"]) {
    test(`jaar ${jaar} geeft 400 met de parameter genoemd`, async ({ request }) => {
      const res = await request.get(`/api/v1/gemeenten/zoetermeer/jaren/${jaar}/programmas`);
      expect(res.status()).toBe(400);
      expect(res.headers()["content-type"]).toBe("application/problem+json");
      const body = await res.json();
      expect(body.invalidParams).toEqual([{ name: "jaar", code: "invalid_format", reason: "Schrijf het jaar als vier cijfers, bijvoorbeeld 2024" }]);
    });
  }

  test("page=1e3 geeft 400 met de parameter genoemd", async ({ request }) => {
    const res = await request.get("/api/v1/gemeenten?page=1e3");
    expect(res.status()).toBe(400);
    expect((await res.json()).invalidParams.map((p: { name: string }) => p.name)).toEqual(["page"]);
  });

  for (const [method, path] of [
    ["GET", "/api/v1/bestaat-niet"],
    ["GET", "/api/v1/gemeenten/zoetermeer/onbekend"],
    ["GET", "/api/v1/gemeenten/zoetermeer/jaren/2024/programmas/6/onbekend"],
    ["GET", "/api/v1"],
    ["POST", "/api/v1/bestaat-niet"],
  ] as const) {
    test(`${method} ${path} geeft een Nederlandse problem+json 404`, async ({ request }) => {
      const res = await request.fetch(path, { method });
      expect(res.status()).toBe(404);
      expect(res.headers()["content-type"]).toBe("application/problem+json");
      expect(res.headers()["cache-control"]).toBe("no-store");
      const body = await res.json();
      expect(body).toMatchObject({ status: 404, code: "notFound", instance: path });
      expect(body.detail).toBe(`Het pad ${path} bestaat niet in deze API. Alle paden staan in de beschrijving: /api/v1/openapi.json.`);
    });
  }
});

test.describe("Nederlandse 404-pagina's in de opmaak van de site", () => {
  test("een adres zonder pagina", async ({ page }) => {
    const response = await page.goto("/dit/adres/bestaat/echt/niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Programmamonitor is open-source software");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "Naar de startpagina: alle gemeenten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gemeenten" })).toBeVisible();
  });

  // "0x7e8" and "2024.0" are 2024 to Number(): a year page has one address, not several.
  for (const path of ["/zoetermeer/2023", "/zoetermeer/2024/programma/99", "/bestaat-niet", "/zoetermeer/0x7e8", "/zoetermeer/2024.0/programma/6"]) {
    test(`een openbare pagina die niet gepubliceerd is: ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
      await expect(page.getByText("Hier is niets gepubliceerd.")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Naar de startpagina: alle gemeenten" })).toHaveAttribute("href", "/");
    });
  }

  test("in de werkplek: een gemeente waar je geen rol hebt", async ({ page }) => {
    await signIn(page, "lezer@zoetermeer.demo", DEMO_PASSWORD);
    const response = await page.goto("/werkplek/hilversum/2021");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
    await expect(page.getByText("Deze pagina bestaat niet, of u hebt er met uw rollen geen toegang toe.")).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "Terug naar de werkplek" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Werkplek" })).toBeVisible();
  });
});

test("een gemeente uit de CBS-lijst aanmaken; haar openbare pagina zegt dat zij nog niets publiceerde", async ({ page }) => {
  // Schiermonnikoog: a real municipality of the CBS list that no other spec creates (the e2e database is fresh per run).
  const name = "Schiermonnikoog";
  await signIn(page, "beheerder@platform.demo", DEMO_PASSWORD);
  await page.goto("/werkplek/gemeenten/nieuw");
  const form = page.getByRole("form", { name: "Gemeente aanmaken" });
  const municipality = form.getByLabel("Gemeente", { exact: true });
  // A municipality already in the monitor cannot be picked twice.
  await expect(municipality.locator("option", { hasText: "Zoetermeer (staat al in de monitor)" })).toBeDisabled();
  await municipality.selectOption({ label: name });
  // An address without an account and no name: refused next to the name, the chosen municipality kept.
  await form.getByLabel("E-mailadres eerste beheerder").fill("nieuw@schiermonnikoog.test");
  await form.getByRole("button", { name: "Gemeente aanmaken" }).click();
  await expect(form.getByLabel("Naam eerste beheerder")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Gemeente", { exact: true })).toHaveValue("GM0088");
  await expect(form.getByLabel("E-mailadres eerste beheerder")).toHaveValue("nieuw@schiermonnikoog.test");
  await expectNoAccessibilityViolations(page);

  await form.getByLabel("E-mailadres eerste beheerder").fill("beheerder@platform.demo");
  await form.getByRole("button", { name: "Gemeente aanmaken" }).click();
  await expect(page.getByText(`Gemeente ${name} is aangemaakt.`)).toBeVisible();

  await page.goto("/werkplek");
  await page.getByRole("link", { name: `Openbare pagina van ${name}` }).click();
  await expect(page).toHaveURL(/\/schiermonnikoog$/);
  expect((await page.request.get("/schiermonnikoog")).status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Er is nog niets gepubliceerd.", { exact: false })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAccessibilityViolations(page);
});

test.describe("cache-headers", () => {
  test("een openbare pagina: een CDN houdt haar vijf minuten vast, plus één minuut oud tijdens het verversen", async ({ request }) => {
    const res = await request.get("/zoetermeer/2024");
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toBe("s-maxage=300, stale-while-revalidate=60");
  });

  test("een API-antwoord: dezelfde termijn voor gedeelde caches, de browser vraagt elke keer na", async ({ request }) => {
    const res = await request.get("/api/v1/gemeenten/zoetermeer/jaren/2024/programmas");
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=60");
  });

  test("de werkplek wordt nergens bewaard", async ({ page }) => {
    await signIn(page, "lezer@zoetermeer.demo", DEMO_PASSWORD);
    const response = await page.goto("/werkplek");
    expect(response?.status()).toBe(200);
    const cacheControl = response!.headers()["cache-control"] ?? "";
    expect(cacheControl).toContain("private");
    expect(cacheControl).toContain("no-store");
  });
});

test("een formulier boven de grens van 4 MB krijgt zonder JavaScript een Nederlands antwoord, geen Engelse foutpagina", async ({ request }) => {
  const res = await request.post("/werkplek/zoetermeer/2025/programma/6", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `indicators.0.explanation=${"x".repeat(5 * 1024 * 1024)}`,
  });
  expect(res.status()).toBe(413);
  expect(res.headers()["content-type"]).toContain("text/html");
  const html = await res.text();
  expect(html).toContain("Niet verstuurd: het formulier is te groot");
  expect(html).toContain("terugknop van uw browser");
});
