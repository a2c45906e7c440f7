// Gemeente Zoetermeer, Jaarstukken 2022, Programma 6 Dienstverlening en participatie.
// Transcribed from excerpt 000_c92c914d0f950853.txt; see README.md for provenance and judgment calls.

import type { DemoDocument } from "./types";

export const zoetermeer2022: DemoDocument = {
  municipality: "GM0637",
  kind: "JAARSTUKKEN",
  year: 2022,
  title: "Jaarstukken 2022",
  source: {
    key: "zoetermeer-jaarstukken-2022-programma-6",
    title: "Gemeente Zoetermeer, Jaarstukken 2022, Programma 6 Dienstverlening en participatie",
    publisher: "Gemeente Zoetermeer",
    year: 2022,
    note: "Het fragment (tekst van de webversie) bevat de kerncijfers van het programma (uitgaven, inkomsten, saldo, x € 1.000, met aandeel in het gemeentelijk totaal), de algemene doelstelling 'Dienstbare gemeente' met de blokken Vluchtelingen en Verkiezingen, doelstellingen 6.1 en 6.2 met het verhaal van het jaar, vier blokken 'Toelichting' met 'Doel gehaald: Nee' (drie onder 6.1, één onder 6.2) en 'Financiën op hoofdlijnen' per doelstelling. Het ontbreekt: de namen, eenheden, begrotings- en realisatiecijfers van de indicatoren waar die toelichtingen bij horen, de doelenboom (alleen de afbeeldingstitel), begroting en verschil bij de kerncijfers en een financiële tabel per doelstelling. Bronfragment: 000_c92c914d0f950853.txt",
  },
  programmes: [
    {
      number: "6",
      name: "Dienstverlening en participatie",
      location: "Programma 6 Dienstverlening en participatie",
      sections: [
        {
          heading: "Financiën op hoofdlijnen",
          body: "Voor een verklaring van verschillen tussen begroting en jaarrekening wordt verwezen naar hoofdstuk Jaarrekening/Toelichting op het overzicht van baten en lasten.",
          location: "Toelichting financiën, Financiën op hoofdlijnen, slotzin na Doelstelling 6.2",
        },
      ],
      goals: [
        {
          level: "GENERAL",
          code: null,
          title: "Dienstbare gemeente",
          intended: "Dienstverlening is van ons allemaal\nDienstverlening staat hoog in het vaandel in het werken met en voor onze klanten. We willen tevreden klanten die vertrouwen hebben in de gemeente en betrokken zijn bij de stad. Ons motto is “Zeg wat je doet, doe wat je zegt.”\nDigitalisering blijft een continu aandachtspunt. We blijven zo veel mogelijk producten en diensten digitaal aanbieden en verbeteren. We bieden, als het nodig is, hulp aan de digitaal minder vaardige inwoners.\nDoor klantonderzoek krijgen we inzicht hoe inwoners en bedrijven de dienstverlening ervaren en leren we wat beter kan.",
          sections: [
            {
              heading: "Vluchtelingen",
              body: "Vluchtelingen moeten om in aanmerking te komen voor voorzieningen (leefgeld, toeslagen) in Nederland, zich registreren in de Basisregistratie Personen (BRP). Tijdens de toestroom van vluchtelingen (Oekraïners en statushouders) heeft de gemeente zich ingezet om alle vluchtelingen zo snel en goed mogelijk in te schrijven. Dit heeft wel negatieve gevolgen gehad voor de overige dienstverlening onder andere de wachttijden.",
              location: "Algemene doelstelling: Dienstbare gemeente, tussenkop 'Vluchtelingen'",
            },
            {
              heading: "Verkiezingen",
              body: "In 2022 vonden de verkiezingen voor de gemeenteraad en het referendum afvalbeleid plaats. Tijdens de verkiezingen was de noodwetgeving in verband met COVID-19 nog van toepassing. Er is ingezet om het stemmen zo veilig mogelijk te maken voor de kiezers en de stembureauleden. De stembureaus waren drie dagen open. Ook is er opnieuw rekening gehouden met maatregelen zoals hygiënematerialen en toegankelijkheid van de locaties. Om als partij met deze verkiezingen mee te mogen doen moesten er een aantal zaken vooraf geregeld worden. De organisatie hiervan lag bij de gemeente.\n\nDe verkiezingen zijn goed verlopen.",
              location: "Algemene doelstelling: Dienstbare gemeente, tussenkop 'Verkiezingen'",
            },
          ],
          location: "Algemene doelstelling: Dienstbare gemeente (tekst onder tussenkop 'Dienstverlening is van ons allemaal')",
          children: [
            {
              level: "GOAL",
              code: "6.1",
              title: "Continueren klanttevredenheid",
              achieved: "In 2022 is er veel gedaan om het belang van goede dienstverlening onder de aandacht te brengen. In verschillende workshops, webinars en nieuwsberichten zijn onderwerpen als gastvrijheid, bereikbaarheid, etiquette in dienstverlening, schrijven in duidelijke taal en betrouwbaarheid besproken.\nOm meer inzicht te krijgen in de verbeterpunten van de gemeentelijke dienstverlening is gestart met de bouw van een dienstverleningsmonitor.\nAls extra dienstverleningskanaal is een project beeldbellen van start gegaan. Inwoners kunnen op deze manier van huis uit persoonlijk contact krijgen met een ambtenaar.\nOm digitale dienstverlening te verbeteren, is het afgelopen jaar een nieuwe website in gebruik genomen.",
              financeExplanation: "Om de klanttevredenheid op peil te houden (doelstelling 6.1) is in 2022 € 10,5 mln. uitgegeven aan onder andere baliedienstverlening, het Gemeentelijk informatiepunt, digitale dienstverlening, de basisregistraties, de invoering van de omgevingswet en de bouwvergunningen. De inkomsten betreffen de legesinkomsten (€ 5,8 mln.).",
              location: "Doelstelling 6.1 Continueren klanttevredenheid; financiën: Toelichting financiën, Financiën op hoofdlijnen, Doelstelling 6.1",
            },
            {
              level: "GOAL",
              code: "6.2",
              title: "Bevorderen van de participatie",
              achieved: "In 2020 en 2021 organiseerden we vooral online bijeenkomsten in verband met de coronamaatregelen. In 2022 was gelukkig weer ruimte voor het persoonlijke gesprek met inwoners en andere belanghebbenden. Dit gesprek voerden we vooral bij onderwerpen waarbij inwoners het belangrijk vinden om persoonlijk van gedachten te wisselen en hun stem te laten horen. Denk bijvoorbeeld aan de noodopvang van vluchtelingen in de voormalige gevangenis of bouwprojecten in de stad.",
              financeExplanation: "Voor het bevorderen van de participatie (doelstelling 6.2) is € 3,0 mln. besteed aan het college en bestuurlijke samenwerking en € 2,3 mln. aan de griffie. De inkomsten van doelstelling 6.2 zijn € 0,7 mln. met name veroorzaakt door een gedeeltelijke vrijval van de voorziening wethouderspensioenen.",
              sections: [
                {
                  heading: "Fysieke bijeenkomsten en Doemee",
                  body: "In 2022 zijn rond de 35 fysieke bijeenkomsten in de stad georganiseerd. Regelmatig ging het hierbij om bijeenkomsten waarbij we een combinatie maakten met doemee.zoetermeer.nl. Dat geldt bijvoorbeeld voor (bouw)projecten zoals de komst van flexwoningen aan de Ruimtebaan, woningbouwplannen op locatie De Sniep, de Cultuurvisie, het nieuwe station Zoetermeer en bij het project Gat in de Markt.\nVia Doemee is voor 21 onderwerpen input opgehaald bij inwoners. Los van de combinatie met de fysieke bijeenkomsten, ging het vooral over infrastructurele projecten, nieuwe locaties voor laadpalen en specifieke wijkonderwerpen.",
                  location: "Doelstelling 6.2 Bevorderen van de participatie, tussenkop 'Fysieke bijeenkomsten en Doemee'",
                },
                {
                  heading: "Buurtvisie",
                  body: "In 2022 is verder gewerkt om participatie meer bij het begin van een ontwikkeling te organiseren. Daarom zijn we gestart met een buurtvisie als proef. Dit heeft geleid tot de gebiedsvisie Luxemburglaan en omstreken en Zuidflank Nederlandlaan. De participatie was laagdrempelig en een mix van online en fysieke participatievormen, op een wijze die voor iedereen prettig is. Denk aan stadswandelingen, themabijeenkomsten en een wereldcafé. De evaluatie is in 2022 nog niet afgerond, maar deelnemers aan het participatieproces gaven aan tevreden te zijn over deze aanpak. Dit om bij (bouw)ontwikkelingen de buurt als een geheel te zien en om te voorkomen dat dezelfde groepen buurtbewoners meerdere keren in een korte tijd worden benaderd.\nOok zijn in 2022 meerdere klankbordgroepen gevormd binnen participatietrajecten, zoals bij de woningbouwplannen voor De Sniep, openbare ruimte Entree en station Zoetermeer. Hier zijn positieve ervaringen mee opgedaan.",
                  location: "Doelstelling 6.2 Bevorderen van de participatie, tussenkop 'Buurtvisie'",
                },
                {
                  heading: "Verbetering participatie binnen organisatie",
                  body: "Verder is gewerkt aan de kennis over participatie binnen de organisatie. Medewerkers hebben trainingen gevolgd en presentaties gekregen over participatie. De Interne Participatiewijzer is geactualiseerd met nieuwe voorbeelden. Op 1 december 2022 is een senior adviseur Participatiebeleid gestart (0,5 fte) en is het project Participatie van start gegaan. Hierbij ligt de nadruk op het verbeteren van de uitvoering van participatie. Dit moet leiden tot meer tevredenheid bij inwoners over participatie.",
                  location: "Doelstelling 6.2 Bevorderen van de participatie, tussenkop 'Verbetering participatie binnen organisatie'",
                },
              ],
              location: "Doelstelling 6.2 Bevorderen van de participatie; financiën: Toelichting financiën, Financiën op hoofdlijnen, Doelstelling 6.2",
            },
          ],
        },
      ],
      indicators: [
        {
          key: "zoetermeer-2022-6.1-toelichting-1",
          goalCode: "6.1",
          name: null,
          unit: "OVERIG",
          decimals: 1,
          direction: "HIGHER_IS_BETTER",
          frequency: "YEARLY",
          bbvMandatory: false,
          values: [
            {
              year: 2022,
              printedGoalAchieved: false,
              explanation: "De lange wachttijden bij de publieksbalies en het gemeentelijk Informatiepunt hebben invloed gehad op de klantwaardering. Inwoners hadden ook kritiek over het lang uitblijven van een reactie na een vraag of melding.",
              location: "Doelstelling 6.1, eerste blok 'Toelichting' ('Doel gehaald: Nee'; indicatornaam en cijfers niet in het fragment)",
            },
          ],
        },
        {
          key: "zoetermeer-2022-6.1-toelichting-2",
          goalCode: "6.1",
          name: null,
          unit: "OVERIG",
          decimals: 1,
          direction: "HIGHER_IS_BETTER",
          frequency: "YEARLY",
          bbvMandatory: false,
          values: [
            {
              year: 2022,
              printedGoalAchieved: false,
              explanation: "De inwoners waren minder tevreden over het aanvraagformulier en het proces van aanvragen. De taal was soms onduidelijk.",
              location: "Doelstelling 6.1, tweede blok 'Toelichting' ('Doel gehaald: Nee'; indicatornaam en cijfers niet in het fragment)",
            },
          ],
        },
        {
          key: "zoetermeer-2022-6.1-toelichting-3",
          goalCode: "6.1",
          name: null,
          unit: "OVERIG",
          decimals: 1,
          direction: "HIGHER_IS_BETTER",
          frequency: "YEARLY",
          bbvMandatory: false,
          values: [
            {
              year: 2022,
              printedGoalAchieved: false,
              explanation: "Afgelopen jaar werden de ondernemers nog maar 10% telefonisch gelijk geholpen ten opzichte van 31% in 2020. Daarnaast hoorde 10% na een melding niets meer van de gemeente.",
              location: "Doelstelling 6.1, derde blok 'Toelichting' ('Doel gehaald: Nee'; indicatornaam en cijfers niet in het fragment)",
            },
          ],
        },
        {
          key: "zoetermeer-2022-6.2-toelichting-1",
          goalCode: "6.2",
          name: null,
          unit: "OVERIG",
          decimals: 1,
          direction: "HIGHER_IS_BETTER",
          frequency: "YEARLY",
          bbvMandatory: false,
          values: [
            {
              year: 2022,
              printedGoalAchieved: false,
              explanation: "De reden dat inwoners willen participeren is vooral om invloed uit te kunnen oefenen op beleid en op projecten in hun woonomgeving. Daarnaast willen ze informatie ontvangen.\nDe verbeterpunten zijn: Het geven van invloed waar dat kan en duidelijk zijn over wat mogelijk is, bewoners vroegtijdig betrekken en duidelijke communicatie.\n\nInwoners geven wel aan erg tevreden te zijn over het online participatieplatform doemee.zoetermeer.nl.",
              location: "Doelstelling 6.2, blok 'Toelichting' ('Doel gehaald: Nee'; indicatornaam en cijfers niet in het fragment)",
            },
          ],
        },
      ],
      finance: [
        {
          title: "Programma 6 in cijfers",
          location: "Programma 6 Dienstverlening en participatie, kerncijfers bovenaan het programma (x € 1.000, met aandeel in het gemeentelijk totaal; in het fragment tweemaal afgedrukt)",
          layout: "AMOUNT_COLUMNS",
          columns: ["ACTUAL"],
          printedHeadings: ["Uitgaven", "Inkomsten", "Saldo"],
          lines: [
            {
              label: "Programma 6 Dienstverlening en participatie",
              category: "EXPENSES",
              values: { ACTUAL: "-15.781" },
            },
            {
              label: "Programma 6 Dienstverlening en participatie",
              category: "INCOME",
              values: { ACTUAL: "6.265" },
            },
          ],
          totals: [
            {
              label: "Uitgaven",
              row: "EXPENSES",
              values: { ACTUAL: "-15.781" },
              shareOfMunicipalTotal: { ACTUAL: "3,3%" },
            },
            {
              label: "Inkomsten",
              row: "INCOME",
              values: { ACTUAL: "6.265" },
              shareOfMunicipalTotal: { ACTUAL: "1,23%" },
            },
            {
              label: "Saldo",
              row: "BALANCE",
              values: { ACTUAL: "-9.516" },
              shareOfMunicipalTotal: { ACTUAL: "31,44%" },
            },
          ],
        },
      ],
    },
  ],
};
