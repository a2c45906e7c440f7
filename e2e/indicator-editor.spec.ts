import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";

// Issue 10 point 2: the controller gives a programme of a fresh concept
// begroting an indicator with a free unit and a begrotingspost with an Iv3
// taakveld, by keyboard-reachable forms that work at 375 and 1280 px. The
// begroting is created through "document aanmaken" with an empty start, in a
// year far from the demo; the programme stands in for the programme editor
// (e2e/support/structure-programme.ts).

const YEAR = 2090;
const BASE = `/werkplek/zoetermeer/${YEAR}/structuur/91`;

test.describe.configure({ timeout: 120_000 });

function structure(mode: "setup" | "cleanup") {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL ontbreekt: start de e2e-tests met `npm run test:e2e`.");
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("e2e", "support", "structure-programme.ts"), mode, String(YEAR)], {
    env: process.env,
    stdio: ["ignore", "inherit", "inherit"],
    timeout: 60_000,
  });
}

test.beforeAll(() => structure("cleanup"));
test.afterAll(() => structure("cleanup"));

async function createBegroting(page: Page) {
  await page.goto("/werkplek/zoetermeer/documenten/nieuw");
  await page.getByLabel("Soort document").selectOption("BEGROTING");
  await page.getByLabel("Jaar").fill(String(YEAR));
  await page.getByLabel("Startpunt").selectOption("");
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await page.getByRole("button", { name: "Document aanmaken" }).click();
  await expect(page).toHaveURL(new RegExp(`/werkplek/zoetermeer/${YEAR}\\?stuk=begroting`), { timeout: 15_000 });
}

test("a controller adds an indicator with a free unit and a begrotingspost with a taakveld", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "controller@zoetermeer.demo", DEMO_PASSWORD);
  await createBegroting(page);
  structure("setup");

  await page.goto(`${BASE}/indicatoren?stuk=begroting`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Indicatoren · programma 91");
  await expect(page.getByText("Dit programma heeft in dit document nog geen indicatoren.")).toBeVisible();
  const add = page.getByRole("form", { name: "Nieuwe indicator" });
  await add.getByLabel("Naam", { exact: true }).fill("Hoeveelheid restafval");
  await add.getByLabel("Eenheid", { exact: true }).selectOption("OVERIG");
  await add.getByLabel("Eenheid in woorden (bij een andere eenheid)").fill("kg per inwoner");
  await add.getByLabel("Aantal decimalen (0 tot en met 4)").fill("0");
  await add.getByLabel("Richting").selectOption("LOWER_IS_BETTER");
  await add.getByLabel("Bron (niet verplicht)").fill("Afvalmonitor");
  await add.getByLabel("Doelstelling").selectOption({ label: "91.1 Minder restafval" });
  // A refusal keeps what was typed: a minimum above the maximum first.
  await add.getByLabel("Laagste waarde (niet verplicht)").fill("500");
  await add.getByLabel("Hoogste waarde (niet verplicht)").fill("100");
  await add.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(add.getByRole("status")).toContainText("De hoogste waarde moet groter zijn dan of gelijk zijn aan de laagste waarde");
  await expect(add.getByLabel("Eenheid in woorden (bij een andere eenheid)")).toHaveValue("kg per inwoner");
  await add.getByLabel("Hoogste waarde (niet verplicht)").fill("1000");
  await add.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(add.getByRole("status")).toContainText('Indicator "Hoeveelheid restafval" is toegevoegd');
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Hoeveelheid restafval" }) });
  await expect(item).toContainText("Eenheid: kg per inwoner · 0 decimalen · bron: Afvalmonitor · doelstelling 91.1 Minder restafval");
  await expect(page.getByRole("form", { name: "BBV-beleidsindicatoren toevoegen" }).getByRole("checkbox")).toHaveCount(34);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: "test-results/indicatoren-1280.png", fullPage: true });

  await page.goto(`${BASE}/begrotingsposten?stuk=begroting`);
  const line = page.getByRole("form", { name: "Nieuwe begrotingspost" });
  await line.getByLabel("Soort").selectOption("EXPENSES");
  await line.getByLabel("Omschrijving").fill("Inzameling restafval");
  await line.getByLabel("Product (niet verplicht)").fill("Afval");
  await line.getByLabel("Iv3-taakveld").selectOption("7.3");
  await line.getByRole("button", { name: "Begrotingspost toevoegen" }).click();
  await expect(line.getByRole("status")).toContainText('Begrotingspost "Inzameling restafval" is toegevoegd');
  await expect(page.getByRole("listitem").filter({ hasText: "Lasten: Inzameling restafval" })).toContainText("Taakveld: 7.3 Afval · product: Afval");
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: "test-results/begrotingsposten-1280.png", fullPage: true });

  // The programme's data entry now has the empty rows to fill in.
  await page.goto(`/werkplek/zoetermeer/${YEAR}/programma/91?stuk=begroting`);
  await expect(page.getByText("Hoeveelheid restafval").first()).toBeVisible();
  await expect(page.getByText("Inzameling restafval").first()).toBeVisible();
  // ...and links back to the editors, for the controller who may change the structure.
  await page.getByRole("link", { name: "indicatoren", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/indicatoren\\?stuk=begroting`));

  await page.setViewportSize({ width: 375, height: 800 });
  for (const editor of ["indicatoren", "begrotingsposten"]) {
    await page.goto(`${BASE}/${editor}?stuk=begroting`);
    await page.getByText("Wijzigen").first().click();
    await expectNoAccessibilityViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/${editor}-375.png`, fullPage: true });
  }
});
