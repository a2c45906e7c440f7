import { spawn } from "node:child_process";
import path from "node:path";
import { root } from "./paths.mjs";

/** Runs a command, inheriting output; resolves with its exit code. */
export function run(cmd, args, { env = {}, cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrFail(cmd, args, options) {
  const code = await run(cmd, args, options);
  if (code !== 0) throw new Error(`${[cmd, ...args].join(" ")} stopte met code ${code}`);
}

export const bin = (name) => path.join(root, "node_modules", ".bin", name);
const node = process.execPath;

export const baseEnv = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

export function migrate(url) {
  return runOrFail(node, ["--experimental-wasm-modules", "--no-warnings", path.join(root, "scripts/migrate.mjs")], {
    env: { ...baseEnv, DATABASE_URL: url },
  });
}

export function seed(url, { force = false } = {}) {
  return runOrFail(
    node,
    ["--conditions=react-server", "--import", "tsx", path.join(root, "prisma/seed.ts"), ...(force ? ["--force"] : [])],
    { env: { ...baseEnv, DATABASE_URL: url } },
  );
}

export function generateClient() {
  return runOrFail(node, [path.join(root, "scripts/prisma-generate.mjs")], { env: baseEnv });
}
