// Gemeente Leidschendam-Voorburg, Jaarstukken 2019, Bestuurlijke samenvatting.
// Transcribed from excerpt 004_fa6ad5439c6df046.txt; see README.md for provenance and judgment calls.

import type { DemoDocument } from "./types";

export const leidschendamVoorburg2019: DemoDocument = {
  municipality: "GM1916",
  kind: "JAARSTUKKEN",
  year: 2019,
  title: "Jaarstukken 2019",
  source: {
    key: "leidschendam-voorburg-jaarstukken-2019-bestuurlijke-samenvatting",
    title: "Gemeente Leidschendam-Voorburg, Jaarstukken 2019, Bestuurlijke samenvatting",
    publisher: "Gemeente Leidschendam-Voorburg",
    year: 2019,
    note: "Het fragment is de bestuurlijke samenvatting (onderdeel Algemeen) van de webversie van de jaarstukken: alleen tekst, met de blokken Lokale Democratie, Samenwerking subsidiepartners en Vraaggerichte dienstverlening. Het ontbreekt: programma's, doelstellingen, indicatoren (de 946 panelleden en de 34% minder bezoekers staan alleen in de tekst, zonder definitie, streefwaarde of eenheid) en financiële tabellen. Bronfragment: 004_fa6ad5439c6df046.txt",
  },
  sections: [
    {
      heading: "Bestuurlijke samenvatting",
      body: "Een mooie gemeente maken we samen. Daarom ondersteunen we inwoners met initiatieven en betrekken wij hen bij het maken van plannen.",
      location: "Jaarstukken 2019, Algemeen, Bestuurlijke samenvatting, openingszin",
    },
    {
      heading: "Lokale Democratie",
      body: "Om participatie goed vorm te geven werken we sinds 2019 aan een visie op burgerparticipatie. Deze wordt in dialoog met organisaties, inwoners, ondernemers en raad geformuleerd. Afgelopen jaar gingen inwoners samen met de gemeente aan de slag met initiatieven als buurtresto’s, de documentaire Boeren tussen steden, Ruilhuis, keuken Leidschendam Oud-Zuid en het tuinhuis van stadstuin Rusthout. Ook via Vlietwensen konden inwoners ideeën voor hun wijk realiseren. Via de Upinion-app vraagt de gemeente geregeld naar de mening van inwoners. In totaal zijn 946 inwoners en ondernemers aangesloten bij het digitale burgerpanel. Zij geven geregeld hun mening over diverse onderwerpen die spelen in de gemeente.",
      location: "Jaarstukken 2019, Algemeen, Bestuurlijke samenvatting, 'Lokale Democratie'",
    },
    {
      heading: "Samenwerking subsidiepartners",
      body: "In 2019 zijn gemeente en partners op een andere manier gaan samenwerken voor het subsidiëren van sociaal-maatschappelijke activiteiten. Het gaat om activiteiten die inwoners ondersteunen in hun zelfredzaamheid, vaardigheden en ontwikkeling. Maatschappelijke partners zijn expert in het ondersteunen van inwoners. De partners gingen voor het eerst met elkaar aan tafel om hun aanbod op elkaar af te stemmen en werden op inhoud en proces begeleid door de gemeente. Zij maakten samen één plan met alle uit te voeren activiteiten én een verdeling van de subsidie. De subsidietafels werden georganiseerd rond zes thema’s uit het Sociaal Kompas: Opgroeien en opvoeden, Basisvaardigheden en talentontwikkeling, Zelfredzame inwoners, Financieel zelfredzame en (digi)taalvaardige inwoners, Sociale cohesie en Ruimte voor verschillen. Gemeente en partners werkten in 2019 hard om zich de nieuwe werkwijze eigen te maken en met goede plannen te komen voor 2020. Voor alle thema’s leidde dit tot gezamenlijke uitvoeringsplannen waar inwoners baat bij hebben.",
      location: "Jaarstukken 2019, Algemeen, Bestuurlijke samenvatting, 'Samenwerking subsidiepartners'",
    },
    {
      heading: "Vraaggerichte dienstverlening",
      body: "We werken altijd aan het verbeteren van onze dienstverlening en zorgen dat deze past bij de behoeften van onze inwoners. Elke dag een beetje beter. Reisdocumenten zijn sinds 2014 langer geldig. Daardoor loopt het aantal bezoekers van het servicecentrum terug. Ook kunnen inwoners steeds meer zaken online regelen. Het aantal bezoekers van het Servicecentrum in Leidschendam is in 2019 met 34% afgenomen ten opzichte van 2018. Daarom zijn in 2019 voorbereidingen getroffen om het servicecentrum vanaf 2020 op andere tijden te openen voor het afnemen van ‘burgerzaken’-producten, zoals reisdocumenten, rijbewijzen, aangiften van verhuizen, geboorte, overlijden en naturalisatie. In 2019 was het servicecentrum als pilot ook op zaterdag open. Dit bleek vooral een succes in aanloop naar de zomervakantie. Om tot nieuwe openingstijden te komen is onder andere een peiling onder inwoners gedaan via het digitale panel Upinion.\n\nHalverwege het jaar is de monitor 'Klant in Focus' in gebruik genomen op de website, zodat bezoekers met smileys feedback kunnen geven op onder andere webformulieren. Uit de klantmonitor blijkt dat inwoners zeer tevreden zijn over het gebruik van webformulieren om producten aan te vragen. Tips en aanbevelingen die klanten geven worden geanalyseerd en gebruikt voor verbetering van de website.",
      location: "Jaarstukken 2019, Algemeen, Bestuurlijke samenvatting, 'Vraaggerichte dienstverlening'",
    },
  ],
  programmes: [],
};
