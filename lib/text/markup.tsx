/**
 * The ONE renderer of the texts (decision 011): a small Markdown subset,
 * stored exactly as typed and interpreted only here.
 *
 * - Allowed: paragraphs, bulleted and numbered lists, headings, bold, italic,
 *   line breaks. A "# " heading becomes an h3 and "## " (or deeper) an h4: two
 *   levels below the page's own heading, whatever the writer typed.
 * - Everything else is unwrapped to its text: a link shows its words without
 *   being a link, code shows as plain words, an image disappears (it has no
 *   text). Links are left out on purpose: a text reviewed for its content
 *   should not carry addresses nobody checks; municipalities name a source in words.
 * - Raw HTML is never HTML: react-markdown turns it into a text node (not
 *   `skipHtml`, which would silently drop what the writer typed), so
 *   "<script>" shows its characters. There is no rehype-raw, and the output
 *   is React elements, never an HTML string.
 *
 * A plain text without markup renders as it did before markup existed: each
 * paragraph a `utrecht-paragraph pm-prose`, whose pre-line keeps the single
 * line breaks a transcription has.
 *
 * Works in Server Components (no state, no effects).
 */
import Markdown, { type Components } from "react-markdown";

/** Element names as the Markdown parser produces them; h1–h6 are then mapped to h3/h4. */
export const ALLOWED_ELEMENTS = ["p", "ul", "ol", "li", "strong", "em", "br", "h1", "h2", "h3", "h4", "h5", "h6"] as const;

const subHeading: Components["h2"] = ({ children }) => <h4 className="utrecht-heading-4">{children}</h4>;

const COMPONENTS: Components = {
  p: ({ children }) => <p className="utrecht-paragraph pm-prose">{children}</p>,
  ul: ({ children }) => <ul className="utrecht-unordered-list pm-markup-list">{children}</ul>,
  ol: ({ children, start }) => (
    <ol className="utrecht-ordered-list pm-markup-list" start={start}>
      {children}
    </ol>
  ),
  // One item class for both list kinds: the marker comes from the list element.
  li: ({ children }) => <li className="utrecht-unordered-list__item pm-prose">{children}</li>,
  strong: ({ children }) => <strong>{children}</strong>,
  em: ({ children }) => <em>{children}</em>,
  h1: ({ children }) => <h3 className="utrecht-heading-3">{children}</h3>,
  h2: subHeading,
  h3: subHeading,
  h4: subHeading,
  h5: subHeading,
  h6: subHeading,
};

export function Markup({ text }: { text: string | null | undefined }) {
  if (!text || text.trim() === "") return null;
  return (
    <Markdown allowedElements={ALLOWED_ELEMENTS} unwrapDisallowed components={COMPONENTS}>
      {text}
    </Markdown>
  );
}
