// The four municipalities of the demo data set.
// Province and inhabitants: /work/shared/data/cbs/gemeenten_2025.csv
// (CBS StatLine 85067NED joined with CBS Gemeenteklassen 2025; CC BY 4.0, Bron: CBS).
// Sign conventions and thresholds: as printed in the source documents (see README.md).

import type { DemoMunicipality } from "./types";

export const demoMunicipalities: DemoMunicipality[] = [
  {
    cbsCode: "GM0637",
    name: "Zoetermeer",
    slug: "zoetermeer",
    province: "Zuid-Holland",
    inhabitants: 129941,
    inhabitantsYear: 2025,
    signConvention: "EXPENSES_NEGATIVE",
    settingsLocation:
      "Jaarstukken 2024, Programma 6, tabel 'Totalen per doelstelling' (lasten negatief, baten positief, saldo = som); ook Jaarstukken 2022, Programma 6, kerncijfers (Uitgaven € -15.781, Inkomsten € 6.265, Saldo € -9.516)",
  },
  {
    cbsCode: "GM0402",
    name: "Hilversum",
    slug: "hilversum",
    province: "Noord-Holland",
    inhabitants: 94351,
    inhabitantsYear: 2025,
    signConvention: "ADVANTAGE_NEGATIVE",
    settingsLocation:
      "Jaarstukken 2021, 4.2.1. Burgerzaken (gemeentelijke dienstverlening), Financiële analyse: 'Bedragen x € 1.000 (- = voordeel, zonder teken = nadeel)'",
  },
  {
    cbsCode: "GM1952",
    name: "Midden-Groningen",
    slug: "midden-groningen",
    province: "Groningen",
    inhabitants: 61374,
    inhabitantsYear: 2025,
    signConvention: "BOTH_POSITIVE",
    deviationThresholdAmount: "100.000",
    settingsLocation:
      "Jaarrekening 2021, 2.4.2 Financieel overzicht: tabel 'Financieel overzicht dienstverlening' (lasten en baten positief, verschil = begroting na wijzigingen − realisatie) en 'Analyse afwijkingen Programma Dienstverlening': 'onder de grens van toelichting van € 100.000'",
  },
  {
    cbsCode: "GM1916",
    name: "Leidschendam-Voorburg",
    slug: "leidschendam-voorburg",
    province: "Zuid-Holland",
    inhabitants: 78309,
    inhabitantsYear: 2025,
  },
];
