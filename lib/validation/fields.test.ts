import { describe, it, expect } from "vitest";
import { z } from "zod";
import {
  dutchAmountField,
  dutchDecimalField,
  explanationSchema,
  nameText,
  NUL_CHARACTER_MESSAGE,
  slugSchema,
  stripBidiControls,
  yearInAddressSchema,
} from "./fields";
import { PARSE_MESSAGES } from "../format/parse-number";

/** The messages of a failed parse, or [] when it succeeded. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("yearInAddressSchema", () => {
  it.each([
    ["2024", 2024],
    ["1990", 1990],
    ["2100", 2100],
  ])("%j -> %d", (input, expected) => {
    expect(yearInAddressSchema.parse(input)).toBe(expected);
  });

  it.each(["0x7e8", " 2022", "2022 ", "2022.0", "2e3", "+2024", "02024", "twintig", "", 2024])("refuses %j: only four digits name a year", (input) => {
    expect(messages(yearInAddressSchema, input)).toEqual(["Schrijf het jaar als vier cijfers, bijvoorbeeld 2024"]);
  });

  it.each(["1989", "2101"])("refuses %j outside the years the product holds", (input) => {
    expect(messages(yearInAddressSchema, input)).toEqual(["Vul een jaartal in tussen 1990 en 2100"]);
  });
});

describe("slugSchema", () => {
  it.each(["zoetermeer", "midden-groningen", "leidschendam-voorburg", "programma-6", " hilversum "])(
    "accepts %j",
    (input) => {
      expect(slugSchema.parse(input)).toBe(input.trim());
    },
  );

  it.each(["Zoetermeer", "midden groningen", "-hilversum", "hilversum-", "a--b", "één", "a_b"])(
    "refuses %j",
    (input) => {
      expect(messages(slugSchema, input)).toEqual([
        "Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld midden-groningen",
      ]);
    },
  );

  it("refuses empty and too long", () => {
    expect(messages(slugSchema, "")).toContain("Vul een korte naam voor het webadres in");
    expect(messages(slugSchema, "a".repeat(101))).toContain("Gebruik maximaal 100 tekens");
    expect(slugSchema.parse("a".repeat(100))).toHaveLength(100);
  });
});

describe("dutchDecimalField", () => {
  const oneDecimal = dutchDecimalField(1);

  it.each([
    ["7,4", "7.4"],
    ["1.234,5", "1234.5"],
    ["\u22123", "-3"],
    ["  7,0 ", "7"],
    ["", null],
    ["   ", null],
  ])("%j -> %j", (input, expected) => {
    expect(oneDecimal.parse(input)).toBe(expected);
  });

  it.each([
    ["7,45", "Maximaal 1 decimaal"],
    ["1,234.5", PARSE_MESSAGES.englishFormat],
    ["1.23", PARSE_MESSAGES.misplacedDot],
    ["zeven", PARSE_MESSAGES.notANumber],
  ])("%j carries the parser's message", (input, message) => {
    expect(messages(oneDecimal, input)).toEqual([message]);
  });

  it("uses the plural for more decimals", () => {
    expect(messages(dutchDecimalField(2), "7,456")).toEqual(["Maximaal 2 decimalen"]);
  });

  it("refuses a non-string in Dutch", () => {
    expect(messages(oneDecimal, 7.4)).toEqual(["Vul een getal in"]);
  });

  it("reports the message on the field's path inside an object", () => {
    const form = z.object({ target: oneDecimal, actual: oneDecimal });
    const result = form.safeParse({ target: "7,45", actual: "abc" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.path, i.message])).toEqual([
        [["target"], "Maximaal 1 decimaal"],
        [["actual"], PARSE_MESSAGES.notANumber],
      ]);
    }
  });
});

describe("dutchAmountField", () => {
  it.each([
    ["€ 1.234", 1234n],
    ["1.234.567", 1_234_567n],
    ["-89", -89n],
    ["1.234,00", 1234n],
    ["", null],
  ])("%j -> %s", (input, expected) => {
    expect(dutchAmountField.parse(input)).toBe(expected);
  });

  it.each([
    ["1.234,50", PARSE_MESSAGES.wholeEuros],
    ["1 234", PARSE_MESSAGES.spaces],
    ["1,234.50", PARSE_MESSAGES.englishFormat],
  ])("%j carries the parser's message", (input, message) => {
    expect(messages(dutchAmountField, input)).toEqual([message]);
  });

  it("refuses a non-string in Dutch", () => {
    expect(messages(dutchAmountField, 1234)).toEqual(["Vul een bedrag in"]);
  });
});

describe("explanationSchema", () => {
  it("trims", () => {
    expect(explanationSchema.parse("  Het waarderingscijfer is gelijk gebleven. \n")).toBe(
      "Het waarderingscijfer is gelijk gebleven.",
    );
  });

  it("allows empty and exactly 5000 characters", () => {
    expect(explanationSchema.parse("")).toBe("");
    expect(explanationSchema.parse("x".repeat(5000))).toHaveLength(5000);
  });

  it("counts after trimming", () => {
    expect(explanationSchema.parse(` ${"x".repeat(5000)} `)).toHaveLength(5000);
  });

  it("refuses more than 5000 characters in Dutch", () => {
    expect(messages(explanationSchema, "x".repeat(5001))).toEqual([
      "Een toelichting mag maximaal 5.000 tekens lang zijn",
    ]);
  });

  it("refuses a non-string in Dutch", () => {
    expect(messages(explanationSchema, null)).toEqual(["Vul een toelichting in"]);
  });
});

describe("NUL and bidirectional controls", () => {
  it("refuses a toelichting with a NUL byte with a Dutch message, instead of failing in the database", () => {
    expect(messages(explanationSchema, "Gehaald.\u0000")).toEqual([NUL_CHARACTER_MESSAGE]);
  });

  it("a name: bidi controls stripped, so it cannot render reversed; NUL refused; length counted after stripping", () => {
    const name = nameText({ max: 10, tooLong: "Te lang" });
    expect(name.parse("\u202Eredaeh")).toBe("redaeh");
    expect(name.parse(" Jan\u2066 de\u2069\u202C ")).toBe("Jan de");
    expect(name.parse("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069Ann")).toBe("Ann");
    expect(messages(name, "Ann\u0000")).toEqual([NUL_CHARACTER_MESSAGE]);
    expect(messages(name, "x".repeat(11))).toEqual(["Te lang"]);
  });

  it("keeps right-to-left letters and the marks that are not controls", () => {
    expect(stripBidiControls("محمد \u200Fal-Amin")).toBe("محمد \u200Fal-Amin");
  });
});

describe("number fields", () => {
  it("refuse a number longer than any the app stores, in Dutch", () => {
    expect(messages(dutchDecimalField(1), "1".repeat(33))).toEqual(["Een getal mag maximaal 32 tekens lang zijn"]);
    expect(messages(dutchAmountField, "1".repeat(1_000_000))).toEqual(["Een getal mag maximaal 32 tekens lang zijn"]);
  });
});
