/**
 * Test support (imported by *.test.ts only): hostile zips built by hand, and
 * reading an entry of a written workbook back as text.
 */
import { once } from "node:events";
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import { packZip, type PackEntry } from "./zip-pack";

export const CONTENT_TYPES = "[Content_Types].xml";
export const WORKBOOK = "xl/workbook.xml";

export function stored(name: string, text: string): PackEntry {
  const data = Buffer.from(text, "utf8");
  return { name, method: 0, crc32: 0, uncompressedSize: data.length, data };
}

export function deflated(name: string, data: Buffer, uncompressedSize = data.length): PackEntry {
  return { name, method: 8, crc32: 0, uncompressedSize, data: deflateRawSync(data) };
}

/** The two parts that make a zip look like a workbook to the central directory check. */
export function workbookParts(): PackEntry[] {
  return [stored(CONTENT_TYPES, "<Types/>"), stored(WORKBOOK, "<workbook/>")];
}

/**
 * Deflated data that inflates to `chunks` times `chunk`, built chunk by chunk
 * so the test never holds the inflated size itself.
 */
export async function deflateRepeated(chunk: Buffer, chunks: number): Promise<Buffer> {
  const deflate = createDeflateRaw();
  const parts: Buffer[] = [];
  deflate.on("data", (part: Buffer) => parts.push(part));
  for (let i = 0; i < chunks; i += 1) {
    if (!deflate.write(chunk)) await once(deflate, "drain");
  }
  deflate.end();
  await once(deflate, "end");
  return Buffer.concat(parts);
}

/** Deflated XML chunks produced one by one (`part(i)` for i in 0..count-1). */
export async function deflateGenerated(count: number, part: (index: number) => string): Promise<{ data: Buffer; size: number }> {
  const deflate = createDeflateRaw();
  const parts: Buffer[] = [];
  let size = 0;
  deflate.on("data", (chunk: Buffer) => parts.push(chunk));
  // Parts go to zlib in batches: a write per part would make millions of tiny writes.
  for (let start = 0; start < count; start += 10_000) {
    let text = "";
    for (let i = start; i < Math.min(count, start + 10_000); i += 1) text += part(i);
    const bytes = Buffer.from(text, "utf8");
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, "drain");
  }
  deflate.end();
  await once(deflate, "end");
  return { data: Buffer.concat(parts), size };
}

export { packZip };

/** Every entry of a zip, inflated, as UTF-8 text by name (for inspecting a written workbook's XML). */
export async function unzipTexts(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true });
  const texts = new Map<string, string>();
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
    texts.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
  }
  return texts;
}
