import { ErrorAlert } from "../components/ErrorAlert";

/** A panel whose figures could not be loaded, with a way to ask again. */
export function LoadFailure({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <ErrorAlert>
      {what} could not be loaded.{" "}
      <button type="button" className="font-medium underline" onClick={onRetry}>
        Try again
      </button>
    </ErrorAlert>
  );
}
