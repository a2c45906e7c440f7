import { achievementLabel, type Achievement } from "@/lib/indicator/achievement";

const CLASS: Record<Achievement, string> = {
  GEHAALD: "pm-badge-ok",
  NIET_GEHAALD: "pm-badge-fail",
  GEEN_METING: "pm-badge-none",
  GEEN_STREEFWAARDE: "pm-badge-none",
};

export function AchievementBadge({ achievement, printed = false }: { achievement: Achievement; printed?: boolean }) {
  return (
    <span className={`utrecht-status-badge ${CLASS[achievement]}`}>
      {achievementLabel(achievement)}
      {printed && <span className="pm-badge-note"> (volgens de bron; cijfers ontbreken)</span>}
    </span>
  );
}
