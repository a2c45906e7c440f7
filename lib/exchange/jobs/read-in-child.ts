import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";
import type { ReadFile } from "../table";
import { ExchangeFileError } from "../table";

// Reads an upload in a child process (decision 012): the parser's CPU time is
// not the web server's event loop, its memory is capped, and a file that makes
// it hang or crash ends only the child. One reader at a time per server, so two
// cores keep one for the site.

/** The child's source, run by tsx at run time — never bundled. */
const CHILD = path.join(process.cwd(), "lib/exchange/jobs/read-child.ts");
const MEMORY_MB = 768;
const TIME_LIMIT_MS = 120_000;
const CRASHED = "Het bestand kon niet worden gelezen: het is te groot of beschadigd. Er is niets opgeslagen.";

let queue: Promise<unknown> = Promise.resolve();

export function readInChild(input: { format: "XLSX" | "CSV"; fileName: string; bytes: Uint8Array }, onProgress: (done: number, total: number) => void): Promise<ReadFile> {
  const run = queue.then(() => readOnce(input, onProgress));
  queue = run.catch(() => undefined);
  return run;
}

function readOnce(input: { format: "XLSX" | "CSV"; fileName: string; bytes: Uint8Array }, onProgress: (done: number, total: number) => void): Promise<ReadFile> {
  return new Promise((resolve, reject) => {
    // spawn with an IPC channel rather than fork: Turbopack resolves fork()'s
    // path as a module and fails the build (vercel/next.js#97952).
    const child = spawn(process.execPath, ["--import", "tsx", `--max-old-space-size=${MEMORY_MB}`, CHILD], {
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(new ExchangeFileError("Het lezen van het bestand duurde te lang en is gestopt. Er is niets opgeslagen."))), TIME_LIMIT_MS);
    child.stderr?.resume();
    child.on("message", (message: { type: string; done?: number; total?: number; file?: ReadFile; message?: string }) => {
      if (message.type === "progress") onProgress(message.done ?? 0, message.total ?? 0);
      if (message.type === "done") finish(() => resolve(message.file!));
      if (message.type === "failed") finish(() => reject(new ExchangeFileError(message.message ?? CRASHED)));
    });
    child.on("error", () => finish(() => reject(new ExchangeFileError(CRASHED))));
    child.on("exit", () => finish(() => reject(new ExchangeFileError(CRASHED))));
    child.send(input);
  });
}
