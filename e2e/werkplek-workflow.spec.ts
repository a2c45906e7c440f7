import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";
import { resetWorkspace, runToken } from "./support/workspace";

// The three journeys of issue 4 on the demo working documents (Zoetermeer
// 2025, programma 6): the streefwaarden (by the advisor) and the primitieve
// begroting (by the controller, in its grid) are entered in the begroting
// werkdocument, the realisaties in the jaarstukken
// werkdocument, which show the target and the computed begroting na wijziging
// read-only beside them (decision 009). Each starts by putting the documents in the
// state it needs (e2e/support/reset-workspace.ts), so they run in any order,
// and each checks what the public sees afterwards. Figures carry a token
// unique to the run, so a public page cached by an earlier run cannot pass a
// check by accident.

const PROGRAMME = "/werkplek/zoetermeer/2025/programma/6";
const BUDGET_PROGRAMME = `${PROGRAMME}?stuk=begroting`;
const REVIEW = "/werkplek/zoetermeer/2025/beoordelen";
const YEAR = "/werkplek/zoetermeer/2025";
const PUBLIC_PROGRAMME = "/zoetermeer/2025/programma/6";

// A journey through two documents and several users takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.afterAll(() => resetWorkspace("leeg"));

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

/** The public programme page does not show this run's figures (not published, or not at all). */
async function expectNotPublic(page: Page, token: string) {
  const response = await page.goto(PUBLIC_PROGRAMME);
  if (response?.status() === 404) return;
  await expect(page.getByText(token)).toHaveCount(0);
}

/**
 * Types one value per field, moving on with Tab only; each concept row ends with "Indienen" and "Geschiedenis".
 * An indicator row is [value, periode, toelichting]: the period field (decision 011) stays empty here.
 */
