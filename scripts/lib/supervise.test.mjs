import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { supervise } from "./supervise.mjs";

// A stand-in for the Next server: exits when told, or when the test crashes it.
function fakeServer() {
  const child = new EventEmitter();
  child.killedWith = null;
  child.kill = (signal) => {
    child.killedWith = signal;
    queueMicrotask(() => child.emit("exit", null, signal));
  };
  child.crash = (signal = "SIGKILL") => child.emit("exit", null, signal);
  return child;
}

// Timers and clock under the test's control, so nothing waits for real time.
function harness(options = {}) {
  const servers = [];
  const logs = [];
  const timers = [];
  let clock = 0;
  let gaveUp = null;
  const supervisor = supervise({
    start: () => {
      const s = fakeServer();
      servers.push(s);
      return s;
    },
    log: (m) => logs.push(m),
    onGiveUp: (exit) => (gaveUp = exit),
    now: () => clock,
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => (t.cleared = true),
    ...options,
  });
  const fireTimers = () => {
    for (const t of timers.splice(0)) if (!t.cleared) t.fn();
  };
  return { supervisor, servers, logs, timers, fireTimers, advance: (ms) => (clock += ms), gaveUp: () => gaveUp };
}

describe("supervise (npm start keeps serving)", () => {
  it("starts the server again after it is killed, with a pause and a Dutch log line", () => {
    const h = harness();
    h.servers[0].crash("SIGKILL");
    expect(h.timers.map((t) => t.ms)).toEqual([1000]);
    expect(h.logs).toEqual([
      "De server stopte onverwacht (signaal SIGKILL); over 1 s wordt hij opnieuw gestart (herstart 1). De database blijft draaien.",
    ]);
    h.fireTimers();
    expect(h.servers).toHaveLength(2);
    expect(h.supervisor.restarts).toBe(1);
  });

  it("pauses longer each time the server fails soon after starting", () => {
    const h = harness();
    for (let i = 0; i < 3; i++) {
      h.servers.at(-1).crash();
      h.fireTimers();
    }
    expect(h.logs.map((l) => l.match(/over (\d+) s/)?.[1])).toEqual(["1", "2", "5"]);
  });

  it("starts the pauses afresh after the server ran a while", () => {
    const h = harness({ stableAfterMs: 60_000 });
    h.servers[0].crash();
    h.fireTimers();
    h.advance(120_000);
    h.servers[1].crash();
    expect(h.timers.at(-1).ms).toBe(1000);
  });

  it("gives up after too many quick failures instead of retrying forever", () => {
    const h = harness({ maxQuickFailures: 2 });
    for (let i = 0; i < 3; i++) {
      h.servers.at(-1).crash();
      h.fireTimers();
    }
    expect(h.servers).toHaveLength(3);
    expect(h.gaveUp()).toEqual({ code: null, signal: "SIGKILL" });
    expect(h.logs.at(-1)).toMatch(/niet opnieuw gestart/);
  });

  it("does not restart once stopped (Ctrl-C), and passes the signal on", async () => {
    const h = harness();
    await h.supervisor.stop("SIGINT");
    expect(h.servers[0].killedWith).toBe("SIGINT");
    expect(h.timers).toEqual([]);
    expect(h.servers).toHaveLength(1);
  });

  it("cancels a pending restart when stopped during the pause", async () => {
    const h = harness();
    h.servers[0].crash();
    await h.supervisor.stop("SIGTERM");
    h.fireTimers();
    expect(h.servers).toHaveLength(1);
  });
});
