import { describe, expect, it } from "vitest";
import { isInterrupted, retentionCutoffs } from "./retention";

const now = new Date("2026-12-02T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("how long an import job keeps its file and preview", () => {
  it("calls a running job interrupted once its heartbeat is two minutes old, and only a running one", () => {
    expect(isInterrupted({ status: "READING", heartbeatAt: minutesAgo(1) }, now)).toBe(false);
    expect(isInterrupted({ status: "READING", heartbeatAt: minutesAgo(3) }, now)).toBe(true);
    expect(isInterrupted({ status: "APPLYING", heartbeatAt: minutesAgo(3) }, now)).toBe(true);
    expect(isInterrupted({ status: "PLANNED", heartbeatAt: minutesAgo(600) }, now)).toBe(false);
  });

  it("lets a preview wait a week and an ended job be listed for 90 days", () => {
    const { plannedBefore, endedBefore } = retentionCutoffs(now);
    expect(plannedBefore.toISOString()).toBe("2026-11-25T12:00:00.000Z");
    expect(endedBefore.toISOString()).toBe("2026-09-03T12:00:00.000Z");
  });
});
