import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";
import { resetWorkspace, runToken } from "./support/workspace";

// The texts of decision 011 on the demo working document "Jaarstukken 2025
// (werkdocument, demo)" of Zoetermeer, programma 6: the advisor answers a
// goal's W-questions with a list and a heading and submits them; the
// controller sees them rendered as they will be printed and approves them.
// Starts and ends with the working documents as the seed makes them.

const TEXTS = "/werkplek/zoetermeer/2025/programma/6/teksten?stuk=jaarstukken";
const REVIEW = "/werkplek/zoetermeer/2025/beoordelen?stuk=jaarstukken";

test.describe.configure({ timeout: 120_000 });
test.afterAll(() => resetWorkspace("leeg"));

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

async function axeAtBothWidths(page: Page) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAccessibilityViolations(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("beleidsadviseur schrijft de antwoorden van een doelstelling met een opsomming en een kopje, dient ze in; de controller keurt ze goed", async ({ browser }) => {
  const token = runToken();
  resetWorkspace("leeg");
  const advisor = await signedIn(browser, "advies@zoetermeer.demo");

  // From the programme's entry page to its texts.
  await advisor.goto("/werkplek/zoetermeer/2025/programma/6?stuk=jaarstukken");
  await advisor.getByRole("link", { name: "Teksten van programma 6" }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: /Teksten programma 6/ })).toBeVisible();
  await expect(advisor.getByText("Lege regel = nieuwe alinea", { exact: false }).first()).toBeVisible();

  const goal = advisor.getByRole("form", { name: /^Teksten Doelstelling/ }).first();
  const goalName = (await goal.getAttribute("aria-label"))!.replace(/^Teksten /, "");
  // The jaarstukken ask what was achieved, done and spent; the intention is the begroting's, read-only.
  await expect(goal.getByText("Wat wilden we bereiken?")).toBeVisible();
  await expect(goal.getByRole("textbox", { name: "Wat wilden we bereiken?" })).toHaveCount(0);
  await goal.getByRole("textbox", { name: "Wat hebben we bereikt?" }).fill(`De dienstverlening is verbeterd (${token}).\n\n## Resultaten\n- kortere wachttijd\n- meer digitale afspraken`);
  await goal.getByRole("textbox", { name: "Wat hebben we daarvoor gedaan?" }).fill("We hebben het **afsprakensysteem** vernieuwd.");
  await goal.getByRole("button", { name: `Opslaan ${goalName}` }).click();
  await expect(goal.getByText("De teksten zijn opgeslagen (2 teksten gewijzigd).")).toBeVisible();

  // The preview is the saved text as the public page prints it.
  const saved = advisor.getByRole("form", { name: `Teksten ${goalName}` });
  await saved.getByText("Voorbeeld van de opgeslagen tekst").first().click();
  const preview = saved.locator(".pm-text-preview__body").first();
  await expect(preview.getByRole("heading", { level: 4, name: "Resultaten" })).toBeVisible();
  await expect(preview.getByRole("listitem")).toHaveText(["kortere wachttijd", "meer digitale afspraken"]);
  await axeAtBothWidths(advisor);

  await saved.getByRole("button", { name: `Indienen ${goalName}` }).click();
  await expect(advisor.getByText("De teksten zijn opgeslagen en ingediend bij de controller.")).toBeVisible();
  await advisor.reload();
  const section = advisor.getByRole("region", { name: goalName });
  await expect(section.getByText("Ingediend", { exact: true })).toBeVisible();

  // The controller reads the texts rendered, and approves them.
  const controller = await signedIn(browser, "controller@zoetermeer.demo");
  await controller.goto(REVIEW);
  const item = controller.getByRole("article", { name: goalName });
  await expect(item.getByRole("listitem")).toHaveText(["kortere wachttijd", "meer digitale afspraken"]);
  await expect(item.getByRole("heading", { name: "Resultaten" })).toBeVisible();
  await expect(item.locator("strong", { hasText: "afsprakensysteem" })).toBeVisible();
  await axeAtBothWidths(controller);
  await item.getByRole("button", { name: `Goedkeuren ${goalName}` }).click();
  await expect(item.getByText("Goedgekeurd.")).toBeVisible();

  await advisor.reload();
  await expect(advisor.getByRole("region", { name: goalName }).getByText("Goedgekeurd", { exact: true })).toBeVisible();
});

test("een tekst met HTML toont de tekens, nooit een element; een te lange tekst blijft staan met een Nederlandse fout", async ({ browser }) => {
  resetWorkspace("leeg");
  const advisor = await signedIn(browser, "advies@zoetermeer.demo");
  await advisor.goto(TEXTS);
  const goal = advisor.getByRole("form", { name: /^Teksten Doelstelling/ }).first();
  const goalName = (await goal.getAttribute("aria-label"))!.replace(/^Teksten /, "");
  const achieved = goal.getByRole("textbox", { name: "Wat hebben we bereikt?" });

  // Over the limit: the browser's maxlength is bypassed as a script could; the server refuses and keeps the text.
  const long = "x".repeat(20_001);
  await achieved.evaluate((el, value) => {
    el.removeAttribute("maxlength");
    (el as HTMLTextAreaElement).value = value;
  }, long);
  await goal.getByRole("button", { name: `Opslaan ${goalName}` }).click();
  const form = advisor.getByRole("form", { name: `Teksten ${goalName}` });
  await expect(form.getByText("Een tekst mag maximaal 20.000 tekens lang zijn").first()).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Wat hebben we bereikt?" })).toHaveValue(long);

  await form.getByRole("textbox", { name: "Wat hebben we bereikt?" }).fill("<script>alert(1)</script> <b>vet</b>");
  await form.getByRole("button", { name: `Opslaan ${goalName}` }).click();
  await expect(form.getByText("De teksten zijn opgeslagen", { exact: false })).toBeVisible();
  await form.getByText("Voorbeeld van de opgeslagen tekst").first().click();
  const preview = form.locator(".pm-text-preview__body").first();
  await expect(preview).toContainText("<script>alert(1)</script> <b>vet</b>");
  await expect(preview.locator("script, b")).toHaveCount(0);
});
