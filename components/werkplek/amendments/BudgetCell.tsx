import type { BudgetState } from "@/lib/amendment/data";
import { AMENDED_BASIS_LABELS } from "@/lib/cycle";
import { amountText } from "../entry/entry-view";

/** A begroting na wijziging with its basis: a printed one (no primitief in the source) says so. */
export function BudgetCell({ state }: { state: BudgetState }) {
  if (state.amount === null) return <>–</>;
  return (
    <>
      {amountText(state.amount)}
      {state.basis === "printed" && <span className="pm-block pm-small" style={{ whiteSpace: "normal" }}>{AMENDED_BASIS_LABELS.printed}</span>}
    </>
  );
}
