"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDecimal, formatIndicatorNumber, MISSING_VALUE } from "@/lib/format/number";

export interface IndicatorPoint {
  year: number;
  /** Canonical decimal strings; converted to numbers for plotting only. */
  target: string | null;
  actual: string | null;
}

/** Target vs actual per year. The same numbers are in the table beside it. */
export default function IndicatorChart({ points, decimals, label }: { points: IndicatorPoint[]; decimals: number; label: string }) {
  const data = points.map((p) => ({
    jaar: String(p.year),
    Begroting: p.target === null ? null : Number(p.target),
    Realisatie: p.actual === null ? null : Number(p.actual),
  }));
  // Axis ticks are rounded to the indicator's decimals; a value shows its stored digits, as in the table.
  const tick = (v: unknown) => (typeof v === "number" ? formatDecimal(String(v), decimals) : MISSING_VALUE);
  const value = (v: unknown) => (typeof v === "number" ? formatIndicatorNumber(String(v), decimals) : MISSING_VALUE);
  return (
    <figure className="pm-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8c8c8" />
          <XAxis dataKey="jaar" stroke="#1a1a1a" />
          <YAxis stroke="#1a1a1a" tickFormatter={tick} width={48} />
          <Tooltip formatter={value} />
          <Legend formatter={(value) => <span className="pm-chart-legend">{value}</span>} />
          <Bar dataKey="Begroting" fill="#6b6b6b" />
          <Bar dataKey="Realisatie" fill="#154273" />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="pm-visually-hidden">{label}. De cijfers staan in de tabel.</figcaption>
    </figure>
  );
}
