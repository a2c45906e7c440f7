/**
 * The upload reader's own process (decision 012): started by
 * lib/exchange/jobs/read-in-child.ts with a memory cap, it receives the file's
 * bytes, reads them into tables and sends them back, with progress on the way.
 * Whatever a hostile file does to the parser happens here, not in the web
 * server. No Next.js or Prisma imports: this runs under plain `node --import tsx`.
 */
import { readCsv } from "../csv/read";
import { readWorkbook } from "../xlsx/read";
import { ExchangeFileError, type ReadFile } from "../table";

interface Request {
  format: "XLSX" | "CSV";
  fileName: string;
  bytes: Uint8Array;
}

function send(message: unknown) {
  process.send?.(message);
}

process.once("message", async (request: Request) => {
  try {
    const buffer = Buffer.from(request.bytes);
    const onProgress = (done: number, total: number) => send({ type: "progress", done, total });
    const file: ReadFile = request.format === "XLSX" ? await readWorkbook(buffer, { onProgress }) : readCsv(buffer, request.fileName.replace(/\.csv$/i, ""));
    send({ type: "done", file });
  } catch (error) {
    const message = error instanceof ExchangeFileError ? error.message : "Het bestand kon niet worden gelezen. Controleer of het een .xlsx- of .csv-bestand is dat Excel zelf kan openen.";
    send({ type: "failed", message });
  }
  process.disconnect?.();
});
