import type { ButtonSpec } from "./StructureForm";

// Not in StructureForm.tsx: that is a client module, and the server pages call this.

/** "Omhoog" / "Omlaag" for the item at `index` of `count`: none where it cannot move. */
export function orderButtons(index: number, count: number, subject: string): ButtonSpec[] {
  return [
    ...(index > 0 ? [{ label: "Omhoog", accessibleName: `Omhoog: ${subject}`, name: "direction", value: "up", secondary: true }] : []),
    ...(index < count - 1 ? [{ label: "Omlaag", accessibleName: `Omlaag: ${subject}`, name: "direction", value: "down", secondary: true }] : []),
  ];
}
