import { describe, it, expect } from "vitest";
import {
  PARSE_MESSAGES,
  maxDecimalsMessage,
  parseDutchAmount,
  parseDutchDecimal,
  parsePrintedDecimal,
  parsePrintedThousands,
} from "./parse-number";

const twoDecimals = { maxDecimals: 2 };

describe("parseDutchDecimal: accepted input", () => {
  it.each([
    ["7,4", "7.4"],
    ["1.234,5", "1234.5"],
    ["1.234.567", "1234567"],
    ["1.234", "1234"],
    ["1234", "1234"],
    ["1234,56", "1234.56"],
    ["-89", "-89"],
    ["\u22123", "-3"],
    ["\u22127,4", "-7.4"],
    ["+5", "5"],
    ["€ 1.234", "1234"],
    ["€1.234", "1234"],
    ["€ -89", "-89"],
    ["-€ 89", "-89"],
    ["- 3", "-3"],
    ["  7,4  ", "7.4"],
    ["\t1.234,5\n", "1234.5"],
    ["0", "0"],
    ["-0", "0"],
    ["0,05", "0.05"],
    ["007", "7"],
    ["7,40", "7.4"],
    ["7,00", "7"],
  ])("%j -> %s", (input, expected) => {
    expect(parseDutchDecimal(input, twoDecimals)).toEqual({ ok: true, value: expected });
  });

  it("reads 1,234 the Dutch way, as one point two three four", () => {
    expect(parseDutchDecimal("1,234", { maxDecimals: 3 })).toEqual({ ok: true, value: "1.234" });
  });

  it.each(["", "   ", "\t\n"])("empty input %j -> null", (input) => {
    expect(parseDutchDecimal(input, twoDecimals)).toEqual({ ok: true, value: null });
  });
});

describe("parseDutchDecimal: refused input", () => {
  it.each([
    ["1,234.5", PARSE_MESSAGES.englishFormat],
    ["1,234,567", PARSE_MESSAGES.englishFormat],
    ["7,4.5", PARSE_MESSAGES.englishFormat],
    ["1,2,3", PARSE_MESSAGES.twoCommas],
    ["7,,4", PARSE_MESSAGES.twoCommas],
    ["1.23", PARSE_MESSAGES.misplacedDot],
    ["7.4", PARSE_MESSAGES.misplacedDot],
    ["1.2345", PARSE_MESSAGES.misplacedDot],
    ["12.34.567", PARSE_MESSAGES.misplacedDot],
    ["1..234", PARSE_MESSAGES.misplacedDot],
    [".5", PARSE_MESSAGES.misplacedDot],
    ["1 234", PARSE_MESSAGES.spaces],
    ["1 234,5", PARSE_MESSAGES.spaces],
    ["abc", PARSE_MESSAGES.notANumber],
    ["7,4a", PARSE_MESSAGES.notANumber],
    ["12e3", PARSE_MESSAGES.notANumber],
    ["34%", PARSE_MESSAGES.notANumber],
    ["1.234 €", PARSE_MESSAGES.notANumber],
    ["€", PARSE_MESSAGES.notANumber],
    ["-", PARSE_MESSAGES.notANumber],
    ["--5", PARSE_MESSAGES.notANumber],
    ["+-5", PARSE_MESSAGES.notANumber],
    ["5-", PARSE_MESSAGES.notANumber],
    [",5", PARSE_MESSAGES.notANumber],
    ["7,", PARSE_MESSAGES.notANumber],
    ["NaN", PARSE_MESSAGES.notANumber],
    ["Infinity", PARSE_MESSAGES.notANumber],
  ])("%j -> %s", (input, error) => {
    expect(parseDutchDecimal(input, twoDecimals)).toEqual({ ok: false, error });
  });

  it("explains the Dutch format when given the English one", () => {
    const result = parseDutchDecimal("1,234.5", twoDecimals);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("Gebruik een komma voor decimalen, bijvoorbeeld 7,4");
  });
});

