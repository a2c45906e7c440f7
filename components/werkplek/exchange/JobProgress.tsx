"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * The progress of a running import: a real <progress> element a screen reader
 * announces, and the page reloaded from the server every second, so what it
 * shows is the job's stored state — the same after a manual reload.
 */
export function JobProgress({ phase, done, total, running }: { phase: string; done: number; total: number; running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, router]);
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="pm-job-progress" aria-live="polite">
      <p className="utrecht-paragraph">
        <label htmlFor="import-progress">{phase}</label>
        {percent !== null ? ` — ${percent} %` : ""}
      </p>
      <progress id="import-progress" max={total > 0 ? total : undefined} value={total > 0 ? done : undefined} />
    </div>
  );
}
