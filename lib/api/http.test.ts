import { describe, expect, it } from "vitest";
import { API_VERSION, CACHE_CONTROL, matchesIfNoneMatch, preflightResponse, representationResponse, strongEtag } from "./http";

describe("strongEtag", () => {
  it("is a quoted strong validator that depends on every byte", () => {
    const tag = strongEtag('{"a":1}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(strongEtag('{"a":1}')).toBe(tag);
    expect(strongEtag('{"a":2}')).not.toBe(tag);
  });
});

describe("matchesIfNoneMatch", () => {
  const tag = strongEtag("x");
  it.each([
    [tag, true],
    [`"other", ${tag}`, true],
    [`W/${tag}`, true],
    ["*", true],
    ['"other"', false],
  ])("%s -> %s", (header, expected) => {
    expect(matchesIfNoneMatch(header, tag)).toBe(expected);
  });

  it("does not match without the header", () => {
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

describe("representationResponse", () => {
  const representation = { body: '{"a":1}', contentType: "application/json" };

  it("sends the body with validators, caching, CORS and the API version", async () => {
    const res = representationResponse(new Request("http://localhost/api/v1/x"), representation);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"a":1}');
    expect(res.headers.get("ETag")).toBe(strongEtag('{"a":1}'));
    expect(res.headers.get("Cache-Control")).toBe(CACHE_CONTROL);
    expect(res.headers.get("API-Version")).toBe(API_VERSION);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Vary")).toBe("Accept");
  });

  it("answers 304 without a body when the client's copy is current", async () => {
    const request = new Request("http://localhost/api/v1/x", { headers: { "If-None-Match": strongEtag('{"a":1}') } });
    const res = representationResponse(request, representation);
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
    expect(res.headers.get("ETag")).toBe(strongEtag('{"a":1}'));
    expect(res.headers.get("Content-Type")).toBeNull();
  });

  it("leaves the body out for HEAD but keeps the headers", async () => {
    const res = representationResponse(new Request("http://localhost/api/v1/x", { method: "HEAD" }), representation);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(res.headers.get("ETag")).toBe(strongEtag('{"a":1}'));
  });
});

describe("preflightResponse", () => {
  it("allows reads from any origin", () => {
    const res = preflightResponse();
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("Access-Control-Allow-Headers")).toContain("If-None-Match");
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });
});
