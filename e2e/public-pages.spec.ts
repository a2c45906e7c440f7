import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { rowByHeader } from "./support/table";

test.describe("publieke startpagina", () => {
  test("toont de vier gemeenten met hun gepubliceerde jaren", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Gemeenten" })).toBeVisible();
    const list = page.getByRole("list", { name: "Gemeenten" });
    for (const name of ["Hilversum", "Leidschendam-Voorburg", "Midden-Groningen", "Zoetermeer"]) {
      await expect(list.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(list.getByRole("listitem")).toHaveCount(4);
    await expect(list.getByRole("listitem").filter({ hasText: "Zoetermeer" })).toContainText("Gepubliceerd: 2024, 2022");
    await expectNoAccessibilityViolations(page);
  });

  test("zoeken op naam, ook zonder streepje", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Zoek een gemeente" }).fill("leidschendam voorburg");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/zoek=leidschendam/);
    const list = page.getByRole("list", { name: "Gemeenten" });
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list.getByRole("link", { name: "Leidschendam-Voorburg", exact: true })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("1 gemeente gevonden");
    await expectNoAccessibilityViolations(page);
  });

  test("een gemeente openen vanaf de startpagina", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Midden-Groningen", exact: true }).click();
    // The municipality's address leads to its latest published year.
    await expect(page).toHaveURL(/\/midden-groningen\/2021$/);
    await expect(page.getByRole("heading", { level: 1, name: "Midden-Groningen 2021" })).toBeVisible();
    await page.getByRole("link", { name: "2.4 Dienstverlening" }).click();
    await expect(page).toHaveURL(/\/midden-groningen\/2021\/programma\/2\.4$/);
    await expect(page.getByRole("heading", { level: 1, name: "Programma 2.4 Dienstverlening" })).toBeVisible();
  });
});