describe("parseDutchDecimal: number of decimals", () => {
  it("refuses 7,45 when one decimal is allowed", () => {
    expect(parseDutchDecimal("7,45", { maxDecimals: 1 })).toEqual({
      ok: false,
      error: "Maximaal 1 decimaal",
    });
  });
  it("uses the plural for more than one decimal", () => {
    expect(parseDutchDecimal("7,456", { maxDecimals: 2 })).toEqual({
      ok: false,
      error: "Maximaal 2 decimalen",
    });
  });
  it("asks for a whole number when no decimals are allowed", () => {
    expect(parseDutchDecimal("7,4", { maxDecimals: 0 })).toEqual({
      ok: false,
      error: PARSE_MESSAGES.wholeNumber,
    });
  });
  it.each([
    ["7,4", 1],
    ["7,45", 2],
    ["7,450", 2],
    ["7,0", 0],
    ["1.387", 0],
  ] as const)("accepts %j with %d allowed", (input, maxDecimals) => {
    expect(parseDutchDecimal(input, { maxDecimals }).ok).toBe(true);
  });

  it.each([
    [0, PARSE_MESSAGES.wholeNumber],
    [1, "Maximaal 1 decimaal"],
    [2, "Maximaal 2 decimalen"],
    [3, "Maximaal 3 decimalen"],
  ] as const)("maxDecimalsMessage(%d) = %s", (n, message) => {
    expect(maxDecimalsMessage(n)).toBe(message);
  });
});

describe("parseDutchAmount", () => {
  it.each([
    ["1.234", 1234n],
    ["€ 1.234", 1234n],
    ["1.234.567", 1_234_567n],
    ["-89", -89n],
    ["\u221289", -89n],
    ["+5", 5n],
    ["1.234,00", 1234n],
    ["1.234,0", 1234n],
    [" 100.000 ", 100_000n],
    ["0", 0n],
    ["123456789012345678901", 123_456_789_012_345_678_901n],
  ])("%j -> %s", (input, expected) => {
    expect(parseDutchAmount(input)).toEqual({ ok: true, value: expected });
  });

  it.each(["", "  "])("empty input %j -> null", (input) => {
    expect(parseDutchAmount(input)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["1.234,50", PARSE_MESSAGES.wholeEuros],
    ["0,5", PARSE_MESSAGES.wholeEuros],
    ["1,234.50", PARSE_MESSAGES.englishFormat],
    ["1.23", PARSE_MESSAGES.misplacedDot],
    ["1 234", PARSE_MESSAGES.spaces],
    ["twaalf", PARSE_MESSAGES.notANumber],
  ])("%j -> %s", (input, error) => {
    expect(parseDutchAmount(input)).toEqual({ ok: false, error });
  });

  it("tells the user to use whole euros", () => {
    const result = parseDutchAmount("1.234,50");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("Vul een bedrag in hele euro's in");
  });
});

describe("parsePrintedThousands", () => {
  it.each([
    ["-12.548", -12_548n],
    ["0", 0n],
    ["1.387", 1_387n],
    ["5.304", 5_304n],
    ["18", 18n],
    ["-19.267", -19_267n],
    ["1.234.567", 1_234_567n],
    ["-89", -89n],
  ])("%j -> %s", (input, expected) => {
    expect(parsePrintedThousands(input)).toBe(expected);
  });

  it.each([
    "",
    " 18",
    "18 ",
    "1387",
    "12.54",
    "012",
    "7,4",
    "+5",
    "\u22125",
    "€ 5",
    "1,234",
    "abc",
    "-",
    "1..387",
  ])("throws on %j", (input) => {
    expect(() => parsePrintedThousands(input)).toThrow();
  });
});

describe("parsePrintedDecimal", () => {
  it.each([
    ["7,4", "7.4"],
    ["7,0", "7"],
    ["34%", "34"],
    ["69%", "69"],
    ["3,3%", "3.3"],
    ["1.387", "1387"],
    ["4.769", "4769"],
    ["1.234,5", "1234.5"],
    ["-34", "-34"],
    ["0", "0"],
    ["0,5", "0.5"],
  ])("%j -> %s", (input, expected) => {
    expect(parsePrintedDecimal(input)).toBe(expected);
  });

  it("throws on the PDF typo 6.4 (for 6,4): the transcription must fix it", () => {
    expect(() => parsePrintedDecimal("6.4")).toThrow();
  });

  it.each(["", "7.45", "1,234.5", "7,4 ", "34 %", "%", "abc", "07,4", "+7,4", ",5", "7,"])(
    "throws on %j",
    (input) => {
      expect(() => parsePrintedDecimal(input)).toThrow();
    },
  );
});
