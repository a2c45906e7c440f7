import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeInvalidParams, invalidParamsFrom, problem } from "./problem";
import { problemSchema } from "./schemas/problem";

describe("problem", () => {
  it("builds an RFC 9457 problem that matches its own schema", () => {
    const p = problem(404, "Gemeente 'x' bestaat niet.", "/api/v1/gemeenten/x");
    expect(p).toEqual({
      type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
      title: "De opgevraagde resource bestaat niet.",
      status: 404,
      detail: "Gemeente 'x' bestaat niet.",
      instance: "/api/v1/gemeenten/x",
      code: "notFound",
    });
    expect(problemSchema.parse(p)).toEqual(p);
  });

  it("lists every invalid parameter with its Dutch reason", () => {
    const schema = z.object({
      jaar: z.coerce.number({ error: "Vul een jaartal in" }).int(),
      formaat: z.enum(["json"], { error: "Kies json" }),
    });
    const result = schema.safeParse({ jaar: "abc", formaat: "xml" });
    const invalid = invalidParamsFrom(result.error!, "query");
    expect(invalid).toEqual([
      { name: "jaar", code: "invalid_type", reason: "Vul een jaartal in" },
      { name: "formaat", code: "invalid_value", reason: "Kies json" },
    ]);
    expect(describeInvalidParams(invalid)).toBe("Controleer de parameters. jaar: Vul een jaartal in; formaat: Kies json.");
    expect(problem(400, "x", undefined, invalid).invalidParams).toHaveLength(2);
  });
});
