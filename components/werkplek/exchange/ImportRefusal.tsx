/** A refusal carried back in the address (?fout=) by the upload route or a job form. */
export function ImportRefusal({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph utrecht-alert__message">
          <strong>Niet ingelezen.</strong> {message.slice(0, 500)}
        </p>
      </div>
    </div>
  );
}
