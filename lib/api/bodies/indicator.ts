import { goalAchievement } from "@/lib/indicator/achievement";
import type { IndicatorDto, IndicatorValueDto } from "@/lib/indicator/data";
import { achievement, indicatorDirection, indicatorFrequency, indicatorUnit } from "../vocabulary";
import { provenance } from "../schemas/common";
import type { IndicatorValueBody } from "../schemas/indicator";

type Direction = IndicatorDto["direction"];

/** One value with "doel gehaald" derived by the app's own rule, next to what the source printed. */
export function indicatorValueBody(direction: Direction, v: IndicatorValueDto): IndicatorValueBody {
  const derived = goalAchievement({ direction, target: v.target, actual: v.actual });
  return {
    jaar: v.year,
    dimensiewaarde: v.dimensionValue === "" ? null : v.dimensionValue,
    streefwaarde: v.target,
    realisatie: v.actual,
    benchmark: v.benchmark,
    benchmarkOmschrijving: v.benchmarkLabel,
    doelGehaald: derived === "GEHAALD" ? true : derived === "NIET_GEHAALD" ? false : null,
    beoordeling: achievement.of(derived),
    gedruktDoelGehaald: v.printedGoalAchieved,
    toelichting: v.explanation,
    herkomst: provenance(v.sourceTitle, v.sourceLocation),
  };
}

type IndicatorFields = Omit<IndicatorDto, "values" | "goalId" | "importKey">;

/** The descriptive fields every indicator body shares. */
export function indicatorFieldsBody(i: IndicatorFields) {
  return {
    id: i.id,
    code: i.code,
    naam: i.name,
    definitie: i.definition,
    eenheid: indicatorUnit.of(i.unit),
    eenheidLabel: i.unitLabel,
    decimalen: i.decimals,
    richting: indicatorDirection.of(i.direction),
    bron: i.sourceName,
    frequentie: indicatorFrequency.of(i.frequency),
    bbvVerplicht: i.bbvMandatory,
    groep: i.groupLabel,
    dimensie: i.dimensionName,
  };
}
