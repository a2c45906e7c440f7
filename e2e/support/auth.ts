import { expect, type Page } from "@playwright/test";

/** The demo accounts' shared password (prisma/demo/users.ts; demo mode only). */
export const DEMO_PASSWORD = "programmamonitor-demo";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  // Checking the password is a bcrypt comparison: seconds on a busy machine.
  await expect(page).toHaveURL(/\/werkplek/, { timeout: 15_000 });
}
