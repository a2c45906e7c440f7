import { describe, expect, it } from "vitest";
import { budgetGridSchema } from "./schema";

const post = (amount: string) => ({
  documentId: "d1",
  programmeId: "p1",
  "cells.0.line": "l1",
  "cells.0.year": "2094",
  "cells.0.version": "0",
  "cells.0.base": "",
  "cells.0.amount": amount,
});

describe("budgetGridSchema", () => {
  it.each([
    ["1.234.567", 1_234_567n],
    ["1234567", 1_234_567n],
    ["€ 1.234", 1234n],
    ["0", 0n],
    ["", null],
  ])("reads %s as whole euros", (typed, expected) => {
    const parsed = budgetGridSchema.parse(post(typed));
    expect(parsed.cells[0]!.amount).toBe(expected);
  });

  it("refuses decimals and unreadable amounts in Dutch, per cell", () => {
    const result = budgetGridSchema.safeParse({ ...post("12,50"), "cells.1.line": "l2", "cells.1.year": "2095", "cells.1.version": "1", "cells.1.base": "", "cells.1.amount": "1,234,567" });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["cells.0.amount", "Vul een bedrag in hele euro's in, bijvoorbeeld 1.234"],
      ["cells.1.amount", "Gebruik een komma voor decimalen, bijvoorbeeld 7,4, en een punt tussen duizendtallen, bijvoorbeeld 1.234,5"],
    ]);
  });

  it("refuses a tampered base or version as a stale form", () => {
    const result = budgetGridSchema.safeParse({ ...post("1"), "cells.0.base": "12,5", "cells.0.version": "-1" });
    expect(result.success).toBe(false);
    expect(new Set(result.error!.issues.map((i) => i.message))).toEqual(new Set(["Dit formulier is verouderd. Laad de pagina opnieuw."]));
  });
});
