import { Markup } from "@/lib/text/markup";

/** A narrative block as the source printed it, with where it was printed. */
export function TextSection({
  heading,
  body,
  location,
  level,
}: {
  heading: string;
  body: string;
  location: string | null;
  level: 2 | 3 | 4;
}) {
  const H = `h${level}` as const;
  return (
    <section>
      <H className={`utrecht-heading-${level}`}>{heading}</H>
      <Markup text={body} />
      {location && <p className="pm-provenance">Bron: {location}</p>}
    </section>
  );
}
