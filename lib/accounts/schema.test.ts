import { describe, expect, it } from "vitest";
import { changePasswordSchema, passwordProblem, setPasswordSchema } from "./schema";

const TOKEN = "a".repeat(43);

describe("passwordProblem: length, not composition", () => {
  it.each([
    ["", "Kies een wachtwoord"],
    ["elf tekens!", "Kies een wachtwoord van minstens 12 tekens"],
    [" ".repeat(12), "Een wachtwoord van alleen spaties kan niet"],
    ["é".repeat(37), "Dit wachtwoord is te lang: maximaal 72 bytes (ongeveer 72 letters zonder accenten)"],
  ])("%j → %s", (password, message) => {
    expect(passwordProblem(password)).toBe(message);
  });

  it.each(["twaalf teken", "correct paard batterij niet", "a".repeat(72), "é".repeat(36), "🚲".repeat(12)])("accepts %j", (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it("counts characters, not UTF-16 units: eleven emoji are too short", () => {
    expect(passwordProblem("🚲".repeat(11))).toBe("Kies een wachtwoord van minstens 12 tekens");
  });
});

describe("setPasswordSchema", () => {
  it("names every problem at once: a short password and a different repetition", () => {
    const result = setPasswordSchema.safeParse({ token: TOKEN, password: "kort", confirmation: "anders" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["password", "Kies een wachtwoord van minstens 12 tekens"],
      ["confirmation", "De twee wachtwoorden zijn niet gelijk"],
    ]);
  });

  it("refuses a link secret of the wrong shape", () => {
    const result = setPasswordSchema.safeParse({ token: "../../etc", password: "twaalf teken", confirmation: "twaalf teken" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Deze link is niet (meer) geldig"]);
  });

  it("accepts a good password typed twice, spaces kept as typed", () => {
    expect(setPasswordSchema.parse({ token: TOKEN, password: " met spaties ", confirmation: " met spaties " }).password).toBe(" met spaties ");
  });
});

describe("changePasswordSchema", () => {
  it("asks for the current password and a different new one", () => {
    const result = changePasswordSchema.safeParse({ userId: "u1", currentPassword: "", password: "twaalf teken", confirmation: "twaalf teken" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["currentPassword", "Vul uw huidige wachtwoord in"]]);
    const same = changePasswordSchema.safeParse({ userId: "u1", currentPassword: "twaalf teken", password: "twaalf teken", confirmation: "twaalf teken" });
    expect(same.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "Kies een ander wachtwoord dan het huidige"]]);
  });
});
