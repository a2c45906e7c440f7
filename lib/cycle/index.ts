// The P&C cycle's pure rules (decision 009): one place, so no page, export or
// analysis computes a stage, an owner or a na-wijziging its own way.
export { type DocumentKind, type Stage, type StageDocument, STAGE_LABELS, ownStage, ownedYears, stageOf } from "./stage";
export { type DocumentOrigin, type OwnerCandidate, documentOfYear, ownerOf } from "./owner";
export { type OrderedAmendment, olderFirst } from "./amendment-order";
export {
  type AmendLineCheck,
  type AmendedBudget,
  type AmendedBudgetInput,
  type AmendmentStatus,
  type AsOf,
  type BudgetBasis,
  type LineAmendment,
  AMENDED_BASIS_LABELS,
  UNSPECIFIED_AMENDMENT_REASON,
  amendedBudget,
  canAmendLine,
  unspecifiedDelta,
} from "./amended-budget";
export { type TargetAfterAmendments, type TargetAmendmentInput, targetAfterAmendments } from "./target";
export { type YearFigure, previousYearActual } from "./previous-year";
export {
  type DocumentStatus,
  type FigureSubject,
  type LockOwner,
  type LockPrinting,
  type LockReasonInput,
  amendmentLockReason,
  amendmentLocked,
  figureLocked,
  lockReason,
} from "./lock";
