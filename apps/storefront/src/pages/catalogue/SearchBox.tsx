import { useStillOnPage } from "@petshop/ui/app";
import { useEffect, useEffectEvent, useId } from "react";
import { useSyncedDraft } from "./useSyncedDraft";

/** Long enough to finish a word, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 300;

interface SearchBoxProps {
  /** The search words in the URL. */
  value: string | undefined;
  onSearch: (words: string | undefined) => void;
}

/**
 * Search words, sent once the visitor pauses typing (or at once on Enter). Words that settle after
 * the visitor followed a link, while its page loads, are dropped rather than bringing them back.
 */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const [draft, setDraft] = useSyncedDraft(value ?? "", value ?? "", (typed) => typed.trim() === value);
  const words = draft.trim();
  const inputId = useId();
  const stillOnPage = useStillOnPage();
  const send = useEffectEvent(() => {
    if (stillOnPage()) onSearch(words || undefined);
  });

  useEffect(() => {
    if (words === (value ?? "")) return;
    const timer = setTimeout(send, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [words, value]);

  return (
    <search className="flex-1">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (words !== (value ?? "")) onSearch(words || undefined);
        }}
      >
        <label htmlFor={inputId} className="mb-2 block text-sm font-medium text-ink">
          Search animals
        </label>
        <input
          id={inputId}
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={100}
          placeholder="Breed, name or colour"
          autoComplete="off"
          className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-ink placeholder:text-stone-500"
        />
      </form>
    </search>
  );
}
