import { describe, expect, it } from "vitest";
import { indicatorStagesBody } from "./indicator";
import { indicatorSchema } from "../schemas/indicator";

const begroting2024 = { id: "b", kind: "BEGROTING" as const, year: 2024, title: "Begroting 2024" };
const reprint = { id: "r", kind: "BEGROTING" as const, year: 2025, title: "Begroting 2025 (zoals gedrukt in Jaarstukken 2025)" };
const jaarstukken = { id: "j", kind: "JAARSTUKKEN" as const, year: 2024, title: "Jaarstukken 2024" };

describe("indicatorStagesBody", () => {
  const body = indicatorStagesBody({
    targets: [
      { figureId: "1", year: 2024, dimensionValue: "", stage: "PRIMITIEF", value: "7.5", periodLabel: null, document: begroting2024 },
      { figureId: "2", year: 2025, dimensionValue: "", stage: "MEERJARENRAMING", value: "7.6", periodLabel: null, document: begroting2024 },
      { figureId: "3", year: 2025, dimensionValue: "balie", stage: "PRIMITIEF", value: null, periodLabel: null, document: reprint },
    ],
    actuals: [{ figureId: "4", year: 2024, dimensionValue: "", stage: "REALISATIE", value: "7.4", periodLabel: "eerste halfjaar 2024", document: jaarstukken }],
  });

  it("names for every streefwaarde the begroting that set it and whether it was that begroting's own year or its meerjarenraming", () => {
    expect(body.streefwaarden).toEqual([
      { jaar: 2024, dimensiewaarde: null, waarde: "7.5", periode: null, fase: "primitieveBegroting", begroting: { soort: "begroting", jaar: 2024, titel: "Begroting 2024" } },
      { jaar: 2025, dimensiewaarde: null, waarde: "7.6", periode: null, fase: "meerjarenraming", begroting: { soort: "begroting", jaar: 2024, titel: "Begroting 2024" } },
      {
        jaar: 2025,
        dimensiewaarde: "balie",
        waarde: null,
        periode: null,
        fase: "primitieveBegroting",
        begroting: { soort: "begroting", jaar: 2025, titel: "Begroting 2025 (zoals gedrukt in Jaarstukken 2025)" },
      },
    ]);
    expect(body.realisaties).toEqual([{ jaar: 2024, dimensiewaarde: null, waarde: "7.4", periode: "eerste halfjaar 2024", jaarstukken: { soort: "jaarstukken", jaar: 2024, titel: "Jaarstukken 2024" } }]);
  });

  it("gives a realisatie of a period that is not the calendar year its period as printed", () => {
    expect(body.realisaties[0]!.periode).toBe("eerste halfjaar 2024");
  });

  it("fits the Indicator schema of the OpenAPI document", () => {
    const parsed = indicatorSchema.shape.streefwaarden.parse(body.streefwaarden);
    expect(parsed).toEqual(body.streefwaarden);
    expect(indicatorSchema.shape.realisaties.parse(body.realisaties)).toEqual(body.realisaties);
  });
});
