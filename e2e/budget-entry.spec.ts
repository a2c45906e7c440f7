import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";
import { removeEnteredDocument } from "./support/documents";
import { resetWorkspace } from "./support/workspace";

// "Begroting invoeren" as the demo controller of Zoetermeer: a fresh concept
// Begroting 2026 (a year the demo does not use) started from the begroting
// werkdocument 2025 with a meerjarenraming of three years; amounts for two
// years typed in Dutch, the totals computed as they are typed, a bad cell
// refused with the rest kept, the grid usable at 1280 and 375 px. The
// journey removes its begroting before and after, so it runs in any order.

const YEAR = 2026;
const GRID = `/werkplek/zoetermeer/${YEAR}/programma/6/begroting?stuk=begroting`;

test.describe.configure({ timeout: 120_000 });
test.beforeAll(() => {
  removeEnteredDocument("BEGROTING", YEAR);
  resetWorkspace("leeg");
});
test.afterAll(() => removeEnteredDocument("BEGROTING", YEAR));

test("controller: start een begroting, voert bedragen voor twee jaren in en ziet de totalen; de adviseur zet streefwaarden voor de meerjarenraming", async ({ page, browser }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "controller@zoetermeer.demo", DEMO_PASSWORD);

  await page.goto("/werkplek/zoetermeer/documenten/nieuw");
  await page.getByLabel("Soort document").selectOption("BEGROTING");
  await page.getByLabel("Jaar").fill(String(YEAR));
  await page.getByLabel(/^Meerjarenraming/).fill("3");
  await page.getByLabel("Startpunt").selectOption({ label: "Begroting 2025 (werkdocument, demo)" });
  // First what would be copied, then the document.
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await page.getByRole("button", { name: "Document aanmaken" }).click();
  await expect(page).toHaveURL(new RegExp(`/werkplek/zoetermeer/${YEAR}\\?stuk=begroting`));

  // The year page offers the grid to who may use it.
  await page.getByRole("link", { name: "Begroting invoeren voor programma 6" }).click();
  await expect(page).toHaveURL(new RegExp(`/programma/6/begroting`));
  await expect(page.getByRole("heading", { level: 1, name: /Begroting invoeren: programma 6/ })).toBeVisible();
  for (const heading of ["Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"]) {
    await expect(page.getByRole("columnheader", { name: heading })).toBeVisible();
  }

  const lasten = page.getByRole("textbox", { name: /^Lasten: Continueren klanttevredenheid \(6\.1\), Begroting 2026$/ });
  const lastenRaming = page.getByRole("textbox", { name: /^Lasten: Continueren klanttevredenheid \(6\.1\), Raming 2027$/ });
  const baten = page.getByRole("textbox", { name: /^Baten: Continueren klanttevredenheid \(6\.1\), Begroting 2026$/ });
  const batenRaming = page.getByRole("textbox", { name: /^Baten: Continueren klanttevredenheid \(6\.1\), Raming 2027$/ });
  await lasten.fill("1.234.567");
  await lastenRaming.fill("1250000");
  await baten.fill("12,50"); // a decimal: refused, with the rest kept
  await batenRaming.fill("200.000");

  // The totals follow what is typed; they are never fields.
  const totalLasten = page.getByRole("row", { name: /^Totaal lasten/ });
  await expect(totalLasten.getByRole("cell").nth(0)).toContainText("€ 1.234.567");
  await expect(totalLasten.getByRole("cell").nth(1)).toContainText("€ 1.250.000");
  await expect(page.getByRole("textbox", { name: /Totaal/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Niet opgeslagen" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Baten: Continueren klanttevredenheid \(6\.1\), Begroting 2026: Vul een bedrag in hele euro's in/ })).toBeVisible();
  await expect(lasten).toHaveValue("1.234.567");
  await expect(batenRaming).toHaveValue("200.000");

  await baten.fill("300.000");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText(/Opgeslagen: 4 bedragen gewijzigd\./)).toBeVisible();
  await expect(lasten).toHaveValue("1.234.567");
  await expect(lastenRaming).toHaveValue("1.250.000");
  // Saldo van baten en lasten of 2027 = 200.000 − 1.250.000 (the other lines are still empty: incomplete).
  const saldo = page.getByRole("row", { name: /^Saldo van baten en lasten/ });
  await expect(saldo.getByRole("cell").nth(1)).toContainText("€ -1.050.000");
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath("begroting-1280.png"), fullPage: true });

  // On a phone the grid scrolls sideways inside its region; the posts' column stays and a sentence says so.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(GRID);
  await expect(page.getByText("De tabel is breder dan het scherm")).toBeVisible();
  const region = page.getByRole("region", { name: "Bedragen per begrotingspost en jaar" });
  const fits = await region.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth + 1 && el.scrollWidth > el.clientWidth);
  expect(fits).toBe(true);
  const documentWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(documentWidth).toBeLessThanOrEqual(375);
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  const sticky = page.getByRole("rowheader", { name: /^Continueren klanttevredenheid/ }).first();
  const box = await sticky.boundingBox();
  expect(box && box.x >= 0 && box.x < 40).toBe(true);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath("begroting-375.png"), fullPage: true });

  // The advisor of the programme: the amounts read-only in the programme form, the streefwaarden per year in their grid.
  const advisor = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
  await signIn(advisor, "advies@zoetermeer.demo", DEMO_PASSWORD);
  await advisor.goto(`/werkplek/zoetermeer/${YEAR}/programma/6?stuk=begroting`);
  await expect(advisor.getByRole("textbox", { name: /Primitieve begroting/ })).toHaveCount(0);
  await expect(advisor.getByText("elk bedrag wordt vastgesteld met de begroting", { exact: false })).toBeVisible();
  await advisor.getByRole("link", { name: /Streefwaarden per jaar invoeren/ }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: /Streefwaarden: programma 6/ })).toBeVisible();
  const target2027 = advisor.getByRole("textbox", { name: /^Streefwaarde 2027, Gemiddeld rapportcijfer tevredenheid gehele dienstverlening/ });
  await target2027.fill("7,55"); // one decimal too many for a rapportcijfer
  await advisor.getByRole("button", { name: "Opslaan en indienen" }).click();
  await expect(advisor.getByText("Maximaal 1 decimaal").first()).toBeVisible();
  await expect(target2027).toHaveValue("7,55");
  await target2027.fill("7,5");
  await advisor.getByRole("button", { name: "Opslaan en indienen" }).click();
  await expect(advisor.getByText("Opgeslagen: 1 streefwaarde gewijzigd. 1 streefwaarde ingediend ter beoordeling.")).toBeVisible();
  expect(await advisor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAccessibilityViolations(advisor);
  await advisor.screenshot({ path: testInfo.outputPath("streefwaarden-375.png"), fullPage: true });

  // The controller reviews it in the queue, beside the own year's.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/werkplek/zoetermeer/${YEAR}/beoordelen?stuk=begroting`);
  await expect(page.getByRole("article", { name: /tevredenheid gehele dienstverlening \(meerjarenraming 2027\)/ })).toBeVisible();
});

