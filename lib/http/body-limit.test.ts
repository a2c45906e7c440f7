import { describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT_BYTES } from "@/lib/review/schema";
import { exceedsFormBodyLimit, oversizedFormPage } from "./body-limit";

describe("exceedsFormBodyLimit", () => {
  it("catches a post above the Server Action limit, and only that", () => {
    expect(exceedsFormBodyLimit("POST", String(FORM_BODY_LIMIT_BYTES + 1))).toBe(true);
    expect(exceedsFormBodyLimit("POST", String(FORM_BODY_LIMIT_BYTES))).toBe(false);
    expect(exceedsFormBodyLimit("GET", String(FORM_BODY_LIMIT_BYTES + 1))).toBe(false);
  });

  it("leaves a post without a readable length to Next's own limit", () => {
    expect(exceedsFormBodyLimit("POST", null)).toBe(false);
    expect(exceedsFormBodyLimit("POST", "veel")).toBe(false);
  });
});

describe("oversizedFormPage", () => {
  it("answers 413 in Dutch, says nothing was saved and how to get back to what was typed", () => {
    const page = oversizedFormPage();
    expect(page.status).toBe(413);
    expect(page.body).toContain('lang="nl"');
    expect(page.body).toContain("Daarom is er niets opgeslagen");
    expect(page.body).toContain("terugknop van uw browser");
  });
});

describe("isUploadPath", () => {
  it("lets only the import upload past the form limit, which bounds its own body", async () => {
    const { isUploadPath } = await import("./body-limit");
    expect(isUploadPath("/werkplek/zoetermeer/2025/uitwisseling/upload")).toBe(true);
    expect(isUploadPath("/werkplek/zoetermeer/2025/programma/6")).toBe(false);
    expect(isUploadPath("/werkplek/zoetermeer/2025/uitwisseling/upload/extra")).toBe(false);
  });
});
