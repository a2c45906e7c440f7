/** Open data: what a page shows, to take away (Wet open overheid). Served by /api/v1. */
export function DownloadLinks({ what, json, csv }: { what: string; json: string; csv?: string }) {
  return (
    <section aria-label={`Download ${what}`} className="pm-downloads-box">
      <p className="utrecht-paragraph">
        <strong>Download {what}:</strong>{" "}
        <a className="utrecht-link" href={json} type="application/json">
          JSON
        </a>
        {csv && (
          <>
            {" · "}
            <a className="utrecht-link" href={csv} type="text/csv">
              CSV
            </a>
          </>
        )}
        {" · "}
        <a className="utrecht-link" href="/api/v1/openapi.json">
          API-beschrijving (OpenAPI)
        </a>
      </p>
    </section>
  );
}
