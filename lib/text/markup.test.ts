import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Markup } from "./markup";

const html = (text: string | null) => renderToStaticMarkup(createElement(Markup, { text }));

describe("markup: the texts' one renderer (decision 011)", () => {
  it("shows a script as its characters, never as an element", () => {
    const out = html("<script>alert(1)</script>");
    expect(out).not.toContain("<script");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("never makes an element of inline HTML either, nor an event attribute", () => {
    const out = html('Tekst met <img src=x onerror="alert(1)"> en <b>vet</b>.');
    expect(out).not.toMatch(/<img|<b>|onerror="/);
    expect(out).toContain("&lt;b&gt;vet&lt;/b&gt;");
  });

  it("renders '- a' lines as a bulleted list and '1.' lines as a numbered one", () => {
    expect(html("- a\n- b")).toBe(
      '<ul class="utrecht-unordered-list pm-markup-list">\n<li class="utrecht-unordered-list__item pm-prose">a</li>\n<li class="utrecht-unordered-list__item pm-prose">b</li>\n</ul>',
    );
    expect(html("1. een\n2. twee")).toContain('<ol class="utrecht-ordered-list pm-markup-list">');
  });

  it("puts headings two levels below the page: '#' is an h3, '##' and deeper an h4", () => {
    expect(html("# Kop")).toBe('<h3 class="utrecht-heading-3">Kop</h3>');
    expect(html("## Onderkop")).toBe('<h4 class="utrecht-heading-4">Onderkop</h4>');
    expect(html("#### Diep")).toBe('<h4 class="utrecht-heading-4">Diep</h4>');
  });

  it("renders a plain text as the paragraphs it had, keeping single line breaks for pre-line", () => {
    expect(html("Eerste alinea\nmet een tweede regel.\n\nTweede alinea.")).toBe(
      '<p class="utrecht-paragraph pm-prose">Eerste alinea\nmet een tweede regel.</p>\n<p class="utrecht-paragraph pm-prose">Tweede alinea.</p>',
    );
  });

  it("keeps bold and italic, and shows a link's words without a link or an image at all", () => {
    expect(html("Dit is **vet** en *schuin*.")).toBe('<p class="utrecht-paragraph pm-prose">Dit is <strong>vet</strong> en <em>schuin</em>.</p>');
    const out = html("Zie [de site](javascript:alert(1)) en ![plaatje](https://x.example/a.png) en <https://x.example>.");
    expect(out).not.toMatch(/<a |<img|href=/);
    expect(out).toContain("Zie de site en");
  });

  it("renders nothing for an empty or white-space text", () => {
    expect(html(null)).toBe("");
    expect(html("  \n ")).toBe("");
  });
});
