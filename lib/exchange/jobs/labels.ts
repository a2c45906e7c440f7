/** The import job's status in the words of its page. Pure. */
export const JOB_STATUS_LABELS = {
  WAITING: "wacht op verwerking",
  READING: "wordt gelezen",
  PLANNED: "wacht op uw bevestiging",
  APPLYING: "wordt opgeslagen",
  DONE: "opgeslagen",
  FAILED: "niet ingelezen",
  CANCELLED: "geannuleerd",
} as const;
