import { goalAchievement } from "@/lib/indicator/achievement";
import type { IndicatorDto, IndicatorValueDto } from "@/lib/indicator/data";
import type { StageFigureDto } from "@/lib/indicator/value-view";
import { achievement, documentKind, indicatorDirection, indicatorFrequency, indicatorUnit, targetStage } from "../vocabulary";
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

const stageDocument = (d: StageFigureDto["document"]) => ({ soort: documentKind.of(d.kind), jaar: d.year, titel: d.title });
const dimension = (value: string) => (value === "" ? null : value);

/** The figures per stage: each streefwaarde with the begroting that set it, each realisatie with its jaarstukken (decision 009 §7). */
export function indicatorStagesBody(i: Pick<IndicatorDto, "targets" | "actuals">) {
  return {
    streefwaarden: i.targets.map((t) => ({
      jaar: t.year,
      dimensiewaarde: dimension(t.dimensionValue),
      waarde: t.value,
      periode: t.periodLabel,
      fase: targetStage.of(t.stage as keyof typeof targetStage.map),
      begroting: stageDocument(t.document),
    })),
    realisaties: i.actuals.map((a) => ({ jaar: a.year, dimensiewaarde: dimension(a.dimensionValue), waarde: a.value, periode: a.periodLabel, jaarstukken: stageDocument(a.document) })),
  };
}

type IndicatorFields = Omit<IndicatorDto, "values" | "goalId" | "importKey" | "targets" | "actuals">;

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
