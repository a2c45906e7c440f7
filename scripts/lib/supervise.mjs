// Keeps the app server running under `npm start`. One render that runs Node out
// of memory, or any other crash, used to end `npm start` and with it the
// embedded PostgreSQL, so the whole app stayed down. Here a server that exits
// without being asked to is started again after a growing pause; only stop()
// (Ctrl-C / SIGTERM of `npm start` itself) ends it for good. A server that
// keeps failing right after starting (a taken port, a broken build) is not
// retried forever: after `maxQuickFailures` in a row, onGiveUp is called.

const DEFAULT_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000];

/**
 * @param {{
 *   start: () => import("node:child_process").ChildProcess,
 *   log?: (message: string) => void,
 *   onGiveUp?: (lastExit: { code: number | null, signal: string | null }) => void,
 *   delaysMs?: number[],
 *   stableAfterMs?: number,
 *   maxQuickFailures?: number,
 *   now?: () => number,
 *   setTimer?: (fn: () => void, ms: number) => unknown,
 *   clearTimer?: (timer: unknown) => void,
 * }} options
 */
export function supervise({
  start,
  log = console.log,
  onGiveUp = () => {},
  delaysMs = DEFAULT_DELAYS_MS,
  stableAfterMs = 60_000,
  maxQuickFailures = 5,
  now = Date.now,
  setTimer = setTimeout,
  clearTimer = clearTimeout,
}) {
  let child = null;
  let startedAt = 0;
  let quickFailures = 0;
  let restarts = 0;
  let timer = null;
  let stopping = false;
  let exited = Promise.resolve();

  function launch() {
    timer = null;
    startedAt = now();
    const current = start();
    child = current;
    exited = new Promise((resolve) => {
      current.on("exit", (code, signal) => {
        child = null;
        resolve();
        if (!stopping) onUnexpectedExit(code, signal);
      });
    });
  }

  function onUnexpectedExit(code, signal) {
    // A server that ran a while was healthy: its crash starts the pauses afresh.
    quickFailures = now() - startedAt >= stableAfterMs ? 1 : quickFailures + 1;
    const how = signal ? `signaal ${signal}` : `code ${code}`;
    if (quickFailures > maxQuickFailures) {
      log(`De server stopte ${maxQuickFailures} keer kort na het starten (laatst met ${how}); er wordt niet opnieuw gestart.`);
      onGiveUp({ code, signal });
      return;
    }
    const delay = delaysMs[Math.min(quickFailures - 1, delaysMs.length - 1)];
    restarts += 1;
    log(`De server stopte onverwacht (${how}); over ${delay / 1000} s wordt hij opnieuw gestart (herstart ${restarts}). De database blijft draaien.`);
    timer = setTimer(launch, delay);
  }

  launch();

  return {
    /** Ends supervision: no more restarts; the running server gets `signal`. Resolves once it has exited. */
    async stop(signal = "SIGTERM") {
      stopping = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
      if (child) child.kill(signal);
      await exited;
    },
    /** How many times the server was started again. */
    get restarts() {
      return restarts;
    },
  };
}
