import { notFound, redirect } from "next/navigation";
import type { Load } from "@/lib/review/loaders";
import { yearInAddressSchema } from "@/lib/validation/fields";

// What every workplace page does with a loader's answer: not signed in → the
// sign-in page (and back here afterwards); no access or no such thing → 404,
// which does not reveal whether a municipality or figure exists.

export function resolveLoad<T>(result: Load<T>, path: string): T {
  if (result.kind === "signin") redirect(`/inloggen?callbackUrl=${encodeURIComponent(path)}`);
  if (result.kind === "notfound") notFound();
  return result.data;
}

export function parseYear(text: string): number {
  const year = yearInAddressSchema.safeParse(text);
  if (!year.success) notFound();
  return year.data;
}

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
