import { useId, useState } from "react";
import { button } from "../components/buttons";

type CopyState = "idle" | "copied" | "failed";

/** The one moment the secret is visible: the server keeps only its hash. */
export function NewTokenNotice({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const fieldId = useId();
  const warningId = useId();
  const [copy, setCopy] = useState<CopyState>("idle");

  const copyToken = () => {
    navigator.clipboard.writeText(token).then(
      () => setCopy("copied"),
      () => setCopy("failed"),
    );
  };

  return (
    <section
      aria-labelledby={`${fieldId}-heading`}
      className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id={`${fieldId}-heading`} className="text-base font-semibold">
        Token “{name}” created
      </h2>
      <p id={warningId} className="text-sm font-medium text-amber-900">
        Copy it now and keep it somewhere safe: it will not be shown again.
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={fieldId} className="text-sm font-medium">
          Your new token
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={fieldId}
            readOnly
            value={token}
            aria-describedby={warningId}
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full max-w-xl rounded-md border border-stone-300 bg-white px-2.5 py-1.5 font-mono text-sm"
          />
          <button type="button" onClick={copyToken} className={button.secondary}>
            {copy === "copied" ? "Copied" : "Copy"}
          </button>
        </div>
        <p aria-live="polite" className="text-xs text-muted">
          {copy === "copied" ? "The token is on the clipboard." : null}
          {copy === "failed"
            ? "Copying was refused by the browser: select the token and copy it by hand."
            : null}
        </p>
      </div>
      <button type="button" onClick={onDone} className={`${button.primary} self-start`}>
        Done, I have copied it
      </button>
    </section>
  );
}
