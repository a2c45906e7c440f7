import { describe, expect, it } from "vitest";
import { publicProgrammeHref, workplaceProgrammeHref, workplaceProgrammeStructureHref, workplaceStructureHref } from "./routes";

describe("publicProgrammeHref", () => {
  it("keeps plain and dotted programme numbers readable", () => {
    expect(publicProgrammeHref("zoetermeer", 2024, "6")).toBe("/zoetermeer/2024/programma/6");
    expect(publicProgrammeHref("midden-groningen", 2021, "2.4")).toBe("/midden-groningen/2021/programma/2.4");
    expect(publicProgrammeHref("hilversum", 2021, "4.2.1")).toBe("/hilversum/2021/programma/4.2.1");
  });

  it("encodes what would break the path", () => {
    expect(publicProgrammeHref("hilversum", 2021, "4/5")).toBe("/hilversum/2021/programma/4%2F5");
    expect(publicProgrammeHref("hilversum", 2021, "P 1")).toBe("/hilversum/2021/programma/P%201");
    expect(publicProgrammeHref("hilversum", 2021, "1?a#b")).toBe("/hilversum/2021/programma/1%3Fa%23b");
  });

  it("round-trips through the page's decodeURIComponent", () => {
    for (const number of ["6", "4.2.1", "4/5", "P 1", "1?a#b", "é"]) {
      const last = publicProgrammeHref("x", 2021, number).split("/").at(-1)!;
      expect(decodeURIComponent(last)).toBe(number);
    }
  });
});

describe("workplaceProgrammeHref", () => {
  it("is the public path under /werkplek, encoded the same way", () => {
    expect(workplaceProgrammeHref("zoetermeer", 2025, "6")).toBe("/werkplek/zoetermeer/2025/programma/6");
    expect(workplaceProgrammeHref("hilversum", 2021, "4.2.1")).toBe("/werkplek/hilversum/2021/programma/4.2.1");
    expect(workplaceProgrammeHref("hilversum", 2021, "4/5")).toBe("/werkplek/hilversum/2021/programma/4%2F5");
  });
});

describe("structure editor routes", () => {
  it("put the structure under the year and a programme by its encoded number", () => {
    expect(workplaceStructureHref("zoetermeer", 2091)).toBe("/werkplek/zoetermeer/2091/structuur");
    expect(workplaceProgrammeStructureHref("hilversum", 2021, "4.2.1")).toBe("/werkplek/hilversum/2021/structuur/4.2.1");
    expect(workplaceProgrammeStructureHref("hilversum", 2021, "4/5")).toBe("/werkplek/hilversum/2021/structuur/4%2F5");
  });
});
