/**
 * The CBS Iv3 delivery format (issue 11 point 3): validate an uploaded
 * delivery, read it as budget-line amounts per taakveld, and build one from
 * the product's lines. Pure (no Next, no Prisma): also usable from a plain
 * Node process started with `node --import tsx`. Reference files and their
 * provenance: reference/README.md.
 */
export { validateIv3Delivery, IV3_MAX_ROWS, IV3_MAX_MESSAGES } from "./validate";
export { iv3LineAmounts, RESERVES_TAAKVELD, RESULT_TAAKVELD } from "./amounts";
export type { Iv3Amounts, Iv3LineAmount, Iv3SkippedAmount } from "./amounts";
export { iv3Stage } from "./stage";
export type { Iv3Stage, Iv3StageKind } from "./stage";
export { buildIv3Delivery, PLACEHOLDER_CONTACT, IV3_SOFTWARE } from "./build";
export type { Iv3Build, Iv3BuildInput, Iv3BuildLine, Iv3OmittedLine } from "./build";
export { IV3_EUROS_PER_UNIT } from "./units";
export { PM as IV3_OWN_CODES } from "./messages";
export type {
  Iv3Contact,
  Iv3Data,
  Iv3Delivery,
  Iv3Error,
  Iv3LineCategory,
  Iv3Metadata,
  Iv3Row,
  Iv3Status,
  Iv3Validation,
} from "./types";
