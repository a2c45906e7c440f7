// The transcription format lives with its importer (lib/import); the demo data is one user of it.
export type * from "../../lib/import/transcription-types";
