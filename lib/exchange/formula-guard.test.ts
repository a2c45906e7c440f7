import { describe, expect, it } from "vitest";
import { isFormulaLike, neutralise, restore } from "./formula-guard";

describe("formula guard", () => {
  it.each(["=SOM(A1:A3)", "+31 6 1234", "-12", "@SUM(1)", "\t=1+1", "\r=1+1", "\tgewoon", "＝1+1"])(
    "neutralises %j with a leading quote",
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
      expect(neutralise(text)).toBe(`'${text}`);
    },
  );

  it.each(["Zoetermeer", "12", " =1+1", "'t Gooi", "", "a=b", "7,4"])("leaves %j alone", (text) => {
    expect(isFormulaLike(text)).toBe(false);
    expect(neutralise(text)).toBe(text);
  });

  it("restores what it neutralised, and nothing else", () => {
    for (const text of ["=SOM(A1)", "-12", "@x", "\t=1", "'t Gooi", "gewoon"]) {
      expect(restore(neutralise(text))).toBe(text);
    }
    expect(restore("'t Gooi")).toBe("'t Gooi");
  });
});
