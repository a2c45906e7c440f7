import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";

test("de werkplek vraagt eerst om in te loggen", async ({ page }) => {
  await page.goto("/werkplek");
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("een fout wachtwoord zegt niet welk deel fout is en bewaart het e-mailadres", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("advies@zoetermeer.demo");
  await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Inloggen is niet gelukt" })).toBeVisible();
  await expect(page.getByText("E-mailadres of wachtwoord onjuist", { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveValue("advies@zoetermeer.demo");
  await expectNoAccessibilityViolations(page);
});

test("een beleidsadviseur logt in, ziet zijn rol en programma, en logt uit", async ({ page }) => {
  await signIn(page, "advies@zoetermeer.demo", DEMO_PASSWORD);
  const roles = page.getByRole("list", { name: "Uw gemeenten en rollen" });
  await expect(roles.getByRole("heading", { name: "Zoetermeer" })).toBeVisible();
  await expect(roles).toContainText("6 Dienstverlening en participatie");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1/);
  await page.goto("/werkplek");
  await expect(page).toHaveURL(/\/inloggen/);
});
