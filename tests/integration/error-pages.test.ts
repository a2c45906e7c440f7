// The error pages (error.tsx, global-error.tsx) cannot be reached on purpose
// in the running app, so they are rendered here as Next would render them.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";
import WorkplaceErrorPage from "@/app/(werkplek)/error";
import GlobalError from "@/app/global-error";

const error = Object.assign(new Error("relation \"PcDocument\" does not exist"), { digest: "1234567890" });
const noop = () => {};

describe.each([
  ["app/error.tsx", ErrorPage, ["/"]],
  ["app/(werkplek)/error.tsx", WorkplaceErrorPage, ["/werkplek", "/"]],
  ["app/global-error.tsx", GlobalError, ["/"]],
] as const)("%s", (_name, Page, hrefs) => {
  const html = renderToStaticMarkup(createElement(Page, { error, reset: noop, retry: noop }));

  it("says in Dutch that something went wrong, with a retry button and a way back", () => {
    expect(html).toContain("Er ging iets mis");
    expect(html).toMatch(/<button[^>]*>Probeer opnieuw<\/button>/);
    for (const href of hrefs) expect(html).toContain(`href="${href}"`);
    expect(html).toContain("Foutcode voor de beheerder: 1234567890");
  });

  it("shows neither the message nor the stack of the error", () => {
    expect(html).not.toContain("PcDocument");
    const firstFrame = error.stack!.split("\n")[1]!.trim();
    expect(firstFrame).toMatch(/^at /);
    expect(html).not.toContain(firstFrame);
  });
});

it("global-error.tsx draws the site's header and footer itself, in Dutch", () => {
  const html = renderToStaticMarkup(createElement(GlobalError, { error, reset: noop }));
  expect(html).toContain('<html lang="nl"');
  expect(html).toContain('aria-label="Hoofdmenu"');
  expect(html).toContain("Programmamonitor is open-source software");
});
