"use client";

import dynamic from "next/dynamic";

export const LazyComparisonChart = dynamic(() => import("./ComparisonChart"), {
  ssr: false,
  loading: () => <p className="pm-muted">Grafiek wordt geladen…</p>,
});
