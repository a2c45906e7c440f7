/**
 * CBS's JSON Schema, run by ajv, with ajv's English errors turned into CBS's
 * foutcodes (SF001…SF017) where the catalogue has one, and our PM codes in
 * Dutch where it has none.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import { iv3Schema } from "./definitions";
import { cbsError, dottedPath, ownError, PM, rowLabel } from "./messages";
import type { Iv3Error } from "./types";

let compiled: ValidateFunction | undefined;

// unicodeRegExp off: CBS's datum pattern has "\[0-9]+", invalid with the "u"
// flag; without it the pattern means what every other validator reads.
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(iv3Schema());
  return compiled;
}

const ROOT_REQUIRED: Record<string, string> = { metadata: "SF001", contact: "SF005", data: "SF010" };
const DATA_REQUIRED: Record<string, string> = { lasten: "SF012", baten: "SF011", balans_baten: "SF013", balans_lasten: "SF014", balans_standen: "SF015" };
const TYPE_NAMES: Record<string, string> = { number: "een getal", string: "een tekst", boolean: "true of false", object: "een object", array: "een lijst" };

function expected(error: ErrorObject, key: string): string {
  if (error.keyword === "type") return TYPE_NAMES[String(error.params.type)] ?? String(error.params.type);
  if (error.keyword === "enum") {
    const values = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
    return `een van de waarden ${values.slice(0, -1).join(", ")} of ${values.at(-1)}`;
  }
  if (key === "datum") return "een datum met tijd zoals 2025-11-14T10:00:00Z";
  if (key === "email") return "een e-mailadres";
  return "een tekst in het juiste formaat";
}

function valueAt(input: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((node, part) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), input);
}

function shown(value: unknown): string {
  const text = value === undefined ? "niets" : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function rootError(error: ErrorObject): Iv3Error {
  if (error.keyword === "required") return cbsError(ROOT_REQUIRED[String(error.params.missingProperty)] ?? "SF999", {});
  if (error.keyword === "additionalProperties") {
    const name = String(error.params.additionalProperty);
    return ownError(PM.UNKNOWN_ELEMENT, `Het element ${name} hoort niet in een Iv3-levering.`, name);
  }
  return ownError(PM.NOT_OBJECT, "Dit is geen Iv3-levering: er werd een JSON-object met metadata, contact en data verwacht.");
}

function sectionError(error: ErrorObject, section: string): Iv3Error {
  const missing = String(error.params.missingProperty ?? "");
  const extra = String(error.params.additionalProperty ?? "");
  if (section === "metadata" && error.keyword === "required") return cbsError("SF002", { fout: missing }, `metadata.${missing}`);
  if (section === "metadata" && error.keyword === "additionalProperties") return cbsError("SF003", { fout: extra }, `metadata.${extra}`);
  if (section === "contact" && error.keyword === "required") return cbsError("SF006", { fout: missing }, `contact.${missing}`);
  if (section === "contact" && error.keyword === "additionalProperties") return cbsError("SF007", { fout: extra }, `contact.${extra}`);
  if (section === "data" && error.keyword === "required") return cbsError(DATA_REQUIRED[missing] ?? "SF999", {}, `data.${missing}`);
  if (error.keyword === "additionalProperties") return ownError(PM.UNKNOWN_ELEMENT, `Het element ${section}.${extra} hoort niet in een Iv3-levering.`, `${section}.${extra}`);
  return ownError(PM.SHAPE, `Het element ${section} moet ${expected(error, section)} zijn.`, section);
}

function fieldError(error: ErrorObject, section: string, key: string, value: unknown): Iv3Error {
  const path = `${section}.${key}`;
  if (section === "metadata") return cbsError("SF004", { extra: key, goed: expected(error, key) }, path);
  if (typeof value === "string" && value.trim() === "") return cbsError("SF009", { fout: key }, path);
  return cbsError("SF008", { extra: key, goed: expected(error, key), fout: shown(value) }, path);
}

function rowError(error: ErrorObject, parts: string[], value: unknown): Iv3Error {
  const [, section = "", index = "0", key] = parts;
  const row = rowLabel(Number(index));
  const path = dottedPath(error.instancePath);
  const missing = error.params.missingProperty as string | undefined;
  if (key === undefined && error.keyword === "required") {
    return missing === "bedrag" ? cbsError("SF017", { onderdeel: section, extra: row }, `${path}.bedrag`) : cbsError("SF016", { onderdeel: section, fout: missing, extra: row }, `${path}.${missing}`);
  }
  if (key === "bedrag" && value === null) return cbsError("SF017", { onderdeel: section, extra: row }, path);
  if (key === undefined && error.keyword === "additionalProperties") {
    return ownError(PM.UNKNOWN_ELEMENT, `Binnen het onderdeel ${section} is een onbekende sleutel ${String(error.params.additionalProperty)} aangetroffen. ${row}.`, path);
  }
  const what = key === undefined ? "de rij" : `de waarde bij ${key}`;
  return ownError(PM.SHAPE, `Binnen het onderdeel ${section} moet ${what} ${expected(error, key ?? "")} zijn. ${row}.`, path);
}

function toIv3Error(error: ErrorObject, input: unknown): Iv3Error {
  const parts = error.instancePath.split("/").slice(1);
  const value = valueAt(input, error.instancePath);
  if (parts.length === 0) return rootError(error);
  if (parts.length === 1) return sectionError(error, parts[0]!);
  if (parts[0] === "data" && parts.length >= 3) return rowError(error, parts, value);
  if ((parts[0] === "metadata" || parts[0] === "contact") && parts.length === 2) return fieldError(error, parts[0], parts[1]!, value);
  if (parts[0] === "data" && error.keyword === "type") return ownError(PM.SHAPE, `Het onderdeel ${parts[1]} moet een lijst zijn.`, dottedPath(error.instancePath));
  return ownError(PM.SHAPE, `De waarde bij ${dottedPath(error.instancePath)} voldoet niet aan het Iv3-schema.`, dottedPath(error.instancePath));
}

// A periode of 7 fails both the enum and the oneOf around it: one message.
// data's minProperties (2) is implied by its five required keys.
function withoutEchoes(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter(
    (e) => e.keyword !== "minProperties" && (e.keyword !== "oneOf" || !errors.some((o) => o !== e && o.instancePath === e.instancePath)),
  );
}

/** The schema's verdict in CBS's words; empty when the structure is right. */
export function schemaErrors(input: unknown): Iv3Error[] {
  const validate = validator();
  if (validate(input)) return [];
  return withoutEchoes(validate.errors ?? []).map((e) => toIv3Error(e, input));
}
