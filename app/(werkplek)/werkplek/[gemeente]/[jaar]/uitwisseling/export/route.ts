import { writeCsv } from "@/lib/exchange/csv/write";
import { loadFigureExport } from "@/lib/exchange/export/figures";
import { EXPORT_TABLES, exportQuerySchema } from "@/lib/exchange/export/query";
import { writeWorkbook } from "@/lib/exchange/xlsx/write";
import { yearInAddressSchema } from "@/lib/validation/fields";

// The "cijfers" download of a document: a workbook (both tables) or one table
// as CSV. Members only (the loader's gate, as every workplace page); the answer
// is never cached, since it holds concept figures.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function problem(status: number, message: string) {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

function attachment(body: BodyInit, type: string, fileName: string) {
  return new Response(body, {
    headers: { "content-type": type, "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "private, no-store" },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ gemeente: string; jaar: string }> }) {
  const { gemeente, jaar } = await params;
  const year = yearInAddressSchema.safeParse(jaar);
  const query = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!year.success) return problem(404, "Niet gevonden.");
  if (!query.success) return problem(400, query.error.issues.map((i) => i.message).join(" "));
  const load = await loadFigureExport(gemeente, year.data, query.data.stuk);
  // Relative: behind Next.js, request.url names "localhost" even when the browser used another name.
  if (load.kind === "signin") return new Response(null, { status: 303, headers: { location: `/inloggen?callbackUrl=${encodeURIComponent(new URL(request.url).pathname)}` } });
  if (load.kind === "notfound") return problem(404, "Niet gevonden.");
  const { fileStem, about, tables } = load.data;
  if (query.data.formaat === "csv") {
    const table = tables.find((t) => t.spec.name === EXPORT_TABLES[query.data.tabel!])!;
    return attachment(writeCsv(table), "text/csv; charset=utf-8", `${fileStem}-${query.data.tabel}.csv`);
  }
  return attachment(new Uint8Array(await writeWorkbook({ tables, about })), XLSX, `${fileStem}.xlsx`);
}
