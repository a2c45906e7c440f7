import type { AnyOperation } from "../operation";
import { getMunicipalityOperation, listMunicipalitiesOperation, listYearsOperation } from "./gemeenten";
import { openApiOperation } from "./openapi";
import { getProgrammeFinanceOperation, getProgrammeOperation, listProgrammesOperation } from "./programmas";
import { compareIndicatorsOperation } from "./vergelijking";

/** Every operation of /api/v1, in the order the OpenAPI document lists them. */
export const operations: readonly AnyOperation[] = [
  listMunicipalitiesOperation,
  getMunicipalityOperation,
  listYearsOperation,
  listProgrammesOperation,
  getProgrammeOperation,
  getProgrammeFinanceOperation,
  compareIndicatorsOperation,
  openApiOperation,
];
