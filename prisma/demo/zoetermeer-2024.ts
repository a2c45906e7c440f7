// Gemeente Zoetermeer, Jaarstukken 2024, Programma 6 Dienstverlening en participatie.
// Transcribed from excerpt 001_547691994a645478.txt; see README.md for provenance and judgment calls.

import type { DemoDocument } from "./types";

export const zoetermeer2024: DemoDocument = {
  municipality: "GM0637",
  kind: "JAARSTUKKEN",
  year: 2024,
  title: "Jaarstukken 2024",
  source: {
    key: "zoetermeer-jaarstukken-2024-programma-6",
    title: "Gemeente Zoetermeer, Jaarstukken 2024, Programma 6 Dienstverlening en participatie",
    publisher: "Gemeente Zoetermeer",
    year: 2024,
    note: "Het fragment (tekst uit een PDF) bevat de algemene doelstelling 'Dienstbare gemeente', doelstellingen 6.1 en 6.2 met het verhaal van het jaar, vier indicatoren (rapportcijfers) met begroting en realisatie 2023 en 2024, bron, omschrijving, 'Doel gehaald' en toelichting, de tabel 'Totalen per doelstelling' (lasten, baten, toevoegingen, onttrekkingen, saldo; bedragen x €1.000) en 'Financiën op hoofdlijnen'. Het ontbreekt: de programmakop zelf, begroting en begrotingswijzigingen in de financiële tabel (alleen realisatie), benchmarks en taakvelden. Losse paginanummers ('7', '10') staan tussen de regels. Bronfragment: 001_547691994a645478.txt",
  },
  programmes: [
    {
      number: "6",
      name: "Dienstverlening en participatie",
      location: "Programma 6 Dienstverlening en participatie (naam zoals afgedrukt boven de tabel 'Totalen per doelstelling': 'Jaarrekening Programma 6 Dienstverlening en participatie'; de programmakop zelf valt buiten het fragment)",
      sections: [
        {
          heading: "Financiën op hoofdlijnen",
          body: "Voor een verklaring van verschillen tussen begroting en rekening wordt verwezen naar hoofdstuk jaarrekening/toelichting op het overzicht van baten en lasten.",
          location: "Financiën op hoofdlijnen, slotzin na Doelstelling 6.2 (p. 10)",
        },
      ],
      goals: [
        {
          level: "GENERAL",
          code: null,
          title: "Dienstbare gemeente",
          intended: "Dienstverlening is van ons allemaal. Zeg wat je doet en doe wat je zegt is ons motto. En we werken met servicenormen, zodat de verwachtingen helder zijn. We meten of we aan onze servicenormen voldoen en meten de kwaliteit door onze inwoners naar hun ervaring te vragen.",
          location: "Algemene doelstelling: Dienstbare gemeente",
          children: [
            {
              level: "GOAL",
              code: "6.1",
              title: "Continueren klanttevredenheid",
              achieved: "Dienstverlening is van ons allemaal\nIn 2024 was de start van de zogenaamde paspoortpiek: de komende vier jaar zal het extra druk zijn aan de balies en aan de telefoon vanwege de identiteitsbewijzen. Dit heeft gelukkig minder invloed op dienstverlening gegeven dan vooraf gedacht. In juli is besloten om de balies ook op de maandag open te stellen voor het afhalen van identiteitsbewijzen. Daarmee is meer rust in de hal ontstaan. Ook de receptiebalie draagt bij aan een goede ontvangst van de inwoners.\n\nHet feit dat je bij binnenkomst al bij een medewerker terecht kunt met vragen, wordt positief ervaren. De medewerkers achter de receptie hebben het afgelopen jaar meerdere complimenten gekregen. Helaas staat daar tegenover dat agressie en discriminatie aan de balies en aan de telefoon ook toeneemt. Wij doen hier altijd melding van en hebben afgelopen jaar drie keer een pandverbod opgelegd, omdat er herhaling plaats vond. Voor het meten van de kwaliteit van de dienstverlening hebben we een nieuwe manier (Klant in focus) ingevoerd. Door Klant in focus is het mogelijk om 24/7 reacties op de dienstverlening te ontvangen. Het werkt sinds juli 2024 voor de balies en de digitale dienstverlening, sinds oktober voor de website en zal in 2025 ook worden ingevoerd bij de telefonie. We hopen dit de komende jaren verder uit te breiden naar andere werkprocessen.",
              financeExplanation: "De inkomsten betreffen de legesinkomsten (€ 5,3 mln.)",
              sections: [
                {
                  heading: "Verkiezingen",
                  body: "Op 6 juni 2024 waren de verkiezingen voor het Europees Parlement. Omdat de opkomst voor deze verkiezingen relatief laag is, hebben we ervoor gekozen om dit keer decentraal te tellen. Dat betekent dat de stembiljetten op de verkiezingsdag zowel op partij- als op kandidaatsniveau geteld zijn.",
                  location: "Doelstelling 6.1 Continueren klanttevredenheid, tussenkop 'Verkiezingen'",
                },
                {
                  heading: "Omgevingswet",
                  body: "Op 1 januari 2024 is de Omgevingswet in werking getreden. Ondanks enkele opstartproblemen is de invoering succesvol verlopen. Het gebruik van het Digitale Stelsel Omgevingswet (DSO) verliep over het algemeen goed. Gedurende het jaar zijn verbeteringen doorgevoerd om de efficiëntie en kwaliteit van de dienstverlening te verhogen.\n\nEr is extra capaciteit ingezet bij de Omgevingsbalie. Hier werd goed gebruik van gemaakt zowel op afspraak als op vrije inloopmomenten. Er is prioriteit gegeven aan het verbeteren van de kwaliteit van de brieven die klanten in het proces ontvangen.\n\nMet de invoering van de Omgevingswet is de fase van implementatie overgegaan in transitie. De Omgevingswet biedt nieuwe instrumenten om beleid te maken en uit te voeren, zoals het omgevingsprogramma en het omgevingsplan. Tijdens de transitiefase ligt de nadruk op de verdere ontwikkeling van deze instrumenten en het verbeteren van de dienstverlening. Bij de inwerkingtreding van de Omgevingswet is automatisch een tijdelijk omgevingsplan ontstaan. Dit wordt in stappen omgezet naar een definitief omgevingsplan.\n\nBegin 2024 is nieuwe software aangeschaft om dit proces te ondersteunen, omdat de beschikbare software niet voldeed. Dit zorgde voor enige vertraging, maar het proces ligt nu op schema om het plan zorgvuldig af te ronden.",
                  location: "Doelstelling 6.1 Continueren klanttevredenheid, tussenkop 'Omgevingswet'",
                },
              ],
              location: "Doelstelling 6.1 Continueren klanttevredenheid (verhaal onder tussenkop 'Dienstverlening is van ons allemaal'); financiën: 'Financiën op hoofdlijnen', Doelstelling 6.1 (p. 10)",
            },
            {
              level: "GOAL",
              code: "6.2",
              title: "Bevorderen van de participatie",
              achieved: "Inwoners waarderen participatieprocessen in 2024 gemiddeld met een 7. Dit blijkt uit de Stadspeiling van dit jaar. Dit is een stijging ten opzichte van 2023, toen onze inwoners participatieprocessen gemiddeld een 6,6 gaven. In 2022 was dit een 6.4. Het behaalde resultaat ligt precies in lijn met de verwachtingen en dat is voor het eerst sinds jaren.\nIn 2024 zijn de verbeterpunten die in 2023 zijn aangebracht, verder doorgevoerd. We zijn meer de wijken ingegaan om op straat met inwoners te spreken en hebben gebruik gemaakt van gemeentelijke locaties in de wijken voor bijeenkomsten. We hebben ook nieuwe vormen van participatie uitgeprobeerd. Zo is in 2024 de pilot burgerberaad gestart en afgerond. 150 inwoners hebben de gemeente voorwaarden meegegeven waaraan het nieuwe afvalbeleid moet voldoen. Verder is in 2024 het huidige participatiebeleid geëvalueerd onder inwoners, partners in de stad waarmee de gemeente op het gebied van participatie samenwerkt, medewerkers, college en gemeenteraad. Ook het burgerberaad is geëvalueerd onder deze groepen. De resultaten van de evaluaties worden verwerkt in de nieuwe kadernota Participatie 2025-2030 en de Participatieverordening 2025-2030.",
              financeExplanation: "Onder de doelstelling bevorderen van participatie vallen de kosten voor raad, griffie en college. In 2024 is € 4,1 mln. besteed aan het college en bestuurlijke samenwerking en € 2,6 mln. aan de griffie en raad. De kosten voor participatie en burgerberaad vindt u terug onder Overzicht Overhead.",
              location: "Doelstelling 6.2 Bevorderen van de participatie; financiën: 'Financiën op hoofdlijnen', Doelstelling 6.2 (p. 10)",
            },
          ],
        },
      ],
      indicators: [
        {
          key: "zoetermeer-tevredenheid-dienstverlening",
          goalCode: "6.1",
          name: "Gemiddeld rapportcijfer tevredenheid gehele dienstverlening",
          definition: "De waardering voor de gehele dienstverlening van de gemeente gemeten in een rapportcijfer.",
          unit: "RAPPORTCIJFER",
          decimals: 1,
          direction: "HIGHER_IS_BETTER",
          sourceName: "Stadspeiling",
          frequency: "YEARLY",
          bbvMandatory: false,
          values: [
            {
              year: 2023,
              target: "7,4",
              actual: "7,0",
              location: "Doelstelling 6.1, indicator 'Gemiddeld rapportcijfer tevredenheid gehele dienstverlening (Realisatie 2024)', tabel 'Type 2023 2024', kolom 2023",
            },
            {
              year: 2024,
              target: "7,4",
              actual: "7,0",
              printedGoalAchieved: false,
              explanation: "Het waarderingscijfer is gelijk gebleven.",
              location: "Doelstelling 6.1, indicator 'Gemiddeld rapportcijfer tevredenheid gehele dienstverlening (Realisatie 2024)', tabel 'Type 2023 2024', kolom 2024; 'Doel gehaald' en 'Toelichting' onder de tabel",
            },
          ],
        },
        {
          key: "zoetermeer-digitale-producten",
          goalCode: "6.1",
          name: "Gemiddeld rapportcijfer voor de aanvraag en afhandeling van digitale producten",
          definition: "De waardering voor de digitale dienstverlening van de gemeente gemeten in een rapportcijfer.",
          unit: "RAPPORTCIJFER",
          decimals: 1,
          direction: "HIGHER_IS_BETTER",
          sourceName: "Klant in focus",
          frequency: "YEARLY",
          bbvMandatory: false,
          values: [
            {
              year: 2023,
              target: "7,3",
              actual: "7,0",
              location: "Doelstelling 6.1, indicator 'Gemiddeld rapportcijfer voor de aanvraag en afhandeling van digitale producten (Realisatie 2024)', tabel 'Type 2023 2024' (p. 7), kolom 2023",
            },
            {
              year: 2024,
              target: "7,3",
              actual: "6,6",
              printedGoalAchieved: false,
              explanation: "Er is gebruik gemaakt van een nieuwe manier van het meten van de kwaliteit (Klant in focus). Hierbij kunnen wij 24/7 reacties op de dienstverlening ontvangen. Uit de feedback kunnen we nog geen verklaring vinden voor de daling van het cijfer. Waar mogelijk passen wij doorgegeven verbeterpunten aan.",
              location: "Doelstelling 6.1, indicator 'Gemiddeld rapportcijfer voor de aanvraag en afhandeling van digitale producten (Realisatie 2024)', tabel 'Type 2023 2024' (p. 7), kolom 2024; 'Doel gehaald' en 'Toelichting' onder de tabel",
            },
          ],
        },
        {
          key: "zoetermeer-ondernemers",
          goalCode: "6.1",
          name: "Gemiddeld rapportcijfer dienstverlening aan ondernemers",
          definition: "De waardering van de ondernemers voor de dienstverlening.",
          unit: "RAPPORTCIJFER",
          decimals: 1,
          direction: "HIGHER_IS_BETTER",
          sourceName: "Ondernemerspeiling",
          frequency: "BIENNIAL",
          bbvMandatory: false,
          values: [
            {
              year: 2022,
              actual: "6,2",
              location: "Doelstelling 6.1, toelichting bij indicator 'Gemiddeld rapportcijfer dienstverlening aan ondernemers (Realisatie 2024)': \"Het rapportcijfer in de peiling daarvoor (2022) was een 6,2.\"",
            },
            {
              year: 2023,
              target: "6,9",
              actual: "6,2",
              location: "Doelstelling 6.1, indicator 'Gemiddeld rapportcijfer dienstverlening aan ondernemers (Realisatie 2024)', tabel 'Type 2023 2024', kolom 2023",
            },
            {
              year: 2024,
              target: "6,9",
              actual: "6,6",
              printedGoalAchieved: false,
              explanation: "De gemeente voert elke twee jaar de ondernemingspeiling uit. De meest recente peiling vond plaats in 2024. Het gemiddelde rapportcijfer voor de dienstverlening uit die peiling is een 6,6. Het rapportcijfer in de peiling daarvoor (2022) was een 6,2. De waardering van de dienstverlening is dus gestegen met bijna een halve procent. Dat is een waardevolle verbetering.",
              location: "Doelstelling 6.1, indicator 'Gemiddeld rapportcijfer dienstverlening aan ondernemers (Realisatie 2024)', tabel 'Type 2023 2024', kolom 2024; 'Doel gehaald' en 'Toelichting' onder de tabel",
            },
          ],
        },
        {
          key: "zoetermeer-participatie",
          goalCode: "6.2",
          name: "Gemiddeld rapportcijfer inwoners over proces van participatie",
          definition: "Gemiddeld rapportcijfer voor het proces van participatie door respondenten van de Stadspeiling die in de 12 maanden voorafgaand aan het onderzoek aan participatieprocessen hebben deelgenomen.",
          unit: "RAPPORTCIJFER",
          decimals: 1,
          direction: "HIGHER_IS_BETTER",
          sourceName: "Stadspeiling",
          frequency: "YEARLY",
          bbvMandatory: false,
          values: [
            {
              year: 2022,
              // The report prints "6.4" with a decimal point inside Dutch text; the
              // value is 6,4 (the parser refuses to guess, so we normalise here).
              actual: "6,4",
              location: "Doelstelling 6.2 Bevorderen van de participatie, verhaal van het jaar: \"In 2022 was dit een 6.4.\" (zo afgedrukt, met een punt als decimaalteken)",
            },
            {
              year: 2023,
              target: "6,9",
              actual: "6,6",
              location: "Doelstelling 6.2, indicator 'Gemiddeld rapportcijfer inwoners over proces van participatie (Realisatie 2024)', tabel 'Type 2023 2024', kolom 2023",
            },
            {
              year: 2024,
              target: "7,0",
              actual: "7,0",
              printedGoalAchieved: true,
              explanation: "Sinds 2021 neemt de waardering voor de participatie toe. We organiseren de bijeenkomsten meer in de wijken, laten inwoners meedenken over de hele omgeving bij een nieuw project en gaan vaker de straat op om inwoners te vragen naar hun bijdrage. Er worden meer projecten via Doemeezoetermeer.nl gedeeld en deelname onder inwoners via dit platform is het afgelopen jaar met bijna 200% toegenomen.",
              location: "Doelstelling 6.2, indicator 'Gemiddeld rapportcijfer inwoners over proces van participatie (Realisatie 2024)', tabel 'Type 2023 2024', kolom 2024; 'Doel gehaald' en 'Toelichting' onder de tabel",
            },
          ],
        },
      ],
      finance: [
        {
          title: "Totalen per doelstelling",
          location: "Tabel 'Totalen per doelstelling', 'Jaarrekening Programma 6 Dienstverlening en participatie', bedragen x €1.000 (na Doelstelling 6.2; in het fragment direct gevolgd door paginanummer 10)",
          layout: "CATEGORY_COLUMNS",
          columns: ["ACTUAL"],
          printedHeadings: ["Lasten", "Baten", "Toevoegingen", "Onttrekkingen", "Saldo"],
          lines: [
            {
              label: "Continueren klanttevredenheid (6.1)",
              category: "EXPENSES",
              goalCode: "6.1",
              values: { ACTUAL: "-12.548" },
            },
            {
              label: "Continueren klanttevredenheid (6.1)",
              category: "INCOME",
              goalCode: "6.1",
              values: { ACTUAL: "5.304" },
            },
            {
              label: "Continueren klanttevredenheid (6.1)",
              category: "RESERVE_ADDITION",
              goalCode: "6.1",
              values: { ACTUAL: "0" },
            },
            {
              label: "Continueren klanttevredenheid (6.1)",
              category: "RESERVE_WITHDRAWAL",
              goalCode: "6.1",
              values: { ACTUAL: "18" },
            },
            {
              label: "Bevorderen van de participatie (6.2)",
              category: "EXPENSES",
              goalCode: "6.2",
              values: { ACTUAL: "-6.719" },
            },
            {
              label: "Bevorderen van de participatie (6.2)",
              category: "INCOME",
              goalCode: "6.2",
              values: { ACTUAL: "46" },
            },
            {
              label: "Bevorderen van de participatie (6.2)",
              category: "RESERVE_ADDITION",
              goalCode: "6.2",
              values: { ACTUAL: "0" },
            },
            {
              label: "Bevorderen van de participatie (6.2)",
              category: "RESERVE_WITHDRAWAL",
              goalCode: "6.2",
              values: { ACTUAL: "0" },
            },
          ],
          totals: [
            {
              label: "Continueren klanttevredenheid (6.1)",
              row: "RESULT",
              goalCode: "6.1",
              values: { ACTUAL: "-7.226" },
            },
            {
              label: "Bevorderen van de participatie (6.2)",
              row: "RESULT",
              goalCode: "6.2",
              values: { ACTUAL: "-6.673" },
            },
            {
              label: "TOTAAL PROGRAMMA",
              row: "EXPENSES",
              values: { ACTUAL: "-19.267" },
            },
            {
              label: "TOTAAL PROGRAMMA",
              row: "INCOME",
              values: { ACTUAL: "5.350" },
            },
            {
              label: "TOTAAL PROGRAMMA",
              row: "RESERVE_ADDITION",
              values: { ACTUAL: "0" },
            },
            {
              label: "TOTAAL PROGRAMMA",
              row: "RESERVE_WITHDRAWAL",
              values: { ACTUAL: "18" },
            },
            {
              label: "TOTAAL PROGRAMMA",
              row: "RESULT",
              values: { ACTUAL: "-13.899" },
            },
          ],
        },
      ],
    },
  ],
};
