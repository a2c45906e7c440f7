import { describe, expect, it } from "vitest";
import { unflattenFields } from "./form-data";

describe("unflattenFields", () => {
  it("turns dotted names into nested objects and arrays", () => {
    expect(
      unflattenFields({
        documentId: "d1",
        "indicators.0.id": "a",
        "indicators.0.base.actual": "7.4",
        "indicators.1.id": "b",
        "lines.0.actual": "1.234",
      }),
    ).toEqual({
      documentId: "d1",
      indicators: [{ id: "a", base: { actual: "7.4" } }, { id: "b" }],
      lines: [{ actual: "1.234" }],
    });
  });

  it("drops React's own action fields", () => {
    expect(unflattenFields({ $ACTION_REF_1: "", "$ACTION_1:0": "{}", intent: "save" })).toEqual({ intent: "save" });
  });

  it.each(["__proto__.polluted", "constructor.prototype.polluted", "a.__proto__.b", "0.a", "a..b", "a.1000.b", "a.01.b", ""])(
    "ignores the malformed or dangerous name %j",
    (name) => {
      const result = unflattenFields({ [name]: "x" }) as Record<string, unknown>;
      expect(result).toEqual({});
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it("ignores a name that mixes an array with an object at the same place", () => {
    expect(unflattenFields({ "a.0": "x", "a.b": "y" })).toEqual({ a: ["x"] });
  });

  it("passes anything but a plain object through, for the schema to refuse", () => {
    expect(unflattenFields(null)).toBeNull();
    expect(unflattenFields("x")).toBe("x");
    expect(unflattenFields([1])).toEqual([1]);
  });
});
