/**
 * A minimal zip writer: local headers, the raw entry data as given, a central
 * directory and its end record. No zip64, no data descriptors, no comments.
 *
 * Why we write zips at all: zip-guard hands exceljs (through JSZip) a zip it
 * wrote itself from the entries yauzl checked, so both libraries read one and
 * the same unambiguous file (see zip-guard.ts). The tests build hostile zips
 * with it too, by declaring sizes that do not match the data.
 *
 * Pure; Node Buffer only.
 */

export interface PackEntry {
  /** UTF-8 name, "/" separated. */
  name: string;
  /** 0 = stored, 8 = deflated; the data is already in that form. */
  method: 0 | 8;
  crc32: number;
  /** The size the entry claims once inflated; taken as given, so a test can lie. */
  uncompressedSize: number;
  /** The entry's data as it sits in the zip (compressed for method 8). */
  data: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const VERSION = 20;
/** Bit 11: the name is UTF-8. */
const UTF8_FLAG = 0x0800;
/** 1980-01-01 00:00, the zip epoch: entry times carry no meaning for us. */
const DOS_DATE = (1 << 5) | 1;

function localHeader(entry: PackEntry, name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(UTF8_FLAG, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc32 >>> 0, 14);
  header.writeUInt32LE(entry.data.length, 18);
  header.writeUInt32LE(entry.uncompressedSize, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

function centralHeader(entry: PackEntry, name: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(UTF8_FLAG, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(0, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc32 >>> 0, 16);
  header.writeUInt32LE(entry.data.length, 20);
  header.writeUInt32LE(entry.uncompressedSize, 24);
  header.writeUInt16LE(name.length, 28);
  // extra field, comment, disk number, internal attributes, external attributes: all 0
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

function endOfCentral(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_CENTRAL, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

/** The zip holding these entries, in this order. */
export function packZip(entries: readonly PackEntry[]): Buffer {
  if (entries.length > 0xffff) throw new RangeError("packZip writes no zip64: at most 65535 entries");
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = localHeader(entry, name);
    central.push(centralHeader(entry, name, offset));
    parts.push(local, entry.data);
    offset += local.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  return Buffer.concat([...parts, directory, endOfCentral(entries.length, directory.length, offset)]);
}
