// `npm start` rebuilds only when the sources changed since the last build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { root } from "./paths.mjs";

const INPUTS = ["app", "components", "lib", "prisma/schema.prisma", "package-lock.json", "next.config.js", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules"]);
const stampFile = path.join(root, ".next", "source-fingerprint");

function walk(p, hash) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(full).sort()) if (!SKIP.has(entry)) walk(path.join(p, entry), hash);
  } else {
    hash.update(p);
    hash.update(fs.readFileSync(full));
  }
}

export function sourceFingerprint() {
  const hash = crypto.createHash("sha256");
  for (const input of INPUTS) walk(input, hash);
  return hash.digest("hex");
}

export function buildIsCurrent() {
  return (
    fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, "utf8") === sourceFingerprint()
  );
}

export function recordBuild() {
  fs.writeFileSync(stampFile, sourceFingerprint());
}
