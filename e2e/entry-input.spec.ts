import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support/auth";
import { resetWorkspace } from "./support/workspace";

// Input the programme form must survive (issue 8): a value with more
// decimals than its indicator has, and a toelichting of 1 MB. Both answer in
// Dutch next to the field, and the rest of what was typed stays.

const PROGRAMME = "/werkplek/zoetermeer/2025/programma/6";
const FIRST = /tevredenheid gehele dienstverlening/;
const SECOND = /aanvraag en afhandeling van digitale producten/;
const LENGTH_MESSAGE = "Een toelichting mag maximaal 5.000 tekens lang zijn";
const ONE_MB = 1024 * 1024;

// A megabyte typed, posted and rendered back takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

// Both tests are refused and save nothing, so one reset before them is enough.
test.beforeAll(() => resetWorkspace("leeg"));

test.beforeEach(async ({ page }) => {
  await signIn(page, "advies@zoetermeer.demo", DEMO_PASSWORD);
  await page.goto(PROGRAMME);
});

test.afterAll(() => resetWorkspace("leeg"));

test("7,45 op een rapportcijfer met 1 decimaal: 'Maximaal 1 decimaal' bij het veld, de rest blijft staan", async ({ page }) => {
  const first = page.getByRole("group", { name: FIRST });
  const second = page.getByRole("group", { name: SECOND });
  await first.getByLabel("Realisatie 2025").fill("7,45");
  await second.getByLabel("Realisatie 2025").fill("7,1");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Niet opgeslagen" })).toBeVisible();
  await expect(first.getByText("Maximaal 1 decimaal")).toBeVisible();
  await expect(first.getByLabel("Realisatie 2025")).toHaveAttribute("aria-invalid", "true");
  await expect(first.getByLabel("Realisatie 2025")).toHaveValue("7,45");
  await expect(second.getByLabel("Realisatie 2025")).toHaveValue("7,1");
});

test("een toelichting van 1 MB: de Nederlandse lengtemelding bij het veld, en alles wat getypt is blijft staan", async ({ page }) => {
  const first = page.getByRole("group", { name: FIRST });
  const second = page.getByRole("group", { name: SECOND });
  await second.getByLabel("Realisatie 2025").fill("7,1");

  // Pasted in a browser: the text area takes 5.000 characters and says why the rest is not there.
  const explanation = first.getByLabel("Toelichting");
  await explanation.fill("x".repeat(ONE_MB));
  expect(await explanation.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(5000);
  await expect(first.getByText(LENGTH_MESSAGE, { exact: false })).toBeVisible();

  // A client that ignores maxLength posts the whole megabyte: the server answers in Dutch, next to the field.
  await explanation.evaluate((el: HTMLTextAreaElement, size) => {
    el.removeAttribute("maxlength");
    el.value = "y".repeat(size);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, ONE_MB);
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Niet opgeslagen" })).toBeVisible();
  await expect(first.getByText(LENGTH_MESSAGE)).toBeVisible();
  expect(await first.getByLabel("Toelichting").evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(ONE_MB);
  await expect(second.getByLabel("Realisatie 2025")).toHaveValue("7,1");
});
