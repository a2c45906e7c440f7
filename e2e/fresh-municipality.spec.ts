import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { DEMO_PASSWORD, signIn } from "./support/auth";

// Issue 10 point 7, as a new municipality would live it: the platform
// administrator creates Ede from the CBS list with its first beheerder; the
// beheerder creates jaarstukken 2022 from nothing, builds a programme with a
// goal, an indicator and a budget table (lasten, baten, toevoeging and
// onttrekking reserve), enters the beginstand (primitieve begroting 2022 and
// rekening 2021, which no document in the monitor holds) and one
// begrotingswijziging, and invites an advisor and a controller; the advisor
// enters realisatie and texts and submits; the controller approves; the
// beheerder adopts and publishes; the public page shows the table with the
// right V/N per line and the resultaat. Then begroting 2023 is started from
// the jaarstukken and shows the copied structure.
//
// Ede exists in no other spec and the e2e database is fresh per run. Each step
// logs its duration (test output), which the issue note uses for the hand timing.

test.describe.configure({ timeout: 360_000 });
// A wrong step fails within seconds, not at the end of the whole budget.
test.use({ actionTimeout: 20_000 });

const PASSWORD = "een-lang-wachtwoord-voor-ede";
const RUN = Date.now();
const people = {
  beheerder: { email: `beheerder-${RUN}@ede.test`, name: "Bea Beheer" },
  advisor: { email: `advies-${RUN}@ede.test`, name: "Adam Advies" },
  controller: { email: `controller-${RUN}@ede.test`, name: "Carla Controle" },
};

const started = Date.now();
let lap = started;
function step(name: string) {
  const now = Date.now();
  console.log(`[reis] ${name}: ${((now - lap) / 1000).toFixed(1)} s (totaal ${((now - started) / 1000).toFixed(0)} s)`);
  lap = now;
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Opens a one-time link, chooses the password and signs in. */
async function acceptInvitation(browser: Browser, link: string, email: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(link);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?wachtwoord=ingesteld/);
  await signIn(page, email, PASSWORD);
  return page;
}

async function invite(page: Page, who: { email: string; name: string }, role: string): Promise<string> {
  await page.goto("/werkplek/ede/gebruikers");
  const form = page.getByRole("form", { name: "Iemand toevoegen" });
  await form.getByLabel("E-mailadres").fill(who.email);
  await form.getByLabel("Naam").fill(who.name);
  await form.getByLabel("Rol").selectOption({ label: role });
  await form.getByRole("button", { name: "Toevoegen" }).click();
  await expect(form.getByText(`Account voor ${who.name} gemaakt`)).toBeVisible();
  return form.getByLabel(/Link om een wachtwoord in te stellen/).inputValue();
}

async function fillForm(page: Page, formName: string, fields: Record<string, string>, button: string) {
  const form = page.getByRole("form", { name: formName });
  for (const [label, value] of Object.entries(fields)) {
    const field = form.getByLabel(label, { exact: false }).first();
    if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption({ label: value });
    else await field.fill(value);
  }
  await form.getByRole("button", { name: button }).click();
  return form;
}

const LINES = [
  { soort: "Lasten", label: "Burgerzaken", begroting: "1.200.000", vorigJaar: "1.150.000", wijziging: "50.000", realisatie: "1.240.000" },
  { soort: "Baten", label: "Leges burgerzaken", begroting: "400.000", vorigJaar: "390.000", wijziging: "", realisatie: "380.000" },
  { soort: "Toevoeging reserve", label: "Reserve dienstverlening", begroting: "100.000", vorigJaar: "80.000", wijziging: "", realisatie: "100.000" },
  { soort: "Onttrekking reserve", label: "Reserve dienstverlening", begroting: "150.000", vorigJaar: "0", wijziging: "", realisatie: "150.000" },
] as const;
const HEADINGS = { Lasten: "Lasten", Baten: "Baten", "Toevoeging reserve": "Toevoegingen aan reserves", "Onttrekking reserve": "Onttrekkingen aan reserves" } as const;

