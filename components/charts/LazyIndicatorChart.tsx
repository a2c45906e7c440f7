"use client";

import dynamic from "next/dynamic";

// Charts load after the page: the table with the same numbers is already there,
// and the charting library stays out of the page's first JavaScript.
export const LazyIndicatorChart = dynamic(() => import("./IndicatorChart"), {
  ssr: false,
  loading: () => <p className="pm-muted">Grafiek wordt geladen…</p>,
});
