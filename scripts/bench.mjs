// `npm run bench`: response times of the public pages and the health check,
// measured against a running app (start it first with `npm start`).
// Loopback only, bounded: BENCH_REQUESTS requests per page (default 100),
// BENCH_CONCURRENCY at a time (default 4). Prints p50/p95/max per page.
const base = process.env.BENCH_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const host = new URL(base).hostname;
if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
  console.error("Benchmarks run against this machine only (127.0.0.1 / localhost).");
  process.exit(1);
}
const requests = Math.min(Number(process.env.BENCH_REQUESTS ?? 100), 2000);
const concurrency = Math.min(Number(process.env.BENCH_CONCURRENCY ?? 4), 32);
const paths = [
  "/api/health",
  "/",
  "/zoetermeer/2024",
  "/zoetermeer/2024/programma/6",
  "/midden-groningen/2021/programma/2.4",
  "/vergelijk",
];

async function timeOne(url) {
  const started = performance.now();
  const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  if (res.status >= 400) throw new Error(`${url}: HTTP ${res.status}`);
  return performance.now() - started;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

console.log(`Bench tegen ${base}: ${requests} verzoeken per pagina, ${concurrency} tegelijk`);
for (const path of paths) {
  await timeOne(base + path); // warm-up (first ISR render)
  const times = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        times.push(await timeOne(base + path));
      }
    }),
  );
  times.sort((a, b) => a - b);
  const f = (ms) => `${ms.toFixed(1)} ms`.padStart(9);
  console.log(`${path.padEnd(40)} p50 ${f(pct(times, 50))}  p95 ${f(pct(times, 95))}  max ${f(times.at(-1))}`);
}
