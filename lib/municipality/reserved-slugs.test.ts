import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS } from "./schema";

// A municipality's public pages live at /<slug>. A top-level route of the app
// with the same name would win, and that municipality's pages would vanish.
function topLevelRoutes(): string[] {
  const app = path.resolve(__dirname, "../../app");
  const segments = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith("[") && !e.name.startsWith("_"))
      .flatMap((e) => (e.name.startsWith("(") ? segments(path.join(dir, e.name)) : [e.name]));
  return segments(app);
}

describe("RESERVED_SLUGS", () => {
  it("holds every top-level route of the app, route groups included", () => {
    const routes = topLevelRoutes();
    expect(routes).toContain("wachtwoord-instellen");
    expect(routes.filter((r) => !RESERVED_SLUGS.has(r))).toEqual([]);
  });
});
