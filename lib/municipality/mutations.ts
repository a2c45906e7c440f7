import "server-only";
import type { Db } from "@/lib/db";
import type { DeviationRule, SignConvention } from "@/lib/generated/prisma/enums";

export interface MunicipalityInput {
  cbsCode: string;
  name: string;
  slug: string;
  province?: string | null;
  inhabitants?: number | null;
  inhabitantsYear?: number | null;
  signConvention?: SignConvention;
  deviationThresholdAmount?: bigint | null;
  deviationThresholdPercent?: string | null;
  deviationRule?: DeviationRule;
}

/** Creates or updates a municipality by its CBS code. */
export async function upsertMunicipality(db: Db, input: MunicipalityInput) {
  const { cbsCode, ...data } = input;
  return db.municipality.upsert({ where: { cbsCode }, create: { cbsCode, ...data }, update: data });
}
