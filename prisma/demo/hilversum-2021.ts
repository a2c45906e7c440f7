// Gemeente Hilversum, Jaarstukken 2021, 4.2.1 Burgerzaken (gemeentelijke dienstverlening).
// Transcribed from excerpt 002_5f9db9d25ca4e9ab.txt; see README.md for provenance and judgment calls.

import type { DemoDocument } from "./types";

export const hilversum2021: DemoDocument = {
  municipality: "GM0402",
  kind: "JAARSTUKKEN",
  year: 2021,
  title: "Jaarstukken 2021",
  source: {
    key: "hilversum-jaarstukken-2021-burgerzaken",
    title: "Gemeente Hilversum, Jaarstukken 2021, 4.2.1 Burgerzaken (gemeentelijke dienstverlening)",
    publisher: "Gemeente Hilversum",
    year: 2021,
    note: "Het fragment (tekst van de webversie) bevat de opgave van de stad 'Dienstverlening aan de stad', onderdeel 4.2.1 Burgerzaken met inleidende zin, vijf activiteiten, de toelichting op activiteiten en de financiële analyse (begroting na wijziging, realisatie, verschil; x € 1.000, '- = voordeel, zonder teken = nadeel') met toelichting. Het ontbreekt: de naam en het nummer van het bovenliggende programma, doelstellingen met codes, indicatoren, begroting primitief en realisatie vorig jaar, en een uitsplitsing naar product of taakveld. Bronfragment: 002_5f9db9d25ca4e9ab.txt",
  },
  programmes: [
    {
      number: "4.2.1",
      name: "Burgerzaken (gemeentelijke dienstverlening)",
      printedTitle: "4.2.1. Burgerzaken (gemeentelijke dienstverlening)",
      introduction: "Naast het uitvoeren van de wettelijk taak op het gebied van burgerzaken, verbeteren wij de dienstverlening van de hele gemeente. Daar waar mogelijk sluiten we aan bij de wensen van inwoners.",
      location: "Ambities, Burgerzaken, '4.2.1. Burgerzaken (gemeentelijke dienstverlening)' (het bovenliggende programma wordt in het fragment niet genoemd)",
      sections: [
        {
          heading: "Toelichting op activiteiten",
          body: "Voor het college programma Dienstverlening zijn in 2021 veel doelen gehaald. Er is gewerkt aan het uitrollen van de serviceformules. Serviceformules geven inwoners en ondernemers zekerheden bij het gebruik van gemeentelijke producten en diensten. Daarnaast dragen ze bij aan het klantgericht, efficiënt en herkenbaar maken van de gemeentelijke dienstverlening\nUit onderzoek bij onder andere het Sociaal Plein en Publiekszaken (vergunningen) naar de klantbeleving en dienstverlening zijn aanbevelingen voortgekomen die hierin worden meegenomen. Met een gemeentebreed plan voor komende jaar wordt nu gekeken naar een volgende stap in het uitbreiden en versterken van de serviceformules.\nVerder is er in 2021 is een plan gemaakt om dienstverlening aan bewoners in het geval van een netwerkstoring te kunnen voortzetten. Er zijn afspraken gemaakt met gemeente Gooise Meren als achterwacht.\nVia MijnOverheid.nl biedt de gemeente burgers eenduidige onlinedienstverlening aan bij belastingen. Hierbij worden de landelijke ontwikkelingen gevolgd, het doel is om ook met andere beleidsdomeinen hierop aan te sluiten. Deze is voor burgers beschikbaar.\nDaarnaast zijn in 2021 de voorbereidingen voor de vernieuwde website van de gemeente getroffen. De laatste fase is de aanbesteding van de onderliggende techniek van de site. De verwachting is om voor de zomer van 2022 live te gaan. Het ontwerp van de website is besproken met verschillende doelgroepen uit Hilversum en raadsleden.\nDe dienstverlening aan burgers loopt ook tijdens de coronacrisis door. De capaciteit van ambtenaren die dienstverlening leveren was als gevolg van ziekteverzuim, waarvan deels Covid-19-gerelateerd, niet altijd op het gewenste niveau. De raad is over de beperkte telefonische bereikbaarheid en een langere wachttijd bij het verstrekken van producten geïnformeerd (collegebrieven 24 november en 20 december 2021).\nEr zijn maatregelen genomen om de wachttijd weer binnen de norm te krijgen en sinds december 2021 is dit weer het geval. Producten, zoals reisdocumenten, zijn niet thuisbezorgd in 2021. In 2022 wordt dit ter besluitvorming voorgelegd. De avondopenstelling Sociaal Plein is ten behoeve van lastenverlaging en gering bezoek stopgezet. De raad stemde hiermee in via de bezuinigingsopgaven uit de begroting.",
          location: "4.2.1. Burgerzaken (gemeentelijke dienstverlening), Toelichting op activiteiten",
        },
        {
          heading: "Toelichting financiële analyse",
          body: "In 2021 zijn er als gevolg van de toename van het aantal verzoeken voor het verkrijgen van het Nederlanderschap hogere baten (€ 122.000) Hiertegenover staan ook hogere afdrachten aan het rijk ter hoogte van € 84.000) Ook de aanvragen voor paspoorten, rijbewijzen en NID-kaarten waren hoger dan in de loop van 2021 was verwacht. De hogere inkomsten hiervoor zijn € 143.000, de extra afdracht was € 66.000.\nOm verdere achterstanden te voorkomen is externe capaciteit (€ 117.000) ingehuurd bij het klantcontactcentrum en burgerzaken. In RIB 2021-101 Reserve Covid-19 aanvullende maatregelen gemeentelijke organisatie is de raad hierover geïnformeerd.",
          location: "4.2.1. Burgerzaken (gemeentelijke dienstverlening), tekst direct onder de tabel 'Financiële analyse' (de kop 'Toelichting financiële analyse' is niet afgedrukt)",
        },
      ],
      goals: [
        {
          level: "GENERAL",
          code: null,
          title: "Dienstverlening aan de stad",
          intended: "De dienstverlening is het visitekaartje van de gemeente. Inwoners zijn zelfbewuster en mondiger geworden. Wij richten de dienstverlening hierop in, gericht op drie thema’s: innovatie, het verder digitaliseren van de dienstverlening en het verbeteren van de efficiëntie. Om dit te realiseren ligt de focus op een drietal aspecten. Ten eerste het gemak voor de gebruiker: wij houden rekening met de digitaliserende samenleving, de gemeentelijke producten zijn vindbaar en toegankelijk en wij zijn voor iedereen bereikbaar. Ten tweede richten wij ons op betrokkenheid: onze medewerkers zijn klantgericht, gaan op zoek naar de vraag achter de vraag en durven af te wijken van de gebaande paden wanneer nodig. Ten derde streven we ernaar open en transparant te werk te gaan. De Coronacrisis heeft meer druk gelegd op de telefonische dienstverlening en de 1,5 meter samenleving is van invloed op de dienstverlening aan de loketten. Het is nog niet duidelijk of corona ook in 2021 invloed heeft op de dienstverlening.",
          location: "Opgave van de stad, 'Dienstverlening aan de stad'",
        },
      ],
      activities: [
        {
          title: "Uitvoeren van het programmaplan dienstverlening, met aandacht voor:",
          description: "- Verbeteren, uitbreiden en continu monitoren van de dienstverlening, onder andere door onderzoek te doen naar klantervaringen van verschillende doelgroepen en deze te verwerken in serviceformules en het vernieuwen van de frontoffice applicatie. Serviceformules dragen bij aan het klantgericht, efficiënt en herkenbaar maken van gemeentelijke dienstverlening.\n- Verbeteren van de gemeentelijke website, zowel inhoudelijk als technisch.\n- Aansluiten bij MijnOverheid.nl voor eenduidige dienstverlening vanuit de overheid met inwoners, in relatie tot de invoering van de Omgevingswet.",
          location: "4.2.1. Burgerzaken (gemeentelijke dienstverlening), Activiteiten, eerste opsommingsteken (met drie subpunten)",
        },
        {
          title: "Verzorgen van klantcontact via internet, social media, live chat, telefonie, post en het loket.",
          location: "4.2.1. Burgerzaken (gemeentelijke dienstverlening), Activiteiten, tweede opsommingsteken",
        },
        {
          title: "Afschaffen avondopenstelling Sociaal Plein ten behoeve van lastenverlaging en passend bij het geringe bezoek in de avonduren.",
          location: "4.2.1. Burgerzaken (gemeentelijke dienstverlening), Activiteiten, derde opsommingsteken",
        },
        {
          title: "Verstrekken producten burgerzaken zoals reisdocumenten (ook thuis te bezorgen), uittreksels en verklaringen omtrent gedrag.",
          location: "4.2.1. Burgerzaken (gemeentelijke dienstverlening), Activiteiten, vierde opsommingsteken",
        },
        {
          title: "Onderzoeken van de mogelijkheden om bij een netwerkstoring dienstverlening aan de inwoner te blijven aanbieden.",
          location: "4.2.1. Burgerzaken (gemeentelijke dienstverlening), Activiteiten, vijfde opsommingsteken",
        },
      ],
      finance: [
        {
          title: "Financiële analyse",
          location: "4.2.1. Burgerzaken (gemeentelijke dienstverlening), Financiële analyse, bedragen x € 1.000 (- = voordeel, zonder teken = nadeel)",
          layout: "AMOUNT_COLUMNS",
          columns: ["BUDGET_AMENDED", "ACTUAL", "DIFFERENCE"],
          printedHeadings: [
            "Begroting na wijziging",
            "Realisatie",
            "Verschil (realisatie t.o.v. gewijzigde begroting)",
          ],
          lines: [
            {
              label: "Lasten",
              category: "EXPENSES",
              values: { BUDGET_AMENDED: "2.521", ACTUAL: "2.916", DIFFERENCE: "394" },
            },
            {
              label: "Baten",
              category: "INCOME",
              values: { BUDGET_AMENDED: "-1.075", ACTUAL: "-1.311", DIFFERENCE: "-236" },
            },
          ],
          totals: [
            {
              label: "Saldo",
              row: "BALANCE",
              values: { BUDGET_AMENDED: "1.446", ACTUAL: "1.605", DIFFERENCE: "159" },
            },
          ],
        },
      ],
    },
  ],
};
