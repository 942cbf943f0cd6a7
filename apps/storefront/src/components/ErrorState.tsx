interface ErrorStateProps {
  title: string;
  onRetry?: () => void;
}

/** A failed load, said plainly, with a way to try again. */
export function ErrorState({ title, onRetry }: ErrorStateProps) {
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-center">
      <p className="font-medium text-red-900">{title}</p>
      <p className="mt-1 text-sm text-red-800">Please check your connection and try again.</p>
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="mt-4 rounded-lg bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800"
        >
          Try again
        </button>
      ) : null}
    </div>
  );
}
