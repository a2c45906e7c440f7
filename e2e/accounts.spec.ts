import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";

// Accounts from start to finish: a beheerder invites someone who has no
// account yet, that person chooses a password through the one-time link,
// signs in, changes the password, and is shut out when the beheerder blocks
// the account — for good: unblocking means signing in again.

const FIRST_PASSWORD = "een zin als wachtwoord";
const SECOND_PASSWORD = "nog een langere zin";

// The journey signs in four times and sets two passwords: each a bcrypt hash,
// which on a busy 2-core machine takes seconds, so the 30 s default ran out
// (seen in a full run beside other work). A budget, not a timing assertion.
test.describe.configure({ timeout: 120_000 });

test("beheerder nodigt een nieuw iemand uit; die kiest een wachtwoord, logt in, wijzigt het en wordt na blokkeren buitengesloten", async ({ browser }) => {
  const email = `e2e-${Date.now()}@zoetermeer.test`;
  const name = `E2E Nieuwkomer ${Date.now()}`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "beheerder@zoetermeer.demo", DEMO_PASSWORD);
  await admin.getByRole("link", { name: "Gebruikers en rollen van Zoetermeer" }).click();

  // Without a name, an unknown address is refused next to the name field; what was typed stays.
  const addForm = admin.getByRole("form", { name: "Iemand toevoegen" });
  await addForm.getByLabel("E-mailadres").fill(email);
  await addForm.getByLabel("Rol").selectOption({ label: "Lezer" });
  await addForm.getByRole("button", { name: "Toevoegen" }).click();
  await expect(addForm.getByLabel("Naam")).toHaveAttribute("aria-invalid", "true");
  await expect(addForm.getByLabel("E-mailadres")).toHaveValue(email);
  await addForm.getByLabel("Naam").fill(name);
  await addForm.getByRole("button", { name: "Toevoegen" }).click();
  await expect(addForm.getByText(`Account voor ${name} gemaakt`)).toBeVisible();
  const link = await addForm.getByLabel(/Link om een wachtwoord in te stellen/).inputValue();
  expect(link).toMatch(/\/wachtwoord-instellen\/[A-Za-z0-9_-]{43}$/);
  await expectNoAccessibilityViolations(admin);

  // The newcomer, in another browser: choose a password (a short one first).
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { name: "Wachtwoord kiezen" })).toBeVisible();
  await expectNoAccessibilityViolations(newcomer);
  await newcomer.getByLabel("Nieuw wachtwoord", { exact: true }).fill("te kort");
  await newcomer.getByLabel("Herhaal het nieuwe wachtwoord").fill("te kort");
  await newcomer.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(newcomer.getByRole("link", { name: "Nieuw wachtwoord: Kies een wachtwoord van minstens 12 tekens" })).toBeVisible();
  await newcomer.getByLabel("Nieuw wachtwoord", { exact: true }).fill(FIRST_PASSWORD);
  await newcomer.getByLabel("Herhaal het nieuwe wachtwoord").fill(FIRST_PASSWORD);
  await newcomer.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(newcomer).toHaveURL(/\/inloggen\?wachtwoord=ingesteld/);
  await expect(newcomer.getByText("Uw wachtwoord is ingesteld.")).toBeVisible();

  await signIn(newcomer, email, FIRST_PASSWORD);
  await expect(newcomer.getByRole("list", { name: "Uw gemeenten en rollen" })).toContainText("Lezer");

  // The link worked once.
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(other.getByText(/^Deze link werkt niet \(meer\)/)).toBeVisible();

  // Changing the password keeps this session.
  await newcomer.getByRole("link", { name: "Mijn account" }).click();
  await newcomer.getByLabel("Huidig wachtwoord").fill(FIRST_PASSWORD);
  await newcomer.getByLabel("Nieuw wachtwoord", { exact: true }).fill(SECOND_PASSWORD);
  await newcomer.getByLabel("Herhaal het nieuwe wachtwoord").fill(SECOND_PASSWORD);
  await newcomer.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(newcomer.getByText("Uw wachtwoord is gewijzigd.")).toBeVisible();
  await newcomer.reload();
  await expect(newcomer.getByRole("heading", { name: "Mijn account" })).toBeVisible();

  // In another browser: the new password signs in, the first one no longer does.
  const check = await (await browser.newContext()).newPage();
  await check.goto("/inloggen");
  await check.getByLabel("E-mailadres").fill(email);
  await check.getByLabel("Wachtwoord").fill(FIRST_PASSWORD);
  await check.getByRole("button", { name: "Inloggen" }).click();
  await expect(check.getByText("E-mailadres of wachtwoord onjuist", { exact: false })).toBeVisible();
  await signIn(check, email, SECOND_PASSWORD);

  // The beheerder sees the account active, and blocks it: the next request of the newcomer is refused.
  await admin.reload();
  const card = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name }) });
  await expect(card).toContainText("Actief");
  await card.getByRole("button", { name: `Account blokkeren: ${name}` }).click();
  await expect(card.getByText(`Het account van ${name} is geblokkeerd.`)).toBeVisible();
  await expect(card).toContainText("Geblokkeerd");
  await newcomer.goto("/werkplek");
  await expect(newcomer).toHaveURL(/\/inloggen/);
  await newcomer.getByLabel("E-mailadres").fill(email);
  await newcomer.getByLabel("Wachtwoord").fill(SECOND_PASSWORD);
  await newcomer.getByRole("button", { name: "Inloggen" }).click();
  await expect(newcomer.getByText("E-mailadres of wachtwoord onjuist, of te veel pogingen.", { exact: false })).toBeVisible();
  await expect(newcomer).toHaveURL(/\/inloggen/);

  // Unblocking lets the newcomer sign in again, but does not revive the session that began before the block.
  await card.getByRole("button", { name: `Account deblokkeren: ${name}` }).click();
  await expect(card.getByText(`Het account van ${name} is gedeblokkeerd.`)).toBeVisible();
  await check.goto("/werkplek");
  await expect(check).toHaveURL(/\/inloggen/);
  await signIn(newcomer, email, SECOND_PASSWORD);
  await expect(newcomer.getByRole("list", { name: "Uw gemeenten en rollen" })).toContainText("Lezer");
});
