import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { rowByHeader } from "./support/table";

test("vergelijken toont programmatotalen per jaar en per inwoner", async ({ page }) => {
  await page.goto("/vergelijk");
  // The header link's page reads no totals until municipalities are chosen.
  await expect(page.getByText("Kies hierboven een of meer gemeenten (hoogstens 10)")).toBeVisible();
  await expect(page.getByRole("region", { name: "Vergelijking van programmatotalen" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Zoetermeer" }).check();
  await page.getByRole("checkbox", { name: "Hilversum" }).check();
  await page.getByRole("button", { name: "Vergelijken" }).click();
  const table = page.getByRole("region", { name: "Vergelijking van programmatotalen" });
  await expect(table.getByRole("row")).toHaveCount(4); // header + Zoetermeer 2022, 2024 + Hilversum 2021
  const z2024 = rowByHeader(table, "Zoetermeer 2024");
  await expect(z2024.getByRole("cell").nth(1)).toHaveText("19.267");
  // 19.267.000 / 129.941 inwoners (CBS 2025) = 148,27 -> € 148
  await expect(z2024.getByRole("cell").nth(4)).toHaveText("€ 148");
  await expect(rowByHeader(table, "Hilversum 2021").getByRole("cell").nth(1)).toHaveText("2.916");
  await expect(page.getByRole("figure", { name: /lasten per inwoner/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("vergelijken toont de totalen zoals de gemeente ze drukte, met de som van de regels ernaast", async ({ page }) => {
  await page.goto("/vergelijk?gemeente=midden-groningen");
  const row = rowByHeader(page.getByRole("region", { name: "Vergelijking van programmatotalen" }), "Midden-Groningen 2021");
  // Jaarrekening 2021: Totaal Baten 754 and saldo -2.611 as printed; the product lines add to 753 and -2.612.
  await expect(row.getByRole("cell").nth(2)).toHaveText("754 berekend uit regels: 753");
  await expect(row.getByRole("cell").nth(3)).toHaveText("-2.611 berekend uit regels: -2.612");
  await expectNoAccessibilityViolations(page);
});

test("vergelijken op indicator zoekt op naam over gemeenten en jaren", async ({ page }) => {
  await page.goto("/vergelijk");
  await page.getByRole("searchbox", { name: /Naam van de indicator/ }).fill("rapportcijfer");
  await page.getByRole("button", { name: "Indicator zoeken" }).click();
  await expect(page.getByRole("status")).toHaveText("4 indicatoren bij 1 gemeente.");
  const table = page.getByRole("region", { name: "Indicatoren met “rapportcijfer”" });
  const row = table.getByRole("row").filter({ hasText: "tevredenheid gehele dienstverlening" }).filter({ hasText: "Zoetermeer 2024" });
  await expect(row.getByRole("cell")).toHaveText(["Gemiddeld rapportcijfer tevredenheid gehele dienstverlening", "7,4", "7,0", "Niet gehaald"]);
  await expectNoAccessibilityViolations(page);
});