async function typeRows(page: Page, rows: string[][]) {
  for (const row of rows) {
    for (const value of row) {
      if (value) await page.keyboard.type(value);
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Tab"); // past the row's "Indienen" button
    await page.keyboard.press("Tab"); // past the row's "Geschiedenis" link
  }
}

test("beleidsadviseur: begroot het programma en vult daarna de realisatie in met het toetsenbord, krijgt een fout, verbetert en dient in", async ({ page, browser }) => {
  const token = runToken();
  resetWorkspace("leeg");

  // The controller enters the begroting werkdocument's primitieve begroting in its grid (decision 011).
  const controller = await signedIn(browser, "controller@zoetermeer.demo");
  await controller.goto(`${PROGRAMME}/begroting?stuk=begroting`);
  const primitief: [string, string][] = [
    ["Lasten: Continueren klanttevredenheid (6.1)", "12.500.000"],
    ["Baten: Continueren klanttevredenheid (6.1)", "5.000.000"],
    ["Toevoegingen aan reserves: Continueren klanttevredenheid (6.1)", "0"],
    ["Onttrekkingen aan reserves: Continueren klanttevredenheid (6.1)", "20.000"],
    ["Lasten: Bevorderen van de participatie (6.2)", "6.500.000"],
    ["Baten: Bevorderen van de participatie (6.2)", "40.000"],
    ["Toevoegingen aan reserves: Bevorderen van de participatie (6.2)", "0"],
    ["Onttrekkingen aan reserves: Bevorderen van de participatie (6.2)", "0"],
  ];
  for (const [line, amount] of primitief) await controller.getByRole("textbox", { name: `${line}, Begroting 2025`, exact: true }).fill(amount);
  await controller.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(controller.getByText("Opgeslagen: 8 bedragen gewijzigd.")).toBeVisible();

  await signIn(page, "advies@zoetermeer.demo", DEMO_PASSWORD);
  // The begroting werkdocument owns the streefwaarden; its primitieve begroting is read-only for the advisor.
  await page.goto(BUDGET_PROGRAMME);
  await expect(page.getByRole("note", { name: "Demowerkdocument" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /Primitieve begroting/ })).toHaveCount(0);
  const firstTarget = page.getByRole("group", { name: /tevredenheid gehele dienstverlening/ });
  await expect(firstTarget.getByLabel("Realisatie 2025")).toHaveCount(0);
  await firstTarget.getByLabel("Streefwaarde 2025").focus();
  await typeRows(page, [
    ["7,4", "", ""],
    ["7,3", "", ""],
    ["6,9", "", ""],
    ["7,0", "", ""],
  ]);
  await expect(page.getByRole("button", { name: "Opslaan", exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Opslaan en indienen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Opgeslagen: 4 cijfers gewijzigd. 4 cijfers ingediend ter beoordeling.")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The jaarstukken werkdocument owns the realisaties; target and budget stand beside them, read-only.
  await page.goto("/werkplek");
  await page.getByRole("link", { name: "Jaarstukken 2025 (werkdocument, demo)" }).click();
  await page.getByRole("link", { name: "Invoeren: Programma 6 Dienstverlening en participatie" }).click();
  await expect(page).toHaveURL(/\/werkplek\/zoetermeer\/2025\/programma\/6/);
  const first = page.getByRole("group", { name: /tevredenheid gehele dienstverlening/ });
  // The begroting werkdocument is still concept: its target is shown as a proposal, not as adopted.
  await expect(first.getByText("uit Begroting 2025 (werkdocument, demo), nog niet vastgesteld")).toBeVisible();
  await expect(first.getByText("7,4", { exact: true })).toBeVisible();
  await expect(first.getByLabel("Streefwaarde 2025")).toHaveCount(0);
  const lasten = page.getByRole("group", { name: /Lasten: Continueren klanttevredenheid/ });
  await expect(lasten.getByText("€ 12.500.000", { exact: true })).toBeVisible();
  await expect(lasten.getByText("berekend: primitieve begroting plus vastgestelde wijzigingen")).toBeVisible();
  await expect(page.getByRole("textbox", { name: /Begroting na wijziging/ })).toHaveCount(0);

  // Keyboard only: the first field, then Tab through the programme in reading order.
  await first.getByLabel("Realisatie 2025").focus();
  await typeRows(page, [
    ["7.0.0", "", ""], // a typo: a point where a comma belongs
    ["7,5", "", ""],
    ["", "", `Tweejaarlijkse peiling: geen meting in 2025 (${token}).`],
    ["7,2", "", ""],
    ["12.548.000", ""],
    ["€ 5.304.000", ""],
    ["0", ""],
    ["18.000", ""],
    ["6.719.000", ""],
    ["46.000", ""],
    ["0", ""],
    ["0", ""],
  ]);
  await expect(page.getByRole("button", { name: "Opslaan", exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Opslaan en indienen" })).toBeFocused();
  await page.keyboard.press("Enter");

  // Refused with a Dutch message next to the field; what was typed is still there.
  await expect(page.getByRole("heading", { name: "Niet opgeslagen" })).toBeVisible();
  await expect(first.getByText("Gebruik een komma voor decimalen, bijvoorbeeld 7,4", { exact: false })).toBeVisible();
  await expect(first.getByLabel("Realisatie 2025")).toHaveValue("7.0.0");
  await expect(first.getByLabel("Realisatie 2025")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("group", { name: /Baten: Continueren klanttevredenheid/ }).getByLabel("Realisatie (€)")).toHaveValue("€ 5.304.000");
  await expectNoAccessibilityViolations(page);

  // From the error summary to the field, and fix it: 7,0 against the adopted 7,4 misses the target.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Realisatie bij Gemiddeld rapportcijfer tevredenheid/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(first.getByLabel("Realisatie 2025")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("7,0");
  await expect(first.getByText("Toelichting verplicht: de streefwaarde is niet gehaald")).toBeVisible();
  await page.getByRole("button", { name: "Opslaan en indienen" }).press("Enter");

  // The server refuses to submit while the required toelichting is empty.
  await expect(page.getByText("Indienen kan nog niet", { exact: false })).toBeVisible();
  await expect(first.getByLabel("Toelichting")).toHaveAttribute("aria-invalid", "true");
  await expect(first.getByLabel("Realisatie 2025")).toHaveValue("7,0");
  await first.getByLabel("Toelichting").focus();
  await page.keyboard.type(`Het cijfer is gelijk gebleven (${token}).`);
  await page.getByRole("button", { name: "Opslaan en indienen" }).press("Enter");
  await expect(page.getByText("Opgeslagen: 12 cijfers gewijzigd. 12 cijfers ingediend ter beoordeling.")).toBeVisible();
  await expect(first.getByText("Ingediend", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: /Recente wijzigingen/ }).getByText("Ingediend").first()).toBeVisible();

  // Concept and submitted figures are not public.
  await expectNotPublic(page, token);
});

test("beleidsadviseur: dient één cijfer in vanaf zijn rij, met het toetsenbord; Enter in een veld slaat alleen op", async ({ page }) => {
  const token = runToken();
  resetWorkspace("begroot");
  await signIn(page, "advies@zoetermeer.demo", DEMO_PASSWORD);
  await page.goto(PROGRAMME);
  const first = page.getByRole("group", { name: /tevredenheid gehele dienstverlening/ });
  const digital = page.getByRole("group", { name: /aanvraag en afhandeling van digitale producten/ });
  const submitFirst = page.getByRole("button", { name: /^Indienen: Gemiddeld rapportcijfer tevredenheid gehele dienstverlening/ });
  // The begroting's target (7,0) and budget stand read-only beside the empty realisaties.
  // The begroting werkdocument is still concept: its target is shown as a proposal, not as adopted.
  await expect(first.getByText("uit Begroting 2025 (werkdocument, demo), nog niet vastgesteld")).toBeVisible();
  await expect(page.getByRole("group", { name: /Lasten: Continueren klanttevredenheid/ }).getByText("€ 1.000.000", { exact: true })).toBeVisible();

  // Enter in a field saves; it does not submit the first row, whose "Indienen" comes first in the form.
  await digital.getByLabel("Realisatie 2025").focus();
  await page.keyboard.type("7,1");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Opgeslagen: 1 cijfer gewijzigd.", { exact: true })).toBeVisible();
  await expect(digital.getByText("Concept", { exact: true })).toBeVisible();

  // A realisatie that misses the adopted 7,0, an empty toelichting, then Tab to the row's own "Indienen".
  await first.getByLabel("Realisatie 2025").focus();
  await page.keyboard.type("6,8");
  await page.keyboard.press("Tab"); // periode
  await page.keyboard.press("Tab"); // toelichting
  await page.keyboard.press("Tab");
  await expect(submitFirst).toBeFocused();
  await page.keyboard.press("Enter");

  // Refused next to the field, with what was typed kept.
  await expect(page.getByText("Indienen kan nog niet", { exact: false })).toBeVisible();
  await expect(first.getByLabel("Toelichting")).toHaveAttribute("aria-invalid", "true");
  await expect(first.getByText("Toelichting verplicht: de streefwaarde is niet gehaald").first()).toBeVisible();
  await expect(first.getByLabel("Realisatie 2025")).toHaveValue("6,8");
  await expectNoAccessibilityViolations(page);

  await first.getByLabel("Toelichting").focus();
  await page.keyboard.type(`Het cijfer is gedaald (${token}).`);
  await page.keyboard.press("Tab");
  await expect(submitFirst).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Opgeslagen: 1 cijfer gewijzigd. 1 cijfer ingediend ter beoordeling.")).toBeVisible();

  // Only that figure went; the one saved before is still a concept and still offers "Indienen".
  await expect(first.getByText("Ingediend", { exact: true })).toBeVisible();
  await expect(submitFirst).toHaveCount(0);
  await expect(digital.getByText("Concept", { exact: true })).toBeVisible();
  await expect(digital.getByRole("button", { name: /^Indienen: / })).toBeVisible();
  await expectNotPublic(page, token);
});

test("controller: stuurt een cijfer terug met een vraag en keurt het goed na het antwoord", async ({ page, browser }) => {
  const token = runToken();
  resetWorkspace("ingediend", token);
  await signIn(page, "controller@zoetermeer.demo", DEMO_PASSWORD);
  await page.goto(REVIEW);
  const digital = page.getByRole("article", { name: /aanvraag en afhandeling van digitale producten/ });
  await digital.getByLabel("Vraag of opmerking").fill(`Hoe verhoudt dit zich tot Klant in focus? (${token})`);
  await digital.getByRole("button", { name: /^Terugsturen/ }).click();
  await expect(digital.getByText("Teruggestuurd met uw vraag.")).toBeVisible();
  await expect(digital.getByText("Teruggestuurd", { exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Terugsturen without a question is refused, next to the field.
  const participation = page.getByRole("article", { name: /proces van participatie/ });
  await participation.getByRole("button", { name: /^Terugsturen/ }).click();
  await expect(participation.getByText("Schrijf bij het terugsturen uw vraag of opmerking")).toBeVisible();

  // The advisor answers by changing the toelichting, and submits again.
  const advisor = await signedIn(browser, "advies@zoetermeer.demo");
  await advisor.goto(PROGRAMME);
  const row = advisor.getByRole("group", { name: /aanvraag en afhandeling van digitale producten/ });
  await expect(row.getByText(`Hoe verhoudt dit zich tot Klant in focus? (${token})`)).toBeVisible();
  await row.getByLabel("Toelichting").fill(`Klant in focus meet sinds juli 2024 (${token}).`);
  await advisor.getByRole("button", { name: "Opslaan en indienen" }).click();
  await expect(advisor.getByText("Opgeslagen: 1 cijfer gewijzigd. 1 cijfer ingediend ter beoordeling.")).toBeVisible();

  // The controller sees the answer and approves.
  await page.reload();
  await expect(digital.getByText(`Klant in focus meet sinds juli 2024 (${token}).`)).toBeVisible();
  await digital.getByRole("button", { name: /^Goedkeuren/ }).click();
  await expect(digital.getByText("Goedgekeurd.")).toBeVisible();
  await expect(digital.getByText("Goedgekeurd", { exact: true })).toBeVisible();

  // Its history shows the whole exchange.
  await digital.getByRole("link", { name: /Geschiedenis/ }).click();
  const history = page.getByRole("table", { name: /Geschiedenis van/ });
  for (const text of ["Ingediend", "Teruggestuurd", "Goedgekeurd", `Hoe verhoudt dit zich tot Klant in focus? (${token})`]) {
    await expect(history.getByText(text, { exact: false }).first()).toBeVisible();
  }
  await expectNoAccessibilityViolations(page);

  // Approved, but the document is not published: still not public.
  await expectNotPublic(page, token);
});

test("beheerder: stelt het jaar vast, waarna wijzigen mislukt, en publiceert", async ({ page, browser }) => {
  const token = runToken();
  resetWorkspace("goedgekeurd", token);

  // An advisor has the form open from before the lock.
  const advisor = await signedIn(browser, "advies@zoetermeer.demo");
  await advisor.goto(PROGRAMME);
  const row = advisor.getByRole("group", { name: /tevredenheid gehele dienstverlening/ });
  await expect(row.getByText("Goedgekeurd", { exact: true })).toBeVisible();
  await expectNotPublic(page, token);

  await signIn(page, "beheerder@zoetermeer.demo", DEMO_PASSWORD);
  await page.goto(YEAR);
  await page.getByRole("button", { name: "Vaststellen (cijfers vergrendelen)" }).click();
  await expect(page.getByText("De status is nu: vastgesteld.")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The edit attempt from the open form fails on the server; the input stays.
  await row.getByLabel("Realisatie 2025").fill("6,1");
  await advisor.getByLabel("Reden van wijziging").fill("Nagekomen meting");
  await advisor.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(advisor.getByText("Dit document is vastgesteld of gepubliceerd: de cijfers kunnen niet meer worden gewijzigd.")).toBeVisible();
  await expect(row.getByLabel("Realisatie 2025")).toHaveValue("6,1");
  await advisor.reload();
  await expect(advisor.getByRole("textbox")).toHaveCount(0);
  await expect(advisor.getByText("de cijfers zijn vergrendeld", { exact: false })).toBeVisible();
  // Vaststellen locks what the jaarstukken own, not the begroting's targets.
  await advisor.goto(BUDGET_PROGRAMME);
  await expect(advisor.getByRole("group", { name: /tevredenheid gehele dienstverlening/ }).getByLabel("Streefwaarde 2025")).toBeEditable();

  // Locked but not published: not public.
  await expectNotPublic(advisor, token);

  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText("De status is nu: gepubliceerd.")).toBeVisible();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(PUBLIC_PROGRAMME);
  await expect(visitor.getByRole("heading", { level: 1, name: "Programma 6 Dienstverlening en participatie" })).toBeVisible();
  await expect(visitor.getByText(`Toelichting ${token} bij Gemiddeld rapportcijfer tevredenheid gehele dienstverlening`)).toBeVisible();
  await expect(visitor.getByText("6,1")).toHaveCount(0);

  // A step back needs a reason, and takes the document off the public site again.
  await page.getByRole("button", { name: "Publicatie intrekken" }).click();
  await expect(page.getByText("Geef een reden", { exact: false }).first()).toBeVisible();
  await page.getByLabel("Reden").fill(`Alleen een test (${token})`);
  await page.getByRole("button", { name: "Publicatie intrekken" }).click();
  await expect(page.getByText("De status is nu: vastgesteld.")).toBeVisible();
  expect((await visitor.goto(PUBLIC_PROGRAMME))?.status()).toBe(404);
});

test("de werkplek van een gemeente is dicht voor wie er geen rol heeft, en past op een telefoon", async ({ page, browser }) => {
  resetWorkspace("ingediend");
  // Signed out: to the sign-in page, and back afterwards.
  await page.goto(PROGRAMME);
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fwerkplek%2Fzoetermeer%2F2025%2Fprogramma%2F6/);

  // Zoetermeer's concept figures are not found for Hilversum's advisor — not even their history.
  const zoetermeer = await signedIn(browser, "lezer@zoetermeer.demo");
  await zoetermeer.goto(PROGRAMME);
  const historyHref = await zoetermeer.getByRole("link", { name: /geschiedenis van Gemiddeld rapportcijfer tevredenheid/ }).getAttribute("href");
  const hilversum = await signedIn(browser, "advies@hilversum.demo");
  for (const path of [YEAR, PROGRAMME, REVIEW, historyHref!]) {
    expect((await hilversum.goto(path))?.status(), path).toBe(404);
    await expect(hilversum.getByText("Gemiddeld rapportcijfer")).toHaveCount(0);
  }

  // The entry form and the review list fit a 375 px screen.
  for (const [email, path] of [["advies@zoetermeer.demo", PROGRAMME], ["advies@zoetermeer.demo", BUDGET_PROGRAMME], ["controller@zoetermeer.demo", REVIEW]] as const) {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    await signIn(phone, email, DEMO_PASSWORD);
    await phone.goto(path);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} schuift horizontaal`).toBeLessThanOrEqual(0);
  }
});
