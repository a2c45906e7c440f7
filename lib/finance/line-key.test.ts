import { describe, expect, it } from "vitest";
import { budgetLineKey } from "./line-key";

const line = { programmeNumber: "6", category: "EXPENSES" as const, label: "Lasten", product: null, functionCode: null };

describe("budgetLineKey", () => {
  it("is the same for the same line printed in two documents", () => {
    expect(budgetLineKey(line)).toBe(budgetLineKey({ ...line }));
    expect(budgetLineKey(line)).toBe("programma-6/lasten/lasten");
  });

  it("tells lines apart by programme, category, taakveld, product and label", () => {
    const keys = new Set([
      budgetLineKey(line),
      budgetLineKey({ ...line, programmeNumber: "7" }),
      budgetLineKey({ ...line, category: "INCOME" }),
      budgetLineKey({ ...line, functionCode: "0.2" }),
      budgetLineKey({ ...line, product: "Burgerzaken" }),
      budgetLineKey({ ...line, label: "Baten" }),
    ]);
    expect(keys.size).toBe(6);
  });

  it("does not depend on case, accents or punctuation of the label", () => {
    expect(budgetLineKey({ ...line, label: "Reïntegratie & Participatie" })).toBe(
      budgetLineKey({ ...line, label: "reintegratie participatie" }),
    );
  });

  it("keeps dotted numbers such as programme 2.4 and taakveld 0.10 readable and distinct", () => {
    expect(budgetLineKey({ ...line, programmeNumber: "2.4", functionCode: "0.10" })).toBe("programma-2.4/lasten/tv-0.10/lasten");
    expect(budgetLineKey({ ...line, functionCode: "0.1" })).not.toBe(budgetLineKey({ ...line, functionCode: "0.10" }));
  });
});
