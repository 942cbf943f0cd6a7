/** Back to every animal: in the panel, and where a search found nothing. */
export function ClearFiltersButton({ onClear }: { onClear: () => void }) {
  return (
    <button
      type="button"
      onClick={onClear}
      className="rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-ink hover:border-brand-600"
    >
      Clear filters
    </button>
  );
}
