"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatInteger, MISSING_VALUE } from "@/lib/format/number";

/** Lasten per inwoner per municipality and year; the table beneath has the same numbers. */
export default function ComparisonChart({ points }: { points: { label: string; value: number }[] }) {
  const fmt = (v: unknown) => (typeof v === "number" ? `€ ${formatInteger(Math.round(v))}` : MISSING_VALUE);
  return (
    <figure className="pm-chart" aria-label="Grafiek: lasten per inwoner per gemeente en jaar">
      <ResponsiveContainer width="100%" height={Math.max(160, points.length * 48)}>
        <BarChart data={points} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8c8c8" />
          <XAxis type="number" stroke="#1a1a1a" tickFormatter={fmt} />
          <YAxis type="category" dataKey="label" stroke="#1a1a1a" width={170} />
          <Tooltip formatter={fmt} />
          <Bar dataKey="value" name="Lasten per inwoner" fill="#154273" />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="pm-visually-hidden">Lasten per inwoner. De cijfers staan in de tabel.</figcaption>
    </figure>
  );
}
