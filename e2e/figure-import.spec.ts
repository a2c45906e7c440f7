import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";
import { resetWorkspace } from "./support/workspace";

// Importing a cijfers workbook as the demo advisor of Zoetermeer (issue 11,
// decision 012): the workbook downloaded from the werkplek, one realisatie
// and its toelichting filled in as a person would in Excel, uploaded through
// the browser; the preview says old → new and that nothing is saved yet; on
// confirmation the figure is in the programme form. At 1280 and 375 px, with
// axe on the upload page and the preview.

const EXCHANGE = "/werkplek/zoetermeer/2025/uitwisseling";
const AMOUNT = 4321000;

test.describe.configure({ timeout: 120_000 });
test.beforeAll(() => resetWorkspace("leeg"));
test.afterAll(() => resetWorkspace("leeg"));

test("adviseur: downloadt de cijfers, vult een realisatie in Excel in, ziet het voorbeeld en slaat het op", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "advies@zoetermeer.demo", DEMO_PASSWORD);
  await page.goto("/werkplek/zoetermeer/2025");
  await page.getByRole("link", { name: "Cijfers downloaden (Excel, CSV)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Cijfers van / })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Excel-werkmap \(\.xlsx\)/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^zoetermeer-2025-jaarstukken-cijfers\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("Begrotingsposten")!;
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const realisatie = header.indexOf("Realisatie");
  const toelichting = header.indexOf("Toelichting");
  const label = String(sheet.getRow(2).getCell(header.indexOf("Omschrijving")).value);
  expect(realisatie).toBeGreaterThan(0);
  // The identifier is protected; the own figure is not.
  expect(sheet.getRow(2).getCell(1).protection?.locked).not.toBe(false);
  expect(sheet.getRow(2).getCell(realisatie).protection?.locked).toBe(false);
  sheet.getRow(2).getCell(realisatie).value = AMOUNT;
  sheet.getRow(2).getCell(toelichting).value = "Ingelezen uit Excel";
  const filled = testInfo.outputPath("cijfers-ingevuld.xlsx");
  await workbook.xlsx.writeFile(filled);

  await page.getByLabel("Ingevuld bestand (.xlsx of .csv)").setInputFiles(filled);
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Voorbeeld" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Er is nog niets opgeslagen/)).toBeVisible();
  await expect(page.getByText(`cijfer: (leeg) → 4.321.000`)).toBeVisible();
  await expect(page.getByText("toelichting: (leeg) → Ingelezen uit Excel")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath("import-voorbeeld-1280.png"), fullPage: true });

  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath("import-voorbeeld-375.png"), fullPage: true });

  await page.getByRole("button", { name: /^Bevestigen: 1 rij opslaan$/ }).click();
  await expect(page.getByText(/Opgeslagen\. 1 cijfer gewijzigd/)).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: testInfo.outputPath("import-opgeslagen-375.png"), fullPage: true });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/werkplek/zoetermeer/2025/programma/6");
  const group = page.getByRole("group", { name: new RegExp(`^Lasten: ${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
  await expect(group.getByRole("textbox", { name: /^Realisatie/ })).toHaveValue(/4\.321\.000|4321000/);
  await expect(group.getByRole("textbox", { name: "Toelichting" })).toHaveValue("Ingelezen uit Excel");
  await page.goto(EXCHANGE);
  await expect(page.getByRole("link", { name: "cijfers-ingevuld.xlsx" }).first()).toBeVisible();
});

test("adviseur: een te groot bestand of een bestand van een ander soort krijgt een Nederlandse melding, en er wordt niets ingelezen", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "advies@zoetermeer.demo", DEMO_PASSWORD);
  await page.goto(EXCHANGE);
  const field = page.getByLabel("Ingevuld bestand (.xlsx of .csv)");
  await field.setInputFiles({ name: "groot.csv", mimeType: "text/csv", buffer: Buffer.alloc(16 * 1024 * 1024, "a") });
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  await expect(page.getByText(/Het bestand is groter dan 15 MB/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("import-te-groot-375.png"), fullPage: true });

  await page.getByLabel("Ingevuld bestand (.xlsx of .csv)").setInputFiles({ name: "cijfers.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n") });
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  await expect(page.getByText(/Dit bestand kan niet worden ingelezen/)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await expect(page.getByRole("link", { name: /^(groot\.csv|cijfers\.pdf)$/ })).toHaveCount(0);
});

test("adviseur: een bestand van 13 MB komt heel aan, tot de laatste rij", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "advies@zoetermeer.demo", DEMO_PASSWORD);
  await page.goto(EXCHANGE);
  const exported = await page.request.get(`${EXCHANGE}/export?stuk=jaarstukken&formaat=csv&tabel=begrotingsposten`);
  const key = (await exported.text()).replace(/^\uFEFF/, "").split("\r\n")[1]!.split(";")[0]!.replace(/^"|"$/g, "");
  // 13 MB of blank rows (read and skipped), then one figure: cut off anywhere, the figure is missing.
  const padding = `${" ".repeat(98)}\r\n`.repeat(130_000);
  const csv = `Sleutel;Realisatie;Toelichting\r\n${padding}${key};4444;Aan het eind van een groot bestand\r\n`;
  expect(Buffer.byteLength(csv)).toBeGreaterThan(12 * 1024 * 1024);
  await page.getByLabel("Ingevuld bestand (.xlsx of .csv)").setInputFiles({ name: "groot-maar-toegestaan.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Voorbeeld" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^cijfer: .* → 4\.444$/)).toBeVisible();
  await expect(page.getByText(/^toelichting: .* → Aan het eind van een groot bestand$/)).toBeVisible();
  await page.getByRole("button", { name: "Annuleren" }).click();
});

test("controller: ziet dat de adviseurs cijfers inlezen, en krijgt geen formulier dat hem weigert", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "controller@zoetermeer.demo", DEMO_PASSWORD);
  await page.goto(EXCHANGE);
  await expect(page.getByText(/Cijfers inlezen doen de beleidsadviseurs/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Bestand inlezen" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Excel-werkmap \(\.xlsx\)/ })).toBeVisible();
});
