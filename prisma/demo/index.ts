// The demo data set: four municipalities and five transcribed annual-report excerpts.
// See README.md for provenance.

import type { DemoDocument } from "./types";
import { demoMunicipalities } from "./municipalities";
import { zoetermeer2022 } from "./zoetermeer-2022";
import { zoetermeer2024 } from "./zoetermeer-2024";
import { hilversum2021 } from "./hilversum-2021";
import { middenGroningen2021 } from "./midden-groningen-2021";
import { leidschendamVoorburg2019 } from "./leidschendam-voorburg-2019";

export { demoMunicipalities };

export const demoDocuments: DemoDocument[] = [
  zoetermeer2022,
  zoetermeer2024,
  hilversum2021,
  middenGroningen2021,
  leidschendamVoorburg2019,
];