test("een nieuwe gemeente zet haar eigen jaarstukken 2022 in de monitor, publiceert ze en begint de begroting 2023", async ({ browser }) => {
  // 1. The platform administrator creates Ede with its first beheerder.
  const platform = await newPage(browser);
  await signIn(platform, "beheerder@platform.demo", DEMO_PASSWORD);
  await platform.goto("/werkplek/gemeenten/nieuw");
  const create = platform.getByRole("form", { name: "Gemeente aanmaken" });
  await create.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Ede" });
  await create.getByLabel("E-mailadres eerste beheerder").fill(people.beheerder.email);
  await create.getByLabel("Naam eerste beheerder").fill(people.beheerder.name);
  await create.getByRole("button", { name: "Gemeente aanmaken" }).click();
  await expect(platform.getByText(/Gemeente Ede is aangemaakt/)).toBeVisible();
  const beheerderLink = await create.getByLabel(/Link om een wachtwoord in te stellen/).inputValue();
  const beheerder = await acceptInvitation(browser, beheerderLink, people.beheerder.email);
  step("gemeente en beheerder");

  // 2. Jaarstukken 2022 from nothing: the municipality's first year in the monitor.
  await beheerder.goto("/werkplek/ede/documenten/nieuw");
  await beheerder.getByLabel("Soort document").selectOption("JAARSTUKKEN");
  await beheerder.getByLabel("Jaar", { exact: true }).fill("2022");
  await beheerder.getByLabel("Startpunt").selectOption("");
  await beheerder.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await beheerder.getByRole("button", { name: "Document aanmaken" }).click();
  await expect(beheerder).toHaveURL(/\/werkplek\/ede\/2022\?stuk=jaarstukken/, { timeout: 15_000 });
  step("jaarstukken 2022 aangemaakt");

  // 3. A programme with a goal, an indicator and four budget lines.
  await beheerder.getByRole("link", { name: "Opbouw bewerken (programma's, doelen, activiteiten)" }).click();
  await fillForm(beheerder, "Programma toevoegen", { Nummer: "1", Naam: "Dienstverlening" }, "Programma toevoegen");
  await expect(beheerder.getByText("Programma 1 Dienstverlening is toegevoegd.")).toBeVisible();
  await beheerder.getByRole("link", { name: "Programma 1 Dienstverlening", exact: true }).click();
  await fillForm(beheerder, "Doel toevoegen", { Niveau: "Doelstelling", "Valt onder": "Bovenaan het programma", Code: "1.1", Naam: "Snel en goed geholpen" }, "Doel toevoegen");
  await expect(beheerder.getByText("Doelstelling 1.1 Snel en goed geholpen is toegevoegd.")).toBeVisible();

  await beheerder.getByRole("link", { name: /^Indicatoren/ }).first().click();
  const indicator = beheerder.getByRole("form", { name: "Nieuwe indicator" });
  await indicator.getByLabel("Naam", { exact: true }).fill("Tevredenheid over de dienstverlening");
  await indicator.getByLabel("Eenheid", { exact: true }).selectOption("RAPPORTCIJFER");
  await indicator.getByLabel("Aantal decimalen (0 tot en met 4)").fill("1");
  await indicator.getByLabel("Richting").selectOption("HIGHER_IS_BETTER");
  await indicator.getByLabel("Bron (niet verplicht)").fill("Klanttevredenheidsonderzoek");
  await indicator.getByLabel("Doelstelling").selectOption({ label: "1.1 Snel en goed geholpen" });
  await indicator.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(indicator.getByRole("status")).toContainText('Indicator "Tevredenheid over de dienstverlening" is toegevoegd');

  await beheerder.goto("/werkplek/ede/2022/structuur/1/begrotingsposten?stuk=jaarstukken");
  const categories = { Lasten: "EXPENSES", Baten: "INCOME", "Toevoeging reserve": "RESERVE_ADDITION", "Onttrekking reserve": "RESERVE_WITHDRAWAL" } as const;
  for (const line of LINES) {
    const form = beheerder.getByRole("form", { name: "Nieuwe begrotingspost" });
    await form.getByLabel("Soort").selectOption(categories[line.soort]);
    await form.getByLabel("Omschrijving").fill(line.label);
    await form.getByLabel("Iv3-taakveld").selectOption("0.2");
    await form.getByRole("button", { name: "Begrotingspost toevoegen" }).click();
    await expect(form.getByRole("status")).toContainText(`Begrotingspost "${line.label}" is toegevoegd`);
  }
  step("programma, doel, indicator en 4 begrotingsposten");

  // 4. The beginstand: what begroting 2022 and jaarstukken 2021 printed, never made in the monitor.
  await beheerder.goto("/werkplek/ede/2022/programma/1?stuk=jaarstukken");
  await beheerder.getByRole("link", { name: /^Beginstand/ }).click();
  await expect(beheerder.getByRole("heading", { level: 1 })).toHaveText("Beginstand programma 1 Dienstverlening");
  for (const line of LINES) {
    const name = (column: string) => `${column}, ${HEADINGS[line.soort]}: ${line.label}`;
    await beheerder.getByRole("textbox", { name: name("Primitieve begroting 2022 (€)"), exact: true }).fill(line.begroting);
    await beheerder.getByRole("textbox", { name: name("Rekening vorig jaar 2021 (€)"), exact: true }).fill(line.vorigJaar);
  }
  await beheerder.getByRole("textbox", { name: "Streefwaarde 2022, Tevredenheid over de dienstverlening" }).fill("7,5");
  await expectNoAccessibilityViolations(beheerder);
  await beheerder.screenshot({ path: test.info().outputPath("ede-beginstand-1280.png"), fullPage: true });
  await beheerder.setViewportSize({ width: 375, height: 900 });
  await expectNoAccessibilityViolations(beheerder);
  await beheerder.screenshot({ path: test.info().outputPath("ede-beginstand-375.png"), fullPage: true });
  await beheerder.setViewportSize({ width: 1280, height: 900 });
  await beheerder.getByRole("button", { name: "Beginstand opslaan" }).click();
  await expect(beheerder.getByText("De beginstand is opgeslagen (9 cijfers).")).toBeVisible();
  step("beginstand");

  // 5. One begrotingswijziging, adopted by the raad.
  await beheerder.goto("/werkplek/ede/2022/wijzigingen");
  const amendment = beheerder.getByRole("form", { name: "Nieuwe begrotingswijziging" });
  await amendment.getByLabel("Nummer").fill("2022-01");
  await amendment.getByLabel("Raad (raadsbesluit)").check();
  await amendment.getByLabel("Raadsbesluit (kenmerk)").fill("RB 2022/14");
  await amendment.getByLabel("Reden").fill("Extra inzet burgerzaken");
  await amendment.getByRole("button", { name: "Concept aanmaken" }).click();
  await beheerder.waitForURL(/\/wijzigingen\/[^/]+$/);
  const edit = beheerder.getByRole("form", { name: "Begrotingswijziging 2022-01 bewerken" });
  await edit.getByLabel("Datum van het besluit").fill("2022-06-30");
  await edit.getByLabel("Lasten: Burgerzaken").fill("50.000");
  await edit.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(beheerder.getByText("De begrotingswijziging is opgeslagen", { exact: false })).toBeVisible();
  await beheerder.getByRole("form", { name: "Besluit over begrotingswijziging 2022-01" }).getByRole("button", { name: "Vaststellen" }).click();
  await expect(beheerder.getByText(/Begrotingswijziging 2022-01 is vastgesteld/).first()).toBeVisible();
  step("begrotingswijziging");

  // 6. An advisor for programme 1 and a controller.
  const advisorLink = await invite(beheerder, people.advisor, "Beleidsadviseur");
  const programmes = beheerder.getByRole("form", { name: `Programma's van ${people.advisor.name}` });
  await programmes.getByLabel("Programma 1 Dienstverlening").check();
  await programmes.getByRole("button", { name: "Programma's opslaan" }).click();
  await expect(programmes.getByRole("status")).toContainText(/opgeslagen|toegewezen/i);
  const controllerLink = await invite(beheerder, people.controller, "Controller");
  step("adviseur en controller uitgenodigd");

  // 7. The advisor enters the realisatie and the texts, and submits.
  const advisor = await acceptInvitation(browser, advisorLink, people.advisor.email);
  await advisor.goto("/werkplek/ede/2022/programma/1?stuk=jaarstukken");
  const tevredenheid = advisor.getByRole("group", { name: /Tevredenheid over de dienstverlening/ });
  await tevredenheid.getByLabel("Realisatie 2022").fill("7,2");
  await tevredenheid.getByLabel("Toelichting").fill("De wachttijden waren in het voorjaar lang door de drukte bij paspoorten.");
  for (const line of LINES) {
    const group = advisor.getByRole("group", { name: new RegExp(`^${HEADINGS[line.soort]}: ${line.label}`) });
    await group.getByLabel("Realisatie (€)").fill(line.realisatie);
    await group.getByLabel("Toelichting").fill(`Toelichting bij ${line.label.toLowerCase()}.`);
  }
  await advisor.getByRole("button", { name: "Opslaan en indienen" }).click();
  await expect(advisor.getByText(/Opgeslagen: 5 cijfers gewijzigd\. 5 cijfers ingediend ter beoordeling\./)).toBeVisible();
  await advisor.getByRole("link", { name: "Teksten van programma 1" }).click();
  const goal = advisor.getByRole("form", { name: /^Teksten Doelstelling 1\.1/ });
  const goalName = (await goal.getAttribute("aria-label"))!.replace(/^Teksten /, "");
  await goal.getByRole("textbox", { name: "Wat hebben we bereikt?" }).fill("Inwoners zijn sneller geholpen.\n\n- 80% binnen een week een afspraak\n- digitale verhuizing");
  await goal.getByRole("textbox", { name: "Wat hebben we daarvoor gedaan?" }).fill("Extra baliemedewerkers in het voorjaar.");
  await goal.getByRole("textbox", { name: "Wat heeft het gekost?" }).fill("Zie de toelichting bij de lasten.");
  await goal.getByRole("button", { name: `Opslaan ${goalName}` }).click();
  await expect(goal.getByText(/De teksten zijn opgeslagen/)).toBeVisible();
  await advisor.getByRole("form", { name: `Teksten ${goalName}` }).getByRole("button", { name: `Indienen ${goalName}` }).click();
  await expect(advisor.getByText("De teksten zijn opgeslagen en ingediend bij de controller.")).toBeVisible();
  step("realisatie en teksten ingediend");

  // 8. The controller approves every figure and the texts.
  const controller = await acceptInvitation(browser, controllerLink, people.controller.email);
  await controller.goto("/werkplek/ede/2022/beoordelen?stuk=jaarstukken");
  const approve = controller.getByRole("button", { name: /^Goedkeuren/ });
  await expect(approve).toHaveCount(6);
  await expectNoAccessibilityViolations(controller);
  for (let left = 6; left > 0; left--) {
    await approve.first().click();
    await expect(approve).toHaveCount(left - 1, { timeout: 15_000 });
  }
  step("beoordeeld");

  // 9. The beheerder adopts and publishes.
  await beheerder.goto("/werkplek/ede/2022?stuk=jaarstukken");
  const status = beheerder.getByRole("form", { name: "Documentstatus wijzigen" });
  await status.getByRole("button", { name: "Vaststellen (cijfers vergrendelen)" }).click();
  await expect(beheerder.getByText("De status is nu: vastgesteld.")).toBeVisible();
  await beheerder.getByRole("form", { name: "Documentstatus wijzigen" }).getByRole("button", { name: "Publiceren" }).click();
  await expect(beheerder.getByText("De status is nu: gepubliceerd.")).toBeVisible();
  step("vastgesteld en gepubliceerd");

  // 10. The public page: the table as a jaarrekening prints it, with V/N per line and the resultaat.
  const reader = await newPage(browser);
  await reader.goto("/ede/2022/programma/1");
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("Dienstverlening");
  const table = reader.getByRole("table").filter({ hasText: "Burgerzaken" }).first();
  await expect(table).toBeVisible();
  await reader.screenshot({ path: test.info().outputPath("ede-2022-programma-1-1280.png"), fullPage: true });
  await reader.setViewportSize({ width: 375, height: 900 });
  await reader.screenshot({ path: test.info().outputPath("ede-2022-programma-1-375.png"), fullPage: true });
  await expectNoAccessibilityViolations(reader);
  await reader.setViewportSize({ width: 1280, height: 900 });
  // Per line: rekening 2021, primitieve begroting, na wijziging (computed: + 50.000 on lasten), realisatie, verschil and V/N.
  const row = (label: string, nth = 0) => table.locator("tbody tr", { hasText: label }).nth(nth);
  expect(await row("Burgerzaken").innerText()).toMatch(/1\.150\s+1\.200\s+1\.250\s+1\.240\s+10\s*V/);
  expect(await row("Leges burgerzaken").innerText()).toMatch(/390\s+400\s+400\s+380\s+20\s*N/);
  expect(await row("Reserve dienstverlening", 0).innerText()).toMatch(/80\s+100\s+100\s+100\s+0/);
  expect(await row("Reserve dienstverlening", 1).innerText()).toMatch(/0\s+150\s+150\s+150\s+0/);
  // Saldo = baten - lasten; resultaat = saldo + onttrekkingen - toevoegingen: 10.000 worse than the amended budget.
  expect(await row("Saldo van baten en lasten").innerText()).toMatch(/-760[\s\S]*-800[\s\S]*-850[\s\S]*-860[\s\S]*10\s*N/);
  expect(await row("Resultaat na reserves").innerText()).toMatch(/-840[\s\S]*-750[\s\S]*-800[\s\S]*-810[\s\S]*10\s*N/);
  await expect(reader.getByText("Inwoners zijn sneller geholpen.")).toBeVisible();
  await expect(reader.getByRole("listitem").filter({ hasText: "digitale verhuizing" })).toBeVisible();
  step("openbare pagina");

  // 11. Begroting 2023 from the jaarstukken 2022: the same programme, goal, indicator and lines.
  await beheerder.goto("/werkplek/ede/documenten/nieuw");
  await beheerder.getByLabel("Soort document").selectOption("BEGROTING");
  await beheerder.getByLabel("Jaar", { exact: true }).fill("2023");
  await beheerder.getByLabel("Startpunt").selectOption({ label: "Jaarstukken 2022" });
  await beheerder.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(beheerder.getByRole("region", { name: "Voorbeeld per programma" })).toContainText("Dienstverlening");
  await beheerder.getByRole("button", { name: "Document aanmaken" }).click();
  await expect(beheerder).toHaveURL(/\/werkplek\/ede\/2023\?stuk=begroting/, { timeout: 15_000 });
  await beheerder.goto("/werkplek/ede/2023/structuur/1?stuk=begroting");
  await expect(beheerder.getByText("1.1 Snel en goed geholpen").first()).toBeVisible();
  await beheerder.goto("/werkplek/ede/2023/structuur/1/begrotingsposten?stuk=begroting");
  for (const line of LINES) await expect(beheerder.getByText(line.label).first()).toBeVisible();
  await beheerder.goto("/werkplek/ede/2023/structuur/1/indicatoren?stuk=begroting");
  await expect(beheerder.getByRole("heading", { name: "Tevredenheid over de dienstverlening" })).toBeVisible();
  step("begroting 2023 uit de jaarstukken 2022");

  // 12. Withdrawn again (with a reason): off the public site, so the demo's public pages stay the demo's.
  await beheerder.goto("/werkplek/ede/2022?stuk=jaarstukken");
  await beheerder.getByLabel("Reden").fill("Einde van de proefreis");
  await beheerder.getByRole("button", { name: "Publicatie intrekken" }).click();
  await expect(beheerder.getByText("De status is nu: vastgesteld.")).toBeVisible();
  expect((await reader.goto("/ede/2022/programma/1"))?.status()).toBe(404);
  await reader.goto("/");
  await expect(reader.getByRole("list", { name: "Gemeenten" }).getByRole("link", { name: "Ede", exact: true })).toHaveCount(0);
});
