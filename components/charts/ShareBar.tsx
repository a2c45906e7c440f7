import { formatPercent } from "@/lib/format/number";

/**
 * A printed share of the municipal total as a bar. Pure HTML/CSS (no client
 * JavaScript); the number stands beside it, so the bar adds nothing a screen
 * reader would miss.
 */
export function ShareBar({ share, label }: { share: string; label: string }) {
  const width = Math.min(100, Math.max(0, Number(share)));
  return (
    <span className="pm-sharebar">
      <span className="pm-sharebar__track" aria-hidden="true">
        <span className="pm-sharebar__fill" style={{ inlineSize: `${width}%` }} />
      </span>
      <span>
        {formatPercent(share, share.includes(".") ? share.split(".")[1]!.length : 0)}
        <span className="pm-visually-hidden"> {label}</span>
      </span>
    </span>
  );
}
