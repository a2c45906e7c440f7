import { formatInteger } from "@/lib/format/number";
import { FILE_LIMITS } from "@/lib/exchange/table";

/** The upload: a plain multipart post to the upload route, so it works without JavaScript. */
export function UploadForm({ action, documentId }: { action: string; documentId: string }) {
  return (
    <form className="pm-form" method="post" action={action} encType="multipart/form-data">
      <input type="hidden" name="documentId" value={documentId} />
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="bestand">
          Ingevuld bestand (.xlsx of .csv)
        </label>
        <p className="utrecht-form-field-description" id="bestand-uitleg">
          Hoogstens {formatInteger(FILE_LIMITS.maxUploadBytes / 1024 / 1024)} MB. Er wordt nog niets opgeslagen: u ziet eerst per rij wat er verandert.
        </p>
        <input className="utrecht-textbox" id="bestand" name="bestand" type="file" required accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" aria-describedby="bestand-uitleg" />
      </div>
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input className="utrecht-checkbox" id="indienen" name="indienen" type="checkbox" value="ja" />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="indienen">
          Na het opslaan meteen indienen ter beoordeling
        </label>
      </div>
      <button className="utrecht-button utrecht-button--primary-action" type="submit">
        Bestand inlezen
      </button>
    </form>
  );
}
