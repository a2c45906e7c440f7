// How a goal or an activity is named above its texts (the werkplek and the review queue say the same). Pure.

const LEVEL = { GENERAL: "Algemene doelstelling", GOAL: "Doelstelling", SUBGOAL: "Subdoel" } as const;

export function goalLabel(g: { level: keyof typeof LEVEL; code: string | null; title: string }): string {
  return `${LEVEL[g.level]}${g.code ? ` ${g.code}` : ""}: ${g.title}`;
}

export function activityLabel(a: { code: string | null; title: string }): string {
  return a.code ? `Activiteit ${a.code}: ${a.title}` : `Activiteit: ${a.title}`;
}
