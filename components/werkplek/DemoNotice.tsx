/** Says, on every page of it, that the demo's working document is a demo. */
export function DemoNotice() {
  return (
    <div className="utrecht-alert utrecht-alert--info" role="note" aria-label="Demowerkdocument">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph utrecht-alert__message">
          <strong>Demowerkdocument.</strong> Dit document bestaat alleen in de demo. Het heeft de opbouw van programma 6
          uit de Jaarstukken 2024 van Zoetermeer (doelen, indicatoren, financiële regels), maar begon zonder enig
          cijfer: elke streefwaarde, elk begrotingsbedrag en elke realisatie hierin is ingevuld door wie de demo
          gebruikt. Niets ervan komt uit een echt document van de gemeente.
        </p>
      </div>
    </div>
  );
}
