import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";

// The beheerder sets Zoetermeer's toelichtingsgrens, sees it saved and in the
// open data, and puts back what was there before (the seeded state: none).

const SETTINGS = "/werkplek/zoetermeer/instellingen";

async function settingsApi(page: Page) {
  const response = await page.request.get("/api/v1/gemeenten/zoetermeer");
  expect(response.ok()).toBe(true);
  return (await response.json()).instellingen.toelichtingsgrens as { bedrag: string | null; percentage: string | null; regel: string };
}

async function fillThreshold(page: Page, amount: string, percent: string) {
  await page.getByLabel("Bedrag (€)").fill(amount);
  await page.getByLabel("Percentage (%)").fill(percent);
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
}

test("beheerder: stelt een toelichtingsgrens in, ziet die opgeslagen en openbaar, en zet de oude waarde terug", async ({ page }) => {
  await signIn(page, "beheerder@zoetermeer.demo", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Instellingen van Zoetermeer" }).click();
  await expect(page).toHaveURL(SETTINGS);
  await expect(page.getByRole("heading", { name: "Instellingen van Zoetermeer" })).toBeVisible();
  const previous = {
    amount: await page.getByLabel("Bedrag (€)").inputValue(),
    percent: await page.getByLabel("Percentage (%)").inputValue(),
    api: await settingsApi(page),
  };
  await expectNoAccessibilityViolations(page);

  try {
    // A percentage with three decimals is refused next to the field; the input stays.
    await fillThreshold(page, "€ 100.000", "2,555");
    await expect(page.getByRole("heading", { name: "Niet opgeslagen" })).toBeVisible();
    await expect(page.getByLabel("Percentage (%)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Bedrag (€)")).toHaveValue("€ 100.000");
    await expect(page.getByRole("link", { name: "Percentage: Maximaal 2 decimalen" })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await fillThreshold(page, "€ 100.000", "");
    await expect(page.getByText("De instellingen zijn opgeslagen.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Bedrag (€)")).toHaveValue("100.000");
    await expect(page.getByLabel("Percentage (%)")).toHaveValue("");
    expect(await settingsApi(page)).toEqual({ ...previous.api, bedrag: "100000" });
  } finally {
    await page.goto(SETTINGS);
    await fillThreshold(page, previous.amount, previous.percent);
    await expect(page.getByRole("status").getByText(/De instellingen zijn opgeslagen\.|Er was niets gewijzigd\./)).toBeVisible();
  }
  expect(await settingsApi(page)).toEqual(previous.api);
});

test("lezer en andere rollen zien geen beheerlinks en krijgen de beheerpagina's niet", async ({ page }) => {
  await signIn(page, "controller@zoetermeer.demo", DEMO_PASSWORD);
  await expect(page.getByRole("link", { name: /Instellingen van|Gebruikers en rollen van|Gemeente aanmaken/ })).toHaveCount(0);
  for (const path of [SETTINGS, "/werkplek/zoetermeer/gebruikers", "/werkplek/gemeenten/nieuw", "/werkplek/accounts"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test("beheerder: de pagina gebruikers en rollen toont de leden met hun rollen en programma's", async ({ page }) => {
  await signIn(page, "beheerder@zoetermeer.demo", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Gebruikers en rollen van Zoetermeer" }).click();
  await expect(page.getByRole("heading", { name: "Gebruikers en rollen van Zoetermeer" })).toBeVisible();
  await expect(page.getByRole("group", { name: /Programma's van .* \(beleidsadviseur\)/ }).first()).toBeVisible();
  // An unknown address without a name is refused with a Dutch message next to the name; no account is created.
  await page.getByLabel("E-mailadres").fill("niemand@zoetermeer.demo");
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText("Er is nog geen account met dit e-mailadres", { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel("Naam")).toHaveAttribute("aria-invalid", "true");
  await expectNoAccessibilityViolations(page);
});
