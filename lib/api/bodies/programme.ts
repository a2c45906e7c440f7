import type { ActivityDto, GoalNode } from "@/lib/programme/data";
import { goalLevel } from "../vocabulary";
import { provenance } from "../schemas/common";
import type { GoalBody } from "../schemas/programma";

export function goalBody(node: GoalNode, sourceTitles: Map<string, string>): GoalBody {
  return {
    code: node.code,
    niveau: goalLevel.of(node.level),
    titel: node.title,
    watWillenWeBereiken: node.intended,
    watHebbenWeBereikt: node.achieved,
    watHebbenWeGedaan: node.done,
    toelichtingFinancien: node.financeExplanation,
    herkomst: provenance(sourceTitles.get(node.id), node.sourceLocation),
    subdoelen: node.children.map((child) => goalBody(child, sourceTitles)),
  };
}

/** goalId -> code over the whole tree, for activities and indicators that point at a goal. */
export function goalCodes(nodes: GoalNode[], into = new Map<string, string | null>()): Map<string, string | null> {
  for (const node of nodes) {
    into.set(node.id, node.code);
    goalCodes(node.children, into);
  }
  return into;
}

export function activityBody(a: ActivityDto, codes: Map<string, string | null>, sourceTitles: Map<string, string>) {
  return {
    code: a.code,
    titel: a.title,
    omschrijving: a.description,
    watHebbenWeBereikt: a.achieved,
    watHebbenWeGedaan: a.done,
    doelCode: a.goalId ? (codes.get(a.goalId) ?? null) : null,
    herkomst: provenance(sourceTitles.get(a.id), a.sourceLocation),
  };
}