test.describe("jaaroverzicht", () => {
  test("Zoetermeer 2022 toont het programma met lasten, baten, saldo en het gedrukte aandeel", async ({ page }) => {
    await page.goto("/zoetermeer/2022");
    const table = page.getByRole("region", { name: "Programma's met lasten, baten en saldo" });
    const row = rowByHeader(table, "6 Dienstverlening en participatie");
    await expect(row.getByRole("cell").nth(0)).toHaveText("-15.781");
    await expect(row.getByRole("cell").nth(1)).toHaveText("6.265");
    await expect(row.getByRole("cell").nth(2)).toHaveText("-9.516");
    await expect(row.getByRole("cell").nth(3)).toContainText("3,3%");
    await expect(row.getByRole("cell").nth(4)).toHaveText("4 niet gehaald");
    await expect(page.getByRole("navigation", { name: "Jaar kiezen" }).getByRole("link", { name: "2024" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("Zoetermeer 2024 telt de indicatoren die hun doel haalden", async ({ page }) => {
    await page.goto("/zoetermeer/2024");
    const row = rowByHeader(page.getByRole("region", { name: "Programma's met lasten, baten en saldo" }), "6 Dienstverlening en participatie");
    await expect(row.getByRole("cell").nth(0)).toHaveText("-19.267");
    await expect(row.getByRole("cell").last()).toHaveText("1 gehaald, 3 niet gehaald");
  });

  test("Zoetermeer 2024 toont het gedrukte saldo na reserves onder zijn eigen naam, apart van baten − lasten", async ({ page }) => {
    await page.goto("/zoetermeer/2024");
    const table = page.getByRole("region", { name: "Programma's met lasten, baten en saldo" });
    const headers = table.getByRole("columnheader");
    await expect(headers.nth(3)).toHaveText("Saldo van baten en lasten");
    await expect(headers.nth(4)).toHaveText("Resultaat na reserves");
    const row = rowByHeader(table, "6 Dienstverlening en participatie");
    // Not printed by the document: the app's own sum, marked as such.
    await expect(row.getByRole("cell").nth(2)).toHaveText("-13.917 berekend");
    await expect(row.getByRole("cell").nth(3)).toHaveText("-13.899");
    await expectNoAccessibilityViolations(page);
  });

  test("Midden-Groningen 2021 toont de vastgestelde totalen met het afrondingsverschil ernaast", async ({ page }) => {
    await page.goto("/midden-groningen/2021");
    const row = rowByHeader(page.getByRole("region", { name: "Programma's met lasten, baten en saldo" }), "2.4 Dienstverlening");
    await expect(row.getByRole("cell").nth(1)).toHaveText("754 berekend uit regels: 753");
    await expect(row.getByRole("cell").nth(2)).toHaveText("-2.611 berekend uit regels: -2.612");
  });

  test("een jaar zonder gepubliceerd document of een onzinjaar geeft 404", async ({ page }) => {
    expect((await page.goto("/zoetermeer/2023"))?.status()).toBe(404);
    expect((await page.goto("/zoetermeer/abc"))?.status()).toBe(404);
  });
});

test.describe("programmapagina", () => {
  test("Zoetermeer toont indicatoren met doel gehaald en de totalen in Zoetermeers tekenconventie", async ({ page }) => {
    await page.goto("/zoetermeer/2024/programma/6");
    await expect(page.getByRole("list", { name: "Doelenboom" }).getByText("Continueren klanttevredenheid")).toBeVisible();
    const indicator = page.getByRole("region", { name: "Waarden van Gemiddeld rapportcijfer tevredenheid gehele dienstverlening" }).first();
    const row2024 = indicator.getByRole("row", { name: /^2024/ });
    await expect(row2024.getByRole("cell").nth(0)).toHaveText("7,4");
    await expect(row2024.getByRole("cell").nth(1)).toHaveText("7,0");
    await expect(row2024).toContainText("Niet gehaald");
    const participation = page.getByRole("region", { name: "Waarden van Gemiddeld rapportcijfer inwoners over proces van participatie" }).first();
    await expect(participation.getByRole("row", { name: /^2024/ })).toContainText("Gehaald");
    const finance = page.getByRole("region", { name: "Financiën programma 6 Dienstverlening en participatie" }).first();
    // Printed "per doelstelling": goals as rows, categories as columns, as in the source; its
    // "Saldo" includes the reserve mutations, so it is headed by that figure's name.
    await expect(finance.getByRole("columnheader").last()).toHaveText("Resultaat na reserves");
    const doel61 = rowByHeader(finance, "Continueren klanttevredenheid (6.1)");
    await expect(doel61.getByRole("cell")).toHaveText(["-12.548", "5.304", "0", "18", "-7.226"]);
    const totaal = rowByHeader(finance, "Totaal programma");
    await expect(totaal.getByRole("cell")).toHaveText(["-19.267", "5.350", "0", "18", "-13.899"]);
    await expectNoAccessibilityViolations(page);
  });

  test("Midden-Groningen toont de tabeltotalen en wijst het afrondingsverschil aan", async ({ page }) => {
    await page.goto("/midden-groningen/2021/programma/2.4");
    const finance = page.getByRole("region", { name: "Financiën programma 2.4 Dienstverlening" });
    const lasten = rowByHeader(finance, "Totaal lasten");
    await expect(lasten.getByRole("cell").nth(3)).toHaveText("3.365");
    // Totals as printed and adopted; where the sum of the lines differs by rounding, it stands beside them.
    await expect(rowByHeader(finance, "Totaal baten").getByRole("cell").nth(3)).toHaveText("754 berekend uit regels: 753");
    await expect(rowByHeader(finance, "Saldo van baten en lasten").getByRole("cell").nth(3)).toHaveText("-2.611 berekend uit regels: -2.612");
    await expect(page.getByText(/Totaal lasten, realisatie vorig jaar: als gedrukt 3\.875, berekend uit regels 3\.874 \(afrondingsverschil 1\)/)).toBeVisible();
    await expect(page.getByText(/Saldo van baten en lasten, realisatie: als gedrukt -2\.611, berekend uit regels -2\.612/)).toBeVisible();
    // The channel indicators as the source printed them: one table, balie vs digitaal.
    const channels = page.getByRole("region", { name: "Tabel Beleidsindicatoren I-Burgerzaken" });
    const geboorte = rowByHeader(channels, "Geboorte aangifte (%)");
    await expect(geboorte.getByRole("cell").nth(0)).toHaveText("23%");
    await expect(geboorte.getByRole("cell").nth(1)).toHaveText("77%");
    await expect(rowByHeader(channels, "Rijbewijzen (aantal)").getByRole("cell").nth(0)).toHaveText("4.769");
    await expect(page.getByText("Geboorte aangifte (%) (digitaal): benchmark 64%")).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("Hilversum labelt afwijkingen met V en N in zijn eigen conventie", async ({ page }) => {
    await page.goto("/hilversum/2021/programma/4.2.1");
    const finance = page.getByRole("region", { name: /^Financiën programma 4\.2\.1/ });
    const lasten = rowByHeader(finance, "Lasten");
    await expect(lasten.getByRole("cell").nth(0)).toHaveText("2.521");
    // The verschil as printed (394), the app's 2.916 − 2.521 = 395 beside it.
    await expect(lasten.getByRole("cell").nth(2)).toHaveText("394 N berekend uit regels: 395");
    const baten = rowByHeader(finance, "Baten");
    await expect(baten.getByRole("cell").nth(1)).toHaveText("-1.311");
    await expect(baten.getByRole("cell").nth(2)).toHaveText("-236 V");
    await expect(page.getByText("- = voordeel, zonder teken = nadeel", { exact: false })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("Leidschendam-Voorburg toont de bestuurlijke samenvatting", async ({ page }) => {
    await page.goto("/leidschendam-voorburg");
    await expect(page).toHaveURL(/\/leidschendam-voorburg\/2019$/);
    await expect(page.getByRole("heading", { name: "Lokale Democratie" })).toBeVisible();
    await expect(page.getByText(/946 inwoners en ondernemers/)).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("een onbekende gemeente geeft 404", async ({ page }) => {
    const response = await page.goto("/bestaat-niet");
    expect(response?.status()).toBe(404);
  });
});

test("GET /api/health meldt de database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { ok: true } });
  expect(body.database.migrations).toBeGreaterThan(0);
});

test("beveiligingsheaders staan op elke pagina", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
