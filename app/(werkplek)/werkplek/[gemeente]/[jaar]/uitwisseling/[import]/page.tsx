import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { ImportRefusal } from "@/components/werkplek/exchange/ImportRefusal";
import { JobProgress } from "@/components/werkplek/exchange/JobProgress";
import { PreviewRows } from "@/components/werkplek/exchange/PreviewRows";
import { cancelImportForm, confirmImportForm } from "@/lib/exchange/actions";
import { JOB_STATUS_LABELS } from "@/lib/exchange/jobs/labels";
import { loadImportJob } from "@/lib/exchange/jobs/loaders";
import { INTERRUPTED_MESSAGE } from "@/lib/exchange/jobs/retention";
import type { RowFilter } from "@/lib/exchange/jobs/view";
import type { WriteSummary } from "@/lib/exchange/jobs/flavour";
import { formatInteger } from "@/lib/format/number";
import { documentSlug } from "@/lib/review/document-slug";
import { firstParam, parseYear, resolveLoad } from "../../../../resolve";

export const metadata: Metadata = { title: "Bestand inlezen", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string; import: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const FILTERS: Record<RowFilter, string> = { alle: "Alle rijen", problemen: "Alleen problemen", wijzigingen: "Alleen wijzigingen" };

export default async function ImportJobPage({ params, searchParams }: Props) {
  const { gemeente, jaar, import: jobId } = await params;
  const search = await searchParams;
  const year = parseYear(jaar);
  const filter = (Object.keys(FILTERS) as RowFilter[]).find((f) => f === firstParam(search.alleen)) ?? "alle";
  const page = Number(firstParam(search.pagina) ?? "1") || 1;
  const base = `/werkplek/${encodeURIComponent(gemeente)}/${year}`;
  const here = `${base}/uitwisseling/${encodeURIComponent(jobId)}`;
  const data = resolveLoad(await loadImportJob(gemeente, year, firstParam(search.stuk), jobId, page, filter), here);
  const { document, job, view } = data;
  const stuk = `stuk=${documentSlug(document)}`;
  const self = `${here}?${stuk}`;
  const status = job.interrupted ? "onderbroken" : JOB_STATUS_LABELS[job.status];

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `${base}?${stuk}`, label: document.title },
          { href: `${base}/uitwisseling?${stuk}`, label: "Cijfers downloaden en inlezen" },
        ]}
        current={job.fileName}
      />
      <h1 className="utrecht-heading-1">{job.fileName} inlezen</h1>
      <p className="utrecht-paragraph">
        {document.title} · {formatInteger(Math.round(job.fileSize / 1024))} kB · status: <strong>{status}</strong>
      </p>
      <ImportRefusal message={firstParam(search.fout)} />
      {job.running && <JobProgress phase={job.phase ?? "Wacht op verwerking"} done={job.progressDone} total={job.progressTotal} running />}
      {job.running && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={self}>
            Pagina vernieuwen
          </Link>
        </p>
      )}
      {job.interrupted && <ImportRefusal message={INTERRUPTED_MESSAGE} />}
      {job.status === "CANCELLED" && job.errorMessage && <ImportRefusal message={job.errorMessage} />}
      {job.status === "FAILED" && <ImportRefusal message={job.errorMessage ?? "Er is niets opgeslagen."} />}
      {job.status === "DONE" && <Done summary={job.summary as WriteSummary | null} back={`${base}?${stuk}`} />}
      {view && job.status === "PLANNED" && (
        <>
          <h2 className="utrecht-heading-2">Voorbeeld</h2>
          <p className="utrecht-paragraph">
            {formatInteger(view.counts.rows)} rijen: {view.counts.created > 0 && `${formatInteger(view.counts.created)} nieuw, `}{formatInteger(view.counts.changed)} met wijzigingen, {formatInteger(view.counts.unchanged)} ongewijzigd,{" "}
            {formatInteger(view.counts.problems)} met problemen. Er is nog niets opgeslagen.
          </p>
          {view.fileProblems.map((p) => <ImportRefusal key={p} message={p} />)}
          {view.warnings.map((w) => (
            <p className="utrecht-paragraph" key={w}>
              Let op: {w}
            </p>
          ))}
          {view.writable ? (
            <form action={confirmImportForm} className="pm-form">
              <input type="hidden" name="jobId" value={job.id} />
              <input type="hidden" name="back" value={self} />
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor="reason">
                  Reden (komt in de geschiedenis bij elke wijziging; leeg: de naam van het bestand)
                </label>
                <input className="utrecht-textbox" id="reason" name="reason" maxLength={1000} />
              </div>
              <button className="utrecht-button utrecht-button--primary-action" type="submit">
                Bevestigen: {formatInteger(view.counts.created + view.counts.changed)} {view.counts.created + view.counts.changed === 1 ? "rij" : "rijen"} opslaan
              </button>
            </form>
          ) : (
            <p className="utrecht-paragraph">
              <strong>{view.counts.problems > 0 ? "Dit bestand kan zo niet worden opgeslagen: verbeter de problemen hieronder en upload het opnieuw." : "Dit bestand wijzigt niets: er is niets om op te slaan."}</strong>
            </p>
          )}
          <form action={cancelImportForm}>
            <input type="hidden" name="jobId" value={job.id} />
            <input type="hidden" name="back" value={`${base}/uitwisseling?${stuk}`} />
            <button className="utrecht-button utrecht-button--secondary-action" type="submit">
              Annuleren
            </button>
          </form>
          <nav aria-label="Rijen filteren">
            <p className="utrecht-paragraph">
              {(Object.keys(FILTERS) as RowFilter[]).map((f, i) => (
                <span key={f}>
                  {i > 0 && " · "}
                  {f === view.filter ? <strong>{FILTERS[f]}</strong> : <Link className="utrecht-link" href={`${self}&alleen=${f}`}>{FILTERS[f]}</Link>}
                </span>
              ))}
            </p>
          </nav>
          <PreviewRows rows={view.rows} />
          {view.pages > 1 && (
            <nav aria-label="Pagina's van het voorbeeld">
              <p className="utrecht-paragraph">
                Pagina {view.page} van {view.pages}
                {view.page > 1 && <> · <Link className="utrecht-link" href={`${self}&alleen=${view.filter}&pagina=${view.page - 1}`}>vorige</Link></>}
                {view.page < view.pages && <> · <Link className="utrecht-link" href={`${self}&alleen=${view.filter}&pagina=${view.page + 1}`}>volgende</Link></>}
              </p>
            </nav>
          )}
        </>
      )}
    </>
  );
}

function Done({ summary, back }: { summary: WriteSummary | null; back: string }) {
  return (
    <div className="utrecht-alert utrecht-alert--ok" role="status">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph utrecht-alert__message">
          <strong>Opgeslagen.</strong> {summary?.created ? `${formatInteger(summary.created)} nieuw, ` : ""}{formatInteger(summary?.changed ?? 0)} {summary?.changed === 1 ? "cijfer" : "cijfers"} gewijzigd
          {summary?.submitted ? `, ${formatInteger(summary.submitted)} ingediend ter beoordeling` : ""}. <Link className="utrecht-link" href={back}>Naar het document</Link>
        </p>
      </div>
    </div>
  );
}
